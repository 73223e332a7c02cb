package slack

import (
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	goslack "github.com/slack-go/slack"
	bolt "go.etcd.io/bbolt"

	"github.com/mindbraintms/clinicbot/internal/clinicbot"
	"github.com/mindbraintms/clinicbot/internal/slack/fakeslack"
	"github.com/mindbraintms/clinicbot/internal/store"
)

var update = flag.Bool("update", false, "rewrite golden files")

const (
	token   = "xoxb-test-token"
	channel = "C0HANDOFF"
)

var kolkata, _ = time.LoadLocation("Asia/Kolkata")

var layout = Layout{
	Clinic:        clinicbot.Clinic{Name: "Mind Brain TMS", Phone: "+91-9971774999"},
	Location:      kolkata,
	CrisisMention: "<!subteam^S123>",
}

// hostile is a crisis handoff whose patient-supplied fields try to ping,
// link and format in Slack.
var hostile = clinicbot.Handoff{
	ID: "7", Kind: clinicbot.HandoffCrisis, Channel: "telegram", ChatID: "4242",
	Name: "<!channel> Ravi & <@U999>", Username: "ravi_<!here>", Phone: "+919800000001",
	Recent:  []string{"hello", "i want to end my life <http://evil.example|click here> *bold* <!everyone>"},
	Created: time.Date(2026, 11, 25, 18, 30, 0, 0, time.UTC),
}

func TestRenderGolden(t *testing.T) {
	for _, tt := range []struct {
		name string
		h    clinicbot.Handoff
	}{
		{"crisis", hostile},
		{"appointment", clinicbot.Handoff{ID: "8", Kind: clinicbot.HandoffAppointment, Channel: "telegram", ChatID: "55",
			Name: "Asha", Username: "asha", Phone: "+919800000002", PreferredTime: "weekday mornings",
			Recent: []string{"i would like to book an appointment"}, Created: time.Date(2026, 11, 25, 4, 0, 0, 0, time.UTC)}},
		{"thread-message", clinicbot.Handoff{ID: "9", Kind: clinicbot.HandoffMessage, ParentID: "8", Text: "also, <!here> can i come friday?"}},
		{"crisis-other", withSafety(hostile, clinicbot.SubjectOther, clinicbot.LevelCrisis)},
		{"crisis-distress", withSafety(hostile, clinicbot.SubjectSelf, clinicbot.LevelDistress)},
		{"crisis-thread-message", clinicbot.Handoff{ID: "10", Kind: clinicbot.HandoffMessage, ParentID: "7", Text: "<!channel> nobody cares, i can't go on",
			Subject: clinicbot.SubjectSelf, Level: clinicbot.LevelCrisis}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			fallback, blocks := Render(tt.h, layout)
			b, _ := json.MarshalIndent(map[string]any{"text": fallback, "blocks": blocks}, "", "  ")
			path := filepath.Join("testdata", tt.name+".golden.json")
			if *update {
				os.WriteFile(path, append(b, '\n'), 0o644)
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if string(want) != string(b)+"\n" {
				t.Errorf("layout changed; run go test ./internal/slack -update if intended\ngot:\n%s", b)
			}
		})
	}
}

func TestRenderEscapesPatientText(t *testing.T) {
	fallback, blocks := Render(hostile, layout)
	b, _ := json.Marshal(blocks)
	all := fallback + string(b)
	for _, bad := range []string{"<!channel>", "<@U999>", "<!here>", "<http://evil", "<!everyone>"} {
		if strings.Contains(all, bad) {
			t.Errorf("raw %q reached Slack", bad)
		}
	}
	for _, want := range []string{"&lt;!channel&gt;", "&lt;http://evil.example|click here&gt;", "<!subteam^S123>", "CRISIS", "+91-9971774999", "Thu 26 Nov 2026, 00:00 IST"} {
		if !strings.Contains(all, want) {
			t.Errorf("message lacks %q", want)
		}
	}
}

func TestRenderTruncatesLongText(t *testing.T) {
	h := hostile
	h.Recent = []string{strings.Repeat("&", 5000)}
	_, blocks := Render(h, layout)
	for _, bl := range blocks {
		if sec, ok := bl.(*goslack.SectionBlock); ok && sec.Text != nil {
			if n := len([]rune(sec.Text.Text)); n > MaxSectionText {
				t.Errorf("section of %d characters", n)
			}
			if strings.HasPrefix(sec.Text.Text, "*Last messages:*") && (!strings.HasSuffix(sec.Text.Text, "[cut: too long for Slack]") ||
				strings.HasSuffix(strings.TrimSuffix(sec.Text.Text, "… [cut: too long for Slack]"), "&amp")) {
				t.Errorf("long section not cut cleanly: ...%q", sec.Text.Text[len(sec.Text.Text)-60:])
			}
		}
	}
}

