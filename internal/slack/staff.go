package slack

import (
	"context"
	"errors"
	"fmt"
	"html"
	"log/slog"
	"regexp"
	"strings"
	"sync"
	"time"

	goslack "github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
	"github.com/slack-go/slack/socketmode"

	"github.com/mindbraintms/clinicbot/internal/clinicbot"
)

// StaffAPI is the part of the slack-go client the staff conversation uses.
type StaffAPI interface {
	API
	UpdateMessageContext(ctx context.Context, channelID, timestamp string, options ...goslack.MsgOption) (string, string, string, error)
	PostEphemeralContext(ctx context.Context, channelID, userID string, options ...goslack.MsgOption) (string, error)
	GetUsersInConversationContext(ctx context.Context, params *goslack.GetUsersInConversationParameters) ([]string, string, error)
	GetUserInfoContext(ctx context.Context, user string, options ...goslack.GetUserInfoOption) (*goslack.User, error)
}

// StaffStore is what the staff conversation reads and changes (store.DB).
type StaffStore interface {
	Handoff(id string) (clinicbot.Handoff, error)
	HandoffByTS(ts string) (clinicbot.Handoff, error)
	Handoffs() ([]clinicbot.Handoff, error)
	SaveHandoff(h clinicbot.Handoff) error
	SetRelay(p clinicbot.Patient, handoffID string) error
	EndRelay(p clinicbot.Patient, handoffID string) (bool, error)
	Seen(key string) (bool, error)
}

// StaffOptions tune the staff conversation.
type StaffOptions struct {
	Channel         string // the handoff channel
	Layout          Layout
	NotePrefix      string        // thread messages starting with it are internal notes (default "//")
	ReannounceAfter time.Duration // unclaimed handoffs are announced again once (default 15 min)
	Logger          *slog.Logger
	// Patients deliver staff messages to patients, by channel ("telegram",
	// "web"); staff replies to a handoff from another channel stay in Slack.
	Patients map[string]Relayer
	// Texts gives the clinic's facts and the texts patients see, in a
	// language (dialog.Engine.Clinic).
	Texts func(lang string) (clinicbot.Clinic, clinicbot.Messages)
}

// Relayer delivers a staff member's message to a patient on its channel
// (telegram.Bot, web.Server): stored for delivery, or an error when it
// cannot be (the web session has ended).
type Relayer interface {
	Relay(ctx context.Context, p clinicbot.Patient, handoffID, text string) error
}

// Staff runs the two-way staff conversation over Socket Mode: Claim and
// Close buttons, staff thread replies relayed to the patient, internal
// notes kept in Slack, redelivered events handled once.
type Staff struct {
	api   StaffAPI
	store StaffStore
	opt   StaffOptions
	log   *slog.Logger

	started time.Time // when NewStaff was called
	// edit serialises read-change-save of handoffs between the event loop
	// and the re-announcements.
	edit sync.Mutex

	mu      sync.Mutex
	names   map[string]string // user id → display name
	members map[string]bool
	fetched time.Time
}

// NewStaff returns the staff conversation; call Run.
func NewStaff(api StaffAPI, store StaffStore, opt StaffOptions) *Staff {
	if opt.NotePrefix == "" {
		opt.NotePrefix = "//"
	}
	if opt.Texts == nil {
		opt.Texts = func(string) (clinicbot.Clinic, clinicbot.Messages) {
			return opt.Layout.Clinic, clinicbot.Messages{StaffJoined: "A member of our team, {staff}, is with you now. Type /end when you're done.",
				StaffSays: "Clinic team ({staff}):", StaffClosed: "Our team has closed this conversation. You can call us on {phone}."}
		}
	}
	if opt.ReannounceAfter <= 0 {
		opt.ReannounceAfter = 15 * time.Minute
	}
	if opt.Logger == nil {
		opt.Logger = slog.New(slog.DiscardHandler)
	}
	return &Staff{api: api, store: store, opt: opt, log: opt.Logger.With("component", "slack-staff"), names: map[string]string{}, started: time.Now()}
}

