package match

import (
	"fmt"
	"strings"

	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/token/keyword"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/token/porter"
	"github.com/blevesearch/bleve/v2/analysis/token/stop"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/analysis/tokenmap"
	"github.com/blevesearch/bleve/v2/mapping"
)

// analyzerName is the analyzer used for every field and for queries.
const analyzerName = "clinicbot"

// stopWords are dropped before matching. Bleve's English list is not used:
// it drops words that change a patient's meaning (not, no, before, after,
// during, more, again, over, should). These carry no topic at all.
var stopWords = []string{
	"a", "an", "the", "is", "are", "am", "was", "were", "be", "been", "being",
	"do", "does", "did", "doing", "i", "me", "my", "mine", "myself", "you", "your",
	"yours", "we", "us", "our", "it", "its", "this", "that", "these", "those",
	"he", "she", "his", "her", "they", "them", "their", "him", "himself", "herself", "themselves", "yourself", "hers", "theirs", "ours",
	"itself", "ourselves",
	"of", "to", "in", "on",
	"at", "for", "with", "by", "from", "as", "into", "about", "and", "or", "but",
	"if", "so", "can", "could", "would", "will", "shall", "should", "may", "might",
	"must", "whom", "whose", "there", "here",
	"any", "some", "please", "pls", "plz", "just", "really", "very", "also",
	"too", "then", "than", "has", "have", "had", "having", "get", "got",
	"i'm", "im", "i've", "ive", "it's", "whats", "what's", "u", "ur", "s",
	"tell", "know", "want", "like", "need", "someone's", "one", "thing", "things",
	// asking about asking: "I wanted to ask …", "just wondering …"
	"wanted", "wants", "ask", "asking", "wondering", "wondered",
	"kind", "sort", "bit", "lot", "lots",
	// emphasis: "what exactly is ketamine therapy" asks what ketamine therapy is
	"exactly", "actually", "actual", "basically", "even", "precisely", "truly", "honestly", "literally",
	// contractions: the safety check reads negations; for topics they are noise
	"don't", "dont", "can't", "cant", "isn't", "isnt", "won't", "wont", "hasn't",
	"hasnt", "haven't", "havent", "didn't", "didnt", "doesn't", "doesnt",
	"wasn't", "wasnt", "aren't", "arent", "shouldn't", "shouldnt", "couldn't",
	"couldnt", "wouldn't", "wouldnt", "i'd", "i'll", "you're", "youre", "that's", "thats",
	"they're", "theyre", "we're", "we'd", "you'd", "they'd", "he'd", "she'd", "it'll", "we'll", "you'll", "he'll", "she'll", "they'll", "yourselves",
	// Hinglish function words
	"hai", "hain", "ka", "ki", "ke", "ko", "se", "hota", "hoti", "hote", "kya",
	"kaise", "mujhe", "mera", "meri", "mere", "main", "mein", "me", "hum",
	"aap", "aapka", "aapke", "ye", "yeh", "wo", "woh", "karta", "karti", "karte",
	"kar", "karna", "ho", "hu", "hoon", "bhi", "toh", "to", "na", "ji",
	"sakte", "sakta", "sakti", "skte", "raha", "rahi", "rahe", "karu", "karun", "kare",
	"karen", "karo", "iska", "iski", "iske", "isse", "liye", "wala", "wali", "aur", "ya",
	// (round 75, set r75m) "in it", "in these", as "isse" is "from it":
	// "drip lagti hai kya isme?" fell back for the pronoun
	// ("usme", "in that", stays a word: "kya ketamine usme bhi kaam karta
	// hai" asks of another illness)
	"isme", "ismein", "inme", "inmein",
	"tha", "thi", "hota", "hoti", "mein", "mai", "koi", "kuch", "kab", "bahut",
	"batao", "bataiye", "bataye", "bataen", "bataein", "btao", "bataaiye", "bataana", "batana", "dijiye", "please",
	"hona", "hoga", "hogi", "honge", "hoge", "jata", "jati", "jate", "jaata", "jaati", "pe", "par", "ne",
	"ab", "tak", "haan", "jo", "jab", "tab", "lagte", "lagta", "lagti", "lagega", "lagegi", "lagenge", "apna", "apni", "apne", "uska", "uski", "uske",
	"unka", "unki", "unke", "unko", "usko", "inko", "inhe", "unse", "usse", "inka", "inki", "inke", "wale", "chahiye", "chahta",
	"chahti", "chahte", "sakta", "sakega", "sakegi", "skta", "skti", "rha", "rhi", "rhe", "thoda",
	"zara", "jara", "aapki", "tum", "tumhara", "apka", "apke", "apki",
	"tumhari", "tumhare", "tumhe", "tumko", "aapko", "apko",
	// asking, roughly, in all: "puch rahi hu", "approx kitna aayega", "poore treatment ka"
	"puch", "puchh", "pooch", "poochh", "puchna", "poochna", "puchhna", "approx", "approximately", "lagbhag",
	"aayega", "aayegi", "ayega", "ayegi", "aaega", "aaegi", "aega", "aegi", "poore", "poora", "pura", "poori", "puri",
	// coming and going, said of oneself: "ghaziabad se aayenge", "papa ke
	// saath aaungi" (where from and with whom, not what is asked)
	"aayenge", "aaenge", "ayenge", "aaunga", "aaungi", "aunga", "aungi", "aaoge", "jaunga", "jaungi", "jayenge", "jaenge",
	"आएंगे", "आएँगे", "आयेंगे", "आऊंगा", "आऊँगा", "आऊंगी", "आऊँगी", "आएगा", "आएगी", "जाएंगे", "जाएँगे", "जाऊंगा", "जाऊँगा", "जाऊंगी", "जाऊँगी",
	// "kaise pata chalega" (how will I know), "chalega?" (is it OK): the
	// topic is elsewhere
	"chalega", "chalegi", "chalenge", "chalta", "chalti", "chale", "ki", "ke", "k",
	// "h" is how "hai" is typed in chat ("ketamine kya hota h")
	"h", "hy", "hn",
	// "ke baare me batao" is "tell me about" ("baare" is no "baar", times),
	// "kia" and "kyaa" are how "kya" is typed
	"baare", "bare", "baarey", "barey", "baary", "kia", "kyaa",
	// Hindi (Devanagari) function words ("हे" is how "है" is often typed)
	"क्या", "है", "हैं", "हे", "का", "की", "के", "को", "से", "में", "मुझे", "मैं", "यह", "ये",
	"वह", "और", "या", "भी", "तो", "हो", "कैसे", "कब", "कितना", "कितने", "कितनी",
	"पर", "ने", "था", "थी", "थे", "रहा", "रही", "रहे", "कर", "करना", "करते", "करती", "करता",
	"सकते", "सकता", "सकती", "होता", "होती", "होते", "होना", "होगा", "होगी", "जाता", "जाती", "जाते",
	"लिए", "वाला", "वाली", "वाले", "कोई", "कुछ", "मेरा", "मेरी", "मेरे", "हम", "आप", "आपका",
	"आपके", "आपकी", "इस", "उस", "इसका", "इसकी", "इसके", "उसका", "उसकी", "उसके", "उन्हें",
	"उनको", "उनका", "उनकी", "उनके", "जी", "बताइए", "बताइये", "बताएं", "बताएँ", "बताओ", "बता",
	"दीजिए", "दीजिये", "चाहिए", "अब", "तक", "एक", "ही", "हाँ", "जो", "जब", "तब", "अपना", "अपनी",
	"अपने", "थोड़ा", "ज़रा", "जरा", "प्लीज़", "प्लीज", "हूँ", "हूं", "बारे",
	"कि", "चलेगा", "चलेगी", "चलता", "चलती", "चले",
	// "you" said familiarly, as "आप" is said politely ("तुम कौन हो")
	"तुम", "तुम्हारा", "तुम्हारी", "तुम्हारे", "तुम्हें", "तुमको", "आपको",
	// the Devanagari spellings of the romanized words above: asking, roughly,
	// in all ("पूछ रही हूं", "लगभग", "पूरा पता")
	"पूछ", "पूछना", "पूछनी", "पूछा", "लगभग", "आएगा", "आएगी", "आयेगा", "आयेगी",
	"बताना", "बताएं", "बतायें", "बताये", "थोड़ी", "थोड़े",
	// wanting to know, as typed on phones ("मै जानना चाहता हु केटामाइन क्या
	// है", "क्या आप मुझे बताएगे", "mujhe janna hai"): the question follows
	"हु", "मै", "मे", "चाहता", "चाहती", "चाहते", "जानना", "जानने", "बताएंगे", "बताएगे",
	"बताएँगे", "बतायेंगे", "बताइएगा", "jaanna", "janna", "jaanana", "janana", "bataoge", "bataenge", "bataiyega",
	// everyday words of a Devanagari message that say no topic, as phones
	// type them (forty-second round, set TU: "ये दवा डिप्रेसन पे काम कैसे
	// करती है भाई थोडा समझाओ", "ड्रिप लगती है क्या इसमे"): the stop list
	// runs before the nukta and the nasal marks are normalised, so each
	// spelling is listed (never "फिर", "see you again", nor "यहाँ", "आपके
	// यहाँ नौकरी" is no question of the clinic's place)
	"पे", "थोडा", "थोडी", "थोडे", "इसमें", "इसमे", "उसमें", "उसमे",
	"भाई", "बस", "वाकई", "सच", "मतलब", "लेकिन", "मगर", "अगर",
	"हमें", "हमे", "हमारे", "हमारा", "हमारी", "आपसे", "मुझसे", "इसे", "उसे", "ऐसा", "ऐसे", "ऐसी",
	"क्योंकि", "क्यूंकि", "मेको", "मुझको",
	// "to do" as Devanagari phones type it, as "karu" and "karen" are
	// typed in Latin letters: "क्या करूँ?" asks what to do about whatever
	// the message names (forty-seventh round: "मेरी भैंस दूध कम दे रही है,
	// क्या करूँ?" was a booking, through "बुक करूँ")
	"करूँ", "करूं", "करू", "करुं", "करु", "करें", "करे", "करो",
	// "है" and "में" as phones shorten them ("सेफ ह न ये ट्रीटमेंट?", "एक बार
	// म ठीक हो जाता ह क्या"), the "isn't it" of a question ("न", "ना"),
	// and "after all" ("आखिर है क्या")
	"ह", "म", "न", "ना", "आखिर", "आख़िर",
	// "which one" and "most" (sixty-sixth round, set r65c: "भारत का सबसे
	// लंबा पुल कौन सा है" was the clinic's location; "सी", the feminine,
	// stays: "ये केटामाइन कौन सी दवा है" asks what the medicine is)
	"सबसे", "सा",
	// the function words of the Hindi spoken around it, as villagers and
	// their children type them (forty-sixth round): Haryanvi ("म्हारे गाम
	// में लोग कहवैं सैं", "देखता रहवै सै"), Bhojpuri ("ई दवाई सुई से दिहल
	// जाला", "तनी बताईं", "हमका कउनो फोन कर के"), Rajasthani and Awadhi;
	// no word of negation ("कोन्या", "कोनी" stay), none of place or time
	"सै", "सैं", "म्हारे", "म्हारा", "म्हारी", "म्हारो", "थारे", "थारा", "थारी", "थारो", "यो", "इब",
	"आली", "आला", "आले", "रहवै", "रहवैं", "करै", "करैं", "कहवैं", "कहवै", "घणा", "घणी", "घणे",
	"ई", "ऊ", "बा", "बाटे", "बाटै", "बाड़े", "बाड़ी", "बानी", "हवे", "जाला", "जाली", "जालें",
	"हमका", "हमके", "हमार", "हमरा", "तोहार", "तोहरा", "कउनो", "कवनो", "तनी", "तनिक", "बताईं", "बतावल",
	"होत", "रहत", "त", "कइसे", "केतना", "केतने", "केतनी", "दिहल", "डालल", "कइल", "भइल", "अहै", "हय",
	"म्हे", "म्हाने", "थाने",
	// (fifty-fourth round) function words of Hinglish and Hindi that the
	// sets' unanswered messages still carried at full weight: had to ("band
	// karni padti"), having done ("nashta karke"), like and so ("jaise",
	// "isliye", "kyunki"), every, whom and which ("har", "jin logo ko",
	// "jisse"), came and took ("aati", "leti"), said ("bolta"), a little and
	// quite ("thodi", "bilkul"). Never a word of negation, place or time
	// ("kaha", "कहा" are where), nor one the entries' phrasings lean on
	// ("farak padta", "kaisa lagta", "dar lag gaya", "kiya"), nor "and so
	// on" ("chai wagera milti hai" is no question for the clinic): each of
	// those moved more answers wrong than right on the sets.
	"padti", "padte", "padi", "pade",
	"padenge", "karke", "krke", "karenge", "karegi", "karega",
	"jaise", "jaisi", "aisa", "aisi", "aise", "waise", "waisa", "har", "isliye", "isiliye",
	"islie", "kyunki", "kyuki", "kyonki", "lekin", "magar", "isi", "usi", "isko", "usne", "unhone",
	"un", "jin", "jis", "jinko", "jisko", "jinhe", "jinhone", "jiss", "iss", "uss", "jisse", "jinse",
	"bolta", "bolti", "bola", "boli", "kehte", "kehta", "payenge", "payega",
	"payegi", "sake", "sakein", "aati", "aata", "aayi", "aaya", "aaye", "aau", "aaun", "aane",
	"leta", "leti", "lete", "deta", "deti", "dete", "lage", "lagi",
	"bilkul", "thodi", "thode", "saari", "sara", "sare", "saare", "walo", "jaake",
	"jaakar",
	"इसलिए", "इसलिये", "इसीलिए", "इसीलिये", "उन", "इन", "जिससे",
	"जिसको", "जिनको", "जिनके", "जिनकी", "जिसके", "जिसकी", "उसको", "उसने", "उन्होंने",
	"लगती", "जैसी", "वैसे",
	"पड़ती", "पड़ेगा", "पड़ेगी", "पडता", "पडती", "पडेगा", "पडेगी", "पडते", "करके",
	"लेकर", "जाकर", "बोला", "बोली", "बोलते", "हर", "बिल्कुल", "बिलकुल",
	// what others say ("डॉक्टर लोग क्या कहते हैं"): the Hindi stemmer reads
	// "कहते" as "कह", which is also "कहाँ" (where)
	"कहते", "कहती", "कहता", "कहतीं", "कहना", "कहेंगे", "कहेगा", "कहेगी",
	// (round 57, set XS) an advert seen says where the writer heard of it,
	// never the topic ("saw ur ad on insta, whats this ketamine therapy")
	"ad", "ads", "advert", "advertisement",
}

