package main

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// The cache's program key is the executable's Go build ID where the
// executable has one (read from its ELF note, not by hashing the file), and
// nothing is made up for a file without one.
func TestProgramKeyIsTheGoBuildID(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("the build ID is read from an ELF note")
	}
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	id := goBuildID(exe)
	if strings.Count(id, "/") < 1 || len(id) < 20 {
		t.Errorf("build ID of the test binary %q, want Go's \"action/content\" form", id)
	}
	if key, err := executableHash(); err != nil || key != "go-build-id:"+id {
		t.Errorf("program key %q (%v), want the build ID", key, err)
	}
	plain := filepath.Join(t.TempDir(), "not-elf")
	os.WriteFile(plain, []byte("#!/bin/sh\necho hi\n"), 0o700)
	if id := goBuildID(plain); id != "" {
		t.Errorf("a file that is no ELF executable has build ID %q", id)
	}
}