// env is a sender with a real slack-go client, a fake Slack and a real store.
type env struct {
	fake   *fakeslack.Server
	db     *store.DB
	sender *Sender
}

func newEnv(t *testing.T, opt Options) *env {
	t.Helper()
	fake := fakeslack.New(token, channel)
	t.Cleanup(fake.Close)
	db, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	api := goslack.New(token, goslack.OptionAPIURL(fake.APIURL()))
	opt.Channel, opt.Layout = channel, layout
	if opt.CallTimeout == 0 {
		opt.CallTimeout = 300 * time.Millisecond
	}
	if opt.MaxBackoff == 0 {
		opt.MaxBackoff = 50 * time.Millisecond
	}
	return &env{fake: fake, db: db, sender: NewSender(api, db, opt)}
}

func (e *env) add(t *testing.T, h clinicbot.Handoff) clinicbot.Handoff {
	t.Helper()
	h.Created = time.Now()
	h, err := e.db.AddHandoff(h)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// flushUntil flushes until every handoff is sent or failed, or timeout.
func (e *env) flushUntil(t *testing.T, timeout time.Duration) []clinicbot.Handoff {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for time.Now().Before(deadline) {
		e.sender.Flush(context.Background())
		if p, _ := e.db.Pending(); len(p) == 0 {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	all, _ := e.db.Handoffs()
	return all
}

func TestDeliversOnceAndThreadsLaterMessages(t *testing.T) {
	e := newEnv(t, Options{})
	root := e.add(t, clinicbot.Handoff{Kind: clinicbot.HandoffAppointment, ChatID: "1", Name: "Asha"})
	e.add(t, clinicbot.Handoff{Kind: clinicbot.HandoffMessage, ChatID: "1", ParentID: root.ID, Text: "also friday?"})
	all := e.flushUntil(t, 2*time.Second)
	posts := e.fake.Posts()
	if len(posts) != 2 || posts[1].ThreadTS != posts[0].TS || posts[0].ThreadTS != "" {
		t.Fatalf("posts = %+v", posts)
	}
	if all[0].Status != "sent" || all[0].Ref != posts[0].TS || all[1].Status != "sent" {
		t.Errorf("stored = %+v", all)
	}
	e.sender.Flush(context.Background())
	if n := len(e.fake.Posts()); n != 2 {
		t.Errorf("a second flush posted again: %d posts", n)
	}
}

func TestRetriesServerErrorsRateLimitsAndHangs(t *testing.T) {
	for _, tt := range []struct {
		name  string
		fault func(*fakeslack.Server)
		min   time.Duration
	}{
		{"500s", func(f *fakeslack.Server) { f.Fail500(3) }, 0},
		{"429 with Retry-After", func(f *fakeslack.Server) { f.RateLimit(1, 1) }, time.Second},
		{"hanging server", func(f *fakeslack.Server) { f.Hang(2) }, 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t, Options{})
			tt.fault(e.fake)
			e.add(t, clinicbot.Handoff{Kind: clinicbot.HandoffCrisis, ChatID: "2"})
			start := time.Now()
			all := e.flushUntil(t, 10*time.Second)
			if all[0].Status != "sent" {
				t.Fatalf("handoff = %+v", all[0])
			}
			if n := len(e.fake.Posts()); n != 1 {
				t.Errorf("posted %d times, want once", n)
			}
			if d := time.Since(start); d < tt.min {
				t.Errorf("delivered after %v; Retry-After not honoured", d)
			}
			if all[0].Attempts < 2 {
				t.Errorf("attempts = %d", all[0].Attempts)
			}
		})
	}
}

// postedBeforeACrash stores h as an attempt started and posts it to the
// fake Slack as the sender would have, returning the post's ts: a post
// that reached Slack before the process could record it.
func (e *env) postedBeforeACrash(t *testing.T, h clinicbot.Handoff) string {
	t.Helper()
	h.Attempts, h.AttemptStarted = 1, time.Now()
	e.db.SaveHandoff(h)
	api := goslack.New(token, goslack.OptionAPIURL(e.fake.APIURL()))
	fallback, blocks := Render(h, layout)
	_, ts, err := api.PostMessage(channel, goslack.MsgOptionText(fallback, false), goslack.MsgOptionBlocks(blocks...),
		goslack.MsgOptionMetadata(goslack.SlackMetadata{EventType: metadataType, EventPayload: map[string]any{"handoff": h.ID}}))
	if err != nil {
		t.Fatal(err)
	}
	return ts
}

func TestPostThatReachedSlackBeforeACrashIsNotRepeated(t *testing.T) {
	e := newEnv(t, Options{})
	h := e.add(t, clinicbot.Handoff{Kind: clinicbot.HandoffPerson, ChatID: "3"})
	// The process posted, Slack accepted, and the process died before
	// storing the ts: the store says "attempt started", Slack has the post.
	ts := e.postedBeforeACrash(t, h)
	all := e.flushUntil(t, 2*time.Second)
	if n := len(e.fake.Posts()); n != 1 || all[0].Ref != ts || all[0].Status != "sent" {
		t.Errorf("posts = %d, stored = %+v (want the existing post adopted)", n, all[0])
	}
}

// When Slack cannot say whether an earlier attempt reached it (the
// history call fails with a 500 or times out), the handoff waits for an
// answer instead of being posted a second time.
func TestUnsureAttemptWaitsForSlackInsteadOfRepeating(t *testing.T) {
	for _, tt := range []struct {
		name string
		fail func(*fakeslack.Server)
	}{
		{"history fails with a 500", func(f *fakeslack.Server) { f.Fail500(1) }},
		{"history hangs past the call timeout", func(f *fakeslack.Server) { f.Hang(1) }},
	} {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t, Options{})
			h := e.add(t, clinicbot.Handoff{Kind: clinicbot.HandoffCrisis, ChatID: "5"})
			e.postedBeforeACrash(t, h)
			tt.fail(e.fake)
			all := e.flushUntil(t, 5*time.Second)
			if n := len(e.fake.Posts()); n != 1 || all[0].Status != "sent" {
				t.Errorf("posts = %d, stored = %+v (want the earlier post adopted once Slack could tell)", n, all[0])
			}
		})
	}
}

