package knowledge

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"testing/fstest"
	"time"

	"github.com/mindbraintms/clinicbot/internal/clinicbot"
)

const okClinic = "name: Test Clinic\nphone: \"+91-9971774999\"\nemail: a@b.c\n"

const okSafety = `crisis:
  phrases: [kill myself]
  reply: "help is here {helplines}"
helplines:
  - {name: Line, number: "14416", last_verified: 2026-01-01}
`

func entry(id, question, answer string) string {
	return "---\nid: " + id + "\nquestion: " + question + "\nphrasings:\n  - " + question + " please\n---\n" + answer + "\n"
}

// folder returns a valid knowledge folder with extra files added.
func folder(extra map[string]string) fstest.MapFS {
	fs := fstest.MapFS{
		"clinic.yaml":         {Data: []byte(okClinic)},
		"safety.yaml":         {Data: []byte(okSafety)},
		"entries/cost.md":     {Data: []byte(entry("cost", "How much does it cost?", "Call us."))},
		"entries/side-fx.md":  {Data: []byte(entry("side-effects", "What are the side effects?", "Nausea."))},
		"entries/README.md":   {Data: []byte("not an entry")},
		"entries/.swp.md":     {Data: []byte("editor junk")},
		"entries/notes.txt":   {Data: []byte("ignored")},
		"synonyms.yaml":       {Data: []byte("groups:\n  - [cost, price]\nkinds:\n  ketamine: [esketamine, spravato]\nunstemmed: [fasting]\n")},
		"entries/sub/deep.md": {Data: []byte(entry("deep", "Is there a deep entry?", "Yes."))},
	}
	for name, data := range extra {
		if data == "" {
			delete(fs, name)
			continue
		}
		fs[name] = &fstest.MapFile{Data: []byte(data)}
	}
	return fs
}

func TestLoadValidFolder(t *testing.T) {
	kb, errs := Load(folder(nil), "knowledge")
	if len(errs) > 0 {
		t.Fatalf("unexpected problems: %v", errs)
	}
	if got := len(kb.Entries); got != 3 {
		t.Fatalf("entries = %d, want 3 (README, dotfiles and .txt are not entries)", got)
	}
	e := kb.Entry("cost")
	if e == nil || e.Answer != "Call us." || e.Kind != clinicbot.KindAnswer || len(e.Phrasings) != 1 {
		t.Errorf("cost entry = %+v", e)
	}
	if kb.Clinic.Phone != "+91-9971774999" || len(kb.Synonyms) != 3 || kb.Synonyms[1].Broader != "ketamine" || !kb.Synonyms[2].Whole || len(kb.Safety.Helplines) != 1 {
		t.Errorf("clinic/synonyms/safety not read: %+v %v %+v", kb.Clinic, kb.Synonyms, kb.Safety)
	}
	if kb.Messages.Fallback == "" {
		t.Error("missing messages must get defaults")
	}
}

