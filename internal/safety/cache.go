package safety

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// Option configures New.
type Option func(*options)

type options struct {
	cacheDir, program string
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
	return func(o *options) { o.cacheDir, o.program = dir, program }
}

// cacheMagic opens a weights file; the version changes with its layout.
const cacheMagic = "clinicbot learned weights v1\n"

// cacheKeep is how many weights files the cache keeps (three classifiers'
// for each of four versions): each knowledge edit that changes what a
// classifier learns from writes a new one.
const cacheKeep = 12

// weightsKey is the cache key of a classifier learned from these texts.
func weightsKey(program string, groups ...[]string) string {
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%d\x00%d\x00%g\x00%g\x00%g\x00", program, modelBits, modelEpochs, modelRate, modelL2, ordinaryWeight)
	for _, g := range groups {
		fmt.Fprintf(h, "%d\x00", len(g))
		for _, t := range g {
			h.Write([]byte(t))
			h.Write([]byte{0})
		}
	}
	return hex.EncodeToString(h.Sum(nil))
}

func cacheFile(dir, key string) string {
	return filepath.Join(dir, "learned-"+key[:32]+".bin")
}

// encode lays m out as magic, bias, weights (little-endian float32) and
// a SHA-256 of all before it.
func (m *model) encode() []byte {
	var b bytes.Buffer
	b.WriteString(cacheMagic)
	binary.Write(&b, binary.LittleEndian, m.b)
	binary.Write(&b, binary.LittleEndian, m.w)
	sum := sha256.Sum256(b.Bytes())
	b.Write(sum[:])
	return b.Bytes()
}

func decodeModel(data []byte) (*model, error) {
	want := len(cacheMagic) + 4 + 4<<modelBits + sha256.Size
	if len(data) != want || !strings.HasPrefix(string(data[:len(cacheMagic)]), cacheMagic) {
		return nil, errors.New("not a weights file of this layout")
	}
	body := data[:len(data)-sha256.Size]
	if sum := sha256.Sum256(body); !bytes.Equal(sum[:], data[len(body):]) {
		return nil, errors.New("damaged")
	}
	body = body[len(cacheMagic):]
	m := &model{b: math.Float32frombits(binary.LittleEndian.Uint32(body)), w: make([]float32, 1<<modelBits)}
	for i := range m.w {
		m.w[i] = math.Float32frombits(binary.LittleEndian.Uint32(body[4+4*i:]))
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
	if o.cacheDir != "" {
		key = weightsKey(o.program+"\x00"+kind, slices.Concat([][]string{crisis, other, ordinary}, more)...)
		if m, ok := readCached(o.cacheDir, key); ok {
			return m
		}
	}
	m := trainModel(crisis, other, ordinary, prep())
	if key != "" {
		writeCached(o.cacheDir, key, m)
	}
	return m
}

// readCached returns the weights stored under key, if any are whole.
func readCached(dir, key string) (*model, bool) {
	data, err := os.ReadFile(cacheFile(dir, key))
	if err != nil {
		return nil, false
	}
	m, err := decodeModel(data)
	return m, err == nil
}

// writeCached stores m under key: written to a temporary file and renamed,
// so a reader (another process, or this one after a kill -9) sees the
// whole file or none; then all but the newest cacheKeep files go.
func writeCached(dir, key string, m *model) error {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(dir, "learned-*.tmp")
	if err != nil {
		return err
	}
	_, err = tmp.Write(m.encode())
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), cacheFile(dir, key))
	}
	if err != nil {
		os.Remove(tmp.Name())
		return err
	}
	pruneCache(dir)
	return nil
}

func pruneCache(dir string) {
	files, _ := filepath.Glob(filepath.Join(dir, "learned-*.bin"))
	type aged struct {
		path string
		mod  int64
	}
	var all []aged
	for _, f := range files {
		if st, err := os.Stat(f); err == nil {
			all = append(all, aged{f, st.ModTime().UnixNano()})
		}
	}
	slices.SortFunc(all, func(a, b aged) int { return cmp.Compare(b.mod, a.mod) })
	for i := cacheKeep; i < len(all); i++ {
		os.Remove(all[i].path)
	}
}
