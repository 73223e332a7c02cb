package main

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"

	"golang.org/x/sync/errgroup"

	"github.com/mindbraintms/clinicbot/internal/clinicbot"
	"github.com/mindbraintms/clinicbot/internal/dialog"
	"github.com/mindbraintms/clinicbot/internal/knowledge"
	"github.com/mindbraintms/clinicbot/internal/match"
	"github.com/mindbraintms/clinicbot/internal/safety"
)

// runEval runs CASES, or every eval*.yaml file of the knowledge folder
// (eval.yaml for answers, eval-safety.yaml for crisis and advice), and
// fails when any file is below its threshold.
func runEval(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	cfg, fset, err := setup("eval", args, getenv, stderr, nil)
	if err != nil {
		return err
	}
	eng, err := engine(cfg, stderr)
	if err != nil {
		return err
	}
	type file struct {
		fsys          fs.FS
		name, display string
	}
	var files []file
	if fset.NArg() > 0 {
		for _, path := range fset.Args() {
			files = append(files, file{os.DirFS(filepath.Dir(path)), filepath.Base(path), path})
		}
	} else {
		src, err := knowledgeSource(cfg)
		if err != nil {
			return err
		}
		names, _ := fs.Glob(src.fsys, "eval*.yaml")
		sort.Strings(names)
		for _, n := range names {
			files = append(files, file{src.fsys, n, src.name + "/" + n})
		}
		if len(files) == 0 {
			fmt.Fprintf(stderr, "%s: no eval.yaml: nothing to run\n", src.name)
			return errReported
		}
	}
	failed := false
	if fset.NArg() == 0 {
		selfChecks(ctx, eng, stdout)
	}
	for i, f := range files {
		set, problems := knowledge.LoadEval(f.fsys, f.name, f.display)
		for _, p := range problems {
			fmt.Fprintln(stderr, p)
		}
		if set == nil || len(problems) > 0 {
			return errReported
		}
		if i > 0 {
			fmt.Fprintln(stdout)
		}
		fmt.Fprintf(stdout, "== %s\n", f.display)
		if !evalSet(ctx, eng, set, stdout, stderr) {
			failed = true
		}
	}
	if failed {
		fmt.Fprintln(stderr, "eval: accuracy below the threshold set in the eval file")
		return errReported
	}
	return nil
}

