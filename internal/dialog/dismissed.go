package dialog

import (
	"strings"
	"unicode"
)

// withoutDismissed returns text without the clauses in which the writer
// sets a topic aside ("nope, not how long the effect lasts. I'm asking
// how many sittings are in the course", "what's in it is not my
// question. how does it go into the body", "Not the therapy, the
// substance itself — what is ketamine?", "I'm not worried about the price
// or the drive home. what keeps me up at night is dependence"): the topic
// named there is the one not asked, and matched with the rest it
// outweighed the question. ok is false when no clause is set aside or
// nothing of two words or more would remain.
func withoutDismissed(text string) (string, bool) {
	if !mayDismiss(text) {
		return text, false // most messages: no clause is split
	}
	clauses := splitClauses(text)
	if len(clauses) < 2 {
		return text, false
	}
	var kept []string
	words := 0
	for _, c := range clauses {
		if dismisses(c) {
			continue
		}
		kept = append(kept, c)
		words += len(strings.Fields(c))
	}
	if len(kept) == len(clauses) || words < 2 {
		return text, false
	}
	return strings.Join(kept, " "), true
}

// mayDismiss reports whether text has a word a dismissal needs ("not",
// "nope", "don't" or "dont", "skip", "leave", "forget", "sorted"), so that
// a message without one is not split into clauses at all.
func mayDismiss(text string) bool {
	l := strings.ToLower(text)
	for _, w := range []string{"not", "nope", "n't", "nt ", "skip", "leave", "forget", "sorted"} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// dismisses reports whether a clause sets a topic aside: it opens with
// "not" (after "nope" or "no") and what is not asked ("not the", "not
// how"; never "not gonna lie", "not depressed exactly"), or says the topic
// is not the question ("is not my question", "not what i'm asking", "i
// don't mean", "i'm not asking about", "i'm not worried about", "skip
// the", "leave me out of it").
func dismisses(clause string) bool {
	ws := strings.FieldsFunc(strings.ToLower(clause), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
	})
	if len(ws) == 0 {
		return false
	}
	s := " " + strings.Join(ws, " ") + " "
	s = strings.NewReplacer("’", "'", " i'm ", " i am ", " im ", " i am ", " don't ", " do not ", " dont ", " do not ", " isn't ", " is not ", " isnt ", " is not ").Replace(s)
	if ws[0] == "nope" || ws[0] == "no" && len(ws) > 1 && ws[1] == "not" {
		ws = ws[1:]
	}
	if ws[0] == "not" && len(ws) >= 3 && notWhat[ws[1]] {
		return true // "not how long the effect lasts", "Not the therapy"
	}
	for _, cue := range dismissals {
		if strings.Contains(s, cue) {
			return true
		}
	}
	return false
}

// notWhat are the words after an opening "not" that name what is not
// asked.
var notWhat = map[string]bool{"the": true, "how": true, "what": true, "why": true, "when": true, "where": true, "about": true, "asking": true, "that": true, "this": true}

// dismissals are the words with which a clause sets its topic aside.
var dismissals = []string{
	" is not my question ", " not my question ", " not what i am asking ", " not asking about ", " not asking how ",
	" not asking what ", " i do not mean ", " i am not worried about ", " not worried about the ", " skip the ",
	" leave me out of it ", " forget the ", " is sorted ", " that is not my question ",
}

// splitClauses splits text at sentence ends (splitSentences) and at
// dashes and semicolons, where a writer turns from one topic to another.
func splitClauses(text string) []string {
	var out []string
	for _, s := range splitSentences(text) {
		for _, c := range strings.FieldsFunc(s, func(r rune) bool { return r == '—' || r == '–' || r == ';' }) {
			if c = strings.TrimSpace(c); strings.IndexFunc(c, unicode.IsLetter) >= 0 {
				out = append(out, c)
			}
		}
	}
	return out
}
