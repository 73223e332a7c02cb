package safety

import (
	"slices"
	"strings"
	"unicode"
)

// fillers are skipped before matching: they change emphasis, not meaning.
var fillers = map[string]bool{
	"just": true, "really": true, "so": true, "very": true, "even": true,
	"actually": true, "literally": true, "honestly": true, "seriously": true,
	"simply": true, "totally": true, "kinda": true, "sorta": true, "truly": true,
	"completely": true, "fucking": true, "fuckin": true, "damn": true,
	"bloody": true, "genuinely": true, "sometimes": true, "often": true,
	"always": true, "still": true, "now": true, "too": true, "also": true,
	"hi": true, "hello": true, "hey": true, "please": true, "pls": true, "plz": true,
}

// expansions rewrite contractions and chat spellings into plain words.
var expansions = map[string]string{
	"dont": "do not", "doesnt": "does not", "didnt": "did not", "cant": "can not",
	"cannot": "can not", "wont": "will not", "wouldnt": "would not", "isnt": "is not",
	"arent": "are not", "wasnt": "was not", "havent": "have not", "shouldnt": "should not",
	"couldnt": "could not", "aint": "am not",
	"im": "i am", "ive": "i have", "thats": "that is", "whats": "what is", "its": "it is",
	"theres": "there is", "youre": "you are",
	"wanna": "want to", "gonna": "going to", "gotta": "got to", "wana": "want to",
	"kms": "kill myself", "u": "you", "ur": "your", "r": "are", "n": "and",
	"idk": "i do not know", "dnt": "do not", "nt": "not", "coz": "because",
	"cuz": "because", "bcoz": "because", "bcz": "because", "y": "why", "2": "to",
	// text speak ("evry1 wud b beter off w/o me"): a digit for letters has
	// been read as leet by then ("evry1" is "evryi"); a lone "b" stays (it
	// is a wing, a grade, Hinglish "bhi")
	"wud": "would", "wld": "would", "cud": "could", "shud": "should",
	"gna": "going to", "gnna": "going to", "evryi": "everyone", "everyi": "everyone",
	"somei": "someone", "anyi": "anyone", "noi": "noone",
	// vowels dropped from short words (longer ones are read by their
	// consonants, see lexicon.skeleton)
	"nvr": "never", "hv": "have", "lyf": "life", "thm": "them", "svd": "saved", "abt": "about", "wnt": "want",
	// algospeak: words spelled so that platforms do not hide them
	"sewerslide": "suicide", "sewerslided": "suicide", "sewersliding": "suicide", "sewerslides": "suicide", "sewerslid": "suicide",
	"अनअलाइव": "unalive", "अनलाइव": "unalive", "अनअलाईव": "unalive",
	"anymr": "anymore", "nymr": "anymore", "strd": "steroid", "bk": "back",
	// the treatment's name as Hindi writers spell it (typos are read only
	// in Latin letters): every phrase names "केटामाइन"
	"कीटामाइन": "केटामाइन", "केटामिन": "केटामाइन", "कीटामिन": "केटामाइन",
	"कीटामीन": "केटामाइन", "केटामीन": "केटामाइन", "कैटामाइन": "केटामाइन",
}

// emojiWords read the pictures people draw for means of harm as the
// words they stand for (never faces: "💀" is mostly laughter), and the
// laughing faces as a word of their own, laughWord, that the phrases read
// beside "lol" and the classifiers never see (classifierSkips): "traffic
// me toh mar hi jaunga 😂" is a joke the way "... lol" is (round 61; read
// as "lol" itself, the faces retrained the classifiers: 69 cases better,
// 73 worse, 20 crises lost).
var emojiWords = map[rune]string{
	'🔪': "knife", '🗡': "knife", '🩸': "blood", '💊': "pills", '🪢': "rope", '🔫': "gun", '⚰': "coffin", '🪦': "coffin",
	'😂': laughWord, '🤣': laughWord, '😆': laughWord, '😹': laughWord, '😅': laughWord,
	// (round 72, sets r72a, r72i) a grin or an eye roll beside a
	// relative's old saying: "'mere marne ke baad kaun sambhalega ghar',
	// 20 saal se yahi dialogue hai 😄", "it's been his line for 30 years 🙄"
	'😄': laughWord, '😁': laughWord, '🙄': laughWord,
}

// laughWord is the word a laughing face is read as.
const laughWord = "emojilaugh"

