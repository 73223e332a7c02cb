package safety

import (
	"slices"
	"strings"
)

// blankRecovered blanks, in masked, a crisis the writer tells as over,
// and reports whether it did:
// "I had suicidal thoughts in 2019, they have been gone since therapy",
// "I attempted suicide years ago; stable for four years now". It does so
// only when every one of these holds, so that a crisis now is never
// explained away:
//   - a crisis.recovered phrase says it is over, or a clause tells of a
//     life going well now (goodNow: "today I am healthy and happy");
//   - a word of the class long_ago places it back in time ("ago", "2019",
//     "years");
//   - no word of the class risk_now speaks of now ("still", "again",
//     "tonight", "anymore"), fillers included, outside the recovery phrase;
//   - the crisis phrase itself is in the past tense: a word of the class
//     past stands in it or just before it ("had", "tried", "wanted").
//
// Whatever else the message says is checked as usual afterwards: "I
// attempted suicide in 2018, stable now. I want to end it" is a crisis.
func (d *Detector) blankRecovered(text string, masked []token) bool {
	if len(d.recovered) == 0 {
		return false
	}
	kept := nonEmpty(masked)
	if !d.anyLongAgo(kept) {
		return false
	}
	// A word of now among the fillers ("still") rules it out; the other
	// words of now are looked for once the recovery itself is set aside
	// ("I feel like myself again" is no "again").
	// One asked right after a question's modal and its subject asks what
	// holds for the writer ("I attempted suicide in 2019, stable since.
	// Can I still get ketamine?"), not of risk now.
	// A clause of the illness going on ("the depression is still there")
	// keeps its words of now to itself.
	words := d.tokens(text) // masked is these with the masks' words blanked
	ongoing, ids := d.ongoingClauses(text, words)
	var dropped []string
	for k, part := range clauseParts(text) {
		if ongoing[k] {
			continue
		}
		all := allWords(part)
		toks := d.lex.tokens(all)
		for i, w := range all {
			if !fillers[w] {
				continue
			}
			if i >= 2 && d.askedNow.matches(&toks[i-2]) && (d.self.matches(&toks[i-1]) || d.third.matches(&toks[i-1])) {
				continue
			}
			dropped = append(dropped, w)
		}
	}
	if d.any(d.riskNow, d.lex.tokens(dropped)) {
		return false
	}
	// Worked on a copy: unless a crisis told in the past is set aside,
	// nothing is (a blanked "she is better" alone would silence the
	// classifier on "she suddenly seems happy, gave her diary away").
	m := append([]token(nil), masked...)
	over := false
	for i := range d.recovered {
		if _, _, ok := d.recovered[i].find(m); ok {
			blank(m, &d.recovered[i], nil)
			over = true
		}
	}
	over = d.goodNow(text, words, masked, m) || over
	rec := recoveredWords(masked, m) // before any past phrase is blanked too
	if !over || d.nowAtRisk(nonEmpty(outside(m, ids, ongoing))) || d.backAfter(masked, rec) || d.recentDated(masked) {
		return false
	}
	told := false
	// The writer's crisis, or someone else's ("my husband had suicidal
	// thoughts last year, he's much better now"), each within a sentence.
	sents := d.pieces(text, sentenceEnd, words)
	if len(sents) != len(m) {
		sents = nil
	}
	for _, ps := range [][]pattern{d.crisis, d.other} {
		for i := range ps {
			told = d.blankPast(&ps[i], masked, m, sents, rec) || told
		}
	}
	if told {
		copy(masked, m)
	}
	return told
}

// clauseParts splits text into its clauses as clauseIDs numbers them.
func clauseParts(text string) []string {
	return strings.FieldsFunc(strings.ReplaceAll(text, " - ", " , "), clauseEnd)
}

