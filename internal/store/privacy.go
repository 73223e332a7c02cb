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

// Purge removes what patients wrote before t: the last messages kept in
// chat states, the message texts in handoffs (and, once delivered or
// failed, the patient's name, phone and preferred time), and the recorded
// questions. Then the file is compacted so nothing of it stays in free
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
		type kv struct{ k, v []byte }
		var puts []kv
		hs := tx.Bucket(bucketHandoffs)
		hs.ForEach(func(k, v []byte) error {
			var h clinicbot.Handoff
			if json.Unmarshal(v, &h) != nil || !h.Created.Before(before) {
				return nil
			}
			if h.Status == clinicbot.HandoffPending && h.Recent == nil && h.Text == "" {
				return nil
			}
			changed := h.Recent != nil || h.Text != ""
			h.Recent, h.Text = nil, ""
			if h.Status != clinicbot.HandoffPending && (h.Name != "" || h.Phone != "" || h.Username != "" || h.PreferredTime != "") {
				h.Name, h.Phone, h.Username, h.PreferredTime = "", "", "", ""
				changed = true
			}
			if changed {
				data, _ := json.Marshal(h)
				puts = append(puts, kv{append([]byte(nil), k...), data})
			}
			return nil
		})
		for _, p := range puts {
			if err := hs.Put(p.k, p.v); err != nil {
				return err
			}
			n++
		}
		k, err = deleteWhere(tx.Bucket(bucketRelays), func(v []byte) bool {
			var r clinicbot.Relay
			return json.Unmarshal(v, &r) == nil && r.Created.Before(before) && r.Status != clinicbot.HandoffPending
		})
		if err != nil {
			return err
		}
		n += k
		k, err = deleteWhere(tx.Bucket(bucketQuestions), func(v []byte) bool {
			var q clinicbot.Question
			return json.Unmarshal(v, &q) == nil && q.At.Before(before)
		})
		if err != nil {
			return err
		}
		n += k
		return nil
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
