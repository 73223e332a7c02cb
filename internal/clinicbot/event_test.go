package clinicbot

import "testing"

// A message is answered in Hindi when it is written in Hindi script: a
// Hindi sentence that names things in English is; Hinglish with a word
// or two in Devanagari is not.
func TestWrittenInDevanagari(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"केटामाइन क्या है", true},
		{"क्या ketamine therapy safe है", true},
		{"clinic का whatsapp number या email मिलेगा", true},
		{"मुझे appointment book करनी है next monday के लिए", true},
		{"clinic ka timing kya h weekdays me? सुबह से?", false},
		{"mujhe kisi real person se baat karni hai please, बोट नहीं", false},
		{"thank you doctor साहब 🙏", false},
		{"what is ketamine", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := WrittenInDevanagari(tt.text); got != tt.want {
			t.Errorf("WrittenInDevanagari(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
