// Package safety detects crisis messages (suicidal thoughts, self-harm,
// overdose) and requests for personal medical advice, in English, Hindi
// and Hinglish, from the phrases in safety.yaml. It has no dependencies
// beyond the domain package, and a Detector is safe for concurrent use.
package safety

import (
	"errors"
	"fmt"

	"github.com/mindbraintms/clinicbot/internal/clinicbot"
)

// Detector checks messages against compiled safety phrases.
type Detector struct {
	crisis, notCrisis, advice []pattern
}

// New compiles the rules. It returns an error naming every bad phrase, and
// an error when there are no crisis phrases at all.
func New(rules clinicbot.SafetyRules) (*Detector, error) {
	var errs []error
	compileAll := func(src []string) []pattern {
		var out []pattern
		for _, s := range src {
			p, err := compile(s)
			if err != nil {
				errs = append(errs, err)
				continue
			}
			out = append(out, p)
		}
		return out
	}
	d := &Detector{
		crisis:    compileAll(rules.CrisisPhrases),
		notCrisis: compileAll(rules.NotCrisis),
		advice:    compileAll(rules.AdvicePhrases),
	}
	if len(d.crisis) == 0 {
		errs = append(errs, errors.New("no crisis phrases: crisis detection cannot work"))
	}
	if err := errors.Join(errs...); err != nil {
		return nil, fmt.Errorf("safety rules: %w", err)
	}
	return d, nil
}

// Check classifies text. Crisis wins over advice.
func (d *Detector) Check(text string) clinicbot.SafetyResult {
	words := Normalize(text)
	if len(words) == 0 {
		return clinicbot.SafetyResult{}
	}
	masked := append([]string(nil), words...)
	for i := range d.notCrisis {
		p := &d.notCrisis[i]
		for from := 0; from < len(masked); {
			s, e, ok := p.find(masked[from:])
			if !ok || e == s {
				break
			}
			for j := from + s; j < from+e; j++ {
				masked[j] = ""
			}
			from += e
		}
	}
	for i := range d.crisis {
		if _, _, ok := d.crisis[i].find(masked); ok {
			return clinicbot.SafetyResult{Verdict: clinicbot.Crisis, Phrase: d.crisis[i].src}
		}
	}
	for i := range d.advice {
		if _, _, ok := d.advice[i].find(words); ok {
			return clinicbot.SafetyResult{Verdict: clinicbot.Advice, Phrase: d.advice[i].src}
		}
	}
	return clinicbot.SafetyResult{}
}
