package telegram

import (
	"context"
	"strconv"
	"strings"
	"unicode/utf8"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/mindbraintms/clinicbot/internal/clinicbot"
)

// handle turns one update into an event, hands it to the conversation and
// sends what it answers.
func (b *Bot) handle(ctx context.Context, u tgbotapi.Update) error {
	var ev clinicbot.Event
	var chat int64
	switch {
	case u.Message != nil:
		m := u.Message
		text := strings.TrimSpace(m.Text)
		if text == "" {
			text = strings.TrimSpace(m.Caption)
		}
		group := m.Chat.IsGroup() || m.Chat.IsSuperGroup()
		if group {
			var addressed bool
			if text, addressed = b.addressed(m, text); !addressed {
				return nil // in groups the bot speaks only when spoken to
			}
		}
		chat = m.Chat.ID
		ev = event(m.Chat, m.From)
		ev.Text = text
		if text == "" {
			ev.NonText = nonTextKind(m)
		}
		if ct := m.Contact; ct != nil {
			ev.Contact = &clinicbot.Contact{Phone: ct.PhoneNumber, Name: strings.TrimSpace(ct.FirstName + " " + ct.LastName),
				Foreign: m.From != nil && ct.UserID != 0 && ct.UserID != m.From.ID}
		}
	case u.CallbackQuery != nil:
		q := u.CallbackQuery
		// Answer the callback, so the button stops spinning: one try, as
		// the handler never waits out a retry (the reply matters more).
		if _, err := b.sender.Request(tgbotapi.NewCallback(q.ID, "")); err != nil {
			b.opt.Observer.Error("telegram", errorKind(err))
			b.log.Warn("answerCallbackQuery", "error", b.redact(err))
		}
		if q.Message == nil || q.Data == "" {
			return nil
		}
		chat = q.Message.Chat.ID
		ev = event(q.Message.Chat, q.From)
		ev.Choice = q.Data
	default:
		return nil
	}
	out, err := b.conv.Handle(ctx, ev)
	if qerr := b.queue(ctx, chat, out); qerr != nil {
		return qerr
	}
	b.markSent(ctx) // queued: a restart sends it, and does not answer again
	return err
}

// event starts the event of a message or button in chat from a user.
func event(chat *tgbotapi.Chat, from *tgbotapi.User) clinicbot.Event {
	ev := clinicbot.Event{
		Patient:     clinicbot.Patient{Channel: clinicbot.ChannelTelegram, ID: strconv.FormatInt(chat.ID, 10)},
		Group:       chat.IsGroup() || chat.IsSuperGroup() || chat.IsChannel(),
		ShareButton: true,
	}
	if from != nil {
		ev.Name, ev.Handle = strings.TrimSpace(from.FirstName+" "+from.LastName), from.UserName
	}
	return ev
}

// markup renders a message's choices or input: inline buttons, the
// share-my-number keyboard, or its removal.
func (b *Bot) markup(o clinicbot.Outbound) any {
	switch {
	case o.Input == clinicbot.InputPhone && len(o.Choices) > 0:
		// A keyboard: the share button sends the contact, others their label.
		var rows [][]tgbotapi.KeyboardButton
		for _, c := range o.Choices {
			btn := tgbotapi.NewKeyboardButton(c.Label)
			if c.Data == clinicbot.ChoiceShare {
				btn = tgbotapi.NewKeyboardButtonContact(c.Label)
			}
			rows = append(rows, tgbotapi.NewKeyboardButtonRow(btn))
		}
		return tgbotapi.NewOneTimeReplyKeyboard(rows...)
	case len(o.Choices) > 0:
		if kb := choiceKeyboard(o.Choices); kb != nil {
			return kb
		}
	case o.Input == clinicbot.InputClear:
		return tgbotapi.NewRemoveKeyboard(false)
	}
	return nil
}

// addressed reports whether a group message is for the bot (a command,
// a mention, or a reply to the bot) and returns the text without the
// mention.
func (b *Bot) addressed(m *tgbotapi.Message, text string) (string, bool) {
	if strings.HasPrefix(text, "/") {
		return text, true
	}
	if b.opt.Username != "" {
		mention := "@" + b.opt.Username
		if i := indexFold(text, mention); i >= 0 {
			return strings.TrimSpace(text[:i] + text[i+len(mention):]), true
		}
	}
	if m.ReplyToMessage != nil && m.ReplyToMessage.From != nil && m.ReplyToMessage.From.IsBot &&
		(b.opt.Username == "" || strings.EqualFold(m.ReplyToMessage.From.UserName, b.opt.Username)) {
		return text, true
	}
	return text, false
}

// indexFold returns the byte index in s of the first case-insensitive
// match of sub, or -1. Unlike searching strings.ToLower(s), it returns an
// index into s itself: "Ⱥ" and "İ" change length when lowered.
func indexFold(s, sub string) int {
	for i := range s { // rune starts
		if len(s)-i < len(sub) {
			break
		}
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}

func nonTextKind(m *tgbotapi.Message) string {
	switch {
	case m.Sticker != nil:
		return "sticker"
	case m.Photo != nil:
		return "photo"
	case m.Voice != nil, m.Audio != nil:
		return "voice"
	case m.Video != nil, m.VideoNote != nil, m.Animation != nil:
		return "video"
	case m.Document != nil:
		return "document"
	case m.Location != nil, m.Venue != nil:
		return "location"
	}
	return "other"
}

// choiceKeyboard turns choices into inline buttons, one per row. Choices
// whose data does not fit in Telegram's callback data are left out.
func choiceKeyboard(choices []clinicbot.Choice) *tgbotapi.InlineKeyboardMarkup {
	var rows [][]tgbotapi.InlineKeyboardButton
	for _, c := range choices {
		if len(c.Data) == 0 || len(c.Data) > 64 {
			continue
		}
		label := c.Label
		if utf8.RuneCountInString(label) > 60 {
			label = string([]rune(label)[:57]) + "..."
		}
		rows = append(rows, tgbotapi.NewInlineKeyboardRow(tgbotapi.NewInlineKeyboardButtonData(label, c.Data)))
	}
	if len(rows) == 0 {
		return nil
	}
	kb := tgbotapi.NewInlineKeyboardMarkup(rows...)
	return &kb
}
