// Package ops serves the bot's operators: health and metrics on the TCP
// address (nothing personal), the admin views (handoffs with names and
// phones, patients' questions) only on a Unix socket under data_dir that
// the bot's own user can open, HTTP servers with timeouts, and the hourly
// retention purge.
package ops

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/mindbraintms/clinicbot/internal/clinicbot"
	"github.com/mindbraintms/clinicbot/internal/report"
)

// Timeouts bound what a slow or hostile client can hold on an HTTP server.
type Timeouts struct {
	ReadHeader, Read, Write, Idle time.Duration
}

// DefaultTimeouts suit the health, metrics, admin and webhook servers:
// none of their requests is large or slow.
var DefaultTimeouts = Timeouts{ReadHeader: 5 * time.Second, Read: 15 * time.Second, Write: 30 * time.Second, Idle: 60 * time.Second}

// NewHTTPServer returns a server for h with timeouts t (zero: the
// defaults), so a trickled request or an idle connection is cut.
func NewHTTPServer(h http.Handler, t Timeouts) *http.Server {
	if t == (Timeouts{}) {
		t = DefaultTimeouts
	}
	return &http.Server{Handler: h, ReadHeaderTimeout: t.ReadHeader, ReadTimeout: t.Read, WriteTimeout: t.Write,
		IdleTimeout: t.Idle, MaxHeaderBytes: 64 << 10}
}

// Serve runs srv on ln until ctx ends, then shuts it down (requests in
// flight get five seconds).
func Serve(ctx context.Context, srv *http.Server, ln net.Listener) error {
	go func() {
		<-ctx.Done()
		shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(shut)
	}()
	if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// Public returns the handler for the TCP address: /healthz (ok while
// ready returns nil) and /metrics. Nothing personal is served here.
func Public(ready func() error, metrics http.Handler) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) {
		if err := ready(); err != nil {
			http.Error(w, "not ready: "+err.Error(), http.StatusServiceUnavailable)
			return
		}
		fmt.Fprintln(w, "ok")
	})
	mux.Handle("/metrics", metrics)
	return mux
}

// Records are what the admin views read (store.DB).
type Records interface {
	Handoffs() ([]clinicbot.Handoff, error)
	Questions(since time.Time) ([]clinicbot.Question, error)
}

// Admin returns the handler for the admin socket: /admin/handoffs
// (?status=), /admin/report (?days=) and /admin/questions (?days=, JSON); entries gives the knowledge's
// entries for the report.
func Admin(db Records, entries func() map[string]*clinicbot.Entry) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/admin/handoffs", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		hs, err := db.Handoffs()
		if err == nil {
			err = report.Handoffs(hs, r.URL.Query().Get("status"), w)
		}
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
		}
	})
	mux.HandleFunc("/admin/questions", func(w http.ResponseWriter, r *http.Request) {
		days, _ := strconv.Atoi(r.URL.Query().Get("days"))
		if days <= 0 {
			days = 7
		}
		qs, err := db.Questions(time.Now().AddDate(0, 0, -days))
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(qs)
	})
	mux.HandleFunc("/admin/report", func(w http.ResponseWriter, r *http.Request) {
		days, _ := strconv.Atoi(r.URL.Query().Get("days"))
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		if err := Report(db, entries(), days, w); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
		}
	})
	return mux
}

// Report writes the admins' report of the last days (default 7).
func Report(db Records, entries map[string]*clinicbot.Entry, days int, w io.Writer) error {
	if days <= 0 {
		days = 7
	}
	since := time.Now().AddDate(0, 0, -days)
	qs, err := db.Questions(since)
	if err != nil {
		return err
	}
	hs, err := db.Handoffs()
	if err != nil {
		return err
	}
	return report.Questions(qs, hs, entries, since, w)
}

// SocketName is the admin socket's file name in data_dir.
const SocketName = "admin.sock"

// ListenAdmin listens on the admin socket in dataDir, readable and
// writable by the bot's own user only (a socket left by a killed run is
// replaced).
func ListenAdmin(dataDir string) (net.Listener, error) {
	path := filepath.Join(dataDir, SocketName)
	if err := os.Remove(path); err != nil && !errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("admin socket %s: %w", path, err)
	}
	ln, err := net.Listen("unix", path)
	if err != nil {
		return nil, fmt.Errorf("admin socket %s: %w", path, err)
	}
	if err := os.Chmod(path, 0o600); err != nil {
		ln.Close()
		return nil, fmt.Errorf("admin socket %s: %w", path, err)
	}
	return ln, nil
}

// Fetch gets an admin view (path with its query) from the bot running on
// dataDir, through its admin socket, and copies it to out.
func Fetch(dataDir, path string, out io.Writer) error {
	sock := filepath.Join(dataDir, SocketName)
	c := &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{
		DialContext: func(ctx context.Context, _, _ string) (net.Conn, error) {
			var d net.Dialer
			return d.DialContext(ctx, "unix", sock)
		},
	}}
	resp, err := c.Get("http://clinicbot" + path)
	if err != nil {
		return fmt.Errorf("the store is in use by the running bot, and its admin socket %s did not answer: %w", sock, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("the running bot answered %s", resp.Status)
	}
	_, err = io.Copy(out, resp.Body)
	return err
}

// Purger removes records older than a time (store.DB).
type Purger interface {
	Purge(before time.Time) (int, error)
}

// PurgeLoop removes what is older than the retention period, at start and
// every hour, until ctx ends.
func PurgeLoop(ctx context.Context, db Purger, retention time.Duration, log *slog.Logger) error {
	for {
		n, err := db.Purge(time.Now().Add(-retention))
		if err != nil {
			log.Error("retention purge", "error", err)
		} else if n > 0 {
			log.Info("retention purge", "records", n, "older_than", retention)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(time.Hour):
		}
	}
}
