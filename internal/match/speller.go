package match

import (
	"math"
	"slices"
	"strings"
)

// speller corrects misspelt words to the knowledge's own vocabulary.
// Lookups use a one-deletion neighbourhood (as in SymSpell), so a
// correction costs a few map reads whatever the vocabulary size.
type speller struct {
	freq    map[string]int      // known word → how often it occurs
	total   int                 // the sum of freq
	deletes map[string][]string // word with one letter removed → known words
	long    []string            // known words of 8+ letters, for two-edit fixes
	real    map[string]bool     // real words that are not targets but never corrected
	// bare is each known word's skeleton (its first letter, then its
	// consonants, runs typed once) → the known words with it: chat drops
	// vowels ("efcts", "aftr", "bck").
	bare map[string][]string
	// bareHindi is each known Devanagari word's consonants (its vowel
	// signs and nasal marks left out) → the known words with them: a phone
	// keyboard drops the signs ("दत ह" for "देते है").
	bareHindi map[string][]string
	// sounds is each known word of seven letters or more by how it sounds
	// (soundKey) → the known words that sound so: a voice keyboard writes
	// "ketamine" as "keta mean".
	sounds map[string][]string
}

func newSpeller() *speller {
	return &speller{freq: map[string]int{}, deletes: map[string][]string{}, real: map[string]bool{}, bare: map[string][]string{},
		bareHindi: map[string][]string{}, sounds: map[string][]string{}}
}

func (s *speller) add(word string) {
	if devanagariWord(word) {
		if k := consonantsOf(word); k != "" && k != word && !slices.Contains(s.bareHindi[k], word) {
			s.bareHindi[k] = append(s.bareHindi[k], word)
		}
		return
	}
	if len(word) < 3 || !isASCIILetters(word) {
		return
	}
	s.total++
	if s.freq[word]++; s.freq[word] > 1 {
		return
	}
	for i := range word {
		d := word[:i] + word[i+1:]
		s.deletes[d] = append(s.deletes[d], word)
	}
	if len(word) >= 8 {
		s.long = append(s.long, word)
	}
	if k := skeletonKey(word); len(k) >= 3 {
		s.bare[k] = append(s.bare[k], word)
	}
	if len(word) >= 7 {
		k := soundKey(word)
		s.sounds[k] = append(s.sounds[k], word)
	}
}

// soundKey is how w sounds, roughly: its first letter and then its
// consonants, each run once, with the letters that sound alike written
// alike ("c", "ck", "q" as "k"; "ph" as "f"; "z" as "s"): "ketamine" and
// "ketamean" are both "ktmn".
func soundKey(w string) string {
	w = strings.NewReplacer("ph", "f", "ck", "k", "ch", "x", "sh", "x").Replace(w)
	return consonantRuns(w, "aeiouyhw", func(c byte) byte {
		switch c {
		case 'c', 'q':
			return 'k'
		case 'z':
			return 's'
		}
		return c
	})
}

// joined returns the known word that w, typed or spoken as several
// pieces and run together here ("insurance" from "in surance",
// "ketamean" from "keta mean"), stands for: w itself when the knowledge
// has it (six letters or more), the word a letter away, or the one
// word of seven letters or more and about its length that sounds as it
// does, when soundFirst (the piece the knowledge lacks opens it: "keta
// mean"; never "fees kinni": "physician"); "" when none.
func (s *speller) joined(w string, soundFirst bool) string {
	if len(w) < 6 || !isASCIILetters(w) {
		return ""
	}
	if s.freq[w] > 0 {
		return w
	}
	if len(w) < 7 {
		return ""
	}
	if c := s.correct(w); c != w && s.freq[c] > 0 && withinOne(w, c) {
		return c
	}
	if !soundFirst {
		return ""
	}
	if cs := s.sounds[soundKey(w)]; len(cs) == 1 && len(soundKey(w)) >= 4 && abs(len(cs[0])-len(w)) <= 1 {
		return cs[0]
	}
	return ""
}

// skeletonKey is w's first letter and then its consonants, each run of a
// letter once: "effects" and "efcts" are both "efcts".
func skeletonKey(w string) string {
	return consonantRuns(w, "aeiouy", func(c byte) byte { return c })
}

// consonantRuns is w's first letter and then its letters but the silent
// ones, each read as alike says and each run of one letter written once.
func consonantRuns(w, silent string, alike func(byte) byte) string {
	b := make([]byte, 0, len(w))
	for i := 0; i < len(w); i++ {
		c := alike(w[i])
		if i > 0 && strings.IndexByte(silent, c) >= 0 {
			continue
		}
		if n := len(b); n > 0 && b[n-1] == c {
			continue
		}
		b = append(b, c)
	}
	return string(b)
}

