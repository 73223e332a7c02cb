package match

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
)

// TERMS="a|b": the terms and the top hits of each message.
func TestZZTerms(t *testing.T) {
	q := os.Getenv("TERMS")
	if q == "" {
		t.Skip()
	}
	bs := shippedByScript(t)
	for _, m := range strings.Split(q, "|") {
		ix := bs.English
		if os.Getenv("HI") != "" {
			ix = bs.Hindi
		}
		terms, _ := ix.guessedTerms(m)
		fmt.Printf("%q terms=%v ctx=%v\n", m, terms, ix.sentenceWeights(m))
		hits, _ := ix.Search(context.Background(), m, 5)
		for _, h := range hits {
			fmt.Printf("   %-26s score=%.2f cov=%.2f sim=%.2f matched=%d conf=%.2f\n", h.EntryID, h.Score, h.Coverage, h.Similarity, h.Matched, h.Confidence)
		}
	}
}
