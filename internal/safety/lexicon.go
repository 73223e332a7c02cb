package safety

import (
	"slices"
	"strings"
	"sync"
)

// token is one word of a message, looked up once in the detector's
// lexicon so that the phrases test bits, not strings.
type token struct {
	w    string
	id   int32   // the word's lexicon id, or -1
	near []int32 // lexicon words it may stand for through one typo
	// alias are the lexicon words with its consonants, for a word typed
	// without vowels ("jmpng", "plls"): read like the words themselves.
	alias []int32
	// part marks a piece of a word typed without spaces: partFirst,
	// partMiddle or partLast (zero for a word as typed).
	part int8
	// masked is the word a not_crisis mask blanked here: an exception
	// ("unless") still reads it ("zindagi bhar" explained away as an idiom
	// still says the pills were a lifetime's).
	masked *token
}

// The pieces of a split word, in order.
const (
	partFirst int8 = iota + 1
	partMiddle
	partLast
)

// lexicon numbers every whole word the phrases and classes spell out.
type lexicon struct {
	ids   map[string]int32
	words []string
	// byKey holds ASCII word ids by first byte and length, for the typo
	// search of a message word.
	byKey map[[2]int][]int32
	// bySkeleton holds ASCII word ids by their consonants (skeleton), for
	// a word typed without vowels ("thnkng of jmpng").
	bySkeleton map[string][]int32
	// everyday words are English words, not typos (see everydayWords):
	// like a lexicon word, one stands only for its own inflections.
	everyday map[string]bool
	// looked remembers what a word looked up stands for (its id, near
	// and alias): a message is tokenised a dozen times as its sentences,
	// clauses and masks are read, and patients use the same words.
	looked wordMemo
}

// wordMemo is a bounded, concurrency-safe memory of looked-up words. When
// it holds maxLooked words it starts afresh, so hostile traffic of made-up
// words costs only the lookups it would have cost anyway.
type wordMemo struct {
	mu sync.RWMutex
	m  map[string]looked
}

// looked is what one word stands for in the lexicon.
type looked struct {
	id          int32
	near, alias []int32
}

const maxLooked = 1 << 16

func (m *wordMemo) get(w string) (looked, bool) {
	m.mu.RLock()
	l, ok := m.m[w]
	m.mu.RUnlock()
	return l, ok
}

func (m *wordMemo) reset() {
	m.mu.Lock()
	m.m = nil
	m.mu.Unlock()
}

func (m *wordMemo) put(w string, l looked) {
	m.mu.Lock()
	if m.m == nil || len(m.m) >= maxLooked {
		m.m = make(map[string]looked, 1024)
	}
	m.m[strings.Clone(w)] = l
	m.mu.Unlock()
}

func (lx *lexicon) add(w string) int32 {
	if id, ok := lx.ids[w]; ok {
		return id
	}
	id := int32(len(lx.words))
	lx.looked.reset() // a word looked up before may stand for this one
	lx.ids[w] = id
	lx.words = append(lx.words, w)
	if isASCII(w) && w != "" {
		k := [2]int{int(w[0]), len(w)}
		lx.byKey[k] = append(lx.byKey[k], id)
		if sk := skeleton(w); len(sk) >= minSkeleton && sk != w {
			if lx.bySkeleton == nil {
				lx.bySkeleton = map[string][]int32{}
			}
			lx.bySkeleton[sk] = append(lx.bySkeleton[sk], id)
		}
	}
	return id
}

// minSkeleton is the fewest consonants a word typed without vowels must
// have to be read as the lexicon words with those consonants: "jmpng" is
// "jumping", but "kll" could be many words.
const minSkeleton = 4

// skeleton is w without the vowels a, e, i, o and u.
func skeleton(w string) string {
	if !strings.ContainsAny(w, "aeiou") {
		return w
	}
	b := make([]byte, 0, len(w))
	for i := 0; i < len(w); i++ {
		switch w[i] {
		case 'a', 'e', 'i', 'o', 'u':
		default:
			b = append(b, w[i])
		}
	}
	return string(b)
}

func isLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// tokens looks words up: their ids, and the lexicon words each may be a
// misspelling of (a word the lexicon knows stands only for its own
// inflections: "wants" for "want", never "maine" for "marne").
func (lx *lexicon) tokens(words []string) []token {
	out := make([]token, len(words))
	for i, w := range words {
		l, ok := lx.looked.get(w)
		if !ok {
			l = lx.look(w)
			lx.looked.put(w, l)
		}
		out[i] = token{w: w, id: l.id, near: l.near, alias: l.alias}
	}
	if id, ok := lx.ids["medicine"]; ok {
		for i := range out {
			if out[i].id < 0 && len(words[i]) >= 3 && isLetters(words[i]) && !lx.everyday[words[i]] && medicineByForm(words, i) {
				out[i].alias = append(out[i].alias, id)
			}
		}
	}
	return out
}

