// Package store keeps what must survive a restart in one bbolt file: the
// Telegram update offset and the updates already handled, each chat's
// conversation state, and the handoff outbox. A DB is safe for concurrent use.
package store

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/mindbraintms/clinicbot/internal/clinicbot"
)

var (
	bucketMeta      = []byte("meta")
	bucketChats     = []byte("chats")
	bucketHandoffs  = []byte("handoffs")
	bucketQuestions = []byte("questions")
	// bucketDue indexes the pending handoffs (key: the handoff's key), so
	// the Slack outbox reads what is due, not every record ever kept.
	bucketDue = []byte("handoffs_due")
	keyOffset = []byte("telegram_offset")
)

// ErrNotFound means the record does not exist (any more).
var ErrNotFound = errors.New("not found")

// ErrLocked means another clinicbot process has the store open.
var ErrLocked = errors.New("the store is in use by another clinicbot process")

// DB is the embedded store.
type DB struct {
	mu sync.RWMutex // swapping the file (the end of a compaction) excludes everyone
	// compactions run one at a time; asked and done count requests so one
	// compaction serves every deletion committed before it started.
	compactMu sync.Mutex
	asked     atomic.Uint64
	done      uint64
	// paused is how long the last compaction held every other call back.
	paused atomic.Int64
	// copied runs between a compaction's copy and its catch-up (tests).
	copied  func()
	db      *bolt.DB
	journal *journal // updates handled since the stored offset
	// broken is set when the file could not be reopened after a compaction:
	// every call then fails, and Check says why.
	broken error
	rename func(oldpath, newpath string) error // os.Rename; tests make it fail
}

// Exists reports whether dir holds a store file (a command that only reads
// must not create one).
func Exists(dir string) bool {
	_, err := os.Stat(filepath.Join(dir, "clinicbot.db"))
	return err == nil
}

// Open opens (creating if needed) the store file in dir. It fails within a
// second, with ErrLocked, when another process holds the file.
func Open(dir string) (*DB, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("create data_dir %q: %w", dir, err)
	}
	// Health data: a data_dir that already existed with looser permissions
	// is closed to other users.
	if st, err := os.Stat(dir); err == nil && st.Mode().Perm()&0o077 != 0 {
		if err := os.Chmod(dir, st.Mode().Perm()&0o700); err != nil {
			return nil, fmt.Errorf("data_dir %q is readable by other users and cannot be restricted (chmod 700 it): %w", dir, err)
		}
	}
	path := filepath.Join(dir, "clinicbot.db")
	if err := checkFile(path); err != nil {
		return nil, err
	}
	// bbolt's own sync policy: every commit flushes its data pages, then
	// its meta page, so a power cut leaves the last good commit, never a
	// torn file. Small writes from many chats share one commit (Batch).
	db, err := bolt.Open(path, 0o600, boltOptions)
	if errors.Is(err, bolt.ErrTimeout) {
		return nil, fmt.Errorf("open %s: %w", path, ErrLocked)
	}
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		for _, b := range [][]byte{bucketMeta, bucketChats, bucketHandoffs, bucketQuestions, bucketSeen, bucketRelays, bucketOutgoing} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		if tx.Bucket(bucketDue) == nil {
			if err := indexDue(tx); err != nil {
				return err
			}
		}
		return migrate(tx)
	})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("init %s: %w", path, err)
	}
	db.MaxBatchDelay = batchDelay
	d := &DB{db: db, rename: os.Rename}
	off, err := d.Offset()
	if err != nil {
		db.Close()
		return nil, err
	}
	if d.journal, err = openJournal(filepath.Join(dir, "handled.log"), off); err != nil {
		db.Close()
		return nil, err
	}
	return d, nil
}

// Close closes the files.
func (d *DB) Close() error {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.db == nil {
		return d.journal.close()
	}
	return errors.Join(d.journal.close(), d.db.Close())
}

