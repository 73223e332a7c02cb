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
	"net/http"
	"strconv"
	"sync"
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
	// Outbox returns the pending handoffs (oldest first), the handoffs they
	// are threaded under, and how many records could not be read.
	Outbox() (due []clinicbot.Handoff, parents map[string]clinicbot.Handoff, bad int, err error)
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
	// Now is the clock (default time.Now); tests pass a fake one.
	Now func() time.Time
}

// Sender posts pending handoffs to Slack until they are confirmed.
//
// Crisis alerts and the messages in their threads have a lane of their
// own: a slow or hanging Slack call for another handoff never holds them
// up. The other lane posts nothing while a crisis alert is due or the
// crisis lane has not yet looked at a new handoff, and neither lane posts
// while Slack rate-limits the channel; so after an outage, or under Slack's
// limit of about one post per second per channel, crisis alerts go first.
type Sender struct {
	api    API
	outbox Outbox
	opt    Options
	log    *slog.Logger
	now    func() time.Time
	wake   [lanes]chan struct{}

	mu          sync.Mutex
	notified    uint64    // Notify calls
	seen        uint64    // notified when the urgent lane's last finished pass began
	looked      bool      // the urgent lane finished a pass
	yieldSince  time.Time // the normal lane has waited for the urgent lane to look since
	urgentWait  bool      // an urgent handoff waits to be posted ...
	urgentDue   time.Time // ... at this time
	pausedUntil time.Time // Slack rate-limited the channel until then
}

// lane is one of the sender's two delivery queues.
type lane int

const (
	laneUrgent lane = iota // crisis alerts and their threads
	laneNormal             // everything else
	lanes
)

func (l lane) String() string {
	if l == laneUrgent {
		return "urgent"
	}
	return "normal"
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
	if opt.Now == nil {
		opt.Now = time.Now
	}
	s := &Sender{api: api, outbox: outbox, opt: opt, log: opt.Logger.With("component", "slack"), now: opt.Now}
	for i := range s.wake {
		s.wake[i] = make(chan struct{}, 1)
	}
	return s
}

// Notify tells the sender a new handoff is waiting (it also looks every
// Interval). It never blocks and is safe for concurrent use.
func (s *Sender) Notify() {
	s.mu.Lock()
	s.notified++
	s.mu.Unlock()
	s.signal(laneUrgent)
	s.signal(laneNormal)
}

func (s *Sender) signal(l lane) {
	select {
	case s.wake[l] <- struct{}{}:
	default:
	}
}

// Run delivers pending handoffs until ctx ends, the two lanes
// concurrently. At start every pending handoff is due at once: a restart
// often follows a fix.
func (s *Sender) Run(ctx context.Context) error {
	if pending, _, _, err := s.outbox.Outbox(); err == nil {
		for _, h := range pending {
			if !h.NextAttempt.IsZero() {
				h.NextAttempt = time.Time{}
				s.save(h)
			}
		}
	}
	var wg sync.WaitGroup
	for l := range lanes {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.loop(ctx, l)
		}()
	}
	wg.Wait()
	return nil
}

// loop runs one lane until ctx ends.
func (s *Sender) loop(ctx context.Context, l lane) {
	t := time.NewTicker(s.opt.Interval)
	defer t.Stop()
	for {
		func() {
			defer func() {
				if r := recover(); r != nil {
					s.log.Error("Slack sender panicked; carrying on", "lane", l, "panic", fmt.Sprint(r))
				}
			}()
			s.pass(ctx, l)
		}()
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		case <-s.wake[l]:
		}
	}
}

// Flush makes one delivery attempt for every pending handoff that is due:
// the urgent lane first (crisis alerts, then their threads' messages), then
// the others, oldest first. A thread message waits for its handoff's post;
// nothing is posted while Slack rate-limits the channel. Do not call it
// while Run runs.
func (s *Sender) Flush(ctx context.Context) {
	s.pass(ctx, laneUrgent)
	s.pass(ctx, laneNormal)
}

