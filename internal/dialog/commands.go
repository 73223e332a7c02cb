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
	{"language", "हिन्दी / English"},
}

// command answers a slash command; "/start@ClinicBot extra" is "/start".
func (kb *view) command(text string) clinicbot.Reply {
	name := strings.ToLower(strings.Fields(text)[0][1:])
	if i := strings.IndexByte(name, '@'); i >= 0 {
		name = name[:i]
	}
	switch name {
	case "start":
		return clinicbot.Reply{Kind: clinicbot.KindSmalltalk, EntryID: "/start",
			Text:        kb.fill(kb.msgs.Welcome) + "\n\n" + kb.fill(kb.Clinic.Disclaimer),
			Suggestions: kb.topics()}
	case "help":
		return clinicbot.Reply{Kind: clinicbot.KindSmalltalk, EntryID: "/help",
			Text: kb.fill(kb.msgs.Help) + "\n\n" + kb.fill(kb.Clinic.Disclaimer)}
	case "faq":
		return clinicbot.Reply{Kind: clinicbot.KindSmalltalk, EntryID: "/faq",
			Text: kb.fill(kb.msgs.FAQ), Suggestions: kb.topics()}
	case "book":
		return kb.handoff("book-appointment", "/book", clinicbot.HandoffAppointment)
	case "human":
		return kb.handoff("talk-to-person", "/human", clinicbot.HandoffPerson)
	}
	r := clinicbot.Reply{Kind: clinicbot.KindFallback, Text: kb.fill(kb.msgs.UnknownCommand) + " " + kb.fill(kb.msgs.Help)}
	return r
}

// handoff replies with a handoff entry's text, or the standard handoff
// message when the folder has no such entry.
func (kb *view) handoff(id, cmd, kind string) clinicbot.Reply {
	text := kb.fill(kb.msgs.Handoff)
	if en := kb.Entries[id]; en != nil && en.Kind == clinicbot.KindHandoff {
		answer, _ := kb.answer(en)
		text = kb.expand(answer)
	}
	if !strings.Contains(text, kb.Clinic.Phone) {
		text += "\n\n" + kb.fill(kb.msgs.Handoff)
	}
	return clinicbot.Reply{Kind: clinicbot.KindHandoff, EntryID: cmd, Text: text, Alert: true, Handoff: kind}
}
