package knowledge

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"

	"github.com/mindbraintms/clinicbot/internal/clinicbot"
	"go.yaml.in/yaml/v3"
)

// parseEntry reads one Markdown entry: "---", YAML front matter, "---",
// then the answer. It returns nil when the entry cannot be used.
func parseEntry(file string, data []byte, errs *problems) *parsedEntry {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")) // BOM
	text := strings.ReplaceAll(string(data), "\r\n", "\n")
	lines := strings.Split(text, "\n")
	end, err := FrontMatterEnd(lines)
	switch {
	case errors.Is(err, ErrNoFrontMatter):
		errs.add(file, 1, `front matter missing: the file must start with a line "---", then id/question/phrasings, then "---", then the answer`)
		return nil
	case err != nil:
		errs.add(file, 1, `front matter is not closed: add a line "---" after the last key`)
		return nil
	}
	d := doc{file: file, offset: 1, errs: errs}
	before := len(*errs)
	root, ok := d.parse([]byte(strings.Join(lines[1:end], "\n")))
	if !ok {
		return nil
	}
	e := &clinicbot.Entry{File: file, Line: 1, Kind: clinicbot.KindAnswer}
	var idLine, questionLine, requestLine int
	var lang string
	var phrasingLines, followLines []int
	d.fields(root, "front matter", map[string]func(*yaml.Node){
		"id":       func(n *yaml.Node) { e.ID, idLine = d.str(n, "id"), n.Line+1 },
		"question": func(n *yaml.Node) { e.Question, questionLine = d.str(n, "question"), n.Line+1 },
		"phrasings": func(n *yaml.Node) {
			e.Phrasings, phrasingLines = d.list(n, "phrasings"), d.lines(n)
			front := lines[1:end]
			for _, item := range n.Content {
				// YAML folds an over-indented "- item" into the line above:
				// a plain item whose text is not all on its own line.
				if item.Kind == yaml.ScalarNode && item.Style == 0 && item.Line-1 < len(front) &&
					!strings.Contains(front[item.Line-1], item.Value) {
					errs.add(file, item.Line+1, fmt.Sprintf("phrasing %q runs on into the next line: is a line below it indented too far? Put each \"- \" at the same indent", item.Value))
				}
			}
		},
		"tags":     func(n *yaml.Node) { e.Tags = d.list(n, "tags") },
		"requests": func(n *yaml.Node) { e.Requests, requestLine = d.list(n, "requests"), n.Line+1 },
		"kind": func(n *yaml.Node) {
			k := clinicbot.Kind(d.str(n, "kind"))
			if k != clinicbot.KindAnswer && k != clinicbot.KindHandoff && k != clinicbot.KindSmalltalk {
				errs.add(file, n.Line+1, fmt.Sprintf("kind %q is not one of answer, handoff, smalltalk", k))
				return
			}
			e.Kind = k
		},
		"follow_ups": func(n *yaml.Node) { e.FollowUps, followLines = d.list(n, "follow_ups"), d.lines(n) },
		"lang": func(n *yaml.Node) {
			switch l := d.str(n, "lang"); l {
			case clinicbot.LangHindi:
				lang = l
			default:
				errs.add(file, n.Line+1, fmt.Sprintf("lang %q is not supported: use hi (Hindi), or leave it out for English", l))
			}
		},
		"handoff": func(n *yaml.Node) {
			switch h := d.str(n, "handoff"); h {
			case clinicbot.HandoffAppointment, clinicbot.HandoffPerson:
				e.Handoff = h
			default:
				errs.add(file, n.Line+1, fmt.Sprintf("handoff %q is not one of appointment, person", h))
			}
		},
	})
	if root == nil {
		errs.add(file, 2, "front matter is empty: it needs at least id and question")
		return nil
	}
	switch {
	case e.ID == "":
		errs.add(file, root.Line+1, "id missing: add a line like `id: side-effects`")
	case !idPattern.MatchString(e.ID):
		errs.add(file, idLine, fmt.Sprintf("id %q may use only lowercase letters, digits and dashes", e.ID))
	}
	if e.Question == "" {
		errs.add(file, max(questionLine, root.Line+1), "question missing: add the main question, e.g. `question: What are the side effects?`")
	}
	if e.Handoff != "" && e.Kind != clinicbot.KindHandoff {
		errs.add(file, root.Line+1, "handoff: is only for entries of kind: handoff")
	}
	if len(e.Requests) > 0 && e.Kind != clinicbot.KindHandoff && lang == "" {
		errs.add(file, requestLine, "requests: is only for entries of kind: handoff (a question is matched by its phrasings)")
	}
	if e.Kind == clinicbot.KindHandoff && e.Handoff == "" {
		e.Handoff = clinicbot.HandoffAppointment
	}
	e.Answer = strings.TrimSpace(strings.Join(lines[end+1:], "\n"))
	if e.Answer == "" {
		errs.add(file, end+1, "answer missing: write the answer below the closing ---")
	}
	if bad := unknownPlaceholder(e.Answer); bad != "" {
		errs.add(file, end+2, fmt.Sprintf("unknown placeholder %s in the answer (use {name}, {phone} or {email})", bad))
	}
	if len(*errs) > before {
		return nil
	}
	if lang != "" && !Devanagari(e.Answer) {
		errs.add(file, end+2, "the Hindi answer is not in Devanagari: write it in Devanagari script (डिप्रेशन, सेशन ...)")
		return nil
	}
	return &parsedEntry{Entry: e, idLine: idLine, phrasingLines: phrasingLines, followLines: followLines, lang: lang}
}

