package safety

import (
	"slices"
	"testing"

	"github.com/mindbraintms/clinicbot/internal/knowledge"
	shipped "github.com/mindbraintms/clinicbot/knowledge"
)

// Every pattern that matches a message is among those its trigger offers:
// looking patterns up by their two rarest words must never lose a match.
func TestTriggersOfferEveryMatchingPattern(t *testing.T) {
	kb, errs := knowledge.Load(shipped.FS, "knowledge")
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	rules := kb.Safety
	rules.Examples = nil // no classifier: only the phrases matter here
	rules.Model.Threshold, rules.Model.AdviceThreshold = 0, 0
	d, err := New(rules)
	if err != nil {
		t.Fatal(err)
	}
	groups := []struct {
		name string
		ps   []pattern
		tr   *trigger
	}{
		{"crisis", d.crisis, &d.crisisTr}, {"others", d.other, &d.otherTr}, {"distress", d.distress, &d.distressTr},
		{"not_crisis", d.notCrisis, &d.notCrisisTr}, {"advice", d.advice, &d.adviceTr}, {"not_advice", d.notAdvice, &d.notAdviceTr},
	}
	matched := 0
	for i, ex := range kb.Safety.Examples {
		if ex.FromSet || ex.Taught || i%3 != 0 {
			continue // every third example written as such is enough: all 4,500 took 9 s, the sets' 90,000 would take minutes
		}
		words := d.tokens(ex.Text)
		for _, g := range groups {
			offered := map[int]bool{}
			g.tr.each(words, func(i int) bool { offered[i] = true; return false })
			for i := range g.ps {
				if _, _, ok := g.ps[i].find(words); ok {
					matched++
					if !offered[i] {
						t.Errorf("%s phrase %q matches %q but its trigger did not offer it", g.name, g.ps[i].src, ex.Text)
					}
				}
			}
		}
	}
	if matched < 1000 {
		t.Fatalf("only %d phrase matches over the examples: the test checks too little", matched)
	}
}

func TestSortByKeyIsASortOfTheWholeValues(t *testing.T) {
	a := make([]uint64, 5000)
	x := uint32(2463534242)
	for i := range a {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		a[i] = uint64(x%1000)<<32 | uint64(i) // many equal keys
	}
	want := slices.Clone(a)
	slices.Sort(want)
	sortByKey(a, make([]uint64, len(a)))
	if !slices.Equal(a, want) {
		t.Error("sortByKey differs from sorting the whole values")
	}
}
