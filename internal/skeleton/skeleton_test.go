package skeleton

import "testing"

func TestLatin(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"center", "sntr"},
		{"appointment", "pntmnt"}, // doubled letters once, "m" before "t" kept
		{"company", "knpn"},       // "m" before "p" is the anusvara's "n"
		{"science", "sns"},        // "sc" before e/i is one "s"
		{"history", "hstr"},       // a leading "h" is kept
		{"station", "stsn"},       // "-tion" is "शन"
		{"phone", "fn"},
		{"zehar", "sr"}, // "z" as "s"
		{"12abc", ""},   // not letters of a word
		{"Center", ""},  // upper case is not read
		{"ketamine™", ""},
	} {
		if got := Latin(tc.in); got != tc.want {
			t.Errorf("Latin(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestDevanagari(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"सेंटर", "sntr"},
		{"कंपनी", "knpn"},
		{"ज़हर", "sr"},       // the nukta makes "ज" a "z", read as "s"
		{"हिस्ट्री", "hstr"}, // a leading "ह" is kept
		{"अंबर", "nbr"},
		{"मरना", "mrn"},
		{"center", ""}, // not Devanagari
	} {
		if got := Devanagari(tc.in); got != tc.want {
			t.Errorf("Devanagari(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// The two scripts agree on the loanwords patients type in Devanagari.
func TestBothScriptsAgree(t *testing.T) {
	for _, tc := range []struct{ latin, devanagari string }{
		{"center", "सेंटर"},
		{"appointment", "अपॉइंटमेंट"},
		{"company", "कंपनी"},
		{"insurance", "इंश्योरेंस"},
		{"zaroor", "ज़रूर"},
		{"station", "स्टेशन"},
	} {
		l, d := Latin(tc.latin), Devanagari(tc.devanagari)
		if l == "" || l != d {
			t.Errorf("%q is %q but %q is %q", tc.latin, l, tc.devanagari, d)
		}
	}
}
