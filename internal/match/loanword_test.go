package match

import "testing"

// English words that patients spell in Devanagari are read as the
// knowledge's own words, and words that only share consonants are not.
func TestLoanwordsReadEnglishSpeltInDevanagari(t *testing.T) {
	s := newSpeller()
	for _, w := range []string{"shift", "safety", "safety", "station", "insurance", "depression", "center",
		"appointment", "blood", "allowed", "history", "heart", "hurt", "booster", "thoughts", "kitna", "current", "timing",
		"subsidy", "connection"} {
		s.add(w)
	}
	l := loanwordsOf(s)
	tests := []struct{ devanagari, want string }{
		{"शिफ्ट", "shift"}, // not the more frequent "safety"
		{"स्टेशन", "station"},
		{"इंश्योरेंस", "insurance"},
		{"डिप्रेशन", "depression"},
		{"सेंटर", "center"},
		{"अपॉइंटमेंट", "appointment"},
		{"हार्ट", "heart"},
		{"थॉट्स", "thoughts"},
		{"कितने", "kitna"}, // Hindi written in either script
		{"करंट", "current"},
		{"टाइमिंग", "timing"},     // a long English "i" is written "ाइ"
		{"सब्सिडी", "subsidy"},    // the first "u" is the consonant's own "a"
		{"कनेक्शन", "connection"}, // ... and so is the first "o"
		{"ब्लेड", ""},             // blade is no blood
		{"अलविदा", ""},            // goodbye is not "allowed"
		{"स्टार", ""},             // star is not "history"
		{"बिस्तर", ""},            // bed is not "booster"
		{"दर्द", ""},              // too few consonants to judge
		{"shift", ""},             // Latin words are the speller's
	}
	for _, tt := range tests {
		if got := l.read(tt.devanagari); got != tt.want {
			t.Errorf("read(%q) = %q, want %q", tt.devanagari, got, tt.want)
		}
	}
}

// An everyday English word spelt in Devanagari is read as itself, but a
// Hindi word of three consonants never is ("भारत" is no "birth"; the code
// review of the thirty-ninth round).
func TestEverydayLoanwords(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"हॉस्पिटल", "hospital"},
		{"सेंटर", "center"},
		{"भारत", ""},
	} {
		if got := everydayLoans.read(tt.in); got != tt.want {
			t.Errorf("everydayLoans.read(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
