package store

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/mindbraintms/clinicbot/internal/clinicbot"
)

func open(t *testing.T, dir string) *DB {
	t.Helper()
	db, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	return db
}

func TestOffsetAndHandledSurviveReopen(t *testing.T) {
	dir := t.TempDir()
	db := open(t, dir)
	if off, _ := db.Offset(); off != 0 {
		t.Fatalf("new store offset = %d", off)
	}
	db.MarkHandled(10)
	db.MarkHandled(11)
	db.SetOffset(11) // 10 is now covered by the offset; 11 is still marked
	db.MarkHandled(12)
	db.Close()

	db = open(t, dir)
	defer db.Close()
	if off, _ := db.Offset(); off != 11 {
		t.Errorf("offset = %d, want 11", off)
	}
	for id, want := range map[int]bool{10: true, 11: true, 12: true, 13: false} { // 10: below the offset
		if got, _ := db.Handled(id); got != want {
			t.Errorf("Handled(%d) = %v, want %v", id, got, want)
		}
	}
}

func TestTornJournalRecordIsIgnored(t *testing.T) {
	dir := t.TempDir()
	db := open(t, dir)
	db.MarkHandled(7)
	db.Close()
	f, _ := os.OpenFile(filepath.Join(dir, "handled.log"), os.O_APPEND|os.O_WRONLY, 0)
	f.Write([]byte{0, 0, 1}) // a write cut short by a crash
	f.Close()
	db = open(t, dir)
	defer db.Close()
	if ok, _ := db.Handled(7); !ok {
		t.Error("mark before the torn record was lost")
	}
}

func TestSecondProcessFailsFast(t *testing.T) {
	dir := t.TempDir()
	db := open(t, dir)
	defer db.Close()
	start := time.Now()
	_, err := Open(dir)
	if !errors.Is(err, ErrLocked) {
		t.Errorf("err = %v, want ErrLocked", err)
	}
	if time.Since(start) > 3*time.Second {
		t.Error("a locked store must fail fast")
	}
}

func TestHandoffsAndForget(t *testing.T) {
	db := open(t, t.TempDir())
	defer db.Close()
	a, err := db.AddHandoff(clinicbot.Handoff{Kind: clinicbot.HandoffCrisis, ChatID: "1", Recent: []string{"help"}})
	if err != nil || a.ID == "" || a.Status != clinicbot.HandoffPending {
		t.Fatalf("AddHandoff = %+v, %v", a, err)
	}
	db.AddHandoff(clinicbot.Handoff{Kind: clinicbot.HandoffAppointment, ChatID: "2", Phone: "+911"})
	db.AddHandoff(clinicbot.Handoff{Kind: clinicbot.HandoffPerson, ChatID: "1"})
	one := clinicbot.Patient{Channel: "telegram", ID: "1"}
	db.SaveChat(one.Key(), clinicbot.ChatState{Name: "Asha", Recent: []string{"hi"}})
	db.AddHandoff(clinicbot.Handoff{Kind: clinicbot.HandoffPerson, Channel: "web", ChatID: "1"}) // another channel's patient 1

	n, err := db.Forget(one)
	if err != nil || n != 3 {
		t.Errorf("Forget = %d, %v; want 3 records", n, err)
	}
	hs, _ := db.Handoffs()
	if len(hs) != 2 || hs[0].ChatID != "2" || hs[1].Channel != "web" {
		t.Errorf("handoffs left = %+v", hs)
	}
	if st, _ := db.Chat(one.Key()); st.Name != "" || len(st.Recent) != 0 {
		t.Errorf("chat 1 still stored: %+v", st)
	}
}