// joins glue two-word forms into the one word patterns use.
var joins = map[[2]string]string{
	{"my", "self"}: "myself", {"no", "one"}: "noone", {"any", "more"}: "anymore",
	{"un", "alive"}: "unalive", {"over", "dose"}: "overdose",
	// algospeak and words split apart ("sewer slide", "good bye"; "good
	// by" see expandAt)
	{"sewer", "slide"}: "suicide", {"sewer", "sliding"}: "suicide", {"sewer", "slides"}: "suicide",
	{"good", "bye"}: "goodbye", {"अन", "अलाइव"}: "unalive",
}

// leet maps digits used as letters ("k1ll") back to letters.
var leet = strings.NewReplacer("0", "o", "1", "i", "3", "e", "4", "a", "5", "s", "7", "t", "@", "a", "$", "s")

// Normalize turns text into the word list patterns are matched against:
// lower case, apostrophes and contractions expanded, Devanagari nukta
// dropped, letters repeated 3+ times collapsed, fillers removed.
func Normalize(text string) []string {
	var out []string
	raws := rawWords(text)
	if fields := strings.Fields(text); len(fields) > 0 && strings.HasPrefix(fields[0], "/") {
		// A command ("/help", "/start@Bot") names what the bot should do,
		// not how the writer is: "/help" is no cry for help. What follows
		// it is read as usual ("/book i want to die").
		raws = raws[min(len(raws), len(rawWords(fields[0]))):]
	}
	for i := range raws {
		for _, w := range expandAt(raws, i) {
			if fillers[w] {
				continue
			}
			if n := len(out); n > 0 {
				if j, ok := joins[[2]string{out[n-1], w}]; ok {
					out[n-1] = j
					continue
				}
			}
			out = append(out, w)
		}
	}
	// "self harm" is kept as two words too, for patterns written that way.
	var final []string
	for _, w := range out {
		if w == "selfharm" {
			final = append(final, "self", "harm")
			continue
		}
		final = append(final, w)
	}
	return final
}

// allWords is Normalize's words with the fillers kept: "still" and
// "again" say a crisis is not over.
func allWords(text string) []string {
	var out []string
	raws := rawWords(text)
	for i := range raws {
		out = append(out, expandAt(raws, i)...)
	}
	return out
}

// rawWords splits text into lower-case words made of letters, marks,
// digits, apostrophes and leet symbols.
func rawWords(text string) []string {
	text = strings.ReplaceAll(strings.ToLower(text), "w/o", " without ")
	var words []string
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			words = append(words, b.String())
			b.Reset()
		}
	}
	for _, r := range text {
		switch {
		case r == '\u093c': // Devanagari nukta: ज़ and ज are the same word here
			continue
		case r >= '\ufe00' && r <= '\ufe0f':
			// a variation selector draws the emoji before it in colour
			// ("🌧️"): no word of its own (round 80, set r80a: "🌧️ over")
			continue
		case r == '\u0901': // chandrabindu written as anusvara
			b.WriteRune('\u0902')
		case r == '’' || r == '‘' || r == '`' || r == '´' || r == '\'':
			b.WriteRune('\'')
		case unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		case (r == '@' || r == '$') && b.Len() > 0:
			b.WriteRune(r)
		case emojiWords[r] != "":
			// a knife or pills drawn instead of written: "🔪🩸 again tonight"
			flush()
			words = append(words, emojiWords[r])
		default:
			flush()
		}
	}
	flush()
	return words
}

// expandAt is expand of raws[i], except "kms" counted or measured ("20
// kms away", "clinic kitne kms h", "bees kms door") or beside the unit
// named ("kms matlab kilometre"), which is
// kilometres, not "kill myself"; and "good by" said in parting ("good by
// and thank you for every thing", "good by everyone"), which is
// "goodbye", never "good by me", "good by the end", "good by 5".
func expandAt(raws []string, i int) []string {
	switch raws[i] {
	case "kms":
		if (i > 0 && counts(raws[i-1]) || measuredAfter(raws, i) || slices.ContainsFunc(raws, func(w string) bool { return kilometres[w] })) && !(i+1 < len(raws) && notDistance[raws[i+1]]) {
			return []string{"kilometres"}
		}
	case "good":
		if i+1 < len(raws) && raws[i+1] == "by" && parting(raws, i+2) {
			return []string{"goodbye"}
		}
	case "by":
		if i > 0 && raws[i-1] == "good" && parting(raws, i+1) {
			return nil // read with "good"
		}
	case "m":
		if i > 0 && raws[i-1] == "i" {
			return []string{"am"} // "i m done", typed without the apostrophe (review 67)
		}
	}
	return expand(raws[i])
}

