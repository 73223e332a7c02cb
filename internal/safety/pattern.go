package safety

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// maxGap is how many other words "..." lets stand between two pattern
// words; "...N" sets N, up to maxWideGap.
const (
	maxGap     = 3
	maxWideGap = 40
	// anyGap is "...*": any number of words, between an anchor and the
	// phrase only.
	anyGap = 1 << 20
	// minStem is how many letters a word needs before a "*ending" ("lolol"
	// is no beta blocker).
	minStem = 3
)

// alt is one alternative of a pattern word.
type alt struct {
	word   string
	prefix bool // "word*"
	suffix bool // "*ending"
	typo   bool // one typo allowed
	class  bool // from a word class: typos only in words of 5+ letters
}

// elem is one position of a pattern.
type elem struct {
	alts     []alt
	optional bool
	negate   bool // "!a|b": any word but these
	gap      int  // words that may stand before this element
	// skip guards the gap before this element: "...10 ~a|b c" lets up to
	// ten words stand before c, none of them a or b (nil: any words).
	skip  *elem
	index *altIndex
}

// altIndex finds an elem's matching alternative without trying them all:
// classes make elements of a hundred words, checked on every word of every
// message.
type altIndex struct {
	exact    bitset // whole words
	typoLit  bitset // whole words of a phrase that allow a typo
	typoCls  bitset // whole words of a class that allow a typo (6+ letters)
	prefixes []alt  // "word*"
	suffixes []alt  // "*ending"
}

// indexAlts builds e's index over lexicon lx (adding its words).
func (e *elem) indexAlts(lx *lexicon) {
	ix := &altIndex{}
	for _, a := range e.alts {
		if a.prefix {
			ix.prefixes = append(ix.prefixes, a)
			continue
		}
		if a.suffix {
			ix.suffixes = append(ix.suffixes, a)
			continue
		}
		id := lx.add(a.word)
		ix.exact.set(id)
		switch {
		case a.typo && a.class:
			ix.typoCls.set(id)
		case a.typo:
			ix.typoLit.set(id)
		}
	}
	e.index = ix
}

// altsKey is e's alternatives as a string, every field of each: elements
// of one key have the same index (New builds it once; a class of a hundred
// words is named by hundreds of phrases). Keyed by the element as written,
// an exception's words, which allow no typo, read the index of a phrase's
// words, which do (TestAltsKeyReadsEveryField).
func (e *elem) altsKey() string {
	n := 0
	for _, a := range e.alts {
		n += len(a.word) + 2
	}
	b := make([]byte, 0, n)
	for _, a := range e.alts {
		f := byte('0')
		for i, on := range [...]bool{a.prefix, a.suffix, a.typo, a.class} {
			if on {
				f |= 1 << i
			}
		}
		b = append(append(append(b, a.word...), 0), f)
	}
	return string(b)
}

// pattern is a compiled safety phrase.
type pattern struct {
	src        string
	elems      []elem
	start, end bool // anchored at the message start / end
	// startGap and endGap are how many words may stand between the start
	// and the first pattern word ("^ ...40 x"), and between the last and
	// the end ("x ...40 $"): a span anchored at both covers the whole
	// message, so a mask can say what the whole message is.
	startGap, endGap int
	// memoize: the phrase has several gaps, so find remembers failed tries
	// (see manyGaps).
	memoize bool
	// unless are exceptions read beside the phrase ("A unless B unless
	// C"): a match of A with B or C at most unlessWindow words before or
	// after it does not count. An exception anchored with "^" must start
	// right where A ends ("took ...3 @many ...3 @drugs unless ^ for ...3
	// years": "took many tablets for years", never "depressed for years,
	// took all my pills"); one anchored with "$" must end right where A
	// starts ("saalon se bahut dawai kha li"). Unlike a not_crisis mask,
	// an exception blanks no word and leaves the classifier and every
	// other phrase reading. With a gap, an anchored exception may stand
	// that many words away: "unless ^ ...40 @risk" is a word of risk
	// anywhere in the 40 words after A, "unless @risk ...40 $" in the 40
	// before it, "...*" anywhere (a mask that must not hide a crisis told
	// beside it: "at the end of my rope with the insurance company. I cut
	// again last night").
	unless []pattern
}

