// Package cachetest gives tests one weights cache that every package's
// tests share: the classifiers learn from the shipped knowledge once per
// change of the code that learns, not once per package and test.
package cachetest

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// learners are the packages whose code makes the cached weights.
var learners = []string{"internal/safety", "internal/match", "internal/knowledge"}

// Folder returns the shared cache folder and the program key for it: a
// hash of the learning packages' source (tests aside), so weights learned
// by other code are never read back. When the module's source cannot be
// found, the key is this process's own.
func Folder() (dir, program string) {
	dir = filepath.Join(os.TempDir(), "clinicbot-test-weights")
	own := fmt.Sprintf("test-pid-%d", os.Getpid())
	root, err := moduleRoot()
	if err != nil {
		return dir, own
	}
	h := sha256.New()
	for _, pkg := range learners {
		files, err := filepath.Glob(filepath.Join(root, pkg, "*.go"))
		if err != nil || len(files) == 0 {
			return dir, own
		}
		sort.Strings(files)
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") {
				continue
			}
			data, err := os.ReadFile(f)
			if err != nil {
				return dir, own
			}
			h.Write([]byte(f[len(root):]))
			h.Write(data)
		}
	}
	return dir, "test-" + hex.EncodeToString(h.Sum(nil))[:32]
}

// moduleRoot is the folder of go.mod at or above the working directory.
func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		up := filepath.Dir(dir)
		if up == dir {
			return "", fs.ErrNotExist
		}
		dir = up
	}
}
