package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/url"
	"path/filepath"

	"github.com/mindbraintms/clinicbot/internal/ops"
	"github.com/mindbraintms/clinicbot/internal/report"
	"github.com/mindbraintms/clinicbot/internal/store"
)

// runHandoffs is `clinicbot handoffs`: what is waiting for staff, what
// reached Slack, what failed. It reads the store, so the bot must not be
// running (bbolt allows one process).
func runHandoffs(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	var status string
	cfg, _, err := setup("handoffs", args, getenv, stderr, func(f *flag.FlagSet) {
		f.StringVar(&status, "status", "", "only pending, sent or failed")
	})
	if err != nil {
		return err
	}
	db, err := openRecords(cfg, "/admin/handoffs?status="+url.QueryEscape(status), stdout, stderr)
	if db == nil {
		return err
	}
	defer db.Close()
	hs, err := db.Handoffs()
	if err != nil {
		return err
	}
	return report.Handoffs(hs, status, stdout)
}

// openRecords opens the store of cfg for a command that only reads it
// (handoffs, report), saying on stderr which folder it is. It returns nil
// when the command was answered already: no store yet (it creates none and
// says so), or the running bot holds it (the view at adminPath is fetched
// through its admin socket).
func openRecords(cfg Config, adminPath string, stdout, stderr io.Writer) (*store.DB, error) {
	abs, err := filepath.Abs(cfg.DataDir)
	if err != nil {
		abs = cfg.DataDir
	}
	fmt.Fprintln(stderr, "data:", abs)
	if !store.Exists(cfg.DataDir) {
		fmt.Fprintf(stdout, "no data yet in %s: only `clinicbot run` (and `clinicbot chat`) record conversations; set data_dir (CLINICBOT_DATA_DIR) to the bot's.\n", abs)
		return nil, nil
	}
	db, err := store.Open(cfg.DataDir)
	if errors.Is(err, store.ErrLocked) {
		return nil, ops.Fetch(cfg.DataDir, adminPath, stdout)
	}
	return db, err
}
