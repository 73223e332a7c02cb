package store

import (
	"errors"
	"testing"

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
