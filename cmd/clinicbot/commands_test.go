package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// shippedVars runs a command on the shippedVars knowledge folder (for the tests of
// that folder itself: validate and eval).
var shippedVars = map[string]string{"CLINICBOT_KNOWLEDGE_DIR": "../../knowledge"}

// runCmd runs the real command wiring, by default on the tests' own
// knowledge folder (testdata/knowledge).
func runCmd(t *testing.T, stdin string, vars map[string]string, args ...string) (string, string, error) {
	t.Helper()
	if vars == nil {
		vars = map[string]string{"CLINICBOT_KNOWLEDGE_DIR": "testdata/knowledge"}
	}
	var out, errOut bytes.Buffer
	err := run(context.Background(), args, env(vars), strings.NewReader(stdin), &out, &errOut)
	return out.String(), errOut.String(), err
}

func TestAskJSONOneObjectPerLine(t *testing.T) {
	t.Parallel()
	in := "what are the side effects\ni want to kill myself\n\nwho won the football match\n+side -effects: \"(\n"
	out, _, err := runCmd(t, in, nil, "ask", "-json")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 5 {
		t.Fatalf("got %d lines, want 5 (one per input line):\n%s", len(lines), out)
	}
	wantKinds := []string{"answer", "crisis", "smalltalk", "fallback", "answer"}
	for i, line := range lines {
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("line %d is not JSON: %v\n%s", i+1, err, line)
		}
		for _, key := range []string{"question", "kind", "entry", "score", "text", "suggestions"} {
			if _, ok := m[key]; !ok {
				t.Errorf("line %d lacks %q: %s", i+1, key, line)
			}
		}
		if m["kind"] != wantKinds[i] {
			t.Errorf("line %d kind = %v, want %s", i+1, m["kind"], wantKinds[i])
		}
	}
	if !strings.Contains(lines[1], "14416") {
		t.Errorf("crisis answer lacks the helpline: %s", lines[1])
	}
}

func TestAskArgumentsAreOneQuestion(t *testing.T) {
	t.Parallel()
	out, _, err := runCmd(t, "", nil, "ask", "how", "much", "does", "it", "cost")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(out, "[answer cost") || !strings.Contains(out, "+91-1234500000") {
		t.Errorf("out = %q", out)
	}
}

func TestAskUsesEmbeddedKnowledgeWithoutFolder(t *testing.T) {
	dir := t.TempDir()
	wd, _ := os.Getwd()
	defer os.Chdir(wd)
	os.Chdir(dir) // no ./knowledge here
	out, _, err := runCmd(t, "is ketamine addictive\n", map[string]string{}, "ask", "-json")
	if err != nil || !strings.Contains(out, `"entry":"addiction-risk"`) {
		t.Errorf("out = %q, err = %v", out, err)
	}
}

func TestMissingKnowledgeDirIsAClearError(t *testing.T) {
	t.Parallel()
	_, _, err := runCmd(t, "", map[string]string{"CLINICBOT_KNOWLEDGE_DIR": "/no/such/dir"}, "ask", "hi")
	if err == nil || !strings.Contains(err.Error(), "knowledge_dir") {
		t.Errorf("err = %v", err)
	}
}

// chatVars runs a command on the tests' knowledge with its own data_dir.
func chatVars(t *testing.T) map[string]string {
	return map[string]string{"CLINICBOT_KNOWLEDGE_DIR": "testdata/knowledge", "CLINICBOT_DATA_DIR": t.TempDir()}
}

func TestChatPipedInput(t *testing.T) {
	t.Parallel()
	out, _, err := runCmd(t, "what are the side effects\n1\n", chatVars(t), "chat")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"you> what are the side effects", "bot> ", "     1) ", // numbered suggestions
		"you> 1", "Knowledge: ", "Data: ",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("chat output lacks %q:\n%s", want, out)
		}
	}
	// "1" picked the first suggestion instead of being matched as text.
	after := out[strings.Index(out, "you> 1"):]
	if strings.Contains(after, "don't have an answer") {
		t.Errorf("choosing 1 did not answer the suggestion:\n%s", after)
	}
}

// The terminal runs the whole conversation: a booking made in `chat` is
// stored and listed by `clinicbot handoffs`, with the name, the phone and
// the time typed.
func TestChatBooksAnAppointment(t *testing.T) {
	t.Parallel()
	vars := chatVars(t)
	out, _, err := runCmd(t, "/book\nyes\nAsha Verma\n+91 98100 00000\ntomorrow 11am\n", vars, "chat")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "+91-1234500000") || !strings.Contains(out, "staff handoff") {
		t.Errorf("chat did not give the phone and store the handoff:\n%s", out)
	}
	list, _, err := runCmd(t, "", vars, "handoffs")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"appointment", "Asha Verma", "+91 98100 00000", "tomorrow 11am"} {
		if !strings.Contains(list, want) {
			t.Errorf("handoffs lack %q:\n%s", want, list)
		}
	}
}

func TestChatCrisisShowsTheAlert(t *testing.T) {
	t.Parallel()
	out, _, err := runCmd(t, "mujhe marna hai\n", chatVars(t), "chat")
	if err != nil || !strings.Contains(out, "14416") || !strings.Contains(out, "CRISIS") {
		t.Errorf("out = %q, err = %v", out, err)
	}
}

func TestValidateShippedKnowledge(t *testing.T) {
	t.Parallel()
	out, _, err := runCmd(t, "", shippedVars, "validate")
	if err != nil || !strings.Contains(out, "ok:") {
		t.Errorf("validate: %v\n%s", err, out)
	}
}

