package dialog

import "testing"

func TestAsksForInformation(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"What is your phone number?", true},
		{"phone number?", true},
		{"hi, how long does a session take", true},
		{"Will someone be with me during the infusion?", true},
		{"clinic ka number kya hai", true},
		{"सेशन कितने दिन बाद लेना है", true},
		{"I have had depression for years. Would ketamine suit me?", true},
		{"can I talk to your staff instead of the bot", false},
		{"Can I book an appointment?", false},
		{"put me in touch with your team", false},
		{"please call me back", false},
		{"पापा के लिए पहला सेशन बुक करना है", false},
		{"I want to book a session for my mother", false},
		// asked to be sent or told a fact: information, not staff
		{"can you share the clinic phone number", true},
		{"pls send ur address", true},
		{"please give me an appointment", false},
		{"can you send someone to call me", false},
		{"Clinic phone number and email", true},
		{"my number is 98xxxx, call me", false},
	}
	for _, tt := range tests {
		if got := asksForInformation(tt.text); got != tt.want {
			t.Errorf("asksForInformation(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
