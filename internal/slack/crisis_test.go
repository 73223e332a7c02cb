package slack

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/mindbraintms/clinicbot/internal/clinicbot"
)

func withSafety(h clinicbot.Handoff, subject, level string) clinicbot.Handoff {
	h.Subject, h.Level = subject, level
	return h
}

func TestRenderCrisisSubjectAndLevel(t *testing.T) {
	const other, distress = "Reported by a relative/friend", "distress: hopelessness without explicit intent"
	for _, tt := range []struct {
		name           string
		subject, level string
		want, not      []string
	}{
		{"unset reads as the writer in crisis", "", "", []string{"The patient's message suggests a crisis", "*Patient:*"}, []string{other, distress}},
		{"the writer in crisis", clinicbot.SubjectSelf, clinicbot.LevelCrisis, []string{"The patient's message suggests a crisis"}, []string{other, distress}},
		{"a relative or friend at risk", clinicbot.SubjectOther, clinicbot.LevelCrisis, []string{other, "*Written by:*"}, []string{distress, "*Patient:*"}},
		{"distress", clinicbot.SubjectSelf, clinicbot.LevelDistress, []string{distress}, []string{other}},
		{"a relative or friend in distress", clinicbot.SubjectOther, clinicbot.LevelDistress, []string{other, distress}, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			fallback, blocks := Render(withSafety(hostile, tt.subject, tt.level), layout)
			b, _ := json.Marshal(blocks)
			all := fallback + string(b)
			for _, w := range append(tt.want, "<!subteam^S123>", "CRISIS", "&lt;!channel&gt;") {
				if !strings.Contains(all, w) {
					t.Errorf("alert lacks %q:\n%s", w, all)
				}
			}
			for _, n := range append(tt.not, "<!channel>", "<!everyone>", "<http://evil") {
				if strings.Contains(all, n) {
					t.Errorf("alert has %q:\n%s", n, all)
				}
			}
		})
	}
}

func TestRenderCrisisThreadMessageDoesNotPing(t *testing.T) {
	m := clinicbot.Handoff{ID: "10", Kind: clinicbot.HandoffMessage, ParentID: "7", Text: "<!channel> <@U1> still here, i can't go on",
		Subject: clinicbot.SubjectOther, Level: clinicbot.LevelDistress}
	fallback, blocks := Render(m, layout)
	b, _ := json.Marshal(blocks)
	all := fallback + string(b)
	for _, w := range []string{"Another crisis message", "&lt;!channel&gt; &lt;@U1&gt; still here", "Reported by a relative/friend", "distress"} {
		if !strings.Contains(all, w) {
			t.Errorf("thread message lacks %q:\n%s", w, all)
		}
	}
	for _, n := range []string{"<!subteam", "<!channel>", "<@U1>"} {
		if strings.Contains(all, n) {
			t.Errorf("thread message has %q (it must not ping):\n%s", n, all)
		}
	}
}

type lockedWriter struct {
	mu *sync.Mutex
	w  io.Writer
}

func (l lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

// fakeClock is a clock that moves only when told.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func newFakeClock() *fakeClock { return &fakeClock{t: time.Now()} }

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

// kinds returns the kind (and chat) of each post, in order, read from the
// metadata the sender attaches, e.g. "crisis/9" or "appointment/1".
func kinds(t *testing.T, e *env) []string {
	t.Helper()
	hs, err := e.db.Handoffs()
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]clinicbot.Handoff{}
	for _, h := range hs {
		byID[h.ID] = h
	}
	var out []string
	for _, p := range e.fake.Posts() {
		var md struct {
			EventPayload map[string]any `json:"event_payload"`
		}
		json.Unmarshal([]byte(p.Metadata), &md)
		h := byID[fmt.Sprint(md.EventPayload["handoff"])]
		out = append(out, h.Kind+"/"+h.ChatID)
	}
	return out
}

// appointments stores n appointment handoffs, chats "1".."n".
func (e *env) appointments(t *testing.T, n int) {
	t.Helper()
	for i := 1; i <= n; i++ {
		e.add(t, clinicbot.Handoff{Kind: clinicbot.HandoffAppointment, ChatID: fmt.Sprint(i)})
	}
}

// drain flushes and advances the clock a second at a time (Slack's rate)
// until nothing is pending or steps run out; it returns the steps taken.
func (e *env) drain(t *testing.T, clock *fakeClock, steps int) int {
	t.Helper()
	for i := 1; i <= steps; i++ {
		e.sender.Flush(context.Background())
		if p, _ := e.db.Pending(); len(p) == 0 {
			return i
		}
		clock.Advance(time.Second)
	}
	p, _ := e.db.Pending()
	t.Fatalf("%d handoffs still pending after %d steps; posted %v", len(p), steps, kinds(t, e))
	return steps
}