func TestValidateBrokenFolder(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	copyDir(t, "../../knowledge", dir)
	os.WriteFile(filepath.Join(dir, "entries", "broken.md"), []byte("---\nid: cost\nquestion: Q?\ncolour: red\n---\n"), 0o644)
	out, _, err := runCmd(t, "", map[string]string{"CLINICBOT_KNOWLEDGE_DIR": dir}, "validate")
	if !errors.Is(err, errReported) {
		t.Errorf("err = %v, want exit 1", err)
	}
	broken := filepath.Join(dir, "entries", "broken.md")
	for _, want := range []string{broken + ":4: unknown key \"colour\"", broken + ":5: answer missing"} {
		if !strings.Contains(out, want) {
			t.Errorf("validate output lacks %q:\n%s", want, out)
		}
	}
}

func TestEvalShippedPassesItsThreshold(t *testing.T) {
	// Not parallel: the cross-validation takes both cores for seconds, and
	// beside the browser tests it made them time out. The shipped folder
	// with eval.yaml alone, so that the self-checks run: the 30,000 cases
	// of every set are CI's own step (.ci/run runs eval after the tests),
	// and here they cost 13 s of the minute go test ./... may take.
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS("../../knowledge")); err != nil {
		t.Fatal(err)
	}
	others, _ := filepath.Glob(filepath.Join(dir, "eval?*.yaml"))
	for _, f := range others {
		os.Remove(f)
	}
	out, _, err := runCmd(t, "", map[string]string{"CLINICBOT_KNOWLEDGE_DIR": dir}, "eval")
	if err != nil {
		t.Errorf("eval failed: %v\n%s", err, out)
	}
	for _, want := range []string{"answer ", "crisis ", "fallback ", "total ", "matcher self-check", "safety self-check", "safety self-check (a crisis beside a question): of the "} {
		if !strings.Contains(out, want) {
			t.Errorf("eval output lacks %q", want)
		}
	}
	// The shipped knowledge agrees with itself: none of its questions is a
	// crisis to the safety check, none is another entry's word for word.
	for _, bad := range []string{"gets the crisis reply", "same words to the matcher"} {
		if strings.Contains(out, bad) {
			t.Errorf("eval reports %q on the shipped knowledge:\n%s", bad, out)
		}
	}
}

func TestEvalBelowThresholdFails(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "cases.yaml")
	os.WriteFile(path, []byte("threshold: 1\ncases:\n  - {text: what are the side effects, expect: answer, entry: cost}\n  - {text: hello, expect: smalltalk}\n"), 0o644)
	out, _, err := runCmd(t, "", nil, "eval", path)
	if !errors.Is(err, errReported) {
		t.Errorf("err = %v, want failure below threshold", err)
	}
	if !strings.Contains(out, `MISS line 3: "what are the side effects": want answer cost, got answer side-effects`) || !strings.Contains(out, "1/2") {
		t.Errorf("out = %s", out)
	}
}

func TestUnknownCommand(t *testing.T) {
	t.Parallel()
	_, errOut, err := runCmd(t, "", nil, "fly")
	if err == nil || !strings.Contains(errOut, `unknown command "fly"`) || !strings.Contains(errOut, "usage") {
		t.Errorf("err = %v, stderr = %q", err, errOut)
	}
}

func copyDir(t *testing.T, from, to string) {
	t.Helper()
	if err := os.CopyFS(to, os.DirFS(from)); err != nil {
		t.Fatal(err)
	}
}

// report and handoffs on a folder without a store create none and say so.
func TestReportWithoutDataCreatesNothing(t *testing.T) {
	t.Parallel()
	dir := filepath.Join(t.TempDir(), "data")
	vars := map[string]string{"CLINICBOT_KNOWLEDGE_DIR": "testdata/knowledge", "CLINICBOT_DATA_DIR": dir}
	for _, cmd := range []string{"report", "handoffs"} {
		out, _, err := runCmd(t, "", vars, cmd)
		if err != nil || !strings.Contains(out, "no data yet") {
			t.Errorf("%s = %v:\n%s", cmd, err, out)
		}
	}
	if _, err := os.Stat(dir); err == nil {
		t.Error("report created a data folder")
	}
}

// eval tells the admin about questions of their own knowledge that can
// never be answered as written: one the safety check takes for a crisis,
// one it refuses as a request for personal advice, and two of different
// entries that are the same words to the matcher.
func TestEvalReportsQuestionsTheKnowledgeCannotAnswer(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	copyDir(t, "testdata/knowledge", dir)
	os.WriteFile(filepath.Join(dir, "entries", "tired.md"), []byte("---\nid: tired\nquestion: Will I feel tired after a session?\nphrasings:\n  - \"i want to kill myself after sessions\"\n  - \"how much does it cost\"\n  - \"should i stop my tablets before a session\"\n---\nSome people feel tired.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "eval.yaml"), []byte("threshold: 0\ncases:\n  - {text: what is the price, expect: answer, entry: cost}\n"), 0o644)
	out, _, err := runCmd(t, "", map[string]string{"CLINICBOT_KNOWLEDGE_DIR": dir}, "eval")
	if err != nil {
		t.Fatalf("eval: %v\n%s", err, out)
	}
	for _, want := range []string{
		`tired asks "i want to kill myself after sessions", which gets the crisis reply`,
		`"how much does it cost"`, "are the same words to the matcher",
		"1 of the knowledge's questions and phrasings get the medical-advice refusal, not their entry (tired 1)",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("eval output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, `asks "how much does it cost", which gets the crisis reply`) {
		t.Error("an ordinary question was reported as a crisis")
	}
}
