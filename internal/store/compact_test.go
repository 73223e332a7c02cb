package store

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mindbraintms/clinicbot/internal/clinicbot"
)

// A compaction whose rename fails (a full disk, a read-only folder) must
// leave the store working, not closed while /healthz says ok (issue 12,
// item 14).
func TestFailedCompactionKeepsTheStoreOpen(t *testing.T) {
	db, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	p := clinicbot.Patient{Channel: "telegram", ID: "1"}
	db.SaveChat(p.Key(), clinicbot.ChatState{Name: "Asha"})
	db.SaveChat("telegram:2", clinicbot.ChatState{Name: "Ravi"})
	db.rename = func(string, string) error { return errors.New("disk full") }
	if _, err := db.Forget(p); err == nil {
		t.Error("Forget hid the failed compaction")
	}
	if err := db.Check(); err != nil {
		t.Fatalf("Check after a failed compaction = %v, want the store usable", err)
	}
	if st, err := db.Chat("telegram:2"); err != nil || st.Name != "Ravi" {
		t.Errorf("Chat = %+v, %v; want the other patient's state", st, err)
	}
	if st, _ := db.Chat(p.Key()); st.Name != "" {
		t.Errorf("the forgotten chat is back: %+v", st)
	}
}

// /forget and the purge rewrite the file; other patients' writes must go
// on meanwhile and survive the swap (issue 12, item 14).
func TestWritesDuringACompactionAreNotHeldBackAndKept(t *testing.T) {
	dir := t.TempDir()
	db := open(t, dir)
	gone := clinicbot.Patient{Channel: "telegram", ID: "1"}
	db.SaveChat(gone.Key(), clinicbot.ChatState{Name: "secret-forgotten-name"})
	db.SaveChat("telegram:2", clinicbot.ChatState{Name: "Ravi"})
	queued, _ := db.Send(clinicbot.Patient{Channel: "telegram", ID: "2"}, []clinicbot.Outbound{{Text: "queued reply"}}, time.Now())
	first, _ := db.AddHandoff(clinicbot.Handoff{Kind: clinicbot.HandoffAppointment, ChatID: "2"})

	var during clinicbot.Handoff
	db.copied = func() {
		done := make(chan error, 1)
		go func() {
			var err error
			during, err = db.AddHandoff(clinicbot.Handoff{Kind: clinicbot.HandoffAppointment, ChatID: "3"})
			done <- errors.Join(err,
				db.SaveChat("telegram:2", clinicbot.ChatState{Name: "Ravi Kumar"}),
				db.SaveChat("telegram:3", clinicbot.ChatState{Name: "Meera"}),
				db.Delivered(queued[0].ID))
		}()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("write during the compaction: %v", err)
			}
		case <-time.After(5 * time.Second):
			t.Fatal("writes waited for the whole compaction")
		}
	}
	if _, err := db.Forget(gone); err != nil {
		t.Fatal(err)
	}
	db.copied = nil

	for key, want := range map[string]string{"telegram:2": "Ravi Kumar", "telegram:3": "Meera", gone.Key(): ""} {
		if st, _ := db.Chat(key); st.Name != want {
			t.Errorf("after the compaction %s is %q, want %q", key, st.Name, want)
		}
	}
	if left, _, _ := db.Outgoing("telegram"); len(left) != 0 {
		t.Errorf("a reply delivered during the compaction is queued again: %+v", left)
	}
	next, _ := db.AddHandoff(clinicbot.Handoff{Kind: clinicbot.HandoffAppointment, ChatID: "4"})
	if next.ID == during.ID || next.ID == first.ID {
		t.Errorf("handoff ids repeat after the compaction: %s, %s, then %s", first.ID, during.ID, next.ID)
	}
	db.Close()
	data, _ := os.ReadFile(filepath.Join(dir, "clinicbot.db"))
	if strings.Contains(string(data), "secret-forgotten-name") {
		t.Error("the forgotten name is still in the store file")
	}
}

// BenchmarkForgetAt100k forgets one patient beside 100,000 kept handoffs;
// pause-ms is how long every other call waited.
func BenchmarkForgetAt100k(b *testing.B) {
	db, err := Open(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	fill100k(b, db)
	var paused time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		p := clinicbot.Patient{Channel: "telegram", ID: "forget-me"}
		db.SaveChat(p.Key(), clinicbot.ChatState{Name: "Asha"})
		if n, err := db.Forget(p); err != nil || n != 1 {
			b.Fatal(n, err)
		}
		paused += time.Duration(db.paused.Load())
	}
	b.ReportMetric(float64(paused.Microseconds())/1000/float64(b.N), "pause-ms/op")
}