// pass makes one delivery attempt for each due handoff of lane l. It stops
// early when the lane must give way (rate limit; for the normal lane also
// urgent work) and, in the urgent lane, when a new handoff arrives after an
// attempt, so a new crisis alert does not wait for the rest of the pass.
func (s *Sender) pass(ctx context.Context, l lane) {
	s.mu.Lock()
	start := s.notified
	s.mu.Unlock()
	all, parents, bad, err := s.outbox.Outbox() // one read: the pending ones and their parents
	if err != nil {
		s.log.Error("read outbox", "error", err)
		return
	}
	if bad > 0 && l == laneUrgent {
		s.log.Error("handoff records that cannot be read were skipped", "count", bad)
		s.opt.OnError("bad_record")
	}
	byID := make(map[string]clinicbot.Handoff, len(all)+len(parents))
	for id, h := range parents {
		byID[id] = h
	}
	for _, h := range all {
		byID[h.ID] = h
	}
	queue := queueOf(all, byID, l)
	attempted := false
	for _, h := range queue {
		if ctx.Err() != nil || !s.mayPost(l) || (l == laneUrgent && attempted && s.notifiedSince(start)) {
			break // a new crisis alert does not wait for the rest of this pass
		}
		if s.now().Before(h.NextAttempt) {
			continue
		}
		attempted = true
		threadTS := ""
		if h.ParentID != "" {
			p, ok := byID[h.ParentID]
			switch {
			case !ok || p.Status == clinicbot.HandoffFailed:
				h.Status, h.LastError = clinicbot.HandoffFailed, "its handoff was not delivered"
				s.save(h)
				byID[h.ID] = h
				continue
			case p.Ref == "":
				continue // the handoff itself goes first
			}
			threadTS = p.Ref
		}
		var limited bool
		byID[h.ID], limited = s.deliver(ctx, h, threadTS)
		if limited {
			break // the channel is paused; the next pass starts with this lane's first
		}
	}
	if l == laneUrgent {
		wait, due := earliestDue(queue, byID)
		s.mu.Lock()
		s.seen, s.looked, s.urgentWait, s.urgentDue = start, true, wait, due
		s.mu.Unlock()
		s.signal(laneNormal) // it may have been giving way
	}
}

// queueOf returns lane l's pending handoffs in the order they are posted:
// in the urgent lane the crisis alerts before the messages in their
// threads, otherwise oldest first. A thread message goes in the lane of
// its handoff, so a thread stays in order.
func queueOf(all []clinicbot.Handoff, byID map[string]clinicbot.Handoff, l lane) []clinicbot.Handoff {
	var alerts, rest []clinicbot.Handoff
	for _, h := range all {
		if h.Status != clinicbot.HandoffPending || laneOf(h, byID) != l {
			continue
		}
		if l == laneUrgent && h.ParentID == "" {
			alerts = append(alerts, h)
		} else {
			rest = append(rest, h)
		}
	}
	return append(alerts, rest...)
}

// laneOf returns the lane of a handoff: urgent for a crisis alert and the
// messages in its thread.
func laneOf(h clinicbot.Handoff, byID map[string]clinicbot.Handoff) lane {
	if h.ParentID != "" {
		h = byID[h.ParentID]
	}
	if h.Kind == clinicbot.HandoffCrisis {
		return laneUrgent
	}
	return laneNormal
}

// earliestDue returns when the first of the queued handoffs that are still
// pending may be posted (a thread message counts once its handoff is
// posted); ok is false when none is waiting.
func earliestDue(queue []clinicbot.Handoff, byID map[string]clinicbot.Handoff) (ok bool, due time.Time) {
	for _, q := range queue {
		h := byID[q.ID]
		if h.Status != clinicbot.HandoffPending || (h.ParentID != "" && byID[h.ParentID].Ref == "") {
			continue
		}
		if !ok || h.NextAttempt.Before(due) {
			ok, due = true, h.NextAttempt
		}
	}
	return ok, due
}

// mayPost reports whether lane l may call Slack now: not while Slack
// rate-limits the channel, and for the normal lane not while an urgent
// handoff is due or the urgent lane has yet to look at a new handoff. The
// last wait is bounded by a call timeout, so a stream of notifications
// faster than the urgent lane can look cannot stop the normal lane.
func (s *Sender) mayPost(l lane) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.now()
	switch {
	case now.Before(s.pausedUntil):
		return false
	case l == laneUrgent:
		return true
	case !s.looked:
		return false
	case s.seen != s.notified:
		if s.yieldSince.IsZero() {
			s.yieldSince = now
		}
		if now.Sub(s.yieldSince) < s.opt.CallTimeout {
			return false
		}
	}
	s.yieldSince = time.Time{}
	return !s.urgentWait || now.Before(s.urgentDue)
}

// notifiedSince reports whether Notify was called since n.
func (s *Sender) notifiedSince(n uint64) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.notified != n
}

// pause stops posting to the channel for d from now (Slack rate-limited
// it) and returns how long the channel is paused from now.
func (s *Sender) pause(now time.Time, d time.Duration) time.Duration {
	s.mu.Lock()
	defer s.mu.Unlock()
	if until := now.Add(d); until.After(s.pausedUntil) {
		s.pausedUntil = until
	}
	return s.pausedUntil.Sub(now)
}