// stopSet holds stopWords for lookups.
var stopSet = func() map[string]bool {
	m := make(map[string]bool, len(stopWords))
	for _, w := range stopWords {
		m[w] = true
	}
	return m
}()

// addWordFilter registers a token filter name of type kind that reads a
// list of words (a token map, passed to the filter under key).
func addWordFilter(im *mapping.IndexMappingImpl, name, kind, key string, words []string) error {
	tokens := make([]interface{}, len(words))
	for i, w := range words {
		tokens[i] = w
	}
	if err := im.AddCustomTokenMap(name+"_words", map[string]interface{}{
		"type": tokenmap.Name, "tokens": tokens,
	}); err != nil {
		return err
	}
	return im.AddCustomTokenFilter(name, map[string]interface{}{"type": kind, key: name + "_words"})
}

// newMapping returns the index mapping: two text fields (questions with tags,
// answer) sharing one analyzer: unicode words, lower case, possessives
// removed, the stop list above, Indic and Hindi normalisation (nukta,
// chandrabindu ... spelled either way) and Hindi suffix stemming (both
// touch only Devanagari), Porter stemming (only Latin).
//
// whole are words Porter must not shorten (synonyms.yaml unstemmed:).
func newMapping(whole []string) (*mapping.IndexMappingImpl, error) {
	im := mapping.NewIndexMapping()
	if err := addWordFilter(im, "clinicbot_stop", stop.Name, "stop_token_map", stopWords); err != nil {
		return nil, fmt.Errorf("stop words: %w", err)
	}
	filters := []interface{}{lowercase.Name, en.PossessiveName, "clinicbot_stop", devanagariName}
	if len(whole) > 0 {
		lower := make([]string, len(whole))
		for i, w := range whole {
			lower[i] = strings.ToLower(w)
		}
		if err := addWordFilter(im, "clinicbot_whole", keyword.Name, "keywords_token_map", lower); err != nil {
			return nil, fmt.Errorf("unstemmed words: %w", err)
		}
		filters = append(filters, "clinicbot_whole")
	}
	filters = append(filters, keptName, porter.Name, stemsName)
	if err := im.AddCustomAnalyzer(analyzerName, map[string]interface{}{
		"type":          custom.Name,
		"tokenizer":     unicode.Name,
		"token_filters": filters,
	}); err != nil {
		return nil, fmt.Errorf("analyzer: %w", err)
	}
	im.DefaultAnalyzer = analyzerName
	im.ScoringModel = "bm25"

	doc := mapping.NewDocumentMapping()
	for _, f := range []string{fieldQuestions, fieldAnswer} {
		fm := mapping.NewTextFieldMapping()
		fm.Analyzer = analyzerName
		fm.Store = false
		fm.IncludeInAll = false
		fm.IncludeTermVectors = false
		fm.DocValues = false
		doc.AddFieldMappingsAt(f, fm)
	}
	im.DefaultMapping = doc
	return im, nil
}
