package match

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
)

// SelfCheck is how the index does on its own knowledge when every
// phrasing is asked with that phrasing left out of its entry, so the entry
// is scored as if an admin had never written it (leave-one-out), and on a
// few questions no clinic answers. It depends on no eval file: it works on
// any knowledge folder, including one nobody tuned the matcher for.
type SelfCheck struct {
	Answer float64 // the coverage threshold it was measured at
	// Probes held-out phrasings were asked; Top1 of them ranked their own
	// entry first; Answered reached the threshold, Right of those rightly.
	Probes, Top1, Answered, Right int
	// OffTopic unrelated questions were asked; OffTopicAnswered reached it.
	OffTopic, OffTopicAnswered int
	// Confident is the confidence asked about; ConfidentProbes of the
	// probes reached it, ConfidentRight of those rightly (the calibration,
	// fitted on these same probes at load, seen from outside).
	Confident                       float64
	ConfidentProbes, ConfidentRight int
}

// maxProbes bounds the work at 10,000 entries: at most this many phrasings
// are asked, spread evenly over the folder.
const maxProbes = 600

// offTopic are questions no clinic or FAQ folder answers.
var offTopic = []string{
	"what's the weather like tomorrow", "who won the cricket match yesterday",
	"how do i cook biryani", "can you recommend a good movie", "what is the capital of france",
	"how do i fix my laptop", "tell me a joke", "what's 15 times 7",
	"how do i renew my passport", "which phone should i buy", "best place for a holiday in goa",
	"how do i learn to drive a car", "what time does the train leave", "is bitcoin a good investment",
	"how do i grow tomatoes", "translate hello into french", "who is the prime minister",
	"what is the price of petrol today", "how many players are in a football team", "write me a poem about rain",
}

// probe is one held-out phrasing's best hit: its coverage, and whether it
// was the phrasing's own entry.
type probe struct {
	coverage, confidence float64
	right                bool
}

// probes asks every phrasing (at most maxProbes) with it left out of its
// entry, and the off-topic questions; it returns their best coverages.
func (ix *Index) probes(ctx context.Context) (held []probe, off []float64, err error) {
	items := ix.probeItems()
	for _, it := range items {
		p := ix.phrasings[it.id][it.i]
		out := &heldOut{entry: it.id, index: it.i, terms: ix.termsWithout(it.id, p.text)}
		hits, err := ix.search(ctx, p.text, 1, out)
		if err != nil {
			return nil, nil, err
		}
		if len(hits) == 0 {
			held = append(held, probe{})
			continue
		}
		held = append(held, probe{coverage: hits[0].Coverage, confidence: hits[0].Confidence, right: hits[0].EntryID == it.id})
	}
	for _, q := range offTopic {
		hits, err := ix.search(ctx, q, 1, nil)
		if err != nil {
			return nil, nil, err
		}
		if len(hits) > 0 {
			off = append(off, hits[0].Coverage)
		}
	}
	return held, off, nil
}

// probeItem is one phrasing of an entry, by position.
type probeItem struct {
	id string
	i  int
}

// probeItems are the phrasings the self-checks ask: every phrasing of an
// entry with two or more (not small talk), at most maxProbes of them,
// spread evenly over the folder.
func (ix *Index) probeItems() []probeItem { return ix.probesOf(2) }

// probesOf lists the phrasings of every entry (small talk aside) with at
// least `least` of them, at most maxProbes in all, spread evenly.
func (ix *Index) probesOf(least int) []probeItem {
	var items []probeItem
	for _, id := range slices.Sorted(maps.Keys(ix.phrasings)) {
		if len(ix.phrasings[id]) < least || ix.smalltalk[id] {
			continue // with one phrasing, nothing is left to be found by
		}
		for i := range ix.phrasings[id] {
			items = append(items, probeItem{id, i})
		}
	}
	if stride := (len(items) + maxProbes - 1) / maxProbes; stride > 1 {
		var kept []probeItem
		for i := 0; i < len(items); i += stride {
			kept = append(kept, items[i])
		}
		items = kept
	}
	return items
}