// deliver makes one attempt and records the outcome; limited reports that
// Slack rate-limited the channel.
func (s *Sender) deliver(ctx context.Context, h clinicbot.Handoff, threadTS string) (_ clinicbot.Handoff, limited bool) {
	// A post that may have reached Slack before a crash or a timeout: look
	// for it before posting again.
	if !h.AttemptStarted.IsZero() {
		ts, found, err := s.find(ctx, h)
		if found {
			return s.sent(h, ts), false
		}
		if err != nil && transient(err) && s.now().Sub(h.AttemptStarted) < unsureRepostAfter {
			// Slack could not say whether the post is there (it timed
			// out, or is down or busy): posting again now may post it
			// twice, so try again later, when Slack can tell.
			_, limited = rateLimit(err)
			return s.failed(h, fmt.Errorf("checking for an earlier post: %w", err)), limited
		}
	}
	h.Attempts++
	h.AttemptStarted = s.now()
	if !s.save(h) {
		return h, false
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
		return s.sent(h, ts), false
	}
	_, limited = rateLimit(err)
	return s.failed(h, err), limited
}

func (s *Sender) sent(h clinicbot.Handoff, ts string) clinicbot.Handoff {
	h.Status, h.Ref, h.Room, h.LastError = clinicbot.HandoffSent, ts, s.opt.Channel, ""
	h.AttemptStarted, h.NextAttempt = time.Time{}, time.Time{}
	if s.save(h) {
		s.log.Info("handoff delivered to Slack", "handoff", h.ID, "kind", h.Kind, "attempts", h.Attempts)
	}
	return h
}

// failed schedules the next attempt (Slack's Retry-After, or exponential
// backoff with jitter), or gives up after GiveUpAfter, loudly.
func (s *Sender) failed(h clinicbot.Handoff, err error) clinicbot.Handoff {
	now := s.now()
	h.LastError = err.Error()
	s.opt.OnError(slackErrorKind(err))
	wait, limited := rateLimit(err)
	switch {
	case limited:
		// Slack refused the post (nothing was posted) and limits the whole
		// channel: both lanes wait, then the urgent lane goes first.
		h.AttemptStarted = time.Time{}
		wait = s.pause(now, wait) // its turn comes with the channel's
	default:
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
	h.NextAttempt = now.Add(wait)
	if now.Sub(h.Created) > s.opt.GiveUpAfter {
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
func (s *Sender) find(ctx context.Context, h clinicbot.Handoff) (string, bool, error) {
	if h.ParentID != "" {
		return "", false, nil // thread replies are not in the channel history; accept the rare repeat
	}
	cctx, cancel := context.WithTimeout(ctx, s.opt.CallTimeout)
	defer cancel()
	params := &goslack.GetConversationHistoryParameters{
		ChannelID: s.opt.Channel, IncludeAllMetadata: true, Limit: 200,
		Oldest: strconv.FormatFloat(float64(h.AttemptStarted.Add(-time.Minute).UnixMicro())/1e6, 'f', 6, 64),
	}
	res, err := s.api.GetConversationHistoryContext(cctx, params)
	if err != nil {
		return "", false, err
	}
	for _, m := range res.Messages {
		if m.Metadata.EventType == metadataType && fmt.Sprint(m.Metadata.EventPayload["handoff"]) == h.ID {
			s.log.Info("handoff already in Slack; not posting it again", "handoff", h.ID)
			return m.Timestamp, true, nil
		}
	}
	return "", false, nil
}

// unsureRepostAfter is how long after an attempt whose outcome is unknown
// a handoff is posted again even though Slack cannot say whether that
// attempt reached it: a repeat is better than a handoff never posted.
const unsureRepostAfter = 2 * time.Minute

// transient reports whether err may pass if the call is made again: a
// timeout, the rate limit, or Slack's server failing. Slack's refusals
// (missing_scope, channel_not_found) are not: the history cannot be read.
func transient(err error) bool {
	var sc goslack.StatusCodeError
	_, limited := rateLimit(err)
	return limited || isTimeout(err) || errors.As(err, &sc) && sc.Code >= 500
}

func (s *Sender) save(h clinicbot.Handoff) bool {
	if err := s.outbox.SaveHandoff(h); err != nil {
		s.log.Error("save handoff state", "handoff", h.ID, "error", err)
		return false
	}
	return true
}

// rateLimit reports whether err is Slack's rate limit (429) and for how
// long Slack asks to wait (Retry-After; 1 s when not given).
func rateLimit(err error) (time.Duration, bool) {
	var rl *goslack.RateLimitedError
	var sc goslack.StatusCodeError
	switch {
	case errors.As(err, &rl):
		return max(rl.RetryAfter, time.Second), true
	case errors.As(err, &sc) && sc.Code == http.StatusTooManyRequests:
		return time.Second, true
	}
	return 0, false
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
