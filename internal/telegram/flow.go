package telegram

import (
	"context"
	"strings"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/mindbraintms/clinicbot/internal/clinicbot"
)

// Booking flow steps, stored in ChatState.Flow.
const (
	flowConsent = "consent" // asked whether we may pass details to staff
	flowContact = "contact" // asked for the phone (button) or name + time
	flowTime    = "time"    // asked for a good time to call
)

const shareLabel = "📞 Share my phone number"
const cancelLabel = "Cancel"

// startFlow answers a handoff request: the clinic phone at once, then (in a
// private chat) the question whether we may pass details to staff.
func (b *Bot) startFlow(ctx context.Context, c *conv, r clinicbot.Reply) error {
	clinic, _ := b.engine.Clinic()
	if c.group {
		// Never ask for phone numbers in a group.
		return b.reply(ctx, c, r.Text+"\n\nFor your privacy, please message me directly to share your details, or call "+clinic.Phone+".", nil, nil)
	}
	c.state.Flow = flowConsent
	c.state.HandoffKind = handoffKind(r.EntryID)
	c.changed = true
	if err := b.reply(ctx, c, r.Text, nil, nil); err != nil {
		return err
	}
	kb := tgbotapi.NewInlineKeyboardMarkup(tgbotapi.NewInlineKeyboardRow(
		tgbotapi.NewInlineKeyboardButtonData("Yes, pass my details", cbConsent+"yes"),
		tgbotapi.NewInlineKeyboardButtonData("No, thanks", cbConsent+"no"),
	))
	return b.reply(ctx, c, "May I pass your name and phone number to our team so they can contact you?", nil, kb)
}

func handoffKind(entry string) string {
	switch entry {
	case "talk-to-person", "/human":
		return clinicbot.HandoffPerson
	case "unanswered":
		return clinicbot.HandoffUnanswered
	}
	return clinicbot.HandoffAppointment
}

func (b *Bot) consent(ctx context.Context, c *conv, yes bool) error {
	clinic, _ := b.engine.Clinic()
	if c.state.Flow != flowConsent {
		return nil // a stale button from an old message
	}
	if !yes {
		c.state.Flow = ""
		c.changed = true
		return b.reply(ctx, c, "Okay, I won't pass anything on. You can call us any time on "+clinic.Phone+".", nil, removeKeyboard())
	}
	c.state.Flow = flowContact
	c.changed = true
	kb := tgbotapi.NewOneTimeReplyKeyboard(
		tgbotapi.NewKeyboardButtonRow(tgbotapi.NewKeyboardButtonContact(shareLabel)),
		tgbotapi.NewKeyboardButtonRow(tgbotapi.NewKeyboardButton(cancelLabel)),
	)
	return b.reply(ctx, c, "Thank you. Tap the button below to share your phone number, or type your name and a good time to call you.", nil, kb)
}

func (b *Bot) onContact(ctx context.Context, c *conv, ct *tgbotapi.Contact) error {
	if c.group || c.state.Flow != flowContact {
		return b.reply(ctx, c, "Thanks, but I only use a phone number when you ask for an appointment or a call back. Type /book to start.", nil, nil)
	}
	if c.from != nil && ct.UserID != 0 && ct.UserID != c.from.ID {
		return b.reply(ctx, c, "That looks like someone else's contact. Please tap the button to share your own number, or type your name and a good time to call.", nil, nil)
	}
	c.state.Phone = ct.PhoneNumber
	if c.state.Name == "" {
		c.state.Name = strings.TrimSpace(ct.FirstName + " " + ct.LastName)
	}
	c.state.Flow = flowTime
	c.changed = true
	return b.reply(ctx, c, "Thank you. When is a good time for us to call you? (for example: weekday mornings)", nil, removeKeyboard())
}

// flowText handles typed text during the booking flow.
func (b *Bot) flowText(ctx context.Context, c *conv, text string) error {
	lower := strings.ToLower(strings.TrimSpace(text))
	if lower == strings.ToLower(cancelLabel) {
		return b.cancelFlow(ctx, c)
	}
	switch c.state.Flow {
	case flowConsent:
		switch lower {
		case "yes", "y", "ok", "okay", "sure", "haan", "ha", "yes please":
			return b.consent(ctx, c, true)
		case "no", "n", "nahi", "no thanks":
			return b.consent(ctx, c, false)
		}
		// Not an answer to the question: treat it as a new question.
		c.state.Flow = ""
		c.changed = true
		r, _ := b.engine.Reply(ctx, clinicbot.Message{ChatID: c.key, Text: text})
		return b.answer(ctx, c, r)
	case flowContact:
		if looksLikeQuestion(text) {
			// "how much does one infusion cost?" is not a name: leave the
			// flow and answer it, as at the consent step.
			c.state.Flow = ""
			c.changed = true
			r, _ := b.engine.Reply(ctx, clinicbot.Message{ChatID: c.key, Text: text})
			return b.answer(ctx, c, r)
		}
		c.state.Name = text // name and preferred time, as typed
		return b.finish(ctx, c)
	case flowTime:
		c.state.PreferredTime = text
		return b.finish(ctx, c)
	}
	return nil
}

// finish stores the handoff, then confirms: the handoff is on disk before
// the patient is told that staff will call.
func (b *Bot) finish(ctx context.Context, c *conv) error {
	clinic, _ := b.engine.Clinic()
	kind := c.state.HandoffKind
	if kind == "" {
		kind = clinicbot.HandoffAppointment
	}
	c.state.Flow = ""
	c.changed = true
	if _, err := b.handoff(c, clinicbot.Handoff{Kind: kind}); err != nil {
		return b.reply(ctx, c, "Sorry, I couldn't pass your details on just now. Please call us on "+clinic.Phone+".", nil, removeKeyboard())
	}
	return b.reply(ctx, c, "Thank you, I've passed your details to our team and they will contact you. If it's urgent, please call "+clinic.Phone+".", nil, removeKeyboard())
}

func (b *Bot) cancelFlow(ctx context.Context, c *conv) error {
	clinic, _ := b.engine.Clinic()
	was := c.state.Flow
	c.state.Flow = ""
	c.changed = true
	if was == "" {
		return b.reply(ctx, c, "There's nothing to cancel. Ask me anything, or call "+clinic.Phone+".", nil, removeKeyboard())
	}
	return b.reply(ctx, c, "Cancelled: nothing was passed on. You can call us any time on "+clinic.Phone+".", nil, removeKeyboard())
}

// questionWords begin a question rather than a name.
var questionWords = map[string]bool{"what": true, "whats": true, "what's": true, "how": true, "why": true, "when": true,
	"where": true, "who": true, "which": true, "can": true, "could": true, "is": true, "are": true, "do": true,
	"does": true, "will": true, "would": true, "should": true, "kya": true, "kaise": true, "kitna": true,
	"kitne": true, "kab": true, "kahan": true, "kyun": true}

// looksLikeQuestion tells a question from a name (and a time to call):
// it ends with "?", begins with a question word, or is too long for a name.
func looksLikeQuestion(text string) bool {
	t := strings.TrimSpace(text)
	if strings.HasSuffix(t, "?") || strings.HasSuffix(t, "？") {
		return true
	}
	fields := strings.Fields(strings.ToLower(t))
	return len(fields) > 8 || (len(fields) > 1 && questionWords[strings.Trim(fields[0], ",.!")])
}

func removeKeyboard() tgbotapi.ReplyKeyboardRemove { return tgbotapi.NewRemoveKeyboard(false) }
