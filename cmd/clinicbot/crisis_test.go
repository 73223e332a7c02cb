package main

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/mindbraintms/clinicbot/internal/slack/fakeslack"
	"github.com/mindbraintms/clinicbot/internal/telegram/telegramtest"
)

// TestRepeatedCrisisMessagesMakeOneSlackAlert: with the real wiring and
// engine, a patient who writes several crisis messages gets the crisis
// reply to each, and staff get one alert that pings them, with the later
// messages in its thread.
func TestRepeatedCrisisMessagesMakeOneSlackAlert(t *testing.T) {
	t.Parallel()
	sl := fakeslack.New(slackToken, "C0STAFF")
	defer sl.Close()
	e := newBotEnv(t, "")
	os.WriteFile(e.config, append(must(os.ReadFile(e.config)), slackConfig(sl, slackToken)...), 0o600)
	stop := e.start()
	defer stop()
	const n = 5
	for i := 0; i < n; i++ {
		e.fake.AddUpdate(telegramtest.Message(41, "i want to kill myself"))
	}
	for _, m := range e.waitMessages(n) {
		if !strings.Contains(m.Text, "14416") {
			t.Errorf("patient reply = %q, want the helplines every time", m.Text)
		}
	}
	posts := waitPosts(t, sl, n, 10*time.Second)
	alert := posts[0]
	if alert.ThreadTS != "" || !strings.Contains(alert.Text, "<!subteam^S1>") || !strings.Contains(alert.Blocks, "CRISIS") {
		t.Fatalf("first post = %+v, want the crisis alert", alert)
	}
	for _, p := range posts[1:] {
		if p.ThreadTS != alert.TS || strings.Contains(p.Text+p.Blocks, "<!subteam") || !strings.Contains(p.Text, "kill myself") {
			t.Errorf("later post = %+v, want the message in the alert's thread, without the mention", p)
		}
	}
}
