// Package review turns what patients asked that the knowledge answered
// badly into phrasings: it lists the most frequent such questions with the
// entries nearest to each, masks personal data in them, and adds a chosen
// question to an entry's file with a minimal edit that keeps everything
// else (comments included) as it was.
package review

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/mindbraintms/clinicbot/internal/clinicbot"
	"github.com/mindbraintms/clinicbot/internal/knowledge"
)

// Searcher ranks entries for a text (match.Index).
type Searcher interface {
	Search(ctx context.Context, text string, n int) ([]clinicbot.Hit, error)
}

// Candidate is an entry a question might belong to.
type Candidate struct {
	Entry      string  `json:"entry"`
	Question   string  `json:"question"`
	Confidence float64 `json:"confidence"`
}

// Item is one question to review: its text (personal data masked), how
// often it was asked, and the three nearest entries.
type Item struct {
	Question   string      `json:"question"`
	Count      int         `json:"count"`
	Candidates []Candidate `json:"candidates"`
}

// Decision is what to do with a question: add it as a phrasing of Entry,
// or skip it. It is also the line format of `review -apply FILE`.
type Decision struct {
	Question string `json:"question"`
	Entry    string `json:"entry"`
}

// Items groups the questions (normalised; masked) and returns the max most
// frequent, each with its three nearest entries among entries.
func Items(ctx context.Context, qs []clinicbot.Question, search Searcher, entries map[string]*clinicbot.Entry, max int) ([]Item, error) {
	count := map[string]int{}
	first := map[string]string{}
	for _, q := range qs {
		text := Mask(strings.TrimSpace(q.Text))
		key := knowledge.Normalize(text)
		if key == "" {
			continue
		}
		if count[key] == 0 {
			first[key] = text
		}
		count[key]++
	}
	keys := make([]string, 0, len(count))
	for k := range count {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if count[keys[i]] != count[keys[j]] {
			return count[keys[i]] > count[keys[j]]
		}
		return keys[i] < keys[j]
	})
	if len(keys) > max {
		keys = keys[:max]
	}
	var out []Item
	for _, k := range keys {
		it := Item{Question: first[k], Count: count[k], Candidates: []Candidate{}}
		hits, err := search.Search(ctx, it.Question, 3)
		if err != nil {
			return nil, fmt.Errorf("search: %w", err)
		}
		for _, h := range hits {
			if e := entries[h.EntryID]; e != nil {
				it.Candidates = append(it.Candidates, Candidate{Entry: e.ID, Question: e.Question, Confidence: float64(int(h.Coverage*100+0.5)) / 100})
			}
		}
		out = append(out, it)
	}
	return out, nil
}

var (
	phoneRE = regexp.MustCompile(`\+?\d[\d\s\-()]{6,}\d`)
	emailRE = regexp.MustCompile(`[\w.+-]+@[\w-]+\.[\w.-]+`)
	nameRE  = regexp.MustCompile(`(?i)\b(my name is|i am|i'm|mera naam|मेरा नाम)\s+([\p{L}]+)`)
)

// Mask replaces phone numbers, emails and a name given as "my name is X"
// with placeholders, so no personal data is shown or written.
func Mask(s string) string {
	s = phoneRE.ReplaceAllString(s, "[phone]")
	s = emailRE.ReplaceAllString(s, "[email]")
	return nameRE.ReplaceAllStringFunc(s, func(m string) string {
		parts := nameRE.FindStringSubmatch(m)
		if strings.EqualFold(parts[1], "i am") || strings.EqualFold(parts[1], "i'm") {
			return m // "I am worried" is no name
		}
		return parts[1] + " [name]"
	})
}