// evalSet runs one set, prints every miss and the tallies by expected
// kind and by group, and reports whether it reached its threshold.
func evalSet(ctx context.Context, eng *dialog.Engine, set *knowledge.EvalSet, stdout, stderr io.Writer) bool {
	type tally struct{ ok, all int }
	byKind := map[string]*tally{}
	byGroup := map[string]*tally{}
	count := func(m map[string]*tally, k string, ok bool) {
		t := m[k]
		if t == nil {
			t = &tally{}
			m[k] = t
		}
		t.all++
		if ok {
			t.ok++
		}
	}
	passed, falseAlarms := 0, 0
	var confident, confidentRight int // answers at ConfidentAt or more, and of those the right ones
	replies, errs := replyAll(ctx, eng, set.Cases)
	for i, c := range set.Cases {
		r := replies[i]
		if errs[i] != nil {
			fmt.Fprintln(stderr, "error:", errs[i])
		}
		ok := c.Passes(r)
		if (r.Kind == clinicbot.KindAnswer || r.Kind == clinicbot.KindHandoff) && r.Confidence >= dialog.ConfidentAt &&
			(c.Expect == clinicbot.KindAnswer || c.Expect == clinicbot.KindHandoff || c.Expect == "fallback") {
			confident++
			if ok {
				confidentRight++
			}
		}
		count(byKind, string(c.Expect), ok)
		if c.Group != "" {
			count(byGroup, c.Group, ok)
		}
		if r.Kind == clinicbot.KindCrisis && c.Expect != clinicbot.KindCrisis {
			falseAlarms++
		}
		if ok {
			passed++
			continue
		}
		want := string(c.Expect)
		if c.Entry != "" {
			want += " " + c.Entry
		}
		got := string(r.Kind) + " " + r.EntryID
		switch {
		case r.Kind == clinicbot.KindCrisis:
			got += fmt.Sprintf(" %s/%s (rule %q)", r.Safety.Subject, r.Safety.Level, r.Safety.Phrase)
		case r.Safety.Phrase != "":
			got += fmt.Sprintf(" (rule %q)", r.Safety.Phrase)
		}
		fmt.Fprintf(stdout, "MISS line %d: %q: want %s, got %s (%.2f)\n", c.Line, c.Text, want, strings.TrimSpace(got), r.Score)
	}
	print := func(title string, m map[string]*tally) {
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		if len(keys) > 0 && title != "" {
			fmt.Fprintln(stdout, title)
		}
		for _, k := range keys {
			t := m[k]
			fmt.Fprintf(stdout, "%-20s %3d/%-3d %5.1f%%\n", k, t.ok, t.all, 100*float64(t.ok)/float64(t.all))
		}
	}
	print("", byKind)
	print("by group:", byGroup)
	if confident > 0 {
		fmt.Fprintf(stdout, "confident answers (calibrated confidence >= %.2f): %d/%d right (%.1f%%)\n",
			dialog.ConfidentAt, confidentRight, confident, 100*float64(confidentRight)/float64(confident))
	}
	total := len(set.Cases)
	acc := 0.0
	if total > 0 {
		acc = float64(passed) / float64(total)
	}
	fmt.Fprintf(stdout, "total                %3d/%-3d %5.1f%% (threshold %.1f%%), crisis false alarms %d\n", passed, total, 100*acc, 100*set.Threshold, falseAlarms)
	return total > 0 && acc >= set.Threshold
}

// replyAll asks the engine every case on all cores (the engine keeps no
// state between messages), each reply at its case's index.
func replyAll(ctx context.Context, eng *dialog.Engine, cases []clinicbot.EvalCase) ([]clinicbot.Reply, []error) {
	replies := make([]clinicbot.Reply, len(cases))
	errs := make([]error, len(cases))
	var g errgroup.Group
	g.SetLimit(runtime.GOMAXPROCS(0))
	for i, c := range cases {
		g.Go(func() error {
			replies[i], errs[i] = eng.Reply(ctx, clinicbot.Message{ChatID: "eval", Text: c.Text, Lang: replyLang(c.Text)})
			return nil
		})
	}
	_ = g.Wait() // each error is kept in errs
	return replies, errs
}