func TestPurgeRemovesOldTextsFromTheFile(t *testing.T) {
	dir := t.TempDir()
	db := open(t, dir)
	old := time.Now().Add(-40 * 24 * time.Hour)
	db.SaveChat("1", clinicbot.ChatState{Recent: []string{"old-secret-text"}, Updated: old})
	db.AddHandoff(clinicbot.Handoff{Kind: clinicbot.HandoffCrisis, ChatID: "1", Recent: []string{"old-secret-text"}, Phone: "+910000000001", Created: old, Status: clinicbot.HandoffSent})
	// Pending (no Slack configured) does not keep a name and phone forever.
	db.AddHandoff(clinicbot.Handoff{Kind: clinicbot.HandoffAppointment, ChatID: "1", Name: "old-secret-name", Phone: "+910000000002", Created: old})
	db.RecordQuestion(clinicbot.Question{ChatID: "1", Text: "old-secret-text", At: old})
	db.Send(clinicbot.Patient{Channel: "telegram", ID: "1"}, []clinicbot.Outbound{{Text: "old-secret-reply"}}, old)
	db.SaveChat("2", clinicbot.ChatState{Recent: []string{"fresh-text"}, Updated: time.Now()})
	db.AddHandoff(clinicbot.Handoff{Kind: clinicbot.HandoffAppointment, ChatID: "2", Phone: "+910000000003", Created: time.Now()})
	n, err := db.Purge(time.Now().Add(-30 * 24 * time.Hour))
	if err != nil || n != 5 {
		t.Fatalf("Purge = %d, %v; want 5 records", n, err)
	}
	hs, _ := db.Handoffs()
	if len(hs) != 1 || hs[0].Phone != "+910000000003" {
		t.Errorf("handoffs left = %+v, want only the recent one", hs)
	}
	db.Close()
	data, _ := os.ReadFile(filepath.Join(dir, "clinicbot.db"))
	for _, s := range []string{"old-secret-text", "+910000000001", "old-secret-name", "+910000000002", "old-secret-reply"} {
		if strings.Contains(string(data), s) {
			t.Errorf("%q is still in the store file after the purge", s)
		}
	}
	if !strings.Contains(string(data), "fresh-text") {
		t.Error("recent data was purged too")
	}
}

// Closing an older handoff must not take the patient out of the staff
// conversation they are in on another one.
func TestEndRelayEndsOnlyThatConversation(t *testing.T) {
	db, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	p := clinicbot.Patient{Channel: "telegram", ID: "42"}
	if err := db.SetRelay(p, "7"); err != nil {
		t.Fatal(err)
	}
	if ended, err := db.EndRelay(p, "3"); err != nil || ended {
		t.Fatalf("EndRelay(older handoff) = %v, %v; want false", ended, err)
	}
	if st, _ := db.Chat(p.Key()); st.Relay != "7" {
		t.Fatalf("relay = %q after closing another handoff, want 7", st.Relay)
	}
	if ended, err := db.EndRelay(p, "7"); err != nil || !ended {
		t.Fatalf("EndRelay(its handoff) = %v, %v; want true", ended, err)
	}
	if st, _ := db.Chat(p.Key()); st.Relay != "" {
		t.Errorf("relay = %q after closing it, want none", st.Relay)
	}
}

// A store written before patients were addressed by channel keeps its
// conversations and questions, now under "telegram:<id>", and /forget
// still erases all of them.
func TestOpenMigratesTelegramOnlyKeys(t *testing.T) {
	dir := t.TempDir()
	db := open(t, dir)
	db.SaveChat("77", clinicbot.ChatState{Name: "Old Asha", Flow: "time"})
	db.RecordQuestion(clinicbot.Question{ChatID: "77", Text: "old question", At: time.Now()})
	db.AddHandoff(clinicbot.Handoff{Kind: clinicbot.HandoffAppointment, ChatID: "77"})
	db.Close()

	db = open(t, dir)
	defer db.Close()
	p := clinicbot.Patient{Channel: "telegram", ID: "77"}
	if st, _ := db.Chat(p.Key()); st.Name != "Old Asha" || st.Flow != "time" {
		t.Fatalf("migrated conversation = %+v", st)
	}
	if st, _ := db.Chat("77"); st.Name != "" {
		t.Errorf("old key still there: %+v", st)
	}
	if n, err := db.Forget(p); err != nil || n != 3 {
		t.Errorf("Forget = %d, %v; want the conversation, the question and the handoff", n, err)
	}
	if qs, _ := db.Questions(time.Time{}); len(qs) != 0 {
		t.Errorf("questions left: %+v", qs)
	}
}

