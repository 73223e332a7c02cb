package knowledge

import (
	"bytes"
	"fmt"
	"io/fs"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/mindbraintms/clinicbot/internal/clinicbot"
	"go.yaml.in/yaml/v3"
)

func parseClinic(d doc, data []byte) (c clinicbot.Clinic, m clinicbot.Messages, topics []string, topicLines []int) {
	root, ok := d.parse(data)
	if !ok {
		return
	}
	str := func(dst *string, key string) func(*yaml.Node) {
		return func(n *yaml.Node) { *dst = d.str(n, key) }
	}
	d.fields(root, "clinic.yaml", map[string]func(*yaml.Node){
		"name":          str(&c.Name, "name"),
		"phone":         str(&c.Phone, "phone"),
		"email":         str(&c.Email, "email"),
		"timezone":      str(&c.Timezone, "timezone"),
		"opening_hours": str(&c.OpeningHours, "opening_hours"),
		"disclaimer":    str(&c.Disclaimer, "disclaimer"),
		"colour":        str(&c.Colour, "colour"),
		"topics": func(n *yaml.Node) {
			topics = d.list(n, "topics")
			topicLines = d.lines(n)
		},
		"messages": func(n *yaml.Node) { d.fields(n, "messages", messageSetters(d, &m)) },
	})
	line := 1
	if root != nil {
		line = root.Line
	}
	for key, v := range map[string]string{"name": c.Name, "phone": c.Phone} {
		if v == "" {
			d.errs.add(d.file, line, key+" missing: patients are given it in every handoff and fallback")
		}
	}
	return
}

func parseSynonyms(d doc, data []byte) []clinicbot.SynonymGroup {
	root, ok := d.parse(data)
	if !ok || root == nil {
		return nil
	}
	var groups []clinicbot.SynonymGroup
	d.fields(root, "synonyms.yaml", map[string]func(*yaml.Node){
		"groups": func(n *yaml.Node) {
			if n.Kind != yaml.SequenceNode {
				d.errs.add(d.file, n.Line, "groups must be a list of lists, e.g. - [drip, iv, infusion]")
				return
			}
			for _, g := range n.Content {
				words := d.list(g, "synonym group")
				if len(words) < 2 {
					d.errs.add(d.file, g.Line, "a synonym group needs at least two words")
					continue
				}
				if !slices.ContainsFunc(words, func(w string) bool { return len(strings.Fields(w)) == 1 }) {
					d.errs.add(d.file, g.Line, "a synonym group of expressions needs one single word they are read as, e.g. - [contact, get in touch]")
					continue
				}
				groups = append(groups, clinicbot.SynonymGroup{Words: words})
			}
		},
		"unstemmed": func(n *yaml.Node) {
			words := d.list(n, "unstemmed")
			if len(words) == 0 {
				d.errs.add(d.file, n.Line, "unstemmed must list words, e.g. [fasting]")
				return
			}
			groups = append(groups, clinicbot.SynonymGroup{Words: words, Whole: true})
		},
		"kinds": func(n *yaml.Node) {
			if n.Kind != yaml.MappingNode {
				d.errs.add(d.file, n.Line, "kinds must map a word to the words that are kinds of it, e.g. ketamine: [esketamine, spravato]")
				return
			}
			for i := 0; i+1 < len(n.Content); i += 2 {
				broader := strings.TrimSpace(n.Content[i].Value)
				words := d.list(n.Content[i+1], "kinds of "+broader)
				if broader == "" || len(words) == 0 {
					d.errs.add(d.file, n.Content[i].Line, "a kinds line needs a word and at least one kind of it")
					continue
				}
				groups = append(groups, clinicbot.SynonymGroup{Words: words, Broader: broader})
			}
		},
	})
	return groups
}

var (
	dateRE      = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
	classNameRE = regexp.MustCompile(`^[a-z][a-z0-9_]*$`)
)

// safetyPart is a file of safety phrases beside safety.yaml
// (safety-*.yaml, other than safety-examples.yaml): its word classes and
// phrase lists join safety.yaml's, so that no file outgrows MaxFileSize.
type safetyPart struct {
	d    doc
	data []byte
}

// with returns the keys of a and of b in one map.
func with(a, b map[string]func(*yaml.Node)) map[string]func(*yaml.Node) {
	m := maps.Clone(a)
	maps.Copy(m, b)
	return m
}

