package main

import (
	"bytes"
	"context"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/mindbraintms/clinicbot/internal/store"
	"github.com/mindbraintms/clinicbot/internal/telegram/telegramtest"
)

const testToken = "123456:TEST-token_secret"

// botEnv is a data dir and config that survive restarts of the bot.
type botEnv struct {
	t       *testing.T
	fake    *telegramtest.Server
	dataDir string
	config  string
	logs    *syncBuffer // the running bot's log (start)
}

func newBotEnv(t *testing.T, extra string) *botEnv {
	t.Helper()
	fake := telegramtest.New(testToken)
	t.Cleanup(fake.Close)
	dir := t.TempDir()
	cfg := filepath.Join(dir, "config.yaml")
	data := filepath.Join(dir, "data")
	yaml := "knowledge_dir: testdata/knowledge\ndata_dir: " + data + "\nhttp_listen: 127.0.0.1:0\ntelegram:\n  token: " + testToken +
		"\n  api_endpoint: " + fake.Endpoint() + "\n  poll_timeout: 1s\n" + extra
	if err := os.WriteFile(cfg, []byte(yaml), 0o600); err != nil {
		t.Fatal(err)
	}
	return &botEnv{t: t, fake: fake, dataDir: data, config: cfg}
}

// syncBuffer is a log sink safe for the bot's goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// start runs `clinicbot run` with the real wiring; stop shuts it down
// gracefully and returns run's error and its log.
func (e *botEnv) start() (stop func() (error, string)) {
	ctx, cancel := context.WithCancel(context.Background())
	logs := &syncBuffer{}
	e.logs = logs
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"run", "-config", e.config}, env(nil), strings.NewReader(""), &bytes.Buffer{}, logs)
	}()
	var once sync.Once
	var runErr error
	return func() (error, string) {
		once.Do(func() {
			cancel()
			select {
			case runErr = <-done:
			case <-time.After(10 * time.Second):
				e.t.Fatal("run did not stop within 10 s of cancel")
			}
		})
		return runErr, logs.String()
	}
}

// httpBase waits until the running bot listens for health and metrics
// and returns that base URL.
func (e *botEnv) httpBase() string {
	e.t.Helper()
	return "http://" + listenAddr(e.t, e.logs, "health and metrics")
}

// listenAddr waits until a running bot logs where what (a log message with
// a listen attribute) listens, and returns that address. Test bots listen
// on ports of their own choosing (127.0.0.1:0): a port picked free
// beforehand could be a parallel test's bot by the time this one listens.
func listenAddr(t *testing.T, logs *syncBuffer, what string) string {
	t.Helper()
	listening := regexp.MustCompile(`msg="` + regexp.QuoteMeta(what) + `" listen=(\S+)`)
	var addr string
	waitFor(t, func() bool {
		if m := listening.FindStringSubmatch(logs.String()); m != nil {
			addr = m[1]
		}
		return addr != ""
	}, what+" to listen")
	return addr
}

func (e *botEnv) messages() []telegramtest.Sent {
	var out []telegramtest.Sent
	for _, s := range e.fake.Sent() {
		if s.Method == "sendMessage" {
			out = append(out, s)
		}
	}
	return out
}

// waitMessages waits until n messages were sent.
func (e *botEnv) waitMessages(n int) []telegramtest.Sent {
	e.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if m := e.messages(); len(m) >= n {
			return m
		}
		time.Sleep(10 * time.Millisecond)
	}
	m := e.messages()
	e.t.Fatalf("got %d messages, want %d: %+v", len(m), n, m)
	return m
}

func TestRunWithoutTokenSaysWhatToSet(t *testing.T) {
	t.Parallel()
	_, _, err := runCmd(t, "", map[string]string{}, "run")
	if err == nil || !strings.Contains(err.Error(), "TELEGRAM_BOT_TOKEN") || !strings.Contains(err.Error(), "clinicbot chat") {
		t.Errorf("err = %v", err)
	}
}

