package safety

import "strings"

// blankDenied blanks, in masked, a crisis the writer denies: "no thoughts
// of harming myself", "I've never tried to kill myself", "marne ke khayal
// nahi aate", "मैं मरना नहीं चाहती". A crisis or relative's phrase is
// denied when a word of the class negation stands at most four words
// before it, with no word of negation_end ("but", "lekin") between and no
// word of negation_pseudo just after it ("can not stop thinking about
// killing myself", "no one would care if I died" are no denials); or when
// a word of negation_after follows it within five words and is itself
// followed by a word of negation_verb or ends the clause (the Hindi order:
// "khud ko nuksan pahunchane ka kabhi nahi socha").
//
// The negation and the phrase must share a clause: "No. I want to die"
// and "don't, I want to kill myself" deny nothing. A phrase about living ("not want to live": a word of negation_flips)
// is never denied, nor one followed by a word of denial_void ("... but
// yesterday I did it again"). A phrase that spells the negation out itself ("jeena nahi chahta", "not
// wake up") matches with it inside, so it is never read as denied. What
// else the message says is checked as usual: "I don't want to die, I
// just want everything to stop" is still a crisis.
func (d *Detector) blankDenied(text string, masked []token) {
	if len(d.negation.alts) == 0 {
		return
	}
	var clause []int // each word's clause, computed on the first denial
	sameClause := func(i, j int) bool {
		if clause == nil {
			clause = d.clauses(text, len(masked))
		}
		return len(clause) == len(masked) && clause[i] == clause[j]
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
				from, to, denied := d.denial(masked, s, e, sameClause)
				if !denied || !sameClause(from, to-1) || d.any(d.negationFlips, masked[s:e]) || d.any(d.denialVoid, masked[to:]) {
					// "not want to live" says more, not less; "never cut
					// myself in three years, but did it again yesterday"
					return false
				}
				for k := from; k < to; k++ {
					masked[k] = token{}
				}
			}
			return false
		})
	}
}

// denial reports whether the phrase matched at words[s:e] is denied, and
// the span to blank (the phrase and its negation). Only words of
// negation_gap may stand between the negation and the phrase ("no
// thoughts of", "never tried to"): "if this doesn't work I'm going to kill
// myself" and "ruk nahi raha" after "kalai kaat li" are no denials.
func (d *Detector) denial(words []token, s, e int, sameClause func(i, j int) bool) (from, to int, ok bool) {
	for k := s - 1; k >= 0 && k >= s-4; k-- {
		t := &words[k]
		if t.w == "" {
			break
		}
		if d.negation.matches(t) {
			if d.negationPseudo.matches(&words[k+1]) || k > 0 && d.negationEnd.matches(&words[k-1]) {
				break // "can not stop", "if not"
			}
			return k, e, true
		}
		if !d.negationGap.matches(t) {
			break
		}
	}
	for k := e; k < len(words) && k <= e+4; k++ {
		t := &words[k]
		if t.w == "" {
			break
		}
		if d.negationAfter.matches(t) {
			if k+1 == len(words) || d.negationVerb.matches(&words[k+1]) || !sameClause(k, k+1) {
				return s, k + 1, true // its verb, or the end of the clause
			}
			break
		}
		if !d.negationGap.matches(t) {
			break
		}
	}
	return 0, 0, false
}

// clauses numbers the clause of each of text's n words (as Check reads
// them), clauses being split at punctuation; nil when the words of the
// clauses read one by one are not the words of the whole (then nothing is
// read as denied).
func (d *Detector) clauses(text string, n int) []int {
	ids := make([]int, 0, n)
	for i, part := range strings.FieldsFunc(text, isClauseEnd) {
		for range d.lex.tokens(d.split(Normalize(part))) {
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
