package knowledge

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/fsnotify/fsnotify"
)

// Watch calls onChange (debounced) whenever anything in dir or its
// sub-folders changes: writes, editors' atomic saves and renames, new
// folders (watched as they appear). It returns when ctx ends. fsnotify is
// not recursive and a watched file dies on its first atomic save, so
// folders are watched and the whole folder is re-read on each change.
func Watch(ctx context.Context, dir string, debounce time.Duration, log *slog.Logger, onChange func()) error {
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return fmt.Errorf("watch %s: %w", dir, err)
	}
	defer w.Close()
	addTree := func(root string) {
		filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err == nil && d.IsDir() {
				if strings.HasPrefix(d.Name(), ".") && p != root {
					return fs.SkipDir
				}
				if err := w.Add(p); err != nil {
					log.Warn("cannot watch folder", "folder", p, "error", err)
				}
			}
			return nil
		})
	}
	addTree(dir)
	var timer *time.Timer
	fire := make(chan struct{}, 1)
	schedule := func() {
		if timer != nil {
			timer.Stop()
		}
		timer = time.AfterFunc(debounce, func() {
			select {
			case fire <- struct{}{}:
			default:
			}
		})
	}
	// Changes made between the first load and now had no watcher: read
	// the folder once more now that every change is seen.
	schedule()
	for {
		select {
		case <-ctx.Done():
			if timer != nil {
				timer.Stop()
			}
			return nil
		case ev, ok := <-w.Events:
			if !ok {
				return nil
			}
			if ev.Op == fsnotify.Chmod {
				continue
			}
			if ev.Op&fsnotify.Create != 0 {
				if st, err := os.Stat(ev.Name); err == nil && st.IsDir() {
					addTree(ev.Name)
				}
			}
			schedule()
		case err, ok := <-w.Errors:
			if !ok {
				return nil
			}
			if errors.Is(err, fsnotify.ErrEventOverflow) {
				schedule() // events were lost: re-read everything
				continue
			}
			log.Warn("knowledge watcher", "error", err)
		case <-fire:
			onChange()
		}
	}
}
