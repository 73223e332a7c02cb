package store

import (
	"encoding/json"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/mindbraintms/clinicbot/internal/clinicbot"
)

// RecordQuestion keeps a question the knowledge answered badly, for the
// admins' report (purged after the retention period, erased by /forget).
func (d *DB) RecordQuestion(q clinicbot.Question) error {
	data, err := json.Marshal(q)
	if err != nil {
		return fmt.Errorf("encode question: %w", err)
	}
	return d.update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketQuestions)
		seq, err := b.NextSequence()
		if err != nil {
			return err
		}
		return b.Put(u64(seq), data)
	})
}

// Questions returns the recorded questions asked since t, oldest first.
func (d *DB) Questions(since time.Time) ([]clinicbot.Question, error) {
	var out []clinicbot.Question
	err := d.view(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketQuestions).ForEach(func(_, v []byte) error {
			var q clinicbot.Question
			if err := json.Unmarshal(v, &q); err != nil {
				return err
			}
			if !q.At.Before(since) {
				out = append(out, q)
			}
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("read questions: %w", err)
	}
	return out, nil
}

// Purge removes what is older than before: conversations idle since then,
// handoffs (with the patient's name, phone and time, whatever their
// state), staff messages, undelivered replies and recorded questions. Then the file is compacted so nothing of it stays in free
// pages. It returns how many records were changed.
func (d *DB) Purge(before time.Time) (int, error) {
	n := 0
	err := d.durable(func(tx *bolt.Tx) error {
		// Chats idle longer than retention are forgotten.
		k, err := deleteWhere(tx.Bucket(bucketChats), func(v []byte) bool {
			var st clinicbot.ChatState
			return json.Unmarshal(v, &st) == nil && st.Updated.Before(before)
		})
		if err != nil {
			return err
		}
		n += k
		// Handoffs, staff messages and undelivered replies older than
		// retention go whatever their state: a request nobody delivered in
		// that time is stale, and its name and phone must not stay.
		for _, del := range []struct {
			bucket  []byte
			created func([]byte) (time.Time, bool)
		}{
			{bucketHandoffs, createdOf(func(h clinicbot.Handoff) time.Time { return h.Created })},
			{bucketRelays, createdOf(func(r clinicbot.Relay) time.Time { return r.Created })},
			{bucketOutgoing, createdOf(func(o clinicbot.Outgoing) time.Time { return o.Created })},
		} {
			k, err := deleteWhere(tx.Bucket(del.bucket), func(v []byte) bool {
				t, ok := del.created(v)
				return ok && t.Before(before)
			})
			if err != nil {
				return err
			}
			n += k
		}
		k, err = deleteWhere(tx.Bucket(bucketQuestions), func(v []byte) bool {
			var q clinicbot.Question
			return json.Unmarshal(v, &q) == nil && q.At.Before(before)
		})
		if err != nil {
			return err
		}
		n += k
		return pruneDue(tx)
	})
	if err != nil {
		return n, fmt.Errorf("purge: %w", err)
	}
	if n > 0 {
		if err := d.compact(); err != nil {
			return n, err
		}
	}
	return n, nil
}

// createdOf decodes a JSON record of type T and returns when it was made.
func createdOf[T any](at func(T) time.Time) func([]byte) (time.Time, bool) {
	return func(v []byte) (time.Time, bool) {
		var rec T
		if json.Unmarshal(v, &rec) != nil {
			return time.Time{}, false
		}
		return at(rec), true
	}
}
