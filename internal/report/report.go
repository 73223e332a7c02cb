// Package report writes what admins read: the handoffs table and the
// report of questions the knowledge lacks. It works on domain records
// only; callers read them from the store.
package report

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/mindbraintms/clinicbot/internal/clinicbot"
	"github.com/mindbraintms/clinicbot/internal/knowledge"
)

// Handoffs writes the handoffs table (only those of status, when set),
// then the counts by status.
func Handoffs(all []clinicbot.Handoff, status string, w io.Writer) error {
	tw := tabwriter.NewWriter(w, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tSTATUS\tKIND\tCHANNEL\tCREATED (UTC)\tPATIENT\tPHONE\tPREFERRED TIME\tATTEMPTS\tLAST ERROR")
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
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%d\t%s\n", h.ID, h.Status, h.Kind, clinicbot.PatientOf(h.Channel, h.ChatID).Channel,
			h.Created.UTC().Format(time.DateTime), oneLine(who), oneLine(h.Phone), oneLine(h.PreferredTime), h.Attempts, oneLine(h.LastError))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "%d pending, %d sent, %d failed\n", counts[clinicbot.HandoffPending], counts[clinicbot.HandoffSent], counts[clinicbot.HandoffFailed])
	return err
}

func oneLine(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 60 {
		s = string(r[:57]) + "..."
	}
	return s
}

// Questions writes the admins' report since a day: the questions the bot
// could not answer or answered with low confidence, grouped and most
// frequent first, with the nearest entry (looked up in entries), then the
// handoffs by kind.
func Questions(qs []clinicbot.Question, hs []clinicbot.Handoff, entries map[string]*clinicbot.Entry, since time.Time, w io.Writer) error {
	days := int(time.Since(since).Round(24*time.Hour) / (24 * time.Hour))
	fmt.Fprintf(w, "clinicbot report: the last %d days (since %s)\n\n", days, since.UTC().Format(time.DateOnly))
	for _, kind := range []struct{ kind, title string }{
		{"fallback", "Questions the bot could not answer"},
		{"low", "Questions answered with low confidence"},
	} {
		groups := groupQuestions(qs, kind.kind, since)
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
	_, err := fmt.Fprintln(w, "Add entries or phrasings for the frequent questions above, then run `clinicbot validate` and `clinicbot eval`.")
	return err
}

// group is one normalised question and how often it was asked.
type group struct {
	text    string
	count   int
	closest map[string]int
}

// groupQuestions groups the questions of a kind asked since a time by
// their normalised text, most frequent first.
func groupQuestions(qs []clinicbot.Question, kind string, since time.Time) []*group {
	byText := map[string]*group{}
	for _, q := range qs {
		if q.Kind != kind || q.At.Before(since) {
			continue
		}
		key := knowledge.Normalize(q.Text)
		if r := []rune(key); len(r) > 120 {
			key = string(r[:120]) + "…"
		}
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

func total(gs []*group) int {
	n := 0
	for _, g := range gs {
		n += g.count
	}
	return n
}

// best returns the key seen most often (the first in order on a tie).
func best(m map[string]int) string {
	b, n := "", 0
	for k, v := range m {
		if v > n || (v == n && k < b) {
			b, n = k, v
		}
	}
	return b
}
