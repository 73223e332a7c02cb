package match

import (
	"maps"
	"regexp"
	"slices"
	"strings"
	"unicode"
)

// contextWeight scales the terms of a sentence that is not the question in
// a message of several sentences: "I've had depression for 5 years. How
// long do the effects last?" is about how long the effects last.
const contextWeight = 0.1

// questionStarts are words a question usually begins with, also as typed
// in a chat ("wat is ketamine therapy", "hw long is a session").
var questionStarts = withChatSpellings(toSet(`
what whats how why when where who whom which whose can could is are am do does did will would
should shall may might must have has any kya kaise kab kahan kyun kitna kitne kitni kaun
`))

// aboutWriter are words a sentence telling about the writer or their family
// begins with: "I have had depression for years.", "My mother is 60."
var aboutWriter = withChatSpellings(toSet(`
i i'm im i've ive i'd id i'll my me mine we we've we're we'll our main mai mera meri mere mujhe hum hamara hamari humara
he he's hes she she's shes they they're theyre his their
मैं मेरा मेरी मेरे मुझे हम हमारा हमारी
`))

// hindiQuestionWords mark a question wherever they stand: Hindi puts
// them in the middle or at the end ("ketamine kya hai").
var hindiQuestionWords = withChatSpellings(toSet(`
kya kaise kab kahan kaha kyun kyu kitna kitne kitni kaun kis kisko kaunsa
क्या कैसे कब कहाँ कहां क्यों कितना कितने कितनी कौन किस किसको कौनसा
`))

// withChatSpellings adds to set the chat spellings of its words (see
// chatSpellings: "kinne", "kuthe", "कांई").
func withChatSpellings(set map[string]bool) map[string]bool {
	for typed, w := range chatSpellings {
		if set[w] {
			set[typed] = true
		}
	}
	return set
}

// askWords open a question: questionStarts without the words that also
// open a wish or a statement ("have a nice day", "any time", "may god
// bless you").
var askWords = func() map[string]bool {
	m := maps.Clone(questionStarts)
	for _, w := range strings.Fields("have has any may might must") {
		delete(m, w)
	}
	return m
}()

// putAsQuestion reports whether text is put as a question: a question
// word first in a sentence ("hi, will it help me"), or a Hindi one
// anywhere. A question mark alone does not say so ("ok?", "thanks?").
func putAsQuestion(text string) bool {
	for _, p := range sentenceParts(text, ',') {
		ws := words(p)
		if len(ws) > 0 && askWords[ws[0]] || hasHindiQuestion(ws) {
			return true
		}
	}
	return false
}

// hindiImperatives ask without a question word or mark, in Hindi and the
// languages beside it: "clinic kahan hai? address bhejo", "tussi kithe
// ho? clinic da address dasso ji" (the second sentence asks too).
var hindiImperatives = toSet(`batao bataiye bataye btao bataen bataein bataaiye bataiyega dasso daso sanga sangaa
pathva bhejo bhejiye bhejdo bhejna bhejiyega बताओ बताइए बताइये बताएं बताएँ भेजो भेजिए भेजिये`)

func hasImperative(ws []string) bool { return hasAny(ws, hindiImperatives) }

// hindiAskVerbs are the stems that ask with a helper after them: "address
// bhej do" (never "bata dena", which closes a message more often than it
// asks: "jo bhi charge ho bata dena", review rev66).
var hindiAskVerbs = toSet(`bhej भेज`)

// hindiHelpers are the helpers that make a stem a request.
var hindiHelpers = toSet(`do dijiye dijie dena dein de दो दीजिए दीजिये देना दें दे`)

// asksWithHelper reports whether a sentence asks with a stem and its
// helper ("address bhej do"): the question of a message that has no other
// ("papa retired hai ... unko lana hai clinic, address bhej do please"),
// never one beside a question ("clinic kahan hai? address bhej do").
func asksWithHelper(ws []string) bool {
	for i := 0; i+1 < len(ws); i++ {
		if hindiAskVerbs[ws[i]] && hindiHelpers[ws[i+1]] {
			return true
		}
	}
	return false
}

func hasHindiQuestion(ws []string) bool { return hasAny(ws, hindiQuestionWords) }

// asksEitherOr reports whether a Hindi sentence without a question mark
// asks which of two: "hosh me rehte h ya behosh ho jate h", "kaam pe ja
// sakte h ya rest karna hai"; both sides have words and it says nothing
// done (chuka, tha: "TMS ya ECT le chuka hu" tells).
func asksEitherOr(ws []string) bool {
	i := slices.IndexFunc(ws, func(w string) bool { return w == "ya" || w == "या" })
	if i < 1 || i > len(ws)-2 || hasAny(ws, toldDone) {
		return false
	}
	return hasAny(ws[i+1:], eitherOrEnds)
}

var (
	toldDone     = toSet(`chuka chuki chuke tha thi the hu hoon hun चुका चुकी चुके था थी थे हूँ हूं`)
	eitherOrEnds = toSet(`h hai hain he hota hoti hote jate jaate jati jaati sakte sakta sakti chahiye padega padegi padta hoga hogi है हैं होता होती होते जाते सकते सकता सकती चाहिए पड़ेगा होगा होगी`)
)

// indirectAsk are the words an indirect question opens with ("I'd like
// to know if", "wondering whether", "tell me how").
var indirectAsk = toSet(`if whether how what when which why where who`)

// hasAny reports whether a word of ws is in set.
func hasAny(ws []string, set map[string]bool) bool {
	return slices.ContainsFunc(ws, func(w string) bool { return set[w] })
}

// sentenceParts splits text at the ends of sentences (and at extra).
func sentenceParts(text string, extra ...rune) []string {
	if strings.Contains(text, ". ") {
		text = abbreviations.ReplaceAllString(text, "$1 ")
	}
	return strings.FieldsFunc(text, func(r rune) bool {
		// An emoji ends a sentence as a full stop does ("feeling lighter
		// since the session 🙂 how long does this effect last").
		return r == '.' || r == '!' || r == '?' || r == '\n' || r == '।' || unicode.Is(unicode.So, r) || slices.Contains(extra, r)
	})
}

// abbreviations end with a full stop that ends no sentence: "approx.
// cost", "whatsapp no. bhejo", "mob. number" ("no." only after a word it
// numbers: "i said no. what now" ends one). ("Dr." is left a sentence of
// its own: the name after it is told, not asked.)
var abbreviations = regexp.MustCompile(`(?i)\b(mob|ph|approx|etc|vs|(?:phone|mobile|whatsapp|contact|mob|ph|room|flat|house|plot|registration|reg|booking|roll|token|account|policy|case|file|ticket)\s+no)\.\s`)

// sentence is one sentence of a message and whether a '?' ends it.
type sentence struct {
	text   string
	marked bool
}

// markedSentences splits text into its sentences (sentenceParts), each with
// whether a question mark right after it marks it a question.
func markedSentences(text string) []sentence {
	var out []sentence
	rest := text
	for _, p := range sentenceParts(text) {
		i := strings.Index(rest, p)
		if i < 0 {
			break
		}
		rest = rest[i+len(p):]
		out = append(out, sentence{p, strings.HasPrefix(strings.TrimLeftFunc(rest, unicode.IsSpace), "?")})
	}
	return out
}