// AddPhrasing adds question as the last phrasing of the entry file at
// path: one new line in the front matter, indented as the others; nothing
// else of the file changes. It refuses a question with masked data.
func AddPhrasing(path, question string) error {
	question = strings.TrimSpace(question)
	if question == "" || strings.ContainsAny(question, "\n\r") {
		return errors.New("a phrasing is one line of text")
	}
	if strings.Contains(question, "[phone]") || strings.Contains(question, "[email]") || strings.Contains(question, "[name]") {
		return errors.New("the question holds masked personal data: write the phrasing without it")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	lines := strings.Split(string(data), "\n")
	end, err := knowledge.FrontMatterEnd(lines)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	item := quote(question)
	at, indent := -1, "  "
	for i := 1; i < end; i++ {
		if strings.HasPrefix(lines[i], "phrasings:") {
			at = i
			for j := i + 1; j < end; j++ {
				t := strings.TrimLeft(lines[j], " ")
				if !strings.HasPrefix(t, "- ") {
					if strings.TrimSpace(lines[j]) == "" || strings.HasPrefix(t, "#") {
						continue
					}
					break
				}
				indent, at = lines[j][:len(lines[j])-len(t)], j
			}
			break
		}
	}
	var add []string
	if at < 0 { // no phrasings yet: start the list before the closing ---
		at = end - 1
		add = []string{"phrasings:", indent + "- " + item}
	} else {
		add = []string{indent + "- " + item}
	}
	out := append(append(append([]string{}, lines[:at+1]...), add...), lines[at+1:]...)
	return os.WriteFile(path, []byte(strings.Join(out, "\n")), 0o644)
}

// quote writes s as a YAML scalar: plain when safe, double-quoted (JSON
// quoting, valid YAML) otherwise.
func quote(s string) string {
	if strings.ContainsAny(s, ":#\"'{}[],&*!|>%@`") || strings.HasPrefix(s, "-") || strings.HasPrefix(s, "?") {
		b, _ := json.Marshal(s)
		return string(b)
	}
	return s
}

// ignoreFile, in the knowledge folder, lists questions never to show again
// (one normalised question a line); drafts holds new entry drafts. Both
// start with a dot, so the loader never reads them as knowledge.
const (
	ignoreFile = ".review-ignored"
	draftsDir  = ".drafts"
)

// Key is how a question is compared with the ignore list.
func Key(q string) string { return knowledge.Normalize(Mask(q)) }

// LoadIgnored reads the questions never to show again from folder.
func LoadIgnored(folder string) map[string]bool {
	out := map[string]bool{}
	data, err := os.ReadFile(filepath.Join(folder, ignoreFile))
	if err != nil {
		return out
	}
	for _, l := range strings.Split(string(data), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out[l] = true
		}
	}
	return out
}

// Ignore adds a question to the ignore list in folder.
func Ignore(folder, question string) error {
	f, err := os.OpenFile(filepath.Join(folder, ignoreFile), os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	_, err = fmt.Fprintln(f, Key(question))
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

var slugRE = regexp.MustCompile(`[^a-z0-9]+`)

// Draft writes a new entry draft for question under folder/.drafts (not
// served until its answer is written and it is moved into entries/) and
// returns its path.
func Draft(folder, question string) (string, error) {
	if strings.Contains(question, "[phone]") || strings.Contains(question, "[email]") || strings.Contains(question, "[name]") {
		return "", errors.New("the question holds masked personal data: write the draft by hand")
	}
	id := strings.Trim(slugRE.ReplaceAllString(strings.ToLower(question), "-"), "-")
	if len(id) > 40 {
		id = strings.TrimRight(id[:40], "-")
	}
	if id == "" {
		id = "new-entry"
	}
	dir := filepath.Join(folder, draftsDir)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	path := filepath.Join(dir, id+".md")
	text := "---\nid: " + id + "\nquestion: " + quote(question) + "\nphrasings:\n  - " + quote(question) +
		"\n---\nWrite the answer here, from the clinic's own information, then move this file into entries/.\n"
	if _, err := os.Stat(path); err == nil {
		return path, nil // a draft for it already
	}
	return path, os.WriteFile(path, []byte(text), 0o644)
}
