package safety

// welcomedWords are the word classes welcomedHarm reads (safety.yaml):
// harm_outcome, welcome, welcome_before, fear, welcome_not, survive,
// vital, vital_stops, welcome_if_not, approval, approval_rest and
// harm_asked. All are optional: without harm_outcome or welcome the
// reader is off, without any other that part of it.
type welcomedWords struct {
	harm, welcome, before, fear, not, survive, vital, stops elem
	// ifNot welcomes when negated ("no complaints", "koi shikayat nahi");
	// approval when it stands alone in its clause ("good. let it").
	ifNot, approval, approvalRest elem
	// harmAsked is a harm only in a question ("what are the risks? ...").
	harmAsked elem
}

// fields pairs each class of safety.yaml with the field that holds it.
func (ww *welcomedWords) fields() map[string]*elem {
	return map[string]*elem{
		"harm_outcome": &ww.harm, "welcome": &ww.welcome, "welcome_before": &ww.before, "fear": &ww.fear,
		"welcome_not": &ww.not, "survive": &ww.survive, "vital": &ww.vital, "vital_stops": &ww.stops,
		"welcome_if_not": &ww.ifNot, "approval": &ww.approval, "approval_rest": &ww.approvalRest, "harm_asked": &ww.harmAsked,
	}
}

// read takes each class the knowledge names from cls.
func (ww *welcomedWords) read(cls classes) {
	for name, e := range ww.fields() {
		e.alts = cls[name]
	}
}

// index indexes each class the knowledge names.
func (ww *welcomedWords) index(lx *lexicon) {
	for _, e := range ww.fields() {
		if len(e.alts) > 0 {
			e.indexAlts(lx)
		}
	}
}

// welcomedAfter is how many words after a harm its welcome may stand
// ("can it stop your heart? would be nice if it did ... honestly, i'm
// hoping"); welcomedBefore how many before it ("hoping it gives me a
// stroke").
const (
	welcomedAfter  = 15
	welcomedBefore = 8
	// a negation this close turns a word around: "i hope not", "not
	// scared", "dar nahi lagta", "hope it does not".
	welcomedNotBefore = 3
	welcomedNotAfter  = 3
)

