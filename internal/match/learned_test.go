package match

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/mindbraintms/clinicbot/internal/cache"
	"github.com/mindbraintms/clinicbot/internal/clinicbot"
	"github.com/mindbraintms/clinicbot/internal/knowledge"
	shipped "github.com/mindbraintms/clinicbot/knowledge"
)

// What an index learns at build (its intent classifier and calibration) is
// read back from the cache when neither the folder nor the program
// changed, and answers the same; a damaged file is learned again, and an
// edited entry is learned anew.
func TestLearnedIndexIsCached(t *testing.T) {
	kb, errs := knowledge.Load(shipped.FS, "knowledge")
	if len(errs) > 0 {
		t.Fatalf("shipped knowledge: %v", errs)
	}
	dir := t.TempDir()
	build := func(entries []*clinicbot.Entry) *Index {
		t.Helper()
		ix, err := build(entries, kb.Synonyms, false, nil, options{cache: cache.New(dir, "p1")})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { ix.Close() })
		return ix
	}
	files := func() []string {
		f, _ := filepath.Glob(filepath.Join(dir, cacheKind+"-*.bin"))
		return f
	}
	first := build(kb.Entries)
	if first.intent == nil || len(first.calib.margins) == 0 {
		t.Fatal("the shipped folder's index learned no intent classifier or calibration")
	}
	if len(files()) != 1 {
		t.Fatalf("cache files after a first build: %v, want one", files())
	}
	file := files()[0]
	questions := []string{"how much does it cost", "kya yeh addictive hai", "can I drive home after", "where is the clinic", "price of gold today"}
	answers := func(ix *Index) []string {
		var out []string
		for _, q := range questions {
			hits, err := ix.Search(context.Background(), q, 3)
			if err != nil {
				t.Fatal(err)
			}
			for _, h := range hits {
				out = append(out, h.EntryID, strings.Repeat("*", int(h.Confidence*100)), strings.Repeat("+", int(h.Score*1000)))
			}
		}
		return out
	}
	want := answers(first)
	again := build(kb.Entries)
	if !slices.Equal(again.intent.w, first.intent.w) || !slices.Equal(again.calib.rates, first.calib.rates) || !slices.Equal(again.calib.margins, first.calib.margins) {
		t.Error("what was read back differs from what was learned")
	}
	if got := answers(again); !slices.Equal(got, want) {
		t.Errorf("answers from the cache differ:\n got %v\nwant %v", got, want)
	}
	// Read, not learned again: a calibration stored under the key is used.
	first.calib.rates = slices.Repeat([]float64{0.5}, len(first.calib.rates))
	key := strings.TrimSuffix(strings.TrimPrefix(filepath.Base(file), cacheKind+"-"), ".bin") + strings.Repeat("0", 32)
	if err := cache.New(dir, "").Write(cacheKind, key, first.encodeLearned(), cacheKeep); err != nil {
		t.Fatal(err)
	}
	if got := build(kb.Entries).calib.rates; slices.Max(got) != 0.5 {
		t.Errorf("calibration rates %v, want the cached 0.5", got)
	}
	// A damaged file is learned again, and written whole.
	if data, err := os.ReadFile(file); err != nil || os.WriteFile(file, data[:len(data)/2], 0o600) != nil {
		t.Fatal("cannot cut the cache file short")
	}
	if got := build(kb.Entries); !slices.Equal(got.calib.rates, again.calib.rates) || !slices.Equal(got.intent.w, again.intent.w) {
		t.Error("a damaged cache file was used")
	}
	if _, ok := cache.New(dir, "p1").Read(cacheKind, key[:32]+strings.Repeat("0", 32)); !ok {
		t.Error("the damaged cache file was not written again")
	}
	// An edited entry: learned anew, under another file.
	edited := slices.Clone(kb.Entries)
	e := *edited[0]
	e.Phrasings = append(slices.Clone(e.Phrasings), "a phrasing an admin just added")
	edited[0] = &e
	build(edited)
	if len(files()) != 2 {
		t.Errorf("cache files after an edit: %d, want 2", len(files()))
	}
}
