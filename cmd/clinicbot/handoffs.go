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
		return ops.Fetch(cfg.DataDir, "/admin/handoffs?status="+url.QueryEscape(status), stdout)
	}
	if err != nil {
		return err
	}
	defer db.Close()
	hs, err := db.Handoffs()
	if err != nil {
		return err
	}
	return report.Handoffs(hs, status, stdout)
}
