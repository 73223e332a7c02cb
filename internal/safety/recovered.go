package safety

// blankRecovered blanks, in masked, a crisis the writer tells as over:
// "I had suicidal thoughts in 2019, they have been gone since therapy",
// "I attempted suicide years ago; stable for four years now". It does so
// only when every one of these holds, so that a crisis now is never
// explained away:
//   - a crisis.recovered phrase says it is over;
//   - a word of the class long_ago places it back in time ("ago", "2019",
//     "years");
//   - no word of the class risk_now speaks of now ("still", "again",
//     "tonight", "anymore"), fillers included, outside the recovery phrase;
//   - the crisis phrase itself is in the past tense: a word of the class
//     past stands in it or just before it ("had", "tried", "wanted").
//
// Whatever else the message says is checked as usual afterwards: "I
// attempted suicide in 2018, stable now. I want to end it" is a crisis.
func (d *Detector) blankRecovered(text string, masked []token) {
	if len(d.recovered) == 0 {
		return
	}
	kept := nonEmpty(masked)
	if !d.any(d.longAgo, kept) {
		return
	}
	// A word of now among the fillers ("still") rules it out; the other
	// words of now are looked for once the recovery itself is set aside
	// ("I feel like myself again" is no "again").
	var dropped []string
	for _, w := range allWords(text) {
		if fillers[w] {
			dropped = append(dropped, w)
		}
	}
	if d.any(d.riskNow, d.lex.tokens(dropped)) {
		return
	}
	// Worked on a copy: unless a crisis told in the past is set aside,
	// nothing is (a blanked "she is better" alone would silence the
	// classifier on "she suddenly seems happy, gave her diary away").
	m := append([]token(nil), masked...)
	over := false
	for i := range d.recovered {
		if _, _, ok := d.recovered[i].find(m); ok {
			blank(m, &d.recovered[i], nil)
			over = true
		}
	}
	if !over || d.any(d.riskNow, nonEmpty(m)) || d.backAfter(masked, m) {
		return
	}
	told := false
	// The writer's crisis, or someone else's ("my husband had suicidal
	// thoughts last year, he's much better now").
	for _, ps := range [][]pattern{d.crisis, d.other} {
		for i := range ps {
			told = d.blankPast(&ps[i], m) || told
		}
	}
	if told {
		copy(masked, m)
	}
}

// backAfter reports whether, after the last recovery phrase (the words
// blanked in m but not in masked), the message says it is back: "they
// disappeared after ketamine. they're back and worse", "it came back",
// "it has all come back" (not "can I come back for a top-up", nor what
// is good and back: a word of the class good_back just before it).
func (d *Detector) backAfter(masked, m []token) bool {
	last := -1
	for i := range m {
		if m[i].w == "" && masked[i].w != "" {
			last = i
		}
	}
	if last < 0 {
		return false
	}
	for i := last + 1; i < len(masked); i++ {
		if masked[i].w != "back" || i == 0 {
			continue
		}
		if d.any(d.goodBack, masked[max(0, i-5):i]) {
			continue // "my old hobbies and good feelings are back"
		}
		switch prev := masked[i-1].w; prev {
		case "is", "are", "was", "were", "came":
			return true
		case "come":
			for _, w := range masked[max(0, i-4) : i-1] {
				if w.w == "has" || w.w == "have" || w.w == "had" {
					return true
				}
			}
		}
	}
	return false
}

// blankPast blanks in m every match of p told in the past tense (a word of
// past in it, just before it or a few words after it: "विचार आते थे"), and
// reports whether it blanked one.
func (d *Detector) blankPast(p *pattern, m []token) bool {
	told := false
	for {
		s, e, ok := p.find(m)
		if !ok || e == s || !d.any(d.past, m[max(0, s-3):min(len(m), e+6)]) {
			return told
		}
		for j := s; j < e; j++ {
			m[j] = token{}
		}
		told = true
	}
}
