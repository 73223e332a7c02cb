package safety

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"reflect"
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

// What New derives from the rules (everyday words, the split vocabulary,
// the questions no phrase calls a crisis) is read back from the cache
// when the rules are the same, derived again when its file is damaged or
// the rules change, and reads the same messages the same way.
func TestDerivedWordsAreCached(t *testing.T) {
	r := clinicbot.SafetyRules{
		Words:         map[string][]string{"act": {"jump|hang|die"}},
		CrisisPhrases: []string{"kill myself", "@act tonight"},
		CrisisReply:   "r",
		Ordinary:      []string{"what time do you open", "what time do you close", "what time is the session", "i will jump tonight"},
		Asked:         []string{"what time do you open", "how much does it cost", "i will jump tonight"},
	}
	dir := t.TempDir()
	files := func() []string {
		f, _ := filepath.Glob(filepath.Join(dir, derivedKind+"-*.bin"))
		return f
	}
	build := func() *Detector {
		t.Helper()
		d, err := New(r, WithCache(dir, "p1"))
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	same := func(what string, a, b *Detector) {
		t.Helper()
		if !maps.Equal(a.lex.everyday, b.lex.everyday) || !maps.Equal(a.splitVocab, b.splitVocab) || !maps.Equal(a.asked, b.asked) {
			t.Errorf("%s: derived words differ: everyday %v / %v, asked %v / %v", what, a.lex.everyday, b.lex.everyday, a.asked, b.asked)
		}
		for _, m := range []string{"what time do you open", "i will jump tonight", "whattime do you close", "kill myself"} {
			if a.Check(m).Verdict != b.Check(m).Verdict {
				t.Errorf("%s: %q read differently", what, m)
			}
		}
	}
	first := build()
	if len(files()) != 1 {
		t.Fatalf("derived files after a first load: %v, want one", files())
	}
	if !first.asked["what time do you open"] || first.asked["i will jump tonight"] || !first.lex.everyday["time"] {
		t.Errorf("derived: asked %v, everyday %v", first.asked, first.lex.everyday)
	}
	same("read back", first, build())
	// A damaged file is derived again and written whole.
	file := files()[0]
	whole, _ := os.ReadFile(file)
	if err := os.WriteFile(file, whole[:len(whole)-3], 0o600); err != nil {
		t.Fatal(err)
	}
	same("after damage", first, build())
	if data, _ := os.ReadFile(file); !bytes.Equal(data, whole) {
		t.Error("the damaged file was not written again whole")
	}
	// A classifier's bar changed: the same file (nothing derived reads it).
	r.Model.TaughtQuestionClears, r.Model.SubjectBar = 0.2, 0.8
	build()
	if len(files()) != 1 {
		t.Errorf("derived files after a classifier's bar changed: %d, want the one", len(files()))
	}
	// Other rules: another file.
	r.Ordinary = append(r.Ordinary, "what time do you close on sunday")
	build()
	if len(files()) != 2 {
		t.Errorf("derived files after the rules changed: %d, want 2", len(files()))
	}
}

// A derived file of any bytes is read as damaged or as lists within
// bounds, never with a panic.
func FuzzDecodeDerived(f *testing.F) {
	f.Add(derived{everyday: map[string]bool{"time": true}, split: map[string]bool{"open": true}, ordinary: []int{0, 2}, asked: []string{"a b"}}.encode(), 3)
	f.Add([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01}, 1)
	f.Fuzz(func(t *testing.T, data []byte, ordinary int) {
		if ordinary < 0 || ordinary > 1000 {
			return
		}
		dv, err := decodeDerived(data, ordinary)
		if err != nil {
			return
		}
		for _, i := range dv.ordinary {
			if i < 0 || i >= ordinary {
				t.Fatalf("index %d of %d", i, ordinary)
			}
		}
	})
}

// Rules whose examples give a classifier nothing to learn from (an
// examples file too large to read leaves none) load without it, the
// cache written or not: the phrases still work.
func TestNothingToLearnFromLoadsWithACache(t *testing.T) {
	r := clinicbot.SafetyRules{
		Words:         map[string][]string{"act": {"jump|hang|die"}},
		CrisisPhrases: []string{"kill myself"},
		CrisisReply:   "r",
		Model:         clinicbot.SafetyModel{Threshold: 0.6, ThresholdAlone: 0.95, RiskClasses: []string{"act"}},
	}
	d, err := New(r, WithCache(t.TempDir(), "p1"))
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	if d.model != nil || d.adviceModel != nil {
		t.Error("a classifier was made from no examples")
	}
	if got := d.Check("i want to kill myself"); got.Verdict != clinicbot.Crisis {
		t.Errorf("the phrase was not read without classifiers: %+v", got)
	}
}

// Every field of an example is part of the cache key: an example changed
// in any way (its text, its label, where it was read from, whose crisis
// it tells of) is learned again, never read back from the old weights.
func TestExampleHashReadsEveryField(t *testing.T) {
	if n := reflect.TypeFor[clinicbot.SafetyExample]().NumField(); n != 8 {
		t.Fatalf("clinicbot.SafetyExample has %d fields: hashExamples writes 8, add the new one", n)
	}
	base := clinicbot.SafetyExample{Text: "i want to die", Crisis: true, Line: 3, FromSet: true, Subject: clinicbot.SubjectSelf}
	changes := []func(*clinicbot.SafetyExample){
		func(e *clinicbot.SafetyExample) { e.Text = "i want to dine" },
		func(e *clinicbot.SafetyExample) { e.Crisis = false },
		func(e *clinicbot.SafetyExample) { e.Advice = true },
		func(e *clinicbot.SafetyExample) { e.Line = 4 },
		func(e *clinicbot.SafetyExample) { e.FromSet = false },
		func(e *clinicbot.SafetyExample) { e.Taught = true },
		func(e *clinicbot.SafetyExample) { e.Asked = true },
		func(e *clinicbot.SafetyExample) { e.Subject = clinicbot.SubjectOther },
	}
	sum := func(exs ...clinicbot.SafetyExample) string {
		h := sha256.New()
		hashExamples(h, exs)
		return string(h.Sum(nil))
	}
	seen := map[string]int{sum(base): -1}
	for i, change := range changes {
		ex := base
		change(&ex)
		k := sum(ex)
		if j, ok := seen[k]; ok {
			t.Errorf("change %d hashes as change %d", i, j)
		}
		seen[k] = i
	}
	// the boundary between two texts is part of it too
	a := sum(clinicbot.SafetyExample{Text: "ab"}, clinicbot.SafetyExample{Text: "c"})
	if b := sum(clinicbot.SafetyExample{Text: "a"}, clinicbot.SafetyExample{Text: "bc"}); a == b {
		t.Error(`"ab","c" and "a","bc" hash the same`)
	}
}

// Elements share an index only when their alternatives are the same in
// every field: an element whose words allow no typo (an exception's, a
// mask's) must not read the index of one whose words do.
func TestAltsKeyReadsEveryField(t *testing.T) {
	if n := reflect.TypeFor[alt]().NumField(); n != 5 {
		t.Fatalf("alt has %d fields: altsKey writes 5, add the new one", n)
	}
	base := alt{word: "kill", typo: true}
	key := (&elem{alts: []alt{base}}).altsKey()
	for _, change := range []func(*alt){
		func(a *alt) { a.word = "kills" },
		func(a *alt) { a.prefix = true },
		func(a *alt) { a.suffix = true },
		func(a *alt) { a.typo = false },
		func(a *alt) { a.class = true },
	} {
		a := base
		change(&a)
		if (&elem{alts: []alt{a}}).altsKey() == key {
			t.Errorf("%+v has the key of %+v", a, base)
		}
	}
	if (&elem{alts: []alt{{word: "ab"}, {word: "c"}}}).altsKey() == (&elem{alts: []alt{{word: "a"}, {word: "bc"}}}).altsKey() {
		t.Error("two lists of words share a key")
	}
}

// The lexicon's memory of looked-up words is bounded: hostile traffic of
// made-up words never grows it past maxLooked, and a word read again
// stands for what it stood for.
func TestWordMemoIsBounded(t *testing.T) {
	var m wordMemo
	for i := range maxLooked + 10 {
		m.put(fmt.Sprintf("w%d", i), looked{id: int32(i)})
	}
	if n := len(m.m); n > maxLooked {
		t.Fatalf("memo holds %d words, want at most %d", n, maxLooked)
	}
	m.put("pills", looked{id: 7})
	if l, ok := m.get("pills"); !ok || l.id != 7 {
		t.Fatalf("get(pills) = %v, %v; want id 7", l, ok)
	}
}
