// Package conversation is the clinic's side of each patient's conversation,
// the same on every channel. It turns one event (a message, a button, a
// shared phone number) into the messages to send back, and owns what lies
// between: safety first on every message in every state, the flood limit,
// commands (/forget, /cancel, /end), the booking flow, the staff relay
// mode, handoffs and their threads, crisis episodes, and the record of
// unanswered questions. Channel adapters only carry events in and messages
// out. It declares the small interfaces it consumes.
package conversation

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/mindbraintms/clinicbot/internal/clinicbot"
)

// Engine answers one message from the knowledge (dialog.Engine).
type Engine interface {
	Reply(ctx context.Context, m clinicbot.Message) (clinicbot.Reply, error)
	Choose(entryID, lang string) clinicbot.Reply
	Crisis(ctx context.Context, text, lang string) (clinicbot.Reply, bool)
	Clinic(lang string) (clinicbot.Clinic, clinicbot.Messages)
}

// Store keeps conversation state, handoffs and questions (store.DB).
type Store interface {
	Chat(key string) (clinicbot.ChatState, error)
	SaveChat(key string, st clinicbot.ChatState) error
	SaveChatKeepRelay(key string, st clinicbot.ChatState) error
	AddHandoff(h clinicbot.Handoff) (clinicbot.Handoff, error)
	Handoff(id string) (clinicbot.Handoff, error)
	SaveHandoff(h clinicbot.Handoff) error
	Forget(p clinicbot.Patient) (int, error)
	RecordQuestion(q clinicbot.Question) error
}

// Observer receives measurements (metrics.Metrics).
type Observer interface {
	Reply(kind string, confidence float64, matched bool, took time.Duration)
}

type nopObserver struct{}

func (nopObserver) Reply(string, float64, bool, time.Duration) {}

// Choice data prefixes: what a button hands back in Event.Choice (short,
// as Telegram allows 1–64 bytes).
const (
	ChoiceEntry   = "e:" // + entry id: answer this entry
	ChoiceConsent = "c:" // + yes / no: booking consent
	ChoiceCancel  = "x:" // cancel the booking
	ChoiceAsk     = "a:" // pass an unanswered question to staff
	ChoiceLang    = "l:" // + hi / en: the reply language
)

// Options tune the conversations; zero values take the defaults.
type Options struct {
	Logger   *slog.Logger
	Observer Observer
	// LowConfidence: answers below it are recorded for admins (default 0.6).
	LowConfidence float64
	// Notify is called after a handoff or a thread message is stored (it
	// wakes the staff channel's sender).
	Notify func(h clinicbot.Handoff)
	// ThreadWindow is how long after a handoff the patient's messages are
	// added to its thread for staff (default 30 min).
	ThreadWindow time.Duration
	// CrisisEpisode is how long after a chat's crisis alert its further
	// crisis messages go to that alert's thread instead of making a new
	// alert that pings staff again (default 30 min).
	CrisisEpisode time.Duration
	// FlowLifetime: a booking left unfinished this long no longer captures
	// the patient's messages (default 1 h).
	FlowLifetime time.Duration
	// FloodPerMinute is how many messages one patient may send a minute
	// (default 20); crisis messages are always answered.
	FloodPerMinute int
	// Now is the clock (default time.Now); tests pass a fake one.
	Now func() time.Time
}

// Conversations handles every patient's conversation. It is safe for
// concurrent use, provided each patient's events are handled one at a time
// (channels keep each chat in order).
type Conversations struct {
	engine Engine
	store  Store
	opt    Options
	log    *slog.Logger
	flood  *flood
}

// New returns the conversations served by engine, kept in store.
func New(engine Engine, store Store, opt Options) *Conversations {
	if opt.Logger == nil {
		opt.Logger = slog.New(slog.DiscardHandler)
	}
	if opt.Observer == nil {
		opt.Observer = nopObserver{}
	}
	if opt.LowConfidence <= 0 {
		opt.LowConfidence = 0.6
	}
	if opt.Notify == nil {
		opt.Notify = func(clinicbot.Handoff) {}
	}
	if opt.ThreadWindow <= 0 {
		opt.ThreadWindow = 30 * time.Minute
	}
	if opt.CrisisEpisode <= 0 {
		opt.CrisisEpisode = 30 * time.Minute
	}
	if opt.FlowLifetime <= 0 {
		opt.FlowLifetime = time.Hour
	}
	if opt.FloodPerMinute <= 0 {
		opt.FloodPerMinute = 20
	}
	if opt.Now == nil {
		opt.Now = time.Now
	}
	return &Conversations{engine: engine, store: store, opt: opt,
		log: opt.Logger.With("component", "conversation"), flood: newFlood(opt.FloodPerMinute)}
}

