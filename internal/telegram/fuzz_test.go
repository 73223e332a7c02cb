package telegram

import (
	"context"
	"testing"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/mindbraintms/clinicbot/internal/assemble"
	"github.com/mindbraintms/clinicbot/internal/cache/cachetest"
	"github.com/mindbraintms/clinicbot/internal/conversation"
	"github.com/mindbraintms/clinicbot/internal/dialog"
	"github.com/mindbraintms/clinicbot/internal/store"
	"github.com/mindbraintms/clinicbot/internal/telegram/telegramtest"
	shipped "github.com/mindbraintms/clinicbot/knowledge"
)

// FuzzHandleUpdate drives the whole update handler (group mentions,
// commands, replies to the bot, captions, any Unicode) with the real
// engine, store and Telegram client against the fake Bot API, and calls
// it without the worker's panic recovery: any panic fails. A panic there
// means a patient, perhaps in crisis, gets no reply.
//
//	go test -run XXX -fuzz FuzzHandleUpdate -fuzztime 10m ./internal/telegram
func FuzzHandleUpdate(f *testing.F) {
	for _, s := range []string{
		"ȺȺȺȺȺȺ @ClinicBot i want to kill myself", "İİİİİİİİ@CLINICBOT help", "ẞ @clinicbot",
		"/start@ClinicBot", "/forget", "/book", "yes please", "hi, what is ketamine?", "\x00\xff", "@",
		"my brother wants to hang himself", "kya ketamine safe hai", "मैं अब और नहीं सह सकता",
	} {
		f.Add(s, false, false)
		f.Add(s, true, false)
		f.Add(s, true, true)
	}
	dk, _, problems, err := assemble.Folder(shipped.FS, "knowledge", assemble.WithCache(cachetest.Folder()))
	if err != nil || len(problems) > 0 {
		f.Fatal(err, problems)
	}
	eng := dialog.New(dk, dialog.DefaultThresholds())
	tg := telegramtest.New("1:fuzz")
	f.Cleanup(tg.Close)
	db, err := store.Open(f.TempDir())
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { db.Close() })
	api, err := tgbotapi.NewBotAPIWithAPIEndpoint("1:fuzz", tg.Endpoint())
	if err != nil {
		f.Fatal(err)
	}
	b := New(api, api, conversation.New(eng, db, conversation.Options{}), db, Options{Username: "ClinicBot"})
	id := 0
	f.Fuzz(func(t *testing.T, text string, group, replyToBot bool) {
		id++
		chat := &tgbotapi.Chat{ID: int64(id % 7), Type: "private"}
		if group {
			chat.ID, chat.Type = -int64(id%5)-1, "supergroup"
		}
		m := &tgbotapi.Message{MessageID: id, Text: text, Chat: chat, From: &tgbotapi.User{ID: int64(id % 7), FirstName: text}}
		if id%3 == 0 {
			m.Text, m.Caption = "", text // a photo with a caption
		}
		if replyToBot {
			m.ReplyToMessage = &tgbotapi.Message{From: &tgbotapi.User{IsBot: true, UserName: "ClinicBot"}}
		}
		_ = b.handle(context.Background(), tgbotapi.Update{UpdateID: id, Message: m})
	})
}
