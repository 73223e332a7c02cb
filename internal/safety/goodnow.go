package safety

// This file: good news now (goodNow), the clause that tells a crisis
// long over of a life going well today, and its helpers.

import (
	"strings"
)

// goodNow blanks in m, text's tokens (words) with the masks' and the recovery
// phrases' words blanked, each clause of text (as the masks alone left
// it, in masked) that tells of a life going well now: a word of good_now
// ("happy", "promoted", "khush"), none of good_now_not (a negation, a
// calm that warns: "finally free"), of risk or of risk_now but those of
// good_now_time ("today", "aaj"), no "but" after its good word ("I was
// doing much better but it has all come back"; one before it turns to the
// news), or a life now told plainly of the writer that the classifiers
// read as nothing (lifeNow: "Now I'm a firefighter"); after a crisis that
// a word of good_now_dated or a stage of life gone dates (goodDated), with
// no word of risk in a clause after it and no word of good_now_not or
// beside_mask in a clause without risk; after the last such clause only
// questions and thanks (good_after) may come, and a calm question there is
// blanked too (its day is the visit's). It reports whether it blanked one.
// A clause, not a phrase: "I am working and happy. Today I thought about
// killing myself" keeps its "today", and so its crisis.
func (d *Detector) goodNow(text string, words, masked, m []token) bool {
	if len(d.goodNowW.alts) == 0 || !d.anyGoodDated(masked) {
		return false
	}
	if len(words) != len(m) || len(masked) != len(m) {
		return false
	}
	ids := d.clauseIDs(text, words)
	if ids == nil {
		ids = make([]int, len(words)) // one clause
	}
	questions := clauseQuestions(strings.ReplaceAll(text, " - ", " , "))
	// Each clause's words as typed, fillers ("now") included.
	var raw [][]token
	for _, part := range clauseParts(text) {
		raw = append(raw, d.lex.tokens(allWords(part)))
	}
	sents := d.pieces(text, sentenceEnd, words)
	if sents == nil {
		sents = make([]int, len(words))
	}
	var good, calmAfter [][2]int
	after := true // every clause since the last good one is a question or thanks
	for s := 0; s < len(m); {
		e := s + 1
		for e < len(m) && ids[e] == ids[s] {
			e++
		}
		c := masked[s:e] // as the masks left it: a recovery phrase may be good news
		k := ids[s]
		var typed []token
		if k < len(raw) {
			typed = raw[k]
		}
		tells := d.tellsCrisis(c) // every crisis phrase over the clause: once
		isGood := d.any(d.goodNowW, c) && !d.any(d.goodNowNot, c) && !d.besideMaskPastTurn(c) && !d.any(d.risk, c) && !d.anyNowBut(c) && !d.afterGood(c, d.goodNowBut) && !tells && !d.afterGood(c, d.goodNowTail) && !d.backIn(c, 0)
		// After the good news, a clause the classifiers read as nothing is
		// neither good nor bad: "I'm writing because my cousin's wife has
		// depression" (round 48, long histories). Read once: three
		// classifiers each.
		// Before it, so is a clause of now that says no feeling (a
		// word of good_now_calm_not): "I am 34 now", "now i am
		// remarried"; never "I am feeling exactly like that now" (round
		// 50: all sets 3 false alarms fewer, no crisis lost).
		quiet := !isGood && (len(good) > 0 || d.present(typed) && !d.any(d.goodNowCalmNot, typed)) && d.calm(c)
		// A life now, told plainly in a clause of now about the writer
		// ("Now I'm a firefighter", "ab meri kirane ki dukaan h"), is good
		// news too when the classifiers read it as nothing and it names
		// no feeling or likeness (round 74, set r74h).
		if quiet && len(good) == 0 && !tells && d.lifeNow(typed) {
			isGood, quiet = true, false
		}
		switch {
		case isGood:
			good, after = append(good, [2]int{s, e}), true
		case quiet && len(good) > 0 && (k < len(questions) && questions[k] || d.asksUnmarked(typed)):
			// A calm question after the good news: its day is the
			// visit's ("now I am stable. Is the clinic open on
			// Sunday?"), no word of now. Never a calm statement, which
			// may take the news back ("Today I am happy. Remember me as
			// I was today").
			calmAfter = append(calmAfter, [2]int{s, e})
		case quiet:
		case d.present(typed):
			// A clause of now that is no good news: "Now I feel like
			// doing it. Today I am fine", "is hafte rassi khareed li
			// hai" (review rev8).
			return false
		case (d.any(d.risk, c) || tells) && !d.datedSentence(masked, sents, sents[s]):
			// A crisis told without a date in its sentence is no
			// crisis long over: "usne apni saari cheezein baant di",
			// "He keeps talking about doing it" (review rev8).
			return false
		case len(good) > 0 && d.any(d.risk, c):
			// A crisis after the good news takes it back: "I am working
			// and happy. Since then I thought about suicide every day."
			return false
		case !d.any(d.risk, c) && (d.any(d.goodNowNot, c) || d.any(d.besideMask, c)) && !tells:
			// So does a worry anywhere but in the crisis told: "But
			// these days the thoughts are there", "maine sab kuch apne
			// bhai ke naam kar diya hai". (The crisis told, dated above,
			// may hold such a word: "kabhi school me nas kaati thi",
			// round 57.)
			return false
		}
		if len(good) > 0 && good[len(good)-1][0] != s && !((k < len(questions) && questions[k] || d.asksUnmarked(typed)) && !d.askedOfMeans(c)) && !d.allOf(d.goodAfter, c) && !quiet {
			after = false
		}
		s = e
	}
	if !after {
		// Something told after the good news, neither a question nor
		// thanks, may take it back in words no list knows: "aaj main
		// khush hoon. mera time aa gaya hai" (review rev7: 37 crises).
		return false
	}
	for _, g := range append(good, calmAfter...) {
		clear(m[g[0]:g[1]])
	}
	return len(good) > 0
}

