package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strconv"

	"github.com/mindbraintms/clinicbot/internal/ops"
	"github.com/mindbraintms/clinicbot/internal/store"
)

// runReport is `clinicbot report [-days N]`: what patients asked that the
// knowledge lacks, and how many handoffs and crises there were.
func runReport(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	days := 7
	cfg, _, err := setup("report", args, getenv, stderr, func(f *flag.FlagSet) {
		f.IntVar(&days, "days", 7, "look back this many days")
	})
	if err != nil {
		return err
	}
	if abs, err := filepath.Abs(cfg.DataDir); err == nil {
		fmt.Fprintln(stderr, "data:", abs)
	}
	if !store.Exists(cfg.DataDir) {
		abs, _ := filepath.Abs(cfg.DataDir)
		fmt.Fprintf(stdout, "no data yet in %s: only `clinicbot run` (and `clinicbot chat`) record conversations; set data_dir (CLINICBOT_DATA_DIR) to the bot's.\n", abs)
		return nil
	}
	db, err := store.Open(cfg.DataDir)
	if errors.Is(err, store.ErrLocked) {
		return ops.Fetch(cfg.DataDir, "/admin/report?days="+strconv.Itoa(days), stdout)
	}
	if err != nil {
		return err
	}
	defer db.Close()
	eng, err := engine(cfg, stderr)
	if err != nil {
		return err
	}
	return ops.Report(db, eng.Knowledge().Entries, days, stdout)
}