// sentenceWeights returns, for a message of several sentences of which
// some are questions and some are not, a weight for each term that occurs
// only outside the questions; nil when every sentence counts fully.
func (ix *Index) sentenceWeights(text string) map[string]float64 {
	sents := markedSentences(text)
	if len(sents) == 1 && Hindi(text) {
		sents = hindiClauses(sents[0])
	}
	if len(sents) == 1 {
		if questions, context := tellingClauses(sents[0].text); len(context) > 0 && ix.offTopic(context) && !slices.ContainsFunc(questions, pointsBack) {
			return ix.contextWeights(questions, context, false)
		}
	}
	if len(sents) < 2 {
		return nil
	}
	var questions, context []string
	marked := strings.ContainsAny(text, "?？")
	for _, sp := range sents {
		p := sp.text
		ws := words(p)
		if len(ws) == 0 {
			continue
		}
		// Without a question mark anywhere, a sentence that opens with a
		// question word and then "my" may be the writer's own story with "I"
		// left out ("did my first 6 infusions last year. now that the course
		// is over do people need top ups"): the writer's sentences are told
		// apart below.
		start := questionStarts[ws[0]] && (marked || len(ws) < 2 || ws[1] != "my")
		q := sp.marked || start || hasHindiQuestion(ws) || hasImperative(ws) || asksEitherOr(ws)
		if q {
			questions = append(questions, p)
		} else {
			context = append(context, p)
		}
	}
	if len(questions) == 0 {
		var rest []string
		for _, c := range context {
			if asksWithHelper(words(c)) {
				questions = append(questions, c)
			} else {
				rest = append(rest, c)
			}
		}
		context = rest
	}
	asked := len(questions) > 0
	if !asked {
		// No sentence looks like a question: when some tell about the
		// writer ("I have had depression for 5 years.") and the others do
		// not, the others are what is asked ("... ketamine kya hai").
		var told, rest []string
		for _, c := range context {
			ws := words(afterAddress(c))
			if len(ws) > 0 && aboutWriter[ws[0]] && !asks(ws) || signsOff(words(c)) {
				told = append(told, c)
			} else {
				rest = append(rest, c)
			}
		}
		if len(told) > 0 && len(rest) > 0 {
			questions, context = rest, told
		} else {
			// Nor do any tell about the writer: a sentence with a question
			// word inside it asks, the ones without tell ("3 years of
			// depression, 4 meds, nothing. honestly just want to know, if I
			// do ketamine when will I know whether its working").
			// (Review rev28: only a clause that opens with the question
			// word asks, and a sentence that requests something is never
			// set aside: "I know what ketamine is. Just tell me the price".)
			var asking, telling []string
			requested := false
			for _, c := range context {
				if clauseOpensWithQuestion(c) {
					asking = append(asking, c)
				} else {
					telling = append(telling, c)
					requested = requested || asks(words(c))
				}
			}
			if len(asking) > 0 && len(telling) > 0 && !requested {
				questions, context = asking, telling
			}
		}
	}
	// A question that names nothing of the knowledge beside one that does
	// is a follow-up ("Is that typical? How long does the effect last?"):
	// it says how the writer feels about the other, not what is asked. It
	// points back, is a few words or asks yes or no ("koi restriction h
	// kya"): "Till what time are you open?" after "Can my son come after
	// college?" asks what, in everyday words.
	if len(questions) > 1 {
		var named, follow []string
		for _, q := range questions {
			if ix.namesTopic(q) {
				named = append(named, q)
			} else {
				follow = append(follow, q)
			}
		}
		if len(named) > 0 && len(follow) > 0 {
			questions = named
			for _, q := range follow {
				if ws := words(q); !refersBack(q) && len(ws) > 3 && slices.ContainsFunc(ws, func(w string) bool { return whWords[w] }) {
					questions = append(questions, q)
				} else {
					context = append(context, q)
				}
			}
		}
	}
	if len(questions) == 0 || len(context) == 0 {
		return nil
	}
	return ix.contextWeights(questions, context, asked)
}

// contextWeights weighs down the terms of context that no question has,
// once the questions name a topic of the knowledge; nil when they do not,
// or one asks of what the context names.
func (ix *Index) contextWeights(questions, context []string, asked bool) map[string]float64 {
	inQuestion := map[string]bool{}
	topical := false
	for _, q := range questions {
		// A question that points back ("Where can I get that?") or is a
		// word or two ("what now?") must name a topic of its own; one that
		// does not ("Where is your clinic?") is about whatever of the
		// knowledge it names.
		back := refersBack(q) || asked && len(words(q)) <= 2 // "what now?"
		for _, t := range ix.queryTerms(q) {
			inQuestion[t] = true
			if ix.known(t) && !ix.address[t] && (!back || ix.isTopic(t) && ix.asked(t)) {
				topical = true
			}
		}
	}
	for _, q := range questions {
		if asksOfThat(q) {
			// "a doctor in Pune mentioned spravato for my brother. is that
			// the same as the ketamine you give?": what is asked about is
			// in the other sentence; the whole message decides.
			return nil
		}
	}
	if !topical {
		// "Saw an ad for ketamine therapy. What even is it?", "My employer
		// wants proof I paid. Where can I get that?": the question names
		// nothing but everyday words, so the other sentences say what it
		// is about.
		return nil
	}
	weights := map[string]float64{}
	for _, c := range context {
		for _, t := range ix.queryTerms(c) {
			if !inQuestion[t] {
				weights[t] = contextWeight
			}
		}
	}
	return weights
}

// pointsBack reports whether a clause speaks of someone or something
// named elsewhere: "will it pay for his sessions", "how does he apply", "do
// you have a branch there" ask of what the telling clause says.
func pointsBack(clause string) bool {
	for _, w := range words(clause) {
		if clausePronouns[w] {
			return true
		}
	}
	return refersBack(clause)
}

// clausePronouns point back beside anaphors (see refersBack): "it" anywhere
// in a clause, a person or a place named in the other.
var clausePronouns = toSet(`it they their he she his her him there`)

// offTopic reports whether the clauses name no topic of the knowledge (see
// isTopic): "my father lives in gurgaon sector 56", never "my husband's
// company gives health insurance" or "my psychiatrist mentioned a nasal
// spray called spravato", which say what the question after them asks
// about. (Allowing half their terms to be topics answered eight more
// unrelated questions on the sets: "my phone died and won't switch on,
// what should i do".)
func (ix *Index) offTopic(clauses []string) bool {
	for _, c := range clauses {
		terms := ix.queryTerms(c)
		topics := 0
		for _, t := range terms {
			if ix.isTopic(t) {
				topics++
			}
		}
		if topics > 0 {
			return false
		}
	}
	return true
}

// clauseJoints may open a clause that goes on asking: "is it safe, and
// how long does it last".
var clauseJoints = toSet(`and or also but plus n aur ya`)

// tellingClauses splits one sentence at its commas and semicolons into
// the clauses that ask and those that only tell about the writer or greet:
// "my father lives in gurgaon sector 56, where is the clinic exactly,
// want to see how far it is" asks where the clinic is. A clause tells when
// it opens with a word of the writer (aboutWriter: "my father lives in
// ...") or a greeting and asks nothing itself; every other clause, a
// condition ("if i start ketamine, what happens to my medicines") or a
// wish included, stays with the question. Nothing is told apart unless a
// clause opens with a question word (after a joint such as "and").
func tellingClauses(text string) (questions, context []string) {
	parts := strings.FieldsFunc(text, func(r rune) bool { return r == ',' || r == ';' })
	if len(parts) < 2 {
		return nil, nil
	}
	asking := false
	for _, p := range parts {
		ws := words(p)
		if len(ws) == 0 {
			continue
		}
		if clauseJoints[ws[0]] && len(ws) > 1 {
			ws = ws[1:]
		}
		switch {
		case askWords[ws[0]]:
			asking = true
			questions = append(questions, p)
		case (aboutWriter[ws[0]] || greetingWords[ws[0]]) && !asks(ws) && !hasHindiQuestion(ws):
			context = append(context, p)
		default:
			// Hindi asks with its question word inside the clause: "मेरी
			// बेटी के लिए पूछ रहा हूं, केटामाइन क्या होता है"; English
			// asks so too ("I was diagnosed with X, I would like to know
			// if ketamine is an option for me": round 69)
			asking = asking || hasHindiQuestion(ws) || asks(ws) && hasAny(ws, indirectAsk)
			questions = append(questions, p)
		}
	}
	if !asking {
		return nil, nil
	}
	return questions, context
}

