package safety

import "strings"

// denialWords are the word classes of safety.yaml that say what a denial
// is (negation … denial_method). All are optional: without negation, no
// phrase is read as denied.
type denialWords struct {
	negation, det, noun, pseudo, governs, gap, gapEnd, after, nobody, like, verb, finite, flips, void, subject, aux, method elem
	// whose a denial is: deniedOfOther
	writer, other, asked, said elem
}

// named lists the classes with their names in safety.yaml, in a fixed
// order (the lexicon numbers words as they are indexed).
func (w *denialWords) named() []namedElem {
	return []namedElem{{"negation", &w.negation}, {"negation_det", &w.det}, {"negation_noun", &w.noun}, {"negation_pseudo", &w.pseudo},
		{"negation_governs", &w.governs}, {"negation_gap", &w.gap}, {"negation_gap_end", &w.gapEnd}, {"negation_after", &w.after},
		{"negation_nobody", &w.nobody}, {"negation_like", &w.like}, {"negation_verb", &w.verb}, {"negation_finite", &w.finite}, {"negation_flips", &w.flips},
		{"denial_void", &w.void}, {"denial_subject", &w.subject}, {"denial_aux", &w.aux}, {"denial_method", &w.method},
		{"denial_writer", &w.writer}, {"denial_other", &w.other}, {"denial_asked", &w.asked}, {"denial_said", &w.said}}
}

type namedElem struct {
	name string
	e    *elem
}

// bind takes each class's words from the compiled classes.
func (w *denialWords) bind(cls classes) {
	for _, c := range w.named() {
		c.e.alts = cls[c.name]
	}
}

// index looks each class's words up in the lexicon.
func (w *denialWords) index(lx *lexicon) {
	for _, c := range w.named() {
		c.e.indexAlts(lx)
	}
}

// blankDenied blanks, in masked, a crisis the writer denies: "no thoughts
// of harming myself", "I've never tried to kill myself", "marne ke khayal
// nahi aate", "मैं मरना नहीं चाहती". It reports whether it blanked any: a
// denial explains away only its own phrase, so unlike a mask it leaves the
// classifier its usual bar for the rest ("I don't want to kill myself, I
// just want to disappear").
//
// A crisis or relative's phrase is denied, within one clause (split at
// punctuation: "No. I want to die" denies nothing), when
//   - a word of negation stands before it, followed only by words of
//     negation_gap, the last of them one of negation_gap_end ("no thoughts
//     of", "never tried to", "not going to"; "not thinking, want to die"
//     and "no thoughts just want to die" are no denials); after "no",
//     "none" or "zero" (negation_det) a word of negation_noun must come
//     first ("no want to die" is an answer "no", then a crisis);
//   - or, in the Hindi order, a word of negation_after follows it within
//     five words of negation_gap, then its verb (negation_verb) or the end
//     of the clause ("khud ko nuksan pahunchane ka kabhi nahi socha"), not
//     right after "koi" ("main mar jaungi koi nahi hai": nobody is there),
//     nor after a phrase that ends in a finite verb (negation_finite: "mar
//     jaungi, nahi hai koi aur rasta").
//
// The negation (or, in Hindi, the phrase) must open its clause, after
// only words of denial_subject and denial_aux ("I have never", "my son has
// not", "mujhe"). It is never denied when
//   - the word after the negation is one of negation_pseudo ("can not stop
//     thinking about killing myself", "no one would care");
//   - a negation stands earlier in the clause, or a word of negation_governs
//     anywhere in it ("I can't deny wanting to die", "trying so hard not to
//     cut", "give me one reason not to", "khud ko hurt nahi karungi ye
//     promise nahi kar sakti");
//   - the phrase is about living or spans a new clause (negation_flips: "not
//     want to live", "I don't have a plan but I want to kill myself");
//   - a word of denial_void follows ("... but yesterday I did it again",
//     "I haven't tried to kill myself yet", "not before my daughter's
//     wedding");
//   - the phrase names a method (denial_method: "not gonna hang myself,
//     pills are easier"), or a word of a risk class stands anywhere else in
//     the message.
//
// A phrase that spells the negation out itself ("jeena nahi chahta", "not
// wake up") matches with it inside, so it is never read as denied.
func (d *Detector) blankDenied(text string, masked []token) (blanked, others bool) {
	if len(d.den.negation.alts) == 0 || !d.any(d.den.negation, masked) && !d.any(d.den.after, masked) {
		return false, false // most messages deny nothing: no second pass over the phrases
	}
	others = true    // until a denial is found to be the writer's
	var clause []int // each word's clause, computed on the first candidate
	clauseOf := func(i int) int {
		if clause == nil {
			if clause = d.clauses(text, len(masked)); len(clause) != len(masked) {
				clause = make([]int, len(masked))
				for j := range clause {
					clause[j] = j // words not placed: no two share a clause
				}
			}
		}
		return clause[i]
	}
	for _, g := range []struct {
		ps []pattern
		tr *trigger
	}{{d.crisis, &d.crisisTr}, {d.other, &d.otherTr}} {
		g.tr.each(masked, func(i int) bool {
			p := &g.ps[i]
			for range 4 { // the same phrase may be denied more than once
				s, e, ok := p.find(masked)
				if !ok || e <= s {
					return false
				}
				from, to, denied := d.denial(masked, s, e, clauseOf)
				if !denied || d.any(d.den.flips, masked[s:e]) || d.any(d.den.method, masked[s:e]) ||
					d.any(d.den.void, masked[from:]) || d.any(d.risk, masked[:from]) || d.any(d.risk, masked[to:]) {
					// about living, a method ("not gonna hang myself, pills
					// are easier"), undone later, or a risk elsewhere
					return false
				}
				others = others && d.deniedOfOther(masked, from, clauseOf)
				for k := from; k < to; k++ {
					masked[k] = token{}
				}
				blanked = true
			}
			return false
		})
	}
	return blanked, blanked && others
}

