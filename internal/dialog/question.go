package dialog

import (
	"strings"
	"unicode"
)

// infoStarts begin a question that asks for information ("what is your
// phone number", "will someone be with me"), as opposed to a request
// ("can I talk to your staff", "put me in touch with your team").
var infoStarts = toSet(`what whats how hows why when where who whom which whose is isnt are arent am
do does did dont doesnt will would wont should shall have has`)

// hindiQuestions mark a question wherever they stand.
var hindiQuestions = toSet(`kya kia kaise kaisa kab kahan kaha kyun kyu kitna kitne kitni kaun konsa kaunsa
क्या कैसे कैसा कब कहाँ कहां क्यों कितना कितने कितनी कौन कौनसा`)

// preambles may come before the question's first word.
var preambles = toSet(`hi hello hey namaste namaskar sir madam maam mam doctor dr ji ok okay so and but also
नमस्ते नमस्कार जी सर डॉक्टर`)

// asksForInformation reports whether a sentence of text is a question for
// information: it begins with a question word, ends with a question mark
// without beginning as a request ("can I", "please"), or has a Hindi
// question word.
func asksForInformation(text string) bool {
	sentences := strings.FieldsFunc(text, func(r rune) bool { return r == '.' || r == '!' || r == '\n' || r == '।' || r == ',' })
	for _, s := range sentences {
		words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsMark(r) && !unicode.IsDigit(r) && r != '?'
		})
		first := ""
		for _, w := range words {
			w = strings.TrimRight(w, "?")
			if hindiQuestions[w] {
				return true
			}
			if first == "" && w != "" && !preambles[w] {
				first = w
			}
		}
		if infoStarts[first] || asksToBeTold(words) || namesFacts(words) || wantsToKnow(words) {
			return true
		}
		if strings.HasSuffix(strings.TrimSpace(s), "?") && !requestStarts[first] {
			return true
		}
	}
	return false
}

// asksToBeTold reports whether words ask to be sent or told a fact ("can
// you share the clinic's phone number", "pls send ur address"): a request
// for information, not for staff.
func asksToBeTold(words []string) bool {
	for i, w := range words {
		if !tellVerbs[w] {
			continue
		}
		for _, n := range words[i+1 : min(len(words), i+6)] {
			if factNouns[strings.TrimRight(n, "?")] {
				return true
			}
		}
	}
	return false
}

// wantsToKnow reports whether words say in Hindi that the writer wants
// to know about something ("केटामाइन ट्रीटमेंट के बारे में जानकारी चाहिए",
// "ketamine ki jaankari chahiye"): a question for information, not a
// request for staff.
func wantsToKnow(words []string) bool {
	knowing, wanting := false, false
	for _, w := range words {
		w = strings.TrimRight(w, "?")
		if contactWords[w] || len(w) >= 7 && strings.Trim(w, "0123456789") == "" {
			return false // "jaankari chahiye, whatsapp kar dena", a number given: to be called
		}
		knowing = knowing || knowWords[w]
		wanting = wanting || wantWords[w]
	}
	return knowing && wanting
}

var (
	knowWords    = toSet(`jaankari jankari jaankaari jankaari janna jaanna jaankar information info जानकारी जानना`)
	wantWords    = toSet(`chahiye chahie chaiye chahte chahta chahti chahunga chahungi चाहिए चाहते चाहता चाहती`)
	contactWords = toSet(`call phone fone kol whatsapp number no contact sampark कॉल फोन फ़ोन नंबर व्हाट्सएप संपर्क`)
)

// namesFacts reports whether a short sentence only names facts it wants
// ("clinic phone number and email", "timings and address?"): a question
// for information without a verb, not a request for staff.
func namesFacts(words []string) bool {
	if len(words) > 6 {
		return false
	}
	named := false
	for _, w := range words {
		w = strings.TrimRight(w, "?")
		if staffWords[w] {
			return false
		}
		named = named || factNouns[w]
	}
	return named
}

var (
	// staffWords ask for a person or an action ("call me on my number"),
	// or give the writer's own facts ("my number is ...").
	staffWords = toSet(`call ring book booking appointment talk speak person human someone somebody me callback my mine i is`)
	tellVerbs  = toSet(`share tell send give provide forward text`)
	factNouns  = toSet(`number no email mail address id timings timing hours details location fees fee price cost charges link website map`)
)

// requestStarts begin a request even when it ends with a question mark.
var requestStarts = toSet(`can could may please pls plz kindly i im id lets let`)

func toSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}
