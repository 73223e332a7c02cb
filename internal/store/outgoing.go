package store

import (
	"encoding/json"
	"fmt"
	"strconv"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/mindbraintms/clinicbot/internal/clinicbot"
)

var bucketOutgoing = []byte("outgoing")

// Send queues messages for a patient, in order, and returns them as
// stored. They are stored (safe from a killed process) when Send returns;
// the channel's delivery worker sends them and removes each once accepted.
func (d *DB) Send(p clinicbot.Patient, msgs []clinicbot.Outbound, created time.Time) ([]clinicbot.Outgoing, error) {
	if len(msgs) == 0 {
		return nil, nil
	}
	var out []clinicbot.Outgoing
	err := d.update(func(tx *bolt.Tx) error {
		out = out[:0]
		b := tx.Bucket(bucketOutgoing)
		for _, m := range msgs {
			seq, err := b.NextSequence()
			if err != nil {
				return err
			}
			o := clinicbot.Outgoing{ID: strconv.FormatUint(seq, 10), Channel: p.Channel, ChatID: p.ID, Message: m, Created: created}
			data, err := json.Marshal(o)
			if err != nil {
				return err
			}
			if err := b.Put(u64(seq), data); err != nil {
				return err
			}
			out = append(out, o)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("queue reply: %w", err)
	}
	return out, nil
}

// Outgoing returns the messages waiting for patients on channel, oldest
// first. A record that cannot be read is skipped (and reported in the
// error count), never blocking the others.
func (d *DB) Outgoing(channel string) ([]clinicbot.Outgoing, int, error) {
	var out []clinicbot.Outgoing
	bad := 0
	err := d.view(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketOutgoing).ForEach(func(_, v []byte) error {
			var o clinicbot.Outgoing
			if err := json.Unmarshal(v, &o); err != nil {
				bad++
				return nil
			}
			if o.Channel == channel {
				out = append(out, o)
			}
			return nil
		})
	})
	if err != nil {
		return nil, bad, fmt.Errorf("read outgoing: %w", err)
	}
	return out, bad, nil
}

// SaveOutgoing stores a message's delivery state (parts sent, attempts).
func (d *DB) SaveOutgoing(o clinicbot.Outgoing) error {
	seq, err := strconv.ParseUint(o.ID, 10, 64)
	if err != nil {
		return fmt.Errorf("outgoing id %q: %w", o.ID, err)
	}
	data, err := json.Marshal(o)
	if err != nil {
		return err
	}
	return d.update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketOutgoing)
		if b.Get(u64(seq)) == nil {
			return ErrNotFound // delivered or forgotten meanwhile
		}
		return b.Put(u64(seq), data)
	})
}

// Delivered removes a message its channel accepted (or refused for good).
func (d *DB) Delivered(id string) error {
	seq, err := strconv.ParseUint(id, 10, 64)
	if err != nil {
		return fmt.Errorf("outgoing id %q: %w", id, err)
	}
	return d.update(func(tx *bolt.Tx) error { return tx.Bucket(bucketOutgoing).Delete(u64(seq)) })
}
