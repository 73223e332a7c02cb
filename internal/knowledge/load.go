// Package knowledge reads and validates the clinic's knowledge folder:
// one Markdown file per entry with YAML front matter, plus clinic.yaml,
// synonyms.yaml and safety.yaml. Every problem is reported as file:line.
package knowledge

import (
	"bytes"
	"fmt"
	"io/fs"
	"maps"
	"path"
	"regexp"
	"runtime"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/mindbraintms/clinicbot/internal/clinicbot"
	"golang.org/x/sync/errgroup"
)

// MaxFileSize is the largest knowledge file read; larger files are errors.
const MaxFileSize = 1 << 20

// Knowledge is the parsed content of a knowledge folder.
type Knowledge struct {
	Clinic   clinicbot.Clinic
	Messages clinicbot.Messages
	// Hindi are the bot's texts in Hindi (messages.hi.yaml); a text it
	// leaves out is the English one. Empty when the folder has none.
	Hindi    clinicbot.Messages
	HasHindi bool
	// Warnings are problems that do not stop anything (an entry without a
	// Hindi version in a folder that has Hindi).
	Warnings []*clinicbot.Error
	Entries  []*clinicbot.Entry
	Synonyms []clinicbot.SynonymGroup
	Safety   clinicbot.SafetyRules
	Topics   []string // entry ids offered on /start and /faq
}

// Entry returns the entry with the given id, or nil.
func (k *Knowledge) Entry(id string) *clinicbot.Entry {
	for _, e := range k.Entries {
		if e.ID == id {
			return e
		}
	}
	return nil
}

type problems []*clinicbot.Error

func (p *problems) add(file string, line int, msg string) {
	*p = append(*p, &clinicbot.Error{File: file, Line: line, Msg: msg})
}

var idPattern = regexp.MustCompile(`^[a-z0-9][a-z0-9-]*$`)