// safetyPartFile reports whether p, a path in the knowledge folder, names
// a safety part: safety-NAME.yaml at the top, other than the examples.
func safetyPartFile(p string) bool {
	return !strings.Contains(p, "/") && strings.HasPrefix(p, "safety-") && strings.HasSuffix(p, ".yaml") && p != "safety-examples.yaml"
}

func parseSafety(d doc, data []byte, parts ...safetyPart) clinicbot.SafetyRules {
	var s clinicbot.SafetyRules
	root, ok := d.parse(data)
	if !ok {
		return s
	}
	main := d // d is the file being read: the closures below report in it
	type ref struct {
		file, key, pattern string
		line               int
	}
	var refs []ref // every phrase and class item, to check @class names once all are read
	phrases := func(dst *[]string, key string) func(*yaml.Node) {
		return func(n *yaml.Node) {
			items := d.list(n, key)
			for i, line := range d.lines(n) {
				if i < len(items) {
					if err := CheckPattern(items[i]); err != nil {
						d.errs.add(d.file, line, fmt.Sprintf("%s: %v", key, err))
					}
					refs = append(refs, ref{d.file, key, items[i], line})
				}
			}
			*dst = append(*dst, items...)
		}
	}
	// The phrase lists, which safety.yaml and its parts may both hold.
	crisisLists := map[string]func(*yaml.Node){
		"phrases":    phrases(&s.CrisisPhrases, "crisis.phrases"),
		"others":     phrases(&s.OtherPhrases, "crisis.others"),
		"distress":   phrases(&s.DistressPhrases, "crisis.distress"),
		"not_crisis": phrases(&s.NotCrisis, "crisis.not_crisis"),
		"recovered":  phrases(&s.Recovered, "crisis.recovered"),
	}
	adviceLists := map[string]func(*yaml.Node){
		"phrases":    phrases(&s.AdvicePhrases, "advice.phrases"),
		"not_advice": phrases(&s.NotAdvice, "advice.not_advice"),
	}
	probability := func(dst *float64, key, hint string) func(*yaml.Node) {
		return func(n *yaml.Node) {
			v, err := strconv.ParseFloat(d.str(n, key), 64)
			if err != nil || v < 0 || v > 1 {
				d.errs.add(d.file, n.Line, key+" must be a number from 0 to 1 ("+hint)
				return
			}
			*dst = v
		}
	}
	words := func(n *yaml.Node) {
		if n.Kind != yaml.MappingNode {
			d.errs.add(d.file, n.Line, "words must be a mapping of class name: list of words")
			return
		}
		if s.Words == nil {
			s.Words = map[string][]string{}
		}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			name := strings.TrimSpace(k.Value)
			if !classNameRE.MatchString(name) {
				d.errs.add(d.file, k.Line, fmt.Sprintf("word class name %q: use lower-case letters, digits and _", name))
				continue
			}
			if _, dup := s.Words[name]; dup {
				d.errs.add(d.file, k.Line, fmt.Sprintf("word class %q appears twice", name))
				continue
			}
			items := d.list(v, "words."+name)
			for j, line := range d.lines(v) {
				if j < len(items) {
					if strings.ContainsAny(strings.Trim(items[j], " "), " \t") {
						d.errs.add(d.file, line, fmt.Sprintf("words.%s: %q has a space: a class holds single words (write \"a|b\" or one word per item)", name, items[j]))
					}
					refs = append(refs, ref{d.file, "words." + name, items[j], line})
				}
			}
			s.Words[name] = items
		}
	}
	d.fields(root, "safety.yaml", map[string]func(*yaml.Node){
		"last_reviewed": func(n *yaml.Node) { s.LastReviewed = d.str(n, "last_reviewed") },
		"words":         words,
		"crisis": func(n *yaml.Node) {
			d.fields(n, "crisis", with(crisisLists, map[string]func(*yaml.Node){
				"reply":          func(n *yaml.Node) { s.CrisisReply = d.str(n, "crisis.reply") },
				"other_reply":    func(n *yaml.Node) { s.OtherReply = d.str(n, "crisis.other_reply") },
				"distress_reply": func(n *yaml.Node) { s.DistressReply = d.str(n, "crisis.distress_reply") },
				"other_distress_reply": func(n *yaml.Node) {
					s.OtherDistressReply = d.str(n, "crisis.other_distress_reply")
				},
				"reply_hi":                hindi(d, &s.Hindi.Crisis, "crisis.reply_hi"),
				"other_reply_hi":          hindi(d, &s.Hindi.Other, "crisis.other_reply_hi"),
				"distress_reply_hi":       hindi(d, &s.Hindi.Distress, "crisis.distress_reply_hi"),
				"other_distress_reply_hi": hindi(d, &s.Hindi.OtherDistress, "crisis.other_distress_reply_hi"),
			}))
		},
		"helplines": func(n *yaml.Node) {
			if n.Kind != yaml.SequenceNode {
				d.errs.add(d.file, n.Line, "helplines must be a list")
				return
			}
			for _, item := range n.Content {
				var h clinicbot.Helpline
				d.fields(item, "helpline", map[string]func(*yaml.Node){
					"name":          func(n *yaml.Node) { h.Name = d.str(n, "name") },
					"number":        func(n *yaml.Node) { h.Number = d.str(n, "number") },
					"note":          func(n *yaml.Node) { h.Note = d.str(n, "note") },
					"name_hi":       func(n *yaml.Node) { h.NameHi = d.str(n, "name_hi") },
					"note_hi":       func(n *yaml.Node) { h.NoteHi = d.str(n, "note_hi") },
					"last_verified": func(n *yaml.Node) { h.LastVerified = d.str(n, "last_verified") },
				})
				if h.Name == "" || h.Number == "" {
					d.errs.add(d.file, item.Line, "a helpline needs a name and a number")
					continue
				}
				if h.NameHi != "" && !Devanagari(h.NameHi) {
					d.errs.add(d.file, item.Line, fmt.Sprintf("helpline %q: name_hi must be written in Devanagari", h.Name))
				}
				if !dateRE.MatchString(h.LastVerified) {
					d.errs.add(d.file, item.Line, fmt.Sprintf("helpline %q needs last_verified: YYYY-MM-DD (the day someone checked the number)", h.Name))
				}
				s.Helplines = append(s.Helplines, h)
			}
		},
		"model": func(n *yaml.Node) {
			d.fields(n, "model", map[string]func(*yaml.Node){
				"threshold":                probability(&s.Model.Threshold, "model.threshold", "0 turns the classifier off), e.g. 0.8"),
				"threshold_alone":          probability(&s.Model.ThresholdAlone, "model.threshold_alone", "0: never without a risk word), e.g. 0.9"),
				"threshold_beside_mask":    probability(&s.Model.ThresholdBesideMask, "model.threshold_beside_mask", "0: never beside a mask), e.g. 0.99"),
				"risk_classes":             func(n *yaml.Node) { s.Model.RiskClasses = d.list(n, "model.risk_classes") },
				"advice_threshold":         probability(&s.Model.AdviceThreshold, "model.advice_threshold", "0 turns it off), e.g. 0.7"),
				"advice_classes":           func(n *yaml.Node) { s.Model.AdviceClasses = d.list(n, "model.advice_classes") },
				"advice_threshold_unnamed": probability(&s.Model.AdviceThresholdUnnamed, "model.advice_threshold_unnamed", "0: never without a word of advice_classes), e.g. 0.9"),
				"advice_unnamed_classes":   func(n *yaml.Node) { s.Model.AdviceUnnamedClasses = d.list(n, "model.advice_unnamed_classes") },
				"advice_unanswered":        probability(&s.Model.AdviceUnanswered, "model.advice_unanswered", "0: never), e.g. 0.5"),
				"advice_general_classes":   func(n *yaml.Node) { s.Model.AdviceGeneralClasses = d.list(n, "model.advice_general_classes") },
				"advice_personal_classes":  func(n *yaml.Node) { s.Model.AdvicePersonalClasses = d.list(n, "model.advice_personal_classes") },
				"advice_people_classes":    func(n *yaml.Node) { s.Model.AdvicePeopleClasses = d.list(n, "model.advice_people_classes") },
				"advice_general_for_people": func(n *yaml.Node) {
					s.Model.AdviceGeneralForPeople = d.list(n, "model.advice_general_for_people")
				},
				"learned_threshold":       probability(&s.Model.LearnedThreshold, "model.learned_threshold", "0: never), e.g. 0.9"),
				"learned_alone":           probability(&s.Model.LearnedAlone, "model.learned_alone", "0: never without a word of risk), e.g. 0.95"),
				"learned_question_clears": probability(&s.Model.LearnedQuestionClears, "model.learned_question_clears", "0: never), e.g. 0.3"),
				"learned_other_crisis":    probability(&s.Model.LearnedOtherCrisis, "model.learned_other_crisis", "0: always an emergency), e.g. 0.9"),
				"learn_from":              func(n *yaml.Node) { s.Model.LearnFrom = d.list(n, "model.learn_from") },
				"examples_from":           func(n *yaml.Node) { s.Model.ExamplesFrom = d.list(n, "model.examples_from") },
				"taught_threshold":        probability(&s.Model.TaughtBar, "model.taught_threshold", "0: off), e.g. 0.6"),
				"subject_threshold":       probability(&s.Model.SubjectBar, "model.subject_threshold", "0: the rules alone), e.g. 0.8"),
				"subject_self_threshold":  probability(&s.Model.SubjectSelfBar, "model.subject_self_threshold", "0: the rules alone), e.g. 0.9"),
				"subject_self_learned":    probability(&s.Model.SubjectSelfLearnedBar, "model.subject_self_learned", "0: the rules and subject_self_threshold), e.g. 0.65"),
				"taught_question_clears":  probability(&s.Model.TaughtQuestionClears, "model.taught_question_clears", "0: never), e.g. 0.2"),
				"taught_risk_clears":      probability(&s.Model.TaughtRiskClears, "model.taught_risk_clears", "0: never), e.g. 0.05"),
				"taught_advice_clears":    probability(&s.Model.TaughtAdviceClears, "model.taught_advice_clears", "0: never), e.g. 0.2"),
				"taught_request_clears":   probability(&s.Model.TaughtRequestClears, "model.taught_request_clears", "0: never), e.g. 0.4"),
				"taught_learned_clears":   probability(&s.Model.TaughtLearnedClears, "model.taught_learned_clears", "0: never), e.g. 0.3"),
				"taught_clause_clears":    probability(&s.Model.TaughtClauseClears, "model.taught_clause_clears", "0: never), e.g. 0.1"),
				"sentence_agree":          probability(&s.Model.SentenceAgree, "model.sentence_agree", "0: never), e.g. 0.97"),
				"long_message_words": func(n *yaml.Node) {
					v, err := strconv.Atoi(d.str(n, "model.long_message_words"))
					if err != nil || v < 0 {
						d.errs.add(d.file, n.Line, "model.long_message_words must be a whole number of words, 0 or more (0: never), e.g. 40")
						return
					}
					s.Model.LongWords = v
				},
				"long_sentence_threshold": probability(&s.Model.LongSentenceBar, "model.long_sentence_threshold", "e.g. 0.9"),
				"long_sentence_learned":   probability(&s.Model.LongSentenceLearned, "model.long_sentence_learned", "e.g. 0.97"),
				"beside_requests_of":      func(n *yaml.Node) { s.Model.BesideRequestsOf = d.list(n, "model.beside_requests_of") },
				"beside_requests_risky":   func(n *yaml.Node) { s.Model.BesideRequestsRisky = d.list(n, "model.beside_requests_risky") },
			})
		},
		"advice": func(n *yaml.Node) {
			d.fields(n, "advice", with(adviceLists, map[string]func(*yaml.Node){
				"reply":    func(n *yaml.Node) { s.AdviceReply = d.str(n, "advice.reply") },
				"reply_hi": hindi(d, &s.Hindi.Advice, "advice.reply_hi"),
			}))
		},
	})
	// The parts add word classes and phrases (a class defined twice is an
	// error, as in one file); replies, helplines and the model stay in
	// safety.yaml.
	for _, p := range parts {
		d = p.d
		proot, ok := d.parse(p.data)
		if !ok {
			continue
		}
		d.fields(proot, d.file, map[string]func(*yaml.Node){
			"words":  words,
			"crisis": func(n *yaml.Node) { d.fields(n, "crisis", crisisLists) },
			"advice": func(n *yaml.Node) { d.fields(n, "advice", adviceLists) },
		})
	}
	d = main
	line := 1
	if root != nil {
		line = root.Line
	}
	for _, r := range refs {
		for _, t := range strings.Fields(r.pattern) {
			for _, a := range strings.Split(strings.TrimSuffix(t, "?"), "|") {
				if name, ok := strings.CutPrefix(a, "@"); ok {
					if _, known := s.Words[name]; !known {
						d.errs.add(r.file, r.line, fmt.Sprintf("%s: unknown word class @%s: define it under words:", r.key, name))
					}
				}
			}
		}
	}
	for _, c := range append(append([]string(nil), s.Model.RiskClasses...), s.Model.AdviceClasses...) {
		if _, ok := s.Words[c]; !ok {
			d.errs.add(d.file, line, fmt.Sprintf("model: unknown word class %q in risk_classes or advice_classes: define it under words:", c))
		}
	}
	if len(s.OtherPhrases) > 0 && s.OtherReply == "" {
		d.errs.add(d.file, line, "crisis.other_reply missing: crisis.others needs a reply for the relative or friend")
	}
	if len(s.DistressPhrases) > 0 && s.DistressReply == "" {
		d.errs.add(d.file, line, "crisis.distress_reply missing: crisis.distress needs its reply")
	}
	if len(s.CrisisPhrases) == 0 {
		d.errs.add(d.file, line, "crisis.phrases missing: crisis detection cannot work without them")
	}
	if s.CrisisReply == "" {
		d.errs.add(d.file, line, "crisis.reply missing")
	}
	if len(s.Helplines) == 0 {
		d.errs.add(d.file, line, "helplines missing: the crisis reply must give at least one number")
	}
	return s
}

