package assemble_test

import (
	"testing"

	"github.com/mindbraintms/clinicbot/internal/assemble"
	"github.com/mindbraintms/clinicbot/internal/cache/cachetest"
	"github.com/mindbraintms/clinicbot/internal/clinicbot"
	shipped "github.com/mindbraintms/clinicbot/knowledge"
)

func TestShippedFolderServes(t *testing.T) {
	k, _, problems, err := assemble.Folder(shipped.FS, "knowledge", assemble.WithCache(cachetest.Folder()))
	if err != nil {
		t.Fatal(err)
	}
	if len(problems) > 0 {
		t.Fatalf("shipped knowledge has problems: %v", problems)
	}
	if k.Matcher == nil || k.Safety == nil || len(k.Entries) == 0 {
		t.Fatalf("incomplete knowledge: matcher %v, safety %v, %d entries", k.Matcher != nil, k.Safety != nil, len(k.Entries))
	}
	// The copy built into the binary is what a fresh machine serves: a
	// Hindi-speaking patient must get Hindi there too.
	if !k.HasHindi {
		t.Fatal("the embedded knowledge has no Hindi versions (is hi/ embedded?)")
	}
	for id, e := range k.Entries {
		if e.Translations[clinicbot.LangHindi].Answer == "" {
			t.Errorf("entry %s has no Hindi answer in the embedded knowledge", id)
		}
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

// BenchmarkFolderCached is a load of the shipped folder as every start or
// reload after the first: what it learns read back from the cache.
func BenchmarkFolderCached(b *testing.B) {
	dir := b.TempDir()
	if _, _, _, err := assemble.Folder(shipped.FS, "knowledge", assemble.WithCache(dir, "bench")); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, _, _, err := assemble.Folder(shipped.FS, "knowledge", assemble.WithCache(dir, "bench")); err != nil {
			b.Fatal(err)
		}
	}
}