func TestLoadReportsProblemsWithFileAndLine(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  string // substring of one reported problem
	}{
		{"no front matter", map[string]string{"entries/x.md": "just text\n"}, "knowledge/entries/x.md:1: front matter missing"},
		{"unclosed front matter", map[string]string{"entries/x.md": "---\nid: x\nquestion: q\n"}, "knowledge/entries/x.md:1: front matter is not closed"},
		{"bad yaml", map[string]string{"entries/x.md": "---\nid: x\nquestion: [unclosed\n---\nA\n"}, "knowledge/entries/x.md:"},
		{"empty answer", map[string]string{"entries/x.md": "---\nid: x\nquestion: Q?\n---\n\n  \n"}, "knowledge/entries/x.md:4: answer missing"},
		{"misspelt placeholder", map[string]string{"entries/x.md": "---\nid: x\nquestion: Q?\n---\nCall {phnoe}.\n"}, "knowledge/entries/x.md:5: unknown placeholder {phnoe}"},
		{"missing id", map[string]string{"entries/x.md": "---\nquestion: Q?\n---\nA\n"}, "knowledge/entries/x.md:2: id missing"},
		{"bad id", map[string]string{"entries/x.md": "---\nid: Bad Id\nquestion: Q?\n---\nA\n"}, "knowledge/entries/x.md:2: id \"Bad Id\""},
		{"unknown key", map[string]string{"entries/x.md": "---\nid: x\nquestion: Q?\nanswr: oops\n---\nA\n"}, "knowledge/entries/x.md:4: unknown key \"answr\""},
		{"bad kind", map[string]string{"entries/x.md": "---\nid: x\nkind: faq\nquestion: Q?\n---\nA\n"}, "knowledge/entries/x.md:3: kind \"faq\""},
		{"duplicate id", map[string]string{"entries/z.md": entry("cost", "Another cost question?", "B")}, "knowledge/entries/z.md:2: duplicate id \"cost\": already used by knowledge/entries/cost.md:2"},
		{"same phrasing twice", map[string]string{"entries/z.md": "---\nid: z\nquestion: Other?\nphrasings:\n  - How much does it COST\n---\nA\n"}, "knowledge/entries/z.md:5: phrasing \"How much does it COST\" is also in entry \"cost\""},
		{"dangling follow-up", map[string]string{"entries/z.md": "---\nid: z\nquestion: Other?\nfollow_ups: [cost, nowhere]\n---\nA\n"}, "follow-up \"nowhere\" names no entry"},
		{"non-UTF-8", map[string]string{"entries/z.md": "---\nid: z\nquestion: Q\xff?\n---\nA\n"}, "knowledge/entries/z.md:3: file is not valid UTF-8"},
		{"huge file", map[string]string{"entries/z.md": "---\nid: z\nquestion: Q?\n---\n" + strings.Repeat("a", 5<<20)}, "knowledge/entries/z.md: file is 5.2 MB"},
		{"clinic without phone", map[string]string{"clinic.yaml": "name: X\n"}, "knowledge/clinic.yaml:1: phone missing"},
		{"clinic unknown key", map[string]string{"clinic.yaml": okClinic + "fone: 1\n"}, "knowledge/clinic.yaml:4: unknown key \"fone\""},
		{"missing safety", map[string]string{"safety.yaml": ""}, "knowledge/safety.yaml: missing"},
		{"helpline without date", map[string]string{"safety.yaml": strings.Replace(okSafety, ", last_verified: 2026-01-01", "", 1)}, "needs last_verified"},
		{"helpline's Hindi name not in Devanagari", map[string]string{"safety.yaml": strings.Replace(okSafety, "name: Line,", "name: Line, name_hi: Line in Hindi,", 1)}, "name_hi must be written in Devanagari"},
		{"bad safety pattern", map[string]string{"safety.yaml": strings.Replace(okSafety, "[kill myself]", "[\"...\"]", 1)}, "has no words"},
		{"unknown word class", map[string]string{"safety.yaml": strings.Replace(okSafety, "[kill myself]", "[\"want to @method\"]", 1)}, "unknown word class @method: define it under words:"},
		{"classifier threshold out of range", map[string]string{"safety.yaml": okSafety + "model:\n  threshold: 7\n"}, "model.threshold must be a number from 0 to 1"},
		{"classifier risk class unknown", map[string]string{"safety.yaml": okSafety + "model:\n  threshold: 0.6\n  risk_classes: [nothing]\n"}, "model: unknown word class \"nothing\" in risk_classes or advice_classes"},
		{"learn_from names no eval file", map[string]string{"safety.yaml": okSafety + "model:\n  threshold: 0.6\n  learn_from: [eval-nothing.yaml]\n"}, `model.learn_from: "eval-nothing.yaml" is no eval file of the folder`},
		{"examples_from names no eval file", map[string]string{"safety.yaml": okSafety + "model:\n  threshold: 0.6\n  examples_from: [eval-nothing.yaml]\n"}, `model.examples_from: "eval-nothing.yaml" is no eval file of the folder`},
		{"learn_from a broken eval file", map[string]string{"safety.yaml": okSafety + "model:\n  threshold: 0.6\n  learn_from: [eval-x.yaml]\n", "eval-x.yaml": "cases:\n  - {text: \"hi\", expect: nonsense}\n"}, "knowledge/eval-x.yaml:2"},
		{"example with a bad label", map[string]string{"safety-examples.yaml": "cases:\n  - {text: \"hi\", expect: answer}\n"}, "knowledge/safety-examples.yaml:2: expect \"answer\": an example is crisis, safe or advice"},
		{"one-word synonym group", map[string]string{"synonyms.yaml": "groups:\n  - [alone]\n"}, "knowledge/synonyms.yaml:2: a synonym group needs at least two words"},
		{"synonym group of expressions only", map[string]string{"synonyms.yaml": "groups:\n  - [get in touch, reach out]\n"}, "knowledge/synonyms.yaml:2: a synonym group of expressions needs one single word they are read as"},
		{"requests on an answer", map[string]string{"entries/z.md": "---\nid: z\nquestion: Other?\nrequests: [\"book ...3 appointment\"]\n---\nA\n"}, "knowledge/entries/z.md:4: requests: is only for entries of kind: handoff"},
		{"kinds not a mapping", map[string]string{"synonyms.yaml": "kinds:\n  - [ketamine, spravato]\n"}, "knowledge/synonyms.yaml:2: kinds must map a word"},
		{"a safety part naming an unknown class", map[string]string{"safety-more.yaml": "advice:\n  phrases: [\"stop @nothing\"]\n"}, "knowledge/safety-more.yaml:2: advice.phrases: unknown word class @nothing"},
		{"a safety part defining a class again", map[string]string{"safety.yaml": okSafety + "words:\n  med: [lithium]\n", "safety-more.yaml": "words:\n  med: [sertraline]\n"}, "knowledge/safety-more.yaml:2: word class \"med\" appears twice"},
		{"a reply in a safety part", map[string]string{"safety-more.yaml": "crisis:\n  reply: \"hi\"\n"}, "knowledge/safety-more.yaml:2: unknown key \"reply\" in crisis"},
		{"a word with no kinds", map[string]string{"synonyms.yaml": "kinds:\n  ketamine: []\n"}, "knowledge/synonyms.yaml:2: a kinds line needs a word and at least one kind"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, errs := Load(folder(tt.files), "knowledge")
			var all []string
			for _, e := range errs {
				all = append(all, e.Error())
			}
			joined := strings.Join(all, "\n")
			if !strings.Contains(joined, tt.want) {
				t.Errorf("problems:\n%s\nwant one containing %q", joined, tt.want)
			}
		})
	}
}