// CheckPattern reports a malformed safety phrase (see safety.yaml for the
// pattern language): empty, or made only of gaps and anchors.
func CheckPattern(p string) error {
	words := 0
	for _, t := range strings.Fields(p) {
		switch t {
		case "...", "...1", "...2", "...3", "...4", "...5", "...6", "...7", "...8", "...9", "^", "$":
		default:
			if strings.Trim(t, "|*") == "" {
				return fmt.Errorf("pattern %q has an empty word", p)
			}
			words++
		}
	}
	if words == 0 {
		return fmt.Errorf("pattern %q has no words", p)
	}
	return nil
}

// EvalSet is the content of an eval file.
type EvalSet struct {
	Threshold float64 // minimum accuracy, 0..1
	Cases     []clinicbot.EvalCase
}

// LoadEval reads an eval file (knowledge/eval.yaml format).
func LoadEval(fsys fs.FS, name, display string) (*EvalSet, []*clinicbot.Error) {
	var errs problems
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		errs.add(display, 0, "cannot read: "+err.Error())
		return nil, errs
	}
	set := parseEval(doc{file: display, errs: &errs}, data)
	if set == nil {
		return nil, errs
	}
	return set, errs
}

// parseExamples reads safety-examples.yaml: eval cases whose expect is
// crisis (a crisis) or safe or advice (not a crisis).
func parseExamples(d doc, data []byte) []clinicbot.SafetyExample {
	if out, ok := quickExamples(data); ok {
		return out
	}
	set := parseEval(d, data)
	if set == nil {
		return nil
	}
	var out []clinicbot.SafetyExample
	for _, c := range set.Cases {
		switch c.Expect {
		case clinicbot.KindCrisis, clinicbot.ExpectSafe, clinicbot.ExpectAdvice:
			out = append(out, clinicbot.SafetyExample{Text: c.Text, Crisis: c.Expect == clinicbot.KindCrisis, Advice: c.Expect == clinicbot.ExpectAdvice, Line: c.Line})
		default:
			d.errs.add(d.file, c.Line, fmt.Sprintf("expect %q: an example is crisis, safe or advice", c.Expect))
		}
	}
	return out
}