// unlessWindow is how far around a phrase its exception is looked for.
const unlessWindow = 4

// classes are compiled word classes, by name without the "@".
type classes map[string][]alt

// compileClasses compiles the word classes of safety.yaml. A class item is
// written like a phrase alternative ("die|dying", "suicid*") and may name
// another class ("@self"); a class that refers to itself is an error.
func compileClasses(words map[string][]string) (classes, error) {
	out := classes{}
	var errs []string
	var resolve func(name string, seen map[string]bool) []alt
	resolve = func(name string, seen map[string]bool) []alt {
		if a, ok := out[name]; ok {
			return a
		}
		if seen[name] {
			errs = append(errs, fmt.Sprintf("word class @%s refers to itself", name))
			return nil
		}
		seen[name] = true
		var alts []alt
		for _, item := range words[name] {
			for _, f := range strings.Fields(strings.ToLower(item)) {
				for _, a := range strings.Split(f, "|") {
					if ref, ok := strings.CutPrefix(a, "@"); ok {
						if _, known := words[ref]; !known {
							errs = append(errs, fmt.Sprintf("word class @%s: unknown class @%s", name, ref))
							continue
						}
						alts = append(alts, resolve(ref, seen)...)
						continue
					}
					got, err := parseAlt(a, true, wholeWordClasses[name])
					if err != nil {
						errs = append(errs, fmt.Sprintf("word class @%s: %v", name, err))
						continue
					}
					alts = append(alts, got...)
				}
			}
		}
		if len(alts) == 0 {
			errs = append(errs, fmt.Sprintf("word class @%s has no words", name))
		}
		out[name] = alts
		return alts
	}
	for name := range words {
		resolve(name, map[string]bool{})
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("%s", strings.Join(errs, "; "))
	}
	return out, nil
}

// wholeWordClasses are read on every word of a message, fillers included
// ("still", "again": a crisis is not over), so they may name fillers.
var wholeWordClasses = map[string]bool{"risk_now": true}

// parseAlt parses one alternative: a word, or a prefix ending in "*".
// class says it is a class's word; a filler word is an error unless
// fillersRead (the class is read with them).
func parseAlt(a string, class, fillersRead bool) ([]alt, error) {
	if ending, ok := strings.CutPrefix(a, "*"); ok {
		// "*olol": a word ending so (drug names share their endings).
		if utf8.RuneCountInString(ending) < 3 || strings.Contains(ending, "*") || len(rawWords(ending)) != 1 {
			return nil, fmt.Errorf("a word ending %q needs 3+ letters of one word", a)
		}
		return []alt{{word: rawWords(ending)[0], suffix: true, class: class}}, nil
	}
	prefix := strings.HasSuffix(a, "*")
	a = strings.TrimSuffix(a, "*")
	if a == "" || strings.Contains(a, "*") {
		return nil, fmt.Errorf("empty or misplaced * in %q", a)
	}
	if fillers[a] && !prefix && !fillersRead {
		// Messages are read without their fillers ("now", "just", "so"),
		// so such a word can never match: say so instead of failing silently.
		return nil, fmt.Errorf("%q is left out of every message before matching (a filler word), so it never matches: remove it", a)
	}
	var out []alt
	for _, w := range rawWords(a) {
		if class {
			out = append(out, classAlt(collapseRepeats(w), prefix))
			continue
		}
		out = append(out, newAlt(collapseRepeats(w), prefix))
	}
	return out, nil
}

