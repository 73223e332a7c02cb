// Package slack delivers handoffs to the clinic's staff channel with the
// slack-go client: Block Kit messages with every patient text escaped, a
// durable outbox that survives Slack outages and restarts, and start-up
// checks of the token and channel.
package slack

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"strconv"
	"time"

	goslack "github.com/slack-go/slack"

	"github.com/mindbraintms/clinicbot/internal/clinicbot"
)

// API is the part of the slack-go client the sender uses.
type API interface {
	PostMessageContext(ctx context.Context, channelID string, options ...goslack.MsgOption) (string, string, error)
	GetConversationHistoryContext(ctx context.Context, params *goslack.GetConversationHistoryParameters) (*goslack.GetConversationHistoryResponse, error)
	AuthTestContext(ctx context.Context) (*goslack.AuthTestResponse, error)
	GetConversationInfoContext(ctx context.Context, input *goslack.GetConversationInfoInput) (*goslack.Channel, error)
}

// Outbox is where handoffs wait for delivery (store.DB).
type Outbox interface {
	Pending() ([]clinicbot.Handoff, error)
	Handoffs() ([]clinicbot.Handoff, error)
	SaveHandoff(h clinicbot.Handoff) error
}

// Options tune the sender; zero values take the defaults.
type Options struct {
	Channel     string        // slack.handoff_channel
	Layout      Layout        // clinic facts, timezone, crisis mention
	CallTimeout time.Duration // per Slack call (default 10 s)
	GiveUpAfter time.Duration // mark failed after (default 24 h)
	Interval    time.Duration // how often the outbox is looked at (default 1 s)
	MaxBackoff  time.Duration // default 5 min
	Logger      *slog.Logger
	// OnError is told the kind of every failed Slack call (metrics).
	OnError func(kind string)
}

// Sender posts pending handoffs to Slack until they are confirmed.
type Sender struct {
	api    API
	outbox Outbox
	opt    Options
	log    *slog.Logger
	wake   chan struct{}
	now    func() time.Time
}

// metadataType marks clinicbot's posts, so a post that reached Slack just
// before a crash is found again instead of being posted twice.
const metadataType = "clinicbot_handoff"

// NewSender returns a sender; call Run.
func NewSender(api API, outbox Outbox, opt Options) *Sender {
	if opt.CallTimeout <= 0 {
		opt.CallTimeout = 10 * time.Second
	}
	if opt.GiveUpAfter <= 0 {
		opt.GiveUpAfter = 24 * time.Hour
	}
	if opt.Interval <= 0 {
		opt.Interval = time.Second
	}
	if opt.MaxBackoff <= 0 {
		opt.MaxBackoff = 5 * time.Minute
	}
	if opt.Logger == nil {
		opt.Logger = slog.New(slog.DiscardHandler)
	}
	if opt.OnError == nil {
		opt.OnError = func(string) {}
	}
	return &Sender{api: api, outbox: outbox, opt: opt, log: opt.Logger.With("component", "slack"),
		wake: make(chan struct{}, 1), now: time.Now}
}

// Notify tells the sender a new handoff is waiting (it also looks every
// Interval). It never blocks.
func (s *Sender) Notify() {
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

// Run delivers pending handoffs until ctx ends. At start every pending
// handoff is due at once: a restart often follows a fix.
func (s *Sender) Run(ctx context.Context) error {
	if pending, err := s.outbox.Pending(); err == nil {
		for _, h := range pending {
			if !h.NextAttempt.IsZero() {
				h.NextAttempt = time.Time{}
				s.save(h)
			}
		}
	}
	t := time.NewTicker(s.opt.Interval)
	defer t.Stop()
	for {
		s.Flush(ctx)
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		case <-s.wake:
		}
	}
}