// ongoingClauses reports which clauses of text tell of the illness going
// on and of nothing of risk: a word of ongoing_illness, no word of risk
// or of ongoing_not ("the thoughts"), no crisis phrase, no word of
// risk_now but those of ongoing_now ("the depression is still there", "i
// still have low months"; never "still depressed and i want to die",
// "the depression is worse tonight"), with the clause
// number of each of text's tokens, words (nil when the clauses do not
// give the tokens: then none is).
func (d *Detector) ongoingClauses(text string, words []token) (map[int]bool, []int) {
	if len(d.ongoing.alts) == 0 {
		return nil, nil
	}
	ids := d.clauseIDs(text, words)
	parts := clauseParts(text)
	if ids == nil || len(parts) < 2 {
		return nil, nil
	}
	ongoing := map[int]bool{}
	for k, part := range parts {
		ws := d.tokens(part)
		if !d.any(d.ongoing, ws) || d.any(d.risk, ws) || d.any(d.ongoingNot, ws) || d.tellsCrisis(ws) {
			continue
		}
		// Only words of a going on ("still", a filler, "again"), never of
		// a time ("tonight", "decided").
		now := true
		for _, t := range d.lex.tokens(allWords(part)) {
			if d.riskNow.matches(&t) && !fillers[t.w] && !d.ongoingNow.matches(&t) {
				now = false
			}
		}
		ongoing[k] = now
	}
	return ongoing, ids
}

// outside returns the tokens of m not in a clause of skip (ids numbers
// them by clause); m itself when ids is nil.
func outside(m []token, ids []int, skip map[int]bool) []token {
	if ids == nil || len(ids) != len(m) || len(skip) == 0 {
		return m
	}
	var out []token
	for i := range m {
		if !skip[ids[i]] {
			out = append(out, m[i])
		}
	}
	return out
}

// nowAtRisk reports whether a word of risk_now speaks of now, or a part
// of the day is today's: a word of day_part after "this", "since",
// "after", "today" or "tonight" ("I took 30 sleeping pills this morning",
// "after dinner"; not "morning slots", "one evening in 2018"); see also
// recentAfter.
func (d *Detector) nowAtRisk(ws []token) bool {
	if d.any(d.riskNow, ws) {
		return true
	}
	for i := 1; i < len(ws); i++ {
		if d.dayPart.matches(&ws[i]) {
			switch ws[i-1].w {
			case "this", "since", "after", "today", "tonight":
				return true
			}
		}
	}
	return false
}

// recentLast and recentAgo place a span of recent_span just behind: "last
// week", "pichle mahine", "2 weeks ago", "do hafte pehle".
var (
	recentLast = map[string]bool{"last": true, "past": true, "pichle": true, "pichhle": true, "पिछले": true}
	recentAgo  = map[string]bool{"ago": true, "back": true, "pehle": true, "pahle": true, "पहले": true}
)

// recentDated reports whether a word of recent_span follows "last" or
// "past", or days or weeks come before "ago", beside a word of
// recent_what, anywhere in masked: "recovered. 2 weeks ago I took an
// overdose", "better now, but last month I tried to hang myself", and
// before the recovery too, "five days ago I tried to hang myself. I'm
// stable. thank you". "Since last month", "for the past month" date the
// recovery ("since finishing my course last month they've been gone"), and
// "this weekend" or "once a week" is no time of a crisis.
func (d *Detector) recentDated(masked []token) bool {
	for i := range masked {
		if !d.recentSpan.matches(&masked[i]) {
			continue
		}
		recent := i+1 < len(masked) && recentAgo[masked[i+1].w]
		if !recent && i >= 1 && recentLast[masked[i-1].w] {
			// "better since last week", "fine for the past month" date
			// the recovery; "the last week of December" and "the end of last
			// month" are dates; at the start of the message nothing does
			// ("pichle mahine maine zeher kha liya tha, aaj theek hoon")
			before := ""
			if i >= 2 {
				before = masked[i-2].w
			}
			switch before {
			case "since", "for", "the", "from", "over", "of":
			default:
				recent = i+1 >= len(masked) || masked[i+1].w != "of"
			}
		}
		// The span must date a crisis: a word of recent_what stands near
		// it ("2 weeks ago I took 20 pills"; not "I got my booster 2 weeks
		// ago").
		if recent && d.any(d.recentWhat, masked[max(0, i-6):min(len(masked), i+10)]) {
			return true
		}
	}
	return false
}

