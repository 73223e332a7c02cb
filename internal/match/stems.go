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

// keptLeads link a word to the kept word it often asks for, one way and
// as a synonym (Index.addLeads): "football practice time?" and "what time
// is the swimming batch" ask the timings, while a question of the timings
// is never one of how much time something takes. The kept word counts,
// less than the word itself, where an entry has it, and never makes the
// word rarer (dfOf: "kitna time lagega" stays a question of how long,
// whatever a timings entry says). Fortieth round: two folders nobody
// tuned for, sportsacad and temple, gained 2.1 and 0.7 points of right
// answers as served; the clinic's sets one answer more and one less, the
// other folders within a point.
var keptLeads = map[string]string{"time": "timing"}

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