// selfChecks prints what the knowledge says about itself, without any eval
// file: the matcher asked its own phrasings (each left out of its entry),
// and the safety check cross-validated on its examples.
func selfChecks(ctx context.Context, eng *dialog.Engine, stdout io.Writer) {
	kb := eng.Knowledge()
	if bs, ok := kb.Matcher.(*match.ByScript); ok {
		ix := bs.English
		if sc, err := ix.SelfCheck(ctx, dialog.DefaultThresholds().Answer, dialog.ConfidentAt); err == nil {
			fmt.Fprintln(stdout, sc)
		}
		done := map[[2]string]bool{} // one example per pair of entries
		for _, x := range append(bs.English.Alike(), bs.Hindi.Alike()...) {
			pair := [2]string{min(x.Entry, x.OtherEntry), max(x.Entry, x.OtherEntry)}
			if done[pair] {
				continue
			}
			done[pair] = true
			fmt.Fprintf(stdout, "matcher self-check: %s %q and %s %q are the same words to the matcher: reword one\n", x.Entry, x.Text, x.OtherEntry, x.OtherText)
		}
	}
	refused := map[string]int{}
	var total int
	for _, q := range refusedQuestions(kb) {
		if q.verdict == clinicbot.Advice {
			refused[q.entry]++
			total++
			continue
		}
		fmt.Fprintf(stdout, "safety self-check: %s asks %q, which gets the crisis reply: reword it, or move it out if it is a disclosure\n", q.entry, q.text)
	}
	if total > 0 {
		// Asked so, they are requests for personal advice: patients who
		// word them so are sent to the doctors, not to the entry.
		var by []string
		for _, id := range slices.Sorted(maps.Keys(refused)) {
			by = append(by, fmt.Sprintf("%s %d", id, refused[id]))
		}
		fmt.Fprintf(stdout, "safety self-check: %d of the knowledge's questions and phrasings get the medical-advice refusal, not their entry (%s): patients who ask so are sent to the doctors\n", total, strings.Join(by, ", "))
	}
	if len(kb.Rules.Examples) > 0 {
		if cv, err := safety.CrossValidate(kb.Rules, 5); err == nil {
			fmt.Fprintf(stdout, "safety self-check (%d-fold cross-validation over the %d examples in safety-examples.yaml, phrases and classifier): "+
				"crisis %d/%d caught (%d by the classifier alone), false alarms %d/%d; advice %d/%d refused, %d refused wrongly; "+
				"of the crises caught, %d/%d still caught with one of the knowledge's questions before them\n",
				cv.Folds, cv.Crisis+cv.Other, cv.Caught, cv.Crisis, cv.ByClassifier, cv.FalseAlarms, cv.Other, cv.Refused, cv.Advice, cv.FalseRefusals,
				cv.BesideCaught, cv.Beside)
		}
	}
	if n, before, after := besideAQuestion(kb); n > 0 {
		fmt.Fprintf(stdout, "safety self-check (a crisis beside a question): of the %d crisis examples the check catches alone, %d (%.1f%%) still caught with one of the knowledge's questions before them, %d (%.1f%%) after\n",
			n, before, 100*float64(before)/float64(n), after, 100*float64(after)/float64(n))
	}
	fmt.Fprintln(stdout)
}

// besideAQuestion asks the safety check the crisis examples of
// safety-examples.yaml that it catches alone, each with one of the
// knowledge's own questions before it and after it: a patient's crisis is
// often told beside a question ("How much does it cost? I won't be here
// next month"), and reading the question with it must not hide it. It
// returns how many were caught alone and how many stayed caught.
func besideAQuestion(kb *dialog.Knowledge) (n, before, after int) {
	var questions []string
	for _, id := range slices.Sorted(maps.Keys(kb.Entries)) {
		if e := kb.Entries[id]; e.Kind == clinicbot.KindAnswer {
			questions = append(questions, e.Question)
		}
	}
	if len(questions) == 0 {
		return 0, 0, 0
	}
	for _, x := range kb.Rules.Examples {
		if !x.Crisis || x.FromSet || x.Taught || kb.Safety.Check(x.Text).Verdict != clinicbot.Crisis {
			continue
		}
		q := questions[n%len(questions)]
		n++
		if kb.Safety.Check(q+" "+x.Text).Verdict == clinicbot.Crisis {
			before++
		}
		if kb.Safety.Check(strings.TrimRight(x.Text, " ")+". "+q).Verdict == clinicbot.Crisis {
			after++
		}
	}
	return n, before, after
}

// refusedQuestion is one of the knowledge's own questions that the safety
// check answers with the crisis reply or the medical-advice refusal
// (verdict): the entry can never be reached with it, and a patient who
// asks it gets a false alarm or the refusal.
type refusedQuestion struct {
	entry, text string
	verdict     clinicbot.Verdict
}

func refusedQuestions(kb *dialog.Knowledge) []refusedQuestion {
	var out []refusedQuestion
	for _, id := range slices.Sorted(maps.Keys(kb.Entries)) {
		e := kb.Entries[id]
		texts := e.Questions()
		for _, t := range e.Translations {
			texts = append(texts, t.Question)
			texts = append(texts, t.Phrasings...)
		}
		for _, text := range texts {
			if v := kb.Safety.Check(text).Verdict; v == clinicbot.Crisis || v == clinicbot.Advice {
				out = append(out, refusedQuestion{id, text, v})
			}
		}
	}
	return out
}