// backAfter reports whether, after the last recovery phrase (the words
// rec marks: recoveredWords), the message says it is back: "they
// disappeared after ketamine. they're back and worse", "it came back",
// "it has all come back". What is back must be the crisis: a word of the
// class back_subject up to three words before the verb ("they", "the
// thoughts"), none of good_back among them ("happy thoughts are back"),
// and "back" not followed by a word of back_not ("back from Dubai",
// "came back normal", "back pain").
func (d *Detector) backAfter(masked []token, rec []bool) bool {
	last := -1
	for i, r := range rec {
		if r {
			last = i
		}
	}
	return last >= 0 && d.backIn(masked, last+1)
}

// recoveredWords marks the words a recovery blanked: blank in m, not in
// masked.
func recoveredWords(masked, m []token) []bool {
	rec := make([]bool, len(m))
	for i := range m {
		rec[i] = m[i].w == "" && masked[i].w != ""
	}
	return rec
}

// backIn reports whether masked says, from its word at from on, that the
// crisis is back (see backAfter).
func (d *Detector) backIn(masked []token, from int) bool {
	if len(d.backSubject.alts) == 0 {
		return false
	}
	for i := max(from, 0); i < len(masked); i++ {
		if hindiBack[masked[i].w] && i+1 < len(masked) && hindiCome[masked[i+1].w] {
			// "wo sab wapas aa gaya", "अब वो वापस आ गए हैं"; not "वो ऑफिस से
			// वापस आ गए" (a word of back_not before it), not "पाँच साल बाद"
			// (a time is no subject), not "खुशियाँ वापस आ गईं" (good_back)
			before := masked[max(0, i-3):i]
			if d.any(d.backNot, before) || d.any(d.goodBack, before) {
				continue
			}
			for j := range before {
				if d.backSubject.matches(&before[j]) && !d.longAgo.matches(&before[j]) {
					return true
				}
			}
			continue
		}
		if masked[i].w != "back" || i < 2 {
			continue
		}
		if i+1 < len(masked) && d.backNot.matches(&masked[i+1]) {
			continue
		}
		// The verb is "is/are/came back", or "has ... come back" (the
		// auxiliary up to three words before "come").
		verb := i - 1
		switch masked[verb].w {
		case "is", "are", "was", "were", "came":
		case "come":
			for verb--; verb >= max(0, i-4) && !auxiliary[masked[verb].w]; verb-- {
			}
			if verb < max(0, i-4) {
				continue
			}
		default:
			continue
		}
		before := masked[max(0, verb-3):verb]
		if d.any(d.backSubject, before) && !d.any(d.goodBack, before) {
			return true
		}
	}
	return false
}

// auxiliary are the words before "come back" that make it a return.
var auxiliary = map[string]bool{"has": true, "have": true, "had": true, "is": true}

// hindiBack is "back" in Hindi, said before a form of "aa" (come).
var (
	hindiBack = map[string]bool{"wapas": true, "vapas": true, "wapis": true, "laut": true, "वापस": true, "लौट": true}
	hindiCome = map[string]bool{"aa": true, "aaye": true, "aaya": true, "aayi": true, "aye": true, "aya": true, "aayen": true,
		"आ": true, "आए": true, "आये": true, "आया": true, "आई": true, "आईं": true}
)

