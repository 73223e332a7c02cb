package main

import (
	"crypto/sha256"
	"debug/elf"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"sync"

	"github.com/mindbraintms/clinicbot/internal/assemble"
	"github.com/mindbraintms/clinicbot/internal/clinicbot"
	"github.com/mindbraintms/clinicbot/internal/dialog"
	"github.com/mindbraintms/clinicbot/internal/knowledge"
	shipped "github.com/mindbraintms/clinicbot/knowledge"
)

// source is where the knowledge is read from.
type source struct {
	fsys     fs.FS
	name     string // as shown in messages
	path     string // the folder on disk (empty when embedded)
	embedded bool
}

// describe names the knowledge for people: the folder's full path, or the
// copy built into the binary.
func (s source) describe() string {
	if s.embedded {
		return "the copy built into this binary (no ./knowledge folder here; set knowledge_dir or CLINICBOT_KNOWLEDGE_DIR to use yours)"
	}
	if abs, err := filepath.Abs(s.path); err == nil {
		return abs
	}
	return s.name
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

// build reads the knowledge of src and builds everything the engine serves.
// Learning at load allocates about 130 MB that is garbage once it is done
// (the live heap is about 17 MB): it is handed back to the system at once,
// so a bot that has loaded (or reloaded) its knowledge does not keep it
// resident.
func build(src source) (*dialog.Knowledge, *knowledge.Knowledge, []*clinicbot.Error, error) {
	return buildFor(src, false)
}

// buildFor is build; serving drops from the knowledge what only
// `clinicbot eval` reads, for a process that serves patients: the labelled
// examples the classifiers learned from (their weights are built by
// then). Kept, they pin the text of every eval file of the folder: 30 of a
// load's 80 MB of live heap. The load's garbage is handed back to the
// system once, after that.
func buildFor(src source, serving bool) (*dialog.Knowledge, *knowledge.Knowledge, []*clinicbot.Error, error) {
	k, kb, problems, err := assemble.Folder(src.fsys, src.name, weightsCache()...)
	if serving && k != nil {
		k.Rules.Examples = nil
	}
	if serving && kb != nil {
		kb.Safety.Examples = nil
	}
	debug.FreeOSMemory()
	return k, kb, problems, err
}

// weightsCache keeps what a load learns (the safety classifiers' weights,
// the matcher's intent classifiers and calibrations) in the user's cache
// folder (as Go keeps its build cache), each keyed by a hash of this
// executable and of what it learns from: a start or a reload that changes
// neither reads them instead of learning. CLINICBOT_CACHE_DIR moves it; "off" turns it off. Without a
// cache folder or a readable executable, they are learned each time.
func weightsCache() []assemble.Option {
	dir := os.Getenv("CLINICBOT_CACHE_DIR")
	if dir == "off" {
		return nil
	}
	if dir == "" {
		base, err := os.UserCacheDir()
		if err != nil {
			return nil
		}
		dir = filepath.Join(base, "clinicbot")
	}
	// (Tests name the code that learns instead: its source's hash, so
	// that their runs share what the packages' tests learned.)
	program := os.Getenv("CLINICBOT_CACHE_PROGRAM")
	if program == "" {
		var err error
		if program, err = executableHash(); err != nil {
			return nil
		}
	}
	return []assemble.Option{assemble.WithCache(dir, program)}
}

// executableHash identifies this executable, read once per process: the
// Go build ID of its ELF note, which the toolchain derives from the
// binary's content (read in microseconds), or else the SHA-256 of the
// whole file (0.17 s for 41 MB).
var executableHash = sync.OnceValues(func() (string, error) {
	exe, err := os.Executable()
	if err != nil {
		return "", err
	}
	if id := goBuildID(exe); id != "" {
		return "go-build-id:" + id, nil
	}
	f, err := os.Open(exe)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
})

// goBuildID is the Go build ID in the ELF note of the executable at path
// ("action ID/content ID", as `go tool buildid` prints it); empty when
// there is none (not ELF, or stripped of it).
func goBuildID(path string) string {
	f, err := elf.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	sec := f.Section(".note.go.buildid")
	if sec == nil {
		return ""
	}
	data, err := sec.Data()
	// A note: name size, description size, type (4 for a Go build ID),
	// the name "Go" padded to 4 bytes, then the description.
	if err != nil || len(data) < 16 {
		return ""
	}
	bo := f.ByteOrder
	namesz, descsz, typ := bo.Uint32(data), bo.Uint32(data[4:]), bo.Uint32(data[8:])
	if namesz != 4 || typ != 4 || string(data[12:16]) != "Go\x00\x00" || uint64(len(data)) < 16+uint64(descsz) {
		return ""
	}
	return string(data[16 : 16+descsz])
}

// commandHelp describes each command for -h: what it does, its arguments,
// and an example.
var commandHelp = map[string]struct{ args, about, example string }{
	"run": {"", "Serves patients: on Telegram (TELEGRAM_BOT_TOKEN), on the web chat (web.listen), or both; hands appointments, " +
		"call-backs and crises to staff in Slack when it is configured; reloads the knowledge folder when it changes.",
		"TELEGRAM_BOT_TOKEN=123:abc clinicbot run -config config.yaml"},
	"chat": {"", "The whole patient conversation in this terminal, booking included, on the knowledge folder (or the copy " +
		"built into the binary). Choices are numbered: type the number to pick one. Bookings and alerts are stored in data_dir like a patient's.",
		"printf '/book\\nyes\\nAsha Verma\\n+91 98100 00000\\ntomorrow 11am\\n' | clinicbot chat"},
	"ask": {"[QUESTION...]", "Answers QUESTION, or each line of stdin as a question from a new patient; -json prints one " +
		"object per line: question, kind, entry, score, text, suggestions, lang.", "clinicbot ask -json 'what are the side effects'"},
	"handoffs": {"", "Lists the stored handoffs (appointments, call-backs, crises) with their delivery state; while the bot runs, " +
		"asks it through data_dir/admin.sock.", "clinicbot handoffs -status pending"},
	"report": {"", "What patients asked that the knowledge could not answer well, grouped and counted, with the nearest entry, " +
		"and the handoffs by kind, for the last N days.", "clinicbot report -days 7"},
	"validate": {"", "Checks the knowledge folder and prints every problem as file:line: message (exit 1 on any), then warnings.",
		"clinicbot validate -config config.yaml"},
	"review": {"", "Shows the most frequent questions of the last N days that the knowledge could not answer or answered with low " +
		"confidence (phone numbers, emails and names masked), each with its three nearest entries: press 1-3 to add it as a phrasing " +
		"of that entry (one line added to its file; the folder is validated, and the running bot reloads it), s to skip, q to quit. " +
		"-json prints the list; -apply FILE adds the phrasings listed as JSON lines {\"question\": ..., \"entry\": ...}.",
		"clinicbot review -json > todo.json; clinicbot review -apply decisions.jsonl"},
	"eval": {"[CASES...]", "Runs the regression cases (every knowledge/eval*.yaml, or the CASES files given) and reports accuracy " +
		"per kind and group, every miss, and the self-checks; exit 1 when a file is below its threshold.", "clinicbot eval knowledge/eval.yaml"},
}

// setup parses the common -config flag plus extra flags, and loads the
// config. With -h it prints the command's help and returns errHelp.
func setup(name string, args []string, getenv func(string) string, stderr io.Writer, extra func(*flag.FlagSet)) (Config, *flag.FlagSet, error) {
	fset := flag.NewFlagSet("clinicbot "+name, flag.ContinueOnError)
	fset.SetOutput(stderr)
	path := fset.String("config", "", "YAML config `file` (see config.example.yaml)")
	if extra != nil {
		extra(fset)
	}
	fset.Usage = func() {
		h := commandHelp[name]
		fmt.Fprintf(fset.Output(), "usage: clinicbot %s [flags] %s\n\n%s\n\nflags:\n", name, h.args, h.about)
		fset.PrintDefaults()
		fmt.Fprintf(fset.Output(), "\nexample:\n  %s\n", h.example)
	}
	if err := fset.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return Config{}, nil, errHelp
		}
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
	return engineFor(cfg, stderr, false)
}

// engineFor is engineFrom; serving builds the knowledge as buildFor does.
func engineFor(cfg Config, stderr io.Writer, serving bool) (*dialog.Engine, source, error) {
	src, err := knowledgeSource(cfg)
	if err != nil {
		return nil, src, err
	}
	fmt.Fprintln(stderr, "knowledge:", src.describe())
	dk, _, problems, err := buildFor(src, serving)
	for _, p := range problems {
		fmt.Fprintln(stderr, "warning:", p)
	}
	if err != nil {
		return nil, src, err
	}
	if len(problems) > 0 {
		fmt.Fprintf(stderr, "warning: %d problem(s) in the knowledge; run `clinicbot validate`\n", len(problems))
	}
	return dialog.New(dk, dialog.DefaultThresholds()), src, nil
}