// deniedOfOther reports whether the denial at words[at] is made of someone
// else, by positive evidence (review of round 61: the writer's own denial
// beside anyone named elsewhere had been taken for someone else's):
//   - its clause names someone else (a relative, he or she, "himself", a
//     word of denial_other)
//     and not the writer: "my son has never tried to kill himself", "papa
//     ko marne ke khayal nahi aate";
//   - or its clause names no one, and the clause before it names someone
//     else and not the writer ("my wife is still low most days. no self
//     harm, nothing like that"; "mummy bahut udaas rehti hai, par khud ko
//     nuksan wali koi baat nahi karti"), or a clause beside it reports what
//     someone else answered ("no self harm, I asked him openly"; never "he
//     says I am too dramatic").
//
// (A subject carried from further back was tried in round 62: the writer's
// own clauses often name no one in Hindi and Hinglish, "neend nahi aati",
// and a relative named before them took the writer's denial; review r62.)
//
// A denial that opens the message with no subject ("no plans to end it,
// just need someone to talk to") is the writer's, and so is one whose
// clause names the writer (self, me, first_person, or denial_writer with
// no one else). Words a mask blanked are read as written.
func (d *Detector) deniedOfOther(words []token, at int, clauseOf func(int) int) bool {
	orig := func(j int) *token {
		if words[j].masked != nil {
			return words[j].masked
		}
		return &words[j]
	}
	in := func(c int) (names, own, asked, said bool) {
		mine := false
		for j := range words {
			if clauseOf(j) != c {
				continue
			}
			t := orig(j)
			switch {
			case d.self.matches(t) || d.me.matches(t) || d.firstPerson.matches(t):
				own = true
			case d.named.matches(t) || d.third.matches(t) || d.reflexive.matches(t) || d.den.other.matches(t):
				names = true
			case d.den.writer.matches(t):
				mine = true
			}
			asked = asked || d.den.asked.matches(t)
			said = said || d.den.said.matches(t)
		}
		return names, own || mine && !names, asked, said
	}
	c := clauseOf(at)
	names, own, _, _ := in(c)
	switch {
	case own:
		return false
	case names:
		return true
	}
	if pn, po, _, _ := in(c - 1); pn && !po {
		return true
	}
	for _, n := range []int{c - 1, c + 1} {
		if nn, no, asked, said := in(n); nn && (asked || said && !no) {
			return true
		}
	}
	return false
}

// denial reports whether the phrase matched at words[s:e] is denied, and
// the span to blank (the phrase and its negation).
func (d *Detector) denial(words []token, s, e int, clauseOf func(int) int) (from, to int, ok bool) {
	if k, ok := d.negationBefore(words, s, clauseOf); ok {
		return k, e, true
	}
	if k, ok := d.negationAfterPhrase(words, s, e, clauseOf); ok {
		return s, k + 1, true
	}
	return 0, 0, false
}

