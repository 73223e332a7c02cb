package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/mindbraintms/clinicbot/internal/clinicbot"
	"github.com/mindbraintms/clinicbot/internal/ops"
	"github.com/mindbraintms/clinicbot/internal/review"
	"github.com/mindbraintms/clinicbot/internal/store"
)

// runReview is `clinicbot review`: turn what patients asked that the
// knowledge answered badly into phrasings.
func runReview(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	var days, max int
	var asJSON bool
	var apply string
	cfg, _, err := setup("review", args, getenv, stderr, func(f *flag.FlagSet) {
		f.IntVar(&days, "days", 7, "look back this many days")
		f.IntVar(&max, "n", 20, "review at most this many questions")
		f.BoolVar(&asJSON, "json", false, "print the questions and their nearest entries as JSON, and stop")
		f.StringVar(&apply, "apply", "", "add the phrasings listed in `FILE` (JSON lines: {\"question\": ..., \"entry\": ...}) and stop")
	})
	if err != nil {
		return err
	}
	src, err := knowledgeSource(cfg)
	if err != nil {
		return err
	}
	if src.embedded {
		return errors.New("review edits the knowledge folder on disk: run it where ./knowledge is, or set knowledge_dir (CLINICBOT_KNOWLEDGE_DIR)")
	}
	eng, _, err := engineFrom(cfg, stderr)
	if err != nil {
		return err
	}
	kb := eng.Knowledge()
	if apply != "" {
		data, err := os.ReadFile(apply)
		if err != nil {
			return err
		}
		var ds []review.Decision
		dec := json.NewDecoder(bytes.NewReader(data))
		for {
			var d review.Decision
			if err := dec.Decode(&d); errors.Is(err, io.EOF) {
				break
			} else if err != nil {
				return fmt.Errorf("%s: %w", apply, err)
			}
			ds = append(ds, d)
		}
		return applyDecisions(src, kb.Entries, ds, stdout)
	}
	qs, err := questions(cfg, days)
	if err != nil {
		return err
	}
	ignored := review.LoadIgnored(src.path)
	var kept []clinicbot.Question
	for _, q := range qs {
		if !ignored[review.Key(q.Text)] {
			kept = append(kept, q)
		}
	}
	items, err := review.Items(ctx, kept, kb.Matcher, kb.Entries, max)
	if err != nil {
		return err
	}
	if asJSON {
		if items == nil {
			items = []review.Item{}
		}
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(items)
	}
	if len(items) == 0 {
		fmt.Fprintf(stdout, "Nothing to review: no unanswered or low-confidence questions in the last %d days.\n", days)
		return nil
	}
	in := bufio.NewScanner(stdin)
	for i, it := range items {
		fmt.Fprintf(stdout, "\n(%d/%d) asked %d× : %q\n", i+1, len(items), it.Count, it.Question)
		for j, c := range it.Candidates {
			fmt.Fprintf(stdout, "  %d) add as a phrasing of %s (%s), confidence %.2f\n", j+1, c.Entry, c.Question, c.Confidence)
		}
		fmt.Fprint(stdout, "  n) new entry draft   s) skip   x) never show again   q) quit\n> ")
		if !in.Scan() {
			return nil
		}
		answer := strings.TrimSpace(in.Text())
		switch answer {
		case "q":
			return nil
		case "x":
			if err := review.Ignore(src.path, it.Question); err != nil {
				fmt.Fprintln(stdout, "  not saved:", err)
			}
			continue
		case "n":
			if path, err := review.Draft(src.path, it.Question); err != nil {
				fmt.Fprintln(stdout, "  no draft:", err)
			} else {
				fmt.Fprintf(stdout, "  draft written: %s (not served: write its answer, then move it into entries/)\n", path)
			}
			continue
		}
		n, err := strconv.Atoi(answer)
		if err != nil || n < 1 || n > len(it.Candidates) {
			continue
		}
		if err := applyDecisions(src, kb.Entries, []review.Decision{{Question: it.Question, Entry: it.Candidates[n-1].Entry}}, stdout); err != nil {
			fmt.Fprintln(stdout, "  not added:", err)
		}
	}
	return nil
}

// applyDecisions adds each question as a phrasing of its entry's file,
// then checks the whole folder: on any problem every file is put back.
func applyDecisions(src source, entries map[string]*clinicbot.Entry, ds []review.Decision, stdout io.Writer) error {
	saved := map[string][]byte{}
	restore := func() {
		for f, data := range saved {
			os.WriteFile(f, data, 0o644)
		}
	}
	for _, d := range ds {
		e := entries[d.Entry]
		if e == nil {
			restore()
			return fmt.Errorf("no entry %q", d.Entry)
		}
		if _, ok := saved[e.File]; !ok {
			data, err := os.ReadFile(e.File)
			if err != nil {
				restore()
				return err
			}
			saved[e.File] = data
		}
		if err := review.AddPhrasing(e.File, d.Question); err != nil {
			restore()
			return fmt.Errorf("%s: %w", e.File, err)
		}
	}
	if _, _, problems, err := build(src); err != nil || len(problems) > 0 {
		restore()
		if err == nil {
			err = problems[0]
		}
		return fmt.Errorf("the folder would not validate, nothing changed: %w", err)
	}
	for _, d := range ds {
		fmt.Fprintf(stdout, "added %q to %s (%s)\n", d.Question, d.Entry, entries[d.Entry].File)
	}
	return nil
}

// questions reads the recorded questions of the last days: from the store,
// or from the running bot through its admin socket.
func questions(cfg Config, days int) ([]clinicbot.Question, error) {
	if !store.Exists(cfg.DataDir) {
		return nil, nil
	}
	db, err := store.Open(cfg.DataDir)
	if errors.Is(err, store.ErrLocked) {
		var buf bytes.Buffer
		if err := ops.Fetch(cfg.DataDir, "/admin/questions?days="+strconv.Itoa(days), &buf); err != nil {
			return nil, err
		}
		var qs []clinicbot.Question
		return qs, json.Unmarshal(buf.Bytes(), &qs)
	}
	if err != nil {
		return nil, err
	}
	defer db.Close()
	var out []clinicbot.Question
	qs, err := db.Questions(time.Now().AddDate(0, 0, -days))
	for _, q := range qs {
		if q.Kind == "fallback" || q.Kind == "low" {
			out = append(out, q)
		}
	}
	return out, err
}
