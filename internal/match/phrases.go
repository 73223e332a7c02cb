package match

import (
	_ "embed"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mindbraintms/clinicbot/internal/clinicbot"
)

// phrases.txt holds the expressions of several words that people use for
// one plain word an admin writes in a question ("get in touch" is
// contact, "call off" is cancel), one plain word and its expressions per
// line, written for this matcher without any knowledge folder in view.
// The stop list drops most of such an expression's words ("get", "in"),
// and what is left ("touch", "off") says nothing of what is asked: each
// is read as its plain word, in the knowledge's questions and in the
// message alike.
//
//go:embed phrases.txt
var phrasesText string

// phrasebook rewrites the expressions of phrases.txt to their plain words.
type phrasebook map[string][]expression // first word → its expressions, the longest first

// expression is one of a plain word's expressions: its words after the
// first, and the plain word.
type expression struct {
	rest []string
	word string
}

// book is the phrasebook of phrases.txt.
var book = newPhrasebook(phrasesText)

// newPhrasebook reads lines "word: expression, expression" ("#" lines are
// comments); an expression of one word is no expression.
func newPhrasebook(text string) phrasebook {
	b := phrasebook{}
	seen := map[string]bool{}
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		head, rest, ok := strings.Cut(line, ":")
		head = strings.ToLower(strings.TrimSpace(head))
		if !ok || strings.HasPrefix(line, "#") || head == "" || strings.ContainsFunc(head, unicode.IsSpace) {
			continue
		}
		for _, e := range strings.Split(rest, ",") {
			ws := words(e)
			key := strings.Join(ws, " ")
			if len(ws) < 2 || seen[key] {
				continue
			}
			seen[key] = true
			b[ws[0]] = append(b[ws[0]], expression{rest: ws[1:], word: head})
		}
	}
	b.longestFirst()
	return b
}

// longestFirst orders each word's expressions the longest first: "get in
// touch with" is read before "get in touch". The order is otherwise kept.
func (b phrasebook) longestFirst() {
	for _, es := range b {
		sort.SliceStable(es, func(i, j int) bool { return len(es[i].rest) > len(es[j].rest) })
	}
}

// with returns the book and the expressions of the synonym groups: an
// expression of several words in a group ("get in touch" in [contact, get
// in touch]) is read as the group's first word of one word. The book
// itself is not changed; an expression of the groups comes first.
func (b phrasebook) with(groups []clinicbot.SynonymGroup) phrasebook {
	out := b
	copied := false
	for _, g := range groups {
		if g.Whole || g.Broader != "" {
			continue
		}
		head := ""
		for _, w := range g.Words {
			if ws := words(w); len(ws) == 1 {
				head = ws[0]
				break
			}
		}
		if head == "" {
			continue
		}
		for _, w := range g.Words {
			ws := words(w)
			if len(ws) < 2 {
				continue
			}
			if !copied {
				out = make(phrasebook, len(b)+1)
				for k, es := range b {
					out[k] = slices.Clone(es)
				}
				copied = true
			}
			out[ws[0]] = slices.Insert(out[ws[0]], 0, expression{rest: ws[1:], word: head})
		}
	}
	if copied {
		out.longestFirst()
	}
	return out
}

// span is a word of a text and where it stands.
type span struct {
	w          string // lower case
	start, end int    // bytes
}

// spans splits text into its words as words does, keeping where each
// stands.
func spans(text string) []span {
	var out []span
	start := -1
	for i, r := range text {
		in := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '\'' || r > 127 && isLetterOrMark(r)
		switch {
		case in && start < 0:
			start = i
		case !in && start >= 0:
			out = append(out, span{strings.ToLower(text[start:i]), start, i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, span{strings.ToLower(text[start:]), start, len(text)})
	}
	return out
}

// What rewrite does with an expression it finds.
type reading int

const (
	ownWords reading = iota // its own words only
	asWord                  // its plain word instead of its words
	asBoth                  // its words, then its plain word
)

// replace returns text with each expression of the book read as its plain
// word (a message: "how do i get in touch" asks how to contact), or as
// read says: the text between words stays as it was.
func (b phrasebook) replace(text string, read func(e expression) reading) string {
	return b.rewrite(text, read)
}

// expand returns text with each expression of the book followed by its
// plain word (a question of the knowledge: "What if an item is out of
// stock?" keeps its "stock" for "stock me nahi hai" and gains
// "unavailable" for "sold out").
func (b phrasebook) expand(text string) string {
	return b.rewrite(text, func(expression) reading { return asBoth })
}

func (b phrasebook) rewrite(text string, read func(e expression) reading) string {
	if len(b) == 0 || !utf8.ValidString(text) {
		return text
	}
	ws := spans(text)
	var out strings.Builder
	last := 0 // bytes of text written
	for i := 0; i < len(ws); i++ {
		for _, e := range b[ws[i].w] {
			if i+len(e.rest) >= len(ws) || !follows(ws[i+1:], e.rest) {
				continue
			}
			how := asWord
			if read != nil {
				how = read(e)
			}
			if how == ownWords {
				break // a shorter expression of the same words is no better read
			}
			if out.Len() == 0 {
				out.Grow(len(text) + 16)
			}
			if how == asBoth {
				out.WriteString(text[last:ws[i+len(e.rest)].end])
				out.WriteString(" ")
			} else {
				out.WriteString(text[last:ws[i].start])
			}
			out.WriteString(e.word)
			i += len(e.rest)
			last = ws[i].end
			break
		}
	}
	if last == 0 {
		return text
	}
	out.WriteString(text[last:])
	return out.String()
}

// follows reports whether ws begins with the words of rest.
func follows(ws []span, rest []string) bool {
	for k, w := range rest {
		if ws[k].w != w {
			return false
		}
	}
	return true
}
