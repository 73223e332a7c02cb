// Command clinicbot-load measures the real clinicbot binary under load:
// many chats each sending several messages through a fake Telegram Bot API
// on 127.0.0.1. It reports throughput, reply latency, the bot's peak memory
// and whether every chat's replies came in order.
//
//	go build -o /tmp/clinicbot ./cmd/clinicbot
//	go run ./cmd/clinicbot-load -bin /tmp/clinicbot
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/mindbraintms/clinicbot/internal/telegram/telegramtest"
)

// questions have answers that tell them apart, to check order.
var questions = []struct{ q, mark string }{
	{"what are the side effects", "nausea"},
	{"how much does it cost", "fees"},
	{"is it given by injection", "intramuscular"},
	{"how does it work", "NMDA"},
	{"how many sessions are needed", "series of sessions"},
}

func main() {
	bin := flag.String("bin", "", "clinicbot binary to run (required)")
	chats := flag.Int("chats", 1000, "number of chats")
	per := flag.Int("messages", 5, "messages per chat")
	rate := flag.Int("rate", 2000, "messages offered per second in the latency phase")
	knowledge := flag.String("knowledge", "knowledge", "knowledge folder")
	workers := flag.Int("workers", 16, "telegram.workers for the bot")
	webMode := flag.Bool("web", false, "load the web chat instead of Telegram (-chats sessions at once)")
	flag.Parse()
	if *bin == "" {
		fmt.Fprintln(os.Stderr, "usage: clinicbot-load -bin PATH [-chats N] [-messages N] [-rate N]")
		os.Exit(2)
	}
	if *webMode {
		if err := runWeb(*bin, *knowledge, *chats, *per); err != nil {
			fmt.Fprintln(os.Stderr, "clinicbot-load:", err)
			os.Exit(1)
		}
		return
	}
	if err := run(*bin, *knowledge, *chats, *per, *rate, *workers); err != nil {
		fmt.Fprintln(os.Stderr, "clinicbot-load:", err)
		os.Exit(1)
	}
}

