package match

import (
	"context"
	"errors"
	"io"
	"strings"

	"github.com/mindbraintms/clinicbot/internal/clinicbot"
)

// ByScript answers English with an index of the entries' own phrasings,
// and Hindi (Devanagari, or Hinglish: romanized Hindi) with one that adds
// the translations' phrasings. The translations' Hinglish phrasings mix
// English words ("kitna fast", "allowed hai?"): kept out of English
// matching, they cannot pull an English question to another entry.
type ByScript struct {
	English, Hindi *Index
}

// NewByScript builds both indexes for entries. names are what the service
// itself is called (the clinic's name): like "doctor," or "to patients"
// they say who is asked, and are taken off a message before matching.
func NewByScript(entries []*clinicbot.Entry, groups []clinicbot.SynonymGroup, names []string, opts ...Option) (*ByScript, error) {
	var o options
	for _, opt := range opts {
		opt(&o)
	}
	english := make([]*clinicbot.Entry, 0, len(entries))
	translated := false
	for _, e := range entries {
		drop := map[string]bool{}
		for _, t := range e.Translations {
			for _, p := range t.Phrasings {
				drop[p] = true
			}
		}
		if len(drop) == 0 {
			english = append(english, e)
			continue
		}
		translated = true
		c := *e
		c.Phrasings = nil
		for _, p := range e.Phrasings {
			if !drop[p] {
				c.Phrasings = append(c.Phrasings, p)
			}
		}
		english = append(english, &c)
	}
	if !translated {
		// No Hindi content: one index, read as English.
		ix, err := build(entries, groups, false, names, o)
		if err != nil {
			return nil, err
		}
		return &ByScript{English: ix, Hindi: ix}, nil
	}
	// The two indexes are independent: built side by side.
	var (
		hindi    *Index
		hindiErr error
		done     = make(chan struct{})
	)
	go func() {
		defer close(done)
		hindi, hindiErr = build(entries, groups, true, names, o)
	}()
	en, err := build(english, groups, false, names, o)
	<-done
	if err != nil || hindiErr != nil {
		if hindi != nil {
			hindi.Close()
		}
		if en != nil {
			en.Close()
		}
		return nil, errors.Join(err, hindiErr)
	}
	return &ByScript{English: en, Hindi: hindi}, nil
}

// Search ranks entries for text with the index of its script.
func (b *ByScript) Search(ctx context.Context, text string, n int) ([]clinicbot.Hit, error) {
	if Hindi(text) {
		return b.Hindi.Search(ctx, text, n)
	}
	return b.English.Search(ctx, text, n)
}

// Close closes both indexes.
func (b *ByScript) Close() error {
	var err error
	if b.English != b.Hindi {
		err = b.English.Close()
	}
	if cerr := b.Hindi.Close(); err == nil {
		err = cerr
	}
	return err
}

var _ io.Closer = (*ByScript)(nil)

// hinglishMarkers are romanized Hindi words that English never uses.
var hinglishMarkers = toSet(`hai hain kya kyaa nahi nahin nhi kaise kitna kitne kitni chahiye mujhe mera meri mere hota hoti
hote karna karte karta karti kab kahan kaha kahaan hoga hogi sakte sakta sakti batao bataiye bataye aap aapka aapke wala
wali wale raha rahi rahe liye jata jati jaate kyun kyu ilaaj ilaj dawai dawa kharcha lagta lagti lagte baad pehle saath
samajh samjha samjhi samjhe gaya gayi gaye acha accha achha theek thik haan yaar karo kijiye dijiye chahta chahti tha thi
hua hui hue abhi lekin bhi toh matlab wahan yahan kaun kaunsa konsa kidhar milega milegi lagega lagegi paisa paise ghar
padega padta padti pata batana karwana karana lena dena lene dene koi kuch sab bahut zyada jyada thoda subah shaam hafte
mahine saal woh unka uska unki uski unke uske apna apni apne humko hamara tumhara aapko isme usme isse usse iske iska
agar phir kyunki sirf ekdum bilkul zaroor jarur shayad rehta rehti rehte dete deti milte milta milti
bhejo bhejiye bhej aaunga aaungi aayenge aaenge batado bataiyega tum tumhe tumko tujhe`)

// hinglishShort are short romanized Hindi words and SMS forms ("h" for
// hai, "ki", "kr", "skte") that English text may hold too ("72 h", "H
// block", "KA"): two of them, or one beside a marker, say Hinglish.
var hinglishShort = toSet(`h ki ka ke ko se hu hoon hun kr krna krni krta krti krte skte skta skti rha rhi rhe pta bht kru hta hti lgta lgti kb tk bta btao kon`)

// Hindi reports whether text is Hindi: Devanagari, or romanized Hindi
// (a word of Hinglish that English does not have).
func Hindi(text string) bool {
	if clinicbot.HasDevanagari(text) {
		return true
	}
	short := 0
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !(r >= 'a' && r <= 'z') }) {
		if hinglishMarkers[w] {
			return true
		}
		if hinglishShort[w] {
			short++
		}
	}
	return short >= 2
}

// Questions returns the questions text asks when it asks more than one
// (see the package function Questions).
func (b *ByScript) Questions(text string) []string { return Questions(text) }