// parseEval reads an eval file's content; nil when it is not YAML.
func parseEval(d doc, data []byte) *EvalSet {
	errs := d.errs
	display := d.file
	root, ok := d.parse(data)
	if !ok {
		return nil
	}
	set := &EvalSet{Threshold: 0.9}
	d.fields(root, "eval file", map[string]func(*yaml.Node){
		"threshold": func(n *yaml.Node) {
			v, err := strconv.ParseFloat(d.str(n, "threshold"), 64)
			if err != nil || v < 0 || v > 1 {
				errs.add(display, n.Line, "threshold must be a number from 0 to 1, e.g. 0.95")
				return
			}
			set.Threshold = v
		},
		"cases": func(n *yaml.Node) {
			if n.Kind != yaml.SequenceNode {
				errs.add(display, n.Line, "cases must be a list")
				return
			}
			for _, item := range n.Content {
				c := clinicbot.EvalCase{Line: item.Line}
				d.fields(item, "case", map[string]func(*yaml.Node){
					"text":   func(n *yaml.Node) { c.Text = n.Value },
					"expect": func(n *yaml.Node) { c.Expect = clinicbot.Kind(d.str(n, "expect")) },
					"entry":  func(n *yaml.Node) { c.Entry = d.str(n, "entry") },
					"group":  func(n *yaml.Node) { c.Group = d.str(n, "group") },
					"lang":   func(n *yaml.Node) { c.Lang = d.str(n, "lang") },
					"subject": func(n *yaml.Node) {
						c.Subject = d.str(n, "subject")
						if c.Subject != clinicbot.SubjectSelf && c.Subject != clinicbot.SubjectOther {
							errs.add(display, n.Line, fmt.Sprintf("subject %q is not self (the writer) or other (someone the writer tells of)", c.Subject))
						}
					},
				})
				if !c.Expect.Valid() && c.Expect != clinicbot.ExpectAdvice && c.Expect != clinicbot.ExpectSafe {
					errs.add(display, item.Line, fmt.Sprintf("expect %q is not one of answer, handoff, crisis, fallback, smalltalk, advice, safe", c.Expect))
					continue
				}
				set.Cases = append(set.Cases, c)
			}
		},
	})
	return set
}