func TestTelegramConversation(t *testing.T) {
	t.Parallel()
	e := newBotEnv(t, "")
	stop := e.start()

	// /start: greeting, disclaimer, topic buttons; the command menu is set.
	e.fake.AddUpdate(telegramtest.Message(42, "/start"))
	m := e.waitMessages(1)
	if !strings.Contains(m[0].Text, "welcome") || !strings.Contains(m[0].Text, "112") || !strings.Contains(m[0].ReplyMarkup, "inline_keyboard") || m[0].ParseMode != "HTML" {
		t.Errorf("/start reply = %+v", m[0])
	}
	if e.fake.Calls("setMyCommands") != 1 {
		t.Error("setMyCommands not called")
	}
	for _, s := range e.fake.Sent() {
		if s.Method == "setMyCommands" && !strings.Contains(s.Params["commands"], `"forget"`) {
			t.Errorf("commands = %s", s.Params["commands"])
		}
	}

	// An FAQ answer, in HTML, with follow-up buttons.
	e.fake.AddUpdate(telegramtest.Message(42, "what are the side effects?"))
	m = e.waitMessages(2)
	if !strings.Contains(m[1].Text, "<b>SIDE-EFFECTS-MARK</b>") || !strings.Contains(m[1].ReplyMarkup, `"callback_data":"e:`) {
		t.Errorf("FAQ reply = %+v", m[1])
	}

	// A suggestion button: the callback is answered, then the entry.
	e.fake.AddUpdate(telegramtest.Callback(42, "e:is-it-safe"))
	m = e.waitMessages(3)
	if e.fake.Calls("answerCallbackQuery") != 1 || !strings.Contains(m[2].Text, "SAFE-MARK") {
		t.Errorf("button press: callbacks=%d reply=%q", e.fake.Calls("answerCallbackQuery"), m[2].Text)
	}

	// Non-text.
	e.fake.AddUpdate(telegramtest.With(telegramtest.Message(42, ""), map[string]any{"sticker": map[string]any{"file_id": "x", "file_unique_id": "y", "width": 1, "height": 1}}))
	m = e.waitMessages(4)
	if !strings.Contains(m[3].Text, "only read text") {
		t.Errorf("sticker reply = %q", m[3].Text)
	}

	// Hostile text is escaped, never parsed as HTML.
	e.fake.AddUpdate(telegramtest.Message(42, "<b>hi</b> & <script>"))
	m = e.waitMessages(5)
	if strings.Contains(m[4].Text, "<script>") {
		t.Errorf("reply carries raw patient markup: %q", m[4].Text)
	}
	if err, logs := stop(); err != nil {
		t.Fatalf("run: %v\n%s", err, logs)
	} else if strings.Contains(logs, testToken) || strings.Contains(logs, "side effects") {
		t.Errorf("logs carry the token or patient text:\n%s", logs)
	}
}

func TestTelegramBookingWithContactShare(t *testing.T) {
	t.Parallel()
	e := newBotEnv(t, "")
	stop := e.start()
	e.fake.AddUpdate(telegramtest.Message(7, "i would like to book an appointment"))
	m := e.waitMessages(2)
	if !strings.Contains(m[0].Text, "+91-1234500000") {
		t.Errorf("first reply lacks the clinic phone: %q", m[0].Text)
	}
	if !strings.Contains(m[1].Text, "May I pass") || !strings.Contains(m[1].ReplyMarkup, "c:yes") {
		t.Fatalf("consent question = %+v", m[1])
	}
	e.fake.AddUpdate(telegramtest.Callback(7, "c:yes"))
	m = e.waitMessages(3)
	if !strings.Contains(m[2].ReplyMarkup, `"request_contact":true`) {
		t.Fatalf("no share-contact button: %+v", m[2])
	}
	e.fake.AddUpdate(telegramtest.With(telegramtest.Message(7, ""), map[string]any{"contact": map[string]any{"phone_number": "+919800000001", "first_name": "Asha", "user_id": 7}}))
	m = e.waitMessages(4)
	if !strings.Contains(m[3].Text, "good time") {
		t.Fatalf("after contact: %q", m[3].Text)
	}
	e.fake.AddUpdate(telegramtest.Message(7, "weekday mornings"))
	m = e.waitMessages(5)
	if !strings.Contains(m[4].Text, "passed your details") || !strings.Contains(m[4].Text, "+91-1234500000") {
		t.Errorf("confirmation = %q", m[4].Text)
	}
	if err, logs := stop(); err != nil {
		t.Fatal(err)
	} else if strings.Contains(logs, "9800000001") || strings.Contains(logs, "weekday") {
		t.Errorf("logs carry the patient's phone or text:\n%s", logs)
	}

	db, err := store.Open(e.dataDir)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	hs, _ := db.Handoffs()
	if len(hs) != 1 || hs[0].Kind != "appointment" || hs[0].Phone != "+919800000001" || hs[0].PreferredTime != "weekday mornings" || hs[0].Name != "Asha" || hs[0].Status != "pending" {
		t.Errorf("handoffs = %+v", hs)
	}
}