// Offset returns the next Telegram update id to ask for (0 at first start).
func (d *DB) Offset() (int, error) {
	var off int
	err := d.view(func(tx *bolt.Tx) error {
		if v := tx.Bucket(bucketMeta).Get(keyOffset); v != nil {
			off = int(binary.BigEndian.Uint64(v))
		}
		return nil
	})
	return off, err
}

// SetOffset records that every update below off is handled, and forgets
// the individual marks below it. It is on disk when SetOffset returns.
func (d *DB) SetOffset(off int) error {
	err := d.durable(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketMeta).Put(keyOffset, u64(uint64(off)))
	})
	if err != nil {
		return err
	}
	return d.journal.prune(off)
}

// Handled reports whether update id was already handled (it may come again
// after a restart or a Telegram redelivery): it is below the offset, or
// marked.
func (d *DB) Handled(id int) (bool, error) { return d.journal.has(id), nil }

// journalKept is how many marks the journal keeps in webhook mode, where
// no polling offset advances: past twice as many, the oldest are folded
// into the offset (updates that old are not redelivered).
const journalKept = 10000

// MarkHandled records that update id was handled, with one small append
// to a journal file: it takes microseconds and survives the process being
// killed right after (a power cut may forget the last marks, and those
// patients would get their answer twice). The journal stays bounded.
func (d *DB) MarkHandled(id int) error {
	if err := d.journal.add(id); err != nil {
		return err
	}
	if off, ok := d.journal.fold(journalKept); ok {
		return d.SetOffset(off)
	}
	return nil
}

// Chat returns the state of a conversation, by its patient's key
// (Patient.Key), or the zero state when there is none.
func (d *DB) Chat(chatID string) (clinicbot.ChatState, error) {
	var st clinicbot.ChatState
	err := d.view(func(tx *bolt.Tx) error {
		if v := tx.Bucket(bucketChats).Get([]byte(chatID)); v != nil {
			return json.Unmarshal(v, &st)
		}
		return nil
	})
	if err != nil {
		return st, fmt.Errorf("read chat: %w", err)
	}
	return st, nil
}

// SaveChat stores the state of a chat.
func (d *DB) SaveChat(chatID string, st clinicbot.ChatState) error {
	return d.UpdateChat(chatID, func(cur *clinicbot.ChatState) { *cur = st })
}

// SaveChatKeepRelay stores the state of a chat but keeps the stored Relay:
// staff may have started or ended a conversation with the patient while
// their message was being answered. Read and write are one transaction.
func (d *DB) SaveChatKeepRelay(chatID string, st clinicbot.ChatState) error {
	return d.UpdateChat(chatID, func(cur *clinicbot.ChatState) {
		relay := cur.Relay
		*cur = st
		cur.Relay = relay
	})
}

// UpdateChat changes the state of a chat with fn, read and written in one
// transaction, so concurrent changes (the patient's message, a staff
// member's claim) never overwrite each other.
func (d *DB) UpdateChat(chatID string, fn func(*clinicbot.ChatState)) error {
	return d.update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketChats)
		var st clinicbot.ChatState
		if v := b.Get([]byte(chatID)); v != nil {
			if err := json.Unmarshal(v, &st); err != nil {
				return fmt.Errorf("read chat: %w", err)
			}
		}
		fn(&st)
		data, err := json.Marshal(st)
		if err != nil {
			return fmt.Errorf("encode chat: %w", err)
		}
		return b.Put([]byte(chatID), data)
	})
}

// AddHandoff stores a new pending handoff and returns it with its id. It
// is on disk when AddHandoff returns.
func (d *DB) AddHandoff(h clinicbot.Handoff) (clinicbot.Handoff, error) {
	err := d.durable(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketHandoffs)
		seq, err := b.NextSequence()
		if err != nil {
			return err
		}
		h.ID = strconv.FormatUint(seq, 10)
		if h.Status == "" {
			h.Status = clinicbot.HandoffPending
		}
		data, err := json.Marshal(h)
		if err != nil {
			return err
		}
		if err := b.Put(u64(seq), data); err != nil {
			return err
		}
		return markDue(tx, u64(seq), h.Status == clinicbot.HandoffPending)
	})
	if err != nil {
		return h, fmt.Errorf("store handoff: %w", err)
	}
	return h, nil
}

