package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/mindbraintms/clinicbot/internal/slack/fakeslack"
	"github.com/mindbraintms/clinicbot/internal/telegram/telegramtest"
)

// staffEnv is a running bot with Telegram and Slack (Socket Mode) fakes and
// one appointment handoff already posted to Slack.
type staffEnv struct {
	*botEnv
	sl      *fakeslack.Server
	stop    func() (error, string)
	root    fakeslack.Post // the handoff message
	hid     string
	patient int64
}

func newStaffEnv(t *testing.T) *staffEnv {
	t.Helper()
	sl := fakeslack.New(slackToken, "C0STAFF")
	t.Cleanup(sl.Close)
	e := newBotEnv(t, "  flood_per_minute: 1000\n")
	os.WriteFile(e.config, append(must(os.ReadFile(e.config)), (slackConfig(sl, slackToken)+"  app_token: xapp-test\n")...), 0o600)
	s := &staffEnv{botEnv: e, sl: sl, patient: 77}
	s.stop = e.start()
	t.Cleanup(func() { s.stop() })
	// The patient books: consent, contact, time.
	e.ask(s.patient, "i would like to book an appointment")
	e.waitMessages(2)
	e.fake.AddUpdate(telegramtest.Callback(s.patient, "c:yes"))
	e.waitMessages(3)
	e.fake.AddUpdate(telegramtest.With(telegramtest.Message(s.patient, ""), map[string]any{"contact": map[string]any{"phone_number": "+919800000009", "first_name": "Asha", "user_id": s.patient}}))
	e.waitMessages(4)
	e.ask(s.patient, "weekday mornings")
	posts := waitPosts(t, sl, 1, 5*time.Second)
	s.root = posts[0]
	if !strings.Contains(s.root.Blocks, "clinicbot_claim") {
		t.Fatalf("handoff message has no Claim button: %s", s.root.Blocks)
	}
	var md struct {
		EventPayload map[string]any `json:"event_payload"`
	}
	json.Unmarshal([]byte(s.root.Metadata), &md)
	s.hid = fmt.Sprint(md.EventPayload["handoff"])
	waitFor(t, func() bool { return sl.Connects() >= 1 }, "Socket Mode connection")
	return s
}

func waitFor(t *testing.T, cond func() bool, what string) {
	t.Helper()
	if !eventually(cond) {
		t.Fatalf("timed out waiting for %s", what)
	}
}

// eventually reports whether cond became true within waitFor's ceiling.
func eventually(cond func() bool) bool {
	// A ceiling, not a timing check: on a busy 2-core machine running every
	// package's tests and Chromium at once, a bot took over 10 s to listen,
	// and once (CI, thirtieth round) over 30 s to open Socket Mode.
	deadline := time.Now().Add(90 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			return false
		}
		time.Sleep(10 * time.Millisecond)
	}
	return true
}

var evSeq int

// staffSays sends a thread message event, as Slack does, and returns its event id.
func (s *staffEnv) staffSays(t *testing.T, user, text string, extra map[string]any, eventID string, retry int) string {
	t.Helper()
	evSeq++
	if eventID == "" {
		eventID = fmt.Sprintf("Ev%d", evSeq)
	}
	ev := map[string]any{"type": "message", "channel": "C0STAFF", "user": user, "text": text,
		"ts": fmt.Sprintf("%d.000%03d", time.Now().Unix(), evSeq), "thread_ts": s.root.TS}
	for k, v := range extra {
		ev[k] = v
	}
	payload := map[string]any{"token": "x", "team_id": "T1", "api_app_id": "A1", "type": "event_callback",
		"event_id": eventID, "event_time": time.Now().Unix(), "event": ev}
	if _, err := s.sl.Envelope("events_api", payload, retry); err != nil {
		t.Fatal(err)
	}
	return eventID
}