func TestGivesUpLoudlyButKeepsTheHandoff(t *testing.T) {
	e := newEnv(t, Options{GiveUpAfter: time.Millisecond})
	e.fake.SetDown(true)
	e.add(t, clinicbot.Handoff{Kind: clinicbot.HandoffAppointment, ChatID: "4", Phone: "+91"})
	time.Sleep(5 * time.Millisecond)
	all := e.flushUntil(t, time.Second)
	if len(all) != 1 || all[0].Status != "failed" || all[0].Phone != "+91" || all[0].LastError == "" {
		t.Errorf("handoff = %+v", all)
	}
}

func TestCheckNamesTheKeyToFix(t *testing.T) {
	fake := fakeslack.New(token, channel)
	defer fake.Close()
	ctx := context.Background()
	if _, err := Check(ctx, goslack.New(token, goslack.OptionAPIURL(fake.APIURL())), channel); err != nil {
		t.Errorf("good config: %v", err)
	}
	_, err := Check(ctx, goslack.New("xoxb-wrong", goslack.OptionAPIURL(fake.APIURL())), channel)
	if err == nil || !strings.Contains(err.Error(), "slack.bot_token") {
		t.Errorf("wrong token: %v", err)
	}
	_, err = Check(ctx, goslack.New(token, goslack.OptionAPIURL(fake.APIURL())), "C0NOPE")
	if err == nil || !strings.Contains(err.Error(), "slack.handoff_channel") {
		t.Errorf("wrong channel: %v", err)
	}
	fake.SetDown(true)
	var temp *TemporaryError
	if _, err := Check(ctx, goslack.New(token, goslack.OptionAPIURL(fake.APIURL())), channel); !errorsAs(err, &temp) {
		t.Errorf("Slack down: %v, want a temporary error", err)
	}
}

func errorsAs(err error, target **TemporaryError) bool {
	t, ok := err.(*TemporaryError)
	if ok {
		*target = t
	}
	return ok
}

// One handoff record that cannot be read (a torn write, a bad edit) is
// skipped, logged and counted; it never stops the outbox, and a crisis
// alert behind it is still posted (issue 12, item 13).
func TestABadRecordDoesNotStopTheOutbox(t *testing.T) {
	dir := t.TempDir()
	db, err := store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	db.AddHandoff(clinicbot.Handoff{Kind: clinicbot.HandoffAppointment, ChatID: "1", Created: time.Now()})
	db.Close()
	raw, err := bolt.Open(filepath.Join(dir, "clinicbot.db"), 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	raw.Update(func(tx *bolt.Tx) error {
		k := make([]byte, 8)
		k[7] = 1 // the appointment's record
		return tx.Bucket([]byte("handoffs")).Put(k, []byte("{not json"))
	})
	raw.Close()

	fake := fakeslack.New(token, channel)
	t.Cleanup(fake.Close)
	db, err = store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var kinds []string
	s := NewSender(goslack.New(token, goslack.OptionAPIURL(fake.APIURL())), db, Options{Channel: channel, Layout: layout,
		OnError: func(kind string) { kinds = append(kinds, kind) }})
	db.AddHandoff(clinicbot.Handoff{Kind: clinicbot.HandoffCrisis, ChatID: "2", Created: time.Now()})
	s.Flush(context.Background())
	if posts := fake.Posts(); len(posts) != 1 || !strings.Contains(posts[0].Text, "CRISIS") {
		t.Fatalf("posts = %+v, want the crisis alert", posts)
	}
	if !slices.Contains(kinds, "bad_record") {
		t.Errorf("errors counted = %v, want bad_record", kinds)
	}
}
