package safety

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash"
	"math"
	"slices"

	"github.com/mindbraintms/clinicbot/internal/cache"
)

// Option configures New.
type Option func(*options)

type options struct {
	cache *cache.Folder
}

// WithCache keeps the weights of the classifiers (the crisis and advice
// classifiers and the one learned from the eval sets too, model.learn_from)
// in dir, each under a key made of everything it learns from and of
// program, which must change whenever the code that learns does (the
// caller passes a hash of its executable). A later load with the same key
// reads them instead of training, which is most of a load's time. A
// missing, unreadable or damaged file is learned again; a cache that
// cannot be written is only slower.
func WithCache(dir, program string) Option {
	return func(o *options) { o.cache = cache.New(dir, program) }
}

// cacheKind names the classifiers' files in the cache folder.
const cacheKind = "learned"

// cacheKeep is how many weights files the cache keeps (three classifiers'
// for each of four versions).
const cacheKeep = 12

// weightsKey is the cache key of a classifier of kind learned from these
// texts.
func (o options) weightsKey(kind string, groups ...[]string) string {
	return o.cache.Key(cacheKind, func(h hash.Hash) {
		fmt.Fprintf(h, "%s\x00%d\x00%d\x00%g\x00%g\x00%g\x00", kind, modelBits, modelEpochs, modelRate, modelL2, ordinaryWeight)
		for _, g := range groups {
			fmt.Fprintf(h, "%d\x00", len(g))
			for _, t := range g {
				h.Write([]byte(t))
				h.Write([]byte{0})
			}
		}
	})
}

// encode lays m out as bias and weights, little-endian float32.
func (m *model) encode() []byte {
	b := make([]byte, 0, 4+4*len(m.w))
	b = binary.LittleEndian.AppendUint32(b, math.Float32bits(m.b))
	for _, w := range m.w {
		b = binary.LittleEndian.AppendUint32(b, math.Float32bits(w))
	}
	return b
}

func decodeModel(data []byte) (*model, error) {
	if len(data) != 4+4<<modelBits {
		return nil, errors.New("not a weights file of this layout")
	}
	m := &model{b: math.Float32frombits(binary.LittleEndian.Uint32(data)), w: make([]float32, 1<<modelBits)}
	for i := range m.w {
		m.w[i] = math.Float32frombits(binary.LittleEndian.Uint32(data[4+4*i:]))
	}
	return m, nil
}

// train learns a classifier of crisis (or advice) against other and
// ordinary messages, with the features prep makes; or reads its weights
// from the cache, under a key of kind, the program and every text it
// learns from (more names texts that shaped the features). A cache that
// cannot be written is only slower.
func (o options) train(kind string, prep func() *training, crisis, other, ordinary []string, more ...[]string) *model {
	var key string
	if o.cache != nil {
		key = o.weightsKey(kind, slices.Concat([][]string{crisis, other, ordinary}, more)...)
		if data, ok := o.cache.Read(cacheKind, key); ok {
			if m, err := decodeModel(data); err == nil {
				return m
			}
		}
	}
	m := trainModel(crisis, other, ordinary, prep())
	if key != "" {
		o.cache.Write(cacheKind, key, m.encode(), cacheKeep)
	}
	return m
}
