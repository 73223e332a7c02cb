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