// parsedEntry is an entry with the lines of its parts, for later checks.
type parsedEntry struct {
	*clinicbot.Entry
	idLine        int
	phrasingLines []int
	followLines   []int
	lang          string    // a translation of the entry with the same id ("hi")
	mtime         time.Time // when its file was last written
}

// checkEntries reports duplicate ids, repeated phrasings and dangling
// follow-ups, and returns the usable entries (the first of a duplicate id).
func checkEntries(parsed []*parsedEntry, errs *problems) []*clinicbot.Entry {
	// Of two files with the same id, the one written earlier keeps it and
	// the newer one (usually a copy being edited) is blamed.
	keeper := map[string]*parsedEntry{}
	for _, p := range parsed {
		if k, ok := keeper[p.ID]; !ok || p.mtime.Before(k.mtime) {
			keeper[p.ID] = p
		}
	}
	byID := map[string]*parsedEntry{}
	var out []*clinicbot.Entry
	for _, p := range parsed {
		if k := keeper[p.ID]; k != p {
			errs.add(p.File, p.idLine, fmt.Sprintf("duplicate id %q: already used by %s:%d", p.ID, k.File, k.idLine))
			continue
		}
		byID[p.ID] = p
		out = append(out, p.Entry)
	}
	type place struct {
		file string
		line int
		id   string
	}
	phrasings := map[string]place{}
	for _, p := range parsed {
		if byID[p.ID] != p {
			continue
		}
		qs := append([]string{p.Question}, p.Phrasings...)
		ls := append([]int{p.Line}, p.phrasingLines...)
		for i, q := range qs {
			key := Normalize(q)
			line := p.Line
			if i < len(ls) {
				line = ls[i]
			}
			if first, ok := phrasings[key]; ok {
				if first.id == p.ID {
					errs.add(p.File, line, fmt.Sprintf("phrasing %q is listed twice in this entry", q))
				} else {
					errs.add(p.File, line, fmt.Sprintf("phrasing %q is also in entry %q (%s:%d): keep it in one entry only", q, first.id, first.file, first.line))
				}
				continue
			}
			phrasings[key] = place{p.File, line, p.ID}
		}
		for i, f := range p.FollowUps {
			if _, ok := byID[f]; !ok {
				line := p.Line
				if i < len(p.followLines) {
					line = p.followLines[i]
				}
				errs.add(p.File, line, fmt.Sprintf("follow-up %q names no entry", f))
			}
		}
	}
	return out
}

// Normalize lowercases s and keeps only its words (letters, digits and
// combining marks, in any script), one space apart: "How much?!" and
// "how much" are the same question.
func Normalize(s string) string {
	f := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsMark(r)
	})
	return strings.Join(f, " ")
}

// mergeTranslations adds each translation (a file with lang: set) to the
// entry of its id: its question and answer as the entry's Translation, its
// question and phrasings as phrasings the entry is found by. It reports a
// translation without an entry, a second one for the same language, and a
// phrasing another entry has; it returns whether there was any.
func mergeTranslations(entries []*clinicbot.Entry, translated []*parsedEntry, errs *problems) bool {
	byID := map[string]*clinicbot.Entry{}
	owner := map[string]string{} // normalised phrasing → entry id
	for _, e := range entries {
		byID[e.ID] = e
		for _, q := range e.Questions() {
			owner[Normalize(q)] = e.ID
		}
	}
	for _, t := range translated {
		e := byID[t.ID]
		if e == nil {
			errs.add(t.File, t.idLine, fmt.Sprintf("no entry with id %q: a lang: %s file translates an entry, so the English one must exist", t.ID, t.lang))
			continue
		}
		if _, dup := e.Translations[t.lang]; dup {
			errs.add(t.File, t.idLine, fmt.Sprintf("entry %q already has a %s version (%s)", t.ID, t.lang, e.Translations[t.lang].File))
			continue
		}
		if e.Translations == nil {
			e.Translations = map[string]clinicbot.Translation{}
		}
		tr := clinicbot.Translation{Question: t.Question, Answer: t.Answer, File: t.File}
		if len(t.Requests) > 0 && e.Kind != clinicbot.KindHandoff {
			errs.add(t.File, t.idLine, fmt.Sprintf("requests: is only for handoff entries, and %q is not one", t.ID))
		} else {
			e.Requests = append(e.Requests, t.Requests...)
		}
		qs := append([]string{t.Question}, t.Phrasings...)
		ls := append([]int{t.Line}, t.phrasingLines...)
		for i, q := range qs {
			key := Normalize(q)
			switch id, ok := owner[key]; {
			case ok && id == e.ID:
				continue // the English file has it already
			case ok:
				line := t.Line
				if i < len(ls) {
					line = ls[i]
				}
				errs.add(t.File, line, fmt.Sprintf("phrasing %q is also in entry %q: keep it in one entry only", q, id))
				continue
			}
			owner[key] = e.ID
			e.Phrasings = append(e.Phrasings, q)
			tr.Phrasings = append(tr.Phrasings, q)
		}
		e.Translations[t.lang] = tr
	}
	return len(translated) > 0
}

// Errors of FrontMatterEnd.
var (
	ErrNoFrontMatter   = errors.New("no front matter")
	ErrFrontMatterOpen = errors.New("front matter is not closed")
)

// FrontMatterEnd returns the index of the line "---" that closes the front
// matter of an entry file split into lines.
func FrontMatterEnd(lines []string) (int, error) {
	if len(lines) == 0 || strings.TrimSpace(lines[0]) != "---" {
		return -1, ErrNoFrontMatter
	}
	for i := 1; i < len(lines); i++ {
		if strings.TrimSpace(lines[i]) == "---" {
			return i, nil
		}
	}
	return -1, ErrFrontMatterOpen
}