// press sends a block_actions interaction for a button.
func (s *staffEnv) press(t *testing.T, user, action string) {
	t.Helper()
	evSeq++
	payload := map[string]any{"type": "block_actions", "user": map[string]any{"id": user, "name": strings.ToLower(user)},
		"channel": map[string]any{"id": "C0STAFF"}, "message": map[string]any{"ts": s.root.TS},
		"actions": []map[string]any{{"action_id": action, "block_id": "clinicbot_actions_" + s.hid, "value": s.hid, "type": "button",
			"action_ts": fmt.Sprintf("%d.%d", time.Now().Unix(), evSeq)}}}
	if _, err := s.sl.Envelope("interactive", payload, 0); err != nil {
		t.Fatal(err)
	}
}

// lastTo waits for a new message to the patient containing want.
func (s *staffEnv) waitPatient(t *testing.T, want string) string {
	t.Helper()
	var got string
	waitFor(t, func() bool {
		for _, m := range s.messages() {
			if m.ChatID == s.patient && strings.Contains(m.Text, want) {
				got = m.Text
				return true
			}
		}
		return false
	}, "patient message "+want)
	return got
}

func (s *staffEnv) count(want string) int {
	n := 0
	for _, m := range s.messages() {
		if m.ChatID == s.patient && strings.Contains(m.Text, want) {
			n++
		}
	}
	return n
}

func TestStaffConversation(t *testing.T) {
	t.Parallel()
	s := newStaffEnv(t)

	// A non-member cannot claim.
	s.press(t, "U_OTHER", "clinicbot_claim")
	waitFor(t, func() bool { return len(s.sl.Ephemeral()) == 1 }, "ephemeral refusal")
	if e := s.sl.Ephemeral()[0]; !strings.Contains(e.Text, "Only members") {
		t.Errorf("refusal = %+v", e)
	}

	// Claim: the message shows who, the patient is told.
	s.press(t, "U_STAFF", "clinicbot_claim")
	s.waitPatient(t, "A member of our team, Dr STAFF, is with you")
	waitFor(t, func() bool { return len(s.sl.Updates()) >= 1 }, "chat.update")
	if u := s.sl.Updates()[0]; !strings.Contains(u.Blocks, "Claimed by Dr STAFF") || u.TS != s.root.TS {
		t.Errorf("update = %+v", u)
	}
	if n := len(s.sl.Acks()); n < 2 {
		t.Errorf("acks = %d, want every envelope acknowledged", n)
	}

	// Staff reply in the thread, with Slack formatting, reaches the patient as plain text.
	s.staffSays(t, "U_STAFF", "Hello *Asha*, see <https://example.org/prep|our page> &amp; call <@U123|reception>", nil, "", 0)
	got := s.waitPatient(t, "Clinic team (Dr STAFF)")
	if !strings.Contains(got, "Hello Asha, see our page (https://example.org/prep) &amp; call @reception") {
		t.Errorf("relayed = %q", got) // &amp; is the HTML-escaped & in Telegram's HTML mode
	}

	// Internal notes, bot messages and edits are not relayed.
	s.staffSays(t, "U_STAFF", "// she mentioned lithium, check with Dr K", nil, "", 0)
	s.staffSays(t, "U_STAFF", "bot echo", map[string]any{"bot_id": "B1"}, "", 0)
	s.staffSays(t, "", "edited", map[string]any{"subtype": "message_changed"}, "", 0)
	// A redelivered event is handled once.
	id := s.staffSays(t, "U_STAFF", "see you on monday", nil, "", 0)
	s.staffSays(t, "U_STAFF", "see you on monday", nil, id, 1)
	s.waitPatient(t, "see you on monday")
	time.Sleep(700 * time.Millisecond)
	if n := s.count("lithium") + s.count("bot echo") + s.count("edited"); n != 0 {
		t.Errorf("%d internal note / bot / edit messages reached the patient", n)
	}
	if n := s.count("see you on monday"); n != 1 {
		t.Errorf("redelivered event relayed %d times", n)
	}

	// The patient's messages go to the thread, not to the FAQ engine.
	before := len(s.messages())
	s.fake.AddUpdate(telegramtest.Message(s.patient, "what are the side effects"))
	waitFor(t, func() bool {
		for _, p := range s.sl.Posts() {
			if p.ThreadTS == s.root.TS && strings.Contains(p.Text, "what are the side effects") {
				return true
			}
		}
		return false
	}, "patient message in the thread")
	time.Sleep(300 * time.Millisecond)
	if len(s.messages()) != before {
		t.Errorf("the bot answered during a staff conversation: %q", s.messages()[len(s.messages())-1].Text)
	}

	// A crisis still gets the crisis reply at once.
	s.fake.AddUpdate(telegramtest.Message(s.patient, "i want to kill myself"))
	s.waitPatient(t, "14416")

	// Reconnect after a drop: events keep flowing.
	s.sl.DropConnections()
	waitFor(t, func() bool { return s.sl.Connects() >= 2 }, "reconnect")
	time.Sleep(200 * time.Millisecond)
	s.staffSays(t, "U_STAFF", "still here after the reconnect", nil, "", 0)
	s.waitPatient(t, "still here after the reconnect")

	// Close: the patient is told, the bot answers again.
	s.press(t, "U_STAFF", "clinicbot_close")
	s.waitPatient(t, "closed this conversation")
	got = s.ask(s.patient, "what are the side effects")
	if !strings.Contains(got, "SIDE-EFFECTS-MARK") {
		t.Errorf("after close the bot should answer again, got %q", got)
	}
	if err, logs := s.stop(); err != nil {
		t.Fatal(err)
	} else if strings.Contains(logs, "lithium") || strings.Contains(logs, "side effects") || strings.Contains(logs, "xapp-test") {
		t.Errorf("logs carry patient/staff text or the app token:\n%s", logs)
	}
}