func TestCrisisAlertGoesFirstUnderSlackRateLimit(t *testing.T) {
	crisis := clinicbot.Handoff{Kind: clinicbot.HandoffCrisis, ChatID: "99"}
	for _, tt := range []struct {
		name string
		run  func(t *testing.T, e *env, clock *fakeClock)
		want []string // the first posts
	}{
		{"ten appointments and a crisis waiting after an outage", func(t *testing.T, e *env, clock *fakeClock) {
			e.fake.SetDown(true)
			e.appointments(t, 10)
			e.add(t, crisis) // the newest
			e.sender.Flush(context.Background())
			if n := len(e.fake.Posts()); n != 0 {
				t.Fatalf("%d posts while Slack was down", n)
			}
			e.fake.SetDown(false)
			clock.Advance(10 * time.Minute) // every retry is due
		}, []string{"crisis/99", "appointment/1", "appointment/2"}},
		{"a crisis arriving while the appointments are posted", func(t *testing.T, e *env, clock *fakeClock) {
			e.appointments(t, 10)
			for {
				e.sender.Flush(context.Background()) // one post, then Slack's limit
				if len(e.fake.Posts()) == 3 {
					break
				}
				clock.Advance(time.Second)
			}
			e.add(t, crisis)
			clock.Advance(time.Second)
		}, []string{"appointment/1", "appointment/2", "appointment/3", "crisis/99", "appointment/4"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			clock := newFakeClock()
			e := newEnv(t, Options{Now: clock.Now, MaxBackoff: time.Minute})
			e.fake.LimitPosts(time.Second, clock.Now)
			tt.run(t, e, clock)
			steps := e.drain(t, clock, 40)
			got := kinds(t, e)
			if len(got) != 11 {
				t.Fatalf("posts = %v, want 11, each once", got)
			}
			if strings.Join(got[:len(tt.want)], " ") != strings.Join(tt.want, " ") {
				t.Errorf("posted in the order %v, want %v first", got, tt.want)
			}
			// After a 429 the sender waits for Retry-After instead of
			// trying every other handoff: at most one refusal a second.
			if n := e.fake.Throttled(); n > steps+3 {
				t.Errorf("%d posts refused in %d seconds: the sender hammers a rate-limited channel", n, steps)
			}
		})
	}
}

// running starts Run and returns a function that stops it and waits.
func running(t *testing.T, s *Sender) (stop func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { s.Run(ctx); close(done) }()
	stop = func() {
		cancel()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			t.Fatal("Run did not stop within 5 s of cancel")
		}
	}
	t.Cleanup(stop)
	return stop
}

// waitUntil polls cond until it holds or timeout passes.
func waitUntil(t *testing.T, timeout time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %v waiting for %s", timeout, what)
		}
		time.Sleep(2 * time.Millisecond)
	}
}

// TestCrisisLaneGoesFirstWhileRunning: the two lanes run concurrently, and
// still the crisis alert takes the next free slot of the rate-limited
// channel, at start and when it arrives while appointments are posted.
func TestCrisisLaneGoesFirstWhileRunning(t *testing.T) {
	clock := newFakeClock()
	var logbuf strings.Builder
	var logmu sync.Mutex
	e := newEnv(t, Options{Now: clock.Now, Interval: 5 * time.Millisecond, Logger: slog.New(slog.NewTextHandler(lockedWriter{&logmu, &logbuf}, nil))})
	t.Cleanup(func() {
		if t.Failed() {
			logmu.Lock()
			t.Log(logbuf.String())
			logmu.Unlock()
		}
	})
	e.fake.LimitPosts(time.Second, clock.Now)
	e.appointments(t, 6)
	e.add(t, clinicbot.Handoff{Kind: clinicbot.HandoffCrisis, ChatID: "98"})
	running(t, e.sender)

	// Each step waits until the sender was refused a post and gave way
	// (nothing in flight), then moves the clock to Slack's next free slot.
	posted := func(n int) {
		t.Helper()
		waitUntil(t, 5*time.Second, fmt.Sprintf("post %d", n), func() bool { return len(e.fake.Posts()) == n })
	}
	refused := func(chat string) {
		t.Helper()
		waitUntil(t, 5*time.Second, "a refused post for chat "+chat, func() bool {
			hs, _ := e.db.Handoffs()
			for _, h := range hs {
				if h.ChatID == chat && h.Status == clinicbot.HandoffPending && h.NextAttempt.After(clock.Now()) {
					return true
				}
			}
			return false
		})
	}
	posted(1)
	for n, chat := range []string{"1", "2", "3"} {
		refused(chat)
		if chat == "3" {
			e.add(t, clinicbot.Handoff{Kind: clinicbot.HandoffCrisis, ChatID: "99"})
			e.sender.Notify()
		}
		clock.Advance(time.Second)
		posted(n + 2)
	}
	if got := kinds(t, e); got[3] != "crisis/99" {
		t.Fatalf("posted %v: the new crisis alert did not take the next free slot", got)
	}
	for n, chat := range []string{"3", "4", "5", "6"} {
		refused(chat)
		clock.Advance(time.Second)
		posted(n + 5)
	}
	got := kinds(t, e)
	want := []string{"crisis/98", "appointment/1", "appointment/2", "crisis/99", "appointment/3", "appointment/4", "appointment/5", "appointment/6"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("posted %v, want %v", got, want)
	}
}

