package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"

	"github.com/mindbraintms/clinicbot/internal/clinicbot"
	"github.com/mindbraintms/clinicbot/internal/knowledge"
)

func runEval(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	cfg, fset, err := setup("eval", args, getenv, stderr, nil)
	if err != nil {
		return err
	}
	eng, err := engine(cfg, stderr)
	if err != nil {
		return err
	}
	var set *knowledge.EvalSet
	var problems []*clinicbot.Error
	if fset.NArg() > 0 {
		path := fset.Arg(0)
		set, problems = knowledge.LoadEval(os.DirFS(filepath.Dir(path)), filepath.Base(path), path)
	} else {
		src, err := knowledgeSource(cfg)
		if err != nil {
			return err
		}
		set, problems = knowledge.LoadEval(src.fsys, "eval.yaml", src.name+"/eval.yaml")
	}
	for _, p := range problems {
		fmt.Fprintln(stderr, p)
	}
	if set == nil || len(problems) > 0 {
		return errReported
	}
	type tally struct{ ok, all int }
	byKind := map[clinicbot.Kind]*tally{}
	passed := 0
	for _, c := range set.Cases {
		r, err := eng.Reply(ctx, clinicbot.Message{ChatID: "eval", Text: c.Text})
		if err != nil {
			fmt.Fprintln(stderr, "error:", err)
		}
		t := byKind[c.Expect]
		if t == nil {
			t = &tally{}
			byKind[c.Expect] = t
		}
		t.all++
		if r.Kind == c.Expect && (c.Entry == "" || c.Entry == r.EntryID) {
			t.ok++
			passed++
			continue
		}
		want := string(c.Expect)
		if c.Entry != "" {
			want += " " + c.Entry
		}
		fmt.Fprintf(stdout, "MISS line %d: %q: want %s, got %s %s (%.2f)\n", c.Line, c.Text, want, r.Kind, r.EntryID, r.Score)
	}
	kinds := make([]string, 0, len(byKind))
	for k := range byKind {
		kinds = append(kinds, string(k))
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		t := byKind[clinicbot.Kind(k)]
		fmt.Fprintf(stdout, "%-10s %3d/%-3d %5.1f%%\n", k, t.ok, t.all, 100*float64(t.ok)/float64(t.all))
	}
	total := len(set.Cases)
	acc := 0.0
	if total > 0 {
		acc = float64(passed) / float64(total)
	}
	fmt.Fprintf(stdout, "total      %3d/%-3d %5.1f%% (threshold %.1f%%)\n", passed, total, 100*acc, 100*set.Threshold)
	if total == 0 || acc < set.Threshold {
		fmt.Fprintln(stderr, "eval: accuracy below the threshold set in the eval file")
		return errReported
	}
	return nil
}
