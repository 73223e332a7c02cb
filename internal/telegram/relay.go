package telegram

import (
	"context"
	"html"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/mindbraintms/clinicbot/internal/clinicbot"
)

// relayGiveUp: a staff message not delivered after this many attempts is
// marked failed and staff are warned in the thread.
const relayGiveUp = 6

// WakeRelays tells the relay worker a staff message is waiting. It never blocks.
func (b *Bot) WakeRelays() {
	select {
	case b.relayWake <- struct{}{}:
	default:
	}
}

// RunRelays delivers staff messages to patients until ctx ends: each chat's
// in order, retried with backoff when Telegram fails; onFailed is told of a
// message given up on (to warn staff in the thread).
func (b *Bot) RunRelays(ctx context.Context, onFailed func(r clinicbot.Relay)) {
	t := time.NewTicker(500 * time.Millisecond)
	defer t.Stop()
	for {
		b.flushRelays(ctx, onFailed)
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		case <-b.relayWake:
		}
	}
}

func (b *Bot) flushRelays(ctx context.Context, onFailed func(r clinicbot.Relay)) {
	rs, err := b.store.PendingRelays(clinicbot.ChannelTelegram)
	if err != nil {
		b.log.Error("read relays", "error", err)
		return
	}
	blocked := map[string]bool{} // a chat whose earlier message is still waiting
	for _, r := range rs {
		if ctx.Err() != nil || blocked[r.ChatID] {
			continue
		}
		if time.Now().Before(r.NextAttempt) {
			blocked[r.ChatID] = true
			continue
		}
		chat, err := parseChat(r.ChatID)
		if err != nil {
			r.Status, r.LastError = clinicbot.HandoffFailed, "bad chat id"
			b.store.SaveRelay(r)
			continue
		}
		msg := tgbotapi.NewMessage(chat, html.EscapeString(r.Text))
		msg.ParseMode = tgbotapi.ModeHTML
		msg.DisableWebPagePreview = true
		r.Attempts++
		_, err = b.sender.Send(msg)
		if err == nil {
			r.Status, r.LastError = clinicbot.HandoffSent, ""
			b.store.SaveRelay(r)
			continue
		}
		b.opt.Observer.Error("telegram", errorKind(err))
		r.LastError = b.redact(err)
		if permanent(err) || r.Attempts >= relayGiveUp {
			r.Status = clinicbot.HandoffFailed
			b.store.SaveRelay(r)
			b.log.Error("staff message could not be delivered to the patient", "relay", r.ID, "handoff", r.HandoffID, "error", r.LastError)
			onFailed(r)
			continue
		}
		wait := time.Second << (r.Attempts - 1)
		if d, ok := retryAfter(err); ok {
			wait = d
		}
		r.NextAttempt = time.Now().Add(wait)
		b.store.SaveRelay(r)
		blocked[r.ChatID] = true
		b.log.Warn("staff message delivery failed; will retry", "relay", r.ID, "wait", wait, "error", r.LastError)
	}
}
