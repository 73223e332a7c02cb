package safety_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/mindbraintms/clinicbot/internal/clinicbot"
	"github.com/mindbraintms/clinicbot/internal/safety"
)

// FuzzCheck: no input panics, and whatever a patient writes before it, a
// plain crisis statement is still detected.
func FuzzCheck(f *testing.F) {
	for _, s := range []string{"", "hello", "i'm not suicidal", "dying to know", "मुझे मरना है", "k1ll myslef",
		"ketamine helps with suicidal thoughts", "no one", "self-harm", "\x00\xff", strings.Repeat("a ", 500), "''''", "don't"} {
		f.Add(s)
	}
	d := detector(f)
	f.Fuzz(func(t *testing.T, text string) {
		d.Check(text)
		for _, w := range safety.Normalize(text) {
			if w == "" || !utf8.ValidString(w) && utf8.ValidString(text) {
				t.Fatalf("Normalize(%q) gave a bad word %q", text, w)
			}
		}
		if got := d.Check(text + ". I want to kill myself"); got.Verdict != clinicbot.Crisis {
			t.Fatalf("crisis missed after %q", text)
		}
	})
}
