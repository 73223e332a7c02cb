package dialog_test

import (
	"context"
	"strings"
	"testing"

	"github.com/mindbraintms/clinicbot/internal/clinicbot"
	"github.com/mindbraintms/clinicbot/internal/dialog"
)

// FuzzReply: every message gets a reply of a known kind with text, and no
// internal error text reaches the patient.
func FuzzReply(f *testing.F) {
	for _, s := range []string{"", "/start", "/book@Bot x", "what are the side effects", "+side -effects: \"(",
		"i want to die", "😀", "\x00", strings.Repeat("ketamine ", 600), "/.*/", "*:*"} {
		f.Add(s)
	}
	e := engine(f)
	f.Fuzz(func(t *testing.T, text string) {
		r, err := e.Reply(context.Background(), clinicbot.Message{ChatID: "f", Text: text})
		if err != nil {
			t.Fatalf("Reply(%q): %v", text, err)
		}
		if !r.Kind.Valid() || strings.TrimSpace(r.Text) == "" {
			t.Fatalf("Reply(%q) = %+v", text, r)
		}
		if len(r.Suggestions) > dialog.MaxTopics {
			t.Fatalf("Reply(%q) has %d suggestions", text, len(r.Suggestions))
		}
	})
}