// look finds what w stands for: its id, the lexicon words it may be a
// misspelling of, and those it may be typed without vowels for. The
// slices are clipped: a caller that appends copies them.
func (lx *lexicon) look(w string) looked {
	t := token{w: w, id: -1}
	if id, ok := lx.ids[w]; ok {
		t.id = id
	}
	if len(w) >= 3 && isASCII(w) {
		for l := len(w) - 1; l <= len(w)+1; l++ {
			for _, n := range lx.byKey[[2]int{int(w[0]), l}] {
				u := lx.words[n]
				if n == t.id || !withinOne(w, u) {
					continue
				}
				if (t.id >= 0 || lx.everyday[w]) && (functionWords[w] || !inflection(w, u)) {
					continue
				}
				t.near = append(t.near, n)
			}
		}
		// Chat spelling drops the vowels: "thnkng of jmpng". A word of
		// letters only, none of them a vowel, stands for the lexicon
		// words with its consonants.
		// (Only a word with no vowel at all: with one, "stock" would be
		// "stack", "stray" "story" and "mints" "minutes".)
		if t.id < 0 && len(w) >= minSkeleton && skeleton(w) == w && isLetters(w) {
			t.alias = lx.bySkeleton[w]
		}
	}
	return looked{id: t.id, near: slices.Clip(t.near), alias: slices.Clip(t.alias)}
}

// medicineByForm reports whether words[i], a word the lexicon does not
// know, is a medicine's brand by the way prescriptions write one (set
// TQ, forty-second round: India's brands are too many to list, "Venlor
// XR", "Etilaam 0.5", "Arip MT 5", "tab Nexito", "Met XL 25"): after a
// form of dose (tab, cap, syp, inj), or before a release form (XR, SR,
// CR, ER, XL, MR, MT, OD), a dose in milligrams ("100 mg") or a fraction
// of a milligram ("0.5", "0.25").
// Never a bare number after a word: "sector 40", "room 5", "class 10".
func medicineByForm(words []string, i int) bool {
	if i > 0 && doseForms[words[i-1]] {
		return true
	}
	if i+1 >= len(words) {
		return false
	}
	next := words[i+1]
	numberAfter := i+2 < len(words) && isNumber(words[i+2])
	if releaseForms[next] && (numberAfter || next != "od" && next != "mt") {
		return true // "Venlor XR", "Arip MT 5"; never "SBI OD account"
	}
	if next == "0" && i+2 < len(words) && (words[i+2] == "5" || words[i+2] == "25") && !notDoses[words[i]] {
		return true // "0.5" is read as "0" and "5"
	}
	return i+2 < len(words) && isNumber(next) && (words[i+2] == "mg" || words[i+2] == "mcg")
}

// isNumber reports whether w is written in digits only.
func isNumber(w string) bool { return w != "" && strings.Trim(w, "0123456789") == "" }

var (
	doseForms    = map[string]bool{"tab": true, "tabs": true, "tablet": true, "cap": true, "caps": true, "syp": true, "inj": true}
	releaseForms = map[string]bool{"xr": true, "sr": true, "cr": true, "er": true, "xl": true, "mr": true, "mt": true, "od": true}
	// notDoses: the words a fraction follows that is no dose ("minus 0.5",
	// an eye's power; review rev95)
	notDoses = map[string]bool{"minus": true, "plus": true, "power": true, "number": true, "nifty": true, "sensex": true, "percent": true, "rating": true, "cgpa": true, "gpa": true}
)

// functionWords are English words that stand only for themselves, never
// for a longer word through a letter added: "can't find the building" is
// no "can't find them". (Words under three letters are never read as a
// typo at all.) "not" is never "note": "how long does it last? not how
// long it stays in the blood" (round 80, set r81e).
var functionWords = map[string]bool{"the": true, "she": true, "her": true, "his": true, "him": true, "they": true,
	"them": true, "then": true, "than": true, "there": true, "their": true, "you": true, "your": true, "its": true,
	"not": true}

// inflection reports whether one of a and b is the other with an ending
// of one letter that may inflect a word (s, d, n or a vowel): "want" and
// "wants", "die" and "died", Hinglish "mar" and "mara"; "see" is no
// "seek". ("hop" and "hope" still pass: a vowel ends Hindi inflections.)
func inflection(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b) != len(a)+1 || !strings.HasPrefix(b, a) {
		return false
	}
	return strings.IndexByte("sdnaeio", b[len(b)-1]) >= 0
}

// bitset is a set of lexicon ids.
type bitset []uint64

func (b bitset) has(id int32) bool {
	i := int(id) >> 6
	return id >= 0 && i < len(b) && b[i]&(1<<(uint(id)&63)) != 0
}

func (b *bitset) set(id int32) {
	i := int(id) >> 6
	for len(*b) <= i {
		*b = append(*b, 0)
	}
	(*b)[i] |= 1 << (uint(id) & 63)
}