// Load reads the folder root of fsys. Paths in errors are prefixed with
// prefix (the folder's name as the admin knows it). It returns everything
// that could be read, and every problem found, sorted by file and line;
// a Knowledge with problems may still serve its valid entries.
func Load(fsys fs.FS, prefix string) (*Knowledge, []*clinicbot.Error) {
	var errs problems
	k := &Knowledge{}
	name := func(p string) string { return path.Join(prefix, p) }

	files := map[string][]byte{}
	mtimes := map[string]time.Time{}  // to blame the newer copy of a duplicate id
	evals := map[string]fs.DirEntry{} // the eval files, which model.learn_from may name
	var mds []string
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			errs.add(name(p), 0, "cannot read: "+err.Error())
			return nil
		}
		if d.IsDir() {
			if p != "." && strings.HasPrefix(d.Name(), ".") {
				return fs.SkipDir
			}
			return nil
		}
		base := d.Name()
		isMD := strings.HasSuffix(base, ".md") && !strings.EqualFold(base, "README.md")
		isRootYAML := p == "clinic.yaml" || p == "synonyms.yaml" || p == "safety.yaml" || p == "safety-examples.yaml" || p == "messages.yaml" || p == "messages.hi.yaml" || safetyPartFile(p)
		if !strings.Contains(p, "/") && strings.HasPrefix(base, "eval") && strings.HasSuffix(base, ".yaml") {
			evals[p] = d
		}
		if strings.HasPrefix(base, ".") || (!isMD && !isRootYAML) {
			return nil // editor backups, eval.yaml, Go files: not knowledge
		}
		if !d.Type().IsRegular() {
			// A link could lead outside the folder (and its size is not the
			// target's); a pipe or device would block the loader forever.
			errs.add(name(p), 0, "not a plain file (a link, pipe or device): put the file itself in the knowledge folder")
			return nil
		}
		info, err := d.Info()
		if err != nil {
			errs.add(name(p), 0, "cannot read: "+err.Error())
			return nil
		}
		if info.Size() > MaxFileSize {
			errs.add(name(p), 0, fmt.Sprintf("file is %.1f MB; knowledge files must be under %d KB: split it or remove pasted content", float64(info.Size())/1e6, MaxFileSize/1024))
			return nil
		}
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			errs.add(name(p), 0, "cannot read: "+err.Error())
			return nil
		}
		if !utf8.Valid(data) {
			errs.add(name(p), invalidUTF8Line(data), "file is not valid UTF-8: save it as UTF-8")
			return nil
		}
		files[p] = data
		mtimes[p] = info.ModTime()
		if isMD {
			mds = append(mds, p)
		}
		return nil
	})
	if err != nil {
		errs.add(prefix, 0, "cannot read folder: "+err.Error())
	}

	// Every eval file at the top is read and parsed (on all cores) while
	// safety.yaml is: its model.learn_from and examples_from name which
	// the classifiers learn from, nearly all of them.
	evalNames := make([]string, 0, len(evals))
	for f := range evals {
		evalNames = append(evalNames, f)
	}
	sort.Strings(evalNames)
	reads := make([]evalRead, len(evalNames))
	readsDone := make(chan struct{})
	go func() {
		defer close(readsDone)
		var g errgroup.Group
		g.SetLimit(runtime.GOMAXPROCS(0))
		for i, f := range evalNames {
			g.Go(func() error {
				reads[i] = readEval(fsys, f, evals[f], name)
				return nil
			})
		}
		_ = g.Wait() // no read fails: each keeps its problems
	}()

	var topicLines []int
	if data, ok := files["clinic.yaml"]; ok {
		k.Clinic, k.Messages, k.Topics, topicLines = parseClinic(doc{file: name("clinic.yaml"), errs: &errs}, data)
	} else {
		errs.add(name("clinic.yaml"), 0, "missing: the clinic's name, phone and email live here")
	}
	if data, ok := files["messages.yaml"]; ok {
		parseMessages(doc{file: name("messages.yaml"), errs: &errs}, data, &k.Messages)
	}
	if data, ok := files["synonyms.yaml"]; ok {
		k.Synonyms = parseSynonyms(doc{file: name("synonyms.yaml"), errs: &errs}, data)
	}
	if data, ok := files["safety.yaml"]; ok {
		var parts []safetyPart
		for _, p := range slices.Sorted(maps.Keys(files)) {
			if safetyPartFile(p) {
				parts = append(parts, safetyPart{doc{file: name(p), errs: &errs}, files[p]})
			}
		}
		k.Safety = parseSafety(doc{file: name("safety.yaml"), errs: &errs}, data, parts...)
	} else {
		errs.add(name("safety.yaml"), 0, "missing: crisis detection needs its phrases and helplines")
	}
	// The safety examples are thousands of YAML cases: they are read while
	// the entries are (problems are sorted by file and line below), each
	// file on a core of its own, and joined in the order the rules name
	// them.
	var examples []clinicbot.SafetyExample
	var exampleErrs problems
	examplesRead := make(chan struct{})
	go func() {
		defer close(examplesRead)
		var jobs []func(*problems) []clinicbot.SafetyExample
		if data, ok := files["safety-examples.yaml"]; ok {
			jobs = append(jobs, func(errs *problems) []clinicbot.SafetyExample {
				return parseExamples(doc{file: name("safety-examples.yaml"), errs: errs}, data)
			})
		}
		<-readsDone
		readOf := func(f string) *evalRead {
			if i, ok := slices.BinarySearch(evalNames, f); ok {
				return &reads[i]
			}
			return nil
		}
		for _, f := range k.Safety.Model.LearnFrom {
			jobs = append(jobs, func(errs *problems) []clinicbot.SafetyExample { return learnFrom(f, readOf(f), name, errs, nil) })
		}
		for _, f := range k.Safety.Model.ExamplesFrom {
			jobs = append(jobs, func(errs *problems) []clinicbot.SafetyExample { return learnFrom(f, readOf(f), name, errs, taught) })
		}
		read := make([][]clinicbot.SafetyExample, len(jobs))
		errs := make([]problems, len(jobs))
		var g errgroup.Group
		g.SetLimit(runtime.GOMAXPROCS(0))
		for i, job := range jobs {
			g.Go(func() error {
				read[i] = job(&errs[i])
				return nil
			})
		}
		_ = g.Wait() // no job fails: each keeps its problems
		examples = slices.Concat(read...)
		for _, e := range errs {
			exampleErrs = append(exampleErrs, e...)
		}
	}()

	sort.Strings(mds)
	var parsed []*parsedEntry
	for _, p := range mds {
		if e := parseEntry(name(p), files[p], &errs); e != nil {
			e.mtime = mtimes[p]
			parsed = append(parsed, e)
		}
	}
	if len(mds) == 0 {
		errs.add(prefix, 0, "no entries: add one Markdown file per question")
	}
	var base, translated []*parsedEntry
	for _, p := range parsed {
		if p.lang == "" {
			base = append(base, p)
		} else {
			translated = append(translated, p)
		}
	}
	k.Entries = checkEntries(base, &errs)
	<-examplesRead
	k.Safety.Examples = examples
	errs = append(errs, exampleErrs...)
	// The English questions are the safety classifier's ordinary messages.
	// The translations' phrasings are not: tried, they cost crisis recall
	// on Hinglish (the function words of a crisis message are the same).
	for _, e := range k.Entries {
		k.Safety.Ordinary = append(k.Safety.Ordinary, e.Questions()...)
	}
	k.HasHindi = mergeTranslations(k.Entries, translated, &errs) || k.HasHindi
	for _, e := range k.Entries {
		k.Safety.Asked = append(k.Safety.Asked, e.Questions()...)
	}
	for _, e := range k.Entries {
		for _, p := range e.Requests {
			k.Safety.Requests = append(k.Safety.Requests, clinicbot.RequestPhrase{Entry: e.ID, File: e.File, Phrase: p})
		}
	}
	if len(k.Topics) > 8 {
		k.Warnings = append(k.Warnings, &clinicbot.Error{File: name("clinic.yaml"), Line: topicLines[8], Msg: fmt.Sprintf("%d topics: /start and /faq show the first 8", len(k.Topics))})
	}
	for i, id := range k.Topics {
		if k.Entry(id) == nil {
			errs.add(name("clinic.yaml"), topicLines[i], fmt.Sprintf("topic %q names no entry", id))
		}
	}
	k.Messages = withDefaults(k.Messages)
	if data, ok := files["messages.hi.yaml"]; ok {
		parseMessages(doc{file: name("messages.hi.yaml"), errs: &errs, hindi: true}, data, &k.Hindi)
		k.HasHindi = true
	}
	k.Hindi = withFallback(k.Hindi, k.Messages)
	if k.HasHindi {
		for _, e := range k.Entries {
			if _, ok := e.Translations[clinicbot.LangHindi]; !ok {
				k.Warnings = append(k.Warnings, &clinicbot.Error{File: e.File, Line: 1, Msg: fmt.Sprintf("entry %q has no Hindi version: add one with lang: hi (Hindi patients get the English answer)", e.ID)})
			}
		}
	}

	sort.SliceStable(errs, func(i, j int) bool {
		if errs[i].File != errs[j].File {
			return errs[i].File < errs[j].File
		}
		return errs[i].Line < errs[j].Line
	})
	return k, errs
}

