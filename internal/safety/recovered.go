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
//   - a crisis.recovered phrase says it is over, a clause tells of a
//     life going well now (goodNow: "today I am healthy and happy"), or a
//     streak does ("i havent cut myself in 5 years");
//   - a word of the class long_ago places it back in time ("ago", "2019",
//     "years");
//   - no word of the class risk_now speaks of now ("still", "again",
//     "tonight", "anymore"), fillers included, outside the recovery phrase;
//   - the crisis phrase itself is in the past tense: a word of the class
//     past stands in it or just before it ("had", "tried", "wanted"), or
//     a negated perfect ("have not", "has never") just before it.
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
	over = d.goodNow(text, words, masked, m) || over || d.streak(m)
	rec := recoveredWords(masked, m) // before any past phrase is blanked too
	if !over || d.nowAtRisk(nonEmpty(outside(m, ids, ongoing))) || d.backAfter(masked, rec) || d.recentDated(masked) || d.toldTwice(masked) {
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
// on, or end by asking for information (asksInfoOnly: "अभी एक दोस्त के
// लिए जानकारी चाहिए थी"), and of nothing of risk: a word of
// ongoing_illness or such an ending, no word of risk
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
		if !d.any(d.ongoing, ws) && !d.asksInfoOnly(ws) || d.any(d.risk, ws) || d.any(d.ongoingNot, ws) || d.tellsCrisis(ws) {
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

// asksInfoOnly reports whether a clause ends by asking for information:
// a word of asking_info among its last three ("abhi bas ek friend ke liye
// info chahiye thi"), never with what is asked after it ("abhi info
// chahiye ki kitni goliyan kaafi hain").
func (d *Detector) asksInfoOnly(ws []token) bool {
	for i := max(0, len(ws)-3); i < len(ws); i++ {
		if d.askingInfo.matches(&ws[i]) {
			return true
		}
	}
	return false
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

// toldTwice reports whether an act told in the past stands twice in
// masked, a word of both past and recent_what ("years ago I overdosed and
// I overdosed after the fight with my wife"), or "another" names one ("I
// am doing fine now, but I took another overdose"): a second time is not
// the one told as over. A word typed wrong the second time is still the
// same act ("overdosed ... overdoesd again"), so the words are compared as
// the lexicon words they stand for.
func (d *Detector) toldTwice(masked []token) bool {
	seenID := map[int32]bool{}
	seenWord := map[string]bool{}
	for i := range masked {
		t := &masked[i]
		if t.w == "another" && i+1 < len(masked) && d.recentWhat.matches(&masked[i+1]) {
			return true // "but I took another overdose"
		}
		if t.w == "" || !d.past.matches(t) || !d.recentWhat.matches(t) {
			continue
		}
		if id := d.recentWhat.standsFor(t); id >= 0 {
			if seenID[id] {
				return true
			}
			seenID[id] = true
			continue
		}
		if seenWord[t.w] {
			return true
		}
		seenWord[t.w] = true
	}
	return false
}

// recentLast and recentAgo place a span of recent_span just behind: "last
// week", "pichle mahine", "2 weeks ago", "do hafte pehle".
var (
	recentLast = map[string]bool{"last": true, "past": true, "this": true, "pichle": true, "pichhle": true, "पिछले": true}
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
		if !ok || e == s || !d.any(d.past, m[max(0, s-3):min(len(m), e+6)]) && !d.pastStageIn(m, s, e, sents) && !negatedPerfect(m, s) && !d.streakAt(m, s, e) {
			return told
		}
		if sents != nil && sents[s] != sents[e-1] {
			// A phrase from the past into the next sentence is no crisis
			// told as past: "2019 mein suicide try kiya tha, wo daur beet
			// gaya. par main marna chahta hu" (review rev45).
			return told
		}
		if sents != nil && !d.datedFrom(masked, rec, sents, sents[s], true) && !(e <= firstRec && d.datedBefore(masked, sents, sents[s])) {
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

// streak reports whether a crisis phrase in m is told as a streak
// (streakAt): "i havent cut myself in 5 years" says it is over as "I
// stopped in 2019" does.
func (d *Detector) streak(m []token) bool {
	if !slices.ContainsFunc(m, func(t token) bool { return streakWords[t.w] }) {
		return false // most messages tell no streak: no pass over the phrases
	}
	for _, ps := range [][]pattern{d.crisis, d.other} {
		for i := range ps {
			if s, e, ok := ps[i].find(m); ok && e > s && d.streakAt(m, s, e) {
				return true
			}
		}
	}
	return false
}

// streakAt reports whether the phrase at s..e is told as a streak of a
// span of streak_span (years, months; never days: "i have not cut myself
// in 2 days" is no crisis over): after a negated perfect with the span after it ("i
// havent cut myself in 5 years"), or in Hindi with the span before it
// and "bina" after it ("6 saal ho gaye khud ko chot pahuchaye bina").
func (d *Detector) streakAt(m []token, s, e int) bool {
	if negatedPerfect(m, s) {
		for j := e; j < min(len(m), e+2); j++ {
			if m[j].w != "in" && m[j].w != "for" {
				continue
			}
			for k := j + 1; k < min(len(m), j+4); k++ {
				if d.streakSpan.matches(&m[k]) {
					return true
				}
			}
		}
		return false
	}
	without := false
	for j := e; j < min(len(m), e+2); j++ {
		without = without || m[j].w == "bina" || m[j].w == "बिना"
	}
	if !without {
		return false
	}
	for k := max(0, s-6); k < s; k++ {
		if d.streakSpan.matches(&m[k]) {
			return true
		}
	}
	return false
}

// streakWords are the words a streak needs (streakAt): a negated perfect
// or "bina".
var streakWords = map[string]bool{"not": true, "never": true, "hasnt": true, "hadnt": true, "bina": true, "बिना": true}

// negatedPerfect reports whether the phrase at s follows "have not",
// "has never" or the like: "i havent cut myself in 5 years" tells of
// the past as "I cut myself" does (round 80; a recovery phrase and a
// time long ago must still say it is over).
func negatedPerfect(m []token, s int) bool {
	if s >= 1 && (m[s-1].w == "hasnt" || m[s-1].w == "hadnt") {
		return true // not expanded: "she hasnt cut herself in years"
	}
	if s < 2 {
		return false
	}
	switch m[s-2].w {
	case "have", "has", "had":
		return m[s-1].w == "not" || m[s-1].w == "never"
	}
	return false
}