// blankPast blanks in m every match of p told in the past tense (a word of
// past in it, just before it or a few words after it: "विचार आते थे"), and
// reports whether it blanked one. rec marks the words the recovery
// blanked (recoveredWords): a crisis told as over needs a time long ago
// near it (see datedFrom and datedBefore).
func (d *Detector) blankPast(p *pattern, masked, m []token, sents []int, rec []bool) bool {
	told := false
	firstRec := slices.Index(rec, true) // the first word the recovery blanked
	if firstRec < 0 {
		firstRec = len(m)
	}
	for {
		s, e, ok := p.find(m)
		if !ok || e == s || !d.any(d.past, m[max(0, s-3):min(len(m), e+6)]) && !d.pastStageIn(m, s, e, sents) {
			return told
		}
		if sents != nil && sents[s] != sents[e-1] {
			// A phrase from the past into the next sentence is no crisis
			// told as past: "2019 mein suicide try kiya tha, wo daur beet
			// gaya. par main marna chahta hu" (review rev45).
			return told
		}
		if sents != nil && !d.datedFrom(masked, rec, sents, sents[s]) && !(e <= firstRec && d.datedBefore(masked, sents, sents[s])) {
			// Nor is an act told in a sentence of its own, with no time
			// long ago in it or in a later sentence that points back to
			// it ("When I first came I had a plan to end things. That was
			// 2022.", "I tried to end my life. Now I'm doing great. It was
			// in 2019."; never "... im fine now. lost my job in covid",
			// review rev64): "I was
			// suicidal in 2019 but it had gone. I took 30 pills." (set JD
			// had found it; thirty-seventh round, review rev63). Told
			// before the recovery, it may be dated by a sentence before it
			// that opens with the time: "In 2019 I was in a very bad place.
			// I tried to end my life. Now I'm doing great".
			return told
		}
		for j := s; j < e; j++ {
			m[j] = token{}
		}
		told = true
	}
}

