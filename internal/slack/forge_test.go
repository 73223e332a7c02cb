package slack

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/mindbraintms/clinicbot/internal/clinicbot"
)

// A typed name or time must not forge fields in the staff message: staff
// read "*Phone:*" as the number to call.
func TestTypedFieldsCannotForgeLines(t *testing.T) {
	h := clinicbot.Handoff{ID: "7", Kind: clinicbot.HandoffAppointment, Channel: "telegram", ChatID: "42",
		Name:          "Asha\n*Phone:* +91 0000000000\n*Chat id:* 1",
		PreferredTime: "monday\r\n*Phone:*\u2028+91 1111111111",
		Phone:         "+91 9876543210"}
	text, blocks := Render(h, Layout{Clinic: clinicbot.Clinic{Phone: "+91-1"}})
	var all strings.Builder
	all.WriteString(text)
	b, err := json.Marshal(blocks)
	if err != nil {
		t.Fatal(err)
	}
	all.Write(b)
	if n := strings.Count(all.String(), "*Phone:*"); n != 1 {
		t.Errorf("%d \"*Phone:*\" labels in the staff message, want the real one only:\n%s", n, all.String())
	}
	if n := strings.Count(all.String(), "*Chat id:*"); n != 1 {
		t.Errorf("%d \"*Chat id:*\" labels, want 1", n)
	}
	if !strings.Contains(all.String(), "+91 9876543210") {
		t.Error("the real phone is missing")
	}
}