// A data_dir created by hand with loose permissions is closed to other
// users when the store opens it (issue 12, item 18).
func TestOpenRestrictsALooseDataDir(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	os.Chmod(dir, 0o755)
	db := open(t, dir)
	db.Close()
	st, _ := os.Stat(dir)
	if st.Mode().Perm() != 0o700 {
		t.Errorf("data_dir mode = %04o, want 0700", st.Mode().Perm())
	}
}

// BenchmarkOutboxAt100k reads what the Slack sender needs once a second,
// with 100,000 delivered handoffs kept and 10 pending.
func BenchmarkOutboxAt100k(b *testing.B) {
	db, err := Open(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	fill100k(b, db)
	for i := 0; i < 10; i++ {
		db.AddHandoff(clinicbot.Handoff{Kind: clinicbot.HandoffAppointment})
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if due, _, _, err := db.Outbox(); err != nil || len(due) != 10 {
			b.Fatal(len(due), err)
		}
	}
}

// fill100k stores 100,000 delivered handoffs.
func fill100k(b *testing.B, db *DB) {
	err := db.update(func(tx *bolt.Tx) error {
		hs := tx.Bucket(bucketHandoffs)
		for i := 0; i < 100000; i++ {
			seq, _ := hs.NextSequence()
			h := clinicbot.Handoff{ID: strconv.FormatUint(seq, 10), Kind: clinicbot.HandoffAppointment, Status: clinicbot.HandoffSent, Name: "Asha", Recent: []string{"some text"}}
			data, _ := json.Marshal(h)
			if err := hs.Put(u64(seq), data); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
}

// In webhook mode no polling offset advances: the journal of handled
// updates must stay bounded (issue 12, item 11) and still answer for the
// updates it folded away.
func TestJournalStaysBoundedWithoutOffsets(t *testing.T) {
	dir := t.TempDir()
	db := open(t, dir)
	defer db.Close()
	for id := 1; id <= 3*journalKept; id++ {
		if err := db.MarkHandled(id); err != nil {
			t.Fatal(err)
		}
	}
	if n := len(db.journal.ids); n > 2*journalKept {
		t.Errorf("journal holds %d marks, want at most %d", n, 2*journalKept)
	}
	st, _ := os.Stat(filepath.Join(dir, "handled.log"))
	if st.Size() > 8*2*journalKept+8 {
		t.Errorf("handled.log is %d bytes", st.Size())
	}
	for _, id := range []int{1, journalKept, 3 * journalKept} {
		if ok, _ := db.Handled(id); !ok {
			t.Errorf("update %d no longer counts as handled", id)
		}
	}
	if ok, _ := db.Handled(3*journalKept + 1); ok {
		t.Error("a new update counts as handled")
	}
}

// The store keeps bbolt's own sync policy: each commit flushes its data
// pages before its meta page, so a power cut leaves the last good commit
// rather than a torn file (issue 12, item 6).
func TestCommitsAreFlushedInOrder(t *testing.T) {
	db := open(t, t.TempDir())
	defer db.Close()
	if db.db.NoSync {
		t.Error("the store runs with NoSync: a power cut can tear the file")
	}
}

// A staff member's claim (SetRelay) landing while the patient's message is
// saved is never lost: each read-change-write is one transaction.
func TestStaffClaimIsNotLostToAConcurrentSave(t *testing.T) {
	db := open(t, t.TempDir())
	defer db.Close()
	for round := 0; round < 30; round++ {
		p := clinicbot.Patient{Channel: "telegram", ID: strconv.Itoa(round)}
		done := make(chan struct{})
		go func() {
			defer close(done)
			for i := 0; i < 20; i++ {
				db.SaveChatKeepRelay(p.Key(), clinicbot.ChatState{Name: "Asha", Recent: []string{strconv.Itoa(i)}})
			}
		}()
		if err := db.SetRelay(p, "7"); err != nil {
			t.Fatal(err)
		}
		<-done
		if st, _ := db.Chat(p.Key()); st.Relay != "7" || st.Name != "Asha" {
			t.Fatalf("round %d: state = %+v, want the claim kept", round, st)
		}
	}
}
