// Package telegram serves patients on Telegram with the tgbotapi client:
// long polling (or a webhook), per-chat ordering over a bounded pool,
// restart-safe offsets, rate-limit handling, inline buttons and the booking
// flow that hands patients to staff.
package telegram

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/mindbraintms/clinicbot/internal/clinicbot"
)

// Engine answers messages (dialog.Engine).
type Engine interface {
	Reply(ctx context.Context, m clinicbot.Message) (clinicbot.Reply, error)
	Choose(entryID string) clinicbot.Reply
	Crisis(text string) (clinicbot.Reply, bool)
	Clinic() (clinicbot.Clinic, clinicbot.Messages)
}

// Store keeps offsets, chat state and handoffs (store.DB).
type Store interface {
	Offset() (int, error)
	SetOffset(off int) error
	Handled(updateID int) (bool, error)
	MarkHandled(updateID int) error
	Chat(chatID string) (clinicbot.ChatState, error)
	SaveChat(chatID string, st clinicbot.ChatState) error
	AddHandoff(h clinicbot.Handoff) (clinicbot.Handoff, error)
	Forget(chatID string) (int, error)
	RecordQuestion(q clinicbot.Question) error
	Handoff(id string) (clinicbot.Handoff, error)
	SaveHandoff(h clinicbot.Handoff) error
	PendingRelays() ([]clinicbot.Relay, error)
	SaveRelay(r clinicbot.Relay) error
}

// Observer receives measurements (metrics.Metrics).
type Observer interface {
	Reply(kind string, confidence float64, matched bool, took time.Duration)
	Error(service, kind string)
}

type nopObserver struct{}

func (nopObserver) Reply(string, float64, bool, time.Duration) {}
func (nopObserver) Error(string, string)                       {}

// API is the part of tgbotapi.BotAPI the bot uses.
type API interface {
	GetUpdates(cfg tgbotapi.UpdateConfig) ([]tgbotapi.Update, error)
	Request(c tgbotapi.Chattable) (*tgbotapi.APIResponse, error)
	Send(c tgbotapi.Chattable) (tgbotapi.Message, error)
	MakeRequest(endpoint string, params tgbotapi.Params) (*tgbotapi.APIResponse, error)
}

// Options tune the bot; zero values take the defaults.
type Options struct {
	Username       string        // the bot's @username, for mentions in groups
	Workers        int           // chats handled at once (default 8)
	HandlerTimeout time.Duration // per update (default 15 s)
	PollTimeout    time.Duration // long-poll wait (default 30 s)
	FloodPerMinute int           // messages per chat per minute (default 20)
	Logger         *slog.Logger
	Token          string // only to redact it from errors
	// Observer receives metrics (default: none).
	Observer Observer
	// LowConfidence: answers below it are recorded for admins (default 0.6).
	LowConfidence float64
	// Notify is called after a handoff is stored (wakes the Slack sender).
	Notify func()
	// ThreadWindow is how long after a handoff the patient's messages are
	// added to its thread for staff (default 30 min).
	ThreadWindow time.Duration
	// CrisisEpisode is how long after a chat's crisis alert its further
	// crisis messages go to that alert's thread instead of making a new
	// alert that pings staff again (default 30 min).
	CrisisEpisode time.Duration
	// Now is the clock of handoffs, threads and crisis episodes (default
	// time.Now); tests pass a fake one.
	Now func() time.Time
}

// Bot is the Telegram channel. Create it with New; it is safe for
// concurrent use by the poller and the webhook handler.
type Bot struct {
	poller  API // long polls; its requests end when the poll context ends
	sender  API // replies; finishes in-flight sends during shutdown
	engine  Engine
	store   Store
	opt     Options
	log     *slog.Logger
	flood   *flood
	chatMu  sync.Mutex
	chatLks map[int64]*sync.Mutex // webhook mode: one chat at a time

	relayWake chan struct{}
}