func TestTelegramCrisisIsStoredForStaff(t *testing.T) {
	t.Parallel()
	e := newBotEnv(t, "")
	stop := e.start()
	e.fake.AddUpdate(telegramtest.Message(9, "i want to end my life"))
	m := e.waitMessages(1)
	if !strings.Contains(m[0].Text, "14416") {
		t.Errorf("crisis reply = %q", m[0].Text)
	}
	stop()
	out, _, err := runCmd(t, "", map[string]string{}, "handoffs", "-config", e.config)
	if err != nil || !strings.Contains(out, "pending  crisis") || !strings.Contains(out, "1 pending, 0 sent, 0 failed") {
		t.Errorf("clinicbot handoffs: %v\n%s", err, out)
	}
	db, _ := store.Open(e.dataDir)
	defer db.Close()
	hs, _ := db.Handoffs()
	if len(hs) != 1 || hs[0].Kind != "crisis" || len(hs[0].Recent) != 1 {
		t.Errorf("handoffs = %+v", hs)
	}
}

func TestTelegramForgetDeletesTheChat(t *testing.T) {
	t.Parallel()
	e := newBotEnv(t, "")
	stop := e.start()
	e.fake.AddUpdate(telegramtest.Message(5, "i want to end my life"))
	e.fake.AddUpdate(telegramtest.Message(5, "/forget"))
	m := e.waitMessages(2)
	if !strings.Contains(m[0].Text, "14416") || !strings.Contains(m[1].Text, "deleted") {
		t.Errorf("replies = %q, %q; want the crisis reply, then /forget's", m[0].Text, m[1].Text)
	}
	stop()
	db, _ := store.Open(e.dataDir)
	defer db.Close()
	hs, _ := db.Handoffs()
	st, _ := db.Chat("telegram:5")
	if len(hs) != 0 || len(st.Recent) != 0 {
		t.Errorf("after /forget: handoffs %+v, chat %+v", hs, st)
	}
}

func TestTelegramRetriesAfter429(t *testing.T) {
	t.Parallel()
	e := newBotEnv(t, "")
	e.fake.RateLimitSends(1, 1)
	stop := e.start()
	start := time.Now()
	e.fake.AddUpdate(telegramtest.Message(3, "hello"))
	m := e.waitMessages(1)
	if time.Since(start) < time.Second {
		t.Error("retry_after was not honoured")
	}
	time.Sleep(300 * time.Millisecond)
	if len(e.messages()) != 1 || e.fake.Calls("sendMessage") != 2 {
		t.Errorf("messages = %d, sendMessage calls = %d; want 1 delivered after 1 retry", len(e.messages()), e.fake.Calls("sendMessage"))
	}
	_ = m
	stop()
}

func TestTelegramRecoversFromGetUpdatesFailures(t *testing.T) {
	t.Parallel()
	e := newBotEnv(t, "")
	e.fake.FailGetUpdates(2)
	stop := e.start()
	e.fake.AddUpdate(telegramtest.Message(3, "hello"))
	e.waitMessages(1)
	if e.fake.Calls("getUpdates") < 3 {
		t.Errorf("getUpdates calls = %d", e.fake.Calls("getUpdates"))
	}
	if err, logs := stop(); err != nil || !strings.Contains(logs, "backing off") {
		t.Errorf("err = %v, logs:\n%s", err, logs)
	}
}

