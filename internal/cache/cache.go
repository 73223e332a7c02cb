// Package cache keeps what a knowledge load learned (classifier weights, a
// calibration) in a folder, each file under a key made of the program and
// everything it was learned from: a later load of the same knowledge by the
// same program reads it instead of learning it again. A missing, damaged or
// unreadable file is a miss, to be learned again; a folder that cannot be
// written only makes loads slower.
package cache

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// magic opens every file; it changes with the layout.
const magic = "clinicbot cache v2\n"

// Folder is a cache folder for one program. A nil *Folder is a cache that
// keeps nothing. Safe for concurrent use, by several processes too: files
// are written whole under a temporary name and renamed.
type Folder struct {
	dir, program string
}

// New returns the cache in dir for program, which must change whenever
// the code that learns does (callers pass a hash of their executable);
// nil when dir is empty.
func New(dir, program string) *Folder {
	if dir == "" {
		return nil
	}
	return &Folder{dir: dir, program: program}
}

// Key is the key of what kind learns from what write writes to the hash
// (write must write everything it learns from, and every setting that
// shapes what it learns).
func (f *Folder) Key(kind string, write func(h hash.Hash)) string {
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%s\x00", f.program, kind)
	write(h)
	return hex.EncodeToString(h.Sum(nil))
}

func (f *Folder) file(kind, key string) string {
	return filepath.Join(f.dir, kind+"-"+key[:32]+".bin")
}

// Read returns what was written under kind and key, if it is whole.
func (f *Folder) Read(kind, key string) ([]byte, bool) {
	if f == nil {
		return nil, false
	}
	data, err := os.ReadFile(f.file(kind, key))
	if err != nil || len(data) < len(magic)+sha256.Size || string(data[:len(magic)]) != magic {
		return nil, false
	}
	body := data[:len(data)-sha256.Size]
	if sum := sha256.Sum256(body); !bytes.Equal(sum[:], data[len(body):]) {
		return nil, false
	}
	return body[len(magic):], true
}

// Write stores data under kind and key, then removes all but the newest
// keep files of kind (each knowledge edit that changes what kind learns
// from writes a new one). A nil Folder writes nothing.
func (f *Folder) Write(kind, key string, data []byte, keep int) error {
	if f == nil {
		return nil
	}
	if err := os.MkdirAll(f.dir, 0o700); err != nil {
		return fmt.Errorf("cache folder: %w", err)
	}
	tmp, err := os.CreateTemp(f.dir, kind+"-*.tmp")
	if err != nil {
		return fmt.Errorf("cache file: %w", err)
	}
	body := slices.Concat([]byte(magic), data)
	sum := sha256.Sum256(body)
	_, err = tmp.Write(slices.Concat(body, sum[:]))
	if err == nil {
		err = tmp.Sync()
	}
	err = errors.Join(err, tmp.Close())
	if err == nil {
		err = os.Rename(tmp.Name(), f.file(kind, key))
	}
	if err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("cache file: %w", err)
	}
	f.prune(kind, keep)
	return nil
}

func (f *Folder) prune(kind string, keep int) {
	files, _ := filepath.Glob(filepath.Join(f.dir, kind+"-*.bin"))
	type aged struct {
		path string
		mod  int64
	}
	var all []aged
	for _, p := range files {
		if st, err := os.Stat(p); err == nil {
			all = append(all, aged{p, st.ModTime().UnixNano()})
		}
	}
	slices.SortFunc(all, func(a, b aged) int { return cmp.Compare(b.mod, a.mod) })
	for i := keep; i < len(all); i++ {
		os.Remove(all[i].path)
		os.Remove(strings.TrimSuffix(all[i].path, ".bin") + ".lock")
	}
}
