package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/mindbraintms/clinicbot/internal/clinicbot"
	"github.com/mindbraintms/clinicbot/internal/dialog"
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
	db, err := store.Open(cfg.DataDir)
	if errors.Is(err, store.ErrLocked) {
		return fromRunningBot(cfg, "/admin/report?days="+strconv.Itoa(days), stdout)
	}
	if err != nil {
		return err
	}
	defer db.Close()
	eng, err := engine(cfg, stderr)
	if err != nil {
		return err
	}
	return writeReport(db, eng, days, stdout)
}

// group is one normalised question and how often it was asked.
type group struct {
	text    string
	count   int
	closest map[string]int
}

// writeReport writes the admin report for the last days.
func writeReport(db *store.DB, eng *dialog.Engine, days int, w io.Writer) error {
	if days <= 0 {
		days = 7
	}
	since := time.Now().AddDate(0, 0, -days)
	qs, err := db.Questions(since)
	if err != nil {
		return err
	}
	hs, err := db.Handoffs()
	if err != nil {
		return err
	}
	entries := eng.Knowledge().Entries
	fmt.Fprintf(w, "clinicbot report: the last %d days (since %s)\n\n", days, since.UTC().Format(time.DateOnly))
	for _, kind := range []struct{ kind, title string }{
		{"fallback", "Questions the bot could not answer"},
		{"low", "Questions answered with low confidence"},
	} {
		groups := groupQuestions(qs, kind.kind)
		fmt.Fprintf(w, "%s (%d asked, %d different):\n", kind.title, total(groups), len(groups))
		if len(groups) == 0 {
			fmt.Fprintln(w, "  none")
		}
		for i, g := range groups {
			if i == 20 {
				fmt.Fprintf(w, "  ... and %d more\n", len(groups)-20)
				break
			}
			closest := best(g.closest)
			if e := entries[closest]; e != nil {
				closest += " (" + e.Question + ")"
			}
			if closest == "" {
				closest = "none"
			}
			fmt.Fprintf(w, "  %4d × %q  closest entry: %s\n", g.count, g.text, closest)
		}
		fmt.Fprintln(w)
	}
	byKind := map[string]int{}
	for _, h := range hs {
		if h.Kind != clinicbot.HandoffMessage && !h.Created.Before(since) {
			byKind[h.Kind]++
		}
	}
	fmt.Fprintf(w, "Handoffs: %d appointment requests, %d wanted a person, %d unanswered questions, %d CRISES\n",
		byKind[clinicbot.HandoffAppointment], byKind[clinicbot.HandoffPerson], byKind[clinicbot.HandoffUnanswered], byKind[clinicbot.HandoffCrisis])
	fmt.Fprintln(w, "Add entries or phrasings for the frequent questions above, then run `clinicbot validate` and `clinicbot eval`.")
	return nil
}

// groupQuestions groups questions of a kind by their normalised text,
// most frequent first.
func groupQuestions(qs []clinicbot.Question, kind string) []*group {
	byText := map[string]*group{}
	for _, q := range qs {
		if q.Kind != kind {
			continue
		}
		key := normalise(q.Text)
		if key == "" {
			continue
		}
		g := byText[key]
		if g == nil {
			g = &group{text: key, closest: map[string]int{}}
			byText[key] = g
		}
		g.count++
		if q.Closest != "" {
			g.closest[q.Closest]++
		}
	}
	out := make([]*group, 0, len(byText))
	for _, g := range byText {
		out = append(out, g)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].count != out[j].count {
			return out[i].count > out[j].count
		}
		return out[i].text < out[j].text
	})
	return out
}

// normalise lowercases, drops punctuation and extra spaces, and cuts long
// questions, so "How much?!" and "how much" group together.
func normalise(s string) string {
	f := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsMark(r) })
	out := strings.Join(f, " ")
	if r := []rune(out); len(r) > 120 {
		out = string(r[:120]) + "…"
	}
	return out
}

func total(gs []*group) int {
	n := 0
	for _, g := range gs {
		n += g.count
	}
	return n
}

func best(m map[string]int) string {
	b, n := "", 0
	for k, v := range m {
		if v > n || (v == n && k < b) {
			b, n = k, v
		}
	}
	return b
}