// Run connects with Socket Mode and handles events until ctx ends. The
// client reconnects on drops; every envelope is acknowledged first.
//
// It returns an error when the Socket Mode client stops for good (a
// revoked app token, say): the process should stop and say why.
func (s *Staff) Run(ctx context.Context, client *socketmode.Client) error {
	stopped := make(chan error, 1)
	go func() { stopped <- client.RunContext(ctx) }()
	// Re-announcements post to Slack (up to 10 s a call): never from the
	// event loop, which must acknowledge envelopes at once.
	go func() {
		tick := time.NewTicker(time.Minute)
		defer tick.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-tick.C:
				s.Reannounce(ctx)
			}
		}
	}()
	for {
		select {
		case <-ctx.Done():
			return nil
		case err := <-stopped:
			if ctx.Err() != nil {
				return nil
			}
			if err == nil {
				err = errors.New("the connection ended")
			}
			return fmt.Errorf("slack socket mode stopped: %w", err)
		case evt, ok := <-client.Events:
			if !ok {
				return nil
			}
			s.handleEvent(ctx, client, evt)
		}
	}
}

func (s *Staff) handleEvent(ctx context.Context, client *socketmode.Client, evt socketmode.Event) {
	switch evt.Type {
	case socketmode.EventTypeConnected:
		s.log.Info("Socket Mode connected")
	case socketmode.EventTypeConnectionError, socketmode.EventTypeIncomingError:
		detail := ""
		if ce, ok := evt.Data.(*goslack.ConnectionErrorEvent); ok && ce.ErrorObj != nil {
			detail = ce.ErrorObj.Error()
		}
		s.log.Warn("Socket Mode connection problem; reconnecting", "error", detail)
	case socketmode.EventTypeInvalidAuth:
		s.log.Error("slack.app_token (SLACK_APP_TOKEN) was rejected: staff replies cannot reach patients")
	case socketmode.EventTypeEventsAPI, socketmode.EventTypeInteractive:
		if evt.Request != nil {
			client.Ack(*evt.Request) // first: Slack redelivers what is not acknowledged in 3 s
		}
		if evt.Type == socketmode.EventTypeEventsAPI {
			if e, ok := evt.Data.(slackevents.EventsAPIEvent); ok {
				s.onEvent(ctx, e)
			}
			return
		}
		if cb, ok := evt.Data.(goslack.InteractionCallback); ok {
			s.onInteraction(ctx, cb)
		}
	}
}

// once reports whether key is new (and records it).
func (s *Staff) once(key string) bool {
	seen, err := s.store.Seen(key)
	if err != nil {
		s.log.Warn("event de-duplication", "error", err)
		return true
	}
	return !seen
}

func (s *Staff) onEvent(ctx context.Context, e slackevents.EventsAPIEvent) {
	cb, hasID := e.Data.(*slackevents.EventsAPICallbackEvent)
	hasID = hasID && cb.EventID != ""
	if hasID && !s.once("ev:"+cb.EventID) {
		return // a redelivery
	}
	msg, ok := e.InnerEvent.Data.(*slackevents.MessageEvent)
	if !ok || msg.Channel != s.opt.Channel || msg.ThreadTimeStamp == "" || msg.ThreadTimeStamp == msg.TimeStamp {
		return
	}
	// Bot messages (our own posts too), edits, deletions, joins: not relayed.
	if msg.BotID != "" || msg.SubType != "" || msg.User == "" {
		return
	}
	if !hasID && !s.once("msg:"+msg.Channel+":"+msg.TimeStamp) {
		return
	}
	text := strings.TrimSpace(msg.Text)
	if text == "" || strings.HasPrefix(text, s.opt.NotePrefix) {
		return // an internal note stays in Slack
	}
	h, err := s.store.HandoffByTS(msg.ThreadTimeStamp)
	if err != nil || h.Closed || !s.reaches(h) {
		return
	}
	name := s.name(ctx, msg.User)
	if err := s.store.SetRelay(clinicbot.PatientOf(h.Channel, h.ChatID), h.ID); err != nil {
		s.log.Error("set relay", "error", err)
	}
	s.relay(ctx, h, s.text(h, func(m clinicbot.Messages) string { return m.StaffSays }, name)+" "+Plain(text))
}

