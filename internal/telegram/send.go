package telegram

import (
	"context"
	"fmt"
	"time"

	"github.com/cenkalti/backoff/v5"
	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// maxAttempts bounds the tries of one Telegram call made while handling an
// update (replies are queued and retried by RunDelivery instead).
const maxAttempts = 5

// request calls a method that returns true (setMyCommands,
// answerCallbackQuery), waiting out 429s (retry_after) and retrying 5xx
// and network errors with backoff; 4xx errors are not retried.
func (b *Bot) request(ctx context.Context, c tgbotapi.Chattable) (*tgbotapi.APIResponse, error) {
	bo := backoff.NewExponentialBackOff()
	bo.InitialInterval = 300 * time.Millisecond
	resp, err := backoff.Retry(ctx, func() (*tgbotapi.APIResponse, error) {
		resp, err := b.sender.Request(c)
		if err == nil {
			return resp, nil
		}
		b.opt.Observer.Error("telegram", errorKind(err))
		if permanent(err) {
			return nil, backoff.Permanent(err)
		}
		if d, ok := retryAfter(err); ok {
			return nil, &backoff.RetryAfterError{Duration: d}
		}
		return nil, err
	}, backoff.WithBackOff(bo), backoff.WithMaxTries(maxAttempts), backoff.WithNotify(func(err error, wait time.Duration) {
		b.log.Warn("telegram call failed; retrying", "wait", wait.Round(time.Millisecond), "error", b.redact(err))
	}))
	if err != nil {
		return nil, fmt.Errorf("telegram: %s", b.redact(err))
	}
	return resp, nil
}
