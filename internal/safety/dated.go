package safety

// This file: when a crisis told as over happened (dated, lifeStageAt,
// datedFrom): a time long ago, a stage of life, a sentence that dates the
// one before it.

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
// good_now_dated (as the masks left it), or, when since, a later one tells
// the time since in Hindi ("teen saal ho gaye"). Any other later sentence dates
// something else ("i tried to kill myself. im fine now. i have had
// depression for years": review rev64).
func (d *Detector) datedFrom(masked []token, rec []bool, sents []int, sent int, since bool) bool {
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
		if since && sents[i] > sent && dated && i+2 < len(masked) && (masked[i+1].w == "ho" || masked[i+1].w == "हो") {
			// "teen saal ho gaye", "चार साल हो गए": the time since
			return true
		}
	}
	return false
}

// datedSentence reports whether the sentence numbered sent (sents numbers
// each of masked's words by its sentence) holds a word that dates it
// (goodDated).
func (d *Detector) datedSentence(masked []token, sents []int, sent int) bool {
	for i := range masked {
		if sents[i] == sent && d.goodDated(masked, i) {
			return true
		}
	}
	return false
}

// goodDated reports whether ws[i] dates a crisis for good news to follow:
// a word of good_now_dated, or a stage of life or a time gone told in
// the past (lifeStageAt: "ek time tha jab roz marne ka sochta tha",
// "when I was a kid"; never "as a student", which is now).
func (d *Detector) goodDated(ws []token, i int) bool {
	if d.goodNowDated.matches(&ws[i]) {
		return true
	}
	dated, past := d.lifeStageAt(ws, i)
	return dated && past
}
