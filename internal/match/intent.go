package match

import (
	"cmp"
	"math"
	"slices"
	"unicode/utf8"
)

// intentModel is a classifier over the entries, learned from their own
// phrasings when the index is built (the classic intent classifier of
// chatbot toolkits): a softmax regression over hashed terms, their
// synonyms, term pairs and character 3-grams of terms. It weighs what tells
// entries apart ("how … work" is the mechanism, "does it really work" the
// evidence), where coverage weighs every word by rarity alone; its
// probability is one more signal in the ranking (intentWeight).
type intentModel struct {
	ids   []string
	index map[string]int
	// w holds, for each of 2^intentBits hashed features, its weight for
	// every entry side by side (feature-major, so a message's features
	// are read as a few whole rows).
	w []float32
}

const (
	intentBits = 12 // 4,096 features per entry: 16 KB each
	// intentEpochs and intentRate were chosen on the question sets; the
	// gain holds from 10 to 30 epochs.
	intentEpochs = 10
	intentRate   = 0.5
	// maxIntentEntries: above this many entries the classifier is not
	// trained (its cost grows with entries × phrasings), and ranking uses
	// the other signals alone.
	maxIntentEntries = 500
)

// intentWeight is the classifier probability's share in the ranking,
// beside coverage (0.5), similarity (0.4) and Bleve's score (0.1).
const intentWeight = 0.2

// minIntentExamples is the fewest phrasings (questions and tags) per entry,
// on average, the classifier is trained on: with fewer it learns an
// admin's wording more than the topic (on a library FAQ of two or three
// phrasings per entry it lowered right-first from 80.4 to 78-79 %). Intent
// classifiers are usually given ten or more examples per intent.
const minIntentExamples = 12

// trainIntent learns the classifier from ix's phrasings; nil when there
// are too many entries, fewer than two, or too few phrasings per entry.
func trainIntent(ix *Index) *intentModel {
	n := 0
	for _, ps := range ix.phrasings {
		n += len(ps)
	}
	if len(ix.phrasings) < 2 || len(ix.phrasings) > maxIntentEntries || n < minIntentExamples*len(ix.phrasings) {
		return nil
	}
	feats := ix.phrasingFeatures()
	m := &intentModel{index: map[string]int{}}
	for id := range ix.phrasings {
		m.ids = append(m.ids, id)
	}
	slices.Sort(m.ids)
	type example struct {
		feats []uint32
		label int
		key   uint32
	}
	var data []example
	for y, id := range m.ids {
		m.index[id] = y
		for i := range ix.phrasings[id] {
			if f := feats[id][i]; len(f) > 0 {
				data = append(data, example{feats: f, label: y})
			}
		}
	}
	k := len(m.ids)
	m.w = make([]float32, k<<intentBits)
	p := make([]float64, k)
	step := make([]float32, k)
	for epoch := range intentEpochs {
		// The order is a hash of each phrasing and the epoch, so adding an
		// entry does not reshuffle how every other one is learned.
		for i := range data {
			h := uint32(2166136261) ^ uint32(epoch)*0x9e3779b9
			for _, f := range data[i].feats {
				h = (h ^ f) * 16777619
			}
			data[i].key = h
		}
		slices.SortStableFunc(data, func(a, b example) int { return cmp.Compare(a.key, b.key) })
		for _, ex := range data {
			m.probs(ex.feats, p)
			v := 1 / math.Sqrt(float64(len(ex.feats)+1))
			for c := range p {
				g := p[c]
				if c == ex.label {
					g--
				}
				step[c] = 0
				if math.Abs(g) >= 1e-4 {
					step[c] = float32(intentRate * g * v)
				}
			}
			for _, f := range ex.feats {
				row := m.w[int(f)*k : int(f+1)*k]
				for c, s := range step {
					row[c] -= s
				}
			}
		}
	}
	return m
}

// phrasingFeatures are the classifier features of every phrasing, by entry
// and position.
func (ix *Index) phrasingFeatures() map[string][][]uint32 {
	out := make(map[string][][]uint32, len(ix.phrasings))
	for id, ps := range ix.phrasings {
		for _, p := range ps {
			out[id] = append(out[id], ix.intentFeatures(p.text))
		}
	}
	return out
}

// probs fills p with each entry's probability for the features.
func (m *intentModel) probs(feats []uint32, p []float64) {
	v := 1 / math.Sqrt(float64(len(feats)+1))
	k := len(p)
	clear(p)
	for _, f := range feats {
		row := m.w[int(f)*k : int(f+1)*k]
		for c, w := range row {
			p[c] += float64(w)
		}
	}
	top := math.Inf(-1)
	for c := range p {
		p[c] *= v
		top = max(top, p[c])
	}
	sum := 0.0
	for k := range p {
		p[k] = math.Exp(p[k] - top)
		sum += p[k]
	}
	for k := range p {
		p[k] /= sum
	}
}

// intentFeatures hashes the message's terms (spelling corrected, as the
// search reads them), their synonyms, pairs of neighbouring terms and the
// character 3-grams of each term.
func (ix *Index) intentFeatures(text string) []uint32 {
	return ix.termFeatures(ix.queryTerms(text))
}

// termFeatures is intentFeatures for terms already analysed.
func (ix *Index) termFeatures(terms []string) []uint32 {
	out := make([]uint32, 0, 8*len(terms))
	hash := func(kind byte, parts ...string) uint32 {
		h := (uint32(2166136261) ^ uint32(kind)) * 16777619
		for _, s := range parts {
			for i := 0; i < len(s); i++ {
				h = (h ^ uint32(s[i])) * 16777619
			}
			h = (h ^ 0xff) * 16777619
		}
		return h & (1<<intentBits - 1)
	}
	// A negation changes what every other word is about ("who should not
	// have it" is not "who is it for"): it is paired with each of them.
	negated := false
	for _, t := range terms {
		if t == "not" || t == "no" || t == "nahi" || t == "नहीं" {
			negated = true
		}
	}
	for i, t := range terms {
		out = append(out, hash('w', t))
		if negated {
			out = append(out, hash('n', t))
		}
		for _, s := range ix.synonyms[t] {
			out = append(out, hash('w', s))
		}
		if i > 0 {
			out = append(out, hash('b', terms[i-1], t))
		}
		// character 3-grams of " term ", hashed from a small buffer (no
		// strings allocated), the same hash as hash('c', gram)
		var r0, r1 rune = -1, ' '
		var buf [3 * utf8.UTFMax]byte
		gram := func(r rune) {
			if r0 >= 0 {
				n := utf8.EncodeRune(buf[:], r0)
				n += utf8.EncodeRune(buf[n:], r1)
				n += utf8.EncodeRune(buf[n:], r)
				h := uint32(2166136261)
				h = (h ^ uint32('c')) * 16777619
				for _, b := range buf[:n] {
					h = (h ^ uint32(b)) * 16777619
				}
				h = (h ^ 0xff) * 16777619
				out = append(out, h&(1<<intentBits-1))
			}
			r0, r1 = r1, r
		}
		for _, r := range t {
			gram(r)
		}
		gram(' ')
	}
	return out
}