func (s *Staff) onInteraction(ctx context.Context, cb goslack.InteractionCallback) {
	if cb.Type != goslack.InteractionTypeBlockActions {
		return
	}
	s.edit.Lock()
	defer s.edit.Unlock()
	for _, a := range cb.ActionCallback.BlockActions {
		if !s.once("act:" + cb.User.ID + ":" + a.ActionID + ":" + a.Value + ":" + a.ActionTs) {
			continue
		}
		if !s.isMember(ctx, cb.User.ID) {
			s.ephemeral(ctx, cb.User.ID, "Only members of the handoff channel can claim or close patient conversations.")
			continue
		}
		h, err := s.store.Handoff(a.Value)
		if err != nil {
			s.ephemeral(ctx, cb.User.ID, "This handoff no longer exists (the patient may have asked for their data to be deleted).")
			continue
		}
		name := s.name(ctx, cb.User.ID)
		switch a.ActionID {
		case ActionClaim:
			if h.Closed {
				s.ephemeral(ctx, cb.User.ID, "This conversation is already closed.")
				continue
			}
			if h.ClaimedByID != "" && h.ClaimedByID != cb.User.ID {
				s.ephemeral(ctx, cb.User.ID, "Already claimed by "+h.ClaimedBy+".")
				continue
			}
			h.ClaimedBy, h.ClaimedByID = name, cb.User.ID
			if s.save(h) {
				s.update(ctx, h)
				// The patient is in the conversation before they are told so:
				// a reply to "is with you" must reach staff.
				if err := s.store.SetRelay(clinicbot.PatientOf(h.Channel, h.ChatID), h.ID); err != nil {
					s.log.Error("set relay", "error", err)
				}
				s.relay(ctx, h, s.text(h, func(m clinicbot.Messages) string { return m.StaffJoined }, name))
				s.log.Info("handoff claimed", "handoff", h.ID)
			}
		case ActionClose:
			if h.Closed {
				continue
			}
			h.Closed, h.ClosedBy, h.ClosedAt = true, name, time.Now().UTC()
			if s.save(h) {
				s.update(ctx, h)
				// Only the conversation the patient is in ends for them: an
				// older handoff closed meanwhile leaves a claimed one alone.
				if ended, err := s.store.EndRelay(clinicbot.PatientOf(h.Channel, h.ChatID), h.ID); err == nil && ended {
					s.relay(ctx, h, s.text(h, func(m clinicbot.Messages) string { return m.StaffClosed }, name))
				}
				s.log.Info("handoff closed", "handoff", h.ID)
			}
		}
	}
}

// text returns a patient-facing text in the patient's language, with the
// staff member's name and the clinic's phone filled in.
func (s *Staff) text(h clinicbot.Handoff, pick func(clinicbot.Messages) string, staff string) string {
	clinic, msgs := s.opt.Texts(h.Lang)
	return strings.NewReplacer("{staff}", staff, "{phone}", clinic.Phone, "{name}", clinic.Name, "{email}", clinic.Email).Replace(pick(msgs))
}

// reaches reports whether staff messages reach the handoff's patient.
func (s *Staff) reaches(h clinicbot.Handoff) bool {
	return s.opt.Patients[clinicbot.PatientOf(h.Channel, h.ChatID).Channel] != nil
}