// parting reports whether raws[j:] follow "good by" said in parting:
// nothing, or a word of partingAfter, never "and large".
func parting(raws []string, j int) bool {
	if j == len(raws) {
		return true
	}
	return partingAfter[raws[j]] && !(raws[j] == "and" && j+1 < len(raws) && raws[j+1] == "large")
}

// measuredAfter reports whether the words after raws[i] measure a
// distance.
func measuredAfter(raws []string, i int) bool {
	if i+1 >= len(raws) {
		return false
	}
	return distanceAfter[raws[i+1]] || farAfter[raws[i+1]] && i+2 < len(raws) && isAfter[raws[i+2]]
}

// counts reports whether w counts what follows: a number or a word that
// only counts ("about", "some", "only" and "few" also say "thinking about
// kms", "only kms left": review 1 of round 53).
func counts(w string) bool {
	return strings.Trim(w, "0123456789") == "" || countWords[w]
}

var (
	countWords = wordSet(`many several kitne kitna kitni lagbhag approx approximately कितने कितना कितनी लगभग करीब
char chaar paanch panch das bees pachees tees chalis pachas sau two three four five ten twenty thirty forty fifty hundred hundreds thousands`)
	distanceAfter = wordSet(`away distance`)
	// kilometres: a message that names the unit elsewhere means it by
	// "kms" too ("kms matlab kilometre na? clinic kitne kms door hai")
	kilometres = wordSet(`km kilometre kilometres kilometer kilometers किलोमीटर`)
	// farAfter: "door"/"dur" after "kms" measure only before a verb of
	// being ("kms door hai"), never "kms dur chali jaungi sabse"
	farAfter = wordSet(`door dur दूर`)
	isAfter  = wordSet(`hai h he hain padta padega hoga se है हैं`)
	// notDistance: what follows "kms" said, never measured ("16 kms
	// thoughts", "kms ke khayal": review 3 of round 53)
	notDistance = wordSet(`thoughts thought urges urge attempts attempt jokes joke ke ka ki vibes fr tonight`)
	// partingAfter: the words after "good by" that make it a goodbye
	partingAfter = wordSet(`everyone everybody sab sabko sabhi forever and doctor sir madam maam guys friends family cruel`)
)

// expand handles one raw word: contractions, leet spelling, repeats.
func expand(w string) []string {
	w = strings.Trim(w, "'")
	if w == "" {
		return nil
	}
	if strings.ContainsAny(w, "0123456789@$") && strings.IndexFunc(w, unicode.IsLetter) >= 0 {
		w = leet.Replace(w)
	}
	w = collapseRepeats(w)
	if i := strings.IndexByte(w, '\''); i >= 0 {
		base, suf := w[:i], w[i+1:]
		switch suf {
		case "t":
			if strings.HasSuffix(base, "n") { // don't, can't, won't
				joined := strings.ReplaceAll(w, "'", "")
				if e, ok := expansions[joined]; ok {
					return strings.Fields(e)
				}
				return []string{strings.TrimSuffix(base, "n"), "not"}
			}
		case "m":
			return []string{base, "am"}
		case "re":
			return []string{base, "are"}
		case "ve":
			return []string{base, "have"}
		case "ll":
			return []string{base, "will"}
		case "d":
			return []string{base, "would"}
		case "s":
			if base == "it" || base == "that" || base == "what" || base == "there" || base == "life" || base == "he" || base == "she" || base == "who" {
				return []string{base, "is"}
			}
			return []string{base}
		}
		w = strings.ReplaceAll(w, "'", "")
	}
	if e, ok := expansions[w]; ok {
		return strings.Fields(e)
	}
	return []string{w}
}

// collapseRepeats turns runs of three or more equal letters into one
// ("diiiie" → "die", "soooo" → "so").
func collapseRepeats(w string) string {
	rs := []rune(w)
	out := rs[:0]
	for i := 0; i < len(rs); {
		j := i
		for j < len(rs) && rs[j] == rs[i] {
			j++
		}
		if j-i >= 3 {
			out = append(out, rs[i])
		} else {
			out = append(out, rs[i:j]...)
		}
		i = j
	}
	return string(out)
}
