package main

import (
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/mindbraintms/clinicbot/internal/clinicbot"
	"github.com/mindbraintms/clinicbot/internal/dialog"
	"github.com/mindbraintms/clinicbot/internal/knowledge"
	"github.com/mindbraintms/clinicbot/internal/match"
	"github.com/mindbraintms/clinicbot/internal/safety"
	shipped "github.com/mindbraintms/clinicbot/knowledge"
)

// source is where the knowledge is read from.
type source struct {
	fsys     fs.FS
	name     string // as shown in messages
	path     string // the folder on disk (empty when embedded)
	embedded bool
}

// knowledgeSource picks the folder: knowledge_dir when it was set or
// exists, otherwise the knowledge embedded in the binary.
func knowledgeSource(cfg Config) (source, error) {
	st, err := os.Stat(cfg.KnowledgeDir)
	switch {
	case err == nil && st.IsDir():
		return source{fsys: os.DirFS(cfg.KnowledgeDir), name: cfg.KnowledgeDir, path: cfg.KnowledgeDir}, nil
	case cfg.knowledgeSet:
		return source{}, fmt.Errorf("knowledge_dir %q is not a folder: set knowledge_dir (or CLINICBOT_KNOWLEDGE_DIR) to the knowledge folder", cfg.KnowledgeDir)
	}
	return source{fsys: shipped.FS, name: "knowledge", embedded: true}, nil
}

// build reads the knowledge and builds everything the engine serves. Entry
// problems are returned as warnings (valid entries still serve); it fails
// when safety rules or all entries are unusable.
func build(src source) (*dialog.Knowledge, *knowledge.Knowledge, []*clinicbot.Error, error) {
	kb, problems := knowledge.Load(src.fsys, src.name)
	det, err := safety.New(kb.Safety)
	if err != nil {
		return nil, kb, problems, fmt.Errorf("%s/safety.yaml: %w", src.name, err)
	}
	if len(kb.Entries) == 0 {
		return nil, kb, problems, fmt.Errorf("%s: no usable entries", src.name)
	}
	idx, err := match.New(kb.Entries, kb.Synonyms)
	if err != nil {
		return nil, kb, problems, fmt.Errorf("build index: %w", err)
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

// setup parses the common -config flag plus extra flags, and loads the config.
func setup(name string, args []string, getenv func(string) string, stderr io.Writer, extra func(*flag.FlagSet)) (Config, *flag.FlagSet, error) {
	fset := flag.NewFlagSet("clinicbot "+name, flag.ContinueOnError)
	fset.SetOutput(stderr)
	path := fset.String("config", "", "YAML config `file` (see config.example.yaml)")
	if extra != nil {
		extra(fset)
	}
	if err := fset.Parse(args); err != nil {
		return Config{}, nil, errReported
	}
	cfg, err := loadConfig(*path, getenv)
	for _, w := range cfg.warnings {
		fmt.Fprintln(stderr, "warning:", w)
	}
	return cfg, fset, err
}

// engine loads config and knowledge and returns a ready engine; knowledge
// warnings go to stderr.
func engine(cfg Config, stderr io.Writer) (*dialog.Engine, error) {
	eng, _, err := engineFrom(cfg, stderr)
	return eng, err
}

// engineFrom is engine that also returns where the knowledge came from.
func engineFrom(cfg Config, stderr io.Writer) (*dialog.Engine, source, error) {
	src, err := knowledgeSource(cfg)
	if err != nil {
		return nil, src, err
	}
	dk, _, problems, err := build(src)
	for _, p := range problems {
		fmt.Fprintln(stderr, "warning:", p)
	}
	if err != nil {
		return nil, src, err
	}
	if len(problems) > 0 {
		fmt.Fprintf(stderr, "warning: %d problem(s) in the knowledge; run `clinicbot validate`\n", len(problems))
	}
	return dialog.New(dk, dialog.DefaultThresholds), src, nil
}
