package telegram

import (
	"context"
	"fmt"
	"strconv"
	"sync"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/mindbraintms/clinicbot/internal/clinicbot"
)

// Replies are queued in the store by the update handler and sent by
// RunDelivery: each chat's in order, chats independently, so a chat that
// Telegram throttles or that keeps failing never delays another. A reply
// stays queued until Telegram accepts it or refuses it for good (the
// patient blocked the bot, the chat is gone), across restarts.

// retryWait is the wait before attempt n+1 of a reply that failed n times
// (not counting rate limits, which say their own wait): 500 ms doubling,
// at most 5 minutes.
func retryWait(n int) time.Duration {
	if n > 10 {
		return 5 * time.Minute
	}
	return min(500*time.Millisecond<<max(n-1, 0), 5*time.Minute)
}

// queue sends the conversation's messages for chat: at once when nothing
// of the chat is waiting (one try each: the handler never waits out a
// retry), and whatever could not be sent is stored for the delivery
// workers, who retry it without holding up other chats. When the store
// fails too, the error is returned (the update is then handled again).
func (b *Bot) queue(ctx context.Context, chat int64, out []clinicbot.Outbound) error {
	if len(out) == 0 {
		return nil
	}
	key := strconv.FormatInt(chat, 10)
	sent, parts := 0, 0
	var failed error
	if !b.outbox.holds(key) {
		for ; sent < len(out); sent++ {
			failed = b.sendParts(chat, out[sent].Text, out[sent], 0, func(n int) { parts = n })
			if failed == nil {
				parts = 0
				continue
			}
			if permanent(failed) {
				b.refused(clinicbot.Outgoing{ChatID: key}, failed)
				return nil
			}
			break
		}
		if sent == len(out) {
			return nil
		}
	}
	p := clinicbot.Patient{Channel: clinicbot.ChannelTelegram, ID: key}
	queued, err := b.store.Send(p, out[sent:], time.Now().UTC())
	if err != nil {
		return fmt.Errorf("reply not sent and not queued: %w", err)
	}
	if failed != nil { // the first try failed: the next waits as a retry would
		wait := retryWait(1)
		if d, ok := retryAfter(failed); ok {
			wait = d
		}
		queued[0].Parts, queued[0].Attempts, queued[0].LastError = parts, 1, b.redact(failed)
		queued[0].NextAttempt = time.Now().Add(wait).UTC()
		b.store.SaveOutgoing(queued[0])
		b.log.Warn("reply not delivered; queued for retry", "chat", chatKey(chat), "wait", wait, "error", queued[0].LastError)
	}
	for _, o := range queued {
		b.outbox.add(o)
	}
	return nil
}

// RunDelivery sends queued replies through Options.Workers workers until
// ctx ends, then waits for the sends in flight (they are not cut: a reply
// half sent is finished). At start it takes up the replies a previous run
// left, all due at once: a restart often follows a fix.
func (b *Bot) RunDelivery(ctx context.Context) error {
	b.outbox.reopen()
	pending, bad, err := b.store.Outgoing(clinicbot.ChannelTelegram)
	if err != nil {
		return fmt.Errorf("read queued replies: %w", err)
	}
	if bad > 0 {
		b.log.Error("queued replies that cannot be read were skipped", "count", bad)
	}
	for _, o := range pending {
		o.NextAttempt = time.Time{}
		b.outbox.add(o)
	}
	var wg sync.WaitGroup
	for range b.opt.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				o, ok := b.outbox.next(true)
				if !ok {
					return
				}
				b.outbox.done(b.deliverOne(o))
			}
		}()
	}
	<-ctx.Done()
	b.outbox.close()
	wg.Wait()
	return nil
}

// DeliverNow sends every queued reply that is due, one after the other,
// and returns when none is left due. Tests use it in place of RunDelivery.
func (b *Bot) DeliverNow() {
	for {
		o, ok := b.outbox.next(false)
		if !ok {
			return
		}
		b.outbox.done(b.deliverOne(o))
	}
}

// deliverOne sends one queued reply (the parts not yet sent) and records
// the outcome in the store: delivered, refused for good, or when to try
// again. It returns the reply's new state and whether it is gone.
func (b *Bot) deliverOne(o clinicbot.Outgoing) (_ clinicbot.Outgoing, gone bool) {
	defer func() {
		if r := recover(); r != nil {
			b.log.Error("reply delivery panicked; will retry", "reply", o.ID, "panic", fmt.Sprint(r))
			o.Attempts++
			o.NextAttempt = time.Now().Add(retryWait(o.Attempts))
		}
	}()
	chat, err := parseChat(o.ChatID)
	if err != nil {
		b.refused(o, err)
		return o, true
	}
	err = b.sendParts(chat, o.Message.Text, o.Message, o.Parts, func(sent int) {
		o.Parts = sent
		if err := b.store.SaveOutgoing(o); err != nil {
			b.log.Warn("save reply progress", "reply", o.ID, "error", err)
		}
	})
	switch {
	case err == nil:
		if err := b.store.Delivered(o.ID); err != nil {
			b.log.Error("mark reply delivered", "reply", o.ID, "error", err)
		}
		return o, true
	case permanent(err):
		b.refused(o, err)
		return o, true
	default:
		o.Attempts++
		wait := retryWait(o.Attempts)
		if d, ok := retryAfter(err); ok {
			wait = d
		}
		o.NextAttempt, o.LastError = time.Now().Add(wait).UTC(), b.redact(err)
		if err := b.store.SaveOutgoing(o); err != nil {
			b.log.Warn("save reply retry", "reply", o.ID, "error", err)
		}
		b.log.Warn("reply not delivered; will retry", "chat", chatKey(chat), "attempt", o.Attempts, "wait", wait, "error", o.LastError)
		if o.HandoffID != "" && o.Attempts == relayWarn {
			b.opt.Undelivered(o, "Telegram keeps failing; still trying")
		}
		return o, false
	}
}

// refused drops a reply Telegram refused for good, loudly.
func (b *Bot) refused(o clinicbot.Outgoing, err error) {
	b.opt.Observer.Error("telegram", "refused")
	if o.HandoffID != "" {
		b.opt.Undelivered(o, "Telegram refused it for good")
	}
	b.log.Error("reply refused by Telegram for good; dropped", "reply", o.ID, "chat", chatKeyString(o.ChatID), "error", b.redact(err))
	if o.ID == "" {
		return // never queued
	}
	if err := b.store.Delivered(o.ID); err != nil {
		b.log.Error("drop refused reply", "reply", o.ID, "error", err)
	}
}

// sendParts sends text (rendered to HTML and split at 4,096 characters)
// from part from on, the message's buttons or keyboard on the last part;
// progress is told the parts sent after each one. One attempt each.
func (b *Bot) sendParts(chat int64, text string, o clinicbot.Outbound, from int, progress func(sent int)) error {
	parts := split(toHTML(text), MaxMessage)
	for i := from; i < len(parts); i++ {
		msg := tgbotapi.NewMessage(chat, parts[i])
		msg.ParseMode = tgbotapi.ModeHTML
		msg.DisableWebPagePreview = true
		if i == len(parts)-1 {
			if mk := b.markup(o); mk != nil {
				msg.ReplyMarkup = mk
			}
		}
		if _, err := b.sender.Send(msg); err != nil {
			b.opt.Observer.Error("telegram", errorKind(err))
			return err
		}
		if progress != nil && i < len(parts)-1 {
			progress(i + 1)
		}
	}
	return nil
}
