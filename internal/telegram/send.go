package telegram

import (
	"context"
	"fmt"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// maxAttempts bounds retries of one Telegram call.
const maxAttempts = 5

// request calls a method that returns true (setMyCommands,
// answerCallbackQuery, sendChatAction), retrying like send.
func (b *Bot) request(ctx context.Context, c tgbotapi.Chattable) (*tgbotapi.APIResponse, error) {
	var resp *tgbotapi.APIResponse
	err := b.retry(ctx, func() error {
		var err error
		resp, err = b.sender.Request(c)
		return err
	})
	return resp, err
}

// send sends a message, waiting out 429s (retry_after) and retrying 5xx
// and network errors with backoff; 4xx errors are not retried.
func (b *Bot) send(ctx context.Context, c tgbotapi.Chattable) error {
	return b.retry(ctx, func() error {
		_, err := b.sender.Send(c)
		return err
	})
}

func (b *Bot) retry(ctx context.Context, call func() error) error {
	backoff := 300 * time.Millisecond
	var err error
	for attempt := 1; attempt <= maxAttempts; attempt++ {
		if err = call(); err == nil {
			return nil
		}
		b.opt.Observer.Error("telegram", errorKind(err))
		if permanent(err) {
			return fmt.Errorf("telegram: %s", b.redact(err))
		}
		wait := backoff
		if d, ok := retryAfter(err); ok {
			wait = d
		} else {
			backoff *= 2
		}
		b.log.Warn("telegram call failed; retrying", "attempt", attempt, "wait", wait, "error", b.redact(err))
		if attempt == maxAttempts || !sleep(ctx, wait) {
			break
		}
	}
	return fmt.Errorf("telegram: gave up: %s", b.redact(err))
}