func invalidUTF8Line(data []byte) int {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return bytes.Count(data[:i], []byte("\n")) + 1
		}
		i += size
	}
	return 0
}

func sortStrings(s []string) { sort.Strings(s) }

// evalRead is an eval file read as cases, and the problems reading it
// found (ok false: it could not be read or parsed).
type evalRead struct {
	cases []clinicbot.EvalCase
	ok    bool
	errs  problems
}

// readEval reads eval file f (d its entry in the folder) as cases.
func readEval(fsys fs.FS, f string, d fs.DirEntry, name func(string) string) evalRead {
	var r evalRead
	if !d.Type().IsRegular() {
		r.errs.add(name(f), 0, "not a plain file (a link, pipe or device): put the file itself in the knowledge folder")
		return r
	}
	if info, err := d.Info(); err != nil || info.Size() > MaxFileSize {
		r.errs.add(name(f), 0, fmt.Sprintf("cannot learn from it: unreadable or over %d KB", MaxFileSize/1024))
		return r
	}
	data, err := fs.ReadFile(fsys, f)
	if err != nil {
		r.errs.add(name(f), 0, "cannot read: "+err.Error())
		return r
	}
	cases, ok := quickEvalCases(data)
	if !ok {
		set := parseEval(doc{file: name(f), errs: &r.errs}, data)
		if set == nil {
			return r
		}
		cases = set.Cases
	}
	r.cases, r.ok = cases, true
	return r
}

// learnFrom turns eval file f, as read (nil when the folder has no such
// file), into safety examples: crisis and advice as labelled, every other
// expectation as neither; as, when not nil, marks each case (see taught).
// Problems reading it go to errs.
func learnFrom(f string, r *evalRead, name func(string) string, errs *problems, as func(clinicbot.EvalCase, *clinicbot.SafetyExample)) []clinicbot.SafetyExample {
	if r == nil {
		key := "model.learn_from"
		if as != nil {
			key = "model.examples_from"
		}
		errs.add(name("safety.yaml"), 0, fmt.Sprintf("%s: %q is no eval file of the folder (eval-*.yaml at its top)", key, f))
		return nil
	}
	*errs = append(*errs, r.errs...)
	if !r.ok {
		return nil
	}
	out := make([]clinicbot.SafetyExample, 0, len(r.cases))
	for _, c := range r.cases {
		ex := clinicbot.SafetyExample{Text: c.Text, Crisis: c.Expect == clinicbot.KindCrisis, Advice: c.Expect == clinicbot.ExpectAdvice, Line: c.Line, FromSet: true}
		if ex.Crisis {
			ex.Subject = c.Subject
		}
		if as != nil {
			as(c, &ex)
		}
		out = append(out, ex)
	}
	return out
}

// taught marks an eval set's case as an example the classifiers learn
// from (model.examples_from): its crisis, safe and advice cases teach the
// first crisis classifier (without the advice requests it learned that a
// medicine named is a crisis: "should i double my dose of lithium tonight"
// 0.83, with them 0.34) and all of them the advice classifier; a question
// the knowledge answers, a request or an off-topic message is Asked, no
// crisis example (the knowledge's own questions are ordinary messages
// already).
func taught(c clinicbot.EvalCase, ex *clinicbot.SafetyExample) {
	ex.FromSet, ex.Taught = false, true
	ex.Asked = c.Expect != clinicbot.KindCrisis && c.Expect != clinicbot.ExpectSafe && c.Expect != clinicbot.ExpectAdvice
}
