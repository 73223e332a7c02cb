package match

import (
	"bytes"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"
)

// stemsName is a token filter run after Porter stemming that joins the
// stems Porter leaves apart for one word: a verb in -ic takes a k before
// -ing and -ed ("panicking", "panicked", "picnicking"), which Porter
// stems to "panick" while "panic" stays "panic". A stem of six or more
// letters ending in "ick" loses the k, in the knowledge and in messages
// alike ("What if I panic?" finds the entry tagged "panicking"); short
// words ("pick", "trick", "quick") are left alone.
const stemsName = "clinicbot_stems"

func init() {
	registry.RegisterTokenFilter(stemsName, func(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) {
		return stemsFilter{}, nil
	})
	registry.RegisterTokenFilter(keptName, func(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) {
		return keptFilter{}, nil
	})
}

type stemsFilter struct{}

func (stemsFilter) Filter(input analysis.TokenStream) analysis.TokenStream {
	for _, t := range input {
		if len(t.Term) >= 6 && bytes.HasSuffix(t.Term, []byte("ick")) {
			t.Term = t.Term[:len(t.Term)-1]
		}
	}
	return input
}

// keptName is a token filter run before Porter stemming that keeps whole
// the words Porter would fold into another word of a different sense in
// every service: "timings" (when a place is open, in Indian English) is
// not "time" ("how much time does it take"). Plural and singular are one
// term. (A folder's synonyms.yaml "unstemmed:" keeps its own words whole
// as typed, through Bleve's keyword filter; these are kept in every
// folder, and need their two forms joined, which that filter cannot do.)
const keptName = "clinicbot_kept"

var keptWords = map[string]string{"timings": "timing", "timing": "timing"}

// keptTerms are the terms keptWords makes.
var keptTerms = func() map[string]bool {
	out := map[string]bool{}
	for _, w := range keptWords {
		out[w] = true
	}
	return out
}()

type keptFilter struct{}

func (keptFilter) Filter(input analysis.TokenStream) analysis.TokenStream {
	for _, t := range input {
		if w, ok := keptWords[string(t.Term)]; ok {
			t.Term, t.KeyWord = []byte(w), true
		}
	}
	return input
}
