package main

import (
	"bytes"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mindbraintms/clinicbot/internal/slack/fakeslack"
	"github.com/mindbraintms/clinicbot/internal/telegram/telegramtest"
)

// liveEnv is a bot serving a copy of the knowledge that the test edits;
// e.httpBase gives its HTTP endpoints' address once it runs.
func liveEnv(t *testing.T) (*botEnv, string) {
	t.Helper()
	kdir := filepath.Join(t.TempDir(), "knowledge")
	copyDir(t, "testdata/knowledge", kdir)
	e := newBotEnv(t, "  flood_per_minute: 1000\n")
	cfg := string(must(os.ReadFile(e.config)))
	cfg = strings.Replace(cfg, "knowledge_dir: testdata/knowledge", "knowledge_dir: "+kdir, 1)
	os.WriteFile(e.config, []byte(cfg), 0o600)
	return e, kdir
}

// ask sends a message and returns the reply text.
func (e *botEnv) ask(chat int64, text string) string {
	e.t.Helper()
	n := len(e.messages())
	e.fake.AddUpdate(telegramtest.Message(chat, text))
	return e.waitMessages(n + 1)[n].Text
}

func get(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

const yogaEntry = "---\nid: yoga\nquestion: Do you offer yoga classes?\nphrasings:\n  - is there yoga at the clinic\n  - yoga sessions\ntags: [yoga]\n---\nYes, yoga classes run on Saturdays.\n"

func TestHotReloadOnSaveRenameAndBrokenEdit(t *testing.T) {
	t.Parallel()
	e, kdir := liveEnv(t)
	stop := e.start()
	defer stop()
	base := e.httpBase()
	if got := e.ask(1, "do you offer yoga classes"); strings.Contains(got, "Saturdays") {
		t.Fatal("yoga answered before the entry exists")
	}

	// A plain save of a new file.
	os.WriteFile(filepath.Join(kdir, "entries", "yoga.md"), []byte(yogaEntry), 0o644)
	waitAnswer(t, e, "do you offer yoga classes", "Saturdays", 15*time.Second)

	// An editor's atomic save: write a temp file, rename it over the old one.
	tmp := filepath.Join(kdir, "entries", ".yoga.md.swp")
	os.WriteFile(tmp, []byte(strings.Replace(yogaEntry, "Saturdays", "Sundays", 1)), 0o644)
	os.Rename(tmp, filepath.Join(kdir, "entries", "yoga.md"))
	waitAnswer(t, e, "do you offer yoga classes", "Sundays", 15*time.Second)

	// A new sub-folder is watched too.
	os.MkdirAll(filepath.Join(kdir, "extra"), 0o755)
	time.Sleep(300 * time.Millisecond)
	taiChi := strings.NewReplacer("id: yoga", "id: tai-chi", "yoga", "tai chi", "Saturdays", "Mondays").Replace(yogaEntry)
	os.WriteFile(filepath.Join(kdir, "extra", "tai-chi.md"), []byte(taiChi), 0o644)
	waitAnswer(t, e, "tai chi sessions", "Mondays", 15*time.Second)

	// A broken edit: rejected, the last good knowledge keeps serving.
	os.WriteFile(filepath.Join(kdir, "entries", "yoga.md"), []byte("---\nid: yoga\nquestion: [broken\n---\n"), 0o644)
	// Wait until the reload has been tried and refused (building the
	// knowledge takes a moment on a busy machine).
	for deadline := time.Now().Add(10 * time.Second); ; {
		if _, m := get(t, base+"/metrics"); strings.Contains(m, `clinicbot_knowledge_reloads_total{result="failed"} 1`) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the broken edit was never tried")
		}
		time.Sleep(50 * time.Millisecond)
	}
	if got := e.ask(1, "do you offer yoga classes"); !strings.Contains(got, "Sundays") {
		t.Errorf("after a broken edit: %q, want the last good answer", got)
	}
	_, metrics := get(t, base+"/metrics")
	for _, want := range []string{`clinicbot_knowledge_reloads_total{result="failed"}`, `clinicbot_replies_total{kind="answer"}`, "clinicbot_reply_seconds_bucket", "clinicbot_match_confidence_bucket", `clinicbot_handoffs{status="pending"}`} {
		if !strings.Contains(metrics, want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
	if strings.Contains(metrics, `clinicbot_knowledge_reloads_total{result="ok"} 0`) || strings.Contains(metrics, `clinicbot_knowledge_reloads_total{result="failed"} 0`) {
		t.Errorf("reload counters did not count:\n%s", grepLines(metrics, "reloads"))
	}
	if code, body := get(t, base+"/healthz"); code != 200 || !strings.Contains(body, "ok") {
		t.Errorf("/healthz = %d %q", code, body)
	}
	_, logs := stop()
	if !strings.Contains(logs, "yoga.md:") || !strings.Contains(logs, "bad YAML") {
		t.Errorf("the broken file's line is not in the log:\n%s", logs)
	}
}

func waitAnswer(t *testing.T, e *botEnv, q, want string, within time.Duration) {
	t.Helper()
	deadline := time.Now().Add(within)
	for {
		got := e.ask(1, q)
		if strings.Contains(got, want) {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%q not answered with %q within %v; got %q", q, want, within, got)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func grepLines(s, sub string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, sub) {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

func TestForgetLeavesNoTraceInDataDir(t *testing.T) {
	t.Parallel()
	e := newBotEnv(t, "")
	stop := e.start()
	const marker, phone = "zebracrossing-4711", "+919811112222"
	e.ask(6, "i would like to book an appointment")
	e.fake.AddUpdate(telegramtest.Callback(6, "c:yes"))
	e.waitMessages(3)
	e.fake.AddUpdate(telegramtest.With(telegramtest.Message(6, ""), map[string]any{"contact": map[string]any{"phone_number": phone, "first_name": "Zed", "user_id": 6}}))
	e.waitMessages(4)
	e.ask(6, "evenings "+marker)
	e.ask(6, "what is the meaning of "+marker) // recorded as an unanswered question
	// Someone else's data must survive.
	e.ask(99, "i want to end my life, other-patient-text")
	if got := e.ask(6, "/forget"); !strings.Contains(got, "deleted") {
		t.Fatalf("/forget reply = %q", got)
	}
	stop()
	found := scanDir(t, e.dataDir, marker, phone, "9811112222")
	if len(found) > 0 {
		t.Errorf("after /forget the patient's data is still in: %v", found)
	}
	if len(scanDir(t, e.dataDir, "other-patient-text")) == 0 {
		t.Error("another patient's data was erased too")
	}
}

// scanDir returns the files under dir that contain any of the needles.
func scanDir(t *testing.T, dir string, needles ...string) []string {
	t.Helper()
	var found []string
	filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() {
			return nil
		}
		data, _ := os.ReadFile(p)
		for _, n := range needles {
			if bytes.Contains(data, []byte(n)) {
				found = append(found, filepath.Base(p)+": "+n)
			}
		}
		return nil
	})
	return found
}

func TestLogsCarryNoPatientText(t *testing.T) {
	t.Parallel()
	e := newBotEnv(t, "")
	stop := e.start()
	secrets := []string{"kiwi-secret-words", "+919833334444", "Zorblatt"}
	e.ask(12, "what is kiwi-secret-words")
	e.ask(12, "i want to kill myself kiwi-secret-words")
	e.ask(12, "i would like to book an appointment")
	e.fake.AddUpdate(telegramtest.Callback(12, "c:yes"))
	e.waitMessages(5)
	u := telegramtest.With(telegramtest.Message(12, ""), map[string]any{"contact": map[string]any{"phone_number": "+919833334444", "first_name": "Zorblatt", "user_id": 12}})
	e.fake.AddUpdate(u)
	e.waitMessages(6)
	e.ask(12, "mornings kiwi-secret-words")
	_, logs := stop()
	for _, s := range append(secrets, testToken, "12 ") {
		if strings.Contains(logs, s) && s != "12 " {
			t.Errorf("log carries %q", s)
		}
	}
	if !strings.Contains(logs, "handoff stored") {
		t.Errorf("expected handoff log lines:\n%s", logs)
	}
}

func TestReportShowsWhatTheKnowledgeLacks(t *testing.T) {
	t.Parallel()
	e := newBotEnv(t, "")
	stop := e.start()
	e.ask(20, "Do you do yoga?")
	e.ask(21, "do you do yoga")
	e.ask(22, "is there wifi at the clinic")
	e.ask(23, "i want to end my life")
	stop()
	out, _, err := runCmd(t, "", map[string]string{}, "report", "-config", e.config, "-days", "7")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`2 × "do you do yoga"`, `"is there wifi at the clinic"`, "1 CRISES"} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
}

func TestBrokenEditIsReportedToSlackOnce(t *testing.T) {
	t.Parallel()
	sl := fakeslack.New(slackToken, "C0STAFF")
	defer sl.Close()
	e, kdir := liveEnv(t)
	os.WriteFile(e.config, append(must(os.ReadFile(e.config)), slackConfig(sl, slackToken)...), 0o600)
	stop := e.start()
	defer stop()
	e.ask(1, "hello") // running
	broken := filepath.Join(kdir, "entries", "cost.md")
	os.WriteFile(broken, []byte("---\nid: cost\nquestion: How much?\ncolour: red\n---\nCall us.\n"), 0o644)
	waitPosts(t, sl, 1, 5*time.Second)
	os.WriteFile(broken, []byte("---\nid: cost\nquestion: How much?\ncolour: red\n---\nCall us!\n"), 0o644) // same problem again
	time.Sleep(800 * time.Millisecond)
	posts := sl.Posts()
	if len(posts) != 1 || !strings.Contains(posts[0].Text, "cost.md:4: unknown key") || !strings.Contains(posts[0].Text, "rejected") {
		t.Errorf("Slack notices = %+v, want one naming the file and line", posts)
	}
	if got := e.ask(1, "how much does it cost"); !strings.Contains(got, "COST-MARK") {
		t.Errorf("the last good cost answer is not served: %q", got)
	}
}

// While the bot runs, names, phones and patients' questions are served only
// on the admin socket under data_dir (mode 0600), which `clinicbot
// handoffs` and `report` use; nothing personal answers on http_listen
// (issue 12, item 1).
func TestPersonalDataOnlyOnTheAdminSocket(t *testing.T) {
	t.Parallel()
	e, _ := liveEnv(t)
	stop := e.start()
	defer stop()
	base := e.httpBase()
	e.ask(31, "/book")
	e.waitMessages(2)
	e.fake.AddUpdate(telegramtest.Callback(31, "c:yes"))
	e.waitMessages(3)
	e.ask(31, "Secret Name at 5pm")
	for _, path := range []string{"/admin/handoffs", "/admin/report?days=7", "/admin/handoffs?status=pending"} {
		code, body := get(t, base+path)
		if code == http.StatusOK || strings.Contains(body, "Secret Name") {
			t.Errorf("GET %s on http_listen = %d %q, want no personal data", path, code, body)
		}
	}
	sock := filepath.Join(e.dataDir, "admin.sock")
	st, err := os.Stat(sock)
	if err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("admin socket: %v, mode %v; want 0600", err, st)
	}
	out, _, err := runCmd(t, "", map[string]string{}, "handoffs", "-config", e.config)
	if err != nil || !strings.Contains(out, "Secret Name at 5pm") {
		t.Errorf("handoffs while the bot runs = %v:\n%s", err, out)
	}
}
