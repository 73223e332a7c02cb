package match

import (
	_ "embed"
	"strings"
	"sync"
)

// thesaurus.txt holds everyday English words that mean the same in nearly
// every context (lift and elevator, pram and stroller, timetable and
// schedule), one group per line, written for this matcher without any
// knowledge folder in view. An admin who wrote one question per entry
// wrote one word for each thing; people use the others. (The last 355
// lines, written in the thirty-first round by a helper who saw neither
// the clinic's folder nor any test folder, are words of any service:
// abbreviations people type, British and American spellings, formal and
// plain words, "chemist" and "pharmacy". Taken out: "relocate, move" (a
// visit is moved too), and three lines that changed clinic rankings for
// no reason of their own: "movein", "optional", "damaged".)
//
//go:embed thesaurus.txt
var thesaurusText string

// hinglish.txt holds everyday words in English beside their romanized
// Hindi spellings and Devanagari ("pain, dard, दर्द"), one meaning per
// line, written for this matcher without any knowledge folder in view:
// a patient who types "sir dard hota hai kya" asks about headaches in
// whatever language the admin wrote the entry. (Lines added later by a
// developer who had seen the clinic's folder: "tayyari", the words for
// precautions, and in the twenty-ninth round research, scientific,
// available, kind, side effects and effect, and rupees as money; in the
// thirty-fourth "timings" beside "time", kept apart in English (keptWords)
// while "samay" stands for both. The last 245 lines, everyday words of any
// help desk (bijli, kachra, chori, shaadi, kisht, turant), were written in
// the thirtieth round by a helper
// who saw neither the clinic's folder nor any test folder; words that are
// also something else were taken out: "pata" (an address, and "to know"),
// "pehla" (first, and "pehli baar": for the first time), "line", "fit",
// "fix", "another", "watch", "cycle", "drip", "aadhaar", "kal". In the
// thirty-eighth round a helper who saw neither folder wrote the formal
// register, शुद्ध Hindi of notices and polite letters (उपचार, औषधि,
// चिकित्सक, सत्र, परामर्श, दुष्प्रभाव, पश्चात): added to the lines of
// their English words or as lines of their own, without the question and
// joining words, "bhay" (one letter from "bhai") and "भावना" (whose stem
// is "भाव", a rate as often as a feeling).)
//
//go:embed hinglish.txt
var hinglishText string

// regional.txt holds, in hinglish.txt's form, everyday content words of
// ten other Indian languages typed in Hinglish chat ("session nu kharcho
// ketlo", "dokyala tras hoto"): see its header.
//
//go:embed regional.txt
var regionalText string

// places.txt names places in India patients say they come from (see
// placeWords).
//
//go:embed places.txt
var placesText string

// placeWords are the words of places.txt ("#" lines are comments).
var placeWords = func() map[string]bool {
	out := map[string]bool{}
	for _, line := range strings.Split(placesText, "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		for _, w := range strings.Fields(line) {
			out[strings.ToLower(w)] = true
		}
	}
	return out
}()

// thesaurus and hinglish are the groups of their files (hinglish of
// hinglish.txt and regional.txt).
var (
	thesaurus = groupsOf(thesaurusText)
	hinglish  = inflectVerbs(groupsOf(hinglishText + "\n" + regionalText))
)

// verbEndings are the endings a romanized Hindi verb takes on its stem in
// chat ("bharna": "bharo", "bharu", "bharne", "bharta", "bharega",
// "bharwana"), and a noun in -na its plural and oblique ("mahina":
// "mahine", "mahino").
var verbEndings = strings.Fields(`a aa e o i u un oon ne ni ta ti te ega egi enge unga ungi oge iye ie iyega
	wana wane wani wao wa wai waya wayi vana vane vao vaya`)