// hindi reads a Hindi text into dst, reporting one not in Devanagari.
func hindi(d doc, dst *string, key string) func(*yaml.Node) {
	return func(n *yaml.Node) {
		*dst = d.str(n, key)
		if !Devanagari(*dst) {
			d.errs.add(d.file, n.Line+d.offset, key+" is not in Devanagari: write the Hindi text in Devanagari script")
		}
	}
}

// quickExamples reads safety-examples.yaml when every example is in the
// one-line form,
//
//   - {text: "…", expect: crisis, group: en-direct}
//
// without building a YAML tree (the tree was most of a knowledge load's
// reading time); false when any line is in another form, and then the YAML
// parser reads the file and reports its problems by line.
func quickExamples(data []byte) ([]clinicbot.SafetyExample, bool) {
	var out []clinicbot.SafetyExample
	ok := quickCases(data, func(c oneLine, text string, line int) bool {
		switch {
		case c.expect != "crisis" && c.expect != "safe" && c.expect != "advice":
			return false
		case c.n > 1 || c.n == 1 && (c.fields[0][0] != "group" || strings.Contains(c.fields[0][1], ".")):
			return false
		}
		out = append(out, clinicbot.SafetyExample{Text: text, Crisis: c.expect == "crisis", Advice: c.expect == "advice", Line: line})
		return true
	})
	return out, ok
}

