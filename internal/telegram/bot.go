// Package telegram carries patients' conversations over Telegram with the
// tgbotapi client: long polling (or a webhook), per-chat ordering over a
// bounded pool, restart-safe offsets, rate-limit handling, rendering,
// splitting and keyboards, and delivery of staff messages. What to answer
// is the conversation's business, not this package's.
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

// Conversation answers a patient's event with the messages to send
// (conversation.Conversations).
type Conversation interface {
	Handle(ctx context.Context, ev clinicbot.Event) ([]clinicbot.Outbound, error)
}

// Store keeps the update offset, the updates handled, and staff messages
// to deliver (store.DB).
type Store interface {
	Offset() (int, error)
	SetOffset(off int) error
	Handled(updateID int) (bool, error)
	MarkHandled(updateID int) error
	Send(p clinicbot.Patient, msgs []clinicbot.Outbound, created time.Time) ([]clinicbot.Outgoing, error)
	Outgoing(channel string) ([]clinicbot.Outgoing, int, error)
	SaveOutgoing(o clinicbot.Outgoing) error
	Delivered(id string) error
}

// Observer receives measurements (metrics.Metrics).
type Observer interface {
	Error(service, kind string)
}

type nopObserver struct{}

func (nopObserver) Error(string, string) {}

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
	Workers        int           // chats handled at once (default 16)
	HandlerTimeout time.Duration // per update (default 15 s)
	PollTimeout    time.Duration // long-poll wait (default 30 s)
	Logger         *slog.Logger
	Token          string // only to redact it from errors
	// Observer receives metrics (default: none).
	Observer Observer
	// Undelivered is told of a staff message (Outgoing.HandoffID set) that
	// Telegram refused for good, or that failed relayWarn times in a row
	// (it is still retried), so staff can be warned.
	Undelivered func(o clinicbot.Outgoing, reason string)
}

// Bot is the Telegram channel. Create it with New; it is safe for
// concurrent use by the poller and the webhook handler.
type Bot struct {
	poller  API // long polls; its requests end when the poll context ends
	sender  API // replies; finishes in-flight sends during shutdown
	conv    Conversation
	store   Store
	opt     Options
	log     *slog.Logger
	chatMu  sync.Mutex
	chatLks map[int64]*chatLock // webhook mode: one chat at a time

	outbox *outbox // replies on their way, per chat
}

// New returns a bot carrying conv's conversations. poller and sender may
// be the same API.
func New(poller, sender API, conv Conversation, store Store, opt Options) *Bot {
	if opt.Workers <= 0 {
		opt.Workers = 16
	}
	if opt.HandlerTimeout <= 0 {
		opt.HandlerTimeout = 15 * time.Second
	}
	if opt.PollTimeout <= 0 {
		opt.PollTimeout = 30 * time.Second
	}
	if opt.Logger == nil {
		opt.Logger = slog.New(slog.DiscardHandler)
	}
	if opt.Observer == nil {
		opt.Observer = nopObserver{}
	}
	if opt.Undelivered == nil {
		opt.Undelivered = func(clinicbot.Outgoing, string) {}
	}
	return &Bot{
		poller: poller, sender: sender, conv: conv, store: store, opt: opt,
		log:     opt.Logger.With("component", "telegram"),
		chatLks: map[int64]*chatLock{},
		outbox:  newOutbox(),
	}
}

// Commands are the commands shown in Telegram's menu.
var Commands = []tgbotapi.BotCommand{
	{Command: "start", Description: "Welcome and what I can do"},
	{Command: "help", Description: "How to use this chat"},
	{Command: "faq", Description: "Common questions"},
	{Command: "book", Description: "Ask for an appointment"},
	{Command: "human", Description: "Talk to a person"},
	{Command: "language", Description: "हिन्दी / English"},
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

// chatKeyString is chatKey for a chat id as stored.
func chatKeyString(id string) string {
	n, _ := strconv.ParseInt(id, 10, 64)
	return chatKey(n)
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
