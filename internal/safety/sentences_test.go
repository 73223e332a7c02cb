package safety

import (
	"reflect"
	"testing"
)

// TestSentenceTexts: a message is read sentence by sentence (sentenceAlone)
// where its writer ended one, never inside a number, an abbreviation, a
// web address or after a title; a stop typed without a space ends one.
func TestSentenceTexts(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want []string
	}{
		{"My dose is 2.5 mg. I am tired", []string{"My dose is 2.5 mg", " I am tired"}},
		{"Dr. Rao said so. ok", []string{"Dr. Rao said so", " ok"}},
		{"i am done.can i book", []string{"i am done", "can i book"}},
		{"see mindbraintms.com for it, e.g. fees. ok", []string{"see mindbraintms.com for it, e.g. fees", " ok"}},
	} {
		if got := sentenceTexts(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("sentenceTexts(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