// afterAddress returns a sentence without the clause that opens it when
// that clause only greets or addresses ("Dear team, I have read about
// ketamine ...", "Respected sir, my son is 20 ..."): the sentence tells
// about the writer all the same.
func afterAddress(sentence string) string {
	first, rest, ok := strings.Cut(sentence, ",")
	if ws := words(first); !ok || len(ws) == 0 || !greetingWords[ws[0]] || !allPolite(ws) {
		return sentence
	}
	return rest
}

// signOffWords close a letter: "Regards, a worried father", "Thanking
// you", "Yours sincerely", "With warm regards".
var signOffWords = toSet(`regards regard thanking sincerely faithfully yours`)

// signsOff reports whether a sentence only closes a letter (see
// signOffWords): it opens with one, or with "with", "best", "kind" or
// "warm" before one.
func signsOff(ws []string) bool {
	for i, w := range ws {
		if signOffWords[w] {
			return true
		}
		if i >= 2 || !(w == "with" || w == "best" || w == "kind" || w == "warm") {
			return false
		}
	}
	return false
}

// greetingWords open a clause that only greets or addresses: "hi, where
// is your clinic", "doctor, how long does it last". (Not politeWords: a
// leave-taking or "ok" opens the clause that is the message, "bye, will
// get back later".)
var greetingWords = toSet(`hi hii hey hello helo hlo namaste namaskar dear respected sir madam mam maam doctor doc ji good`)

// hindiJoints join the clauses of a Hindi sentence typed without full
// stops: "so", "but", "because", "that is why".
var hindiJoints = toSet(`lekin लेकिन magar मगर isliye isiliye इसलिए इसीलिए kyunki kyonki क्योंकि`)

// hindiIf open a condition, whose "to" (then) joins it to its own question:
// "अगर सेशन के बीच में घबराहट होने लगी तो आप लोग क्या करते हो".
var hindiIf = toSet(`agar agr अगर jab जब yadi यदि if`)

// hindiClauseMin is how many words a Hindi sentence must have before its
// clauses are told apart.
const hindiClauseMin = 14

// hindiClauses splits one long Hindi sentence at its joints into clauses,
// those with a question word marked as questions: "मेरी माँ दूसरे शहर से
// आएंगी तो हमे रुकने का इंतजाम करना पड़ेगा इसलिए पहले ये बताओ पूरा कोर्स
// कितने सेशन का होता है" asks how many sessions. A sentence whose clauses
// all ask, or none, is left whole.
func hindiClauses(s sentence) []sentence {
	ws := strings.Fields(s.text)
	if len(ws) < hindiClauseMin {
		return []sentence{s}
	}
	var out []sentence
	start, asks := 0, 0
	flush := func(end int) {
		if end > start {
			c := ws[start:end]
			q := hasHindiQuestion(c)
			if q {
				asks++
			}
			out = append(out, sentence{strings.Join(c, " "), q})
		}
		start = end
	}
	for i, w := range ws {
		if hindiJoints[strings.ToLower(w)] && i > start && !hindiIf[strings.ToLower(ws[start])] {
			flush(i)
			start = i + 1 // the joint itself belongs to neither clause
			continue
		}
		// A clause told in the past and closed by a comma is the
		// writer's story: "यूट्यूब पे एक वीडियो देखा था, डिप्रेशन के लिए
		// केटामाइन वाला इलाज आखिर है क्या" (forty-seventh round).
		if i > start && strings.HasSuffix(ws[i-1], ",") && hindiPast[strings.ToLower(strings.TrimRight(ws[i-1], ","))] && !hindiIf[strings.ToLower(ws[start])] {
			flush(i)
		}
		// A question closed by "kya hai" ends its clause: "इलाज
		// का रेट क्या है हम छोटे गांव से हैं ज्यादा पैसा नहीं है".
		if i > start && i+1 < len(ws) && closesQuestion(strings.ToLower(ws[i-1]), strings.ToLower(w)) && !hindiIf[strings.ToLower(ws[start])] {
			flush(i + 1)
		}
	}
	flush(len(ws))
	if asks == 0 || asks == len(out) {
		return []sentence{s}
	}
	return out
}

// closesQuestion reports whether two words end a Hindi question: "kya
// hai", "क्या है" ("hai kya" may as well open the next one: "kaam karta
// hai kya isse aadat lagti hai").
func closesQuestion(a, b string) bool {
	return hindiKya[a] && hindiHai[strings.TrimRight(b, ",;।")] // "केटामिन थेरेपी होती क्या है, हमने ..."
}

var (
	hindiKya  = toSet(`kya kia kyaa क्या`)
	hindiHai  = toSet(`hai h he hain हैं है`)
	hindiPast = toSet(`tha thi the था थी थे`)
)

// forMe asks whether the treatment suits the writer: "can spravato help
// me?", "would it work for me", "is it good for me", "is it going to work
// for me", "will this treatment help someone like me" ("me" is a stop
// word, so the question would read as how it helps).
var forMe = regexp.MustCompile(`(?i)\b((?:ketamine|spravato|esketamine|it|this|treatment|therapy|infusions?)\s+(?:\w+\s+){0,2}(?:help|work|works|good|right)\s+(?:for\s+)?(?:(?:someone|somebody|people|a\s+person|patients)\s+like\s+)?me)\b`)

// forMeHindi is forMe in Hindi: "kya ketamine mere liye sahi rahega",
// "मेरे लिए ठीक रहेगा", "mujh pe kaam karega", and of a relative, "kya ye
// uske liye sahi rahega" (thirty-fourth round).
var forMeHindi = regexp.MustCompile(`(?i)((?:^|\s)(?:mere|meri|mujh|hamare|humare|uske|unke|inke|मेरे|मेरी|मुझ|हमारे|उसके|उनके|इनके)\s+(?:liye|pe|par|लिए|पर)\s+(?:\S+\s+)?(?:sahi|theek|thik|kaam|asar|faydemand|fayda|सही|ठीक|काम|असर|फायदेमंद|फ़ायदेमंद))`)

// talkedAbout says where the writer heard of something, not what is
// asked: "what is this ketamine therapy everyone is talking about".
var talkedAbout = regexp.MustCompile(`(?i)\b(?:that\s+|which\s+)?(?:everyone|every\s+one|everybody|people|all|log|sab|(?:my|our|the)\s+(?:whole\s+)?\w+)\s+(?:on\s+\w+\s+|here\s+)?(?:is\s+|are\s+|keep\s+|keeps\s+)?(?:talking|talks|raving|buzzing)\s+about\b`)

// onlyOne asks whether there is anything else: "is ketamine the only
// treatment you do?", "ya sirf ketamine" (or only ketamine).
var onlyOne = regexp.MustCompile(`(?i)\bthe\s+only\s+(?:treatment|therapy|option|service|thing)s?\b|\bsirf\s+ketamine\b`)

// whWords ask what, when, where, which or how, not yes or no.
var whWords = toSet(`what whats when where which how who whom whose why till kab kahan kaha kaise kitna kitne kitni kaun kyun kyu
कब कहाँ कहां कैसे कितना कितने कितनी कौन क्यों`)

// anaphors point back to what another sentence named.
// (Forty-first round: the Devanagari ones too.)
var anaphors = toSet(`that this them those these one then iska iski iske uska uski uske yeh ye woh wo ise use यह ये वह वो इसका इसकी इसके उसका उसकी उसके इसे उसे`)

// refersBack reports whether a question points back at another sentence
// with a pronoun ("Where can I get that?", "What even is it?").
func refersBack(q string) bool {
	ws := words(q)
	for _, w := range ws {
		if anaphors[w] {
			return true
		}
	}
	// "it" as the object at the end ("What even is it?"); as the subject
	// it is the treatment asked about ("does it really work?").
	return len(ws) > 0 && ws[len(ws)-1] == "it"
}