// relay hands a message for the patient to their channel; when it cannot
// take it, staff are told in the thread.
func (s *Staff) relay(ctx context.Context, h clinicbot.Handoff, text string) {
	p := clinicbot.PatientOf(h.Channel, h.ChatID)
	r := s.opt.Patients[p.Channel]
	if r == nil {
		return
	}
	if err := r.Relay(ctx, p, h.ID, text); err != nil {
		s.log.Error("RELAY NOT STORED", "handoff", h.ID, "error", err)
		s.Warn(ctx, h.ID, "This message could not be delivered to the patient ("+err.Error()+"): "+text)
	}
}

func (s *Staff) save(h clinicbot.Handoff) bool {
	if err := s.store.SaveHandoff(h); err != nil {
		s.log.Error("save handoff", "handoff", h.ID, "error", err)
		return false
	}
	return true
}

// update redraws the handoff message (claimed by, closed by).
func (s *Staff) update(ctx context.Context, h clinicbot.Handoff) {
	layout := s.opt.Layout
	layout.Buttons = true
	fallback, blocks := Render(h, layout)
	cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if _, _, _, err := s.api.UpdateMessageContext(cctx, s.opt.Channel, h.Ref, goslack.MsgOptionText(fallback, false), goslack.MsgOptionBlocks(blocks...)); err != nil {
		s.log.Warn("update handoff message", "handoff", h.ID, "error", err)
	}
}

func (s *Staff) ephemeral(ctx context.Context, user, text string) {
	cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if _, err := s.api.PostEphemeralContext(cctx, s.opt.Channel, user, goslack.MsgOptionText(escape(text), false)); err != nil {
		s.log.Warn("ephemeral message", "error", err)
	}
}

// Warn posts a warning in a handoff's thread (a relay could not be delivered).
func (s *Staff) Warn(ctx context.Context, handoffID, text string) {
	h, err := s.store.Handoff(handoffID)
	if err != nil || h.Ref == "" {
		return
	}
	cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if _, _, err := s.api.PostMessageContext(cctx, s.opt.Channel, goslack.MsgOptionText("⚠️ "+escape(text), false), goslack.MsgOptionTS(h.Ref)); err != nil {
		s.log.Warn("thread warning", "error", err)
	}
}

// Reannounce posts once in the channel about handoffs left unclaimed.
func (s *Staff) Reannounce(ctx context.Context) {
	hs, err := s.store.Handoffs()
	if err != nil {
		return
	}
	// What was waiting long before the staff side started (Socket Mode
	// just enabled, a long outage) is not announced again: staff see those
	// in the channel already, and a burst of them would bury new ones.
	oldest := s.started.Add(-reannounceStale)
	posted := 0
	for _, h := range hs {
		if h.Kind == clinicbot.HandoffMessage || h.Ref == "" || h.ClaimedByID != "" || h.Closed || h.Reannounced ||
			time.Since(h.Created) < s.opt.ReannounceAfter || h.Created.Before(oldest) {
			continue
		}
		if posted == reannounceBatch {
			break // the rest on the next round, a minute later
		}
		title := strings.TrimPrefix(titles[h.Kind], "")
		text := fmt.Sprintf("⏰ Still unclaimed after %s: %s #%s (see the thread above; press Claim to take it).", s.opt.ReannounceAfter, title, h.ID)
		cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		_, _, err := s.api.PostMessageContext(cctx, s.opt.Channel, goslack.MsgOptionText(text, false))
		cancel()
		posted++
		if err != nil {
			s.log.Warn("re-announce", "handoff", h.ID, "error", err)
			continue
		}
		// Staff may have claimed it meanwhile: change only the flag.
		s.edit.Lock()
		if cur, err := s.store.Handoff(h.ID); err == nil {
			cur.Reannounced = true
			s.save(cur)
		}
		s.edit.Unlock()
	}
}

