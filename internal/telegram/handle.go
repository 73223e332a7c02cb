package telegram

import (
	"context"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/mindbraintms/clinicbot/internal/clinicbot"
)

const (
	recentKept   = 3   // messages kept as context for staff
	recentRunes  = 500 // of at most this many characters each
	flowLifetime = time.Hour
)

// handle routes one update.
func (b *Bot) handle(ctx context.Context, u tgbotapi.Update) error {
	switch {
	case u.Message != nil:
		return b.onMessage(ctx, u.Message)
	case u.CallbackQuery != nil:
		return b.onCallback(ctx, u.CallbackQuery)
	}
	return nil
}

// conv is one conversation turn: the chat, who wrote, and its state.
type conv struct {
	start   time.Time // when the update started being handled
	chat    int64
	key     string // chat id as stored
	group   bool
	from    *tgbotapi.User
	state   clinicbot.ChatState
	changed bool
	// relayChanged: this turn set or cleared Relay itself; otherwise the
	// stored value (which staff may change meanwhile) is kept on save.
	relayChanged bool
}

func (b *Bot) conv(chat *tgbotapi.Chat, from *tgbotapi.User) (*conv, error) {
	c := &conv{start: time.Now(), chat: chat.ID, key: strconv.FormatInt(chat.ID, 10), group: chat.IsGroup() || chat.IsSuperGroup() || chat.IsChannel(), from: from}
	st, err := b.store.Chat(c.key)
	if err != nil {
		return c, err
	}
	if st.Flow != "" && time.Since(st.Updated) > flowLifetime {
		st.Flow = "" // an old, abandoned booking does not capture new messages
	}
	c.state = st
	return c, nil
}

func (b *Bot) save(c *conv) error {
	if !c.changed {
		return nil
	}
	if !c.relayChanged {
		if cur, err := b.store.Chat(c.key); err == nil {
			c.state.Relay = cur.Relay
		}
	}
	c.state.Updated = time.Now().UTC()
	return b.store.SaveChat(c.key, c.state)
}

func (b *Bot) onMessage(ctx context.Context, m *tgbotapi.Message) error {
	text := strings.TrimSpace(m.Text)
	if text == "" {
		text = strings.TrimSpace(m.Caption)
	}
	group := m.Chat.IsGroup() || m.Chat.IsSuperGroup()
	if group {
		var addressed bool
		text, addressed = b.addressed(m, text)
		if !addressed {
			return nil // in groups the bot speaks only when spoken to
		}
	}
	c, err := b.conv(m.Chat, m.From)
	if err != nil {
		return err
	}
	defer b.save(c)

	// Safety first, whatever state the chat is in, even when flooded.
	var checked *clinicbot.SafetyResult
	if text != "" {
		r, crisis := b.engine.Crisis(text)
		checked = &r.Safety
		if crisis {
			c.remember(text)
			b.crisis(c, r.Safety, text)
			c.state.Flow = ""
			c.changed = true
			// The patient gets the crisis reply every time.
			err := b.reply(ctx, c, r.Text, nil, removeKeyboard())
			b.opt.Observer.Reply(string(clinicbot.KindCrisis), 0, false, time.Since(c.start))
			return err
		}
	}
	if ok, notice := b.flood.allow(m.Chat.ID, time.Now()); !ok {
		if notice {
			return b.reply(ctx, c, "You're sending messages faster than I can read them. Please wait a minute, then send your question again.", nil, nil)
		}
		return nil
	}

	if m.Contact != nil {
		return b.onContact(ctx, c, m.Contact)
	}
	if text == "" && c.state.Relay != "" {
		return b.reply(ctx, c, "I can only pass text messages to the team. Please type your message.", nil, nil)
	}
	if text == "" {
		r, _ := b.engine.Reply(ctx, clinicbot.Message{ChatID: c.key, NonText: nonTextKind(m)})
		return b.reply(ctx, c, r.Text, nil, nil)
	}
	c.remember(text)
	if !strings.HasPrefix(text, "/") {
		b.followUp(c, text)
	}
	switch command(text) {
	case "forget":
		n, err := b.store.Forget(c.key)
		if err != nil {
			return err
		}
		c.changed = false // nothing may be written back after forgetting
		c.state = clinicbot.ChatState{}
		msg := "Done: I have deleted what I stored about this chat."
		if n == 0 {
			msg = "I had nothing stored about this chat."
		}
		return b.reply(ctx, c, msg, nil, removeKeyboard())
	case "end":
		if c.state.Relay != "" {
			return b.endRelay(ctx, c)
		}
		return b.cancelFlow(ctx, c)
	case "cancel":
		return b.cancelFlow(ctx, c)
	}
	if c.state.Relay != "" && !strings.HasPrefix(text, "/") {
		return nil // in a staff conversation: followUp put it in the thread
	}
	if c.state.Flow != "" && !strings.HasPrefix(text, "/") {
		return b.flowText(ctx, c, text)
	}
	r, err := b.engine.Reply(ctx, clinicbot.Message{ChatID: c.key, Text: text, Checked: checked})
	if err != nil {
		b.log.Error("engine", "chat", chatKey(c.chat), "error", err)
	}
	b.recordQuestion(c, text, r)
	return b.answer(ctx, c, r)
}