// unvowelled returns the one known word that w, typed with its vowels
// dropped, stands for ("aftr" for "after"), or "" when w keeps its
// vowels or two known words share its skeleton.
func (s *speller) unvowelled(w string) string {
	vowels := 0
	for i := 1; i < len(w); i++ {
		if strings.IndexByte("aeiou", w[i]) >= 0 {
			vowels++
		}
	}
	if vowels > 1 || len(w) < 3 {
		return ""
	}
	cs := s.bare[skeletonKey(w)]
	if len(cs) != 1 || len(cs[0]) <= len(w) {
		return ""
	}
	return cs[0]
}

// undoubled returns the one known word that is w with one of its letters
// doubled, or "".
func (s *speller) undoubled(w string) string {
	found := ""
	for _, c := range s.deletes[w] {
		for i := 0; i+1 < len(c); i++ {
			if c[i] == c[i+1] && c[:i]+c[i+1:] == w {
				if found != "" && found != c {
					return "" // two candidates: no guess
				}
				found = c
				break
			}
		}
	}
	return found
}

// known marks w as a real word that is never corrected, without making it
// a correction target.
func (s *speller) known(w string) {
	if _, ok := s.freq[w]; !ok {
		s.real[w] = true
	}
}

// correct returns the known word closest to w, or w itself when it is
// known, too short to judge, or nothing is close enough.
func (s *speller) correct(w string) string {
	if s.freq[w] > 0 || s.real[w] || !isASCIILetters(w) {
		return w
	}
	if len(w) < 6 {
		// Short words have too many neighbours to guess, except a doubled
		// letter typed once ("efect", "ofice") and a word typed without its
		// vowels ("efcts", "aftr"): those are rarely wrong.
		if len(w) >= 4 {
			if c := s.undoubled(w); c != "" {
				return c
			}
		}
		if c := s.unvowelled(w); c != "" {
			return c
		}
		// A last letter typed twice to draw the word out ("heyy",
		// "byee", "okk"): the word without it, when that is known.
		if n := len(w); n >= 3 && w[n-1] == w[n-2] && s.freq[w[:n-1]] > 0 {
			return w[:n-1]
		}
		return w
	}
	best, bestFreq := "", 0
	consider := func(c string) {
		if c[0] != w[0] && !(len(w) > 1 && len(c) > 1 && c[0] == w[1] && c[1] == w[0]) {
			return // first letters are rarely mistyped
		}
		if !withinOne(w, c) {
			return
		}
		if f := s.freq[c]; f > bestFreq || (f == bestFreq && c < best) {
			best, bestFreq = c, f
		}
	}
	for _, c := range s.deletes[w] { // w misses a letter
		consider(c)
	}
	for i := range w {
		d := w[:i] + w[i+1:]
		if s.freq[d] > 0 { // w has an extra letter
			consider(d)
		}
		for _, c := range s.deletes[d] { // a wrong or swapped letter
			consider(c)
		}
	}
	if best != "" {
		return best
	}
	if c := s.unvowelled(w); c != "" {
		return c // a long word typed without its vowels: "apntmnt", "trtmnt"
	}
	if a, b := s.split(w); a != "" {
		return a + " " + b
	}
	if a, b := s.split3(w); a != "" {
		return a + " " + b
	}
	if len(w) >= 8 {
		for _, c := range s.long {
			if c[0] == w[0] && abs(len(c)-len(w)) <= 2 && editDistance(w, c) <= 2 {
				if f := s.freq[c]; f > bestFreq {
					best, bestFreq = c, f
				}
			}
		}
	}
	if best != "" {
		return best
	}
	return w
}

// glueWords are the short words a run of words typed without spaces may
// hold beside the known ones ("isketaminetherapyrightforme"): the
// speller knows words of three letters or more.
var glueWords = toSet(`a i is it in on of to do my me we he so or an at be by no up us am if`)