// A handoff entry's request phrases, and its translation's, reach the
// safety rules with the entry's id, for the detector to compile.
func TestRequestsOfHandoffEntries(t *testing.T) {
	kb, errs := Load(folder(map[string]string{
		"handoff/book.md":    "---\nid: book\nkind: handoff\nquestion: I want an appointment\nrequests:\n  - \"fix ...3 appointment\"\n---\nCall us.\n",
		"hi/handoff/book.md": "---\nid: book\nlang: hi\nquestion: अपॉइंटमेंट चाहिए\nrequests: [\"अपॉइंटमेंट ...3 चाहिए\"]\n---\nकॉल करें।\n",
	}), "knowledge")
	if len(errs) > 0 {
		t.Fatalf("problems: %v", errs)
	}
	want := []clinicbot.RequestPhrase{
		{Entry: "book", File: "knowledge/handoff/book.md", Phrase: "fix ...3 appointment"},
		{Entry: "book", File: "knowledge/handoff/book.md", Phrase: "अपॉइंटमेंट ...3 चाहिए"},
	}
	if got := kb.Safety.Requests; len(got) != len(want) || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("requests = %+v, want %+v", got, want)
	}
}

func TestLoadKeepsValidEntriesBesideBrokenOnes(t *testing.T) {
	kb, errs := Load(folder(map[string]string{"entries/broken.md": "---\nid: [\n---\n"}), "knowledge")
	if len(errs) == 0 {
		t.Fatal("broken entry not reported")
	}
	if kb.Entry("cost") == nil || kb.Entry("side-effects") == nil {
		t.Error("valid entries must still load next to a broken one")
	}
}

func TestLoadEmptyFolder(t *testing.T) {
	kb, errs := Load(fstest.MapFS{}, "knowledge")
	if kb == nil || len(kb.Entries) != 0 {
		t.Fatalf("kb = %+v", kb)
	}
	joined := ""
	for _, e := range errs {
		joined += e.Error() + "\n"
	}
	for _, want := range []string{"knowledge: no entries", "knowledge/clinic.yaml: missing", "knowledge/safety.yaml: missing"} {
		if !strings.Contains(joined, want) {
			t.Errorf("problems:\n%swant %q", joined, want)
		}
	}
}

func TestLoadEval(t *testing.T) {
	fs := fstest.MapFS{"eval.yaml": {Data: []byte("threshold: 0.8\ncases:\n  - {text: hi, expect: smalltalk}\n  - {text: x, expect: wrong}\n")}}
	set, errs := LoadEval(fs, "eval.yaml", "knowledge/eval.yaml")
	if set == nil || set.Threshold != 0.8 || len(set.Cases) != 1 {
		t.Fatalf("set = %+v", set)
	}
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "knowledge/eval.yaml:4: expect \"wrong\"") {
		t.Errorf("errs = %v", errs)
	}
}

