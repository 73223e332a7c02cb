package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"slices"
	"sync"
)

// journal is an append-only file of handled update ids (8 bytes each) at
// or above the stored offset. A mark is one write(2): atomic for 8 bytes
// and kept by the kernel even if the process is killed a moment later.
type journal struct {
	mu     sync.Mutex
	path   string
	f      *os.File
	ids    map[int]bool
	offset int // ids below it are handled (the stored offset)
}

func openJournal(path string, offset int) (*journal, error) {
	j := &journal{path: path, ids: map[int]bool{}, offset: offset}
	data, err := os.ReadFile(path)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	for len(data) >= 8 { // a torn last record is ignored
		if id := int(binary.BigEndian.Uint64(data)); id >= offset {
			j.ids[id] = true
		}
		data = data[8:]
	}
	if err := j.rewrite(); err != nil {
		return nil, err
	}
	return j, nil
}

func (j *journal) has(id int) bool {
	j.mu.Lock()
	defer j.mu.Unlock()
	return id < j.offset || j.ids[id]
}

// fold returns an offset that keeps only the newest kept marks, when the
// journal holds over twice as many (webhook mode, where no polling offset
// advances); ok is false when it is small enough.
func (j *journal) fold(kept int) (offset int, ok bool) {
	j.mu.Lock()
	defer j.mu.Unlock()
	if len(j.ids) <= 2*kept {
		return 0, false
	}
	ids := make([]int, 0, len(j.ids))
	for id := range j.ids {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return ids[len(ids)-kept], true
}

func (j *journal) add(id int) error {
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.ids[id] {
		return nil
	}
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], uint64(id))
	if _, err := j.f.Write(b[:]); err != nil {
		return fmt.Errorf("write %s: %w", j.path, err)
	}
	j.ids[id] = true
	return nil
}

// prune forgets ids below offset (the offset now covers them).
func (j *journal) prune(offset int) error {
	j.mu.Lock()
	defer j.mu.Unlock()
	j.offset = max(j.offset, offset)
	for id := range j.ids {
		if id < offset {
			delete(j.ids, id)
		}
	}
	return j.rewrite()
}

// rewrite replaces the file with the ids kept (write a new file, rename).
func (j *journal) rewrite() error {
	tmp := j.path + ".tmp"
	f, err := os.OpenFile(tmp, os.O_CREATE|os.O_TRUNC|os.O_WRONLY, 0o600)
	if err != nil {
		return fmt.Errorf("write %s: %w", tmp, err)
	}
	buf := make([]byte, 0, 8*len(j.ids))
	for id := range j.ids {
		buf = binary.BigEndian.AppendUint64(buf, uint64(id))
	}
	if _, err := f.Write(buf); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", tmp, err)
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp, j.path); err != nil {
		return fmt.Errorf("replace %s: %w", j.path, err)
	}
	if j.f != nil {
		j.f.Close()
	}
	j.f, err = os.OpenFile(j.path, os.O_APPEND|os.O_WRONLY, 0o600)
	if err != nil {
		return fmt.Errorf("open %s: %w", j.path, err)
	}
	return nil
}

func (j *journal) close() error {
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.f == nil {
		return nil
	}
	err := j.f.Close()
	j.f = nil
	return err
}