// namesTopic reports whether a sentence has a word of the knowledge's
// topics: one that some entry has, not an address, greeting or everyday
// word ("is that normal?" names nothing).
func (ix *Index) namesTopic(sentence string) bool {
	for _, t := range ix.queryTerms(sentence) {
		if ix.isTopic(t) {
			return true
		}
	}
	return false
}

// asked reports whether the knowledge's questions have the term t or a
// synonym of it: a word only answers have ("list", "details") is no topic
// a question asks of.
func (ix *Index) asked(t string) bool {
	if ix.df[t] > 0 {
		return true
	}
	for _, s := range ix.synonyms[t] {
		if ix.df[s] > 0 {
			return true
		}
	}
	return false
}

// isTopic reports whether t is a word of the knowledge's own topics: one
// that some entry has, not how people address, greet or say everyday
// things ("much", "now").
func (ix *Index) isTopic(t string) bool {
	return ix.dfAll[t] > 0 && !ix.address[t] && !ix.polite[t] && !ix.common[t]
}

// known reports whether some entry has t, or a word t stands for (a
// Hinglish "kaha" for "where", a thesaurus word): "clinic kaha pe hai?
// mummy ko lekar aana h" asks where as "where is the clinic?" does.
func (ix *Index) known(t string) bool {
	if ix.dfAll[t] > 0 {
		return true
	}
	for _, s := range ix.synonyms[t] {
		if ix.dfAll[s] > 0 && !ix.address[s] && !ix.polite[s] {
			return true
		}
	}
	return false
}

// addressWords are how people address or place any service ("doctor,",
// "to patients", "in your clinic", "sir") or frame a request ("kindly",
// "I request", "some doubts regarding"): they say who is asked and how,
// not what is asked, so they weigh addressWeight in every message.
var addressWords = toSet(`patient patients clinic clinics doctor doctors dr sir madam maam mam hospital
centre center team staff ji ask asking asked wondering wonder guys guy
kindly request requesting respected dear grateful regarding query queries doubt doubts question questions
enquire enquiring enquiry inquire inquiring inquiry inform obliged humbly esteemed sincerely faithfully
share sharing send sending provide guide
honest frank frankly truthful truthfully
yaha yahan yahaan yahin idhar यहाँ यहां यहीं इधर
bhai bhaiya bhaiyya bro yaar yar dude didi भाई भैया यार दीदी`)

const addressWeight = 0.35

// politeWords greet, thank and take leave in any conversation: beside a
// word of the knowledge's topics they are left out, so "hi, what is
// ketamine?" is about ketamine, while "thank you very much" stays thanks.
// A festival's wishes are greetings too ("happy diwali to the whole
// team", "visiting delhi for diwali, send the address").
var politeWords = toSet(`hi hello hey hii hiii heya namaste namaskar namaskaar morning afternoon evening
thanks thank thanking thx thanku thankyou shukriya dhanyavad ok okay bye goodbye regards
bhai bhaiya bhaiyya bro yaar yar dude यार भाई भैया
नमस्ते नमस्कार हेलो हैलो
diwali deepawali dipawali deepavali holi eid mubarak christmas xmas dussehra dasara navratri dhanteras
bhaidooj rakhi rakshabandhan pongal onam lohri baisakhi vaisakhi ugadi chhath janmashtami ganeshotsav
shubhkamnaye shubhkamnayein shubhkamnaen greetings wishes festive
दिवाली दीपावली होली ईद मुबारक दशहरा नवरात्रि धनतेरस राखी शुभकामनाएं शुभकामनाएँ हार्दिक मंगलमय`)