// reannounceBatch bounds the re-announcements posted a minute;
// reannounceStale is how long before the start a handoff is too old to
// re-announce.
const (
	reannounceBatch = 3
	reannounceStale = 2 * time.Hour
)

// isMember reports whether user is in the handoff channel (cached a minute).
func (s *Staff) isMember(ctx context.Context, user string) bool {
	s.mu.Lock()
	fresh := time.Since(s.fetched) < time.Minute && s.members != nil
	s.mu.Unlock()
	if !fresh {
		members := map[string]bool{}
		cursor := ""
		for {
			cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
			ids, next, err := s.api.GetUsersInConversationContext(cctx, &goslack.GetUsersInConversationParameters{ChannelID: s.opt.Channel, Cursor: cursor, Limit: 500})
			cancel()
			if err != nil {
				s.log.Warn("read channel members", "error", err)
				return false // refuse when unsure
			}
			for _, id := range ids {
				members[id] = true
			}
			if next == "" {
				break
			}
			cursor = next
		}
		s.mu.Lock()
		s.members, s.fetched = members, time.Now()
		s.mu.Unlock()
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.members[user]
}

// name returns a staff member's display name (cached).
func (s *Staff) name(ctx context.Context, user string) string {
	s.mu.Lock()
	n, ok := s.names[user]
	s.mu.Unlock()
	if ok {
		return n
	}
	cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	u, err := s.api.GetUserInfoContext(cctx, user)
	n = "staff"
	if err == nil {
		switch {
		case u.Profile.DisplayName != "":
			n = u.Profile.DisplayName
		case u.RealName != "":
			n = u.RealName
		case u.Name != "":
			n = u.Name
		}
	}
	s.mu.Lock()
	s.names[user] = n
	s.mu.Unlock()
	return n
}

// Button action ids.
const (
	ActionClaim = "clinicbot_claim"
	ActionClose = "clinicbot_close"
)

var (
	reUserLabel = regexp.MustCompile(`<@[A-Z0-9]+\|([^>]+)>`)
	reUser      = regexp.MustCompile(`<@[A-Z0-9]+>`)
	reChannel   = regexp.MustCompile(`<#[A-Z0-9]+\|([^>]*)>`)
	reSpecial   = regexp.MustCompile(`<!(here|channel|everyone)(\|[^>]*)?>`)
	reSubteam   = regexp.MustCompile(`<!subteam\^[A-Z0-9]+(\|([^>]*))?>`)
	reLinkLabel = regexp.MustCompile(`<((?:https?|mailto|tel):[^|>]+)\|([^>]+)>`)
	reLink      = regexp.MustCompile(`<((?:https?|mailto|tel):[^>]+)>`)
	reBold      = regexp.MustCompile(`(^|\s)\*([^*\n]+)\*`)
	reItalic    = regexp.MustCompile(`(^|\s)_([^_\n]+)_`)
	reStrike    = regexp.MustCompile(`(^|\s)~([^~\n]+)~`)
)

// Plain converts Slack message formatting to plain text for the patient:
// mentions, links, bold and italics become readable text, and Slack's
// &amp; &lt; &gt; are decoded.
func Plain(s string) string {
	s = reUserLabel.ReplaceAllString(s, "@$1")
	s = reUser.ReplaceAllString(s, "@staff")
	s = reChannel.ReplaceAllString(s, "#$1")
	s = reSpecial.ReplaceAllString(s, "@$1")
	s = reSubteam.ReplaceAllString(s, "@$2")
	s = reLinkLabel.ReplaceAllString(s, "$2 ($1)")
	s = reLink.ReplaceAllString(s, "$1")
	s = reBold.ReplaceAllString(s, "$1$2")
	s = reItalic.ReplaceAllString(s, "$1$2")
	s = reStrike.ReplaceAllString(s, "$1$2")
	s = strings.ReplaceAll(s, "```", "")
	s = strings.ReplaceAll(s, "`", "")
	return html.UnescapeString(s)
}