func TestTelegramRestartNeitherDropsNorRepeats(t *testing.T) {
	t.Parallel()
	e := newBotEnv(t, "")
	stop := e.start()
	for i := 0; i < 5; i++ {
		e.fake.AddUpdate(telegramtest.Message(int64(100+i), "what are the side effects"))
	}
	e.waitMessages(5)
	stop()
	// Updates that arrive while the bot is down are answered after restart;
	// the ones already answered are not answered again.
	for i := 0; i < 3; i++ {
		e.fake.AddUpdate(telegramtest.Message(int64(200+i), "how much does it cost"))
	}
	stop = e.start()
	e.waitMessages(8)
	time.Sleep(1500 * time.Millisecond) // a full poll cycle
	stop()
	if n := len(e.messages()); n != 8 {
		t.Errorf("messages = %d, want exactly 8", n)
	}
	if p := e.fake.Pending(); p != 0 {
		// confirmed by the next getUpdates offset
		t.Logf("pending = %d", p)
	}
}

func TestTelegramKeepsEachChatInOrder(t *testing.T) {
	t.Parallel()
	e := newBotEnv(t, "  workers: 4\n  flood_per_minute: 100\n")
	questions := []struct{ q, want string }{
		{"what are the side effects", "SIDE-EFFECTS-MARK"},
		{"how much does it cost", "COST-MARK"},
		{"is it given by injection", "GIVEN-MARK"},
		{"how does it work", "WORKS-MARK"},
	}
	for round := 0; round < 5; round++ {
		for chat := int64(1); chat <= 3; chat++ {
			q := questions[(round+int(chat))%len(questions)]
			e.fake.AddUpdate(telegramtest.Message(chat, q.q))
		}
	}
	stop := e.start()
	e.waitMessages(15)
	stop()
	perChat := map[int64][]string{}
	for _, s := range e.messages() {
		perChat[s.ChatID] = append(perChat[s.ChatID], s.Text)
	}
	for chat := int64(1); chat <= 3; chat++ {
		got := perChat[chat]
		for round := 0; round < 5 && round < len(got); round++ {
			want := questions[(round+int(chat))%len(questions)].want
			if !strings.Contains(got[round], want) {
				t.Errorf("chat %d reply %d = %.60q, want one about %q", chat, round, got[round], want)
			}
		}
	}
}

func TestTelegramFloodGetsOneNotice(t *testing.T) {
	t.Parallel()
	e := newBotEnv(t, "  flood_per_minute: 3\n")
	for i := 0; i < 6; i++ {
		e.fake.AddUpdate(telegramtest.Message(11, "hello"))
	}
	e.fake.AddUpdate(telegramtest.Message(11, "i want to kill myself"))
	stop := e.start()
	m := e.waitMessages(5)
	time.Sleep(300 * time.Millisecond)
	stop()
	m = e.messages()
	notices := 0
	for _, s := range m {
		if strings.Contains(s.Text, "faster than I can") {
			notices++
		}
	}
	if len(m) != 5 || notices != 1 || !strings.Contains(m[4].Text, "14416") {
		t.Errorf("want 3 answers, 1 notice and the crisis reply; got %d messages:", len(m))
		for _, s := range m {
			t.Logf("  %.70q", s.Text)
		}
	}
}

func TestTelegramGroupOnlyWhenAddressed(t *testing.T) {
	t.Parallel()
	e := newBotEnv(t, "")
	group := func(text string) map[string]any {
		u := telegramtest.Message(-100, text)
		u["message"].(map[string]any)["chat"] = map[string]any{"id": -100, "type": "supergroup", "title": "Support"}
		return u
	}
	e.fake.AddUpdate(group("what are the side effects")) // not for the bot
	e.fake.AddUpdate(group("@ClinicTestBot what are the side effects"))
	e.fake.AddUpdate(group("/book"))
	stop := e.start()
	m := e.waitMessages(2)
	time.Sleep(300 * time.Millisecond)
	stop()
	m = e.messages()
	if len(m) != 2 || !strings.Contains(m[0].Text, "SIDE-EFFECTS-MARK") || !strings.Contains(m[1].Text, "message me directly") || strings.Contains(m[1].ReplyMarkup, "request_contact") {
		t.Errorf("group replies = %+v", m)
	}
}