// quickCases walks a file of cases in the one-line form: add gets each
// case line, its text unquoted and its line number, and may refuse it;
// false when a line is in another form or refused.
func quickCases(data []byte, add func(c oneLine, text string, line int) bool) bool {
	cases := false
	indent := -1 // of the first case; YAML lets the list sit under cases: at 0 or more
	// One string for the whole file, walked line by line: the texts are
	// substrings of it (a slice of every line was a tenth of the reading).
	i := -1
	for line := range strings.Lines(string(data)) {
		i++
		line = strings.TrimSuffix(line, "\n")
		trimmed := strings.TrimSpace(line)
		switch {
		case trimmed == "" || strings.HasPrefix(trimmed, "#"):
			continue
		case !cases && strings.HasPrefix(line, "threshold:"):
			continue
		case !cases && trimmed == "cases:":
			cases = true
			continue
		case !cases:
			return false
		}
		item := strings.TrimLeft(line, " ")
		if indent < 0 {
			indent = len(line) - len(item)
		}
		if len(line)-len(item) != indent {
			return false
		}
		c, ok := readOneLine(item)
		if !ok {
			return false
		}
		// A YAML double-quoted scalar on one line: Go's quoting agrees on
		// every escape it accepts; any other escape falls back to YAML.
		// (Unquote checks a text without escapes is UTF-8 itself.)
		text, err := strconv.Unquote(c.quoted)
		if err != nil || strings.IndexByte(c.quoted, '\\') >= 0 && !utf8.ValidString(text) || !add(c, text, i+1) {
			return false
		}
	}
	return true
}

// oneLine is a case in the one-line form cases are written in, whatever
// fields follow text and expect:
//
//   - {text: "…", expect: answer, entry: cost, lang: en, group: forum}
type oneLine struct {
	quoted string // the text as written, quotes and escapes included
	expect string
	fields [maxFields][2]string // key and value of each field after expect ...
	n      int                  // ... the first n of them
}

