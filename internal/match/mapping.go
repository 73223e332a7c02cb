package match

import (
	"fmt"

	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
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
	"he", "she", "his", "her", "they", "them", "their", "of", "to", "in", "on",
	"at", "for", "with", "by", "from", "as", "into", "about", "and", "or", "but",
	"if", "so", "can", "could", "would", "will", "shall", "should", "may", "might",
	"must", "whom", "whose", "there", "here",
	"any", "some", "please", "pls", "plz", "just", "really", "very", "also",
	"too", "then", "than", "has", "have", "had", "having", "get", "got",
	"i'm", "im", "i've", "ive", "it's", "whats", "what's", "u", "ur", "s",
	"tell", "know", "want", "like", "need", "someone's", "one", "thing", "things",
	"kind", "sort", "bit", "lot", "lots",
	// contractions: the safety check reads negations; for topics they are noise
	"don't", "dont", "can't", "cant", "isn't", "isnt", "won't", "wont", "hasn't",
	"hasnt", "haven't", "havent", "didn't", "didnt", "doesn't", "doesnt",
	"wasn't", "wasnt", "aren't", "arent", "shouldn't", "shouldnt", "couldn't",
	"couldnt", "wouldn't", "wouldnt", "i'd", "i'll", "you're", "youre", "that's", "thats",
	// Hinglish function words
	"hai", "hain", "ka", "ki", "ke", "ko", "se", "hota", "hoti", "hote", "kya",
	"kaise", "mujhe", "mera", "meri", "mere", "main", "mein", "me", "hum",
	"aap", "aapka", "aapke", "ye", "yeh", "wo", "woh", "karta", "karti", "karte",
	"kar", "karna", "ho", "hu", "hoon", "bhi", "toh", "to", "na", "ji",
	"sakte", "sakta", "sakti", "skte", "raha", "rahi", "rahe", "karu", "karun", "kare",
	"karen", "karo", "iska", "iski", "iske", "isse", "liye", "wala", "wali", "aur", "ya",
	"tha", "thi", "hota", "hoti", "mein", "mai", "koi", "kuch", "kab", "bahut",
	"batao", "bataiye", "bataye", "bataen", "bataein", "btao", "bataaiye", "bataana", "batana", "dijiye", "please",
	// Hindi (Devanagari) function words
	"क्या", "है", "हैं", "का", "की", "के", "को", "से", "में", "मुझे", "मैं", "यह", "ये",
	"वह", "और", "या", "भी", "तो", "हो", "कैसे", "कब", "कितना", "कितने", "कितनी",
}

// newMapping returns the index mapping: two text fields (questions with tags,
// answer) sharing one analyzer: unicode words, lower case, possessives
// removed, the stop list above, Porter stemming.
func newMapping() (*mapping.IndexMappingImpl, error) {
	im := mapping.NewIndexMapping()
	tokens := make([]interface{}, len(stopWords))
	for i, w := range stopWords {
		tokens[i] = w
	}
	if err := im.AddCustomTokenMap("clinicbot_stop_words", map[string]interface{}{
		"type": tokenmap.Name, "tokens": tokens,
	}); err != nil {
		return nil, fmt.Errorf("stop words: %w", err)
	}
	if err := im.AddCustomTokenFilter("clinicbot_stop", map[string]interface{}{
		"type": stop.Name, "stop_token_map": "clinicbot_stop_words",
	}); err != nil {
		return nil, fmt.Errorf("stop filter: %w", err)
	}
	if err := im.AddCustomAnalyzer(analyzerName, map[string]interface{}{
		"type":          custom.Name,
		"tokenizer":     unicode.Name,
		"token_filters": []interface{}{lowercase.Name, en.PossessiveName, "clinicbot_stop", porter.Name},
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
