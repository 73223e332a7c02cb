// Package assemble builds what the dialog engine serves from a knowledge
// folder: the entries, the safety detector and the matcher, in one place
// for the bot, its commands and the tests.
package assemble

import (
	"fmt"
	"io/fs"

	"github.com/mindbraintms/clinicbot/internal/clinicbot"
	"github.com/mindbraintms/clinicbot/internal/dialog"
	"github.com/mindbraintms/clinicbot/internal/knowledge"
	"github.com/mindbraintms/clinicbot/internal/match"
	"github.com/mindbraintms/clinicbot/internal/safety"
)

// Option configures Folder.
type Option func(*options)

type options struct {
	safety []safety.Option
	match  []match.Option
}

// WithCache keeps what a load learns (the safety classifiers' weights, the
// matcher's intent classifiers and calibrations) in dir, keyed by program
// (which must change whenever the code that learns does) and by what each
// learns from: a later load of the same folder reads them instead of
// learning again (safety.WithCache, match.WithCache).
func WithCache(dir, program string) Option {
	return func(o *options) {
		o.safety = append(o.safety, safety.WithCache(dir, program))
		o.match = append(o.match, match.WithCache(dir, program))
	}
}

// Folder reads the knowledge folder at the root of fsys (name is how
// errors call it) and builds everything the engine serves. Entry problems
// are returned beside it (valid entries still serve); it fails when the
// safety rules or all entries are unusable.
func Folder(fsys fs.FS, name string, opts ...Option) (*dialog.Knowledge, *knowledge.Knowledge, []*clinicbot.Error, error) {
	var o options
	for _, opt := range opts {
		opt(&o)
	}
	kb, problems := knowledge.Load(fsys, name)
	// The safety classifiers and the matcher (with its calibration) learn
	// at load, independently: on two cores, together they take as long as
	// the slower one.
	var (
		det    *safety.Detector
		detErr error
		done   = make(chan struct{})
	)
	go func() {
		defer close(done)
		det, detErr = safety.New(kb.Safety, o.safety...)
	}()
	var idx *match.ByScript
	var idxErr error
	if len(kb.Entries) > 0 {
		idx, idxErr = match.NewByScript(kb.Entries, kb.Synonyms, []string{kb.Clinic.Name}, o.match...)
	}
	<-done
	if detErr != nil {
		if idx != nil {
			idx.Close()
		}
		return nil, kb, problems, fmt.Errorf("%s/safety.yaml: %w", name, detErr)
	}
	if len(kb.Entries) == 0 {
		return nil, kb, problems, fmt.Errorf("%s: no usable entries", name)
	}
	if idxErr != nil {
		return nil, kb, problems, fmt.Errorf("build index: %w", idxErr)
	}
	entries := make(map[string]*clinicbot.Entry, len(kb.Entries))
	for _, e := range kb.Entries {
		entries[e.ID] = e
	}
	return &dialog.Knowledge{
		Matcher:  idx,
		Safety:   det,
		Entries:  entries,
		Topics:   kb.Topics,
		Clinic:   kb.Clinic,
		Messages: kb.Messages,
		Hindi:    kb.Hindi,
		HasHindi: kb.HasHindi,
		Rules:    kb.Safety,
	}, kb, problems, nil
}
