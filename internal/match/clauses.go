package match

import (
	"context"
	"strings"

	"github.com/mindbraintms/clinicbot/internal/clinicbot"
)

// askedClauses returns the clauses of a message of several (its sentences,
// split again at commas, colons and semicolons) that may be asked alone:
// "for my grandmother who is 70 and quite scared: what is ketamine, in
// simple words i can translate for her" asks what ketamine is. Left out
// are a clause of a word, one that tells about the writer and asks
// nothing ("मैं नर्स हूं", "he drinks too much"), and one that points
// back ("any fix?", "what does that mean") when no other clause names a
// topic of the knowledge: it asks about something else. nil when the
// message is one clause.
func (ix *Index) askedClauses(text string) []string {
	var all []string
	for _, s := range markedSentences(text) {
		for _, c := range strings.FieldsFunc(s.text, func(r rune) bool { return r == ',' || r == ';' || r == ':' }) {
			if c = strings.TrimSpace(c); len(words(c)) > 0 {
				all = append(all, c)
			}
		}
	}
	if len(all) < 2 {
		return nil
	}
	var out []string
	for i, c := range all {
		ws := words(c)
		if clauseJoints[ws[0]] && len(ws) > 1 {
			ws = ws[1:]
		}
		if len(ws) < 2 {
			continue
		}
		if !askWords[ws[0]] && !asks(ws) && !hasHindiQuestion(ws) && !hasImperative(ws) && !asksEitherOr(ws) {
			continue
		}
		if pointsBack(c) {
			others := append(append([]string(nil), all[:i]...), all[i+1:]...)
			if ix.offTopic(others) {
				continue
			}
		}
		out = append(out, c)
	}
	return out
}

// SearchClauses ranks entries for each clause of text that may be asked
// alone (see askedClauses), with the index of the whole text's script: a
// dialog answers one of them when the whole message finds no answer.
func (b *ByScript) SearchClauses(ctx context.Context, text string, n int) ([][]clinicbot.Hit, error) {
	ix := b.English
	if Hindi(text) {
		ix = b.Hindi
	}
	var out [][]clinicbot.Hit
	for _, c := range ix.askedClauses(text) {
		hits, err := ix.Search(ctx, c, n)
		if err != nil {
			return nil, err
		}
		out = append(out, hits)
	}
	return out, nil
}
