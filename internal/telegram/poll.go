package telegram

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/cenkalti/backoff/v5"
	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// allowedUpdates are the update kinds the bot asks for (nil would be sent
// as null).
var allowedUpdates = []string{"message", "callback_query"}

// Poll long-polls getUpdates until ctx ends. Each batch is handled fully
// (chats in parallel, each chat in order) before the offset advances and
// is stored, so a restart neither drops nor re-answers updates; updates
// handled before a crash are marked one by one and skipped. Errors back off
// (1 s doubling to 30 s, or Telegram's retry_after) and recover.
func (b *Bot) Poll(ctx context.Context) error {
	offset, err := b.store.Offset()
	if err != nil {
		return fmt.Errorf("read offset: %w", err)
	}
	// A webhook left set would make getUpdates fail with 409.
	if _, err := b.poller.Request(tgbotapi.DeleteWebhookConfig{}); err != nil && ctx.Err() == nil {
		b.log.Warn("deleteWebhook failed", "error", b.redact(err))
	}
	bo := backoff.NewExponentialBackOff()
	bo.InitialInterval, bo.MaxInterval = time.Second, 30*time.Second
	for ctx.Err() == nil {
		updates, err := b.poller.GetUpdates(tgbotapi.UpdateConfig{
			Offset: offset, Limit: 100, Timeout: int(b.opt.PollTimeout / time.Second), AllowedUpdates: allowedUpdates,
		})
		if err != nil {
			if ctx.Err() != nil {
				break
			}
			b.opt.Observer.Error("telegram", errorKind(err))
			wait := bo.NextBackOff()
			if d, ok := retryAfter(err); ok {
				wait = d
			}
			b.log.Warn("getUpdates failed; backing off", "wait", wait, "error", b.redact(err))
			sleep(ctx, wait)
			continue
		}
		bo.Reset()
		if len(updates) == 0 {
			continue
		}
		b.HandleBatch(updates)
		next := updates[len(updates)-1].UpdateID + 1
		if next > offset {
			offset = next
		}
		if err := b.store.SetOffset(offset); err != nil {
			return fmt.Errorf("store offset: %w", err)
		}
	}
	return nil
}

// HandleBatch handles updates: each chat's in order, chats concurrently
// through a pool of Options.Workers. It returns when all are handled (or
// have timed out). It does not stop when the poll context ends, so replies
// in flight at shutdown are finished.
func (b *Bot) HandleBatch(updates []tgbotapi.Update) {
	var order []int64
	byChat := map[int64][]tgbotapi.Update{}
	for _, u := range updates {
		id := chatOf(u)
		if _, ok := byChat[id]; !ok {
			order = append(order, id)
		}
		byChat[id] = append(byChat[id], u)
	}
	sem := make(chan struct{}, b.opt.Workers)
	var wg sync.WaitGroup
	for _, id := range order {
		sem <- struct{}{}
		wg.Add(1)
		go func(ups []tgbotapi.Update) {
			defer func() { <-sem; wg.Done() }()
			for _, u := range ups {
				b.handleOnce(u)
			}
		}(byChat[id])
	}
	wg.Wait()
}

// handleOnce handles an update unless it was handled before, with a
// timeout and panic recovery, then marks it handled.
func (b *Bot) handleOnce(u tgbotapi.Update) {
	if done, err := b.store.Handled(u.UpdateID); err == nil && done {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), b.opt.HandlerTimeout)
	defer cancel()
	ctx = context.WithValue(ctx, updateKey{}, u.UpdateID)
	func() {
		defer func() {
			if r := recover(); r != nil {
				b.log.Error("update handler panicked", "update", u.UpdateID, "panic", fmt.Sprint(r))
			}
		}()
		if err := b.handle(ctx, u); err != nil {
			b.log.Error("update not fully handled", "update", u.UpdateID, "chat", chatKey(chatOf(u)), "error", b.redact(err))
		}
	}()
	if err := b.store.MarkHandled(u.UpdateID); err != nil {
		b.log.Error("mark update handled", "update", u.UpdateID, "error", err)
	}
}

// updateKey carries the update being handled, so that it is marked handled
// the moment its reply is sent: a process killed just after sending does
// not answer it again after a restart.
type updateKey struct{}

// markSent marks the update in ctx handled.
func (b *Bot) markSent(ctx context.Context) {
	if id, ok := ctx.Value(updateKey{}).(int); ok {
		if err := b.store.MarkHandled(id); err != nil {
			b.log.Error("mark update handled", "update", id, "error", err)
		}
	}
}

// chatOf returns the chat an update belongs to (0 for other kinds).
func chatOf(u tgbotapi.Update) int64 {
	switch {
	case u.Message != nil:
		return u.Message.Chat.ID
	case u.CallbackQuery != nil && u.CallbackQuery.Message != nil:
		return u.CallbackQuery.Message.Chat.ID
	case u.CallbackQuery != nil && u.CallbackQuery.From != nil:
		return u.CallbackQuery.From.ID
	}
	return 0
}
