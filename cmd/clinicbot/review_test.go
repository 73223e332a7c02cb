package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mindbraintms/clinicbot/internal/clinicbot"
	"github.com/mindbraintms/clinicbot/internal/store"
)

// review lists what went unanswered with its nearest entries (personal
// data masked), and -apply adds a phrasing that ask then matches.
func TestReviewTurnsQuestionsIntoPhrasings(t *testing.T) {
	t.Parallel()
	kdir := filepath.Join(t.TempDir(), "knowledge")
	copyDir(t, "testdata/knowledge", kdir)
	data := filepath.Join(t.TempDir(), "data")
	vars := map[string]string{"CLINICBOT_KNOWLEDGE_DIR": kdir, "CLINICBOT_DATA_DIR": data}
	const q = "any concession for students on the fees"
	if out, _, _ := runCmd(t, q+"\n", vars, "ask", "-json"); strings.Contains(out, `"entry":"cost"`) {
		t.Fatalf("already answered before the review: %s", out)
	}
	db, err := store.Open(data)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 3; i++ {
		db.RecordQuestion(clinicbot.Question{ChatID: "web:1", Text: q, Kind: "fallback", At: time.Now()})
	}
	db.RecordQuestion(clinicbot.Question{ChatID: "web:2", Text: "call me on +91 98100 12345 about the price", Kind: "fallback", At: time.Now()})
	db.Close()

	out, _, err := runCmd(t, "", vars, "review", "-json")
	if err != nil {
		t.Fatal(err)
	}
	var items []struct {
		Question   string
		Count      int
		Candidates []struct{ Entry string }
	}
	if err := json.Unmarshal([]byte(out), &items); err != nil || len(items) != 2 {
		t.Fatalf("review -json = %v:\n%s", err, out)
	}
	if items[0].Question != q || items[0].Count != 3 || len(items[0].Candidates) == 0 {
		t.Errorf("first item = %+v", items[0])
	}
	if strings.Contains(out, "98100") || !strings.Contains(out, "[phone]") {
		t.Errorf("the phone number was not masked:\n%s", out)
	}

	decisions := filepath.Join(t.TempDir(), "decisions.jsonl")
	os.WriteFile(decisions, []byte(`{"question": "`+q+`", "entry": "cost"}`+"\n"), 0o644)
	if out, _, err := runCmd(t, "", vars, "review", "-apply", decisions); err != nil || !strings.Contains(out, "added") {
		t.Fatalf("review -apply = %v:\n%s", err, out)
	}
	if out, _, err := runCmd(t, "", vars, "validate"); err != nil {
		t.Fatalf("validate after review: %v\n%s", err, out)
	}
	if out, _, _ := runCmd(t, q+"\n", vars, "ask", "-json"); !strings.Contains(out, `"entry":"cost"`) {
		t.Errorf("ask after the review = %s", out)
	}
	// A phrasing that would break the folder (another entry has it) changes nothing.
	before, _ := os.ReadFile(filepath.Join(kdir, "entries", "cost.md"))
	os.WriteFile(decisions, []byte(`{"question": "what are the side effects", "entry": "cost"}`+"\n"), 0o644)
	if _, _, err := runCmd(t, "", vars, "review", "-apply", decisions); err == nil {
		t.Error("a phrasing of another entry was added")
	}
	if after, _ := os.ReadFile(filepath.Join(kdir, "entries", "cost.md")); string(after) != string(before) {
		t.Error("a refused review left the file changed")
	}
}