// chatSpellings are how greetings, thanks and a few function words are
// typed in chat, too short for the speller (which corrects 6+ letters):
// "hlo sir", "thnx a lot mam", "ok noted"; and, from the fortieth round,
// the words of time, everyday verbs and pronouns of other Indian
// languages typed in Hinglish, as the Hindi word (their keys also open a
// sentence about the writer, as "mujhe" does: "enakku", "mainu").
var chatSpellings = map[string]string{
	"hlo": "hello", "helo": "hello", "hlw": "hello", "hellow": "hello", "hllo": "hello",
	"thnx": "thanks", "thanx": "thanks", "tnx": "thanks", "thnks": "thanks", "thnk": "thank",
	"thks": "thanks", "tysm": "thanks", "thankx": "thanks",
	"noted": "ok", "okk": "ok", "okie": "ok", "oky": "ok", "gotcha": "ok", "understood": "ok", "ttyl": "bye", "cya": "bye",
	"wat": "what", "wht": "what", "abt": "about", "r": "are", "u": "you", "ur": "your", "urs": "yours",
	"hw": "how", "wen": "when", "whn": "when", "wer": "where", "whr": "where", "wats": "what's", "whats": "what's",
	"yday": "yesterday", "ystrdy": "yesterday", "tmrw": "tomorrow", "tmrrw": "tomorrow", "2mrw": "tomorrow", "tmr": "tomorrow",
	"wud": "would", "cud": "could", "shud": "should", "wld": "would", "shld": "should",
	"tho": "though", "altho": "although", "coz": "because", "cuz": "because", "bcoz": "because",
	"bcz": "because", "becoz": "because", "ppl": "people", "smth": "something", "sth": "something",
	// abbreviations of what is asked: "ph no", "addrs pls", "appt"
	"ph": "phone", "phn": "phone", "mob": "mobile", "num": "number", "nmbr": "number",
	"addr": "address", "addrs": "address", "adrs": "address", "appt": "appointment",
	"apt": "appointment", "hrs": "hours", "mins": "minutes", "sesh": "session",
	// numbers for syllables: "will sum1 be with me", "any1 there"
	"sum1": "someone", "some1": "someone", "any1": "anyone", "every1": "everyone", "no1": "nobody",
	"b4": "before", "gr8": "great", "l8r": "later", "wil": "will", "wid": "with",
	"kno": "know", "knw": "know", "rite": "right", "ryt": "right", "fr": "for", "durin": "during", "n": "and",
	"watchng": "watching", "gettin": "getting", "goin": "going", "doin": "doing", "feelin": "feeling",
	// greetings of the day: "gud nyt", "gd mrng"
	"gud": "good", "gd": "good", "nyt": "night", "nite": "night", "mrng": "morning", "mornin": "morning",
	// Hinglish typed without vowels: "kaam krta h", "kya kr skte h"
	"krta": "karta", "krti": "karti", "krte": "karte", "kr": "kar", "krna": "karna", "krne": "karne",
	"krke": "karke", "kro": "karo", "skte": "sakte", "skta": "sakta", "skti": "sakti", "hta": "hota", "hti": "hoti",
	"krni": "karni", "kru": "karu", "krun": "karun", "krdo": "kardo", "krwa": "karwa", "krwana": "karwana",
	"krwani": "karwani", "krenge": "karenge", "krega": "karega", "kregi": "karegi", "krlo": "karlo",
	"lgta": "lagta", "lgti": "lagti", "lgte": "lagte", "lgega": "lagega", "lgegi": "lagegi",
	"bht": "bahut", "bhot": "bahut", "gye": "gaye", "gyi": "gayi", "chlta": "chalta", "chlti": "chalti",
	"kb": "kab", "tk": "tak", "bta": "bata", "btao": "batao", "kon": "kaun",
	// (round 78, set r79e) "agr andar dar lagne lage", "ghr kaise jaun sesn k baad"
	"agr": "agar", "ghr": "ghar", "sesn": "session",
	// ... and more words typed without their vowels ("ktne session lgte h")
	"ktne": "kitne", "ktna": "kitna", "ktni": "kitni", "kese": "kaise", "kse": "kaise", "dwai": "dawai", "dwa": "dawa",
	"kch": "kuch", "mjhe": "mujhe", "bhut": "bahut", "jldi": "jaldi", "chlega": "chalega", "kbhi": "kabhi",
	"hmesha": "hamesha", "sbse": "sabse", "ky": "kya",
	// (round 80, set r80g) English SMS spellings: "hw mny sssns r usually
	// reqd", "hw lng in bdy", "cn sm1 cll me on ths nmbr"
	"prep": "prepare", "mny": "many", "reqd": "required", "lng": "long", "bdy": "body", "cll": "call", "ths": "this",
	"wth": "with", "cn": "can", "sm1": "someone", "nd": "and",
	"dhanyawad": "dhanyavad", "dhanyvad": "dhanyavad", "dhanywad": "dhanyavad", "shukriyaa": "shukriya",
	// Punjabi question words, as many in North India type them ("kinne
	// dina baad asar hunda", "clinic kithe hai")
	"kinne": "kitne", "kinna": "kitna", "kinni": "kitni", "kithe": "kahan", "kitthe": "kahan",
	"kive": "kaise", "kiven": "kaise", "dasso": "batao", "daso": "batao", "hunda": "hota", "hundi": "hoti", "hunde": "hote",
	"tussi": "aap", "tusi": "aap", "twada": "aapka", "tuhada": "aapka", "da": "ka", "paaji": "bhai", "paji": "bhai", "veerji": "bhai",
	// and those of the languages beside Hindi, typed in Hindi chat by many
	// (Marathi "clinic kuthe ahe", Bengali "porer session kobe", Rajasthani
	// "kitto safe hai", Gujarati "ketla session", Bhojpuri "ketna lagi"):
	// question words and function words (the fortieth round's block below
	// adds words of time and verbs; topic words are in regional.txt)
	"kuthe": "kahan", "kuthay": "kahan", "kiti": "kitna", "kevha": "kab", "kasa": "kaise", "kashi": "kaise",
	"ahe": "hai", "aahe": "hai", "mala": "mujhe", "pathva": "bhejo", "sanga": "batao", "sangaa": "batao",
	"bhejiye": "bhejo", "bhejdo": "bhejo", "bhejiyega": "bhejo", "bhejna": "bhejo",
	"kobe": "kab", "koto": "kitna", "kothay": "kahan", "kothae": "kahan", "kemon": "kaise", "keno": "kyun", "amar": "mera", "hobe": "hoga",
	"kitto": "kitna", "kitta": "kitna", "kitti": "kitni", "mhane": "mujhe", "mhari": "meri", "mharo": "mera", "mhara": "mera", "kathe": "kahan",
	"ketla": "kitne", "ketlu": "kitna", "ketli": "kitni", "kyan": "kahan", "shu": "kya", "che": "hai", "chhe": "hai", "tamaru": "aapka",
	"ketna": "kitna", "kaisan": "kaise", "yo": "ye",
	"kitro": "kitna", "kitri": "kitni", "koni": "nahi", "hove": "hota", "thara": "aapka", "tharo": "aapka", "thari": "aapki",
	"humka": "mujhe", "hamka": "mujhe", "hamke": "mujhe", "hamra": "hamara", "khatir": "liye", "laagse": "lagega", "lagse": "lagega",
	"laagshe": "lagega", "ghano": "bahut",
	"su": "kya", "apnar": "aapka", "apnader": "aapka", "jinis": "cheez", "mokli": "bhejo", "mokalo": "bhejo", "mokaljo": "bhejo",
	"kekra": "kiske", "lagela": "lagta", "karawela": "karwata",
	"chhori": "beti", "chhora": "beta", "chhore": "bete", "छोरी": "बेटी", "छोरा": "बेटा", "छोरे": "बेटे",
	"वास्ते": "लिए", "रयो": "रहा", "यो": "ये", // "के वास्ते" is "के लिए" (no "visit")
	"म्हारी": "मेरी", "म्हारो": "मेरा", "म्हारा": "मेरा", "कांई": "क्या", "काँई": "क्या", "होवे": "होता",
	// (fortieth round) more of the same, written by a helper who saw
	// neither the clinic's folder nor any test folder: question words,
	// words of time, everyday verb forms, pronouns and courtesies of ten
	// languages, each as the Hindi word chat writes for it; left out, every
	// word that is also an English or a Hindi word, or another language's
	// ("ki", "kya", "ka", "hu", "ham", "the", "naa", "ye", "akka", "enna")
	// gujarati
	"kyare": "kab", "kayu": "kaunsa", "aaje": "aaj", "athvadiyu": "hafta", "mahino": "mahina", "vage": "baje", "savare": "subah", "khulse": "khulega", "aavu": "aana", "javu": "jaana", "kejo": "batao", "aapo": "do", "karjo": "karo", "thase": "hoga", "joiye": "chahiye", "levu": "lena", "malse": "milega", "shakay": "sakte", "maherbani": "please",
	// punjabi
	"kahnu": "kyun", "kehda": "kaunsa", "bhalke": "kal", "dihade": "din", "vaje": "baje", "savere": "subah", "khulda": "khulta", "khulu": "khulega", "aajo": "aao", "deyo": "do", "chahida": "chahiye", "laina": "lena", "sakde": "sakte", "hovega": "hoga", "mainu": "mujhe", "bhenji": "didi", "kirpa": "please",
	// bengali
	"kokhon": "kab", "kibhabe": "kaise", "saptaho": "hafta", "sokal": "subah", "bikel": "shaam", "khulbe": "khulega", "bondho": "band", "korun": "karo", "korben": "karenge", "lagbe": "chahiye", "pabo": "milega", "parben": "sakte", "chilo": "tha", "amake": "mujhe", "amader": "hamara", "doya": "please",
	// marathi
	"konta": "kaunsa", "udya": "kal", "aathavda": "hafta", "vajta": "baje", "sakali": "subah", "sandhyakali": "shaam", "ughadte": "khulta", "hoil": "hoga", "pahije": "chahiye", "ghya": "lena", "milel": "milega", "shakta": "sakte", "tumhi": "aap", "tumcha": "aapka", "aamhi": "hum", "aamcha": "hamara", "krupaya": "please",
	// bhojpuri and maithili
	"kahiya": "kab", "kahwan": "kahan", "katek": "kitna", "aaju": "aaj", "saanjh": "shaam", "aaib": "aaunga", "sakeni": "sakte", "hamar": "mera", "rauwa": "aap", "raur": "aapka", "hamni": "hum", "didiya": "didi",
	// rajasthani
	"kitra": "kitne", "kunsi": "kaunsi", "dinuge": "subah", "khulsi": "khulega", "aavo": "aao", "padharo": "aaiye", "jaavo": "jaao", "batavo": "batao", "hosi": "hoga", "chaije": "chahiye", "milsi": "milega", "mhaaro": "mera", "baisa": "didi",
	// tamil
	"ethana": "kitne", "eppadi": "kaise", "endha": "kaunsa", "yaaru": "kaun", "inniki": "aaj", "naalaiku": "kal", "vaaram": "hafta", "maasam": "mahina", "kaalaila": "subah", "saayangaalam": "shaam", "thorakum": "khulega", "moodum": "band", "vaanga": "aaiye", "sollunga": "batao", "kudunga": "do", "anuppunga": "bhejo", "pannunga": "karo", "aagum": "hoga", "venum": "chahiye", "edunga": "lena", "kidaikkum": "milega", "mudiyuma": "sakte", "irukkum": "hoga", "irukku": "hai", "irundhuchu": "tha", "enakku": "mujhe", "ennoda": "mera", "neenga": "aap", "engaloda": "hamara", "dayavu": "please",
	// telugu
	"eppudu": "kab", "ekkada": "kahan", "enni": "kitne", "enduku": "kyun", "evaru": "kaun", "ivala": "aaj", "gantalaki": "baje", "podduna": "subah", "saayantram": "shaam", "terustaru": "khulta", "moosestaru": "band", "vellali": "jaana", "cheppandi": "batao", "ivvandi": "do", "pampandi": "bhejo", "cheyandi": "karo", "avutundi": "hota", "kavali": "chahiye", "teesukondi": "lena", "dorukutundi": "milega", "cheyagalara": "sakte", "untundi": "hoga", "undedi": "tha", "naaku": "mujhe", "meeru": "aap", "dayachesi": "please",
	// kannada
	"yavaga": "kab", "eshtu": "kitna", "hege": "kaise", "yake": "kyun", "yavdu": "kaunsa", "ivattu": "aaj", "vaara": "hafta", "tingalu": "mahina", "beligge": "subah", "tegitare": "khulta", "muchchirutte": "band", "aagutte": "hota", "tagoli": "lena", "sigutte": "milega", "madbahuda": "sakte", "neevu": "aap", "nimma": "aapka", "naavu": "hum", "dayavittu": "please",
	// malayalam
	"evide": "kahan", "ethra": "kitna", "engane": "kaise", "enthinu": "kyun", "divasam": "din", "aazhcha": "hafta", "raavile": "subah", "vaikunneram": "shaam", "thurakkum": "khulega", "adakkum": "band", "pokam": "jaana", "parayu": "batao", "ayakku": "bhejo", "cheyyu": "karo", "kittum": "milega", "pattumo": "sakte", "aayirunnu": "tha", "enikku": "mujhe", "ningal": "aap", "ningalude": "aapka", "njangal": "hum", "nammude": "hamara", "chetta": "bhai", "chechi": "didi", "dayavayi": "please",
}

