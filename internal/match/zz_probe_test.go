package match

import (
	"context"
	"fmt"
	"os"
	"testing"

	"github.com/mindbraintms/clinicbot/internal/knowledge"
)

func TestDumpProbes(t *testing.T) {
	if os.Getenv("DUMP") == "" {
		t.Skip()
	}
	kb, _ := knowledge.Load(os.DirFS("../../knowledge"), "knowledge")
	b, err := NewByScript(kb.Entries, kb.Synonyms)
	if err != nil {
		t.Fatal(err)
	}
	ix := b.English
	ctx := context.Background()
	for id, ps := range ix.phrasings {
		if len(ps) < 2 || ix.smalltalk[id] {
			continue
		}
		for i, p := range ps {
			out := &heldOut{entry: id, index: i, terms: ix.termsWithout(id, p.text)}
			hits, _ := ix.search(ctx, p.text, 2, out)
			if len(hits) == 0 {
				continue
			}
			c2, s2 := 0.0, 0.0
			if len(hits) > 1 {
				c2, s2 = hits[1].Coverage, hits[1].Similarity
			}
			fmt.Printf("PROBE\t%v\t%.4f\t%.4f\t%.4f\t%.4f\n", hits[0].EntryID == id, hits[0].Coverage, hits[0].Similarity, c2, s2)
			all, _ := ix.search(ctx, p.text, 4, out)
			var rest []float64
			for _, h := range all {
				if h.EntryID != id {
					rest = append(rest, h.Coverage, h.Similarity)
				}
			}
			if len(rest) >= 2 {
				for len(rest) < 4 {
					rest = append(rest, 0)
				}
				fmt.Printf("PROBE\tgone\t%.4f\t%.4f\t%.4f\t%.4f\n", rest[0], rest[1], rest[2], rest[3])
			}
		}
	}
	for _, q := range offTopic {
		hits, _ := ix.search(ctx, q, 2, nil)
		if len(hits) == 0 {
			continue
		}
		c2, s2 := 0.0, 0.0
		if len(hits) > 1 {
			c2, s2 = hits[1].Coverage, hits[1].Similarity
		}
		fmt.Printf("PROBE\tfalse\t%.4f\t%.4f\t%.4f\t%.4f\n", hits[0].Coverage, hits[0].Similarity, c2, s2)
	}
}