const (
	recentKept  = 3   // messages kept as context for staff
	recentRunes = 500 // of at most this many characters each
)

// turn is one event being handled: who, the conversation's state, and the
// messages to send back.
type turn struct {
	ev      clinicbot.Event
	start   time.Time
	key     string
	state   clinicbot.ChatState
	changed bool
	// relayChanged: this turn set or cleared Relay itself; otherwise the
	// stored value (which staff may change meanwhile) is kept on save.
	relayChanged bool
	msgs         clinicbot.Messages
	clinic       clinicbot.Clinic
	lang         string // the language of this turn's replies
	out          []clinicbot.Outbound
}

// say adds a message to send, its placeholders filled.
func (t *turn) say(text string, choices []clinicbot.Choice, in clinicbot.Input) {
	text = strings.NewReplacer("{name}", t.clinic.Name, "{phone}", t.clinic.Phone, "{email}", t.clinic.Email).Replace(text)
	t.out = append(t.out, clinicbot.Outbound{Text: text, Choices: choices, Input: in})
}

// Handle handles one event and returns the messages to send, in order.
// The state it changes and any handoff are stored before it returns, so a
// patient is told staff will call only once the request is on disk. An
// error (the store failing) comes with the messages that could still be
// given; the channel logs it.
func (c *Conversations) Handle(ctx context.Context, ev clinicbot.Event) ([]clinicbot.Outbound, error) {
	t := &turn{ev: ev, start: c.opt.Now(), key: ev.Patient.Key()}
	t.setLang(clinicbot.LangEnglish, c.engine)
	if ev.Choice != "" {
		err := c.choice(ctx, t)
		return t.out, err
	}
	err := c.message(ctx, t)
	if serr := c.save(t); serr != nil && err == nil {
		err = serr
	}
	return t.out, err
}

func (c *Conversations) load(t *turn) error {
	st, err := c.store.Chat(t.key)
	if err != nil {
		return fmt.Errorf("read conversation: %w", err)
	}
	if st.Flow != "" && c.opt.Now().Sub(st.Updated) > c.opt.FlowLifetime {
		st.Flow = "" // an old, abandoned booking does not capture new messages
	}
	t.state = st
	// Replies follow the patient's choice (English by default); a message
	// written in Devanagari is answered in Hindi.
	lang := st.Lang
	if clinicbot.WrittenInDevanagari(t.ev.Text) {
		lang = clinicbot.LangHindi
	}
	t.setLang(lang, c.engine)
	return nil
}

// setLang makes the turn's replies and texts those of lang.
func (t *turn) setLang(lang string, e Engine) {
	if lang == "" {
		lang = clinicbot.LangEnglish
	}
	t.lang = lang
	t.clinic, t.msgs = e.Clinic(lang)
}

func (c *Conversations) save(t *turn) error {
	if !t.changed {
		return nil
	}
	t.state.Updated = c.opt.Now().UTC()
	save := c.store.SaveChatKeepRelay // staff may have claimed or closed meanwhile
	if t.relayChanged {
		save = c.store.SaveChat
	}
	if err := save(t.key, t.state); err != nil {
		return fmt.Errorf("save conversation: %w", err)
	}
	return nil
}

