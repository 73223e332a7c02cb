package dialog

import (
	"strings"

	"github.com/mindbraintms/clinicbot/internal/clinicbot"
)

// Commands are the slash commands the engine understands.
var Commands = []struct{ Name, Description string }{
	{"start", "Welcome and what I can do"},
	{"help", "How to use this chat"},
	{"faq", "Common questions"},
	{"book", "Ask for an appointment"},
	{"human", "Talk to a person"},
}

// command answers a slash command; "/start@ClinicBot extra" is "/start".
func (kb *Knowledge) command(text string) clinicbot.Reply {
	name := strings.ToLower(strings.Fields(text)[0][1:])
	if i := strings.IndexByte(name, '@'); i >= 0 {
		name = name[:i]
	}
	switch name {
	case "start":
		return clinicbot.Reply{Kind: clinicbot.KindSmalltalk, EntryID: "/start",
			Text:        kb.fill(kb.Messages.Welcome) + "\n\n" + kb.fill(kb.Clinic.Disclaimer),
			Suggestions: kb.suggest(kb.Topics, "")}
	case "help":
		return clinicbot.Reply{Kind: clinicbot.KindSmalltalk, EntryID: "/help",
			Text: kb.fill(kb.Messages.Help) + "\n\n" + kb.fill(kb.Clinic.Disclaimer)}
	case "faq":
		return clinicbot.Reply{Kind: clinicbot.KindSmalltalk, EntryID: "/faq",
			Text: "Here are some common questions. Pick one, or type your own.", Suggestions: kb.suggest(kb.Topics, "")}
	case "book":
		return kb.handoff("book-appointment", "/book", clinicbot.HandoffAppointment)
	case "human":
		return kb.handoff("talk-to-person", "/human", clinicbot.HandoffPerson)
	}
	r := clinicbot.Reply{Kind: clinicbot.KindFallback, Text: "I don't know that command. " + kb.fill(kb.Messages.Help)}
	return r
}

// handoff replies with a handoff entry's text, or the standard handoff
// message when the folder has no such entry.
func (kb *Knowledge) handoff(id, cmd, kind string) clinicbot.Reply {
	text := kb.fill(kb.Messages.Handoff)
	if en := kb.Entries[id]; en != nil && en.Kind == clinicbot.KindHandoff {
		text = kb.fill(en.Answer)
	}
	if !strings.Contains(text, kb.Clinic.Phone) {
		text += "\n\n" + kb.fill(kb.Messages.Handoff)
	}
	return clinicbot.Reply{Kind: clinicbot.KindHandoff, EntryID: cmd, Text: text, Alert: true, Handoff: kind}
}
