package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"
)

// runWeb measures the web chat: sessions browsers at once, each sending
// per messages in turn and waiting for each answer on its event stream.
func runWeb(bin, knowledge string, sessions, per int) error {
	dir, err := os.MkdirTemp("", "clinicbot-webload")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	addr := ln.Addr().String()
	ln.Close()
	kdir, _ := filepath.Abs(knowledge)
	cfg := filepath.Join(dir, "config.yaml")
	os.WriteFile(cfg, []byte(fmt.Sprintf("knowledge_dir: %s\ndata_dir: %s\nhttp_listen: 127.0.0.1:0\nweb:\n  listen: %s\n  requests_per_ip: 1000000\n",
		kdir, filepath.Join(dir, "data"), addr)), 0o600)
	cmd := exec.Command(bin, "run", "-config", cfg)
	if lim := os.Getenv("LOAD_GOMEMLIMIT"); lim != "" {
		cmd.Env = append(os.Environ(), "GOMEMLIMIT="+lim)
	}
	if err := cmd.Start(); err != nil {
		return err
	}
	defer func() { cmd.Process.Signal(os.Interrupt); cmd.Wait() }()
	base := "http://" + addr + "/chat/api/"
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 2 * sessions, MaxConnsPerHost: 0}}
	for deadline := time.Now().Add(20 * time.Second); ; {
		if r, err := client.Get(base + "info"); err == nil {
			r.Body.Close()
			break
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("the web chat did not start")
		}
		time.Sleep(50 * time.Millisecond)
	}

	type result struct {
		lat   []time.Duration
		wrong int
		err   error
	}
	results := make(chan result, sessions)
	var ready, startAll sync.WaitGroup
	ready.Add(sessions)
	startAll.Add(1)
	var begin time.Time
	for s := 0; s < sessions; s++ {
		go func(s int) {
			var res result
			defer func() { results <- res }()
			fail := func(err error) { res.err = err; ready.Done() }
			r, err := client.Post(base+"session", "application/json", nil)
			if err != nil {
				fail(err)
				return
			}
			var tok struct{ Token string }
			json.NewDecoder(r.Body).Decode(&tok)
			r.Body.Close()
			req, _ := http.NewRequest("GET", base+"events?after=0", nil)
			req.Header.Set("X-Session", tok.Token)
			stream, err := client.Do(req)
			if err != nil {
				fail(err)
				return
			}
			defer stream.Body.Close()
			bot := make(chan string, per*2)
			go func() {
				sc := bufio.NewScanner(stream.Body)
				sc.Buffer(make([]byte, 64<<10), 1<<20)
				for sc.Scan() {
					line := sc.Text()
					if !strings.HasPrefix(line, "data: ") {
						continue
					}
					var it struct{ From, Text string }
					if json.Unmarshal([]byte(line[6:]), &it) == nil && it.From == "bot" {
						bot <- it.Text
					}
				}
				close(bot)
			}()
			ready.Done()
			startAll.Wait()
			for i := 0; i < per; i++ {
				q := questions[(s+i)%len(questions)]
				body, _ := json.Marshal(map[string]string{"text": q.q, "cid": fmt.Sprintf("%d-%d", s, i)})
				req, _ := http.NewRequest("POST", base+"send", bytes.NewReader(body))
				req.Header.Set("X-Session", tok.Token)
				req.Header.Set("Content-Type", "application/json")
				t0 := time.Now()
				r, err := client.Do(req)
				if err != nil {
					res.err = err
					return
				}
				r.Body.Close()
				select {
				case text, ok := <-bot:
					if !ok {
						res.err = fmt.Errorf("stream ended")
						return
					}
					res.lat = append(res.lat, time.Since(t0))
					if !strings.Contains(text, q.mark) {
						res.wrong++
					}
				case <-time.After(30 * time.Second):
					res.err = fmt.Errorf("no answer in 30 s")
					return
				}
			}
		}(s)
	}
	ready.Wait()
	begin = time.Now()
	startAll.Done()
	var lat []time.Duration
	wrong := 0
	for s := 0; s < sessions; s++ {
		res := <-results
		if res.err != nil {
			return fmt.Errorf("session: %w", res.err)
		}
		lat = append(lat, res.lat...)
		wrong += res.wrong
	}
	elapsed := time.Since(begin)
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	pct := func(p float64) time.Duration { return lat[int(float64(len(lat)-1)*p)] }
	fmt.Printf("web: %d sessions at once x %d messages answered in %v (%.0f msg/s); latency p50 %v p95 %v p99 %v max %v; %d answers not the expected entry\n",
		sessions, per, elapsed.Round(time.Millisecond), float64(len(lat))/elapsed.Seconds(),
		pct(0.5).Round(10*time.Microsecond), pct(0.95).Round(10*time.Microsecond), pct(0.99).Round(10*time.Microsecond), lat[len(lat)-1].Round(time.Microsecond), wrong)
	fmt.Printf("bot peak RSS: %s\n", peakRSS(cmd.Process.Pid))
	return nil
}