// inflectVerbs adds to each group the chat forms of its romanized words
// that end in "na" or "naa", the Hindi infinitive ("badalna" is also
// "badle", "badlo", "badalne", "badlega"): the lexicon writes each verb
// once. A stem of a consonant, "a" and a consonant drops that "a" before
// an ending that starts with a vowel, as Hindi does ("badal": "badle").
// Stems shorter than three letters ("de" of "dena") are left alone: their
// forms are other words; so are the verbs that also help another verb
// (auxiliaries: "khula rahega" is "will stay open", not a stay).
func inflectVerbs(groups [][]string) []lexGroup {
	out := make([]lexGroup, len(groups))
	for i, g := range groups {
		seen := map[string]bool{}
		for _, w := range g {
			seen[w] = true
		}
		var forms []string
		add := func(w string) {
			if !seen[w] {
				seen[w] = true
				forms = append(forms, w)
			}
		}
		for _, w := range g {
			stem, ok := strings.CutSuffix(w, "naa")
			if !ok {
				stem, ok = strings.CutSuffix(w, "na")
			}
			if !ok || len(stem) < 3 || !isASCIILetters(w) || auxiliaries[w] {
				continue
			}
			short := ""
			if n := len(stem); n >= 4 && stem[n-2] == 'a' && !isVowel(stem[n-1]) && !isVowel(stem[n-3]) {
				short = stem[:n-2] + stem[n-1:] // "badal" -> "badl"
			}
			for _, e := range verbEndings {
				if short != "" && isVowel(e[0]) {
					add(short + e)
				}
				add(stem + e)
			}
		}
		out[i] = lexGroup{words: g, forms: forms}
	}
	return out
}

// lexGroup is a line of the Hinglish lexicon: its words as written, and
// the chat forms of its verbs (inflectVerbs).
type lexGroup struct {
	words, forms []string
}

// auxiliaries are the romanized verbs whose chat forms are not read:
// those that also help another verb ("ho jayega", "kar raha", "kar
// sakte", "karna padega", "ho chuka"), those that mostly frame what is
// asked ("kya bologe", "batao", "chalo"), and two whose forms mostly say
// something else (review rev36: "appointment rakhna hai" is a booking,
// "kal padha tha ki ..." a story told).
var auxiliaries = toSet(`rahna rehna jaana jana aana sakna padna parna chukna hona karna lagna
	bolna batana bataana chalna chalnaa
	rakhna padhna`)

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

// groupsOf reads one comma-separated group per line ("#" lines are
// comments).
func groupsOf(text string) [][]string {
	var out [][]string
	for _, line := range strings.Split(text, "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		var g []string
		for _, w := range strings.Split(line, ",") {
			if w = strings.TrimSpace(w); w != "" {
				g = append(g, w)
			}
		}
		if len(g) > 1 {
			out = append(out, g)
		}
	}
	return out
}

// addThesaurus links the words of each thesaurus group as synonyms, after
// the folder's own groups and below them: a group any of whose words the
// folder's groups already place, or that holds a word of how people
// address or greet, is left out (the folder knows its own words best).
// Its words are known to the speller, never targets of a correction.
func (ix *Index) addThesaurus() {
	for _, g := range thesaurus {
		var stems []string
		skip := false
		for _, w := range g {
			t, ok := ix.singleTerm(w)
			if !ok {
				continue
			}
			if _, placed := ix.synonyms[t]; placed || ix.address[t] || ix.polite[t] {
				skip = true
				break
			}
			if !contains(stems, t) {
				stems = append(stems, t)
			}
		}
		if skip || len(stems) < 2 {
			continue
		}
		for _, w := range g {
			ix.speller.known(w)
		}
		for _, a := range stems {
			for _, b := range stems {
				if a != b {
					ix.synonyms[a] = append(ix.synonyms[a], b)
				}
			}
		}
	}
}

// sparseRatio is how many times more entries a group's word must have
// than another word of the group the knowledge also uses for that other
// word to stand for it too (see addHinglish).
const sparseRatio = 8