// message handles a message: safety first, whatever state the
// conversation is in and even when flooded; then the flood limit, a shared
// phone number, commands, the staff relay, the booking flow, and the
// knowledge.
func (c *Conversations) message(ctx context.Context, t *turn) error {
	ev := t.ev
	text := strings.TrimSpace(ev.Text)
	loadErr := c.load(t) // a store that cannot be read never stops the crisis reply
	if loadErr != nil && clinicbot.WrittenInDevanagari(text) {
		t.setLang(clinicbot.LangHindi, c.engine)
	}

	var checked *clinicbot.SafetyResult
	if text != "" {
		r, crisis := c.engine.Crisis(ctx, text, t.lang)
		checked = &r.Safety
		if crisis {
			t.remember(text)
			if loadErr == nil {
				c.crisis(t, r.Safety, text)
			} else {
				t.changed = false
				c.log.Error("CRISIS ALERT NOT STORED: the conversation could not be read", "chat", chatKey(t.key), "error", loadErr)
			}
			t.state.Flow = ""
			t.say(r.Text, nil, clinicbot.InputClear) // every time, even in a staff conversation
			c.opt.Observer.Reply(string(clinicbot.KindCrisis), 0, false, c.opt.Now().Sub(t.start))
			return loadErr
		}
	}
	if loadErr != nil {
		return loadErr
	}
	if Command(text) == "forget" {
		return c.forget(t) // a right, whatever the flood limit says
	}
	if ok, notice := c.flood.allow(t.key, c.opt.Now()); !ok {
		if notice {
			t.say(t.msgs.TooFast, nil, clinicbot.InputKeep)
		}
		return nil
	}
	if ev.Contact != nil {
		return c.contact(t, ev.Contact)
	}
	if text == "" && t.state.Relay != "" {
		t.say(t.msgs.RelayTextOnly, nil, clinicbot.InputKeep)
		return nil
	}
	if text == "" {
		r, _ := c.engine.Reply(ctx, clinicbot.Message{ChatID: t.key, NonText: nonText(ev.NonText), Lang: t.lang})
		t.say(r.Text, nil, clinicbot.InputKeep)
		return nil
	}
	t.remember(text)
	isCommand := strings.HasPrefix(text, "/")
	if !isCommand {
		c.followUp(t, text)
	}
	switch Command(text) {
	case "language":
		t.say(t.msgs.ChooseLanguage, languageChoices(), clinicbot.InputKeep)
		return nil
	case "end":
		if t.state.Relay != "" {
			return c.endRelay(t)
		}
		return c.cancelFlow(t)
	case "cancel":
		return c.cancelFlow(t)
	}
	if t.state.Relay != "" && !isCommand {
		return nil // in a staff conversation: followUp put it in the thread
	}
	if t.state.Flow != "" && !isCommand {
		return c.flowText(ctx, t, text, checked)
	}
	return c.ask(ctx, t, text, checked)
}

// ask answers text from the knowledge.
func (c *Conversations) ask(ctx context.Context, t *turn, text string, checked *clinicbot.SafetyResult) error {
	r, err := c.engine.Reply(ctx, clinicbot.Message{ChatID: t.key, Text: text, Checked: checked, Lang: t.lang})
	if err != nil {
		c.log.Error("engine", "chat", chatKey(t.key), "error", err)
	}
	c.recordQuestion(t, text, r)
	if Command(text) == "start" {
		// The welcome offers the language choice under the topics.
		t.sayReply(r, languageChoices())
		return nil
	}
	return c.answer(t, r)
}

// languageChoices are the buttons that choose the reply language.
func languageChoices() []clinicbot.Choice {
	return []clinicbot.Choice{{Label: "हिन्दी", Data: ChoiceLang + clinicbot.LangHindi}, {Label: "English", Data: ChoiceLang + clinicbot.LangEnglish}}
}

// sayReply gives an engine reply with its suggestions and extra choices.
func (t *turn) sayReply(r clinicbot.Reply, extra []clinicbot.Choice) {
	t.say(r.Text, append(Suggestions(r.Suggestions), extra...), clinicbot.InputKeep)
}

// setLanguage records the patient's reply language and confirms it in it.
func (c *Conversations) setLanguage(t *turn, lang string) error {
	if lang != clinicbot.LangHindi {
		lang = clinicbot.LangEnglish
	}
	t.state.Lang = lang
	t.changed = true
	t.setLang(lang, c.engine)
	t.say(t.msgs.LanguageSet, nil, clinicbot.InputKeep)
	return nil
}

// choice handles a pressed button.
func (c *Conversations) choice(ctx context.Context, t *turn) error {
	if ok, notice := c.flood.allow(t.key, c.opt.Now()); !ok {
		if notice {
			t.say(t.msgs.TooFastButtons, nil, clinicbot.InputKeep)
		}
		return nil
	}
	if err := c.load(t); err != nil {
		return err
	}
	data := t.ev.Choice
	var err error
	switch {
	case strings.HasPrefix(data, ChoiceEntry):
		err = c.answer(t, c.engine.Choose(strings.TrimPrefix(data, ChoiceEntry), t.lang))
	case strings.HasPrefix(data, ChoiceLang):
		err = c.setLanguage(t, strings.TrimPrefix(data, ChoiceLang))
	case strings.HasPrefix(data, ChoiceConsent):
		err = c.consent(t, strings.TrimPrefix(data, ChoiceConsent) == "yes")
	case strings.HasPrefix(data, ChoiceCancel):
		err = c.cancelFlow(t)
	case data == ChoiceAsk:
		err = c.startFlow(t, clinicbot.HandoffUnanswered, t.msgs.Handoff)
	}
	if serr := c.save(t); serr != nil && err == nil {
		err = serr
	}
	return err
}