// negated are contractions that carry a "not": the stop list drops them,
// so withNegations adds the "not" they mean ("who can't have it" is not
// "who can have it").
var negated = toSet(`can't cant cannot don't dont doesn't doesnt didn't didnt isn't isnt aren't arent
wasn't wasnt weren't werent won't wont shouldn't shouldnt wouldn't wouldnt couldn't couldnt
mustn't mustnt haven't havent hasn't hasnt hadn't hadnt never nahi nahin nhi नहीं नही मत`)

// disambiguate rewrites what a word means where its neighbours decide it:
// see withNegations and asVerbs (and, before it, the phrasebook).
func disambiguate(text string) string {
	return asVerbs(withNegations(replaceIdioms(text)))
}

// idioms are phrases that say in several words what one word of the
// knowledge says: "scared in the middle of it" is scared during it.
var idioms = regexp.MustCompile(`(?i)\b(?:in the middle of|halfway through|midway through)\b`)

// inWhatWay asks how: "kis tarah se diya jata hai" (in what way is it
// given), "किस तरीके से" ("kis" alone asks who, and "kis tarah ka" what
// kind).
var inWhatWay = regexp.MustCompile(`(?i)\bkis\s+(?:tarah|tareeke|tarike|tareke|prakar|prakaar)\s+(?:se|sey)\b|किस\s+(?:तरह|तरीके|तरीक़े|प्रकार)\s+से`)

// cannotTake says in Hindi that someone cannot or must not take, get or be
// given something ("kaun log ye treatment nahi le sakte", "किन्हें ये दवा
// नहीं दी जाती"): a negation of what is asked, read as "cannot" beside it,
// unlike a negation told beside the question ("dawai kaam nahi kar rahi,
// kya ye mere liye hai").
var cannotTake = regexp.MustCompile(`(?i)(?:\b(?:nahi|nahin|nhi)\s+(?:le|lena|leni|lene|karwa|karwana|karwani|karva|karvana|de|dena|deni|di|diya|dete|dee)\s+(?:sakte|sakta|sakti|skte|skta|chahiye|chaiye|jata|jati|jaata|jaati|jaate|jate)\b)|(?:(?:नहीं|नही)\s+(?:ले|लेनी|लेना|लेने|करवा|करवाना|करवानी|दे|देना|देनी|दी|दिया|देते)\s+(?:सकते|सकता|सकती|चाहिए|जाता|जाती|जाते))`)

// plainly asks for a plain answer, whatever is asked: "whats ketamine
// treatment in simple words" asks what ketamine treatment is.
var plainly = regexp.MustCompile(`(?i)\b(?:in|using|with)\s+(?:(?:very|really|more)\s+)?(?:simple|simpler|plain|easy|easier|basic|everyday|common|layman'?s?|laymen'?s?|lay|non-?technical|normal)\s+(?:words|terms|language|english|hindi)\b|\bin\s+(?:short|brief|a\s+nutshell)\b`)

// whether is "or not" ending a yes-or-no question ("am I suitable or
// not", "safe hai ya nahi", "सुरक्षित है या नहीं"): it asks whether, it
// negates nothing.
var whether = regexp.MustCompile(`(?i)(?:\s|^)(?:or\s+not|ya\s+(?:nahi|nahin|nhi)|या\s+नहीं)(\s*[?.!,]|\s*$)`)

// costIdioms ask a price in Hindi with a verb that otherwise says "have
// to": "एक सेशन कितने का पड़ता है", "pura course kitne ka padega", "टोटल
// कितना पड़ेगा" (the verb alone, "सेशन लेने पड़ेंगे", is about having to).
var costIdioms = regexp.MustCompile(`(?i)(?:कितने|कितना|कितनी)\s+(?:(?:का|की|के|में|मे)\s+)?पड़(?:ता|ती|ते|ेगा|ेगी|ेंगे)|\b(?:kitne|kitna|kitni|kitney)\s+(?:(?:ka|ki|ke|me|mein|mai)\s+)?(?:pad|par|pd|padh)(?:ta|ti|te|ega|egi|enge|tha)\b`)

// costOf asks a price with "of how much" before "is": "kitne ka h ek
// session", "ये कितने का है" ("kitne session" alone counts sessions, and
// after a word of dose, "dose kitne ki hoti hai", it asks how much is
// given: see doseWords).
var costOf = regexp.MustCompile(`(?i)(?:कितने|कितना|कितनी)\s+(?:का|की|के)\s+(?:है|हैं|होगा|होगी|होता|होती|होते|मिलेगा|मिलेगी|मिलता|मिलती)|\b(?:kitne|kitna|kitni|kitney)\s+(?:ka|ki|ke)\s+(?:hai|h|he|hain|hoga|hogi|hota|hoti|hote|milega|milegi|milta|milti)\b`)

// doseWords say an amount given, not paid, before costOf's words.
var doseWords = toSet(`dose doses dosage dosages matra maatra mg ml quantity amount खुराक डोज डोज़ मात्रा`)

// readCostOf reads each costOf phrase as "cost" unless a word of dose
// comes right before it.
func readCostOf(text string) string {
	locs := costOf.FindAllStringIndex(text, -1)
	if locs == nil {
		return text
	}
	var b strings.Builder
	last := 0
	for _, l := range locs {
		before := strings.Fields(strings.ToLower(text[:l[0]]))
		if n := len(before); n > 0 && doseWords[strings.Trim(before[n-1], ".,!?")] {
			continue
		}
		b.WriteString(text[last:l[0]])
		b.WriteString("cost")
		last = l[1]
	}
	b.WriteString(text[last:])
	return b.String()
}

// withinIdioms ask how soon: "kitne din me asar hota hai" (in how many
// days) is how quickly it works, while "kitne din tak" (for how many days)
// is how long it lasts; both are "kitne din" once "me" is left out.
var withinIdioms = regexp.MustCompile(`(?i)(कितने|कितना|कितनी|\bkitne|\bkitna|\bkitni|\bkitney)\s+(दिन|दिनों|समय|टाइम|हफ्ते|हफ़्ते|हफ्तों|घंटे|घंटों|महीने|महीनों|din|dino|dinon|time|samay|hafte|hafton|ghante|ghanton|mahine|mahino|mahinon)\s+(?:में|मे|me\b|mein\b|mai\b|main\b|mei\b)`)

