package ops

import (
	"bufio"
	"context"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"
)

// A client trickling a request body cannot hold a connection open: the
// server cuts it once the read timeout passes (issue 12, item 5).
func TestTrickledBodyIsCut(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { io.Copy(io.Discard, r.Body) })
	srv := NewHTTPServer(h, Timeouts{ReadHeader: 200 * time.Millisecond, Read: 300 * time.Millisecond, Write: time.Second, Idle: time.Second})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go Serve(ctx, srv, ln)

	conn, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	io.WriteString(conn, "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1000000\r\n\r\n")
	start := time.Now()
	cut := false
	for time.Since(start) < 5*time.Second {
		if _, err := conn.Write([]byte("a")); err != nil {
			cut = true
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	if !cut {
		// The write side may still be open: the server must have answered or closed.
		conn.SetReadDeadline(time.Now().Add(time.Second))
		_, err := bufio.NewReader(conn).ReadString('\n')
		cut = err != nil && !strings.Contains(err.Error(), "timeout")
	}
	if !cut {
		t.Error("a trickled body held the connection for 5 s")
	}
}