// A link to a file outside the folder, or a pipe named like an entry, is
// refused with its name, and never read: a pipe would block the loader
// (and every reload) forever (issue 12, item 15).
func TestLinksAndPipesAreRefused(t *testing.T) {
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS("../../internal/conversation/testdata/knowledge")); err != nil {
		t.Fatal(err)
	}
	outside := filepath.Join(t.TempDir(), "secret.md")
	os.WriteFile(outside, []byte("---\nid: secret\nquestion: Secret?\n---\nOUTSIDE-THE-FOLDER\n"), 0o644)
	if err := os.Symlink(outside, filepath.Join(dir, "entries", "link.md")); err != nil {
		t.Skip("no symlinks here:", err)
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "entries", "pipe.md"), 0o644); err != nil {
		t.Skip("no fifos here:", err)
	}
	done := make(chan struct{})
	var kb *Knowledge
	var problems []*clinicbot.Error
	go func() { kb, problems = Load(os.DirFS(dir), dir); close(done) }()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("Load blocked on a pipe")
	}
	var got []string
	for _, p := range problems {
		got = append(got, p.Error())
	}
	all := strings.Join(got, "\n")
	for _, want := range []string{"link.md: not a plain file", "pipe.md: not a plain file"} {
		if !strings.Contains(all, want) {
			t.Errorf("problems lack %q:\n%s", want, all)
		}
	}
	if kb.Entry("secret") != nil {
		t.Error("an entry was read through a link to outside the folder")
	}
}

// Hindi versions: merged into their entry, checked for Devanagari and for
// an English entry to translate; entries without one are warned about.
func TestHindiVersions(t *testing.T) {
	hi := func(id, q, a string) string {
		return "---\nid: " + id + "\nlang: hi\nquestion: " + q + "\nphrasings:\n  - " + q + " बताइए\n---\n" + a + "\n"
	}
	k, problems := Load(folder(map[string]string{
		"entries/cost.md":    entry("cost", "How much does it cost?", "It depends."),
		"entries/hours.md":   entry("hours", "When are you open?", "Weekdays."),
		"hi/entries/cost.md": hi("cost", "इसका खर्च कितना है?", "यह इलाज पर निर्भर करता है।"),
		"hi/entries/nope.md": hi("nope", "यह क्या है?", "कुछ नहीं।"),
		"hi/entries/bad.md":  hi("hours", "कब खुले हैं?", "We are open on weekdays."),
	}), "k")
	var got []string
	for _, p := range problems {
		got = append(got, p.Error())
	}
	all := strings.Join(got, "\n")
	for _, want := range []string{`k/hi/entries/nope.md:2: no entry with id "nope"`, "k/hi/entries/bad.md", "not in Devanagari"} {
		if !strings.Contains(all, want) {
			t.Errorf("problems lack %q:\n%s", want, all)
		}
	}
	cost := k.Entry("cost")
	if tr := cost.Translations["hi"]; tr.Answer != "यह इलाज पर निर्भर करता है।" || tr.Question != "इसका खर्च कितना है?" {
		t.Errorf("cost's Hindi version = %+v", tr)
	}
	found := false
	for _, p := range cost.Phrasings {
		found = found || p == "इसका खर्च कितना है?"
	}
	if !found {
		t.Errorf("the Hindi question is not a phrasing of the entry: %q", cost.Phrasings)
	}
	var warned bool
	for _, w := range k.Warnings {
		warned = warned || strings.Contains(w.Msg, `"hours" has no Hindi version`)
	}
	if !warned {
		t.Errorf("no warning for the entry without Hindi: %v", k.Warnings)
	}
}

// An over-indented "- item" that YAML would fold into the phrasing above it
// is an error naming the line (issue 15), and several mistakes in one
// folder are all reported in one run.
func TestOverIndentedPhrasingAndSeveralMistakes(t *testing.T) {
	_, problems := Load(folder(map[string]string{
		"entries/tms.md":   "---\nid: tms\nquestion: What is TMS?\nphrasings:\n  - what is tms\n    - tms kya hai\n---\nA treatment.\n",
		"entries/copy.md":  entry("cost", "How much is it?", "Call."),
		"entries/nokey.md": "---\nid: nokey\nquestoin: Hi?\n---\nHello.\n",
	}), "k")
	var got []string
	for _, p := range problems {
		got = append(got, p.Error())
	}
	all := strings.Join(got, "\n")
	for _, want := range []string{"k/entries/tms.md:5: phrasing", "runs on into the next line", `duplicate id "cost"`, `unknown key "questoin"`} {
		if !strings.Contains(all, want) {
			t.Errorf("problems lack %q:\n%s", want, all)
		}
	}
}

