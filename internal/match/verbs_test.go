package match

import "testing"

func TestAsVerbs(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Do I need to fast before ketamine?", "Do I need to fasting before ketamine?"},
		{"should i fast", "should i fasting"},
		{"fast for 6 hours?", "fasting for 6 hours?"},
		{"how fast does it work", "how fast does it work"},
		{"does it work fast", "does it work fast"},
		{"is it fast acting", "is it fast acting"},
		{"What conditions can ketamine therapy address?", "What conditions can ketamine therapy treat?"},
		{"can it address my anxiety", "can it treat my anxiety"},
		{"what is your address", "what is your address"},
		{"clinic address please", "clinic address please"},
		{"aur kya kya treatment hote h", "else kya kya treatment hote h"},
		{"can i work the next day", "can i job the next day"},
		{"can i go back to work after", "can i go back to job after"},
		{"will it work for me", "will it work for me"},
		{"how does ketamine work", "how does ketamine work"},
		{"dawai aur ketamine saath le sakte", "dawai aur ketamine saath le sakte"},
		{"केटामाइन के अलावा और कौन से इलाज हैं", "केटामाइन के अलावा else कौन से इलाज हैं"},
	}
	for _, tt := range tests {
		if got := asVerbs(tt.in); got != tt.want {
			t.Errorf("asVerbs(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
