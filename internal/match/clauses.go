package match

import (
	"context"
	"slices"
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
	eitherOr := map[int]bool{} // clauses that are one side of an "X ya Y" question
	for _, s := range markedSentences(text) {
		for _, c := range strings.FieldsFunc(s.text, func(r rune) bool { return r == ',' || r == ';' || r == ':' }) {
			c = strings.TrimSpace(c)
			ws := words(c)
			if len(ws) == 0 {
				continue
			}
			// "koi research hai iske peeche ya bas naya trend hai?" asks
			// either side: each may be answered alone.
			if asksEitherOr(ws) {
				i := slices.IndexFunc(ws, func(w string) bool { return w == "ya" || w == "या" })
				for _, side := range [][]string{ws[:i], ws[i+1:]} {
					eitherOr[len(all)] = true
					all = append(all, strings.Join(side, " "))
				}
				continue
			}
			all = append(all, c)
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
		if !eitherOr[i] && !askWords[ws[0]] && !asks(ws) && !hasHindiQuestion(ws) && !hasImperative(ws) && !asksEitherOr(ws) {
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
