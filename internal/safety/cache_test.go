package safety

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/mindbraintms/clinicbot/internal/cache"
	"github.com/mindbraintms/clinicbot/internal/clinicbot"
)

// The classifiers' weights are read back from the cache when nothing they
// learn from (nor the program) changed, learned again
// when its file is damaged, and kept apart per program.
func TestLearnedWeightsAreCached(t *testing.T) {
	r := clinicbot.SafetyRules{
		Words:         map[string][]string{"act": {"jump|hang|die"}},
		CrisisPhrases: []string{"kill myself"},
		CrisisReply:   "r",
		Model:         clinicbot.SafetyModel{Threshold: 0.6, ThresholdAlone: 0.95, RiskClasses: []string{"act"}, LearnedThreshold: 0.9, LearnedAlone: 0.99},
	}
	add := func(fromSet, crisis bool, texts ...string) {
		for _, tx := range texts {
			r.Examples = append(r.Examples, clinicbot.SafetyExample{Text: tx, Crisis: crisis, FromSet: fromSet})
		}
	}
	add(false, true, "i am going to jump off the bridge tonight", "i want to hang from the fan")
	add(false, false, "what time do you open tomorrow", "how much does a session cost")
	add(true, true, "tonight i will jump from the roof", "planning to hang myself this weekend")
	add(true, false, "can i book for monday", "is the clinic near the bridge")

	dir := t.TempDir()
	build := func(program string) *Detector {
		t.Helper()
		d, err := New(r, WithCache(dir, program))
		if err != nil || d.learned == nil {
			t.Fatalf("New: %v (learned %v)", err, d != nil && d.learned != nil)
		}
		return d
	}
	files := func() []string {
		f, _ := filepath.Glob(filepath.Join(dir, "learned-*.bin"))
		return f
	}
	first := build("p1")
	if len(files()) != 2 {
		t.Fatalf("cache files after a first load: %v, want the two classifiers'", files())
	}
	// The learned classifier's file, to damage below.
	var file string
	for _, f := range files() {
		if data, _ := os.ReadFile(f); bytes.Contains(data, first.learned.encode()) {
			file = f
		}
	}
	if file == "" {
		t.Fatal("no cache file holds the learned classifier's weights")
	}
	again := build("p1")
	if !slices.Equal(again.learned.w, first.learned.w) || again.learned.b != first.learned.b {
		t.Error("the learned classifier's weights read back differ from those learned")
	}
	if !slices.Equal(again.model.w, first.model.w) || again.model.b != first.model.b {
		t.Error("the crisis classifier's weights read back differ from those learned")
	}
	// Read, not learned again: weights stored under the key are used.
	key := strings.TrimSuffix(strings.TrimPrefix(filepath.Base(file), cacheKind+"-"), ".bin") + strings.Repeat("0", 32)
	if err := cache.New(dir, "").Write(cacheKind, key, (&model{w: make([]float32, 1<<modelBits), b: 7}).encode(), cacheKeep); err != nil {
		t.Fatal(err)
	}
	if got := build("p1").learned.b; got != 7 {
		t.Errorf("bias %v, want the cached 7", got)
	}
	// A damaged file is learned again, and written whole.
	if data, err := os.ReadFile(file); err != nil || os.WriteFile(file, data[:len(data)/2], 0o600) != nil {
		t.Fatal("cannot cut the cache file short")
	}
	if got := build("p1"); !slices.Equal(got.learned.w, first.learned.w) {
		t.Error("a damaged cache file was used")
	}
	if data, _ := os.ReadFile(file); !bytes.Contains(data, first.learned.encode()) {
		t.Error("the damaged cache file was not written again")
	}
	// Another program, or other examples: another file.
	build("p2")
	add(true, true, "i want to die tonight")
	build("p2")
	// (A message of an eval set changes only what the learned one learns.)
	if len(files()) != 5 {
		t.Errorf("cache files: %d, want two per program and one more for the new message (5)", len(files()))
	}
}
