package safety

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"hash"
	"maps"
	"math"
	"slices"

	"github.com/mindbraintms/clinicbot/internal/cache"
	"github.com/mindbraintms/clinicbot/internal/clinicbot"
)

// Option configures New.
type Option func(*options)

type options struct {
	cache *cache.Folder
}

// WithCache keeps the weights of the classifiers (the crisis and advice
// classifiers and the one learned from the eval sets too, model.learn_from)
// in dir, each under a key made of everything it learns from and of
// program, which must change whenever the code that learns does (the
// caller passes a hash of its executable). A later load with the same key
// reads them instead of training, which is most of a load's time. A
// missing, unreadable or damaged file is learned again; a cache that
// cannot be written is only slower.
func WithCache(dir, program string) Option {
	return func(o *options) { o.cache = cache.New(dir, program) }
}

// cacheKind names the classifiers' files in the cache folder.
const cacheKind = "learned"

// cacheKeep is how many weights files the cache keeps (five classifiers
// for each of four versions: the tests load the shipped rules and two
// edits of them, and at 12 they learned one of them again on every run).
const cacheKeep = 20

// weightsKey is the cache key of a classifier of kind learned from these
// texts.
func (o options) weightsKey(kind string, groups ...[]string) string {
	return o.cache.Key(cacheKind, func(h hash.Hash) {
		fmt.Fprintf(h, "%s\x00%d\x00%d\x00%d\x00%g\x00%g\x00%g\x00", kind, modelBits, modelEpochs, taughtEpochs, modelRate, modelL2, ordinaryWeight)
		// how texts become features: weights learned before a word was
		// skipped (classifierSkips) are not these weights, also for a
		// test binary whose program key stays the same
		fmt.Fprintf(h, "features %s\x00%v\x00", featuresVersion, slices.Sorted(maps.Keys(classifierSkips)))
		// the texts gathered in a buffer, written a block at a time: a
		// write of each (after a copy to bytes) was a tenth of a warm start
		var b []byte
		for _, g := range groups {
			b = fmt.Appendf(b, "%d\x00", len(g))
			for _, t := range g {
				b = append(b, t...)
				b = append(b, 0)
				if len(b) > 64<<10 {
					h.Write(b)
					b = b[:0]
				}
			}
		}
		h.Write(b)
	})
}

// encode lays m out as bias and weights, little-endian float32.
func (m *model) encode() []byte {
	b := make([]byte, 0, 4+4*len(m.w))
	b = binary.LittleEndian.AppendUint32(b, math.Float32bits(m.b))
	for _, w := range m.w {
		b = binary.LittleEndian.AppendUint32(b, math.Float32bits(w))
	}
	return b
}

func decodeModel(data []byte) (*model, error) {
	if len(data) != 4+4<<modelBits {
		return nil, errors.New("not a weights file of this layout")
	}
	m := &model{b: math.Float32frombits(binary.LittleEndian.Uint32(data)), w: make([]float32, 1<<modelBits)}
	for i := range m.w {
		m.w[i] = math.Float32frombits(binary.LittleEndian.Uint32(data[4+4*i:]))
	}
	return m, nil
}

// train learns, in epochs passes, a classifier of crisis (or advice) against other and
// ordinary messages, with the features prep makes; or reads its weights
// from the cache, under a key of kind, the program and every text it
// learns from (more names texts that shaped the features). A cache that
// cannot be written is only slower.
func (o options) train(kind string, epochs int, prep func() *training, crisis, other, ordinary []string, more ...[]string) *model {
	if o.cache == nil {
		return trainModel(crisis, other, ordinary, prep(), epochs)
	}
	var m *model
	key := o.weightsKey(kind, slices.Concat([][]string{crisis, other, ordinary}, more)...)
	o.cache.Learn(cacheKind, key, cacheKeep, func(data []byte) bool {
		var err error
		m, err = decodeModel(data)
		return err == nil
	}, func() []byte {
		if m = trainModel(crisis, other, ordinary, prep(), epochs); m == nil {
			return nil
		}
		return m.encode()
	})
	return m
}

// derivedKind names the files of what New derives from the rules (see
// derived); derivedVersion changes with the layout or with how it is
// derived when the program's key would not (a test binary's).
const (
	derivedKind    = "derived"
	derivedVersion = "1"
	derivedKeep    = 6
)

// derivedKey is the cache key of what New derives from rules: all of
// them, as JSON (its maps in key order), so that no field a later change
// reads can be forgotten, but for the classifiers' bars (derive runs
// before any classifier is made); then the examples, each field of each
// written out (hashExamples).
func (o options) derivedKey(rules clinicbot.SafetyRules) string {
	if o.cache == nil {
		return ""
	}
	return o.cache.Key(derivedKind, func(h hash.Hash) {
		fmt.Fprintf(h, "%s\x00", derivedVersion)
		examples := rules.Examples
		rules.Examples = nil
		// The classifiers' bars are not read: no classifier is made
		// when derive runs, so a change of bar reads the cache.
		m := &rules.Model
		m.TaughtBar, m.TaughtQuestionClears, m.TaughtRiskClears, m.TaughtAdviceClears, m.TaughtRequestClears, m.TaughtLearnedClears = 0, 0, 0, 0, 0, 0
		m.TaughtClauseClears = 0
		m.SentenceAgree = 0
		m.LongWords, m.LongSentenceBar, m.LongSentenceLearned = 0, 0, 0
		m.SubjectBar, m.SubjectSelfBar, m.SubjectSelfLearnedBar = 0, 0, 0
		m.LearnedThreshold, m.LearnedAlone, m.LearnedQuestionClears, m.LearnedOtherCrisis = 0, 0, 0, 0
		if err := json.NewEncoder(h).Encode(rules); err != nil {
			fmt.Fprintf(h, "unencodable %v", err) // never read back: a fresh key each time
		}
		hashExamples(h, examples)
	})
}