// SaveHandoff replaces a stored handoff (delivery state). It is on disk
// when SaveHandoff returns.
func (d *DB) SaveHandoff(h clinicbot.Handoff) error {
	seq, err := strconv.ParseUint(h.ID, 10, 64)
	if err != nil {
		return fmt.Errorf("handoff id %q: %w", h.ID, err)
	}
	data, err := json.Marshal(h)
	if err != nil {
		return fmt.Errorf("encode handoff: %w", err)
	}
	return d.durable(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketHandoffs)
		if b.Get(u64(seq)) == nil {
			return fmt.Errorf("handoff %s: %w", h.ID, ErrNotFound) // erased by /forget meanwhile
		}
		if err := b.Put(u64(seq), data); err != nil {
			return err
		}
		return markDue(tx, u64(seq), h.Status == clinicbot.HandoffPending)
	})
}

// Pending returns the handoffs not yet delivered, oldest first.
func (d *DB) Pending() ([]clinicbot.Handoff, error) {
	due, _, _, err := d.Outbox()
	return due, err
}

// Outbox returns what the staff-channel sender needs: the pending
// handoffs, oldest first, read through their index; the handoffs they are
// threaded under (by id); and how many records could not be read (skipped:
// one bad record never stops the others, crisis alerts among them).
func (d *DB) Outbox() (due []clinicbot.Handoff, parents map[string]clinicbot.Handoff, bad int, err error) {
	parents = map[string]clinicbot.Handoff{}
	err = d.view(func(tx *bolt.Tx) error {
		hs := tx.Bucket(bucketHandoffs)
		read := func(k []byte) (clinicbot.Handoff, bool) {
			var h clinicbot.Handoff
			v := hs.Get(k)
			if v == nil {
				return h, false
			}
			if json.Unmarshal(v, &h) != nil {
				bad++
				return h, false
			}
			return h, true
		}
		return tx.Bucket(bucketDue).ForEach(func(k, _ []byte) error {
			h, ok := read(k)
			if !ok || h.Status != clinicbot.HandoffPending {
				return nil
			}
			due = append(due, h)
			if h.ParentID != "" {
				if _, seen := parents[h.ParentID]; !seen {
					if id, err := strconv.ParseUint(h.ParentID, 10, 64); err == nil {
						if p, ok := read(u64(id)); ok {
							parents[p.ID] = p
						}
					}
				}
			}
			return nil
		})
	})
	if err != nil {
		return nil, nil, bad, fmt.Errorf("read outbox: %w", err)
	}
	return due, parents, bad, nil
}

