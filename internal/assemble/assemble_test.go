package assemble_test

import (
	"testing"

	"github.com/mindbraintms/clinicbot/internal/assemble"
	shipped "github.com/mindbraintms/clinicbot/knowledge"
)

func TestShippedFolderServes(t *testing.T) {
	k, _, problems, err := assemble.Folder(shipped.FS, "knowledge")
	if err != nil {
		t.Fatal(err)
	}
	if len(problems) > 0 {
		t.Fatalf("shipped knowledge has problems: %v", problems)
	}
	if k.Matcher == nil || k.Safety == nil || len(k.Entries) == 0 {
		t.Fatalf("incomplete knowledge: matcher %v, safety %v, %d entries", k.Matcher != nil, k.Safety != nil, len(k.Entries))
	}
}

// BenchmarkFolderShipped is a whole load of the shipped folder: reading,
// the safety classifiers' training and the matcher with its calibration.
func BenchmarkFolderShipped(b *testing.B) {
	for b.Loop() {
		if _, _, _, err := assemble.Folder(shipped.FS, "knowledge"); err != nil {
			b.Fatal(err)
		}
	}
}
