package ops

import (
	"context"
	"crypto/sha256"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/mindbraintms/clinicbot/internal/dialog"
	"github.com/mindbraintms/clinicbot/internal/knowledge"
)

// Build reads the knowledge folder and builds what the engine serves. It
// returns the problems found (any problem keeps the old knowledge) and an
// error when nothing usable could be built.
type Build func() (kb *dialog.Knowledge, entries int, problems []string, err error)

// ReloadObserver records reloads (metrics.Metrics).
type ReloadObserver interface {
	Reload(ok bool, entries int)
}

// Reloader rebuilds the knowledge on change and swaps it in only when the
// whole folder is valid; otherwise the last good knowledge keeps serving
// and admins are told once per distinct set of problems.
type Reloader struct {
	Build    Build
	Engine   *dialog.Engine
	Folder   string // the folder watched; empty for embedded knowledge
	Log      *slog.Logger
	Observer ReloadObserver
	Notify   func(text string) // tells admins (Slack) about a broken edit; may be nil

	mu      sync.Mutex
	lastBad [32]byte // the problems last reported, so each is reported once
}

// Reload reads the folder; it reports whether the new knowledge is served.
func (r *Reloader) Reload() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	start := time.Now()
	dk, entries, problems, err := r.Build()
	if err != nil || len(problems) > 0 {
		lines := append([]string(nil), problems...)
		if err != nil {
			lines = append(lines, err.Error())
		}
		for _, l := range lines {
			r.Log.Error("knowledge change rejected; still serving the last good knowledge", "problem", l)
		}
		r.Observer.Reload(false, 0)
		if dk != nil {
			closeMatcher(dk)
		}
		if sum := sha256.Sum256([]byte(strings.Join(lines, "\n"))); sum != r.lastBad {
			r.lastBad = sum
			if r.Notify != nil {
				r.Notify("Knowledge change rejected; the bot keeps serving the last good version. Fix these and save again:\n" + strings.Join(lines, "\n"))
			}
		}
		return false
	}
	r.lastBad = [32]byte{}
	old := r.Engine.Swap(dk)
	r.Observer.Reload(true, entries)
	r.Log.Info("knowledge reloaded", "entries", entries, "took", time.Since(start).Round(time.Millisecond))
	// Searches that started on the old index finish before it closes.
	time.AfterFunc(10*time.Second, func() { closeMatcher(old) })
	return true
}

func closeMatcher(k *dialog.Knowledge) {
	if c, ok := k.Matcher.(io.Closer); ok {
		c.Close()
	}
}

// Run reloads on every change of the folder and on SIGHUP, until ctx ends.
func (r *Reloader) Run(ctx context.Context) error {
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)
	go func() {
		for {
			select {
			case <-ctx.Done():
				return
			case <-hup:
				r.Log.Info("SIGHUP: reloading knowledge")
				r.Reload()
			}
		}
	}()
	if r.Folder == "" {
		r.Log.Info("serving the embedded knowledge; set knowledge_dir to edit it live")
		<-ctx.Done()
		return nil
	}
	if err := knowledge.Watch(ctx, r.Folder, 200*time.Millisecond, r.Log, func() { r.Reload() }); err != nil {
		r.Log.Error("cannot watch the knowledge folder; edits need SIGHUP", "error", err)
		<-ctx.Done() // SIGHUP still reloads
	}
	return nil
}