// recordQuestion keeps questions the knowledge answered badly or not at
// all, for `clinicbot report`.
func (b *Bot) recordQuestion(c *conv, text string, r clinicbot.Reply) {
	var kind string
	switch {
	case r.Kind == clinicbot.KindFallback && r.EntryID == "":
		kind = "fallback"
	case r.Kind == clinicbot.KindAnswer && r.Score < b.opt.LowConfidence:
		kind = "low"
	default:
		return
	}
	closest := r.EntryID
	if closest == "" && len(r.Suggestions) > 0 {
		closest = r.Suggestions[0].EntryID
	}
	q := clinicbot.Question{ChatID: c.key, Text: text, Kind: kind, Closest: closest, Score: r.Score, At: time.Now().UTC()}
	if err := b.store.RecordQuestion(q); err != nil {
		b.log.Warn("record question", "error", err)
	}
}

// answer sends an engine reply and starts the booking flow for handoffs.
func (b *Bot) answer(ctx context.Context, c *conv, r clinicbot.Reply) error {
	matched := r.Kind != clinicbot.KindCrisis && !strings.HasPrefix(r.EntryID, "/") && r.EntryID != "medical-advice"
	defer func() { b.opt.Observer.Reply(string(r.Kind), r.Score, matched, time.Since(c.start)) }()
	if r.Kind == clinicbot.KindCrisis {
		// A message (already remembered and in any open thread) or a
		// button that the engine answered with the crisis reply.
		b.crisis(c, r.Safety, "")
	}
	if r.Kind == clinicbot.KindFallback && r.EntryID == "" && !c.group {
		// The bot could not help: besides any "did you mean", offer to
		// pass the question to staff.
		ask := tgbotapi.NewInlineKeyboardRow(tgbotapi.NewInlineKeyboardButtonData("Ask our team", cbAsk))
		kb := suggestionKeyboard(r.Suggestions)
		if kb == nil {
			m := tgbotapi.NewInlineKeyboardMarkup(ask)
			kb = &m
		} else {
			kb.InlineKeyboard = append(kb.InlineKeyboard, ask)
		}
		return b.reply(ctx, c, r.Text, nil, kb)
	}
	if r.Kind != clinicbot.KindHandoff {
		return b.reply(ctx, c, r.Text, r.Suggestions, nil)
	}
	return b.startFlow(ctx, c, r)
}

// reply sends text (Markdown-ish, rendered to HTML and split at 4,096
// characters) with suggestion buttons or another keyboard on the last part.
func (b *Bot) reply(ctx context.Context, c *conv, text string, sugg []clinicbot.Suggestion, markup any) error {
	parts := split(toHTML(text), MaxMessage)
	for i, p := range parts {
		msg := tgbotapi.NewMessage(c.chat, p)
		msg.ParseMode = tgbotapi.ModeHTML
		msg.DisableWebPagePreview = true
		if i == len(parts)-1 {
			if kb := suggestionKeyboard(sugg); kb != nil {
				msg.ReplyMarkup = kb
			} else if markup != nil {
				msg.ReplyMarkup = markup
			}
		}
		if err := b.send(ctx, msg); err != nil {
			return err
		}
	}
	b.markSent(ctx)
	return nil
}