func (b *Bot) now() time.Time { return b.opt.Now() }

// New returns a bot. poller and sender may be the same API.
func New(poller, sender API, engine Engine, store Store, opt Options) *Bot {
	if opt.Workers <= 0 {
		opt.Workers = 8
	}
	if opt.HandlerTimeout <= 0 {
		opt.HandlerTimeout = 15 * time.Second
	}
	if opt.PollTimeout <= 0 {
		opt.PollTimeout = 30 * time.Second
	}
	if opt.FloodPerMinute <= 0 {
		opt.FloodPerMinute = 20
	}
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
		opt.Notify = func() {}
	}
	if opt.ThreadWindow <= 0 {
		opt.ThreadWindow = 30 * time.Minute
	}
	if opt.CrisisEpisode <= 0 {
		opt.CrisisEpisode = 30 * time.Minute
	}
	if opt.Now == nil {
		opt.Now = time.Now
	}
	return &Bot{
		poller: poller, sender: sender, engine: engine, store: store, opt: opt,
		log:       opt.Logger.With("component", "telegram"),
		flood:     newFlood(opt.FloodPerMinute),
		chatLks:   map[int64]*sync.Mutex{},
		relayWake: make(chan struct{}, 1),
	}
}

// Commands are the commands shown in Telegram's menu.
var Commands = []tgbotapi.BotCommand{
	{Command: "start", Description: "Welcome and what I can do"},
	{Command: "help", Description: "How to use this chat"},
	{Command: "faq", Description: "Common questions"},
	{Command: "book", Description: "Ask for an appointment"},
	{Command: "human", Description: "Talk to a person"},
	{Command: "forget", Description: "Delete what the bot stored about you"},
}

// Setup registers the command menu.
func (b *Bot) Setup(ctx context.Context) error {
	_, err := b.request(ctx, tgbotapi.NewSetMyCommands(Commands...))
	if err != nil {
		return fmt.Errorf("setMyCommands: %w", err)
	}
	return nil
}

// chatKey hashes a chat id for logs: logs never carry who wrote.
func chatKey(id int64) string {
	sum := sha256.Sum256([]byte(strconv.FormatInt(id, 10)))
	return hex.EncodeToString(sum[:4])
}

// redact removes the bot token from an error text (transport errors carry
// the request URL, which contains it).
func (b *Bot) redact(err error) string {
	if err == nil {
		return ""
	}
	s := err.Error()
	if b.opt.Token != "" {
		s = strings.ReplaceAll(s, b.opt.Token, "<token>")
		s = strings.ReplaceAll(s, url.PathEscape(b.opt.Token), "<token>")
	}
	return s
}

func parseChat(key string) (int64, error) { return strconv.ParseInt(key, 10, 64) }

// retryAfter returns Telegram's retry_after for a 429 error.
func retryAfter(err error) (time.Duration, bool) {
	var te *tgbotapi.Error
	if errors.As(err, &te) && (te.Code == 429 || te.RetryAfter > 0) {
		d := time.Duration(te.RetryAfter) * time.Second
		if d <= 0 {
			d = time.Second
		}
		return min(d, time.Minute), true
	}
	return 0, false
}

// errorKind classifies an error for metrics.
func errorKind(err error) string {
	var te *tgbotapi.Error
	if errors.As(err, &te) {
		switch {
		case te.Code == 429:
			return "rate_limited"
		case te.Code >= 500:
			return "server"
		case te.Code >= 400:
			return "rejected"
		}
		return "api"
	}
	return "network"
}

// permanent reports Telegram errors that retrying cannot fix (bad request,
// bot blocked by the user, chat not found).
func permanent(err error) bool {
	var te *tgbotapi.Error
	return errors.As(err, &te) && te.Code >= 400 && te.Code < 500 && te.Code != 429
}

// sleep waits d or until ctx ends; it reports whether the full wait passed.
func sleep(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-ctx.Done():
		return false
	}
}
