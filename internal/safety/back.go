package safety

// backAgain reports the crisis phrase (and whether it is someone else's) a mask or a recovery explained away
// as past when the message then says it is back: "years ago I had suicidal
// thoughts, therapy saved my life, but they are back again", "years ago I
// self harmed, it's started again". words is the message before any mask,
// masked after them; a word of the class returned must stand, unmasked,
// after the phrase's span. "back" in the sense of a time or an errand
// ("back in 2019", "come back for my next session", "call me back") and
// "again" of politeness ("thanks again", "ask again") do not count.
func (d *Detector) backAgain(words, masked []token) (p *pattern, other, ok bool) {
	if len(d.returned.alts) == 0 {
		return nil, false, false
	}
	for k, ps := range [][]pattern{d.crisis, d.other} {
		for i := range ps {
			s, e, ok := ps[i].find(words)
			if !ok || e == s || !anyBlank(masked[s:e]) {
				continue
			}
			for j := e; j < len(masked); j++ {
				if masked[j].w == "" || !d.returned.matches(&masked[j]) {
					continue
				}
				if errand(masked, j) || !comesBack(masked[max(0, j-3):j]) {
					continue
				}
				return &ps[i], k == 1, true
			}
		}
	}
	return nil, false, false
}

func anyBlank(ts []token) bool {
	for _, t := range ts {
		if t.w == "" {
			return true
		}
	}
	return false
}

// backOf are the words after "back" that make it a time, a place or an
// errand; againAfter the words before "again" that make it politeness.
var (
	backOf     = map[string]bool{"in": true, "then": true, "home": true, "pain": true, "during": true, "later": true, "tomorrow": true}
	backAfter  = map[string]bool{"call": true, "calls": true, "called": true, "calling": true, "write": true, "message": true, "text": true, "get": true, "go": true, "going": true, "drive": true, "driving": true, "years": true, "months": true, "year": true, "ago": true, "way": true}
	againAfter = map[string]bool{"thanks": true, "thank": true, "you": true, "ask": true, "asking": true, "try": true, "call": true, "message": true, "write": true, "book": true, "booking": true, "check": true, "see": true, "visit": true, "come": true}
)

// errand reports whether the returned word at j is "back" or "again" of
// a time, a place or politeness rather than of a crisis.
//
// comesBack reports whether the words before a returned word name what
// comes back: the thoughts or urges ("the thoughts are back"), not a
// pronoun (a safety review: "I signed it and sent it back", "can you print
// them again?"), a job or a laugh ("back at work", "laughs again").
func comesBack(before []token) bool {
	for _, t := range before {
		if what[t.w] {
			return true
		}
	}
	return false
}

var what = map[string]bool{"thoughts": true, "thought": true, "urges": true, "urge": true, "feelings": true,
	"ideas": true, "voices": true, "khayal": true, "khyal": true, "vichar": true, "विचार": true, "ख्याल": true, "ख़याल": true}

func errand(ts []token, j int) bool {
	prev, next := "", ""
	if j > 0 {
		prev = ts[j-1].w
	}
	if j+1 < len(ts) {
		next = ts[j+1].w
	}
	switch ts[j].w {
	case "back":
		return backOf[next] || backAfter[prev]
	case "again":
		return againAfter[prev]
	}
	return false
}
