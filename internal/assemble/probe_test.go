package assemble

import (
	"context"
	"fmt"
	"os"
	"testing"

	"go.yaml.in/yaml/v3"
)

func TestProbeRanks(t *testing.T) {
	file := os.Getenv("PROBE")
	if file == "" {
		t.Skip()
	}
	kb, _, _, err := Folder(os.DirFS("../../knowledge"), "knowledge")
	if err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(file)
	var set struct {
		Cases []struct {
			Text, Expect, Entry string
		}
	}
	if err := yaml.Unmarshal(data, &set); err != nil {
		t.Fatal(err)
	}
	top1, n := 0, 0
	for _, c := range set.Cases {
		if c.Expect != "answer" && c.Expect != "handoff" && c.Expect != "smalltalk" && c.Expect != "fallback" {
			continue
		}
		if os.Getenv("TSV") != "" {
			hits, _ := kb.Matcher.Search(context.Background(), c.Text, 5)
			row := []any{c.Expect, c.Entry}
			for i := 0; i < 2; i++ {
				if i < len(hits) {
					row = append(row, hits[i].EntryID, hits[i].Coverage, hits[i].Similarity, hits[i].Score)
				} else {
					row = append(row, "-", 0.0, 0.0, 0.0)
				}
			}
			fmt.Printf("TSV\t%s\t%s\t%s\t%.4f\t%.4f\t%.4f\t%s\t%.4f\t%.4f\t%.4f\n", row...)
			continue
		}
		n++
		hits, _ := kb.Matcher.Search(context.Background(), c.Text, 5)
		rank := -1
		for i, h := range hits {
			if h.EntryID == c.Entry {
				rank = i
				break
			}
		}
		if rank == 0 {
			top1++
		}
		if rank != 0 {
			s := ""
			for _, h := range hits[:min(3, len(hits))] {
				s += fmt.Sprintf(" %s %.2f/%.2f", h.EntryID, h.Coverage, h.Similarity)
			}
			fmt.Printf("rank %d want %s | %s |%s\n", rank, c.Entry, c.Text, s)
		}
	}
	fmt.Printf("top1 %d/%d\n", top1, n)
}
