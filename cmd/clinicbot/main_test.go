package main

import (
	"flag"
	"os"
	"testing"
)

// TestMain runs four of this package's parallel tests at a time unless
// -parallel says otherwise: most of them wait (for a fake Telegram or
// Slack to be down, for a restart, for a browser), and at the default of
// one per core they took twice as long on two cores as they keep busy.
func TestMain(m *testing.M) {
	flag.Parse()
	set := false
	flag.Visit(func(f *flag.Flag) { set = set || f.Name == "test.parallel" })
	if !set {
		flag.Set("test.parallel", "4")
	}
	os.Exit(m.Run())
}