// Handoffs returns all stored handoffs, oldest first; a record that
// cannot be read is skipped.
func (d *DB) Handoffs() ([]clinicbot.Handoff, error) {
	var out []clinicbot.Handoff
	err := d.view(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketHandoffs).ForEach(func(_, v []byte) error {
			var h clinicbot.Handoff
			if json.Unmarshal(v, &h) == nil {
				out = append(out, h)
			}
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("read handoffs: %w", err)
	}
	return out, nil
}

// markDue adds a handoff's key to the index of pending ones, or removes it.
func markDue(tx *bolt.Tx, key []byte, due bool) error {
	if due {
		return tx.Bucket(bucketDue).Put(key, nil)
	}
	return tx.Bucket(bucketDue).Delete(key)
}

// indexDue builds the index of pending handoffs (a store made before it).
func indexDue(tx *bolt.Tx) error {
	due, err := tx.CreateBucket(bucketDue)
	if err != nil {
		return err
	}
	return tx.Bucket(bucketHandoffs).ForEach(func(k, v []byte) error {
		var h clinicbot.Handoff
		if json.Unmarshal(v, &h) == nil && h.Status == clinicbot.HandoffPending {
			return due.Put(append([]byte(nil), k...), nil)
		}
		return nil
	})
}

// pruneDue drops index entries whose handoff is gone (after deletions).
func pruneDue(tx *bolt.Tx) error {
	hs, due := tx.Bucket(bucketHandoffs), tx.Bucket(bucketDue)
	var gone [][]byte
	due.ForEach(func(k, _ []byte) error {
		if hs.Get(k) == nil {
			gone = append(gone, append([]byte(nil), k...))
		}
		return nil
	})
	for _, k := range gone {
		if err := due.Delete(k); err != nil {
			return err
		}
	}
	return nil
}

// Forget deletes everything stored about a patient: the conversation's
// state, its handoffs, staff messages and recorded questions. It returns
// how many records were deleted. Replies still on their way to the patient
// stay until delivered (the bot's own texts: a crisis reply queued just
// before /forget must still arrive).
func (d *DB) Forget(p clinicbot.Patient) (int, error) {
	n := 0
	key := p.Key()
	err := d.durable(func(tx *bolt.Tx) error {
		if tx.Bucket(bucketChats).Get([]byte(key)) != nil {
			n++
			if err := tx.Bucket(bucketChats).Delete([]byte(key)); err != nil {
				return err
			}
		}
		for _, del := range []struct {
			bucket []byte
			chat   func([]byte) string
		}{
			{bucketHandoffs, chatOf(func(h clinicbot.Handoff) string { return clinicbot.PatientOf(h.Channel, h.ChatID).Key() })},
			{bucketRelays, chatOf(func(r clinicbot.Relay) string { return clinicbot.PatientOf(r.Channel, r.ChatID).Key() })},
			{bucketQuestions, chatOf(func(q clinicbot.Question) string { return q.ChatID })},
		} {
			k, err := deleteWhere(tx.Bucket(del.bucket), func(v []byte) bool { return del.chat(v) == key })
			if err != nil {
				return err
			}
			n += k
		}
		return pruneDue(tx)
	})
	if err != nil {
		return n, fmt.Errorf("forget chat: %w", err)
	}
	if n > 0 {
		if err := d.compact(); err != nil {
			return n, fmt.Errorf("forget chat: %w", err)
		}
	}
	return n, nil
}

// migrate brings records written before patients were addressed by
// channel up to date: conversation states and recorded questions were
// keyed by the Telegram chat id alone, and become "telegram:<id>".
func migrate(tx *bolt.Tx) error {
	chats := tx.Bucket(bucketChats)
	var old [][]byte
	err := chats.ForEach(func(k, _ []byte) error {
		if !bytes.ContainsRune(k, ':') {
			old = append(old, append([]byte(nil), k...))
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, k := range old {
		v := append([]byte(nil), chats.Get(k)...)
		if err := chats.Put([]byte(clinicbot.PatientOf("", string(k)).Key()), v); err != nil {
			return err
		}
		if err := chats.Delete(k); err != nil {
			return err
		}
	}
	qs := tx.Bucket(bucketQuestions)
	type rewrite struct{ k, v []byte }
	var fix []rewrite
	err = qs.ForEach(func(k, v []byte) error {
		var q clinicbot.Question
		if json.Unmarshal(v, &q) != nil || q.ChatID == "" || strings.Contains(q.ChatID, ":") {
			return nil
		}
		q.ChatID = clinicbot.PatientOf("", q.ChatID).Key()
		data, err := json.Marshal(q)
		if err != nil {
			return err
		}
		fix = append(fix, rewrite{append([]byte(nil), k...), data})
		return nil
	})
	if err != nil {
		return err
	}
	for _, f := range fix {
		if err := qs.Put(f.k, f.v); err != nil {
			return err
		}
	}
	return nil
}

// batchDelay is how long a write waits for others to share its commit.
const batchDelay = time.Millisecond

// boltOptions open the store: bbolt's write ordering and fsync on every
// commit (NoSync off), and a fail-fast lock.
var boltOptions = &bolt.Options{Timeout: time.Second}

// durable commits fn in a transaction of its own: on disk when it returns.
func (d *DB) durable(fn func(*bolt.Tx) error) error {
	d.mu.RLock()
	defer d.mu.RUnlock()
	if d.broken != nil {
		return d.broken
	}
	return d.db.Update(fn)
}

func (d *DB) view(fn func(*bolt.Tx) error) error {
	d.mu.RLock()
	defer d.mu.RUnlock()
	if d.broken != nil {
		return d.broken
	}
	return d.db.View(fn)
}

// update commits fn, possibly in one transaction with other concurrent
// updates (bbolt's Batch: one fsync for many chats). fn may run twice, so
// it must only act on the transaction. On disk when it returns.
func (d *DB) update(fn func(*bolt.Tx) error) error {
	d.mu.RLock()
	defer d.mu.RUnlock()
	if d.broken != nil {
		return d.broken
	}
	return d.db.Batch(fn)
}

// Check reports whether the store can be used (for /healthz).
func (d *DB) Check() error {
	d.mu.RLock()
	defer d.mu.RUnlock()
	if d.broken != nil {
		return d.broken
	}
	return d.db.View(func(*bolt.Tx) error { return nil })
}

func u64(v uint64) []byte {
	b := make([]byte, 8)
	binary.BigEndian.PutUint64(b, v)
	return b
}

// chatOf decodes a JSON record of type T and returns its chat id.
func chatOf[T any](id func(T) string) func([]byte) string {
	return func(v []byte) string {
		var rec T
		if json.Unmarshal(v, &rec) != nil {
			return ""
		}
		return id(rec)
	}
}

// deleteWhere deletes the records of b whose value matches, and returns
// how many (keys are collected first: deleting while iterating skips).
func deleteWhere(b *bolt.Bucket, match func(v []byte) bool) (int, error) {
	var keys [][]byte
	err := b.ForEach(func(k, v []byte) error {
		if match(v) {
			keys = append(keys, append([]byte(nil), k...))
		}
		return nil
	})
	if err != nil {
		return 0, err
	}
	for _, k := range keys {
		if err := b.Delete(k); err != nil {
			return 0, err
		}
	}
	return len(keys), nil
}

// checkFile refuses a store file that bbolt would crash on: bbolt maps
// the file into memory, and a file cut short (a full disk, a bad copy)
// makes the first read past its end kill the process, which no recover
// catches. It reads the two meta pages and checks the file holds every
// page they promise. A missing file is fine (Open creates it).
func checkFile(path string) error {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("open %s: %w", path, err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return fmt.Errorf("open %s: %w", path, err)
	}
	if st.Size() == 0 {
		return nil // bbolt initialises an empty file
	}
	damaged := func(why string) error {
		return fmt.Errorf("store file %s is damaged (%s): stop the bot, move the file aside (mv %s %s.damaged) and start again; handoffs and chats in it are lost unless you restore a backup", path, why, path, path)
	}
	const metaPgid = 56 // page header (16) + magic, version, page size, flags (16) + root bucket (16) + freelist (8)
	head := make([]byte, 4096)
	if _, err := io.ReadFull(f, head[:64]); err != nil {
		return damaged("shorter than its header")
	}
	pageSize := int64(binary.LittleEndian.Uint32(head[24:28]))
	if binary.LittleEndian.Uint32(head[16:20]) != 0xED0CDAED || pageSize < 512 || pageSize > 1<<20 {
		return damaged("not a bbolt file")
	}
	if st.Size() < 2*pageSize {
		return damaged("shorter than its two meta pages")
	}
	var hwm uint64
	for _, at := range []int64{0, pageSize} {
		meta := make([]byte, 64)
		if _, err := f.ReadAt(meta, at); err != nil {
			return damaged("unreadable meta page")
		}
		if binary.LittleEndian.Uint32(meta[16:20]) != 0xED0CDAED {
			continue // one torn meta page is survivable: bbolt uses the other
		}
		hwm = max(hwm, binary.LittleEndian.Uint64(meta[metaPgid:metaPgid+8]))
	}
	if hwm == 0 {
		return damaged("both meta pages unreadable")
	}
	if int64(hwm)*pageSize > st.Size() {
		return damaged(fmt.Sprintf("it ends at %d bytes but its pages reach %d", st.Size(), int64(hwm)*pageSize))
	}
	return nil
}