// interjection opens a message without saying what it asks: "wait, what
// is ketamine exactly?" is no question about waiting.
var interjection = regexp.MustCompile(`(?i)^\s*(?:wait|hold on|hmm+|umm*|oh|ohh+)\b[\s,.!?]*\b(what|how|is|are|so|can|could|do|does|why|when|where|who|will|would|isnt|isn't)\b`)

// quickOne announces a question ("quick one, what are your timings?",
// "a quick question"): it is no asking about speed; nor is "honest
// question, can you drink ..." about honesty, or "silly doubt" about
// being silly.
var quickOne = regexp.MustCompile(`(?i)\bquick\s+(?:one|question|q|query|doubt|thing)\b|\b(?:honest|genuine|serious|simple|small|silly|dumb|stupid|basic|random|curious|naive|noob|innocent|sincere|real)\s+(?:question|q|query|doubt)\b`)

// allAbout asks what something is ("what is ketamine therapy all
// about"): "all" there is no word of a topic ("tell the clinic about all
// my tablets").
var allAbout = regexp.MustCompile(`(?i)\ball\s+about\b`)

// goodTimeOfDay greets ("good evening, are you open on sunday?"): "good"
// there says nothing of what is asked. Read so in messages only: the
// greeting's own "good evening" keeps its "good", or it would be as close
// to "do you have evening timings" as to a greeting.
var goodTimeOfDay = regexp.MustCompile(`(?i)\bgood\s+(morning|afternoon|evening)\b`)

// numberNo reads "no" after a thing people number as the number it
// abbreviates ("ur phone no", "mobile no.", "booking no?", "ur no pls"): no negation
// and no "no" of a refusal.
var numberNo = regexp.MustCompile(`(?i)\b(phone|mobile|mob|contact|whatsapp|ph|cell|landline|telephone|tel|helpline|account|a/c|booking|order|reference|ref|registration|reg|roll|bill|invoice|policy|ticket|flat|house|room|seat|pnr|case|patient|serial|tracking|token|receipt|customer|member|membership|card|aadhar|aadhaar|office|emergency|your|ur|yr|aapka|apka)\s+no\b`)

// numberOf reads "no of" before what people count as "number of" ("no of
// sessions", "no. of days": set PS, thirty-ninth round); never "no of
// course".
var numberOf = regexp.MustCompile(`(?i)\bno\.?\s+of\s+(sessions?|sittings?|days?|weeks?|months?|times?|doses?|visits?|infusions?|treatments?|injections?|hours?|people|patients)\b`)

// illBe reads "ill" before a verb as "I'll", typed without its apostrophe,
// where a sentence or a clause begins ("ill be coming from jaipur by train,
// where is the clinic", "ok ill call tomorrow": set PS, thirty-ninth
// round); never "ill" of an illness ("can the mentally ill get ketamine",
// "chronically ill have any option": the code review of the round).
var illBe = regexp.MustCompile(`(?i)(^|[,.!?;:]\s*|\b(?:and|so|then|but|ok|okay|fine|yes|sure|also|maybe)\s+)ill\s+(be|come|go|get|call|bring|take|need|have|do|try|send|see|wait|pay|book|reach|ask|let|check|visit|drive|travel|stay|tell|message|text|share|pick|drop|just)\b`)

// howAreYou greets ("how are you?", "hi, how r u doing today"): it asks
// nothing about how the treatment works or where the clinic is.
var howAreYou = regexp.MustCompile(`(?i)\bhow\s+(?:are|r)\s+(?:you|u)(?:\s+doing)?(?:\s+today)?(?:\s+(?:doctor|doc|dr|sir|madam|maam|mam|ji|bhai|didi|bro|all))?(?:\s*[?!.,]|\s*$)`)

// replaceIdioms reads each idiom as its word and drops a whether (the text
// itself, not a copy, when there is none). Each pattern runs only when a
// word it needs is in the text: the regular expressions cost more than the
// rest of a message's analysis.
func replaceIdioms(text string) string {
	low := strings.ToLower(text)
	has := func(parts ...string) bool {
		for _, p := range parts {
			if strings.Contains(low, p) {
				return true
			}
		}
		return false
	}
	if has("कितन", "kitn") {
		text = readCostOf(costIdioms.ReplaceAllString(text, "cost"))
		text = withinIdioms.ReplaceAllString(text, "$1 $2 jaldi")
	}
	if has("wait", "hold on", "hm", "um", "oh") {
		text = interjection.ReplaceAllString(text, "$1")
	}
	if has(" no") {
		text = numberNo.ReplaceAllString(text, "$1 number")
	}
	if has("no") {
		text = numberOf.ReplaceAllString(text, "number of $1")
	}
	if has("ill ") {
		text = illBe.ReplaceAllString(text, "${1}I'll $2")
	}
	if has("how") {
		text = howAreYou.ReplaceAllString(text, "hello ")
	}
	if has("quick", "question", "query", "doubt", " q") {
		text = quickOne.ReplaceAllString(text, "question")
	}
	if has("all about") {
		text = allAbout.ReplaceAllString(text, "about")
	}
	if has(" me") {
		text = forMe.ReplaceAllString(text, "$1 suitable")
	}
	if has("talk", "raving", "buzz") {
		text = talkedAbout.ReplaceAllString(text, " ")
	}
	if has("only", "sirf") {
		text = onlyOne.ReplaceAllString(text, "$0 other")
	}
	if has("liye", "लिए", " pe ", " par ", " पर ") {
		text = forMeHindi.ReplaceAllString(text, "$1 suitable")
	}
	if has("nahi", "nhi", "नहीं", "नही") {
		text = cannotTake.ReplaceAllString(text, "$0 cannot")
	}
	if has("kis ", "किस ") {
		text = inWhatWay.ReplaceAllStringFunc(text, func(m string) string {
			if strings.HasPrefix(m, "किस") {
				return "कैसे"
			}
			return "kaise"
		})
	}
	if has("middle", "halfway", "midway") {
		text = idioms.ReplaceAllString(text, "during")
	}
	if has(" words", " terms", " language", " english", " hindi", " short", " brief", " nutshell") {
		text = plainly.ReplaceAllString(text, "")
	}
	if has("not", "nahi", "nhi", "नहीं") {
		text = whether.ReplaceAllString(text, "$1")
	}
	return text
}

// verbForms are words that are also a verb with another meaning, the
// form that names the verb, and the neighbours that show it is the verb:
// "do I need to fast before the session" is about fasting, "how fast does
// it work" about speed; "what conditions can ketamine address" is about
// what it treats, "what is your address" about the location.
var verbForms = map[string]struct {
	verb          string
	before, after map[string]bool // words just before / after the verb
}{
	"fast":    {"fasting", toSet(`to i we you should must need needs have`), toSet(`before beforehand for overnight prior from after since`)},
	"address": {"treat", toSet(`can could will would does do to help helps it ketamine therapy treatment`), toSet(`depression anxiety ptsd ocd pain conditions symptoms it`)},
	// "can I work the next day", "go back to work": the job, not whether
	// the treatment works
	"work": {"job", toSet(`i to at from my we can't cant`), nil},
	// "how much ketamine do you give" asks the dose, "how much is it" the
	// price (fifty-sixth round)
	"much": {"dose", nil, toSet(`ketamine esketamine spravato drug drugs medicine medication anaesthetic anesthetic`)},
	// Hindi "aur" is "and", but "aur kya kya treatment" is "what else":
	// before a question word it is "else" (a stop word otherwise).
	// "iske badle" is "instead of this" (review rev36), while "kaise badle"
	// is how to change
	"badle": {"instead", toSet(`ke iske uske inke unke is us`), nil},
	"बदले":  {"instead", toSet(`के इसके उसके इनके उनके`), nil},
	"aur":   {"else", nil, toSet(`kya kia kon kaun konse kaunse konsi kaunsi kis kin`)},
	"और":    {"else", nil, toSet(`क्या कौन कौनसे कौनसी कौनसा किस किन`)},
}

