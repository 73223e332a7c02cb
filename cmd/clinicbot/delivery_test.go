package main

import (
	"strings"
	"testing"
	"time"

	"github.com/mindbraintms/clinicbot/internal/telegram/telegramtest"
)

// A chat that Telegram throttles never delays another patient: with one
// chat answered 429 (retry_after 5 s), another's crisis reply arrives at
// once (issue 12, item 2).
func TestThrottledChatNeverDelaysAnother(t *testing.T) {
	t.Parallel()
	e := newBotEnv(t, "")
	e.fake.ThrottleChat(1, 5)
	stop := e.start()
	defer stop()
	e.fake.AddUpdate(telegramtest.Message(1, "what are the side effects"))
	waitFor(t, func() bool { return e.fake.Calls("sendMessage") >= 1 }, "the throttled send")
	start := time.Now()
	e.fake.AddUpdate(telegramtest.Message(2, "i want to kill myself"))
	waitFor(t, func() bool {
		for _, m := range e.messages() {
			if m.ChatID == 2 && strings.Contains(m.Text, "14416") {
				return true
			}
		}
		return false
	}, "the crisis reply to chat 2")
	if took := time.Since(start); took > 3*time.Second {
		t.Errorf("crisis reply took %s behind a throttled chat, want under 3 s", took)
	}
	// The throttled chat's answer is kept and arrives once Telegram lets it.
	e.fake.Unthrottle(1)
	waitFor(t, func() bool {
		for _, m := range e.messages() {
			if m.ChatID == 1 {
				return true
			}
		}
		return false
	}, "the throttled chat's answer after retry_after")
}

// A reply Telegram keeps failing is kept until it is accepted, also across
// a shutdown and restart in the middle of the outage (issue 12, item 3).
func TestReplyOutlivesAnOutageAndARestart(t *testing.T) {
	t.Parallel()
	e := newBotEnv(t, "")
	e.fake.FailSendsFor(6 * time.Second) // longer than the old five tries
	stop := e.start()
	e.fake.AddUpdate(telegramtest.Message(5, "what are the side effects"))
	waitFor(t, func() bool { return e.fake.Calls("sendMessage") >= 2 }, "failed sends")
	if err, _ := stop(); err != nil {
		t.Fatal(err)
	}
	stop = e.start()
	defer stop()
	deadline := time.Now().Add(15 * time.Second)
	for len(e.messages()) == 0 {
		if time.Now().After(deadline) {
			t.Fatal("the reply was lost: not delivered 15 s after the restart")
		}
		time.Sleep(50 * time.Millisecond)
	}
	time.Sleep(500 * time.Millisecond)
	if n := len(e.messages()); n != 1 {
		t.Errorf("%d replies delivered, want exactly 1", n)
	}
}

// A chat that blocked the bot is a permanent refusal: counted, logged and
// not retried forever, and it does not hold up the next patient.
func TestBlockedChatIsGivenUpOn(t *testing.T) {
	t.Parallel()
	e := newBotEnv(t, "")
	e.fake.Block(9)
	stop := e.start()
	e.fake.AddUpdate(telegramtest.Message(9, "hello"))
	e.fake.AddUpdate(telegramtest.Message(10, "hello"))
	waitFor(t, func() bool { return len(e.messages()) >= 1 }, "the other chat's answer")
	time.Sleep(300 * time.Millisecond)
	calls := e.fake.Calls("sendMessage")
	time.Sleep(1500 * time.Millisecond)
	if more := e.fake.Calls("sendMessage") - calls; more != 0 {
		t.Errorf("%d more sends after a permanent refusal", more)
	}
	_, logs := stop()
	if !strings.Contains(logs, "refused") {
		t.Errorf("the refusal is not logged:\n%s", logs)
	}
}