// tally counts the probes at threshold answer.
func tally(held []probe, off []float64, answer, confident float64) SelfCheck {
	c := SelfCheck{Answer: answer, Probes: len(held), OffTopic: len(offTopic), Confident: confident}
	for _, p := range held {
		if p.confidence >= confident {
			c.ConfidentProbes++
			if p.right {
				c.ConfidentRight++
			}
		}
		if p.right {
			c.Top1++
		}
		if p.coverage >= answer {
			c.Answered++
			if p.right {
				c.Right++
			}
		}
	}
	for _, o := range off {
		if o >= answer {
			c.OffTopicAnswered++
		}
	}
	return c
}

// SelfCheck asks the index its own phrasings, each left out of its entry,
// and reports how the answers at coverage threshold answer would do, and
// how many reach calibrated confidence confident.
func (ix *Index) SelfCheck(ctx context.Context, answer, confident float64) (SelfCheck, error) {
	held, off, err := ix.probes(ctx)
	if err != nil {
		return SelfCheck{}, err
	}
	return tally(held, off, answer, confident), nil
}

// String says what the self-check found, for `clinicbot eval`.
func (c SelfCheck) String() string {
	if c.Probes == 0 {
		return "matcher self-check: no entry has two phrasings"
	}
	pct := func(a, b int) float64 {
		if b == 0 {
			return 0
		}
		return 100 * float64(a) / float64(b)
	}
	return fmt.Sprintf("matcher self-check (each phrasing asked with it left out of its entry): %d probes, right entry first %.1f%%; "+
		"at coverage >= %.2f: %.1f%% answered, %.1f%% of those right; %d/%d unrelated questions answered; "+
		"confidence calibrated on these probes at load: %.1f%% reach %.2f, %.1f%% of those right",
		c.Probes, pct(c.Top1, c.Probes), c.Answer, pct(c.Answered, c.Probes), pct(c.Right, c.Answered), c.OffTopicAnswered, c.OffTopic,
		pct(c.ConfidentProbes, c.Probes), c.Confident, pct(c.ConfidentRight, c.ConfidentProbes))
}

// termsWithout is an entry's term strengths as if one of its questions
// had never been written.
func (ix *Index) termsWithout(id, question string) map[string]float64 {
	seen := map[string]float64{}
	for _, t := range ix.answerTerms[id] {
		seen[t] = answerStrength(strengthAnswer, len(ix.phrasings[id])-1)
	}
	skipped := false
	for _, p := range ix.phrasings[id] {
		if p.text == question && !skipped {
			skipped = true
			continue
		}
		for _, t := range p.terms {
			seen[t] = strengthQuestion
		}
	}
	return seen
}

// Alike is two questions (or tags) of different entries that the matcher
// cannot tell apart: the same words once stop words are dropped and words
// are stemmed ("can i get ketamine therapy" and "ketamine therapy"). A
// message worded like them lands on either entry by chance: reword one so
// it says what only its entry is about.
type Alike struct {
	Entry, Text           string
	OtherEntry, OtherText string
}

// Alike lists the questions and tags that match another entry's word for
// word, each pair once, in a stable order.
func (ix *Index) Alike() []Alike {
	type seen struct{ id, text string }
	first := map[string][]seen{}
	var out []Alike
	for _, id := range slices.Sorted(maps.Keys(ix.phrasings)) {
		for _, p := range ix.phrasings[id] {
			if len(p.terms) == 0 {
				continue
			}
			ts := append([]string(nil), p.terms...)
			sort.Strings(ts)
			key := strings.Join(ts, " ")
			for _, s := range first[key] {
				if s.id != id {
					out = append(out, Alike{Entry: s.id, Text: s.text, OtherEntry: id, OtherText: p.text})
					break
				}
			}
			first[key] = append(first[key], seen{id, p.text})
		}
	}
	return out
}
