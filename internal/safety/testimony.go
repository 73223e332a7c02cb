package safety

import (
	"strings"

	"github.com/mindbraintms/clinicbot/internal/clinicbot"
)

// testimony tells a crisis told as over, beside thanks or a life now ("two
// years ago I wanted to die. today I got promoted. thank you, doctor"),
// from a crisis that only looks like one ("10 days ago my wife tried to
// hang herself. today she is stable. thank you all"; "two years ago I
// wanted to die. today I am happy, I took 40 sleeping pills"). Five
// reviews took apart rules that explained the past crisis away. Here
// nothing is explained away: the message is cut into clauses, those that
// place themselves years back and speak of nothing now are set aside, and
// the detector reads the rest as a message of its own, phrases and
// classifier both. Only when the crisis was all in the clauses set aside,
// the rest is none, the message says the writer is well or thankful, and
// none of the words that speak of now, of an end, of a means or of a
// hospital bed is anywhere in it, is the message cleared.
type testimony struct {
	longAgo, well, notIf, present []pattern
}

// toldAsOver reports whether text (words, its tokens), which the detector
// called a crisis, tells one that is over.
func (d *Detector) toldAsOver(text string, words []token) bool {
	t := d.testimony
	if t == nil || !anyFinds(t.longAgo, words) || anyFinds(t.notIf, words) {
		return false
	}
	// A word of now among the words left out before matching ("the rope
	// is still in my cupboard").
	var dropped []string
	for _, w := range allWords(text) {
		if fillers[w] {
			dropped = append(dropped, w)
		}
	}
	if d.any(d.riskNow, d.lex.tokens(dropped)) {
		return false
	}
	var past, rest []string
	well := false
	for _, c := range clauses(text) {
		ws := d.tokens(c)
		if len(ws) == 0 {
			continue
		}
		if anyFinds(t.longAgo, ws) && !anyFinds(t.present, ws) {
			past = append(past, c)
		} else {
			rest = append(rest, c)
			// the writer well now, said outside the past: never "two years
			// ago I got engaged and I swallowed my mother's pills"
			well = well || anyFinds(t.well, ws)
		}
	}
	if len(past) == 0 || !well {
		return false
	}
	told, _, _ := d.check(strings.Join(past, ". "), false)
	if told.Verdict != clinicbot.Crisis {
		return false // the crisis is not (only) in what is told as past
	}
	if len(rest) == 0 {
		return true
	}
	now, _, _ := d.check(strings.Join(rest, ". "), false)
	return now.Verdict != clinicbot.Crisis
}

// clauses cuts text at the ends of sentences, at commas and semicolons,
// and before the words that join two clauses ("but", "and", "then", "so",
// "lekin", "aur"): a long_ago phrase dates only its own clause ("two years
// ago I tried to hang myself and this morning I took 40 paracetamol").
// Never at "par", which is also "on" ("chhat par").
func clauses(text string) []string {
	var out []string
	for _, s := range strings.FieldsFunc(text, func(r rune) bool {
		return strings.ContainsRune(".!?;,\n।", r)
	}) {
		start := 0
		ws := strings.Fields(s)
		for i, w := range ws {
			switch strings.ToLower(w) {
			case "but", "and", "then", "so", "lekin", "magar", "aur", "phir", "fir", "लेकिन", "मगर", "और", "फिर":
				if i > start {
					out = append(out, strings.Join(ws[start:i], " "))
				}
				start = i
			}
		}
		if start < len(ws) {
			out = append(out, strings.Join(ws[start:], " "))
		}
	}
	return out
}

func anyFinds(ps []pattern, words []token) bool {
	for i := range ps {
		if _, _, ok := ps[i].find(words); ok {
			return true
		}
	}
	return false
}
