package telegram

import (
	"testing"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// In a group the bot answers only when named. Letters whose lower case is
// longer than themselves (Ⱥ, İ) before the name once made the handler cut
// the text at the wrong place and panic: a crisis message in that form got
// no reply and no alert.
func TestAddressedInAGroupSurvivesAnyUnicode(t *testing.T) {
	b := &Bot{opt: Options{Username: "ClinicBot"}}
	for _, c := range []struct{ text, want string }{
		{"@clinicbot i want to kill myself", "i want to kill myself"},
		{"ȺȺȺȺȺȺ @ClinicBot i want to kill myself", "ȺȺȺȺȺȺ  i want to kill myself"},
		{"İİİİİİİİ@CLINICBOT help", "İİİİİİİİ help"},
		{"ẞ @clinicbot", "ẞ"},
	} {
		got, ok := b.addressed(&tgbotapi.Message{Text: c.text}, c.text)
		if !ok || got != c.want {
			t.Errorf("addressed(%q) = %q, %v; want %q, true", c.text, got, ok, c.want)
		}
	}
	if _, ok := b.addressed(&tgbotapi.Message{Text: "İİİ hello everyone"}, "İİİ hello everyone"); ok {
		t.Error("a group message that does not name the bot was taken as addressed to it")
	}
}