func (b *Bot) onCallback(ctx context.Context, q *tgbotapi.CallbackQuery) error {
	// Always answer the callback, so the button stops spinning.
	if _, err := b.request(ctx, tgbotapi.NewCallback(q.ID, "")); err != nil {
		b.log.Warn("answerCallbackQuery", "error", b.redact(err))
	}
	if q.Message == nil {
		return nil
	}
	if ok, notice := b.flood.allow(q.Message.Chat.ID, time.Now()); !ok {
		if notice {
			c := &conv{chat: q.Message.Chat.ID}
			return b.reply(ctx, c, "You're pressing buttons faster than I can answer. Please wait a minute.", nil, nil)
		}
		return nil
	}
	c, err := b.conv(q.Message.Chat, q.From)
	if err != nil {
		return err
	}
	defer b.save(c)
	data := q.Data
	switch {
	case strings.HasPrefix(data, cbEntry):
		return b.answer(ctx, c, b.engine.Choose(strings.TrimPrefix(data, cbEntry)))
	case strings.HasPrefix(data, cbConsent):
		return b.consent(ctx, c, strings.TrimPrefix(data, cbConsent) == "yes")
	case strings.HasPrefix(data, cbCancel):
		return b.cancelFlow(ctx, c)
	case data == cbAsk:
		clinic, msgs := b.engine.Clinic()
		text := strings.NewReplacer("{name}", clinic.Name, "{phone}", clinic.Phone, "{email}", clinic.Email).Replace(msgs.Handoff)
		return b.startFlow(ctx, c, clinicbot.Reply{Kind: clinicbot.KindHandoff, EntryID: "unanswered", Text: text})
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

// command returns the name of a slash command ("/Forget@Bot x" → "forget").
func command(text string) string {
	if !strings.HasPrefix(text, "/") {
		return ""
	}
	name := strings.ToLower(strings.Fields(text)[0][1:])
	if i := strings.IndexByte(name, '@'); i >= 0 {
		name = name[:i]
	}
	return name
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

// remember keeps the last few messages for staff context.
func (c *conv) remember(text string) {
	if utf8.RuneCountInString(text) > recentRunes {
		text = string([]rune(text)[:recentRunes]) + "…"
	}
	c.state.Recent = append(c.state.Recent, text)
	if len(c.state.Recent) > recentKept {
		c.state.Recent = c.state.Recent[len(c.state.Recent)-recentKept:]
	}
	c.changed = true
}

// handoff stores a handoff for staff (delivered to Slack when configured),
// h (its kind, and for a crisis who is at risk and the level) completed
// with the chat's details, and returns it with its id. A failure is logged
// loudly and returned.
func (b *Bot) handoff(c *conv, h clinicbot.Handoff) (clinicbot.Handoff, error) {
	kind := h.Kind
	h.Channel, h.ChatID, h.Phone, h.PreferredTime = "telegram", c.key, c.state.Phone, c.state.PreferredTime
	h.Recent, h.Created = append([]string(nil), c.state.Recent...), b.now().UTC()
	if c.from != nil {
		h.Name = strings.TrimSpace(c.from.FirstName + " " + c.from.LastName)
		h.Username = c.from.UserName
	}
	if c.state.Name != "" {
		h.Name = c.state.Name
	}
	h, err := b.store.AddHandoff(h)
	if err != nil {
		b.log.Error("HANDOFF NOT STORED", "kind", kind, "chat", chatKey(c.chat), "error", err)
		return h, err
	}
	c.state.OpenHandoff, c.state.OpenUntil = h.ID, b.now().Add(b.opt.ThreadWindow).UTC()
	c.changed = true
	b.log.Info("handoff stored", "kind", kind, "handoff", h.ID, "chat", chatKey(c.chat))
	b.opt.Notify()
	return h, nil
}

// followUp adds a patient's message to the thread of the chat's recent
// handoff, so staff see what came after.
func (b *Bot) followUp(c *conv, text string) {
	parent := c.state.Relay
	if parent == "" {
		if c.state.OpenHandoff == "" || b.now().After(c.state.OpenUntil) || c.group {
			return
		}
		parent = c.state.OpenHandoff
	}
	b.toThread(c, clinicbot.Handoff{ParentID: parent, Text: text})
}

// toThread stores a patient's message m (its ParentID and Text set) for
// its handoff's Slack thread. A failure is logged.
func (b *Bot) toThread(c *conv, m clinicbot.Handoff) {
	m.Kind, m.Channel, m.ChatID, m.Created = clinicbot.HandoffMessage, "telegram", c.key, b.now().UTC()
	if _, err := b.store.AddHandoff(m); err != nil {
		b.log.Error("thread message not stored", "chat", chatKey(c.chat), "error", err)
		return
	}
	b.opt.Notify()
}
