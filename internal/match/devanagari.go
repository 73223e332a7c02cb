package match

import (
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/hi"
	"github.com/blevesearch/bleve/v2/analysis/lang/in"
	"github.com/blevesearch/bleve/v2/registry"
)

// devanagariName is a token filter that applies Indic and Hindi
// normalisation and Hindi stemming to the tokens that are not plain
// ASCII, and leaves the rest alone. Those filters change only Devanagari,
// but the Indic one looks up the script of every letter of every token:
// run on English words it was an eighth of a knowledge load.
const devanagariName = "clinicbot_devanagari"

// Bleve finds token filters by name in its registry, filled at init (as
// its own filters are): the filter is stateless.
func init() {
	registry.RegisterTokenFilter(devanagariName, func(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) {
		return devanagariFilter{in.NewIndicNormalizeFilter(), hi.NewHindiNormalizeFilter(), hi.NewHindiStemmerFilter()}, nil
	})
}

// devanagariFilter runs its filters on the non-ASCII tokens of a stream.
// Each of them rewrites tokens one by one, so the tokens they are given
// are changed in place.
type devanagariFilter []analysis.TokenFilter

func (f devanagariFilter) Filter(input analysis.TokenStream) analysis.TokenStream {
	var some analysis.TokenStream
	for _, t := range input {
		if !ascii(t.Term) {
			some = append(some, t)
		}
	}
	if len(some) > 0 {
		for _, filter := range f {
			filter.Filter(some)
		}
	}
	return input
}

func ascii(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return false
		}
	}
	return true
}
