package cache

import (
	"os"
	"path/filepath"
	"time"
)

// lockWait bounds how long Learn waits for another loader's lock: a
// process that hangs while learning must not stop this one from starting.
const lockWait = 2 * time.Minute

// Learn gives read what is kept under kind and key; when there is nothing
// whole there or read refuses it, it learns (learn returns what to keep,
// nil for nothing) and writes that, keeping the newest keep files of kind.
// While it learns, it holds a lock on the key that other Learn calls for
// the same key wait on, in this process and in others (the tests' packages
// and a validate run beside the bot load the same knowledge at once): they
// then read what it wrote instead of learning it too. The lock only saves
// work: without it (no folder, a folder that cannot be locked, a wait past
// lockWait) each learns for itself. A nil Folder learns every time.
func (f *Folder) Learn(kind, key string, keep int, read func([]byte) bool, learn func() []byte) {
	if data, ok := f.Read(kind, key); ok && read(data) {
		return
	}
	if f != nil {
		unlock := f.lock(kind, key)
		defer unlock()
		if data, ok := f.Read(kind, key); ok && read(data) {
			return
		}
	}
	if data := learn(); data != nil {
		f.Write(kind, key, data, keep)
	}
}

// lock takes the lock file of kind and key, waiting at most lockWait;
// the function it returns lets it go. Lock files are left in place (they
// are empty; prune removes them with their kind's old files).
func (f *Folder) lock(kind, key string) func() {
	if os.MkdirAll(f.dir, 0o700) != nil {
		return func() {}
	}
	file, err := os.OpenFile(filepath.Join(f.dir, kind+"-"+key[:min(32, len(key))]+".lock"), os.O_CREATE|os.O_RDWR, 0o600)
	if err != nil {
		return func() {}
	}
	deadline := time.Now().Add(lockWait)
	for {
		locked, err := tryLock(file)
		if locked {
			return func() { unlock(file); file.Close() }
		}
		if err != nil || time.Now().After(deadline) {
			file.Close()
			return func() {}
		}
		time.Sleep(20 * time.Millisecond)
	}
}
