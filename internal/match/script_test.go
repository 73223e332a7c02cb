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
	b, err := NewByScript([]*clinicbot.Entry{speed, prep}, nil)
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