func TestPatientEndsStaffConversation(t *testing.T) {
	t.Parallel()
	s := newStaffEnv(t)
	s.press(t, "U_STAFF", "clinicbot_claim")
	s.waitPatient(t, "is with you")
	got := s.ask(s.patient, "/end")
	if !strings.Contains(got, "assistant again") {
		t.Errorf("/end reply = %q", got)
	}
	waitFor(t, func() bool {
		for _, p := range s.sl.Posts() {
			if p.ThreadTS == s.root.TS && strings.Contains(p.Text, "ended the conversation") {
				return true
			}
		}
		return false
	}, "end notice in the thread")
	// Staff replies after the end are not relayed.
	s.staffSays(t, "U_STAFF", "are you there?", nil, "", 0)
	time.Sleep(500 * time.Millisecond)
	if s.count("are you there") != 0 {
		t.Error("a reply to a closed conversation reached the patient")
	}
}

func TestUndeliverableStaffMessageWarnsInTheThread(t *testing.T) {
	t.Parallel()
	s := newStaffEnv(t)
	s.press(t, "U_STAFF", "clinicbot_claim")
	s.waitPatient(t, "is with you")
	s.fake.Block(s.patient)
	s.staffSays(t, "U_STAFF", "your slot is at 10am", nil, "", 0)
	waitFor(t, func() bool {
		for _, p := range s.sl.Posts() {
			if p.ThreadTS == s.root.TS && strings.Contains(p.Text, "could not be delivered") && strings.Contains(p.Text, "10am") {
				return true
			}
		}
		return false
	}, "warning in the thread")
}

// A component that fails for good stops the whole process with its reason
// (here Socket Mode, whose app token Slack refuses), instead of the bot
// running on without a staff side.
func TestAFailedComponentStopsTheProcess(t *testing.T) {
	t.Parallel()
	sl := fakeslack.New(slackToken, "C0STAFF")
	t.Cleanup(sl.Close)
	e := newBotEnv(t, "")
	os.WriteFile(e.config, append(must(os.ReadFile(e.config)), (slackConfig(sl, slackToken)+"  app_token: xapp-revoked\n")...), 0o600)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	err := run(ctx, []string{"run", "-config", e.config}, env(nil), strings.NewReader(""), &bytes.Buffer{}, &bytes.Buffer{})
	if ctx.Err() != nil {
		t.Fatal("run kept going for 20 s without its staff side")
	}
	if err == nil || !strings.Contains(err.Error(), "Socket Mode") {
		t.Errorf("run = %v, want an error naming Socket Mode", err)
	}
}
