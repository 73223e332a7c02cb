package main

import (
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/mindbraintms/clinicbot/internal/slack/fakeslack"
	"github.com/mindbraintms/clinicbot/internal/telegram/telegramtest"
)

const slackToken = "xoxb-test"

func slackConfig(fake *fakeslack.Server, token string) string {
	return "slack:\n  bot_token: " + token + "\n  api_url: " + fake.APIURL() + "\n  handoff_channel: C0STAFF\n  crisis_mention: \"<!subteam^S1>\"\n"
}

func waitPosts(t *testing.T, fake *fakeslack.Server, n int, timeout time.Duration) []fakeslack.Post {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for time.Now().Before(deadline) {
		if p := fake.Posts(); len(p) >= n {
			return p
		}
		time.Sleep(10 * time.Millisecond)
	}
	p := fake.Posts()
	t.Fatalf("%d Slack posts, want %d", len(p), n)
	return p
}

func TestCrisisFromTelegramReachesSlack(t *testing.T) {
	t.Parallel()
	sl := fakeslack.New(slackToken, "C0STAFF")
	defer sl.Close()
	e := newBotEnv(t, "")
	os.WriteFile(e.config, append(must(os.ReadFile(e.config)), slackConfig(sl, slackToken)...), 0o600)
	stop := e.start()
	e.fake.AddUpdate(telegramtest.With(telegramtest.Message(31, "<!channel> i want to kill myself"), nil))
	m := e.waitMessages(1)
	if !strings.Contains(m[0].Text, "14416") {
		t.Errorf("patient reply = %q", m[0].Text)
	}
	posts := waitPosts(t, sl, 1, 5*time.Second)
	p := posts[0]
	if !strings.Contains(p.Blocks, "CRISIS") || !strings.Contains(p.Text, "<!subteam^S1>") || !strings.Contains(p.Blocks, "asha31") {
		t.Errorf("crisis post = %+v", p)
	}
	if strings.Contains(p.Text+p.Blocks, "<!channel>") {
		t.Error("patient text pinged the channel")
	}
	// The patient's next message goes to the alert's thread.
	e.fake.AddUpdate(telegramtest.Message(31, "please help"))
	posts = waitPosts(t, sl, 2, 5*time.Second)
	if posts[1].ThreadTS != p.TS || !strings.Contains(posts[1].Text, "please help") {
		t.Errorf("follow-up post = %+v", posts[1])
	}
	if err, logs := stop(); err != nil {
		t.Fatal(err)
	} else if strings.Contains(logs, slackToken) || strings.Contains(logs, "kill myself") {
		t.Errorf("logs carry the Slack token or patient text:\n%s", logs)
	}
}

func TestWrongSlackTokenStopsStartup(t *testing.T) {
	t.Parallel()
	sl := fakeslack.New(slackToken, "C0STAFF")
	defer sl.Close()
	e := newBotEnv(t, "")
	os.WriteFile(e.config, append(must(os.ReadFile(e.config)), slackConfig(sl, "xoxb-wrong")...), 0o600)
	_, _, err := runCmd(t, "", map[string]string{}, "run", "-config", e.config)
	if err == nil || !strings.Contains(err.Error(), "slack.bot_token") || strings.Contains(err.Error(), "xoxb-wrong") {
		t.Errorf("err = %v", err)
	}
}

// TestKill9WhileSlackIsDown: a crisis handoff is stored while Slack is down,
// the bot is killed with SIGKILL, Slack comes back, the bot restarts: staff
// get the alert exactly once.
func TestKill9WhileSlackIsDown(t *testing.T) {
	t.Parallel()
	bin := buildBinary(t)
	sl := fakeslack.New(slackToken, "C0STAFF")
	defer sl.Close()
	sl.SetDown(true)
	e := newBotEnv(t, "")
	os.WriteFile(e.config, append(must(os.ReadFile(e.config)), slackConfig(sl, slackToken)...), 0o600)
	start := func() *exec.Cmd {
		cmd := exec.Command(bin, "run", "-config", e.config)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		return cmd
	}
	cmd := start()
	e.fake.AddUpdate(telegramtest.Message(8, "i don't want to live anymore"))
	e.waitMessages(1) // the patient has the helplines; the handoff is stored
	time.Sleep(1500 * time.Millisecond)
	if n := sl.Calls("chat.postMessage"); n == 0 {
		t.Log("no post attempted before the kill")
	}
	cmd.Process.Kill()
	cmd.Wait()
	if len(sl.Posts()) != 0 {
		t.Fatal("posted while Slack was down?")
	}
	sl.SetDown(false)
	cmd = start()
	defer func() { cmd.Process.Signal(os.Interrupt); cmd.Wait() }()
	posts := waitPosts(t, sl, 1, 90*time.Second)
	time.Sleep(2 * time.Second)
	if n := len(sl.Posts()); n != 1 || !strings.Contains(posts[0].Blocks, "CRISIS") {
		t.Errorf("%d posts after recovery, want exactly 1 crisis alert", n)
	}
}

func must(b []byte, err error) []byte {
	if err != nil {
		panic(err)
	}
	return b
}