// hashExamples writes every field of each example to h, lengths before
// strings. Written by hand, not as JSON: the encoder's reflection over
// 90,000 examples was a sixth of a warm start. A field added to
// clinicbot.SafetyExample must be added here
// (TestExampleHashReadsEveryField).
func hashExamples(h hash.Hash, examples []clinicbot.SafetyExample) {
	var b []byte
	flag := func(v bool) byte {
		if v {
			return 1
		}
		return 0
	}
	b = binary.AppendUvarint(b, uint64(len(examples)))
	for _, ex := range examples {
		b = binary.AppendUvarint(b, uint64(len(ex.Text)))
		b = append(b, ex.Text...)
		b = append(b, flag(ex.Crisis), flag(ex.Advice), flag(ex.FromSet), flag(ex.Taught), flag(ex.Asked))
		b = binary.AppendVarint(b, int64(ex.Line))
		b = binary.AppendUvarint(b, uint64(len(ex.Subject)))
		b = append(b, ex.Subject...)
		if len(b) > 64<<10 {
			h.Write(b)
			b = b[:0]
		}
	}
	h.Write(b)
}

// deriveCached gives what New derives from rules of ordinary questions: read
// from the cache under key (see derivedKey) when it has it whole, or made
// by build (and kept there).
func (o options) deriveCached(key string, ordinary int, build func() derived) derived {
	if o.cache == nil {
		return build()
	}
	var dv derived
	o.cache.Learn(derivedKind, key, derivedKeep, func(data []byte) bool {
		var err error
		dv, err = decodeDerived(data, ordinary)
		return err == nil
	}, func() []byte {
		dv = build()
		return dv.encode()
	})
	return dv
}

// encode lays dv out as four counted lists: strings as a length and their
// bytes, indexes as numbers (unsigned varints).
func (dv derived) encode() []byte {
	var b []byte
	str := func(s string) { b = binary.AppendUvarint(b, uint64(len(s))); b = append(b, s...) }
	set := func(m map[string]bool) {
		keys := slices.Sorted(maps.Keys(m))
		b = binary.AppendUvarint(b, uint64(len(keys)))
		for _, k := range keys {
			str(k)
		}
	}
	set(dv.everyday)
	set(dv.split)
	b = binary.AppendUvarint(b, uint64(len(dv.ordinary)))
	for _, i := range dv.ordinary {
		b = binary.AppendUvarint(b, uint64(i))
	}
	b = binary.AppendUvarint(b, uint64(len(dv.asked)))
	for _, t := range dv.asked {
		str(t)
	}
	return b
}

// decodeDerived reads what encode wrote; the ordinary indexes must be
// below ordinary, the number of ordinary questions.
func decodeDerived(b []byte, ordinary int) (derived, error) {
	bad := errors.New("not a derived file of this layout")
	num := func() (int, bool) {
		v, n := binary.Uvarint(b)
		if n <= 0 || v > uint64(len(b))*8+uint64(ordinary) {
			return 0, false
		}
		b = b[n:]
		return int(v), true
	}
	str := func() (string, bool) {
		n, ok := num()
		if !ok || n > len(b) {
			return "", false
		}
		s := string(b[:n])
		b = b[n:]
		return s, true
	}
	strs := func() ([]string, bool) {
		n, ok := num()
		if !ok || n > len(b) {
			return nil, false
		}
		out := make([]string, 0, n)
		for range n {
			s, ok := str()
			if !ok {
				return nil, false
			}
			out = append(out, s)
		}
		return out, true
	}
	set := func() (map[string]bool, bool) {
		ss, ok := strs()
		if !ok {
			return nil, false
		}
		m := make(map[string]bool, len(ss))
		for _, s := range ss {
			m[s] = true
		}
		return m, true
	}
	var dv derived
	var ok bool
	if dv.everyday, ok = set(); !ok {
		return derived{}, bad
	}
	if dv.split, ok = set(); !ok {
		return derived{}, bad
	}
	n, ok := num()
	if !ok || n > ordinary {
		return derived{}, bad
	}
	for range n {
		i, ok := num()
		if !ok || i >= ordinary {
			return derived{}, bad
		}
		dv.ordinary = append(dv.ordinary, i)
	}
	if dv.asked, ok = strs(); !ok || len(b) != 0 {
		return derived{}, bad
	}
	return dv, nil
}
