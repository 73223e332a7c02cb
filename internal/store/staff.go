package store

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"strconv"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/mindbraintms/clinicbot/internal/clinicbot"
)

var (
	bucketSeen   = []byte("seen_events")
	bucketRelays = []byte("relays")
)

// seenTTL is how long an event id is remembered for de-duplication.
const seenTTL = 2 * time.Hour

// Handoff returns one handoff by id.
func (d *DB) Handoff(id string) (clinicbot.Handoff, error) {
	var h clinicbot.Handoff
	seq, err := strconv.ParseUint(id, 10, 64)
	if err != nil {
		return h, fmt.Errorf("handoff id %q: %w", id, ErrNotFound)
	}
	err = d.view(func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketHandoffs).Get(u64(seq))
		if v == nil {
			return ErrNotFound
		}
		return json.Unmarshal(v, &h)
	})
	return h, err
}

// HandoffByTS returns the handoff whose Slack message has timestamp ts.
func (d *DB) HandoffByTS(ts string) (clinicbot.Handoff, error) {
	var found clinicbot.Handoff
	err := d.view(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketHandoffs).ForEach(func(_, v []byte) error {
			var h clinicbot.Handoff
			if json.Unmarshal(v, &h) == nil && h.Ref == ts && h.Kind != clinicbot.HandoffMessage {
				found = h
			}
			return nil
		})
	})
	if err != nil {
		return found, err
	}
	if found.ID == "" {
		return found, ErrNotFound
	}
	return found, nil
}

// SetRelay puts a patient in (handoffID != "") or out of a staff conversation.
func (d *DB) SetRelay(p clinicbot.Patient, handoffID string) error {
	return d.UpdateChat(p.Key(), func(st *clinicbot.ChatState) {
		st.Relay = handoffID
		st.Updated = time.Now().UTC()
	})
}

// EndRelay takes a chat out of the staff conversation of handoffID, and
// reports whether the chat was in it: closing an older handoff must not
// cut the patient off from the one staff are talking to them on.
func (d *DB) EndRelay(p clinicbot.Patient, handoffID string) (bool, error) {
	ended := false
	err := d.UpdateChat(p.Key(), func(st *clinicbot.ChatState) {
		if st.Relay == handoffID {
			st.Relay, ended = "", true
			st.Updated = time.Now().UTC()
		}
	})
	return ended, err
}

// Seen records key (an event id) and reports whether it was seen before:
// Slack redelivers events it thinks were not acknowledged.
func (d *DB) Seen(key string) (bool, error) {
	seen := false
	err := d.update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketSeen)
		now := time.Now()
		if v := b.Get([]byte(key)); v != nil && now.Sub(time.Unix(0, int64(binary.BigEndian.Uint64(v)))) < seenTTL {
			seen = true
			return nil
		}
		// Forget old ids now and then.
		if b.Stats().KeyN > 1000 {
			var old [][]byte
			b.ForEach(func(k, v []byte) error {
				if now.Sub(time.Unix(0, int64(binary.BigEndian.Uint64(v)))) > seenTTL {
					old = append(old, append([]byte(nil), k...))
				}
				return nil
			})
			for _, k := range old {
				b.Delete(k)
			}
		}
		return b.Put([]byte(key), u64(uint64(now.UnixNano())))
	})
	return seen, err
}