// answer gives an engine reply: with its suggestions, an offer to ask
// staff when the bot could not help, or the booking flow for a handoff.
func (c *Conversations) answer(t *turn, r clinicbot.Reply) error {
	matched := r.Kind != clinicbot.KindCrisis && r.Kind != clinicbot.KindFallback && !strings.HasPrefix(r.EntryID, "/")
	defer func() { c.opt.Observer.Reply(string(r.Kind), r.Score, matched, c.opt.Now().Sub(t.start)) }()
	choices := Suggestions(r.Suggestions)
	switch r.Kind {
	case clinicbot.KindCrisis:
		// A button that the engine answered with the crisis reply (the
		// message itself was checked and alerted on before).
		c.crisis(t, r.Safety, "")
		t.say(r.Text, nil, clinicbot.InputClear)
		return nil
	case clinicbot.KindHandoff:
		return c.startFlow(t, handoffKind(r.Handoff), r.Text)
	case clinicbot.KindFallback:
		if r.EntryID != "" || t.ev.Group { // the advice refusal, or a group
			break
		}
		// The bot could not help: besides any "did you mean", offer to
		// pass the question to staff.
		choices = append(choices, clinicbot.Choice{Label: t.msgs.AskTeam, Data: ChoiceAsk})
	}
	t.say(r.Text, choices, clinicbot.InputKeep)
	return nil
}

// Suggestions turns suggested entries into choices.
func Suggestions(s []clinicbot.Suggestion) []clinicbot.Choice {
	var out []clinicbot.Choice
	for _, x := range s {
		out = append(out, clinicbot.Choice{Label: x.Question, Data: ChoiceEntry + x.EntryID})
	}
	return out
}

// recordQuestion keeps questions the knowledge answered badly or not at
// all, for `clinicbot report`.
func (c *Conversations) recordQuestion(t *turn, text string, r clinicbot.Reply) {
	var kind string
	switch {
	case r.Kind == clinicbot.KindFallback && r.EntryID == "":
		kind = "fallback"
	case r.Kind == clinicbot.KindAnswer && r.Score < c.opt.LowConfidence:
		kind = "low"
	default:
		return
	}
	closest := r.EntryID
	if closest == "" && len(r.Suggestions) > 0 {
		closest = r.Suggestions[0].EntryID
	}
	q := clinicbot.Question{ChatID: t.key, Text: text, Kind: kind, Closest: closest, Score: r.Score, At: c.opt.Now().UTC()}
	if err := c.store.RecordQuestion(q); err != nil {
		c.log.Warn("record question", "error", err)
	}
}

// forget deletes everything stored about the patient.
func (c *Conversations) forget(t *turn) error {
	n, err := c.store.Forget(t.ev.Patient)
	if err != nil {
		return fmt.Errorf("forget: %w", err)
	}
	t.changed = false // nothing may be written back after forgetting
	t.state = clinicbot.ChatState{}
	msg := t.msgs.Forgotten
	if n == 0 {
		msg = t.msgs.NothingStored
	}
	t.say(msg, nil, clinicbot.InputClear)
	return nil
}

// Command returns the name of a slash command ("/Forget@Bot x" → "forget"),
// or "" for text that is not one.
func Command(text string) string {
	text = strings.TrimSpace(text)
	if !strings.HasPrefix(text, "/") {
		return ""
	}
	name := strings.ToLower(strings.Fields(text)[0][1:])
	if i := strings.IndexByte(name, '@'); i >= 0 {
		name = name[:i]
	}
	return name
}

// nonText names what a message without text was ("other" when unknown).
func nonText(kind string) string {
	if kind == "" {
		return "other"
	}
	return kind
}

// remember keeps the last few messages for staff context.
func (t *turn) remember(text string) {
	if utf8.RuneCountInString(text) > recentRunes {
		text = string([]rune(text)[:recentRunes]) + "…"
	}
	t.state.Recent = append(t.state.Recent, text)
	if len(t.state.Recent) > recentKept {
		t.state.Recent = t.state.Recent[len(t.state.Recent)-recentKept:]
	}
	t.changed = true
}