// asVerbs replaces each word of verbForms that its neighbours show to be
// the verb by the verb's form.
func asVerbs(text string) string {
	ws := strings.Fields(text)
	changed := false
	clean := func(w string) string { return strings.ToLower(strings.Trim(w, ".,!?;:\"()")) }
	for i, w := range ws {
		f, ok := verbForms[clean(w)]
		if !ok {
			continue
		}
		if clean(w) == "work" && futureWorks(ws, i, clean) {
			continue // "is ketamine going to work": whether it works
		}
		if (i > 0 && f.before[clean(ws[i-1])]) || (i+1 < len(ws) && f.after[clean(ws[i+1])]) {
			// the word's punctuation stays: "address?" ends a question
			start := strings.Index(strings.ToLower(w), clean(w))
			ws[i] = w[:start] + f.verb + w[start+len(clean(w)):]
			changed = true
		}
	}
	if !changed {
		return text
	}
	return strings.Join(ws, " ")
}

// futureWorks reports whether "work" at i follows "going to" after the
// treatment or a pronoun for it: "is ketamine going to work", "is this
// going to work for me" ask whether it works, "i am going to work after"
// tells of the job (fifty-sixth round).
func futureWorks(ws []string, i int, clean func(string) string) bool {
	return i >= 3 && clean(ws[i-1]) == "to" && clean(ws[i-2]) == "going" && treatmentSubjects[clean(ws[i-3])]
}

var treatmentSubjects = toSet(`ketamine esketamine spravato it this that treatment therapy infusion infusions session sessions medicine`)

// withNegations returns text with " not" after every word of negated.
func withNegations(text string) string {
	ws := strings.Fields(text)
	found := false
	for _, w := range ws {
		if negated[strings.ToLower(strings.Trim(strings.ReplaceAll(w, "’", "'"), ".,!?;:\"()"))] {
			found = true
			break
		}
	}
	if !found {
		return text
	}
	var b strings.Builder
	for i, w := range ws {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
		if negated[strings.ToLower(strings.Trim(strings.ReplaceAll(w, "’", "'"), ".,!?;:\"()"))] {
			b.WriteString(" not")
		}
	}
	return b.String()
}

// A question addressed to a service ("... to patients?", "... in your
// clinic", "doctor, ...") is the same question: these wrappers say who is
// asked, and a patient's own words in them ("patients ke liye", "clinic")
// must not pull the question to an entry that happens to have them.
var (
	trailingAddress = regexp.MustCompile(`(?i)\s+(?:(?:to|for)\s+(?:your\s+|the\s+)?patients?|(?:in|at)\s+your\s+(?:clinics?|hospitals?|centres?|centers?))\s*([?.!]*)\s*$`)
	leadingAddress  = regexp.MustCompile(`(?i)^\s*(?:(?:hi|hello|dear)\s+)?(?:doctor|doc|dr|sir|madam|ma'am|maam|mam)\s*[,:]\s*`)
)

// unwrap takes the address wrappers off text, unless nothing would be left.
func unwrap(text string) string {
	out := trailingAddress.ReplaceAllString(text, "$1")
	if m := leadingAddress.FindString(out); m != "" && hasLetter(out[len(m):]) {
		out = out[len(m):]
	}
	if !hasLetter(out) {
		return text
	}
	return out
}

func hasLetter(s string) bool {
	return strings.IndexFunc(s, unicode.IsLetter) >= 0
}

// requestWords make a sentence about the writer a request ("I want to book
// an appointment", "I'd like to know the cost"), not context.
var requestWords = toSet(`want wanted wanna would like need needed wish looking book know ask asks asking asked wondering wonder tell
enquire enquiring inquire inquiring request requesting
chahiye chahta chahti chahte`)

// clauseOpensWithQuestion reports whether a clause of text (split at
// commas) opens with a question word: "realistic timeline pls, how fast
// does it work".
func clauseOpensWithQuestion(text string) bool {
	for _, c := range strings.Split(text, ",") {
		if ws := words(c); len(ws) > 0 && questionWords[ws[0]] {
			return true
		}
	}
	return false
}

// questionWords ask what, when, how ... (questionStarts also holds the
// modals that open a yes-or-no question).
var questionWords = toSet(`what whats what's when how why where which who kya kab kaise kitna kitne kitni kahan kyun
क्या कब कैसे कितना कितने कितनी कहाँ क्यों`)

func asks(ws []string) bool {
	for _, w := range ws {
		if requestWords[w] {
			return true
		}
	}
	return false
}

// asksOfThat reports whether a question asks something of what another
// sentence said, through "is that" or "is this" used as a pronoun: "is
// that a real risk?", "is that the same as …", "is that true", "is that
// how it works?" (never "is this treatment safe?", where "this" names its
// own topic).
func asksOfThat(q string) bool {
	ws := words(q)
	if slices.ContainsFunc(ws, func(w string) bool { return likeThat[w] || inThat[w] }) {
		// "क्या आपके यहाँ वाला भी वैसा ही है?": the same as what the other
		// sentence names; "mediclaim hai mera. ye treatment usme cover
		// hota hai kya?": in what it names
		return true
	}
	for i := 1; i < len(ws); i++ {
		if ws[i] != "that" && ws[i] != "this" {
			continue
		}
		switch ws[i-1] {
		case "is", "was", "does", "will", "can", "would", "isnt", "isn't":
		default:
			continue
		}
		if i+1 < len(ws) && thatFollowers[ws[i+1]] || ws[i] == "that" && (i+1 == len(ws) || thatEnds[ws[i+1]]) {
			return true // "what is that?", "what is that and how is it different from ketamine?" (round 80, set r81f)
		}
	}
	return false
}

// likeThat are the Hindi words for "like that", "the same as that".
var likeThat = toSet(`vaisa waisa vaise waise vaisi waisi वैसा वैसी वैसे`)

// inThat are the Hindi words for "in that", "in this".
var inThat = toSet(`isme ismein usme usmein इसमें उसमें इसमे उसमे`)

// thatEnds close a clause after "is that", a pronoun then ("how
// dangerous is this?" asks of its own sentence's topic).
var thatEnds = toSet(`and or but exactly`)

// thatFollowers are the words after "is that" that make it a pronoun.
var thatFollowers = toSet(`a an the true really actually typical same real common possible correct how just only`)

// alsoAsked opens a second question inside a sentence: "is it safe and how
// much does it cost", "kya ye safe hai aur kitna kharcha hai".
var alsoAsked = regexp.MustCompile(`(?i)(?:,\s*|\s)(?:and|also|aur|or|plus|और)\s+(?:also\s+)?(?:what|whats|what's|how|when|where|which|who|why|is|are|do|does|can|could|will|would|should|kya|kitna|kitne|kitni|kab|kahan|kaise|kaun|क्या|कितना|कितने|कितनी|कब|कहाँ|कैसे|कौन)\b`)

// Questions returns the questions a message asks when it asks more than
// one, each as written (sentences put as questions, and questions joined
// inside one by "and" with a question word: "is this treatment safe and
// how much does it cost?"); nil for a message of one question or none.
func Questions(text string) []string {
	var out []string
	for _, sp := range markedSentences(text) {
		p, marked := sp.text, sp.marked
		parts := []string{p}
		if locs := alsoAsked.FindAllStringIndex(p, -1); len(locs) > 0 {
			parts = parts[:0]
			from := 0
			for _, l := range locs {
				parts = append(parts, p[from:l[0]])
				from = l[0]
			}
			parts = append(parts, p[from:])
		}
		for k, q := range parts {
			ws := words(q)
			if len(ws) == 0 {
				continue
			}
			if marked && k == len(parts)-1 || questionStarts[ws[0]] || hasHindiQuestion(ws) || k > 0 {
				out = append(out, strings.TrimSpace(q))
			}
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}