// maxFields is the most fields after expect the one-line form reads; a
// case with more is read by the YAML parser.
const maxFields = 8

// kv returns c's fields after expect.
func (c *oneLine) kv() [][2]string { return c.fields[:c.n] }

// readOneLine reads line, its indentation cut, as a case in the one-line form: the text a
// double-quoted scalar, expect and each key lower-case letters, each value
// letters, digits and "_.-", then only white space after the brace; false
// when line is in another form.
func readOneLine(line string) (oneLine, bool) {
	var c oneLine
	rest, ok := strings.CutPrefix(line, `- {text: "`)
	if !ok {
		return c, false
	}
	// the closing quote: the first one after an even run of backslashes
	end := -1
	for off := 0; ; {
		k := strings.IndexByte(rest[off:], '"')
		if k < 0 {
			break
		}
		k += off
		run := 0
		for j := k - 1; j >= 0 && rest[j] == '\\'; j-- {
			run++
		}
		if run%2 == 0 {
			end = k
			break
		}
		off = k + 1
	}
	if end < 0 {
		return c, false
	}
	c.quoted, rest = line[len(`- {text: `):len(line)-len(rest)+end+1], rest[end+1:]
	if rest, ok = strings.CutPrefix(rest, ", expect: "); !ok {
		return c, false
	}
	if c.expect, rest = scalar(rest, isLower); c.expect == "" {
		return c, false
	}
	for strings.HasPrefix(rest, ", ") {
		var key, value string
		key, rest = leading(rest[2:], isLower)
		if key == "" || !strings.HasPrefix(rest, ": ") {
			return c, false
		}
		if value, rest = scalar(rest[2:], isValue); value == "" {
			return c, false
		}
		if c.n == maxFields {
			return c, false
		}
		c.fields[c.n] = [2]string{key, value}
		c.n++
	}
	if rest, ok = strings.CutPrefix(rest, "}"); !ok {
		return c, false
	}
	// after the brace only white space, or a comment after some (" # why")
	after := strings.TrimLeft(rest, " \t")
	return c, strings.TrimRight(after, " \t\r\n\f") == "" || after[0] == '#' && len(after) < len(rest)
}

// scalar splits s after a value of bytes that keep holds for, written
// plain (crisis) or double-quoted ("crisis", and then apostrophes and
// spaces too: "someone-else's-medicines"); the value is empty when s
// starts with neither.
func scalar(s string, keep func(byte) bool) (string, string) {
	if !strings.HasPrefix(s, `"`) {
		return leading(s, keep)
	}
	v, rest := leading(s[1:], func(b byte) bool { return keep(b) || b == '\'' || b == ' ' })
	if v == "" || !strings.HasPrefix(rest, `"`) {
		return "", s
	}
	return v, rest[1:]
}

// leading splits s after its longest prefix of bytes that keep holds for.
func leading(s string, keep func(byte) bool) (string, string) {
	i := 0
	for i < len(s) && keep(s[i]) {
		i++
	}
	return s[:i], s[i:]
}

func isLower(b byte) bool { return 'a' <= b && b <= 'z' }

func isValue(b byte) bool {
	return isLower(b) || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9' || b == '_' || b == '.' || b == '-'
}

// quickEvalCases reads an eval file whose cases are all in the one-line
// form, without a YAML tree (for model.learn_from, thousands of cases);
// false when any line is in another form, and then the YAML parser reads
// it.
func quickEvalCases(data []byte) ([]clinicbot.EvalCase, bool) {
	out := make([]clinicbot.EvalCase, 0, bytes.Count(data, []byte("\n"))+1)
	ok := quickCases(data, func(c oneLine, text string, line int) bool {
		expect := clinicbot.Kind(c.expect)
		if !expect.Valid() && expect != clinicbot.ExpectAdvice && expect != clinicbot.ExpectSafe {
			return false // the YAML reading reports it
		}
		ec := clinicbot.EvalCase{Text: text, Expect: expect, Line: line}
		for _, f := range c.kv() {
			if f[0] == "subject" {
				if f[1] != clinicbot.SubjectSelf && f[1] != clinicbot.SubjectOther {
					return false // the YAML reading reports it
				}
				ec.Subject = f[1]
			}
		}
		out = append(out, ec)
		return true
	})
	return out, ok
}