// Common YAML mistakes are explained in plain words (issue 15).
func TestYAMLErrorsAreExplained(t *testing.T) {
	_, problems := Load(folder(map[string]string{
		"entries/colon.md": "---\nid: colon\nquestion: Note: call first?\n---\nAnswer.\n",
	}), "k")
	var got []string
	for _, p := range problems {
		got = append(got, p.Error())
	}
	if all := strings.Join(got, "\n"); !strings.Contains(all, `k/entries/colon.md:3`) || !strings.Contains(all, "must be in quotes") {
		t.Errorf("problems = %s", all)
	}
}

// Of two files with the same id, the newer one (a copy being edited) is
// blamed, and both files are named.
func TestDuplicateIDBlamesTheNewerFile(t *testing.T) {
	old, newer := time.Now().Add(-time.Hour), time.Now()
	fsys := folder(nil)
	fsys["entries/a-copy.md"] = &fstest.MapFile{Data: []byte(entry("cost", "How much is it?", "Call.")), ModTime: newer}
	fsys["entries/cost.md"].ModTime = old
	_, problems := Load(fsys, "k")
	var got []string
	for _, p := range problems {
		got = append(got, p.Error())
	}
	if all := strings.Join(got, "\n"); !strings.Contains(all, `k/entries/a-copy.md:2: duplicate id "cost": already used by k/entries/cost.md:2`) {
		t.Errorf("problems = %s", all)
	}
}

// The eval sets model.examples_from names give the crisis classifiers
// their crisis, safe and advice cases as examples (Taught); a question the
// knowledge answers is taught to the advice classifier alone (Asked).
func TestExamplesFromTakesCrisisSafeAndAdviceCases(t *testing.T) {
	fs := folder(map[string]string{
		"safety.yaml": okSafety + "model:\n  threshold: 0.6\n  examples_from: [eval-x.yaml]\n",
		"eval-x.yaml": "threshold: 0\ncases:\n" +
			"  - {text: \"i will end it tonight\", expect: crisis}\n" +
			"  - {text: \"this traffic is killing me\", expect: safe}\n" +
			"  - {text: \"can i stop my sertraline\", expect: advice}\n" +
			"  - {text: \"how much does it cost\", expect: answer, entry: cost}\n",
	})
	kb, errs := Load(fs, "knowledge")
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	got := map[string]clinicbot.SafetyExample{}
	for _, ex := range kb.Safety.Examples {
		if ex.Taught {
			got[ex.Text] = ex
		}
	}
	if len(got) != 4 || !got["i will end it tonight"].Crisis || got["this traffic is killing me"].Crisis || !got["can i stop my sertraline"].Advice {
		t.Errorf("taught examples = %+v, want the crisis, safe and advice cases as labelled", got)
	}
	for text, ex := range got {
		if asked := text == "how much does it cost"; ex.Asked != asked {
			t.Errorf("%q: Asked = %v, want %v (only a question the knowledge answers is for the advice classifier alone)", text, ex.Asked, asked)
		}
	}
}

// A safety part (safety-NAME.yaml) adds its word classes and phrases to
// safety.yaml's, so the rules can grow past one file's size (round 69:
// safety.yaml had reached it); safety-examples.yaml is no part.
func TestSafetyPartsJoinSafetyYAML(t *testing.T) {
	k, errs := Load(folder(map[string]string{
		"safety.yaml":      okSafety + "words:\n  med: [lithium]\n",
		"safety-more.yaml": "words:\n  stop: [stop, quit]\ncrisis:\n  phrases: [end it all]\nadvice:\n  phrases: [\"@stop ...2 @med\"]\n  not_advice: [stop smoking]\n",
	}), "knowledge")
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	s := k.Safety
	if !slices.Equal(s.CrisisPhrases, []string{"kill myself", "end it all"}) {
		t.Errorf("crisis phrases %q, want safety.yaml's and the part's", s.CrisisPhrases)
	}
	if !slices.Equal(s.AdvicePhrases, []string{"@stop ...2 @med"}) || !slices.Equal(s.NotAdvice, []string{"stop smoking"}) {
		t.Errorf("advice phrases %q, not_advice %q: want the part's", s.AdvicePhrases, s.NotAdvice)
	}
	if len(s.Words["med"]) != 1 || len(s.Words["stop"]) != 2 {
		t.Errorf("word classes %v: want both files'", s.Words)
	}
}
