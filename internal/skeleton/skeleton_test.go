package skeleton

import "testing"

func TestBothScriptsAgree(t *testing.T) {
	for _, tc := range []struct{ latin, devanagari string }{
		{"center", "सेंटर"},
		{"marna", "मरना"},
		{"appointment", "अपॉइंटमेंट"},
		{"company", "कंपनी"},
		{"insurance", "इंश्योरेंस"},
		{"zaroor", "ज़रूर"},
	} {
		l, d := Of(tc.latin), Of(tc.devanagari)
		if l == "" || l != d {
			t.Errorf("%q is %q but %q is %q", tc.latin, l, tc.devanagari, d)
		}
	}
}

func TestWordsThatDifferStayApart(t *testing.T) {
	for _, tc := range []struct{ a, b string }{
		{"hang", "jump"},
		{"marna", "milna"},
		{"सेंटर", "स्टार"},
	} {
		if Of(tc.a) == Of(tc.b) {
			t.Errorf("%q and %q share the skeleton %q", tc.a, tc.b, Of(tc.a))
		}
	}
}

func TestNoSkeletonOfOtherLetters(t *testing.T) {
	for _, w := range []string{"", "12abc", "ketamine™", "مرنا"} {
		if k := Of(w); k != "" {
			t.Errorf("Of(%q) = %q, want none", w, k)
		}
	}
}
