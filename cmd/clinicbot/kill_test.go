package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/mindbraintms/clinicbot/internal/telegram/telegramtest"
)

// buildBinary builds the real clinicbot binary once per test run.
func buildBinary(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the binary; skipped with -short")
	}
	bin := filepath.Join(t.TempDir(), "clinicbot")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// TestKill9MidWorkLosesNothing kills the real binary with SIGKILL while it
// is answering, restarts it, and checks that every patient got an answer.
// A reply Telegram accepted in the instant before the process died can be
// sent again after the restart (Telegram has no idempotent send); the test
// bounds that to the updates in flight.
func TestKill9MidWorkLosesNothing(t *testing.T) {
	t.Parallel()
	bin := buildBinary(t)
	e := newBotEnv(t, "  workers: 4\n  flood_per_minute: 100\n")
	const chats = 300
	for i := 0; i < chats; i++ {
		e.fake.AddUpdate(telegramtest.Message(int64(1000+i), "what are the side effects"))
	}
	start := func() *exec.Cmd {
		cmd := exec.Command(bin, "run", "-config", e.config)
		cmd.Dir = "."
		cmd.Stderr, cmd.Stdout = nil, nil
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		return cmd
	}
	cmd := start()
	deadline := time.Now().Add(20 * time.Second)
	for len(e.messages()) < 130 && time.Now().Before(deadline) { // mid-batch: batches are 100
		time.Sleep(time.Millisecond)
	}
	cmd.Process.Kill() // SIGKILL: no cleanup at all
	cmd.Wait()
	atKill := len(e.messages())
	if atKill >= chats {
		t.Fatalf("all %d answered before the kill; nothing was tested", chats)
	}

	cmd = start()
	defer func() { cmd.Process.Signal(os.Interrupt); cmd.Wait() }()
	deadline = time.Now().Add(30 * time.Second)
	perChat := map[int64]int{}
	for time.Now().Before(deadline) {
		perChat = map[int64]int{}
		for _, s := range e.messages() {
			perChat[s.ChatID]++
		}
		if len(perChat) == chats {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	time.Sleep(500 * time.Millisecond)
	perChat = map[int64]int{}
	for _, s := range e.messages() {
		perChat[s.ChatID]++
	}
	dups := 0
	for _, n := range perChat {
		dups += n - 1
	}
	t.Logf("killed after %d replies; after restart %d chats answered, %d answered twice", atKill, len(perChat), dups)
	if len(perChat) != chats {
		t.Errorf("%d of %d patients never got an answer", chats-len(perChat), chats)
	}
	if dups > 4 {
		t.Errorf("%d replies sent twice; at most the 4 in flight may be", dups)
	}
}
