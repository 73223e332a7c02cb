package telegram_test

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
	goslack "github.com/slack-go/slack"

	"github.com/mindbraintms/clinicbot/internal/clinicbot"
	"github.com/mindbraintms/clinicbot/internal/conversation"
	"github.com/mindbraintms/clinicbot/internal/slack"
	"github.com/mindbraintms/clinicbot/internal/slack/fakeslack"
	"github.com/mindbraintms/clinicbot/internal/store"
	"github.com/mindbraintms/clinicbot/internal/telegram"
	"github.com/mindbraintms/clinicbot/internal/telegram/telegramtest"
)

// These tests wire the bot to the Slack sender as cmd/clinicbot does, with
// fakes of both platforms reached through the real clients, and an engine
// whose safety results the test chooses.

const (
	tgToken  = "123456:TEST-token"
	slToken  = "xoxb-test"
	slChan   = "C0STAFF"
	mention  = "<!subteam^S1>"
	helpline = "Call 14416"
)

// engine says "crisis" to every message starting with "crisis", with the
// safety result in safety (zero: the detector said nothing more).
type engine struct{ safety clinicbot.SafetyResult }

func (e engine) Reply(ctx context.Context, m clinicbot.Message) (clinicbot.Reply, error) {
	return clinicbot.Reply{Kind: clinicbot.KindFallback, Text: "I don't know."}, nil
}
func (e engine) Choose(string, string) clinicbot.Reply {
	return clinicbot.Reply{Kind: clinicbot.KindFallback}
}
func (e engine) Crisis(ctx context.Context, text, lang string) (clinicbot.Reply, bool) {
	if !strings.HasPrefix(text, "crisis") {
		return clinicbot.Reply{}, false
	}
	s := e.safety
	s.Verdict = clinicbot.Crisis
	return clinicbot.Reply{Kind: clinicbot.KindCrisis, Text: helpline, Alert: true, Safety: s}, true
}
func (e engine) Clinic(string) (clinicbot.Clinic, clinicbot.Messages) {
	return clinicbot.Clinic{Name: "Clinic", Phone: "+91-1"}, clinicbot.Messages{}
}