// Flush makes one delivery attempt for every pending handoff that is due,
// oldest first; a thread message waits for its handoff's post.
func (s *Sender) Flush(ctx context.Context) {
	all, err := s.outbox.Handoffs() // one read: the pending ones and their parents
	if err != nil {
		s.log.Error("read outbox", "error", err)
		return
	}
	parents := map[string]clinicbot.Handoff{}
	var pending []clinicbot.Handoff
	for _, h := range all {
		parents[h.ID] = h
		if h.Status == clinicbot.HandoffPending {
			pending = append(pending, h)
		}
	}
	for _, h := range pending {
		if ctx.Err() != nil {
			return
		}
		if s.now().Before(h.NextAttempt) {
			continue
		}
		threadTS := ""
		if h.ParentID != "" {
			p, ok := parents[h.ParentID]
			switch {
			case !ok || p.Status == clinicbot.HandoffFailed:
				h.Status, h.LastError = clinicbot.HandoffFailed, "its handoff was not delivered"
				s.save(h)
				continue
			case p.SlackTS == "":
				continue // the handoff itself goes first
			}
			threadTS = p.SlackTS
		}
		h = s.deliver(ctx, h, threadTS)
		if h.SlackTS != "" {
			parents[h.ID] = h
		}
	}
}

// deliver makes one attempt and records the outcome.
func (s *Sender) deliver(ctx context.Context, h clinicbot.Handoff, threadTS string) clinicbot.Handoff {
	// A post that may have reached Slack before a crash or a timeout: look
	// for it before posting again.
	if !h.AttemptStarted.IsZero() {
		if ts, found := s.find(ctx, h); found {
			return s.sent(h, ts)
		}
	}
	h.Attempts++
	h.AttemptStarted = s.now()
	if !s.save(h) {
		return h
	}
	fallback, blocks := Render(h, s.opt.Layout)
	opts := []goslack.MsgOption{
		goslack.MsgOptionText(fallback, false), // already escaped, once
		goslack.MsgOptionBlocks(blocks...),
		goslack.MsgOptionMetadata(goslack.SlackMetadata{EventType: metadataType, EventPayload: map[string]any{"handoff": h.ID}}),
	}
	if threadTS != "" {
		opts = append(opts, goslack.MsgOptionTS(threadTS))
	}
	cctx, cancel := context.WithTimeout(ctx, s.opt.CallTimeout)
	_, ts, err := s.api.PostMessageContext(cctx, s.opt.Channel, opts...)
	cancel()
	if err == nil {
		return s.sent(h, ts)
	}
	return s.failed(h, err)
}

func (s *Sender) sent(h clinicbot.Handoff, ts string) clinicbot.Handoff {
	h.Status, h.SlackTS, h.SlackChannel, h.LastError = clinicbot.HandoffSent, ts, s.opt.Channel, ""
	h.AttemptStarted, h.NextAttempt = time.Time{}, time.Time{}
	if s.save(h) {
		s.log.Info("handoff delivered to Slack", "handoff", h.ID, "kind", h.Kind, "attempts", h.Attempts)
	}
	return h
}

// failed schedules the next attempt (Slack's Retry-After, or exponential
// backoff with jitter), or gives up after GiveUpAfter, loudly.
func (s *Sender) failed(h clinicbot.Handoff, err error) clinicbot.Handoff {
	h.LastError = err.Error()
	s.opt.OnError(slackErrorKind(err))
	var rl *goslack.RateLimitedError
	var wait time.Duration
	if errors.As(err, &rl) {
		wait = rl.RetryAfter
	} else {
		base := time.Second << min(h.Attempts-1, 16)
		limit := s.opt.MaxBackoff
		if h.Kind == clinicbot.HandoffCrisis {
			limit = min(limit, 30*time.Second) // staff must hear of a crisis soon after Slack is back
		}
		wait = min(base, limit)
		wait = wait/2 + rand.N(wait/2+1) // jitter: spread retries after an outage
		var se goslack.SlackErrorResponse
		if errors.As(err, &se) {
			h.AttemptStarted = time.Time{} // Slack refused it: the post was not made
		}
	}
	h.NextAttempt = s.now().Add(wait)
	if s.now().Sub(h.Created) > s.opt.GiveUpAfter {
		h.Status = clinicbot.HandoffFailed
		s.log.Error("HANDOFF FAILED: could not deliver to Slack; it is kept, see `clinicbot handoffs`",
			"handoff", h.ID, "kind", h.Kind, "attempts", h.Attempts, "error", err)
	} else {
		s.log.Warn("Slack post failed; will retry", "handoff", h.ID, "kind", h.Kind, "attempt", h.Attempts, "wait", wait.Round(time.Millisecond), "error", err)
	}
	s.save(h)
	return h
}

