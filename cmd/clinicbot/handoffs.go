package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/url"
	"strings"
	"text/tabwriter"
	"time"

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
	db, err := store.Open(cfg.DataDir)
	if errors.Is(err, store.ErrLocked) {
		return fromRunningBot(cfg, "/admin/handoffs?status="+url.QueryEscape(status), stdout)
	}
	if err != nil {
		return err
	}
	defer db.Close()
	return listHandoffs(db, status, stdout)
}

// listHandoffs writes the handoffs table.
func listHandoffs(db *store.DB, status string, w io.Writer) error {
	all, err := db.Handoffs()
	if err != nil {
		return err
	}
	tw := tabwriter.NewWriter(w, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tSTATUS\tKIND\tCREATED (UTC)\tPATIENT\tPHONE\tPREFERRED TIME\tATTEMPTS\tLAST ERROR")
	counts := map[string]int{}
	for _, h := range all {
		counts[h.Status]++
		if status != "" && h.Status != status {
			continue
		}
		who := h.Name
		if h.Username != "" {
			who += " @" + h.Username
		}
		if h.ParentID != "" {
			who = "(thread of #" + h.ParentID + ")"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%d\t%s\n", h.ID, h.Status, h.Kind, h.Created.UTC().Format(time.DateTime),
			oneLine(who), oneLine(h.Phone), oneLine(h.PreferredTime), h.Attempts, oneLine(h.LastError))
	}
	tw.Flush()
	fmt.Fprintf(w, "%d pending, %d sent, %d failed\n", counts["pending"], counts["sent"], counts["failed"])
	return nil
}

func oneLine(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 60 {
		s = s[:57] + "..."
	}
	return s
}
