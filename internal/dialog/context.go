package dialog

import (
	"strings"
	"unicode"

	"github.com/mindbraintms/clinicbot/internal/clinicbot"
)

// medicinesAsContext reports whether a message refused as advice only
// told its medicines as context before a question for a fact ("I am on
// lithium and quetiapine for bipolar depression. How is it given,
// injection or drip?"; "my wife is on venlafaxine. how many sessions
// would she need?"): every question sentence opens with how, what, when,
// where, which or who, names no person (the writer, a relative, a baby)
// and is no advice read alone, and no sentence has a word of a decision
// ("safe", "stop", "together", "should", "can", "drink", "pregnant"). Patients here are on medicines: telling them is
// no request for advice. A message of one sentence, or with a Hindi
// question word, is left as it was.
func medicinesAsContext(safety Safety, text string) bool {
	sentences := splitSentences(text)
	if len(sentences) < 2 {
		return false
	}
	asked := 0
	for _, s := range sentences {
		ws := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' })
		first := ""
		for _, w := range ws {
			if hindiQuestions[w] || decisionWords[w] {
				return false // a decision asked or told, or read in Hindi
			}
			if first == "" && !preambles[w] {
				first = w
			}
		}
		if !asksForInformation(s) {
			continue
		}
		asked++
		if !whWords[first] || safety.Check(s).Verdict != clinicbot.Safe {
			return false
		}
		for _, w := range ws {
			if askedForSomeone[w] {
				return false // "when does she restart her lithium": a decision for a person
			}
		}
	}
	return asked > 0 && asked < len(sentences)
}

// splitSentences cuts text at the marks that end a sentence, keeping a
// question mark with its sentence.
func splitSentences(text string) []string {
	var out []string
	start := 0
	for i, r := range text {
		if r == '.' || r == '?' || r == '!' || r == '\n' || r == '।' {
			if r == '.' && i > 0 && i+1 < len(text) && isDigit(text[i-1]) && isDigit(text[i+1]) {
				continue // a decimal point: "0.5 mg"
			}
			if s := strings.TrimSpace(text[start : i+len(string(r))]); strings.IndexFunc(s, unicode.IsLetter) >= 0 {
				out = append(out, s)
			}
			start = i + len(string(r))
		}
	}
	if s := strings.TrimSpace(text[start:]); strings.IndexFunc(s, unicode.IsLetter) >= 0 {
		out = append(out, s)
	}
	return out
}

func isDigit(b byte) bool { return '0' <= b && b <= '9' }

var (
	// whWords open a question for a fact, not for a decision ("how is it
	// given", not "can I", "is it ok", "should she").
	whWords = toSet(`how hows what whats when where which who`)
	// decisionWords ask what to do about a medicine, a dose or a plan.
	decisionWords = toSet(`ok okay fine safe unsafe allowed alright risky dangerous stop start stopping starting skip skipping
change changing changed switch switching continue continued continuing reduce increase dose doses quit taper combine
combined combining mix mixing together along should shall must can could drink drinking alcohol pregnant pregnancy breastfeeding
safest safer safely adjust adjusted decrease increased reduced mg trimester`)
	// askedForSomeone in a question make it about a person, the writer
	// or a relative, and what is done for them ("which of my tablets do I
	// leave out", "how long after the infusion do I feed my baby"): a
	// question for a fact names neither (a safety review of the
	// eighteenth round found 69 such requests answered without these).
	askedForSomeone = toSet(`i i'm im i've ive me my mine myself we us our he him his she her hers they them their
mother mom mum mummy mama maa father dad papa husband wife son daughter brother sister bhai behen friend uncle aunt
grandmother grandfather grandma grandpa baby babies child children kid kids feed feeding fed nursing expecting
conceive conceiving trimester level levels units`)
)
