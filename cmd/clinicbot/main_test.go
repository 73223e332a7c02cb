package main

import (
	"flag"
	"os"
	"testing"

	"github.com/mindbraintms/clinicbot/internal/cache/cachetest"
)

// TestMain runs four of this package's parallel tests at a time unless
// -parallel says otherwise: most of them wait (for a fake Telegram or
// Slack to be down, for a restart, for a browser), and at the default of
// one per core they took twice as long on two cores as they keep busy.
//
// The commands run here (in this process, or as a built binary that
// inherits its environment) keep what they learn in the weights cache
// every package's tests share, under its key: with this executable's own,
// a first run learned the shipped knowledge once more (15 s of a cold
// `go test ./...`).
func TestMain(m *testing.M) {
	if os.Getenv("CLINICBOT_CACHE_DIR") == "" {
		dir, program := cachetest.Folder()
		os.Setenv("CLINICBOT_CACHE_DIR", dir)
		os.Setenv("CLINICBOT_CACHE_PROGRAM", program)
	}
	flag.Parse()
	set := false
	flag.Visit(func(f *flag.Flag) { set = set || f.Name == "test.parallel" })
	if !set {
		flag.Set("test.parallel", "4")
	}
	os.Exit(m.Run())
}
