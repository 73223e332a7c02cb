package main

import (
	"context"
	"flag"
	"io"
	"strconv"

	"github.com/mindbraintms/clinicbot/internal/ops"
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
	db, err := openRecords(cfg, "/admin/report?days="+strconv.Itoa(days), stdout, stderr)
	if db == nil {
		return err
	}
	defer db.Close()
	eng, err := engine(cfg, stderr)
	if err != nil {
		return err
	}
	return ops.Report(db, eng.Knowledge().Entries, days, stdout)
}