func TestHangingSlackCallDoesNotHoldUpCrisisAlert(t *testing.T) {
	t.Run("another patient's appointment hangs", func(t *testing.T) {
		e := newEnv(t, Options{CallTimeout: time.Minute})
		e.fake.Hang(1)
		e.add(t, clinicbot.Handoff{Kind: clinicbot.HandoffAppointment, ChatID: "1"})
		running(t, e.sender)
		waitUntil(t, 5*time.Second, "the appointment's post to hang", func() bool { return e.fake.Calls("chat.postMessage") == 1 })
		e.add(t, clinicbot.Handoff{Kind: clinicbot.HandoffCrisis, ChatID: "2"})
		e.sender.Notify()
		// Well within the one-minute call timeout of the hanging post.
		waitUntil(t, 5*time.Second, "the crisis alert", func() bool { return len(e.fake.Posts()) == 1 })
		if got := kinds(t, e); got[0] != "crisis/2" {
			t.Errorf("posts = %v, want the crisis alert while the appointment hangs", got)
		}
	})
	t.Run("a message in another crisis thread hangs", func(t *testing.T) {
		timeout := 500 * time.Millisecond
		e := newEnv(t, Options{CallTimeout: timeout})
		first := e.add(t, clinicbot.Handoff{Kind: clinicbot.HandoffCrisis, ChatID: "1"})
		running(t, e.sender)
		waitUntil(t, 5*time.Second, "the first alert", func() bool { return len(e.fake.Posts()) == 1 })
		e.fake.Hang(1)
		e.add(t, clinicbot.Handoff{Kind: clinicbot.HandoffMessage, ChatID: "1", ParentID: first.ID, Text: "still here", Level: clinicbot.LevelCrisis})
		e.sender.Notify()
		waitUntil(t, 5*time.Second, "the thread message to hang", func() bool { return e.fake.Calls("chat.postMessage") == 2 })
		start := time.Now()
		e.add(t, clinicbot.Handoff{Kind: clinicbot.HandoffCrisis, ChatID: "2"})
		e.sender.Notify()
		waitUntil(t, 5*time.Second, "the second alert", func() bool {
			for _, k := range kinds(t, e) {
				if k == "crisis/2" {
					return true
				}
			}
			return false
		})
		if d := time.Since(start); d > timeout+time.Second {
			t.Errorf("second alert after %v; a hanging call may hold it up at most one call timeout (%v)", d, timeout)
		}
	})
}

// TestCrisisEpisodeThreadIsDelivered: one alert with the mention, the
// episode's later messages in its thread without it, in order.
func TestCrisisEpisodeThreadIsDelivered(t *testing.T) {
	e := newEnv(t, Options{})
	alert := e.add(t, clinicbot.Handoff{Kind: clinicbot.HandoffCrisis, ChatID: "1", Recent: []string{"i want to die"}})
	for i := range 5 {
		e.add(t, clinicbot.Handoff{Kind: clinicbot.HandoffMessage, ChatID: "1", ParentID: alert.ID, Text: fmt.Sprintf("crisis message %d", i+2),
			Subject: clinicbot.SubjectSelf, Level: clinicbot.LevelCrisis})
	}
	e.flushUntil(t, 5*time.Second)
	posts := e.fake.Posts()
	if len(posts) != 6 {
		t.Fatalf("%d posts, want 6", len(posts))
	}
	mentions := 0
	for i, p := range posts {
		if strings.Contains(p.Text+p.Blocks, "<!subteam^S123>") {
			mentions++
		}
		if i > 0 && (p.ThreadTS != posts[0].TS || !strings.Contains(p.Text, fmt.Sprintf("crisis message %d", i+1))) {
			t.Errorf("post %d = %+v, want crisis message %d in the alert's thread", i, p, i+1)
		}
	}
	if mentions != 1 || posts[0].ThreadTS != "" {
		t.Errorf("%d posts ping staff, want only the top-level alert", mentions)
	}
}