// goodNow blanks in m, text's tokens (words) with the masks' and the recovery
// phrases' words blanked, each clause of text (as the masks alone left
// it, in masked) that tells of a life going well now: a word of good_now
// ("happy", "promoted", "khush"), none of good_now_not (a negation, a
// "but", a calm that warns: "finally free"), of risk or of risk_now but
// those of good_now_time ("today", "aaj"), no "but" after its good word
// ("I was doing much better but it has all come back"), after a crisis a word of
// good_now_dated dates, with no word of risk in a clause after it and no
// word of good_now_not or beside_mask in a clause without risk; after the
// last such clause only questions and thanks (good_after) may come. It reports whether it blanked one. A clause, not a phrase: "I am working and happy. Today I thought
// about killing myself" keeps its "today", and so its crisis.
func (d *Detector) goodNow(text string, words, masked, m []token) bool {
	if len(d.goodNowW.alts) == 0 || !d.any(d.goodNowW, masked) || !d.any(d.goodNowDated, masked) {
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
	var good [][2]int
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
		isGood := d.any(d.goodNowW, c) && !d.any(d.goodNowNot, c) && !d.any(d.besideMask, c) && !d.any(d.risk, c) && !d.anyNowBut(c) && !d.afterGood(c, d.goodNowBut) && !d.tellsCrisis(c) && !d.afterGood(c, d.goodNowTail)
		switch {
		case isGood:
			good, after = append(good, [2]int{s, e}), true
		case d.present(typed):
			// A clause of now that is no good news: "Now I feel like
			// doing it. Today I am fine", "is hafte rassi khareed li
			// hai" (review rev8).
			return false
		case (d.any(d.risk, c) || d.tellsCrisis(c)) && !d.datedSentence(masked, sents, sents[s]):
			// A crisis told without a date in its sentence is no
			// crisis long over: "usne apni saari cheezein baant di",
			// "He keeps talking about doing it" (review rev8).
			return false
		case len(good) > 0 && d.any(d.risk, c):
			// A crisis after the good news takes it back: "I am working
			// and happy. Since then I thought about suicide every day."
			return false
		case !d.any(d.risk, c) && (d.any(d.goodNowNot, c) || d.any(d.besideMask, c)):
			// So does a worry anywhere but in the crisis told: "But
			// these days the thoughts are there", "maine sab kuch apne
			// bhai ke naam kar diya hai".
			return false
		}
		if len(good) > 0 && good[len(good)-1][0] != s && !(k < len(questions) && questions[k] && !d.askedOfMeans(c)) && !d.allOf(d.goodAfter, c) {
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
	for _, g := range good {
		clear(m[g[0]:g[1]])
	}
	return len(good) > 0
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

// dated reports whether ws[i] places something in time long ago: a word of
// long_ago or of good_now_dated, or a stage of life told as a time
// (lifeStageAt).
func (d *Detector) dated(ws []token, i int) bool {
	if placeAt(ws, i) {
		return false
	}
	dated, _ := d.lifeStageAt(ws, i)
	return dated || d.longAgo.matches(&ws[i]) || d.goodNowDated.matches(&ws[i])
}

// anyLongAgo reports whether ws holds a word of long_ago that is no place
// (atPlace) or a stage of life told as a time.
func (d *Detector) anyLongAgo(ws []token) bool {
	for i := range ws {
		if dated, _ := d.lifeStageAt(ws, i); dated || d.longAgo.matches(&ws[i]) && !placeAt(ws, i) {
			return true
		}
	}
	return false
}

// atPlace are the words of long_ago that, after "at", are a place, not
// a time: "took an overdose when the kids were at school" ("in college"
// is a time).
var atPlace = map[string]bool{"school": true, "college": true}

// placeAt reports whether ws[i] is a word of atPlace after "at".
func placeAt(ws []token, i int) bool {
	return i > 0 && ws[i-1].w == "at" && atPlace[ws[i].w]
}

// lifeStageAt reports whether ws[i] places an act in a stage of life or
// a time gone (set PP and fourteen other sets, thirty-ninth round), and
// whether that frame is itself in the past tense:
//   - a word of life_stage after "as a" (a time, no tense: "as a student
//     i want to kill myself" is now), or after "was a", "were" or "was"
//     (past: "when I was a kid", "when we were kids");
//   - a word of life_period before "mein" and not then "se" (past:
//     "bachpan mein"; never "बचपन से", since childhood);
//   - a word of past_era between "ek" and "tha" (past: "ek time tha jab").
//
// Never "my teen" or "when the kids were at school", who are people, nor
// "i was a little dizzy" (review rev72), "students me se" (among them) or
// "it was time" (code review of the round).
func (d *Detector) lifeStageAt(ws []token, i int) (dated, past bool) {
	t := &ws[i]
	next := func(k int) string {
		if i+k >= len(ws) {
			return ""
		}
		return ws[i+k].w
	}
	prev := func(k int) string {
		if i-k < 0 {
			return ""
		}
		return ws[i-k].w
	}
	switch {
	case len(d.lifePeriod.alts) > 0 && d.lifePeriod.matches(t):
		in := stageIn[next(1)] && next(2) != "se" && next(2) != "से"
		return in, in
	case len(d.pastEra.alts) > 0 && d.pastEra.matches(t):
		gone := hindiOne[prev(1)] && hindiWas[next(1)]
		return gone, gone
	case len(d.lifeStage.alts) == 0 || !d.lifeStage.matches(t):
		return false, false
	}
	article := prev(1) == "a" || prev(1) == "an"
	switch {
	case article && prev(2) == "as":
		return true, false // "as a teen"
	case article && (prev(2) == "was" || prev(2) == "were"), prev(1) == "was" || prev(1) == "were":
		return true, true // "when I was a kid", "when we were kids"
	}
	return false, false
}

// stageIn are the words right after a period of life that make it a time
// in Hindi: "bachpan mein" ("main" is also "I").
var stageIn = map[string]bool{"mein": true, "me": true, "में": true}

// hindiOne and hindiWas frame a time gone in Hindi: "ek time tha jab",
// "एक समय था जब", "ek zamana tha" (set QA, thirty-ninth round).
var (
	hindiOne = map[string]bool{"ek": true, "एक": true}
	hindiWas = map[string]bool{"tha": true, "thi": true, "था": true, "थी": true}
)

// pastStageIn reports whether the sentence of the phrase at m[s:e] (sents
// numbers each word's sentence; nil when unknown: then the eight words on
// either side) places it in a stage of life or a time gone in the past
// tense: "when I was a kid I cut myself" is told in the past whatever the
// verb's form; "as a student i want to kill myself" is not.
func (d *Detector) pastStageIn(m []token, s, e int, sents []int) bool {
	from, to := max(s-8, 0), min(e+8, len(m))
	for i := from; i < to; i++ {
		if sents != nil && sents[i] != sents[s] {
			continue
		}
		if _, past := d.lifeStageAt(m, i); past {
			return true
		}
	}
	return false
}

// datedBefore reports whether a sentence before sent opens with a time:
// a word of long_ago or of good_now_dated among its first three words
// ("In 2019 I was in a very bad place."; never "my son lost his job in
// 2019.", which dates the job: review rev64).
func (d *Detector) datedBefore(masked []token, sents []int, sent int) bool {
	at := 0 // the word's place in its sentence
	for i := range masked {
		if i > 0 && sents[i] != sents[i-1] {
			at = 0
		}
		if sents[i] < sent && at < 3 && d.dated(masked, i) {
			return true
		}
		at++
	}
	return false
}

// pointsBackTo are the words a sentence that dates the one before opens
// with: "That was 2022.", "It was in 2019.", "ye 6 saal pehle ki baat hai";
// the English ones only before "was" ("its been 2 yrs of hell" dates no
// overdose: review rev63).
var (
	pointsBackTo = map[string]bool{"that": true, "it": true, "this": true, "all": true,
		"ye": true, "yeh": true, "wo": true, "woh": true, "vo": true, "ये": true, "यह": true, "वो": true, "वह": true}
	pointsBackEnglish = map[string]bool{"that": true, "it": true, "this": true, "all": true}
	pointsBackVerb    = map[string]bool{"was": true, "were": true, "happened": true, "that": true}
)

// pointsBack reports whether the sentence starting at masked[i] opens
// with words that point back to the one before (see pointsBackTo).
func pointsBack(masked []token, i int) bool {
	if !pointsBackTo[masked[i].w] {
		return false
	}
	if !pointsBackEnglish[masked[i].w] {
		return true
	}
	return i+1 < len(masked) && pointsBackVerb[masked[i+1].w]
}

// datedFrom reports whether sentence sent, or one after it that points
// back ("That was 2022.", "it was years ago") or tells the recovery ("he
// has been stable for years"), has a word of long_ago or of
// good_now_dated (as the masks left it), or a later one tells the time
// since in Hindi ("teen saal ho gaye"). Any other later sentence dates
// something else ("i tried to kill myself. im fine now. i have had
// depression for years": review rev64).
func (d *Detector) datedFrom(masked []token, rec []bool, sents []int, sent int) bool {
	back := -1                 // the later sentence that points back, while in it
	recovery := map[int]bool{} // the sentences the recovery blanked words of
	for i, r := range rec {
		if r {
			recovery[sents[i]] = true
		}
	}
	for i := range masked {
		if sents[i] > sent && (i == 0 || sents[i] != sents[i-1]) {
			back = -1
			if recovery[sents[i]] {
				back = sents[i]
			}
		}
		if sents[i] > sent && pointsBack(masked, i) {
			// at the start of the sentence or of a clause in it ("a
			// friend stopped me, that was first year of engineering")
			back = sents[i]
		}
		dated := d.dated(masked, i)
		if (sents[i] == sent || sents[i] == back) && dated {
			return true
		}
		if sents[i] > sent && dated && i+2 < len(masked) && (masked[i+1].w == "ho" || masked[i+1].w == "हो") {
			// "teen saal ho gaye", "चार साल हो गए": the time since
			return true
		}
	}
	return false
}

// datedSentence reports whether the sentence numbered sent (sents numbers
// each of masked's words by its sentence) holds a word of good_now_dated.
func (d *Detector) datedSentence(masked []token, sents []int, sent int) bool {
	for i := range masked {
		if sents[i] == sent && d.goodNowDated.matches(&masked[i]) {
			return true
		}
	}
	return false
}

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
