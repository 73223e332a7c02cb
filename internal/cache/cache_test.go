package cache

import (
	"hash"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func TestFolderKeepsWholeFilesOnly(t *testing.T) {
	dir := t.TempDir()
	f := New(dir, "p1")
	key := func(s string) string { return f.Key("k", func(h hash.Hash) { h.Write([]byte(s)) }) }
	if key("a") == key("b") || key("a") != key("a") || New(dir, "p2").Key("k", func(hash.Hash) {}) == f.Key("k", func(hash.Hash) {}) {
		t.Fatal("keys must differ with what is learned from and with the program, and only then")
	}
	if err := f.Write("k", key("a"), []byte("weights"), 2); err != nil {
		t.Fatal(err)
	}
	if got, ok := f.Read("k", key("a")); !ok || string(got) != "weights" {
		t.Fatalf("read %q %v, want what was written", got, ok)
	}
	if _, ok := f.Read("k", key("b")); ok {
		t.Error("a key never written was read")
	}
	// A file cut short or changed is a miss.
	path := f.file("k", key("a"))
	data, _ := os.ReadFile(path)
	for _, bad := range [][]byte{data[:len(data)-1], append([]byte("x"), data[1:]...)} {
		os.WriteFile(path, bad, 0o600)
		if _, ok := f.Read("k", key("a")); ok {
			t.Errorf("a damaged file was read: %q", bad)
		}
	}
	// Only the newest files of a kind are kept; other kinds are left alone.
	f.Write("other", key("z"), nil, 1)
	for _, s := range []string{"b", "c", "d"} {
		if err := f.Write("k", key(s), []byte(s), 2); err != nil {
			t.Fatal(err)
		}
	}
	if k, _ := filepath.Glob(filepath.Join(dir, "k-*.bin")); len(k) != 2 {
		t.Errorf("%d files of kind k, want the newest 2", len(k))
	}
	if o, _ := filepath.Glob(filepath.Join(dir, "other-*.bin")); len(o) != 1 {
		t.Error("pruning one kind removed another's file")
	}
	// No folder: nothing kept, nothing read, no error.
	var none *Folder
	if err := none.Write("k", key("a"), []byte("x"), 1); err != nil {
		t.Error(err)
	}
	if _, ok := none.Read("k", key("a")); ok || New("", "p") != nil {
		t.Error("a cache without a folder kept something")
	}
}

// Loaders of the same knowledge at once learn it once: the others wait on
// the key's lock and read what the first wrote. A refused read learns.
func TestLearnOnceForLoadersAtOnce(t *testing.T) {
	f := New(t.TempDir(), "p")
	key := f.Key("k", func(h hash.Hash) { h.Write([]byte("examples")) })
	var learned atomic.Int32
	var wg sync.WaitGroup
	got := make([]string, 6)
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			f.Learn("k", key, 2, func(data []byte) bool { got[i] = string(data); return true }, func() []byte {
				learned.Add(1)
				time.Sleep(50 * time.Millisecond) // long enough for the others to be waiting
				got[i] = "weights"
				return []byte("weights")
			})
		}()
	}
	wg.Wait()
	if n := learned.Load(); runtime.GOOS != "windows" && n != 1 {
		t.Errorf("learned %d times, want once", n)
	}
	for i, g := range got {
		if g != "weights" {
			t.Errorf("loader %d got %q", i, g)
		}
	}
	f.Learn("k", key, 2, func([]byte) bool { return false }, func() []byte { learned.Add(1); return nil })
	if n := learned.Load(); n != 2 && runtime.GOOS != "windows" {
		t.Errorf("a refused read did not learn (learned %d times)", n)
	}
	var none *Folder
	calls := 0
	none.Learn("k", key, 2, func([]byte) bool { return true }, func() []byte { calls++; return []byte("x") })
	if calls != 1 {
		t.Errorf("a cache without a folder learned %d times", calls)
	}
}
