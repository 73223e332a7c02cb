package safety

import "math/bits"

// trigger finds the patterns of a group that may match a message: those
// whose key words the message has (exactly or through a typo), and those
// that have no word that can be looked up. A pattern's keys are its two
// elements of the fewest words among those every match needs (not
// optional, not negated, no prefix or suffix): "i ...2 want ...1 death" is
// looked up by "death" and "want", not by "i", which every other message
// has. Most phrases fail for want of a word, and there are hundreds of
// them: looking them up by their rarest makes a check several times
// cheaper than trying each in turn. It is a superset of the patterns that
// match, so which one matches first does not change.
type trigger struct {
	byID   map[int32][]int32 // lexicon id → pattern<<1 | key (0 or 1) of the key elements that have it
	need   []uint8           // per pattern, the keys a message must have: 1 (one key), 3 (two) or alwaysTried
	always []int32           // patterns to try on any message
}

// alwaysTried marks, in trigger.need, a pattern without a key.
const alwaysTried = 4

func newTrigger(ps []pattern) trigger {
	tr := trigger{byID: map[int32][]int32{}, need: make([]uint8, len(ps))}
	for i := range ps {
		var keys [2]*altIndex
		var least [2]int
		for k := range ps[i].elems {
			e := &ps[i].elems[k]
			ix := e.index
			if e.optional || e.negate || len(ix.prefixes) > 0 || len(ix.suffixes) > 0 {
				continue
			}
			switch n := ix.exact.count(); {
			case n == 0:
			case keys[0] == nil || n < least[0]:
				keys[1], least[1] = keys[0], least[0]
				keys[0], least[0] = ix, n
			case keys[1] == nil || n < least[1]:
				keys[1], least[1] = ix, n
			}
		}
		if keys[0] == nil {
			tr.always = append(tr.always, int32(i))
			tr.need[i] = alwaysTried
			continue
		}
		// every whole word, those that allow a typo included (a typo is
		// looked up as the word it may stand for: token.near, token.alias)
		for k, key := range keys {
			if key == nil {
				continue
			}
			tr.need[i] |= 1 << k
			key.exact.each(func(id int32) { tr.byID[id] = append(tr.byID[id], int32(i<<1|k)) })
		}
	}
	return tr
}

// each calls fn with the index of every pattern that may match words, in
// order, until fn returns true.
func (tr *trigger) each(words []token, fn func(i int) bool) {
	have := make([]uint8, len(tr.need))
	for _, i := range tr.always {
		have[i] = tr.need[i]
	}
	mark := func(id int32) {
		for _, v := range tr.byID[id] {
			have[v>>1] |= 1 << (v & 1)
		}
	}
	for k := range words {
		t := &words[k]
		if t.w == "" {
			continue // blanked out: matches nothing
		}
		mark(t.id)
		for _, n := range t.near {
			mark(n)
		}
		for _, n := range t.alias {
			mark(n)
		}
	}
	for i, h := range have {
		if h != 0 && h == tr.need[i] && fn(i) {
			return
		}
	}
}

// count is the number of ids in b.
func (b bitset) count() int {
	n := 0
	for _, w := range b {
		n += bits.OnesCount64(w)
	}
	return n
}

// each calls fn with every id in b.
func (b bitset) each(fn func(id int32)) {
	for i, w := range b {
		for j := 0; w != 0; j++ {
			if w&1 != 0 {
				fn(int32(i<<6 + j))
			}
			w >>= 1
		}
	}
}
