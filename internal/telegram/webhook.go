package telegram

import (
	"context"
	"crypto/subtle"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"sync"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// SecretHeader carries the webhook secret Telegram echoes back.
const SecretHeader = "X-Telegram-Bot-Api-Secret-Token"

// SetWebhook registers url with Telegram, with the secret it must echo and
// the update kinds wanted (tgbotapi does not support secret_token).
func (b *Bot) SetWebhook(ctx context.Context, url, secret string) error {
	kinds, _ := json.Marshal(allowedUpdates)
	_, err := b.sender.MakeRequest("setWebhook", tgbotapi.Params{"url": url, "secret_token": secret, "allowed_updates": string(kinds)})
	if err != nil {
		return fmt.Errorf("setWebhook: %s", b.redact(err))
	}
	return nil
}

// WebhookHandler returns the handler for Telegram's webhook calls. A call
// without the secret gets 401 and is never processed; a malformed body 400;
// an update already handled is acknowledged without answering it again.
// Each chat's updates are handled one at a time, in arrival order.
func (b *Bot) WebhookHandler(secret string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		got := r.Header.Get(SecretHeader)
		if secret == "" || subtle.ConstantTimeCompare([]byte(got), []byte(secret)) != 1 {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		var u tgbotapi.Update
		if err := json.NewDecoder(io.LimitReader(r.Body, 1<<20)).Decode(&u); err != nil {
			http.Error(w, "bad update", http.StatusBadRequest)
			return
		}
		unlock := b.lockChat(chatOf(u))
		b.handleOnce(u)
		unlock()
		w.WriteHeader(http.StatusOK)
	})
}

// lockChat waits until no other update of chat is being handled, and
// returns the function that lets the next one in. A chat's lock exists
// only while updates of it are in flight, so the map stays small however
// many chats the bot has seen.
func (b *Bot) lockChat(chat int64) (unlock func()) {
	b.chatMu.Lock()
	l := b.chatLks[chat]
	if l == nil {
		l = &chatLock{}
		b.chatLks[chat] = l
	}
	l.users++
	b.chatMu.Unlock()
	l.mu.Lock()
	return func() {
		l.mu.Unlock()
		b.chatMu.Lock()
		if l.users--; l.users == 0 {
			delete(b.chatLks, chat)
		}
		b.chatMu.Unlock()
	}
}

// chatLock orders one chat's webhook updates; users counts the updates
// holding or waiting for it.
type chatLock struct {
	mu    sync.Mutex
	users int
}