// besideMaskPastTurn reports whether a word of beside_mask stands in
// clause c, leaving aside a word of good_now_but before the first good
// word: there it turns from the crisis told to the good news ("In 2023
// I tried to hang myself, but today I am happy"); after it, it takes the
// news back and is no good news anyway (afterGood).
func (d *Detector) besideMaskPastTurn(c []token) bool {
	turn := true
	for i := range c {
		if d.goodNowW.matches(&c[i]) {
			turn = false
		}
		if turn && d.goodNowBut.matches(&c[i]) {
			continue
		}
		if d.besideMask.matches(&c[i]) {
			return true
		}
	}
	return false
}

// lifeNow reports whether a clause, its words as typed, speaks of now
// (present, or a word of good_now_time: "today I run a bakery") about
// the writer (self, first_person) or, told at some length, of someone
// else (third, lifeToldWords), with no word of good_now_calm_not ("Now I
// am at the station", "I feel the same now").
func (d *Detector) lifeNow(typed []token) bool {
	if d.any(d.goodNowCalmNot, typed) {
		return false
	}
	writer := d.any(d.self, typed) || d.any(d.firstPerson, typed)
	if !writer && (!d.any(d.third, typed) || len(nonEmpty(typed)) < lifeToldWords) {
		return false
	}
	return d.present(typed) || d.any(d.goodNowTime, typed)
}

// lifeToldWords is how many words a clause of someone else's life now
// needs to tell a life rather than a state: "He now runs a dairy
// cooperative with 40 families", never "she is okay now thanks" (after
// "my wife who we married 2 years ago tried to hang herself").
const lifeToldWords = 6

// anyGoodDated reports whether a word of ws dates a crisis (goodDated).
func (d *Detector) anyGoodDated(ws []token) bool {
	for i := range ws {
		if d.goodDated(ws, i) {
			return true
		}
	}
	return false
}

// asksUnmarked reports whether a clause, its words as typed, asks
// without a question mark: a word of asking anywhere in it (good_after_ask:
// "just curious how it differs", "isliye puch rahi hu kitne session", "बस
// जानना था कि क्लिनिक कहाँ है") or a question word opening it
// (good_after_ask_open: "how long is each session"); never a question
// word further in ("ab pata hai kya karna hai" tells, it does not ask).
func (d *Detector) asksUnmarked(typed []token) bool {
	if d.any(d.goodAfterAsk, typed) {
		return true
	}
	for i := range typed {
		if fillers[typed[i].w] {
			continue
		}
		return d.goodAfterAskOpen.matches(&typed[i])
	}
	return false
}

// anyNowBut reports whether a word of risk_now other than one of
// good_now_time stands in ws.
func (d *Detector) anyNowBut(ws []token) bool {
	for i := range ws {
		if d.riskNow.matches(&ws[i]) && !d.goodNowTime.matches(&ws[i]) {
			return true
		}
	}
	return false
}

// clauseQuestions reports, for each clause of text as pieces numbers
// them (split at clauseEnd), whether a question mark ends it.
func clauseQuestions(text string) []bool {
	var qs []bool
	in := false
	for _, r := range text {
		if !clauseEnd(r) {
			in = true
			continue
		}
		if in {
			qs, in = append(qs, false), false
		}
		if r == '?' && len(qs) > 0 {
			qs[len(qs)-1] = true
		}
	}
	return qs
}

