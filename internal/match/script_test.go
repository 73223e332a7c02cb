package match

import (
	"context"
	"testing"

	"github.com/mindbraintms/clinicbot/internal/clinicbot"
)

func TestHindiDetection(t *testing.T) {
	for text, want := range map[string]bool{
		"केटामाइन क्या है":                  true,
		"ketamine ka kharcha kitna hai":     true,
		"what are the side effects":         false,
		"should i fast before the infusion": false,
		"me to":                             false,
		// Hinglish without a question word: small talk and chat
		"acha ok samajh gaya":                            true,
		"thanks yaar, kaafi helpful tha":                 true,
		"ek hi session kaafi h ya kai baar aana padta h": true,
		// English words that look like Hindi ones stay English
		"is there parking at the clinic, and do i need to pay": false,
	} {
		if got := Hindi(text); got != want {
			t.Errorf("Hindi(%q) = %v, want %v", text, got, want)
		}
	}
}

// A translation's Hinglish phrasing with an English word in it ("fast")
// answers Hinglish, and never pulls an English question to its entry.
func TestByScriptKeepsTranslationsOutOfEnglish(t *testing.T) {
	speed := &clinicbot.Entry{ID: "how-fast", Question: "How fast does it work?", Phrasings: []string{"how quickly will i feel better", "kitna fast asar karta hai"},
		Translations: map[string]clinicbot.Translation{"hi": {Question: "कितनी जल्दी असर होता है?", Phrasings: []string{"kitna fast asar karta hai"}}}}
	prep := &clinicbot.Entry{ID: "preparing", Question: "Should I fast before a session?", Phrasings: []string{"can i eat before the infusion", "do i need to skip breakfast"}}
	b, err := NewByScript([]*clinicbot.Entry{speed, prep}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	for text, want := range map[string]string{"should i fast before the infusion": "preparing", "kitna fast asar karta hai": "how-fast"} {
		hits, err := b.Search(context.Background(), text, 3)
		if err != nil || len(hits) == 0 || hits[0].EntryID != want {
			t.Errorf("Search(%q) = %+v, %v; want %s first", text, hits, err, want)
		}
	}
}

// In Hinglish a short word no entry has is most likely a Hindi verb or
// particle ("hoga", "milte"): it weighs like an everyday word there, so the
// topic still decides; in English an unknown word still counts against.
func TestUnknownHinglishWordsDoNotDrownTheTopic(t *testing.T) {
	cost := &clinicbot.Entry{ID: "cost", Kind: clinicbot.KindAnswer, Question: "What does a session cost?", Phrasings: []string{"price of a session", "session ka kharcha"},
		Translations: map[string]clinicbot.Translation{"hi": {Question: "कितना खर्चा है?", Phrasings: []string{"session ka kharcha"}}}}
	hours := &clinicbot.Entry{ID: "hours", Kind: clinicbot.KindAnswer, Question: "When are you open?", Phrasings: []string{"opening hours", "clinic timings"}}
	b, err := NewByScript([]*clinicbot.Entry{cost, hours}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	hinglish, err := b.Search(context.Background(), "session ka kharcha kitna hoga yaar", 1)
	if err != nil || len(hinglish) == 0 || hinglish[0].EntryID != "cost" || hinglish[0].Coverage < 0.4 {
		t.Errorf("Hinglish = %+v, %v; want cost with coverage >= 0.4", hinglish, err)
	}
	english, err := b.Search(context.Background(), "session price zorb golf quux", 1)
	if err != nil || len(english) == 0 || english[0].Coverage >= 0.4 {
		t.Errorf("English with unknown words = %+v, %v; want coverage below 0.4", english, err)
	}
}

// The clinic's own name says who is asked, not what: "Mind Brain TMS
// timings" is about timings, even though "brain" is a topic word.
func TestTheServiceNameIsTakenOff(t *testing.T) {
	hours := &clinicbot.Entry{ID: "hours", Kind: clinicbot.KindAnswer, Question: "When are you open?", Phrasings: []string{"opening hours", "clinic timings"}}
	brain := &clinicbot.Entry{ID: "brain", Kind: clinicbot.KindAnswer, Question: "What does it do to the brain?", Phrasings: []string{"effect on the brain", "brain chemistry"}}
	b, err := NewByScript([]*clinicbot.Entry{hours, brain}, nil, []string{"Mind Brain TMS"})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	for text, want := range map[string]string{
		"mind brain tms timings":                   "hours",
		"Mind Brain clinic timings?":               "hours",
		"what does it do to the brain":             "brain",
		"does it change the mind brain connection": "brain", // a shorter form of the name alone stays
	} {
		hits, err := b.Search(context.Background(), text, 1)
		if err != nil || len(hits) == 0 || hits[0].EntryID != want {
			t.Errorf("Search(%q) = %+v, %v; want %s", text, hits, err, want)
		}
	}
}