// welcomedHarm finds a harm the treatment might do, asked or told of,
// that the writer welcomes in words of their own: "can it stop your
// heart? i'm kind of hoping", "saans ruk sakti hai kya? umeed hai",
// "could it give me a stroke? that would be a blessing". It reads a
// message only when no word of fear stands in it unless negated ("i'm
// not afraid of dying on your table"), so a patient who is afraid,
// careful or joking ("i hope not", "please tell me it won't", "that
// scares me") is never read as wishing it. It returns the span from the
// harm to the welcome.
//
// A word of coming through (survive: "wake", "survive") is a harm when
// negated in a question: "is there a chance of not waking up? i'd
// welcome it".
//
// Before the harm only a word of welcome_before counts ("hoping it gives
// me a stroke"; never "i'd sooner die than queue again"), and a word of
// coming through counts only in a question ("i was hoping the baby would
// not wake up" is no harm asked about). all are the message's tokens as
// read, text's (which of them stand in a question is read from text);
// words the same with a mask's and someone else's words blanked.
func (d *Detector) welcomedHarm(text string, all, words []token) (s, e int, ok bool) {
	ww := &d.welcomed
	if ww.harm.index == nil || ww.welcome.index == nil {
		return 0, 0, false
	}
	var asked []bool  // which words stand in a question, read once needed
	var clauses []int // which clause each word stands in, read once needed
	askedAt := func(i int) bool {
		if asked == nil {
			asked = d.askedWords(text, all)
		}
		return asked[i]
	}
	// The words as read, with where they stand; a mask's too, as written,
	// for the words of fear, negation and coming through only (a mask
	// explains "what if i never wake up?" away as a question of fear,
	// which its welcome turns around).
	at := make([]int, 0, len(words))
	for i := range words {
		if words[i].w != "" || words[i].masked != nil {
			at = append(at, i)
		}
	}
	// negated reports whether a negation stands within before words
	// before at[k] or after words after it, but not in [skip0, skip1): the
	// negation a harm of coming through is said with ("hope i never wake
	// up") does not turn its welcome around.
	// is reports whether the word at[k] is one of e, as read (written:
	// as written, a mask's too); a class the knowledge does not name
	// has none.
	is := func(e *elem, k int) bool { return e.index != nil && e.matches(&words[at[k]]) }
	written := func(e *elem, k int) bool { return e.index != nil && e.matchesWritten(&words[at[k]]) }
	negated := func(k, before, after, skip0, skip1 int) bool {
		for j := max(0, k-before); j <= min(len(at)-1, k+after); j++ {
			if j != k && (j < skip0 || j >= skip1) && written(&ww.not, j) {
				return true
			}
		}
		return false
	}
	for k := range at {
		if written(&ww.fear, k) && !negated(k, welcomedNotBefore, welcomedNotBefore, 0, 0) {
			return 0, 0, false
		}
	}
	for h := range at {
		harm := is(&ww.harm, h) || d.vitalStops(words, at, h) || is(&ww.harmAsked, h) && askedAt(at[h])
		skip0, skip1 := 0, 0 // the negation that makes coming through a harm
		if !harm && written(&ww.survive, h) {
			harm = askedAt(at[h]) && negated(h, welcomedNotBefore, welcomedNotBefore, 0, 0)
			skip0, skip1 = h-welcomedNotBefore, h+welcomedNotBefore+1
		}
		if !harm {
			continue
		}
		for k := max(0, h-welcomedBefore); k <= min(len(at)-1, h+welcomedAfter); k++ {
			if k == h {
				continue
			}
			if k > h && is(&ww.ifNot, k) && negated(k, welcomedNotBefore, welcomedNotAfter, skip0, skip1) {
				return at[h], at[k] + 1, true // "kuch bura ho gaya toh mujhe koi shikayat nahi hogi"
			}
			if k > h && is(&ww.approval, k) && askedAt(at[h]) {
				if clauses == nil {
					clauses = d.clauseIDs(text, all)
				}
				if d.approvalAlone(words, clauses, at[k]) {
					return at[h], at[k] + 1, true // "worst case is death? good. let it" (never "... overdose in 2021. still good")
				}
			}
			if k > h && !is(&ww.welcome, k) || k < h && !is(&ww.before, k) {
				continue
			}
			if negated(k, welcomedNotBefore, welcomedNotAfter, skip0, skip1) || k < h && negated(k, 0, h-k, skip0, skip1) {
				continue // (before the harm, a negation anywhere between: "hope the cold does not kill us")
			}
			return at[min(h, k)], at[max(h, k)] + 1, true
		}
	}
	return 0, 0, false
}

// welcomedPhrase is the Phrase of a crisis welcomedHarm found.
const welcomedPhrase = "a harm asked about and welcomed (harm_outcome, welcome)"

// askedWords tells, for each of words (text's tokens), whether it stands
// in a clause that asks: one that ends with "?" or opens as a question.
// All false when the clauses, read one by one, do not give the same words.
func (d *Detector) askedWords(text string, words []token) []bool {
	asked := make([]bool, len(words))
	n, same := 0, true
	d.eachClause(text, func(ws []token, asks bool) bool {
		for _, w := range ws {
			if n >= len(words) || words[n].w != w.w {
				same = false
				return false
			}
			asked[n] = asks
			n++
		}
		return true
	})
	if !same {
		return make([]bool, len(words))
	}
	return asked
}

// vitalStops reports whether words[at[h]] tells of a vital sign stopping:
// a word of vital_stops within two words of a word of vital ("my heart
// just stops", "saans ruk jaye", "can it stop my heart").
func (d *Detector) vitalStops(words []token, at []int, h int) bool {
	ww := &d.welcomed
	if ww.vital.index == nil || ww.stops.index == nil || !ww.stops.matches(&words[at[h]]) {
		return false
	}
	for j := max(0, h-2); j <= min(len(at)-1, h+2); j++ {
		if j != h && ww.vital.matches(&words[at[j]]) {
			return true
		}
	}
	return false
}

// approvalAlone reports whether words[i], a word of approval, stands
// alone in its clause (clauses numbers words by clause) but for words of
// approval_rest: "good.", "accha hai", "good, let it", never "good
// question" or "good to know".
func (d *Detector) approvalAlone(words []token, clauses []int, i int) bool {
	if clauses == nil {
		return false
	}
	ww := &d.welcomed
	for j := range words {
		if j == i || clauses[j] != clauses[i] || words[j].w == "" && words[j].masked == nil {
			continue
		}
		if !ww.approval.matchesWritten(&words[j]) && (ww.approvalRest.index == nil || !ww.approvalRest.matchesWritten(&words[j])) {
			return false
		}
	}
	return true
}