// compile parses one phrase of the pattern language described in safety.yaml.
func compile(src string, cls classes) (pattern, error) {
	if fields := strings.Fields(strings.ToLower(src)); slices.Contains(fields, "unless") {
		var parts []string
		for {
			i := slices.Index(fields, "unless")
			if i < 0 {
				parts = append(parts, strings.Join(fields, " "))
				break
			}
			parts = append(parts, strings.Join(fields[:i], " "))
			fields = fields[i+1:]
		}
		if slices.Contains(parts, "") {
			return pattern{src: src}, fmt.Errorf("pattern %q: unless needs a phrase on both sides", src)
		}
		p, err := compile(parts[0], cls)
		if err != nil {
			return pattern{src: src}, err
		}
		for _, exc := range parts[1:] {
			u, err := compile(exc, cls)
			if err != nil {
				return pattern{src: src}, fmt.Errorf("pattern %q: unless: %w", src, err)
			}
			if u.start && u.end || u.startGap > 0 && !u.start || u.endGap > 0 && !u.end {
				return pattern{src: src}, fmt.Errorf("pattern %q: an unless part is anchored to the phrase on one side at most (^ or $)", src)
			}
			p.unless = append(p.unless, u)
		}
		p.src = src
		return p, nil
	}
	p := pattern{src: src}
	gap := 0
	var skip *elem // a "~a|b" waiting for the element it guards the gap of
	fields := strings.Fields(strings.ToLower(src))
	for i, f := range fields {
		if rest, ok := strings.CutPrefix(f, "~"); ok {
			// "...10 ~a|b": the gap's words may be none of these; it
			// takes no word itself and guards the element after it.
			if gap == 0 || gap == anyGap || skip != nil || rest == "" || strings.ContainsAny(rest, "!?") || len(p.elems) == 0 && !p.start ||
				i == len(fields)-1 || fields[i+1] == "$" || strings.HasPrefix(fields[i+1], "...") || strings.HasSuffix(fields[i+1], "?") {
				return p, fmt.Errorf("pattern %q: %q stands right after a gap (...N) and before a word that must be there (no ! or ? in it)", src, f)
			}
			if !strings.Contains(rest, "|") && !strings.HasPrefix(rest, "@") {
				rest += "|" + rest // read as alternatives: no splitting into phrase words
			}
			alts, err := parseAlts(rest, cls, src)
			if err != nil {
				return p, err
			}
			skip = &elem{alts: alts}
			continue
		}
		switch {
		case f == "...":
			gap = maxGap
			continue
		case f == "...*":
			// Any number of words, only between an anchor and the phrase
			// ("unless ^ ...* @risk": anywhere after it in the message).
			if !(i == 1 && fields[0] == "^" || i == len(fields)-2 && fields[len(fields)-1] == "$") {
				return p, fmt.Errorf("pattern %q: ...* stands only right after ^ or right before $", src)
			}
			gap = anyGap
			continue
		case strings.HasPrefix(f, "..."):
			// "...6": up to six other words ("...12" twelve).
			n, err := strconv.Atoi(f[3:])
			if err != nil || n < 1 || n > maxWideGap {
				return p, fmt.Errorf("pattern %q: %q is not ... followed by 1 to %d", src, f, maxWideGap)
			}
			gap = n
			continue
		case f == "^" && i == 0:
			p.start = true
			continue
		case f == "$" && i == len(fields)-1:
			p.end, p.endGap = true, gap
			continue
		}
		if p.start && len(p.elems) == 0 {
			p.startGap, gap = gap, 0
		}
		e := elem{gap: gap, skip: skip}
		gap, skip = 0, nil
		if strings.HasSuffix(f, "?") && len(f) > 1 {
			e.optional = true
			f = strings.TrimSuffix(f, "?")
		}
		if rest, ok := strings.CutPrefix(f, "!"); ok && rest != "" {
			if e.optional {
				return p, fmt.Errorf("pattern %q: %q cannot be both ! and ?", src, f+"?")
			}
			// "!apni": one word that is not "apni" (a blanked word is none).
			e.negate = true
			f = rest
			if !strings.ContainsAny(f, "|*@") {
				f += "|" + f // read as alternatives: no splitting into phrase words
			}
		}
		if !strings.ContainsAny(f, "|*@") {
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
		alts, err := parseAlts(f, cls, src)
		if err != nil {
			return p, err
		}
		e.alts = alts
		p.elems = append(p.elems, e)
	}
	if len(p.elems) == 0 {
		return p, fmt.Errorf("pattern %q has no words", src)
	}
	p.memoize = p.manyGaps()
	return p, nil
}

// parseAlts parses one element's alternatives "a|b*|@class" of pattern src.
func parseAlts(f string, cls classes, src string) ([]alt, error) {
	var out []alt
	for _, a := range strings.Split(f, "|") {
		if ref, ok := strings.CutPrefix(a, "@"); ok {
			alts, known := cls[ref]
			if !known {
				return nil, fmt.Errorf("pattern %q: unknown word class @%s (define it under words:)", src, ref)
			}
			out = append(out, alts...)
			continue
		}
		alts, err := parseAlt(a, false, false)
		if err != nil {
			return nil, fmt.Errorf("pattern %q: %v", src, err)
		}
		out = append(out, alts...)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("pattern %q: %q has no words", src, f)
	}
	return out, nil
}

func newAlt(w string, prefix bool) alt {
	ascii := utf8.RuneCountInString(w) == len(w)
	min := 4
	if prefix {
		min = 5
	}
	return alt{word: w, prefix: prefix, typo: ascii && len(w) >= min}
}

// classAlt is newAlt for a word of a word class: classes hold short
// everyday words ("they", "noose") whose one-typo neighbours are other
// everyday words ("the", "nose"; Hinglish "phasi", "phase"), so only words
// of 6+ letters, matched against words of 6+ letters, allow a typo.
func classAlt(w string, prefix bool) alt {
	a := newAlt(w, prefix)
	a.typo = a.typo && len(w) >= 6
	a.class = true
	return a
}

// find returns the first span [start, end) of words where p matches, or ok=false.
func (p *pattern) find(words []token) (start, end int, ok bool) {
	first := &p.elems[0]
	var m *memo
	if p.memoize {
		// Several gaps can try the same element at the same word many
		// ways; a try that failed once fails again, so it is not retried
		// (a long message against "^ ...3 a ...6 b ...10 c $" took minutes).
		m = &memo{width: len(words) + 1}
	}
	for s := 0; s <= len(words); s++ {
		if p.start && s > p.startGap {
			break
		}
		if p.start && first.negate && s > 0 && !first.matches(&words[s-1]) {
			break // "^ ...3 !a": no word the gap skips may be a either
		}
		if p.start && first.skip != nil && s > 0 && first.skip.matchesWritten(&words[s-1]) {
			break // "^ ...3 ~a b": nor here
		}
		if !first.optional && (s == len(words) || !first.matches(&words[s])) {
			continue // most phrases fail on their first word: say so early
		}
		if e, ok := p.matchFrom(words, 0, s, true, 0, m); ok {
			from := s
			if p.start {
				from = 0 // the span reaches back to the start it is anchored at
			}
			if p.excepted(words, from, e) {
				// A later match may stand clear of the exception. The
				// loop goes on from s, not from the span's start: an
				// anchored "^ ...20 a unless b" found a at word 5 would
				// otherwise be tried from word 1 again, and again.
				continue
			}
			return from, e, true
		}
	}
	return 0, 0, false
}

// excepted reports whether one of p's exceptions matches beside the span
// [s, e): touching it when anchored, else within unlessWindow words.
func (p *pattern) excepted(words []token, s, e int) bool {
	if len(p.unless) == 0 {
		return false
	}
	lo, hi := max(0, s-unlessWindow), min(len(words), e+unlessWindow)
	if p.unlessAnchored() {
		lo, hi = 0, len(words)
	}
	// The words as written: a word a mask blanked is still read here.
	view := make([]token, hi-lo)
	for i, t := range words[lo:hi] {
		if t.masked != nil {
			t = *t.masked
		}
		view[i] = t
	}
	words, s, e = view, s-lo, e-lo
	for i := range p.unless {
		u := &p.unless[i]
		var ok bool
		switch {
		case u.start: // right after the span
			_, _, ok = u.find(words[e:])
		case u.end: // right before it
			_, _, ok = u.find(words[:s])
		default:
			_, _, ok = u.find(words[max(0, s-unlessWindow):min(len(words), e+unlessWindow)])
		}
		if ok {
			return true
		}
	}
	return false
}

// unlessAnchored reports whether an exception of p is anchored to it.
func (p *pattern) unlessAnchored() bool {
	for i := range p.unless {
		if p.unless[i].start || p.unless[i].end {
			return true
		}
	}
	return false
}

// matchFrom matches elems[ei:] starting at word wi. first says the element
// is the pattern's first, whose gap does not apply; carry is the gap of an
// optional element just left out, which the next one inherits ("...3 to?
// be" allows three words before "be" when "to" is missing).
func (p *pattern) matchFrom(words []token, ei, wi int, first bool, carry int, m *memo) (int, bool) {
	if m == nil || first || carry != 0 {
		return p.matchStep(words, ei, wi, first, carry, m)
	}
	k := int32(ei*m.width + wi)
	if m.failed.has(k) {
		return 0, false
	}
	end, ok := p.matchStep(words, ei, wi, false, 0, m)
	if !ok {
		m.failed.set(k)
	}
	return end, ok
}

// matchStep is matchFrom without the memo.
func (p *pattern) matchStep(words []token, ei, wi int, first bool, carry int, m *memo) (int, bool) {
	if ei == len(p.elems) {
		if p.end {
			// a left-out optional last element hands its gap to the end
			// ("...1 liye? $": "game over for me" ends one word later)
			if len(words)-wi > max(p.endGap, carry) {
				return 0, false
			}
			return len(words), true // the span reaches the end it is anchored at
		}
		return wi, true
	}
	e := &p.elems[ei]
	gap := max(e.gap, carry)
	if first {
		gap = 0
	}
	for g := 0; g <= gap && wi+g < len(words); g++ {
		if e.negate && g > 0 && !e.matches(&words[wi+g-1]) {
			break // "...2 !nothing": no word skipped over may be "nothing" either
		}
		if e.skip != nil && g > 0 && e.skip.matchesWritten(&words[wi+g-1]) {
			break // "...10 ~promise kill": no word skipped over may be "promise"
		}
		if e.matches(&words[wi+g]) {
			if end, ok := p.matchFrom(words, ei+1, wi+g+1, false, 0, m); ok {
				return end, true
			}
		}
	}
	if e.optional {
		return p.matchFrom(words, ei+1, wi, first, gap, m)
	}
	return 0, false
}

// matches reports whether a looked-up word matches e: exactly, as a
// prefix, or through a typo (the typo candidates were found when the word
// was looked up; see lexicon.tokens). e must have been indexed.
func (e *elem) matches(t *token) bool {
	if t.w == "" {
		return false // blanked out by a not_crisis phrase
	}
	return e.matchesWord(t) != e.negate
}

// matchesWritten is matches of a word as written: a word a mask blanked
// still counts against a "~" guard, as it does for an unless.
func (e *elem) matchesWritten(t *token) bool {
	if t.masked != nil {
		t = t.masked
	}
	return e.matches(t)
}

func (e *elem) matchesWord(t *token) bool {
	if e.standsFor(t) >= 0 {
		return true // the word itself, its consonants or one typo
	}
	ix := e.index
	for _, a := range ix.prefixes {
		if a.matchesPrefix(t.w) {
			return true
		}
	}
	for _, a := range ix.suffixes {
		if len(t.w) >= len(a.word)+minStem && strings.HasSuffix(t.w, a.word) {
			return true
		}
	}
	return false
}

// standsFor returns the lexicon word of e that t is, exactly, through its
// consonants or through one typo ("overdoesd" stands for "overdosed"), or
// -1 when t matches only by prefix or suffix or not at all.
func (e *elem) standsFor(t *token) int32 {
	ix := e.index
	if ix.exact.has(t.id) {
		return t.id
	}
	for _, n := range t.alias {
		if ix.exact.has(n) {
			return n
		}
	}
	for _, n := range t.near {
		if ix.typoLit.has(n) || (ix.typoCls.has(n) && len(t.w) >= 6) {
			return n
		}
	}
	return -1
}

// matchesPrefix reports whether w starts with a prefix alternative
// ("suicid*"), allowing one typo for prefixes of 5+ letters.
func (a alt) matchesPrefix(w string) bool {
	if strings.HasPrefix(w, a.word) {
		return true
	}
	if !a.typo || w[0] != a.word[0] || len(w) < 4 {
		return false
	}
	for k := len(a.word) - 1; k <= len(a.word)+1 && k <= len(w); k++ {
		if withinOne(w[:k], a.word) {
			return true
		}
	}
	return false
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

// memo remembers which elements failed at which words in one find.
type memo struct {
	width  int // words + 1
	failed bitset
}

// manyGaps reports whether p has more than one gap (the elements words
// may stand before, and the anchors' own): only then can one element be
// tried at one word more than one way.
func (p *pattern) manyGaps() bool {
	n := 0
	for i := range p.elems {
		if p.elems[i].gap > 0 {
			n++
		}
	}
	if p.startGap > 0 {
		n++
	}
	if p.endGap > 0 {
		n++
	}
	return n > 1
}
