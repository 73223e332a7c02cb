package match

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/mindbraintms/clinicbot/internal/knowledge"
)

func TestZZHits(t *testing.T) {
	kb, _ := knowledge.Load(os.DirFS("../../knowledge"), "knowledge")
	b, err := NewByScript(kb.Entries, kb.Synonyms, kb.Clinic.Name)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range strings.Split(os.Getenv("QS"), "\n") {
		if q == "" {
			continue
		}
		hits, _ := b.Search(context.Background(), q, 4)
		t.Logf("%q terms=%q", q, b.English.queryTerms(q))
		for _, h := range hits {
			t.Logf("   %-28s cov %.2f sim %.2f score %.2f conf %.2f", h.EntryID, h.Coverage, h.Similarity, h.Score, h.Confidence)
		}
	}
}
