package store

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"time"

	bolt "go.etcd.io/bbolt"
)

// compact rewrites the store into a new file holding only live records and
// replaces the old file, so deleted values (which bbolt leaves in free
// pages) are gone from data_dir.
//
// Other calls go on while it copies: the copy is taken in a read
// transaction (a snapshot), then brought up to date by comparing both
// files key by key, once while writers go on and once more with them held
// back. Only that last comparison and the swap of the files make other
// calls wait: milliseconds at 100k handoffs, where the copy takes seconds.
// Compactions run one at a time; one asked for while another runs waits
// and is skipped if a compaction that started after its deletion already
// covered it.
func (d *DB) compact() error {
	want := d.asked.Add(1)
	d.compactMu.Lock()
	defer d.compactMu.Unlock()
	if d.done >= want {
		return nil
	}
	// Every deletion counted so far is committed: the snapshot below
	// holds none of them.
	covers := d.asked.Load()

	d.mu.RLock()
	if d.broken != nil {
		d.mu.RUnlock()
		return d.broken
	}
	path := d.db.Path()
	tmp := path + ".compact"
	os.Remove(tmp)
	dst, err := bolt.Open(tmp, 0o600, &bolt.Options{Timeout: time.Second, NoSync: true})
	if err == nil {
		err = bolt.Compact(dst, d.db, 0)
		if err == nil && d.copied != nil {
			d.copied()
		}
		if err == nil {
			err = catchUp(dst, d.db)
		}
		if err == nil {
			err = dst.Sync() // the bulk of the file, before others wait
		}
	}
	d.mu.RUnlock()
	fail := func(err error) error {
		if dst != nil {
			dst.Close()
		}
		os.Remove(tmp)
		return fmt.Errorf("compact: %w", err)
	}
	if err != nil {
		return fail(err)
	}

	d.mu.Lock()
	defer d.mu.Unlock()
	start := time.Now()
	defer func() { d.paused.Store(int64(time.Since(start))) }()
	if d.broken != nil {
		dst.Close()
		os.Remove(tmp)
		return d.broken
	}
	if err := catchUp(dst, d.db); err != nil {
		return fail(err)
	}
	if err := dst.Sync(); err != nil {
		return fail(err)
	}
	dst.Close()
	d.db.Close()
	if err := d.rename(tmp, path); err != nil {
		os.Remove(tmp)
		// Serve on from the file as it was (deleted records are gone from
		// its buckets, not yet from its free pages).
		if d.db, d.broken = bolt.Open(path, 0o600, boltOptions); d.broken != nil {
			d.broken = fmt.Errorf("store %s could not be reopened: %w", path, d.broken)
		} else {
			d.db.MaxBatchDelay = batchDelay
		}
		return fmt.Errorf("compact: %w", err)
	}
	syncDir(filepath.Dir(path)) // the rename itself survives a power cut
	if d.db, d.broken = bolt.Open(path, 0o600, boltOptions); d.broken != nil {
		d.broken = fmt.Errorf("store %s could not be reopened after compacting: %w", path, d.broken)
		return d.broken
	}
	d.db.MaxBatchDelay = batchDelay
	d.done = covers
	return nil
}

// catchUp makes dst hold exactly what src holds now: every bucket, key,
// value and sequence, changing only what differs.
func catchUp(dst, src *bolt.DB) error {
	return src.View(func(stx *bolt.Tx) error {
		return dst.Update(func(dtx *bolt.Tx) error {
			var gone [][]byte
			err := dtx.ForEach(func(name []byte, _ *bolt.Bucket) error {
				if stx.Bucket(name) == nil {
					gone = append(gone, bytes.Clone(name))
				}
				return nil
			})
			if err != nil {
				return err
			}
			for _, name := range gone {
				if err := dtx.DeleteBucket(name); err != nil {
					return err
				}
			}
			return stx.ForEach(func(name []byte, sb *bolt.Bucket) error {
				db, err := dtx.CreateBucketIfNotExists(name)
				if err != nil {
					return err
				}
				return catchUpBucket(db, sb)
			})
		})
	})
}

// catchUpBucket walks both buckets' sorted keys side by side.
func catchUpBucket(dst, src *bolt.Bucket) error {
	if dst.Sequence() != src.Sequence() {
		if err := dst.SetSequence(src.Sequence()); err != nil {
			return err
		}
	}
	type change struct {
		key, value []byte
		put        bool // else delete
		sub        bool // src holds a bucket at key
	}
	var changes []change
	sc, dc := src.Cursor(), dst.Cursor()
	sk, sv := sc.First()
	dk, dv := dc.First()
	for sk != nil || dk != nil {
		switch c := compareKeys(sk, dk); {
		case c < 0: // only in src
			changes = append(changes, change{key: bytes.Clone(sk), value: bytes.Clone(sv), put: true, sub: sv == nil})
			sk, sv = sc.Next()
		case c > 0: // only in dst
			changes = append(changes, change{key: bytes.Clone(dk), sub: dv == nil})
			dk, dv = dc.Next()
		default:
			switch {
			case sv == nil && dv == nil: // a bucket on both sides
				changes = append(changes, change{key: bytes.Clone(sk), put: true, sub: true})
			case sv == nil || dv == nil: // a bucket on one side
				changes = append(changes, change{key: bytes.Clone(dk), sub: dv == nil})
				changes = append(changes, change{key: bytes.Clone(sk), value: bytes.Clone(sv), put: true, sub: sv == nil})
			case !bytes.Equal(sv, dv):
				changes = append(changes, change{key: bytes.Clone(sk), value: bytes.Clone(sv), put: true})
			}
			sk, sv = sc.Next()
			dk, dv = dc.Next()
		}
	}
	for _, ch := range changes {
		switch {
		case !ch.put && ch.sub:
			if err := dst.DeleteBucket(ch.key); err != nil {
				return err
			}
		case !ch.put:
			if err := dst.Delete(ch.key); err != nil {
				return err
			}
		case ch.sub:
			sub, err := dst.CreateBucketIfNotExists(ch.key)
			if err != nil {
				return err
			}
			if err := catchUpBucket(sub, src.Bucket(ch.key)); err != nil {
				return err
			}
		default:
			if err := dst.Put(ch.key, ch.value); err != nil {
				return err
			}
		}
	}
	return nil
}

// compareKeys orders cursor keys, nil (the end) after every key.
func compareKeys(a, b []byte) int {
	switch {
	case a == nil:
		return 1
	case b == nil:
		return -1
	}
	return bytes.Compare(a, b)
}

// syncDir flushes a directory's entries (best effort: not every system
// can sync a directory).
func syncDir(dir string) {
	if f, err := os.Open(dir); err == nil {
		f.Sync()
		f.Close()
	}
}