func run(bin, knowledge string, chats, per, rate, workers int) error {
	const token = "1:load"
	fake := telegramtest.New(token)
	defer fake.Close()
	dir, err := os.MkdirTemp("", "clinicbot-load")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	kdir, _ := filepath.Abs(knowledge)
	cfg := filepath.Join(dir, "config.yaml")
	os.WriteFile(cfg, []byte(fmt.Sprintf("knowledge_dir: %s\ndata_dir: %s\ntelegram:\n  token: %q\n  api_endpoint: %s\n  poll_timeout: 1s\n  workers: %d\n",
		kdir, filepath.Join(dir, "data"), token, fake.Endpoint(), workers)), 0o600)

	cmd := exec.Command(bin, "run", "-config", cfg)
	cmd.Stderr = nil
	if err := cmd.Start(); err != nil {
		return err
	}
	defer func() { cmd.Process.Signal(os.Interrupt); cmd.Wait() }()

	// The bot polls once it has loaded its knowledge: the phases measure it
	// serving, not starting.
	ready := time.Now()
	for fake.Calls("getUpdates") == 0 {
		if time.Since(ready) > 30*time.Second {
			return fmt.Errorf("the bot did not poll within 30s")
		}
		time.Sleep(5 * time.Millisecond)
	}
	fmt.Printf("bot polling %v after start (knowledge loaded)\n", time.Since(ready).Round(time.Millisecond))

	// Phase 1, latency: messages arrive at a steady rate, each chat's in turn.
	total := chats * per
	sentAt := make(map[int64][]time.Time, chats)
	interval := time.Second / time.Duration(rate)
	start := time.Now()
	for round := 0; round < per; round++ {
		for c := 0; c < chats; c++ {
			chat := int64(10000 + c)
			due := start.Add(time.Duration(round*chats+c) * interval)
			if d := time.Until(due); d > 0 {
				time.Sleep(d)
			}
			q := questions[(c+round)%len(questions)]
			sentAt[chat] = append(sentAt[chat], time.Now())
			fake.AddUpdate(telegramtest.Message(chat, q.q))
		}
	}
	replies := fake.WaitSent(total, 60*time.Second)
	if len(replies) < total {
		return fmt.Errorf("only %d of %d messages answered", len(replies), total)
	}
	elapsed := replies[len(replies)-1].At.Sub(start)

	var lat []time.Duration
	byChat := map[int64][]telegramtest.Sent{}
	for _, s := range replies {
		byChat[s.ChatID] = append(byChat[s.ChatID], s)
	}
	outOfOrder := 0
	for c := 0; c < chats; c++ {
		chat := int64(10000 + c)
		got := byChat[chat]
		for i := range got {
			if i < len(sentAt[chat]) {
				lat = append(lat, got[i].At.Sub(sentAt[chat][i]))
			}
			if !strings.Contains(got[i].Text, questions[(c+i)%len(questions)].mark) {
				outOfOrder++
			}
		}
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	pct := func(p float64) time.Duration { return lat[int(float64(len(lat)-1)*p)] }
	fmt.Printf("steady %d msg/s offered: %d chats x %d messages answered in %v (%.0f msg/s); latency p50 %v p95 %v p99 %v max %v\n",
		rate, chats, per, elapsed.Round(time.Millisecond), float64(total)/elapsed.Seconds(),
		pct(0.50).Round(10*time.Microsecond), pct(0.95).Round(10*time.Microsecond), pct(0.99).Round(10*time.Microsecond), lat[len(lat)-1].Round(time.Microsecond))

	// Phase 2, throughput: the same load arrives at once (a backlog after an
	// outage); how fast does the bot drain it?
	before := len(fake.Sent())
	burstStart := time.Now()
	for round := 0; round < per; round++ {
		for c := 0; c < chats; c++ {
			q := questions[(c+round)%len(questions)]
			fake.AddUpdate(telegramtest.Message(int64(20000+c), q.q))
		}
	}
	all := fake.WaitSent(before+total, 60*time.Second)
	if len(all) < before+total {
		return fmt.Errorf("burst: only %d of %d answered", len(all)-before, total)
	}
	burst := all[len(all)-1].At.Sub(burstStart)
	for _, s := range all[before:] {
		byChat[s.ChatID] = append(byChat[s.ChatID], s)
	}
	for c := 0; c < chats; c++ {
		for i, s := range byChat[int64(20000+c)] {
			if !strings.Contains(s.Text, questions[(c+i)%len(questions)].mark) {
				outOfOrder++
			}
		}
	}
	fmt.Printf("burst: %d messages from %d chats drained in %v (%.0f msg/s)\n", total, chats, burst.Round(time.Millisecond), float64(total)/burst.Seconds())
	fmt.Printf("per-chat order: %d replies out of order\n", outOfOrder)
	fmt.Printf("bot peak RSS: %s\n", peakRSS(cmd.Process.Pid))
	if outOfOrder > 0 {
		return fmt.Errorf("%d replies out of order", outOfOrder)
	}
	return nil
}

// peakRSS reads the process's high-water resident memory (Linux).
func peakRSS(pid int) string {
	data, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/status")
	if err != nil {
		return "unknown"
	}
	for _, line := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(line, "VmHWM:") {
			f := strings.Fields(line)
			if kb, err := strconv.Atoi(f[1]); err == nil {
				out := fmt.Sprintf("%.1f MB", float64(kb)/1024)
				for _, l := range strings.Split(string(data), "\n") {
					if f := strings.Fields(l); len(f) > 1 && (f[0] == "RssAnon:" || f[0] == "RssFile:") {
						if kb, err := strconv.Atoi(f[1]); err == nil {
							out += fmt.Sprintf(", now %s %.1f MB", strings.TrimSuffix(f[0], ":"), float64(kb)/1024)
						}
					}
				}
				return out
			}
		}
	}
	return "unknown"
}