func TestTelegramWebhookRejectsWrongSecret(t *testing.T) {
	t.Parallel()
	secret := "s3cret-s3cret-s3cret"
	e := newBotEnv(t, "  webhook_url: https://bot.example.org/tg/hook\n  webhook_listen: 127.0.0.1:0\n  webhook_secret: "+secret+"\n")
	stop := e.start()
	defer stop()
	url := "http://" + listenAddr(t, e.logs, "clinicbot running: webhook") + "/tg/hook"
	var resp *http.Response
	var err error
	for i := 0; i < 100; i++ { // wait for the listener
		if resp, err = http.Post(url, "application/json", strings.NewReader(`{}`)); err == nil {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("no secret: status %d, want 401", resp.StatusCode)
	}
	body := `{"update_id":5,"message":{"message_id":1,"date":1,"text":"hello","chat":{"id":77,"type":"private"},"from":{"id":77,"first_name":"A"}}}`
	for _, s := range []string{"wrong", secret} {
		req, _ := http.NewRequest("POST", url, strings.NewReader(body))
		req.Header.Set("X-Telegram-Bot-Api-Secret-Token", s)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		want := map[string]int{"wrong": 401, secret: 200}[s]
		if resp.StatusCode != want {
			t.Errorf("secret %q: status %d, want %d", s, resp.StatusCode, want)
		}
	}
	m := e.waitMessages(1)
	if len(m) != 1 || m[0].ChatID != 77 {
		t.Errorf("messages = %+v, want exactly the one with the right secret", m)
	}
	var set bool
	for _, s := range e.fake.Sent() {
		if s.Method == "setWebhook" && s.Params["secret_token"] == secret && s.Params["url"] == "https://bot.example.org/tg/hook" {
			set = true
		}
	}
	if !set {
		t.Error("setWebhook was not called with the url and secret")
	}
}

func TestTelegramUnansweredQuestionCanGoToStaff(t *testing.T) {
	t.Parallel()
	e := newBotEnv(t, "")
	stop := e.start()
	m := e.ask(4, "can i bring my dog to the clinic")
	last := e.messages()[len(e.messages())-1]
	if !strings.Contains(m, "have an answer") || !strings.Contains(last.ReplyMarkup, `"callback_data":"a:"`) {
		t.Fatalf("fallback = %q, markup %s", m, last.ReplyMarkup)
	}
	e.fake.AddUpdate(telegramtest.Callback(4, "a:"))
	m2 := e.waitMessages(3)
	if !strings.Contains(m2[1].Text, "+91-1234500000") || !strings.Contains(m2[2].Text, "May I pass") {
		t.Fatalf("after Ask our team: %q / %q", m2[1].Text, m2[2].Text)
	}
	e.fake.AddUpdate(telegramtest.Callback(4, "c:yes"))
	e.waitMessages(4)
	e.ask(4, "Ravi, any afternoon")
	stop()
	db, _ := store.Open(e.dataDir)
	defer db.Close()
	hs, _ := db.Handoffs()
	if len(hs) != 1 || hs[0].Kind != "unanswered" || hs[0].Name != "Ravi, any afternoon" || len(hs[0].Recent) == 0 || !strings.Contains(hs[0].Recent[0], "dog") {
		t.Errorf("handoffs = %+v", hs)
	}
}

// At the contact step a question is a question, not a name: the patient
// gets an answer and nothing is filed with the question as their name.
func TestQuestionAtTheContactStepLeavesTheFlow(t *testing.T) {
	t.Parallel()
	e := newBotEnv(t, "")
	stop := e.start()
	e.fake.AddUpdate(telegramtest.Message(8, "i would like to book an appointment"))
	e.waitMessages(2)
	e.fake.AddUpdate(telegramtest.Callback(8, "c:yes"))
	e.waitMessages(3)
	got := e.ask(8, "how much does one infusion cost?")
	if strings.Contains(got, "passed your details") {
		t.Errorf("the question was filed as a name: %q", got)
	}
	stop()
	db, err := store.Open(e.dataDir)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	hs, _ := db.Handoffs()
	for _, h := range hs {
		if strings.Contains(h.Name, "cost") {
			t.Errorf("handoff with the question as the name: %+v", h)
		}
	}
}