// segment returns the words w runs together when it is long and every
// piece is a known word or one of glueWords, at least two of them known
// ("isketaminetherapyrightforme" is "is ketamine therapy right for me"),
// or "". Of the ways to cut it, the likeliest wins: each piece weighs by
// how often the knowledge has it, so fewer and commoner pieces win.
func (s *speller) segment(w string) string {
	const minLen, maxPiece = 12, 20
	if len(w) < minLen {
		return ""
	}
	total := float64(s.total) + 1
	glue := math.Log(8 / total) // a glue word is about as likely as a word the knowledge has eight times
	type cell struct {
		score      float64
		prev, know int
		ok         bool
	}
	cells := make([]cell, len(w)+1)
	cells[0].ok = true
	for j := 1; j <= len(w); j++ {
		for i := max(0, j-maxPiece); i < j; i++ {
			if !cells[i].ok {
				continue
			}
			piece, sc, know := w[i:j], 0.0, 0
			switch {
			case len(piece) >= 3 && s.freq[piece] > 0:
				sc, know = math.Log(float64(s.freq[piece])/total), 1
			case glueWords[piece]:
				sc = glue
			default:
				continue
			}
			c := cell{cells[i].score + sc, i, cells[i].know + know, true}
			if !cells[j].ok || c.score > cells[j].score {
				cells[j] = c
			}
		}
	}
	end := cells[len(w)]
	if !end.ok || end.know < 2 {
		return ""
	}
	var pieces []string
	for j := len(w); j > 0; j = cells[j].prev {
		pieces = append(pieces, w[cells[j].prev:j])
	}
	slices.Reverse(pieces)
	return strings.Join(pieces, " ")
}

// split returns two known words that w runs together ("timezone",
// "sideeffects"), or "" when there is no such pair. Of several splits the
// one whose rarer half is most frequent wins.
func (s *speller) split(w string) (string, string) {
	var a, b string
	best := 0
	for i := 3; i <= len(w)-3; i++ {
		fa, fb := s.freq[w[:i]], s.freq[w[i:]]
		if commonWords[w[:i]] && commonWords[w[i:]] {
			continue // "homework" is a word of its own, not "home work"
		}
		if f := min(fa, fb); f > best {
			a, b, best = w[:i], w[i:], f
		}
	}
	return a, b
}

// split3 returns a known word and the two known words w runs together
// after it ("howmanysessions" is "how" and "many sessions"), as split
// does, or "" when there are none.
func (s *speller) split3(w string) (string, string) {
	if len(w) < 10 {
		return "", ""
	}
	var a, b string
	best := 0
	for i := 2; i <= len(w)-6; i++ {
		fa := s.freq[w[:i]]
		if fa == 0 {
			continue
		}
		if c, d := s.split(w[i:]); c != "" {
			if f := min(fa, s.freq[c], s.freq[d]); f > best {
				a, b, best = w[:i], c+" "+d, f
			}
		}
	}
	return a, b
}

// collapseRuns writes a letter typed three or more times in a row once:
// "hiii", "sooo", "pleeease" (no English or Hinglish word has a tripled
// letter; a doubled one is left to the speller).
func collapseRuns(w string) string {
	run := false
	for i := 2; i < len(w); i++ {
		if w[i] == w[i-1] && w[i] == w[i-2] && w[i] >= 'a' && w[i] <= 'z' {
			run = true
			break
		}
	}
	if !run {
		return w
	}
	out := make([]byte, 0, len(w))
	for i := 0; i < len(w); i++ {
		if i >= 1 && w[i] == w[i-1] && w[i] >= 'a' && w[i] <= 'z' && (i+1 < len(w) && w[i+1] == w[i] || i >= 2 && w[i-2] == w[i]) {
			continue
		}
		out = append(out, w[i])
	}
	return string(out)
}

func isASCIILetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// withinOne reports whether a and b differ by at most one insertion,
// deletion, substitution or swap of neighbouring letters.
func withinOne(a, b string) bool {
	return editDistance(a, b) <= 1
}

// editDistance is the optimal-string-alignment distance between two
// ASCII words (Levenshtein plus swaps of neighbours).
func editDistance(a, b string) int {
	if a == b {
		return 0
	}
	la, lb := len(a), len(b)
	prev2 := make([]int, lb+1)
	prev := make([]int, lb+1)
	cur := make([]int, lb+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= la; i++ {
		cur[0] = i
		for j := 1; j <= lb; j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[lb]
}

// words splits text into lower-case words of letters and digits.
func words(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '\'' || r > 127 && isLetterOrMark(r))
	})
}

// consonantsOf is a Devanagari word without its vowel signs, nasal marks,
// nukta and visarga: "देते" and "दत" are both "दत".
func consonantsOf(w string) string {
	var b strings.Builder
	for _, r := range w {
		switch {
		case r >= 0x093E && r <= 0x094C, r >= 0x0900 && r <= 0x0903, r == 0x093C, r >= 0x0962 && r <= 0x0963:
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