// addHinglish gives a word of the lexicon that no entry has the words of
// its group that some entry has, one way: "dard" in a message counts as
// "pain" where the knowledge says "pain". Words the knowledge uses widely
// gain no synonyms (the folder knows its own words best); one it uses
// only now and then, a Hinglish phrasing's "ilaaj" beside "treatment" in
// every other entry, stands for the widely used word too. A group that
// holds a word of how people address or greet is left out.
func (ix *Index) addHinglish() {
	for _, g := range hinglish {
		var known, unknown []string
		skip := false
		place := func(w string) {
			t, ok := ix.singleTerm(w)
			if !ok {
				return
			}
			if ix.address[t] || ix.polite[t] {
				skip = true
				return
			}
			if ix.dfAll[t] > 0 {
				if !contains(known, t) {
					known = append(known, t)
				}
			} else if _, placed := ix.synonyms[t]; !placed && !contains(unknown, t) && standsIn(w) {
				unknown = append(unknown, t)
			}
		}
		for _, w := range g.words {
			if place(w); skip {
				break
			}
		}
		// The chat forms of its verbs (inflectVerbs) are read only for a
		// group the knowledge uses, or when the knowledge has the form
		// itself: most groups it does not use, and reading every form
		// of every verb was a tenth of a load.
		has := len(known) > 0
		for _, w := range g.forms {
			has = has || ix.speller.freq[w] > 0
		}
		for _, w := range g.forms {
			if skip || !has {
				break
			}
			place(w)
		}
		if skip || len(known) == 0 {
			continue
		}
		// A word of the group the knowledge uses only now and then
		// ("ilaaj" in two Hinglish phrasings) stands for the group's word
		// the knowledge uses widely ("treatment") as well.
		widely := map[string][]string{} // a sparse word: the words it stands for
		for _, a := range known {
			if _, placed := ix.synonyms[a]; placed || keptTerms[a] {
				continue // a word kept apart from another (keptWords) stays apart
			}
			for _, b := range known {
				if ix.dfAll[b] >= sparseRatio*ix.dfAll[a] {
					widely[a] = append(widely[a], b)
				}
			}
		}
		if len(unknown) == 0 && len(widely) == 0 {
			continue
		}
		for _, w := range g.words {
			ix.speller.known(w)
		}
		for _, w := range g.forms {
			ix.speller.known(w)
		}
		for _, a := range unknown {
			ix.synonyms[a] = append(ix.synonyms[a], known...)
		}
		for _, a := range known { // in the group's order: the same index every run
			if ws := widely[a]; len(ws) > 0 {
				ix.synonyms[a] = append(ix.synonyms[a], ws...)
			}
		}
	}
}

// standsIn reports whether a lexicon word the knowledge lacks may stand
// for its group's words: not an English word of its own ("hours" is no
// spelling of "time"), nor a Hindi word with a second meaning ("paas");
// a common Hindi word ("samay") may.
func standsIn(w string) bool {
	if everydayWords[w] || commonWords[w] && !hindiCommonWords[w] {
		return false
	}
	return !hindiSecondMeaning[w]
}

// singleTerm is the one term a lexicon word analyses to; false for a stop
// word or a word that makes several terms.
func (ix *Index) singleTerm(w string) (string, bool) {
	var ts []string
	if memo, ok := lexiconTerms()[w]; ok && !ix.whole[w] {
		ts = memo
	} else {
		ts = ix.analyze(w)
	}
	if len(ts) != 1 {
		return "", false
	}
	return ts[0], true
}

// lexiconTerms is each word of the thesaurus and the Hinglish lexicon (its
// verbs' chat forms too) with its terms, as every folder analyses it unless
// the folder keeps the word whole: read once, not at every load of every
// index (twice the words of a whole folder).
var lexiconTerms = sync.OnceValue(func() map[string][]string {
	im, err := newMapping(nil)
	if err != nil {
		return nil
	}
	a := im.AnalyzerNamed(analyzerName)
	out := map[string][]string{}
	note := func(w string) {
		if _, ok := out[w]; !ok {
			out[w] = analyzeWith(a, w)
		}
	}
	for _, g := range thesaurus {
		for _, w := range g {
			note(w)
		}
	}
	for _, g := range hinglish {
		for _, w := range g.words {
			note(w)
		}
		for _, w := range g.forms {
			note(w)
		}
	}
	return out
})
