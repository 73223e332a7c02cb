package dialog_test

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestZZHits(t *testing.T) {
	zz := os.Getenv("ZZ")
	if zz == "" {
		t.Skip()
	}
	s, err := shippedKnowledge()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range strings.Split(zz, "|") {
		hits, err := s.dk.Matcher.Search(context.Background(), text, 4)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Printf("%q\n", text)
		for _, h := range hits {
			fmt.Printf("   %-28s score=%.2f cov=%.2f sim=%.2f conf=%.2f matched=%d\n", h.EntryID, h.Score, h.Coverage, h.Similarity, h.Confidence, h.Matched)
		}
	}
}
