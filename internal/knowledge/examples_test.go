package knowledge

import (
	"github.com/mindbraintms/clinicbot/internal/clinicbot"
	"reflect"
	"testing"

	shipped "github.com/mindbraintms/clinicbot/knowledge"
)

// The quick reading of safety-examples.yaml gives exactly what the YAML
// parser gives, line numbers included; a line in another form falls back.
func TestQuickExamplesAgreeWithYAML(t *testing.T) {
	data, err := shipped.FS.ReadFile("safety-examples.yaml")
	if err != nil {
		t.Fatal(err)
	}
	quick, ok := quickExamples(data)
	if !ok {
		t.Fatal("the shipped examples are not all in the one-line form")
	}
	var errs problems
	d := doc{file: "safety-examples.yaml", errs: &errs}
	set := parseEval(d, data)
	var slow []clinicbot.SafetyExample
	for _, c := range set.Cases {
		slow = append(slow, clinicbot.SafetyExample{Text: c.Text, Crisis: c.Expect == clinicbot.KindCrisis, Advice: c.Expect == clinicbot.ExpectAdvice, Line: c.Line})
	}
	if len(errs) > 0 || len(slow) < 4000 || !reflect.DeepEqual(quick, slow) {
		t.Fatalf("quick and YAML readings differ (%d and %d examples, %d problems)", len(quick), len(slow), len(errs))
	}
	for _, odd := range []string{
		"cases:\n  - {text: \"caf\\xe9\", expect: safe}\n",                         // YAML's \x is a code point, Go's a byte
		"cases:\n  - {text: \"a \\/ b\", expect: safe}\n",                          // an escape only YAML has
		"cases:\n  - {text: 'single quoted', expect: safe}\n",                      // another quoting
		"cases:\n  - {text: \"x\", expect: answer}\n",                              // not an example label: YAML reports it
		"cases:\n  - text: \"x\"\n    expect: safe\n",                              // block form
		"cases:\n- {text: \"a\", expect: safe}\n  - {text: \"b\", expect: safe}\n", // indented unlike the first: YAML reports it
		"cases:\n\t- {text: \"a\", expect: safe}\n",                                // a tab
	} {
		if _, ok := quickExamples([]byte(odd)); ok {
			t.Errorf("quickExamples read %q instead of leaving it to YAML", odd)
		}
	}
	if got, ok := quickExamples([]byte("cases:\n- {text: \"a\", expect: safe}\n- {text: \"b\", expect: crisis}\n")); !ok || len(got) != 2 || got[1].Text != "b" || !got[1].Crisis || got[1].Line != 3 {
		t.Errorf("a list at the left margin under cases: read as %+v, %v", got, ok)
	}
}

// The quick reading of the eval files the classifier learns from gives
// what the YAML parser gives; most are in the one-line form, so a load
// does not parse 90,000 cases as YAML (a list under cases: may be indented
// or not).
func TestQuickEvalCasesAgreeWithYAML(t *testing.T) {
	kb, errs := Load(shipped.FS, "knowledge")
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	if len(kb.Safety.Model.LearnFrom) < 10 {
		t.Fatalf("the shipped safety.yaml learns from %d eval files", len(kb.Safety.Model.LearnFrom))
	}
	sets := append(kb.Safety.Model.LearnFrom, kb.Safety.Model.ExamplesFrom...)
	slow := 0
	for _, f := range sets {
		data, err := shipped.FS.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		quick, ok := quickEvalCases(data)
		if !ok {
			slow++
			continue
		}
		var errs problems
		set := parseEval(doc{file: f, errs: &errs}, data)
		if len(errs) > 0 || len(quick) != len(set.Cases) {
			t.Errorf("%s: quick and YAML readings differ (%d and %d cases, %d problems)", f, len(quick), len(set.Cases), len(errs))
			continue
		}
		for i, c := range set.Cases {
			if q := quick[i]; q.Text != c.Text || q.Expect != c.Expect || q.Line != c.Line || q.Subject != c.Subject {
				t.Errorf("%s:%d: quick %q %s, YAML %q %s", f, c.Line, q.Text, q.Expect, c.Text, c.Expect)
				break
			}
		}
	}
	if slow > len(sets)/20 {
		t.Errorf("%d of %d eval files learned from are not in the one-line form", slow, len(sets))
	}
}

// Values written quoted and a comment after a case are read quickly too,
// as YAML reads them; what YAML would read otherwise is left to it.
func TestQuickEvalCasesReadQuotedValuesAndComments(t *testing.T) {
	for _, tt := range []struct {
		data  string
		quick bool
	}{
		{"cases:\n  - {text: \"a\", expect: \"crisis\", group: \"date-for-myself\"}\n", true},
		{"cases:\n  - {text: \"a\", expect: advice, lang: en, group: \"someone-else's-medicines\"}\n", true},
		{"cases:\n  - {text: \"a\", expect: crisis}  # suit, who: self\n", true},
		{"cases:\n  - {text: \"a\", expect: crisis}#no space\n", false},
		{"cases:\n  - {text: \"a\", expect: crisis, group: \"a\\\"b\"}\n", false},
		{"cases:\n  - {text: \"a\", expect: crisis, group: \"\"}\n", false},
		{"cases:\n  - {text: \"a\", expect: \"crisis}\n", false},
		// escaped quotes and backslashes in the text, one ending it
		{"cases:\n  - {text: \"she said \\\"bye\\\" and left\", expect: crisis}\n", true},
		{"cases:\n  - {text: \"ends with \\\\\", expect: safe}\n", true},
		{"cases:\n  - {text: \"a \\\\\\\"quoted\\\\\\\" b\", expect: safe}\n", true},
		// more fields than the one-line form reads: YAML reads them
		{"cases:\n  - {text: \"a\", expect: safe, a: x, b: x, c: x, d: x, e: x, f: x, g: x, h: x, i: x}\n", false},
	} {
		quick, ok := quickEvalCases([]byte(tt.data))
		if ok != tt.quick {
			t.Errorf("quickEvalCases(%q) read it: %v, want %v", tt.data, ok, tt.quick)
			continue
		}
		if !ok {
			continue
		}
		var errs problems
		set := parseEval(doc{file: "x.yaml", errs: &errs}, []byte(tt.data))
		if len(errs) > 0 || set == nil || len(set.Cases) != len(quick) || set.Cases[0].Text != quick[0].Text || set.Cases[0].Expect != quick[0].Expect {
			t.Errorf("%q: quick %+v, YAML %+v (%v)", tt.data, quick, set, errs)
		}
	}
}
