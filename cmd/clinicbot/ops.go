package main

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/mindbraintms/clinicbot/internal/dialog"
	"github.com/mindbraintms/clinicbot/internal/knowledge"
	"github.com/mindbraintms/clinicbot/internal/metrics"
	"github.com/mindbraintms/clinicbot/internal/store"
)

// reloader rebuilds the knowledge on change and swaps it in only when the
// whole folder is valid; otherwise the last good knowledge keeps serving.
type reloader struct {
	src     source
	eng     *dialog.Engine
	log     *slog.Logger
	metrics *metrics.Metrics
	notify  func(text string) // tells admins (Slack) about a broken edit
	mu      sync.Mutex
	lastBad [32]byte // the problems last reported, so each is reported once
}

// reload reads the folder; it reports whether the new knowledge is served.
func (r *reloader) reload() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	start := time.Now()
	dk, kb, problems, err := build(r.src)
	if err != nil || len(problems) > 0 {
		var lines []string
		for _, p := range problems {
			lines = append(lines, p.Error())
		}
		if err != nil {
			lines = append(lines, err.Error())
		}
		for _, l := range lines {
			r.log.Error("knowledge change rejected; still serving the last good knowledge", "problem", l)
		}
		r.metrics.Reload(false, 0)
		if dk != nil {
			closeMatcher(dk)
		}
		if sum := sha256.Sum256([]byte(strings.Join(lines, "\n"))); sum != r.lastBad {
			r.lastBad = sum
			r.notify("Knowledge change rejected; the bot keeps serving the last good version. Fix these and save again:\n" + strings.Join(lines, "\n"))
		}
		return false
	}
	r.lastBad = [32]byte{}
	old := r.eng.Swap(dk)
	r.metrics.Reload(true, len(kb.Entries))
	r.log.Info("knowledge reloaded", "entries", len(kb.Entries), "took", time.Since(start).Round(time.Millisecond))
	// Searches that started on the old index finish before it closes.
	time.AfterFunc(10*time.Second, func() { closeMatcher(old) })
	return true
}

func closeMatcher(k *dialog.Knowledge) {
	if c, ok := k.Matcher.(io.Closer); ok {
		c.Close()
	}
}

// watch reloads on every change of the folder and on SIGHUP.
func (r *reloader) watch(ctx context.Context) {
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)
	go func() {
		for {
			select {
			case <-ctx.Done():
				return
			case <-hup:
				r.log.Info("SIGHUP: reloading knowledge")
				r.reload()
			}
		}
	}()
	if r.src.embedded {
		r.log.Info("serving the embedded knowledge; set knowledge_dir to edit it live")
		<-ctx.Done()
		return
	}
	if err := knowledge.Watch(ctx, r.src.path, 200*time.Millisecond, r.log, func() { r.reload() }); err != nil {
		r.log.Error("cannot watch the knowledge folder; edits need SIGHUP", "error", err)
		<-ctx.Done() // SIGHUP still reloads
	}
}

// opsServer serves /healthz, /metrics and the admin views on http_listen.
type opsServer struct {
	db      *store.DB
	eng     *dialog.Engine
	metrics *metrics.Metrics
	ready   atomic.Bool // store open and knowledge loaded
}

func (o *opsServer) handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) {
		if !o.ready.Load() {
			http.Error(w, "not ready", http.StatusServiceUnavailable)
			return
		}
		fmt.Fprintln(w, "ok")
	})
	mux.Handle("/metrics", o.metrics.Handler())
	mux.HandleFunc("/admin/handoffs", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		if err := listHandoffs(o.db, r.URL.Query().Get("status"), w); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
		}
	})
	mux.HandleFunc("/admin/report", func(w http.ResponseWriter, r *http.Request) {
		days, _ := strconv.Atoi(r.URL.Query().Get("days"))
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		if err := writeReport(o.db, o.eng, days, w); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
		}
	})
	return mux
}

// serve runs the HTTP server on ln until ctx ends.
func (o *opsServer) serve(ctx context.Context, ln net.Listener, log *slog.Logger) error {
	srv := &http.Server{Handler: o.handler(), ReadHeaderTimeout: 5 * time.Second}
	go func() {
		<-ctx.Done()
		shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(shut)
	}()
	log.Info("health and metrics", "listen", ln.Addr().String())
	if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// purgeLoop removes patient texts older than the retention period, at
// start and every hour.
func purgeLoop(ctx context.Context, db *store.DB, retention time.Duration, log *slog.Logger) {
	for {
		n, err := db.Purge(time.Now().Add(-retention))
		if err != nil {
			log.Error("retention purge", "error", err)
		} else if n > 0 {
			log.Info("retention purge", "records", n, "older_than", retention)
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(time.Hour):
		}
	}
}

// fromRunningBot fetches an admin view from the running bot's http_listen
// (used when the store is locked by it).
func fromRunningBot(cfg Config, path string, out io.Writer) error {
	c := &http.Client{Timeout: 10 * time.Second}
	resp, err := c.Get("http://" + cfg.HTTPListen + path)
	if err != nil {
		return fmt.Errorf("the store is in use by the running bot, and its http_listen (%s) did not answer: %w", cfg.HTTPListen, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("running bot answered %s", resp.Status)
	}
	_, err = io.Copy(out, resp.Body)
	return err
}