// find looks in the channel for a post of this handoff made after the
// attempt started.
func (s *Sender) find(ctx context.Context, h clinicbot.Handoff) (string, bool) {
	if h.ParentID != "" {
		return "", false // thread replies are not in the channel history; accept the rare repeat
	}
	cctx, cancel := context.WithTimeout(ctx, s.opt.CallTimeout)
	defer cancel()
	params := &goslack.GetConversationHistoryParameters{
		ChannelID: s.opt.Channel, IncludeAllMetadata: true, Limit: 200,
		Oldest: strconv.FormatFloat(float64(h.AttemptStarted.Add(-time.Minute).UnixMicro())/1e6, 'f', 6, 64),
	}
	res, err := s.api.GetConversationHistoryContext(cctx, params)
	if err != nil {
		return "", false
	}
	for _, m := range res.Messages {
		if m.Metadata.EventType == metadataType && fmt.Sprint(m.Metadata.EventPayload["handoff"]) == h.ID {
			s.log.Info("handoff already in Slack; not posting it again", "handoff", h.ID)
			return m.Timestamp, true
		}
	}
	return "", false
}

func (s *Sender) save(h clinicbot.Handoff) bool {
	if err := s.outbox.SaveHandoff(h); err != nil {
		s.log.Error("save handoff state", "handoff", h.ID, "error", err)
		return false
	}
	return true
}

// slackErrorKind classifies an error for metrics.
func slackErrorKind(err error) string {
	var rl *goslack.RateLimitedError
	var sc goslack.StatusCodeError
	var se goslack.SlackErrorResponse
	switch {
	case errors.As(err, &rl):
		return "rate_limited"
	case isTimeout(err):
		return "timeout"
	case errors.As(err, &sc):
		return "http_" + strconv.Itoa(sc.Code)
	case errors.As(err, &se):
		return se.Err
	}
	return "network"
}

func isTimeout(err error) bool {
	var ne interface{ Timeout() bool }
	return errors.Is(err, context.DeadlineExceeded) || (errors.As(err, &ne) && ne.Timeout())
}

// Check verifies the token (auth.test) and the channel (conversations.info)
// and names the config key to fix. Network trouble is returned as a
// temporary error (the sender retries later).
func Check(ctx context.Context, api API, channel string) (team string, err error) {
	cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	auth, err := api.AuthTestContext(cctx)
	if err != nil {
		var se goslack.SlackErrorResponse
		if errors.As(err, &se) || isAuthError(err) {
			return "", fmt.Errorf("slack.bot_token (SLACK_BOT_TOKEN) was rejected by Slack: %v", err)
		}
		return "", &TemporaryError{fmt.Errorf("cannot reach Slack: %w", err)}
	}
	_, err = api.GetConversationInfoContext(cctx, &goslack.GetConversationInfoInput{ChannelID: channel})
	if err != nil {
		if isTimeout(err) {
			return "", &TemporaryError{fmt.Errorf("cannot reach Slack: %w", err)}
		}
		return "", fmt.Errorf("slack.handoff_channel (SLACK_HANDOFF_CHANNEL) %q: %v (use the channel ID, C…, and invite the bot to it)", channel, err)
	}
	return auth.Team, nil
}

func isAuthError(err error) bool {
	switch err.Error() {
	case "invalid_auth", "not_authed", "account_inactive", "token_revoked", "token_expired":
		return true
	}
	return false
}

// TemporaryError is a failure that may pass (Slack unreachable).
type TemporaryError struct{ Err error }

func (e *TemporaryError) Error() string { return e.Err.Error() }
func (e *TemporaryError) Unwrap() error { return e.Err }

// Notice posts a plain message (for admins: a rejected knowledge edit) to
// channel. Its text is escaped; it is not retried.
func Notice(ctx context.Context, api API, channel, text string) error {
	cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	_, _, err := api.PostMessageContext(cctx, channel, goslack.MsgOptionText(truncate(escape(text), MaxSectionText), false))
	return err
}
