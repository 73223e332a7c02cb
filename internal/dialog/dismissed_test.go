package dialog

import "testing"

func TestWithoutDismissed(t *testing.T) {
	tests := []struct {
		text, want string
		ok         bool
	}{
		{"nope, not how long the effect lasts. I'm asking how many sittings are in the treatment course itself", "I'm asking how many sittings are in the treatment course itself", true},
		{"what's in it is not my question. how does it go into the body?", "how does it go into the body?", true},
		{"Not the therapy, the substance itself — what is ketamine?", "what is ketamine?", true},
		{"I'm not worried about the price or the drive home. does anyone become dependent on it?", "does anyone become dependent on it?", true},
		{"i dont mean the price. how long does one session take?", "how long does one session take?", true},
		// a "not" that sets no topic aside, and a message of one clause
		{"Not gonna lie I'm very skeptical. What is ketamine therapy exactly?", "", false},
		{"not depressed exactly, more like constant anxiety. any use for me?", "", false},
		{"not the price, the timings", "", false},
		{"how much is it?", "", false},
	}
	for _, tt := range tests {
		got, ok := withoutDismissed(tt.text)
		if ok != tt.ok || ok && got != tt.want {
			t.Errorf("withoutDismissed(%q) = %q, %v; want %q, %v", tt.text, got, ok, tt.want, tt.ok)
		}
	}
}
