package match

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"hash"
	"math"

	"github.com/mindbraintms/clinicbot/internal/cache"
	"github.com/mindbraintms/clinicbot/internal/clinicbot"
)

// Option configures NewByScript.
type Option func(*options)

type options struct {
	cache *cache.Folder
}

// WithCache keeps what each index learns at build (its intent classifier
// and its calibration) in dir, under a key made of program (which must
// change whenever the code that learns does) and of everything the index
// is built from: a later build of the same folder reads them instead of
// learning them again. A missing, unreadable or damaged file is learned
// again; a cache that cannot be written is only slower.
func WithCache(dir, program string) Option {
	return func(o *options) { o.cache = cache.New(dir, program) }
}

// cacheKind names the indexes' files in the cache folder; cacheKeep is how
// many it keeps (two indexes for each of four versions).
const (
	cacheKind = "matcher"
	cacheKeep = 8
)

// learnedKey is the cache key of what an index of entries learns: the
// entries whole, the synonym groups, the service's names and the reading
// of scripts, with the settings that shape the classifier.
func (o options) learnedKey(entries []*clinicbot.Entry, groups []clinicbot.SynonymGroup, mixedScript bool, names []string) (string, error) {
	var err error
	key := o.cache.Key(cacheKind, func(h hash.Hash) {
		fmt.Fprintf(h, "%d\x00%d\x00%g\x00%d\x00%d\x00%v\x00", intentBits, intentEpochs, intentRate, minIntentExamples, maxProbes, mixedScript)
		err = json.NewEncoder(h).Encode(struct {
			Entries []*clinicbot.Entry
			Groups  []clinicbot.SynonymGroup
			Names   []string
		}{entries, groups, names})
	})
	return key, err
}

// encodeLearned lays out the intent classifier (its entries, then its
// weights; no entries when there is none) and the calibration's steps,
// little-endian.
func (ix *Index) encodeLearned() []byte {
	var b []byte
	u32 := func(v uint32) { b = binary.LittleEndian.AppendUint32(b, v) }
	if m := ix.intent; m != nil {
		u32(uint32(len(m.ids)))
		for _, id := range m.ids {
			u32(uint32(len(id)))
			b = append(b, id...)
		}
		for _, w := range m.w {
			u32(math.Float32bits(w))
		}
	} else {
		u32(0)
	}
	u32(uint32(len(ix.calib.margins)))
	for i := range ix.calib.margins {
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(ix.calib.margins[i]))
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(ix.calib.rates[i]))
	}
	return b
}

var errLayout = errors.New("not an index file of this layout")

// decodeLearned reads what encodeLearned wrote into ix.
func (ix *Index) decodeLearned(b []byte) error {
	u32 := func() (uint32, error) {
		if len(b) < 4 {
			return 0, errLayout
		}
		v := binary.LittleEndian.Uint32(b)
		b = b[4:]
		return v, nil
	}
	n, err := u32()
	if err != nil || int(n) > len(ix.phrasings) {
		return errLayout
	}
	var intent *intentModel
	if n > 0 {
		intent = &intentModel{index: map[string]int{}}
		for y := range int(n) {
			l, err := u32()
			if err != nil || int(l) > len(b) {
				return errLayout
			}
			id := string(b[:l])
			b = b[l:]
			if _, ok := ix.phrasings[id]; !ok {
				return errLayout
			}
			intent.ids = append(intent.ids, id)
			intent.index[id] = y
		}
		size := int(n) << intentBits
		if len(b) < 4*size {
			return errLayout
		}
		intent.w = make([]float32, size)
		for i := range intent.w {
			intent.w[i] = math.Float32frombits(binary.LittleEndian.Uint32(b[4*i:]))
		}
		b = b[4*size:]
	}
	steps, err := u32()
	if err != nil || len(b) != 16*int(steps) {
		return errLayout
	}
	var calib calibration
	for i := range int(steps) {
		calib.margins = append(calib.margins, math.Float64frombits(binary.LittleEndian.Uint64(b[16*i:])))
		calib.rates = append(calib.rates, math.Float64frombits(binary.LittleEndian.Uint64(b[16*i+8:])))
	}
	ix.intent, ix.calib = intent, calib
	return nil
}

// learnOrRead gives ix its intent classifier and calibration: read from
// the cache under key, or learned (and written there).
func (ix *Index) learnOrRead(o options, key string) error {
	var err error
	o.cache.Learn(cacheKind, key, cacheKeep, func(data []byte) bool {
		return ix.decodeLearned(data) == nil
	}, func() []byte {
		ix.intent = trainIntent(ix)
		if err = ix.calibrate(context.Background()); err != nil {
			err = fmt.Errorf("calibrate: %w", err)
			return nil
		}
		if o.cache == nil {
			return nil
		}
		return ix.encodeLearned()
	})
	return err
}