// allOf reports whether every word of ws that is not blank is of e.
func (d *Detector) allOf(e elem, ws []token) bool {
	for i := range ws {
		if ws[i].w != "" && !e.matches(&ws[i]) {
			return false
		}
	}
	return true
}

// afterGood reports whether a word of e follows the first word of
// good_now in ws: a "but" (good_now_but: "I was doing much better but it
// has all come back") or more said after the good word (good_now_tail_not:
// "today I am happy to go", "happy my kids are settled with my sister",
// "happy and I have chosen the date"; review rev8).
func (d *Detector) afterGood(ws []token, e elem) bool {
	for i := range ws {
		if d.goodNowW.matches(&ws[i]) {
			return d.any(e, ws[i+1:])
		}
	}
	return false
}

// tellsCrisis reports whether a crisis phrase, the writer's or someone
// else's, matches in ws: such a clause is the crisis told, never the good
// news ("I had suicidal thoughts in 2020 but I'm stable now").
func (d *Detector) tellsCrisis(ws []token) bool {
	found := false
	for _, tr := range []struct {
		t  *trigger
		ps []pattern
	}{{&d.crisisTr, d.crisis}, {&d.otherTr, d.other}} {
		tr.t.each(ws, func(i int) bool {
			_, _, found = tr.ps[i].find(ws)
			return found
		})
		if found {
			return true
		}
	}
	return false
}

// present reports whether a clause's words as typed (ws, fillers
// included) speak of now: "now" (a filler, so in no word class), a word
// of good_now_present ("currently", "aajkal", "roz"), or "this", "is" or "every" before a word of
// recent_span ("this week", "is hafte", "every day").
func (d *Detector) present(ws []token) bool {
	habit := !d.any(d.past, ws)
	for i := range ws {
		if d.goodNowPresent.matches(&ws[i]) || ws[i].w == "now" || habit && d.goodNowHabit.matches(&ws[i]) {
			return true
		}
		if i+1 < len(ws) && d.recentSpan.matches(&ws[i+1]) && (thisSpan[ws[i].w] || habit && everySpan[ws[i].w]) {
			return true
		}
		if i > 0 && ws[i].w == "late" && (ws[i-1].w == "of" || ws[i-1].w == "off") {
			return true // "of late", "off late"
		}
		if i+1 < len(ws) && ws[i].w == "never" && neverGone[ws[i+1].w] {
			return true // "the thoughts never left me"; not "never came back"
		}
	}
	return false
}

// thisSpan and everySpan are the words that make a span of recent_span
// now's: "this week", "is hafte"; "every day", "har roz" (a habit).
// neverGone are the verbs after "never" that tell of a crisis still
// there: "never left", "never stopped", "never went away".
var neverGone = map[string]bool{"left": true, "leave": true, "stopped": true, "stop": true, "went": true, "gone": true, "ended": true, "faded": true}

var (
	thisSpan  = map[string]bool{"this": true, "is": true, "इस": true}
	everySpan = map[string]bool{"every": true, "har": true, "हर": true}
)

// askedOfMeans reports whether a question asks a number or of a height,
// a strength or an amount (good_after_q_not): "Is 30 clonazepam a lot?",
// "How high is the sea link?" after good news is no question to let by.
func (d *Detector) askedOfMeans(ws []token) bool {
	for i := range ws {
		if strings.ContainsAny(ws[i].w, "0123456789") {
			return true
		}
	}
	return d.any(d.goodAfterQNot, ws)
}

// calmBar is the most the first and taught classifiers' mean, and the
// learned classifier, may read a clause as a crisis for it to be calm.
const calmBar = 0.3

// calm reports whether clause c (as the masks left it) tells nothing of
// risk: no word of risk, of those beside a mask, of a calm that warns or
// a negation (good_now_not: "that I finally have the courage"), of
// something back ("Now I'm back in that place") or wished, and all three
// classifiers read it as nothing.
func (d *Detector) calm(c []token) bool {
	kept := nonEmpty(c)
	if d.model == nil || d.taught == nil || d.learned == nil || len(kept) < modelMinWords || d.any(d.risk, kept) || d.any(d.besideMask, kept) ||
		d.any(d.goodNowNot, kept) || d.any(d.returned, kept) || d.any(d.wish, kept) {
		return false
	}
	fs := features(joinWords(kept))
	return (d.model.probOf(fs)+d.taught.probOf(fs))/2 < calmBar && d.learned.probOf(fs) < calmBar
}
