package safety

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// maxGap is how many other words "..." lets stand between two pattern words.
const maxGap = 3

// alt is one alternative of a pattern word.
type alt struct {
	word   string
	prefix bool // "word*"
	typo   bool // one typo allowed
}

// elem is one position of a pattern.
type elem struct {
	alts     []alt
	optional bool
	gap      int // words that may stand before this element
}

// pattern is a compiled safety phrase.
type pattern struct {
	src        string
	elems      []elem
	start, end bool // anchored at the message start / end
}

// compile parses one phrase of the pattern language described in safety.yaml.
func compile(src string) (pattern, error) {
	p := pattern{src: src}
	gap := 0
	fields := strings.Fields(strings.ToLower(src))
	for i, f := range fields {
		switch {
		case f == "...":
			gap = maxGap
			continue
		case f == "^" && i == 0:
			p.start = true
			continue
		case f == "$" && i == len(fields)-1:
			p.end = true
			continue
		}
		e := elem{gap: gap}
		gap = 0
		if strings.HasSuffix(f, "?") && len(f) > 1 {
			e.optional = true
			f = strings.TrimSuffix(f, "?")
		}
		if !strings.ContainsAny(f, "|*") {
			// A plain word is read like patient text, so "don't" works.
			words := Normalize(f)
			if len(words) == 0 {
				return p, fmt.Errorf("pattern %q: %q is not a word", src, f)
			}
			for j, w := range words {
				if j > 0 {
					p.elems = append(p.elems, e)
					e = elem{}
				}
				e.alts = []alt{newAlt(w, false)}
			}
			p.elems = append(p.elems, e)
			continue
		}
		for _, a := range strings.Split(f, "|") {
			prefix := strings.HasSuffix(a, "*")
			a = strings.TrimSuffix(a, "*")
			if a == "" || strings.Contains(a, "*") {
				return p, fmt.Errorf("pattern %q: empty or misplaced * in %q", src, f)
			}
			for _, w := range rawWords(a) {
				e.alts = append(e.alts, newAlt(collapseRepeats(w), prefix))
			}
		}
		if len(e.alts) == 0 {
			return p, fmt.Errorf("pattern %q: %q has no words", src, f)
		}
		p.elems = append(p.elems, e)
	}
	if len(p.elems) == 0 {
		return p, fmt.Errorf("pattern %q has no words", src)
	}
	return p, nil
}

func newAlt(w string, prefix bool) alt {
	ascii := utf8.RuneCountInString(w) == len(w)
	min := 4
	if prefix {
		min = 5
	}
	return alt{word: w, prefix: prefix, typo: ascii && len(w) >= min}
}

// find returns the first span [start, end) of words where p matches, or ok=false.
func (p *pattern) find(words []string) (start, end int, ok bool) {
	for s := 0; s <= len(words); s++ {
		if p.start && s > 0 {
			break
		}
		if e, ok := p.matchFrom(words, 0, s, true); ok {
			return s, e, true
		}
	}
	return 0, 0, false
}

// matchFrom matches elems[ei:] starting at word wi. first says the element
// is the pattern's first, whose gap does not apply.
func (p *pattern) matchFrom(words []string, ei, wi int, first bool) (int, bool) {
	if ei == len(p.elems) {
		if p.end && wi != len(words) {
			return 0, false
		}
		return wi, true
	}
	e := p.elems[ei]
	gap := e.gap
	if first {
		gap = 0
	}
	for g := 0; g <= gap && wi+g < len(words); g++ {
		if e.matches(words[wi+g]) {
			if end, ok := p.matchFrom(words, ei+1, wi+g+1, false); ok {
				return end, true
			}
		}
	}
	if e.optional {
		return p.matchFrom(words, ei+1, wi, first)
	}
	return 0, false
}

func (e *elem) matches(w string) bool {
	if w == "" {
		return false // blanked out by a not_crisis phrase
	}
	for _, a := range e.alts {
		if a.matches(w) {
			return true
		}
	}
	return false
}

func (a alt) matches(w string) bool {
	if a.prefix {
		if strings.HasPrefix(w, a.word) {
			return true
		}
		if !a.typo || w[0] != a.word[0] {
			return false
		}
		for k := len(a.word) - 1; k <= len(a.word)+1 && k <= len(w); k++ {
			if withinOne(w[:k], a.word) {
				return true
			}
		}
		return false
	}
	if w == a.word {
		return true
	}
	return a.typo && w[0] == a.word[0] && withinOne(w, a.word)
}

// withinOne reports whether a and b (ASCII) differ by at most one edit:
// an insertion, deletion, substitution or swap of neighbours.
func withinOne(a, b string) bool {
	la, lb := len(a), len(b)
	if la-lb > 1 || lb-la > 1 {
		return false
	}
	i := 0
	for i < la && i < lb && a[i] == b[i] {
		i++
	}
	if i == la && i == lb {
		return true
	}
	switch {
	case la == lb:
		if a[i+1:] == b[i+1:] {
			return true // substitution
		}
		return i+1 < la && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:] // swap
	case la > lb:
		return a[i+1:] == b[i:]
	default:
		return a[i:] == b[i+1:]
	}
}