type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) Advance(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

// world is a bot, its store and a Slack sender; restart replaces the bot
// and sender and reopens the store, as a process restart does.
type world struct {
	t      *testing.T
	dir    string
	tg     *telegramtest.Server
	sl     *fakeslack.Server
	clock  *clock
	eng    engine
	db     *store.DB
	bot    *telegram.Bot
	sender *slack.Sender
	update int
}

func newWorld(t *testing.T, eng engine) *world {
	t.Helper()
	w := &world{t: t, dir: t.TempDir(), tg: telegramtest.New(tgToken), sl: fakeslack.New(slToken, slChan),
		clock: &clock{t: time.Now()}, eng: eng}
	t.Cleanup(w.tg.Close)
	t.Cleanup(w.sl.Close)
	w.restart()
	t.Cleanup(func() { w.db.Close() })
	return w
}

func (w *world) restart() {
	w.t.Helper()
	if w.db != nil {
		w.db.Close()
	}
	db, err := store.Open(w.dir)
	if err != nil {
		w.t.Fatal(err)
	}
	api, err := tgbotapi.NewBotAPIWithAPIEndpoint(tgToken, w.tg.Endpoint())
	if err != nil {
		w.t.Fatal(err)
	}
	sender := slack.NewSender(goslack.New(slToken, goslack.OptionAPIURL(w.sl.APIURL())), db, slack.Options{
		Channel: slChan, Layout: slack.Layout{Clinic: clinicbot.Clinic{Phone: "+91-1"}, CrisisMention: mention}, Now: w.clock.Now,
	})
	w.db, w.sender = db, sender
	conv := conversation.New(w.eng, db, conversation.Options{Notify: func(clinicbot.Handoff) { sender.Notify() }, Now: w.clock.Now})
	w.bot = telegram.New(api, api, conv, db, telegram.Options{})
}

// says hands the bot messages from chat, in order, and delivers what they
// left for staff.
func (w *world) says(chat int64, texts ...string) {
	w.t.Helper()
	var ups []tgbotapi.Update
	for _, text := range texts {
		w.update++
		ups = append(ups, tgbotapi.Update{UpdateID: w.update, Message: &tgbotapi.Message{MessageID: w.update, Text: text,
			Chat: &tgbotapi.Chat{ID: chat, Type: "private"}, From: &tgbotapi.User{ID: chat, FirstName: "Asha"}}})
	}
	w.bot.HandleBatch(ups)
	w.bot.DeliverNow()
	w.sender.Flush(context.Background())
	if p, _ := w.db.Pending(); len(p) > 0 {
		w.t.Fatalf("%d handoffs not delivered: %+v", len(p), p)
	}
}

// replies counts the crisis replies the patient got.
func (w *world) replies(chat int64) int {
	n := 0
	for _, s := range w.tg.Sent() {
		if s.Method == "sendMessage" && s.ChatID == chat && strings.Contains(s.Text, helpline) {
			n++
		}
	}
	return n
}

// staffView sums up the Slack channel: top-level posts and, per top-level
// post, its thread's texts.
type staffView struct {
	alerts  []fakeslack.Post
	threads map[string][]string
}

func (w *world) staffView() staffView {
	v := staffView{threads: map[string][]string{}}
	for _, p := range w.sl.Posts() {
		if p.ThreadTS == "" {
			v.alerts = append(v.alerts, p)
		} else {
			v.threads[p.ThreadTS] = append(v.threads[p.ThreadTS], p.Text)
		}
	}
	return v
}

func pings(p fakeslack.Post) bool { return strings.Contains(p.Text+p.Blocks, mention) }

func TestOneCrisisAlertPerEpisode(t *testing.T) {
	const chat = 5
	thirty := make([]string, 30)
	for i := range thirty {
		thirty[i] = fmt.Sprintf("crisis message %d", i+1)
	}
	for _, tt := range []struct {
		name    string
		run     func(w *world)
		alerts  int   // top-level crisis alerts, each pinging staff once
		threads []int // messages in each alert's thread
		replies int
	}{
		{"thirty crisis messages make one alert and a thread of 29", func(w *world) {
			w.says(chat, thirty...)
		}, 1, []int{29}, 30},
		{"the episode survives a restart", func(w *world) {
			w.says(chat, "crisis one")
			w.restart()
			w.clock.Advance(29 * time.Minute)
			w.says(chat, "crisis two")
		}, 1, []int{1}, 2},
		{"a new episode after 30 minutes", func(w *world) {
			w.says(chat, "crisis one")
			w.clock.Advance(30 * time.Minute)
			w.says(chat, "crisis two", "crisis three")
		}, 2, []int{0, 1}, 3},
		{"a new episode when staff closed the alert", func(w *world) {
			w.says(chat, "crisis one")
			hs, _ := w.db.Handoffs()
			hs[0].Closed, hs[0].ClosedBy = true, "Dr K"
			w.db.SaveHandoff(hs[0])
			w.says(chat, "crisis two")
		}, 2, []int{0, 0}, 2},
		{"other chats have their own alerts", func(w *world) {
			w.says(chat, "crisis one")
			w.says(chat+1, "crisis from another patient")
			w.says(chat, "crisis two")
		}, 2, []int{1, 0}, 2},
		{"ordinary messages during the episode also go to the thread", func(w *world) {
			w.says(chat, "crisis one", "please answer", "crisis two")
		}, 1, []int{2}, 2},
	} {
		t.Run(tt.name, func(t *testing.T) {
			w := newWorld(t, engine{})
			tt.run(w)
			v := w.staffView()
			if len(v.alerts) != tt.alerts {
				t.Fatalf("%d top-level posts, want %d crisis alerts: %+v", len(v.alerts), tt.alerts, v.alerts)
			}
			for i, a := range v.alerts {
				if !pings(a) || !strings.Contains(a.Blocks, "CRISIS") {
					t.Errorf("alert %d does not ping staff: %s", i, a.Text)
				}
				if got := len(v.threads[a.TS]); got != tt.threads[i] {
					t.Errorf("alert %d has %d thread messages, want %d: %q", i, got, tt.threads[i], v.threads[a.TS])
				}
			}
			for _, p := range w.sl.Posts() {
				if p.ThreadTS != "" && pings(p) {
					t.Errorf("a thread message pings staff: %s", p.Text)
				}
			}
			if got := w.replies(chat); got != tt.replies {
				t.Errorf("the patient got %d crisis replies, want %d", got, tt.replies)
			}
		})
	}
}

func TestCrisisThreadKeepsEveryMessageInOrder(t *testing.T) {
	w := newWorld(t, engine{})
	w.says(5, "crisis 1", "crisis 2 <!channel>", "crisis 3")
	v := w.staffView()
	got := v.threads[v.alerts[0].TS]
	want := []string{"Another crisis message: crisis 2 &lt;!channel&gt;", "Another crisis message: crisis 3"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("thread = %q, want %q", got, want)
	}
}

func TestCrisisInAStaffConversation(t *testing.T) {
	w := newWorld(t, engine{})
	// Staff are talking with the patient about an appointment.
	appt, err := w.db.AddHandoff(clinicbot.Handoff{Kind: clinicbot.HandoffAppointment, Channel: "telegram", ChatID: "5", Created: w.clock.Now()})
	if err != nil {
		t.Fatal(err)
	}
	w.sender.Flush(context.Background())
	w.db.SetRelay(clinicbot.Patient{Channel: "telegram", ID: "5"}, appt.ID)
	w.says(5, "crisis one", "crisis two")
	v := w.staffView()
	if len(v.alerts) != 2 || pings(v.alerts[0]) || !pings(v.alerts[1]) {
		t.Fatalf("top-level posts = %+v, want the appointment and one crisis alert", v.alerts)
	}
	if got := v.threads[v.alerts[0].TS]; len(got) != 2 {
		t.Errorf("the staff conversation's thread has %q, want both messages", got)
	}
	if got := v.threads[v.alerts[1].TS]; len(got) != 1 {
		t.Errorf("the crisis thread has %q, want the second message", got)
	}
}

func TestCrisisAlertSaysWhoIsAtRiskAndTheLevel(t *testing.T) {
	const other, distress = "Reported by a relative/friend", "distress: hopelessness without explicit intent"
	for _, tt := range []struct {
		name           string
		safety         clinicbot.SafetyResult
		subject, level string
		show, hide     []string
		threadShow     string
	}{
		{"not filled in: the writer, in crisis", clinicbot.SafetyResult{}, clinicbot.SubjectSelf, clinicbot.LevelCrisis,
			[]string{"The patient's message suggests a crisis"}, []string{other, distress}, ""},
		{"a relative or friend at risk", clinicbot.SafetyResult{Subject: clinicbot.SubjectOther, Level: clinicbot.LevelCrisis},
			clinicbot.SubjectOther, clinicbot.LevelCrisis, []string{other}, []string{distress}, other},
		{"distress without explicit intent", clinicbot.SafetyResult{Subject: clinicbot.SubjectSelf, Level: clinicbot.LevelDistress},
			clinicbot.SubjectSelf, clinicbot.LevelDistress, []string{distress}, []string{other}, distress},
	} {
		t.Run(tt.name, func(t *testing.T) {
			w := newWorld(t, engine{safety: tt.safety})
			w.says(5, "crisis <!here> one", "crisis two")
			hs, _ := w.db.Handoffs()
			if h := hs[0]; h.Kind != clinicbot.HandoffCrisis || h.Subject != tt.subject || h.Level != tt.level {
				t.Errorf("stored %s handoff with subject %q, level %q; want %q, %q", h.Kind, h.Subject, h.Level, tt.subject, tt.level)
			}
			v := w.staffView()
			alert := v.alerts[0].Text + v.alerts[0].Blocks
			for _, s := range append(tt.show, mention, "&lt;!here&gt;") {
				if !strings.Contains(alert, s) {
					t.Errorf("alert lacks %q: %s", s, alert)
				}
			}
			for _, s := range append(tt.hide, "<!here>") {
				if strings.Contains(alert, s) {
					t.Errorf("alert shows %q: %s", s, alert)
				}
			}
			if thread := v.threads[v.alerts[0].TS]; len(thread) != 1 || !strings.Contains(w.sl.Posts()[1].Blocks, tt.threadShow) {
				t.Errorf("thread = %q, want the second message marked %q", thread, tt.threadShow)
			}
		})
	}
}
