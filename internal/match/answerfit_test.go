package match_test

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/mindbraintms/clinicbot/internal/clinicbot"
	"github.com/mindbraintms/clinicbot/internal/dialog"
	"github.com/mindbraintms/clinicbot/internal/knowledge"
)

// The answer decision for entries of few phrasings weighs the ranking's
// numbers with a model fitted on these folders (dialog/answerprob.go):
// on their customers' messages it must answer at least as many rightly as
// the coverage thresholds alone, and fewer wrongly or off the topic.
// With FAQ_FEATURES set to a file, the numbers of every message are
// written there, for internal/dialog/testdata/fit_answer.py to fit.
func TestAnswerModelOnFAQFolders(t *testing.T) {
	var out *os.File
	if path := os.Getenv("FAQ_FEATURES"); path != "" {
		f, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		out = f
	}
	coverageOnly := dialog.DefaultThresholds()
	coverageOnly.AnswerAt = 0
	type tally struct{ right, wrong, off int }
	var model, plain tally
	// folders written after the model was fitted and kept out of its fit
	// (fit_answer.py's HELD_OUT): there it must do no worse either
	heldOut := map[string]bool{"proptax": true, "yoga": true, "schooladm": true, "cablecar": true}
	var heldModel, heldPlain tally
	count := func(tl *tally, answered bool, c clinicbot.EvalCase, hits []clinicbot.Hit) {
		switch {
		case !answered:
		case c.Expect != "answer":
			tl.off++
		case hits[0].EntryID == c.Entry:
			tl.right++
		default:
			tl.wrong++
		}
	}
	ds, err := os.ReadDir("testdata")
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range ds {
		if !d.IsDir() || d.Name() == "otherdomain" {
			continue
		}
		folder := d.Name()
		ix, entries := faqFolder(t, folder)
		few := map[string]bool{}
		for _, e := range entries {
			few[e.ID] = len(e.Phrasings) <= dialog.FewPhrasings
		}
		name := folder + "-cases.yaml"
		set, problems := knowledge.LoadEval(os.DirFS("testdata"), name, name)
		if len(problems) > 0 {
			t.Fatal(problems)
		}
		for _, c := range set.Cases {
			hits, err := ix.Search(context.Background(), c.Text, 3)
			if err != nil {
				t.Fatal(err)
			}
			if len(hits) == 0 {
				continue
			}
			fw := few[hits[0].EntryID]
			count(&model, dialog.DefaultThresholds().AnswersAmong(hits, fw), c, hits)
			count(&plain, coverageOnly.AnswersAmong(hits, fw), c, hits)
			if heldOut[folder] {
				count(&heldModel, dialog.DefaultThresholds().AnswersAmong(hits, fw), c, hits)
				count(&heldPlain, coverageOnly.AnswersAmong(hits, fw), c, hits)
			}
			if out != nil {
				row := []string{folder, string(c.Expect), c.Entry}
				for i := 0; i < 3; i++ {
					if i < len(hits) {
						h := hits[i]
						row = append(row, h.EntryID, fmt.Sprintf("%.4f", h.Coverage), fmt.Sprintf("%.4f", h.Similarity),
							fmt.Sprintf("%.4f", h.Score), fmt.Sprint(h.Matched), fmt.Sprintf("%.4f", h.Confidence))
					} else {
						row = append(row, "-", "0", "0", "0", "0", "0")
					}
				}
				row = append(row, fmt.Sprint(coverageOnly.AnswersAmong(hits, fw)), fmt.Sprint(fw), strings.ReplaceAll(c.Text, "\t", " "))
				fmt.Fprintln(out, strings.Join(row, "\t"))
			}
		}
	}
	t.Logf("answered rightly %d, wrongly %d, off the topic %d (coverage thresholds alone: %d, %d, %d)",
		model.right, model.wrong, model.off, plain.right, plain.wrong, plain.off)
	if model.right < plain.right || model.wrong+model.off >= plain.wrong+plain.off {
		t.Errorf("the answer model does no better than coverage alone: right %d < %d or errors %d >= %d",
			model.right, plain.right, model.wrong+model.off, plain.wrong+plain.off)
	}
	t.Logf("held out of the fit: rightly %d, wrongly %d, off the topic %d (coverage alone: %d, %d, %d)",
		heldModel.right, heldModel.wrong, heldModel.off, heldPlain.right, heldPlain.wrong, heldPlain.off)
	if heldModel.right < heldPlain.right || heldModel.wrong+heldModel.off > heldPlain.wrong+heldPlain.off {
		t.Errorf("on the folders kept out of the fit the answer model does worse than coverage alone")
	}
}
