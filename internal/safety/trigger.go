package safety

import "math/bits"

// trigger finds the patterns of a group that may match a message: those
// whose key word the message has (exactly or through a typo), and those
// that have no word that can be looked up. A pattern's key is its element
// of the fewest words among those every match needs (not optional, not
// negated, no prefix or suffix): "i ...2 want ...1 death" is looked up by
// "death", not by "i", which every other message has. Most phrases fail
// for want of a word, and there are hundreds of them: looking them up by
// their rarest makes a check a few times cheaper than trying each in
// turn. It is a superset of the patterns that match, so which one matches
// first does not change.
type trigger struct {
	byID   map[int32][]int32 // lexicon id → patterns whose key element has it
	always []int32           // patterns to try on any message
	n      int
}

func newTrigger(ps []pattern) trigger {
	tr := trigger{byID: map[int32][]int32{}, n: len(ps)}
	for i := range ps {
		var key *altIndex
		least := 0
		for k := range ps[i].elems {
			e := &ps[i].elems[k]
			ix := e.index
			if e.optional || e.negate || len(ix.prefixes) > 0 || len(ix.suffixes) > 0 {
				continue
			}
			if n := ix.exact.count(); n > 0 && (key == nil || n < least) {
				key, least = ix, n
			}
		}
		if key == nil {
			tr.always = append(tr.always, int32(i))
			continue
		}
		// every whole word, those that allow a typo included (a typo is
		// looked up as the word it may stand for: token.near, token.alias)
		key.exact.each(func(id int32) { tr.byID[id] = append(tr.byID[id], int32(i)) })
	}
	return tr
}

// each calls fn with the index of every pattern that may match words, in
// order, until fn returns true.
func (tr *trigger) each(words []token, fn func(i int) bool) {
	try := make([]bool, tr.n)
	for _, i := range tr.always {
		try[i] = true
	}
	mark := func(id int32) {
		for _, i := range tr.byID[id] {
			try[i] = true
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
	for i, ok := range try {
		if ok && fn(i) {
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