// negationBefore finds the negation that denies the phrase starting at s.
func (d *Detector) negationBefore(words []token, s int, clauseOf func(int) int) (int, bool) {
	for k := s - 1; k >= 0 && k >= s-5; k-- {
		t := &words[k]
		if t.w == "" {
			return 0, false
		}
		if !d.den.negation.matches(t) {
			if !d.den.gap.matches(t) {
				return 0, false
			}
			continue
		}
		next := &words[k+1]
		switch {
		case clauseOf(k) != clauseOf(s): // clauses are runs: the gap is in one too
			return 0, false
		case !d.opensClause(words, k, clauseOf):
			return 0, false // "so i dont hurt myself", "help me not", "who would not want to die"
		case d.den.pseudo.matches(next):
			return 0, false
		case k+1 < s && !d.den.gapEnd.matches(&words[s-1]):
			return 0, false // "not thinking, want to die"
		case d.den.det.matches(t) && !d.den.noun.matches(next):
			return 0, false // "no, want to die"
		case d.governed(words, k, s+1, clauseOf):
			return 0, false
		}
		return k, true
	}
	return 0, false
}

// negationAfterPhrase finds the Hindi negation after the phrase at
// words[s:e] that denies it.
func (d *Detector) negationAfterPhrase(words []token, s, e int, clauseOf func(int) int) (int, bool) {
	if d.den.finite.matches(&words[e-1]) {
		return 0, false
	}
	for k := e; k < len(words) && k <= e+4; k++ {
		t := &words[k]
		if t.w == "" {
			return 0, false
		}
		if d.den.after.matches(t) {
			if clauseOf(k) != clauseOf(e-1) || !d.opensClause(words, s, clauseOf) {
				return 0, false
			}
			if k > e && d.den.nobody.matches(&words[k-1]) && !(k-1 > e && d.den.like.matches(&words[k-2])) {
				return 0, false // "koi nahi hai": nobody is there (not "jaisa kuch nahi": nothing like it)
			}
			if k+1 == len(words) || d.den.verb.matches(&words[k+1]) || clauseOf(k+1) != clauseOf(k) {
				if d.governed(words, k, k+1, clauseOf) {
					return 0, false // "aisa nahi hai ki marne ka mann nahi karta"
				}
				return k, true
			}
			return 0, false
		}
		if !d.den.gap.matches(t) {
			return 0, false
		}
	}
	return 0, false
}

// opensClause reports whether only words of denial_subject and
// denial_aux stand before words[k] in its clause: "I have never", "my son
// has never", "mujhe marne ke khayal nahi aate". A denial is the writer
// saying so of themselves or of someone, not a purpose ("so I don't hurt
// myself"), a plea ("help me not"), a question ("who would not want to
// die") or a report ("papa kehte hain main nahi karungi").
func (d *Detector) opensClause(words []token, k int, clauseOf func(int) int) bool {
	for j := k - 1; j >= 0 && clauseOf(j) == clauseOf(k); j-- {
		if t := &words[j]; t.w == "" || !d.den.subject.matches(t) && !d.den.aux.matches(t) {
			return false
		}
	}
	return true
}

// governed reports whether a negation or a word of negation_governs
// stands before words[k] in its clause, or a word of negation_governs
// from words[after] to the clause's end: the negation is then not the
// writer's own denial.
func (d *Detector) governed(words []token, k, after int, clauseOf func(int) int) bool {
	for j := k - 1; j >= 0 && clauseOf(j) == clauseOf(k); j-- {
		if t := &words[j]; d.den.negation.matches(t) || d.den.after.matches(t) || d.den.governs.matches(t) {
			return true
		}
	}
	for j := after; j < len(words) && clauseOf(j) == clauseOf(k); j++ {
		if d.den.governs.matches(&words[j]) {
			return true
		}
	}
	return false
}

// clauses numbers the clause of each of text's n words (as Check reads
// them), clauses being split at punctuation; nil when the words of the
// clauses read one by one are not the words of the whole.
func (d *Detector) clauses(text string, n int) []int {
	ids := make([]int, 0, n)
	for i, part := range strings.FieldsFunc(text, isClauseEnd) {
		for range d.tokens(part) {
			ids = append(ids, i)
		}
	}
	if len(ids) != n {
		return nil
	}
	return ids
}

func isClauseEnd(r rune) bool {
	switch r {
	case '.', '!', '?', ';', ':', ',', '\n', '।', '|', '…', '(', ')', '"', '“', '”':
		return true
	}
	return false
}
