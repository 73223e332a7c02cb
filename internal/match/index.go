// Package match ranks the clinic's knowledge entries against a patient's
// message with an in-memory Bleve index. Patient text is never parsed as
// query syntax: it is analysed into terms, typos are corrected against the
// knowledge's own vocabulary, synonyms are expanded, and the terms are
// searched as field-boosted term queries.
package match

import (
	"context"
	"fmt"
	"maps"
	"math"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/mindbraintms/clinicbot/internal/clinicbot"
)

const (
	fieldQuestions = "questions"
	fieldAnswer    = "answer"

	boostQuestions = 3.0
	boostAnswer    = 1.0
	boostSynonym   = 0.6 // a synonym counts less than the patient's own word

	// strength of a term's evidence for coverage, by where the entry has it
	strengthQuestion = 1.0
	strengthAnswer   = 0.6 // for an entry with many phrasings; see answerStrength
	strengthSynonym  = 0.9

	// unknownCommonWeight scales the weight of an everyday word that no
	// entry has, relative to an unknown rare word.
	unknownCommonWeight = 0.3
	// commonWeightCap caps the weight of an everyday word that few entries
	// have: "all" in "that's all" must not outweigh "ketamine therapy".
	commonWeightCap = 2.0
	// answerOnlyFactor scales the coverage of an entry whose questions and
	// tags share no topic word with the message.
	answerOnlyFactor = 0.5 // for an entry with many phrasings; see answerStrength
	// socialWeight scales politeness terms when scoring a topic entry.
	socialWeight = 0.3

	// Ranking blends coverage, nearest-question similarity and Bleve's
	// score relative to the best hit; weights calibrated on eval.yaml.
	rankCoverage   = 0.5
	rankSimilarity = 0.4
	rankScore      = 0.1

	// hinglishWordLen is the longest unknown Hinglish word taken for an
	// everyday one.
	hinglishWordLen = 5

	// kindShare divides the number of entries that have a broader word
	// when weighing its kind: "spravato" is rarer than "ketamine", but a
	// question about it is mostly a question about ketamine.
	kindShare = 1

	// loneQuestionWord caps the coverage of a hit found by a question
	// word alone: below the answer threshold, at the "did you mean" one.
	loneQuestionWord = 0.35

	// requestCoverage is the confidence of a handoff whose request is all
	// in the message: above the answer threshold.
	requestCoverage = 0.6
	// requestStep is added for each further word of the request found.
	requestStep = 0.02

	// polarityFactor scales the similarity of a phrasing that negates
	// what the message does not, or the other way round.
	polarityFactor = 0.7

	// longMessage: in a message of more terms than this, a word no entry
	// has weighs longMessage/terms of itself. A long post is full of
	// names, slang and what the writer went through; they must not drown
	// the few words that say what is asked (+8 across the question sets,
	// no off-topic question answered; 6 gained more but answered one).
	longMessage = 8
	batchSize   = 500 // Bleve batches: one huge batch costs far more memory
	// candidates is how many Bleve hits are re-ranked; tieRoom more are
	// fetched so that a tie at the cut is cut by entry id.
	candidates = 8
	tieRoom    = 8
)

var queryFields = [...]struct {
	name  string
	boost float64
}{{fieldQuestions, boostQuestions}, {fieldAnswer, boostAnswer}}

// Index ranks entries for a message. It is safe for concurrent use; Close
// it when replaced (searches on a closed index fail).
type Index struct {
	bleve    bleve.Index
	analyzer analysis.Analyzer
	// whole are the folder's words Porter must not shorten (newMapping):
	// a lexicon word among them is analysed with this index's analyzer,
	// every other with lexiconTerms.
	whole    map[string]bool
	speller  *speller
	loans    loanwords           // English words spelt in Devanagari (loanword.go)
	synonyms map[string][]string // term → the other terms of its groups
	// df counts the entries whose questions or tags have a term: answers
	// repeat boilerplate ("call us on ...") that says nothing of topic.
	df        map[string]int
	dfAll     map[string]int                // entries that have the term anywhere
	terms     map[string]map[string]float64 // entry id → term → strength
	social    map[string]bool               // terms only smalltalk entries have
	smalltalk map[string]bool               // ids of smalltalk entries
	// asking are, per smalltalk entry, the terms of its phrasings that are
	// questions ("are you a bot?", "who am i talking to"): a question that
	// shares no word of small talk alone with the entry must have one of
	// them (see rank).
	asking    map[string]map[string]bool
	handoff   map[string]bool       // ids of handoff entries
	common    map[string]bool       // terms of general English words (capped)
	place     map[string]bool       // terms of places in India (places.txt): weighed as everyday words when no entry has them
	phrasings map[string][]phrasing // entry id → each question and tag
	// postings are, per entry, where each term stands in its phrasings:
	// similarity reads the few terms of a message, not every phrasing.
	postings map[string]map[string][]posting
	weights  map[string]float64  // known term → weight (idf), precomputed
	address  map[string]bool     // terms of addressWords
	polite   map[string]bool     // terms of politeWords
	docs     map[string]document // what each entry was indexed with
	// answerTerms are each answer entry's answer terms, for the self-checks.
	answerTerms map[string][]string
	// answerOnly scales each entry's coverage when only its answer matched
	// (answerStrength of answerOnlyFactor).
	answerOnly map[string]float64
	// kinds are the terms of one-way synonym groups ("spravato" is a kind
	// of ketamine), each with how much more it weighs for an entry that
	// has the kind itself or neither it nor its broader word.
	kinds map[string]float64
	// book reads expressions of several words as one word: phrases.txt's
	// and the folder's own synonym groups' ("get in touch" beside
	// "contact"); plain are its plain words a message's expression is read
	// as (see reading), found once the folder's words are known.
	book  phrasebook
	plain map[string]bool
	// topicFloor is the least a topic word weighs against a smalltalk
	// entry that lacks it (the median term weight).
	topicFloor float64
	// mixedScript is set on the index that serves Hinglish: a short
	// Latin-script word no entry has that ends like Hindi (a vowel or h:
	// "milte", "hoga", "h") is most likely a Hindi verb or particle, weighed
	// like an everyday English word; "swim" or "golf" still counts against.
	mixedScript bool
	// names matches what the service itself is called (see NewByScript).
	names *regexp.Regexp
	n     int
	// calib turns the best hit's margin into a confidence (calibrate.go).
	calib calibration
	// intent is the classifier learned from the phrasings (intent.go); nil
	// above maxIntentEntries or with too few phrasings per entry.
	intent *intentModel
	// verbatim is every question and phrasing the admins wrote, in any
	// language, by its words (verbatimKey) → its entry: a message that
	// is one of them word for word, and that the ranking finds nothing
	// for, gets that entry ("koi hai" is all function words; "namaskar" is
	// a Hindi version's phrasing, kept out of English ranking).
	verbatim map[string]string
}

type document struct {
	Questions []string `json:"questions"`
	Answer    string   `json:"answer"`
}

// New builds an index over entries with the given synonym groups (read
// as English, see NewByScript). It returns an error only when Bleve
// itself fails.
func New(entries []*clinicbot.Entry, groups []clinicbot.SynonymGroup, opts ...Option) (*Index, error) {
	var o options
	for _, opt := range opts {
		opt(&o)
	}
	return build(entries, groups, false, nil, o)
}

func build(entries []*clinicbot.Entry, groups []clinicbot.SynonymGroup, mixedScript bool, names []string, o options) (*Index, error) {
	var key string
	if o.cache != nil {
		var err error
		if key, err = o.learnedKey(entries, groups, mixedScript, names); err != nil {
			key = ""
		}
	}
	var whole []string
	for _, g := range groups {
		if g.Whole {
			whole = append(whole, g.Words...)
		}
	}
	im, err := newMapping(whole)
	if err != nil {
		return nil, err
	}
	idx, err := bleve.NewUsing("", im, scorch.Name, scorch.Name, nil)
	if err != nil {
		return nil, fmt.Errorf("create index: %w", err)
	}
	ix := &Index{
		bleve:       idx,
		analyzer:    im.AnalyzerNamed(analyzerName),
		whole:       toSet(strings.ToLower(strings.Join(whole, " "))),
		speller:     newSpeller(),
		synonyms:    map[string][]string{},
		df:          map[string]int{},
		dfAll:       map[string]int{},
		terms:       map[string]map[string]float64{},
		social:      map[string]bool{},
		smalltalk:   map[string]bool{},
		asking:      map[string]map[string]bool{},
		handoff:     map[string]bool{},
		common:      map[string]bool{},
		place:       map[string]bool{},
		phrasings:   map[string][]phrasing{},
		postings:    map[string]map[string][]posting{},
		weights:     map[string]float64{},
		docs:        map[string]document{},
		answerTerms: map[string][]string{},
		answerOnly:  map[string]float64{},
		kinds:       map[string]float64{},
		mixedScript: mixedScript,
		book:        book.with(groups),
		names:       namePattern(names),
		n:           len(entries),
	}
	for _, w := range stopWords {
		ix.speller.add(w)
	}
	for w := range commonWords {
		ix.speller.add(w)
		for _, t := range ix.analyze(w) {
			ix.common[t] = true
		}
	}
	for w := range everydayWords {
		ix.speller.known(w)
	}
	for w := range placeWords {
		ix.speller.add(w)
		for _, t := range ix.analyze(w) {
			ix.place[t] = true
		}
	}
	ix.address, ix.polite = map[string]bool{}, map[string]bool{}
	for w := range addressWords {
		ix.speller.known(w) // "respected" is no typo of "repeat"
		for _, t := range ix.analyze(w) {
			ix.address[t] = true
		}
	}
	for w := range politeWords {
		for _, t := range ix.analyze(w) {
			ix.polite[t] = true
		}
	}
	ix.verbatim = verbatimKeys(entries)
	batch := idx.NewBatch()
	for _, e := range entries {
		// Tags are searched like questions (one field: fewer clauses per query).
		var qs []string
		for _, q := range append(e.Questions(), e.Tags...) {
			qs = append(qs, disambiguate(ix.book.expand(q)))
		}
		doc := document{Questions: qs}
		if e.Kind == clinicbot.KindAnswer {
			// Handoff and smalltalk replies are not content: "put you in
			// touch with our team" in the greeting must not match requests.
			doc.Answer = ix.book.expand(e.Answer)
		}
		if err := batch.Index(e.ID, doc); err != nil {
			idx.Close()
			return nil, fmt.Errorf("index entry %q: %w", e.ID, err)
		}
		if batch.Size() >= batchSize {
			if err := idx.Batch(batch); err != nil {
				idx.Close()
				return nil, fmt.Errorf("index batch: %w", err)
			}
			batch = idx.NewBatch()
		}
		ix.learn(e, doc)
	}
	if err := idx.Batch(batch); err != nil {
		idx.Close()
		return nil, fmt.Errorf("index batch: %w", err)
	}
	for _, g := range groups {
		if g.Whole {
			continue
		}
		var stems []string
		for _, w := range g.Words {
			if len(words(w)) > 1 {
				continue // an expression: the phrasebook reads it (with)
			}
			for _, word := range words(w) {
				ix.speller.add(word)
			}
			if ts := ix.analyze(w); len(ts) == 1 {
				stems = append(stems, ts[0])
			}
		}
		targets := stems
		if g.Broader != "" {
			// One way: a kind leads to the broader word, never back, and
			// weighs as little as it (a question about "spravato" is mostly
			// a question about ketamine).
			targets = ix.analyze(g.Broader)
			if len(targets) != 1 {
				continue
			}
		}
		for _, a := range stems {
			for _, b := range targets {
				if a != b && !contains(ix.synonyms[a], b) {
					ix.synonyms[a] = append(ix.synonyms[a], b)
				}
			}
			if g.Broader != "" {
				ix.kinds[a] = 0
			}
		}
	}
	ix.addThesaurus()
	ix.addHinglish()
	ix.addLeads()
	// Weights depend on every entry and synonym group: compute them once.
	for t := range ix.dfAll {
		ix.weights[t] = ix.weight(t)
	}
	// The median weight of the knowledge's terms: the least a topic word
	// weighs against small talk.
	var ws []float64
	for t := range ix.df {
		ws = append(ws, ix.weights[t])
	}
	if len(ws) > 0 {
		sort.Float64s(ws)
		ix.topicFloor = ws[len(ws)/2]
	}
	// A kind weighs as little as its broader word for an entry that has
	// just that word, and its own rarity otherwise: kinds[t] is how much
	// more that is (see coverage).
	for t := range ix.kinds {
		own := ix.df[t]
		if own == 0 {
			own = ix.dfAll[t]
		}
		if idf, w := bm25IDF(ix.n, own), ix.idf(t); w > 0 && idf > w {
			ix.kinds[t] = idf / w
		} else {
			delete(ix.kinds, t)
		}
	}
	for id, ps := range ix.phrasings {
		for i := range ps {
			p := &ps[i]
			p.weights = make([]float64, len(p.terms))
			for j, t := range p.terms {
				p.weights[j] = ix.idf(t)
				p.norm += p.weights[j] * p.weights[j]
			}
			p.norm = math.Sqrt(p.norm)
		}
		ix.phrasings[id] = ps
		post := map[string][]posting{}
		for i, p := range ps {
			for j, t := range p.terms {
				post[t] = append(post[t], posting{int32(i), p.weights[j]})
			}
		}
		ix.postings[id] = post
	}
	ix.loans = loanwordsOf(ix.speller)
	ix.plain = ix.plainWords()
	if err := ix.learnOrRead(o, key); err != nil {
		idx.Close()
		return nil, err
	}
	return ix, nil
}

// posting is one place of a term: a phrasing and the term's weight there.
type posting struct {
	phrasing int32
	weight   float64
}

// phrasing is one question or tag of an entry, analysed.
type phrasing struct {
	text    string
	terms   []string
	weights []float64
	norm    float64
	negated bool // it has a negation ("who should not have it")
}

// learn records an entry's terms (for coverage and rarity) and words (for
// spelling correction).
func (ix *Index) learn(e *clinicbot.Entry, doc document) {
	seen := map[string]float64{}
	note := func(text string, strength float64) {
		for _, w := range words(text) {
			ix.speller.add(w)
		}
		for _, t := range ix.analyze(text) {
			if seen[t] < strength {
				seen[t] = strength
			}
		}
	}
	for _, q := range doc.Questions {
		note(q, strengthQuestion)
		if ts := ix.analyze(q); len(ts) > 0 {
			ix.phrasings[e.ID] = append(ix.phrasings[e.ID], phrasing{text: q, terms: ts, negated: negates(q)})
		}
	}
	ix.answerOnly[e.ID] = answerStrength(answerOnlyFactor, len(doc.Questions))
	if doc.Answer != "" {
		note(doc.Answer, answerStrength(strengthAnswer, len(doc.Questions)))
		ix.answerTerms[e.ID] = ix.analyze(doc.Answer)
	}
	small := e.Kind == clinicbot.KindSmalltalk
	for t, strength := range seen {
		if ix.dfAll[t] == 0 {
			ix.social[t] = small
		} else if !small {
			ix.social[t] = false
		}
		ix.dfAll[t]++
		if strength == strengthQuestion {
			ix.df[t]++
		}
	}
	ix.terms[e.ID] = seen
	ix.smalltalk[e.ID] = small
	if small {
		ix.asking[e.ID] = map[string]bool{}
		for _, q := range doc.Questions {
			if putAsQuestion(q) {
				for _, t := range ix.analyze(q) {
					ix.asking[e.ID][t] = true
				}
			}
		}
	}
	ix.handoff[e.ID] = e.Kind == clinicbot.KindHandoff
	ix.docs[e.ID] = doc
}

// answerStrength is how much an entry's answer text speaks for it, from
// base (an entry with many phrasings) up to 1 (an entry with one): an admin
// who wrote a single question has said the rest in the answer, and a
// patient's other words for it are found there ("what do I need to bring
// to get a card?" against "How do I join the library?", whose answer
// lists the documents).
func answerStrength(base float64, phrasings int) float64 {
	return base + (1-base)/float64(max(phrasings, 1))
}

// Close releases the index.
func (ix *Index) Close() error { return ix.bleve.Close() }

// Search returns up to n entries ranked for text, best first. It returns
// no hits (and no error) when the text has no meaningful words.
func (ix *Index) Search(ctx context.Context, text string, n int) ([]clinicbot.Hit, error) {
	return ix.search(ctx, text, n, nil)
}

// heldOut is one phrasing left out of its entry while the index checks
// itself (calibrate): the entry is scored as if it had never had it.
type heldOut struct {
	entry string
	index int                // position in phrasings[entry]
	terms map[string]float64 // the entry's terms without the phrasing
}

func (ix *Index) search(ctx context.Context, text string, n int, out *heldOut) ([]clinicbot.Hit, error) {
	hits, err := ix.rank(ctx, text, n, out)
	if err != nil || out != nil {
		return hits, err
	}
	if len(hits) > 0 {
		// "I have had depression for 5 years. koi hai?": what is asked is
		// an admin's wording of only function words, after sentences about
		// the writer; those sentences must not answer in its place.
		if id, ok := ix.toldThenVerbatim(text); ok {
			return []clinicbot.Hit{{EntryID: id, Score: 1, Coverage: 1, Similarity: 1, Matched: 1, Confidence: 1}}, nil
		}
		return hits, nil
	}
	// Nothing ranked: an admin's own wording of only function words ("koi
	// hai") or of a Hindi version the English ranking leaves out
	// ("namaskar") still gets its entry, word for word. Ranked wording
	// keeps its ranking, so the rewording probe measures the ranking.
	id, ok := ix.verbatim[verbatimKey(text)]
	if !ok {
		id, ok = ix.toldThenVerbatim(text)
	}
	if ok {
		return []clinicbot.Hit{{EntryID: id, Score: 1, Coverage: 1, Similarity: 1, Matched: 1, Confidence: 1}}, nil
	}
	return nil, nil
}

// toldThenVerbatim finds, in a message whose other sentences tell about
// the writer ("I have had depression for 5 years.") or greet ("hi,"), one
// sentence that is word for word a phrasing ("koi hai", "thik hai", "क्या
// आप डॉक्टर हैं"), and returns its entry: the sentence about the writer
// must not turn an admin's own wording into another answer.
func (ix *Index) toldThenVerbatim(text string) (string, bool) {
	parts := sentenceParts(text, ',')
	if len(parts) < 2 {
		return "", false
	}
	found := ""
	for _, p := range parts {
		ws := words(p)
		if len(ws) == 0 || allPolite(ws) {
			continue // "hi, koi hai?": the greeting is politeness
		}
		if id, ok := ix.verbatim[verbatimKey(p)]; ok && found == "" {
			found = id
			continue
		}
		if !aboutWriter[ws[0]] || asks(ws) {
			return "", false
		}
	}
	return found, found != ""
}

// allPolite reports whether every word greets, thanks or addresses ("hi",
// "hello ji", "namaste sir").
func allPolite(ws []string) bool {
	for _, w := range ws {
		if !politeWords[w] && !addressWords[w] {
			return false
		}
	}
	return true
}

// eWord finds an "e-" word written in Devanagari with a hyphen ("ई-मेल"),
// which reads as one word ("ईमेल"): "ई" alone is Bhojpuri's "this", a word
// of no topic, so "ई मेल" with a space is left as two.
var eWord = regexp.MustCompile(`(^|[\s(])ई\s*-\s*(\p{Devanagari})`)

// rank ranks the entries for text by its words.
func (ix *Index) rank(ctx context.Context, text string, n int, out *heldOut) ([]clinicbot.Hit, error) {
	text = unwrap(text)
	if strings.Contains(text, "ई") {
		text = eWord.ReplaceAllString(text, "${1}ई$2")
	}
	if strings.Contains(strings.ToLower(text), "good") {
		text = goodTimeOfDay.ReplaceAllString(text, "$1")
	}
	if ix.names != nil {
		if rest := ix.names.ReplaceAllString(text, " "); hasLetter(rest) {
			text = rest
		}
	}
	terms, guessed := ix.guessedTerms(text)
	if len(terms) == 0 {
		return nil, nil
	}
	ctxw := ix.sentenceWeights(text)
	// A greeting or a thank-you beside a question is politeness: it is
	// left out, and the question decides ("hi, what is ketamine?").
	// Only what is asked counts: "I have had depression for 5 years.
	// thank u so much" is thanks, whatever the sentence about the writer.
	topical := false
	for _, t := range terms {
		if _, told := ctxw[t]; !told && ix.isTopic(t) {
			topical = true
			break
		}
	}
	polite := false
	for _, t := range terms {
		polite = polite || ix.polite[t]
	}
	if topical {
		kept := terms[:0:0]
		for _, t := range terms {
			if !ix.polite[t] {
				kept = append(kept, t)
			}
		}
		terms = kept
	}
	scale := func(t string) float64 {
		v := 1.0
		if w, ok := ctxw[t]; ok {
			v = w
		}
		if ix.address[t] {
			v *= addressWeight
		}
		return v
	}
	var clauses []query.Query
	add := func(term string, fields int, boost float64) {
		if ix.dfAll[term] == 0 {
			return // no entry has it: a clause would only cost time
		}
		for _, f := range queryFields[:fields] {
			q := query.NewTermQuery(term)
			q.SetField(f.name)
			q.SetBoost(f.boost * boost)
			clauses = append(clauses, q)
		}
	}
	for _, t := range terms {
		add(t, len(queryFields), scale(t))
		for _, s := range ix.synonyms[t] {
			if !contains(terms, s) {
				add(s, 1, boostSynonym*scale(t)) // synonyms: questions (and tags) only
			}
		}
	}
	if len(clauses) == 0 {
		return nil, nil
	}
	// A few more than the candidates are fetched and cut in the order of
	// score, then entry id: the index numbers documents in whatever order its batch
	// was written, so Bleve's own cut through a tie came out differently
	// from one load of the same folder to the next. (Sorting by id inside
	// Bleve did the same at 35 % more time per search at 10,000 entries.)
	want := max(n, candidates)
	req := bleve.NewSearchRequestOptions(query.NewDisjunctionQuery(clauses), want+tieRoom, 0, false)
	res, err := ix.bleve.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	sort.SliceStable(res.Hits, func(i, j int) bool {
		if a, b := res.Hits[i].Score, res.Hits[j].Score; a != b {
			return a > b
		}
		return res.Hits[i].ID < res.Hits[j].ID
	})
	if len(res.Hits) > want {
		res.Hits = res.Hits[:want]
	}
	// A place weighs as an everyday word only when it is the one place
	// named: two name a journey ("how to reach Shimla from Chandigarh"),
	// which is the question, not the story told beside it.
	places := 0
	for _, t := range terms {
		if ix.place[t] && ix.dfAll[t] == 0 {
			places++
		}
	}
	w := make(map[string]float64, len(terms))
	var qnorm float64
	var contrasted map[string]bool // kinds set against their broader word
	for _, t := range terms {
		w[t] = ix.idf(t) * scale(t)
		if places > 1 && ix.place[t] && ix.dfAll[t] == 0 {
			w[t] = ix.rarity(t) * scale(t) // not discounted: see weight
		}
		if ix.dfAll[t] == 0 && len(terms) > longMessage { // see longMessage
			w[t] *= float64(longMessage) / float64(len(terms))
		}
		if k, ok := ix.kinds[t]; ok && ix.besideBroader(t, terms) {
			w[t] *= k // set against its broader word: its own rarity (see coverage)
			if contrasted == nil {
				contrasted = map[string]bool{}
			}
			contrasted[t] = true
		}
		qnorm += w[t] * w[t]
	}
	qnorm = math.Sqrt(qnorm)
	wx := make(map[string]float64, 2*len(terms))
	for _, t := range terms {
		for _, s := range ix.synonyms[t] {
			if contrasted[t] && ix.broader(s) {
				continue // no reading of the broader word it is set against
			}
			wx[s] = max(wx[s], strengthSynonym*w[t])
		}
	}
	for t, v := range w {
		wx[t] = v
	}
	// Coverage, the confidence, is of what is asked: the words of a
	// sentence that tells about the writer ("I have had depression for 5
	// years.") beside the question only break ties (through similarity).
	wq := w
	if len(ctxw) > 0 {
		wq = make(map[string]float64, len(w))
		for t, v := range w {
			if _, told := ctxw[t]; !told {
				wq[t] = v
			}
		}
	}
	// Similarity, too, is of the question when other sentences tell about
	// the writer; the whole message only breaks ties ("I have had
	// depression for 5 years. ketamine kya hai" is not about who it is for).
	var wxq map[string]float64
	var qnormQ float64
	if len(ctxw) > 0 {
		wxq = make(map[string]float64, len(wx))
		for t, v := range wq {
			qnormQ += v * v
			for _, s := range ix.synonyms[t] {
				wxq[s] = max(wxq[s], strengthSynonym*v)
			}
		}
		for t, v := range wq {
			wxq[t] = v
		}
		qnormQ = math.Sqrt(qnormQ)
	}
	// A question is not thanks, a goodbye or an "ok" for a word it shares
	// with one: "will it help me?" is not "that was helpful", "is it
	// good?" is not "good morning". A word only small talk has ("thanks",
	// "bye", "bot") still says it is, and so do the words of the entry's
	// own questions ("who am i talking to right now?").
	question := putAsQuestion(text)
	for _, t := range terms {
		question = question && !ix.social[t]
	}
	asksSmall := func(id string) bool {
		for _, t := range terms {
			if ix.asking[id][t] {
				return true
			}
		}
		return false
	}
	hits := make([]clinicbot.Hit, 0, len(res.Hits))
	qx, qxq := weighted(wx), weighted(wxq)
	negated := negates(text)
	for _, h := range res.Hits {
		sim := ix.similarity(h.ID, qx, qnorm, negated, out)
		if wxq != nil {
			sim = (1-contextWeight)*ix.similarity(h.ID, qxq, qnormQ, negated, out) + contextWeight*sim
		}
		cov, matched := ix.coverage(h.ID, terms, wq, guessed, contrasted, !polite, out)
		hits = append(hits, clinicbot.Hit{EntryID: h.ID, Score: h.Score,
			Coverage: cov, Similarity: sim, Matched: matched})
	}
	if len(hits) == 0 {
		return nil, nil
	}
	// A question whose one word left is its question word ("how would i
	// even know if this is for me": "how") names no topic: no entry
	// answers it for that word alone, unless the story told beside it
	// names the entry's words ("we only know ketamine as some drug. what
	// is it exactly?"). A question word that is a topic's synonym ("where")
	// and small talk ("who are you") are their own.
	// asked are the terms of what is asked, not of a story told beside it
	// (the intent classifier reads them too).
	var asked []string
	for _, t := range terms {
		if _, told := ctxw[t]; !told {
			asked = append(asked, t)
		}
	}
	if len(asked) == 1 && questionStarts[asked[0]] && len(ix.synonyms[asked[0]]) == 0 && len(words(text)) >= 3 {
		for i := range hits {
			if !ix.smalltalk[hits[i].EntryID] && !ix.hasTopicWord(hits[i].EntryID, ctxw) {
				hits[i].Coverage = min(hits[i].Coverage, loneQuestionWord)
			}
		}
	}
	// A request for staff is often wrapped in the reason for it ("kindly
	// arrange a callback, I have some doubts regarding the procedure and
	// charges for my husband"): a handoff whose own request is all in the
	// message is as sure as its request, whatever surrounds it. (The
	// request verb is looked for only when a handoff is among the hits.)
	imperative, looked := false, false
	for i := range hits {
		if !ix.handoff[hits[i].EntryID] {
			continue
		}
		if !looked {
			imperative, looked = requestVerbs.MatchString(strings.ToLower(text)), true
		}
		if n := ix.requested(hits[i].EntryID, w, imperative, out); n > 0 {
			// The more of its request is there, the surer: "अपॉइंटमेंट
			// कैंसल करना है" is a cancellation more than a booking.
			hits[i].Coverage = max(hits[i].Coverage, requestCoverage+requestStep*float64(min(n-1, 4)))
		}
	}
	top := hits[0].Score
	// The classifier's probability joins the ranking; not while a phrasing
	// is held out (the classifier learned it), so the self-checks and the
	// calibration measure the ranking without it: careful, not flattering.
	var intent []float64
	if ix.intent != nil && out == nil {
		// Of the question only, when other sentences tell about the writer.
		intent = make([]float64, len(ix.intent.ids))
		ix.intent.probs(ix.termFeatures(asked), intent)
	}
	rank := func(h clinicbot.Hit) float64 {
		r := rankCoverage*h.Coverage + rankSimilarity*h.Similarity + rankScore*h.Score/top
		if intent != nil {
			if k, ok := ix.intent.index[h.EntryID]; ok {
				r += intentWeight * intent[k]
			}
		}
		return r
	}
	// Each hit's rank once, then ties by entry id.
	type ranked struct {
		hit  clinicbot.Hit
		rank float64
	}
	order := make([]ranked, len(hits))
	for i, h := range hits {
		order[i] = ranked{h, rank(h)}
	}
	sort.Slice(order, func(i, j int) bool {
		if order[i].rank != order[j].rank {
			return order[i].rank > order[j].rank
		}
		return order[i].hit.EntryID < order[j].hit.EntryID
	})
	for i := range order {
		hits[i] = order[i].hit
	}
	if question && ix.smalltalk[hits[0].EntryID] && !asksSmall(hits[0].EntryID) {
		// What is left is a guess: "is it good?" names nothing to answer
		// with confidence, and a suggestion is better than a wrong answer.
		kept := hits[:0]
		for _, h := range hits {
			if !ix.smalltalk[h.EntryID] || asksSmall(h.EntryID) {
				h.Coverage *= askedOfSmallTalk
				kept = append(kept, h)
			}
		}
		if hits = kept; len(hits) == 0 {
			return nil, nil
		}
	}
	hits[0].Confidence = ix.confidence(hits)
	if len(hits) > n {
		hits = hits[:n]
	}
	return hits, nil
}

// askedOfSmallTalk scales the coverage of the other hits when a question
// shared only a word with thanks, a greeting or a goodbye (see rank): below
// every answer threshold, at the suggestions' (dialog.DefaultThresholds),
// so the patient is offered the entries instead of a guess.
const askedOfSmallTalk = 0.32

// verbatimKey is a text's words, lower-cased, one space apart, chat
// spellings read as words: "Koi hai?" and "koi  hai" are the same
// phrasing, and so are "how r u" and "how are you".
func verbatimKey(text string) string {
	ws := words(text)
	for i, w := range ws {
		if c, ok := chatSpellings[w]; ok {
			ws[i] = c // "how r u" is "how are you"
		}
	}
	return strings.Join(ws, " ")
}

// verbatimKeys maps every question and phrasing of entries, their
// translations' too, to its entry.
func verbatimKeys(entries []*clinicbot.Entry) map[string]string {
	out := map[string]string{}
	for _, e := range entries {
		qs := e.Questions()
		for _, t := range e.Translations {
			qs = append(append(qs, t.Question), t.Phrasings...)
		}
		for _, q := range qs {
			if k := verbatimKey(q); k != "" {
				out[k] = e.ID
			}
		}
	}
	return out
}

// queryTerms corrects spelling word by word, then analyses the text into
// unique terms, in order.
func (ix *Index) queryTerms(text string) []string {
	terms, _ := ix.guessedTerms(text)
	return terms
}

// reading is how a message's expression is read: as its plain word where
// the questions have that word or a synonym of it, or it is a word of no
// topic ("find out" is to know: it asks nothing); otherwise in its own
// words, which may still meet an answer (review rev43: "is there any money
// off" is about the cost where no question says discount).
func (ix *Index) reading(e expression) reading {
	if ix.plain[e.word] {
		return asWord
	}
	return ownWords
}

// plainWords are the plain words of the book that reading reads a
// message's expression as.
func (ix *Index) plainWords() map[string]bool {
	out := map[string]bool{}
	for _, es := range ix.book {
		for _, e := range es {
			if _, seen := out[e.word]; !seen {
				out[e.word] = stopSet[e.word] || ix.inQuestions(e.word)
			}
		}
	}
	return out
}

// inQuestions reports whether the knowledge's questions have word or a
// synonym of it.
func (ix *Index) inQuestions(word string) bool {
	return slices.ContainsFunc(ix.analyze(word), ix.asked)
}

// guessedTerms is queryTerms and the terms that are guesses: a misspelt
// word read as a knowledge word ("qualiy" may be "quality" or "qualify"),
// or an English word read from Devanagari (loanword.go).
func (ix *Index) guessedTerms(text string) ([]string, map[string]bool) {
	ws := ix.joinSplit(words(disambiguate(ix.book.replace(text, ix.reading))))
	buf := make([]byte, 0, len(text))
	var guessed []string
	for _, w := range ws {
		w = collapseRuns(w)
		if c, ok := chatSpellings[w]; ok {
			w = c
		}
		if v := ix.nasalVariant(w); v != "" {
			w = v
		} else if v := ix.unsigned(w); v != "" {
			w = v // typed without its vowel signs: "दत ह" is "देते है"
		}
		guess := false
		if l := ix.loans.read(w); l != "" && ix.unknown(w) {
			w, guess = l, true
		} else if l := everydayLoans.read(w); l != "" && ix.unknown(w) {
			w = l // an everyday word, no guess at a topic
		}
		c := ix.speller.correct(w)
		if c == w && ix.unknown(w) {
			// typed with no spaces ("howisketaminegiven"); never a word
			// the index reads by its stem ("cancellation")
			if seg := ix.speller.segment(w); seg != "" {
				c = seg
			}
		}
		if ix.speller.freq[c] == 0 && !ix.speller.real[c] && isASCIILetters(c) {
			if ts := ix.analyze(c); len(ts) == 1 && stopSet[ts[0]] {
				continue // a typo read to a stop word: "neede" is no topic word "need"
			}
		}
		if guess || c != w && !strings.Contains(c, " ") && !slices.Equal(ix.analyze(c), ix.analyze(w)) {
			guessed = append(guessed, c)
		}
		buf = append(buf, c...)
		buf = append(buf, ' ')
	}
	terms := ix.analyze(string(buf))
	if len(guessed) == 0 {
		return terms, nil
	}
	out := map[string]bool{}
	for _, g := range guessed {
		for _, t := range ix.analyze(g) {
			out[t] = true
		}
	}
	// a word typed right elsewhere in the message is no guess
	for _, w := range ws {
		if ix.speller.freq[w] > 0 {
			for _, t := range ix.analyze(w) {
				delete(out, t)
			}
		}
	}
	return terms, out
}

// joinSplit joins two or three words that a voice keyboard or a slip of
// the thumb split ("keta mine", "in surance", "keta mean") when one of
// them, of three letters or more, is no word the knowledge has and
// together they are one it has (see speller.joined). Only in English:
// Hinglish words are unknown to the English words they would join.
func (ix *Index) joinSplit(ws []string) []string {
	if ix.mixedScript {
		return ws
	}
	unknown := func(p string) bool {
		return len(p) >= 3 && isASCIILetters(p) && ix.speller.freq[p] == 0 && !ix.speller.real[p]
	}
	out := make([]string, 0, len(ws))
	for i := 0; i < len(ws); i++ {
		took := 1
		for n := min(3, len(ws)-i); n >= 2; n-- {
			parts := ws[i : i+n]
			if !slices.ContainsFunc(parts, unknown) {
				continue // real words beside "a" or "in" are no split word: "be right", "a one time"
			}
			if w := ix.speller.joined(strings.Join(parts, ""), unknown(parts[0])); w != "" {
				out, took = append(out, w), n
				break
			}
		}
		if took == 1 {
			out = append(out, ws[i])
		}
		i += took - 1
	}
	return out
}

// nasalVariant reads a Devanagari word the knowledge does not know as
// the same word with or without its nasal mark, when that one is known or
// a stop word: Hindi typed on a phone leaves the mark out as often as not
// ("मे", "नही", "गोलियो" for "में", "नहीं", "गोलियों"), and the Hindi
// normaliser keeps it, so each was an unknown word against every entry.
// It returns "" when no such spelling is known.
func (ix *Index) nasalVariant(w string) string {
	if !devanagariWord(w) {
		return ""
	}
	if ts := ix.analyze(w); len(ts) == 0 || !ix.unknownTerms(ts) {
		return "" // a known word, or a stop word
	}
	known := func(v string) bool { ts := ix.analyze(v); return len(ts) == 0 || !ix.unknownTerms(ts) }
	if strings.ContainsAny(w, "\u0902\u0901") {
		if v := strings.NewReplacer("\u0902", "", "\u0901", "").Replace(w); known(v) {
			return v
		}
		return ""
	}
	for _, mark := range []string{"\u0902", "\u0901"} {
		if known(w + mark) {
			return w + mark
		}
	}
	return ""
}

// unsigned reads a Devanagari word the knowledge does not know, typed
// without any vowel sign or nasal mark, as the known words with its
// consonants when half of them or more read alike: a phone keyboard drops
// the signs ("इंजेक्शन स दत ह क्या": "दत" is "देते" or "देती";
// "ह" is "है", "हो" or "हूँ", all stop words). It returns one of them,
// or "" when the word has a sign, is known, or its readings disagree
// ("रहत" is "रहता" three ways but "राहत" once: "रहता").
func (ix *Index) unsigned(w string) string {
	if !devanagariWord(w) || consonantsOf(w) != w {
		return ""
	}
	if ts := ix.analyze(w); len(ts) == 0 || !ix.unknownTerms(ts) {
		return "" // a stop word ("पर", "कब") or a known word ("असर")
	}
	cs := ix.speller.bareHindi[w]
	if len(cs) == 0 {
		return ""
	}
	// the reading most of them share; of a tie, the one read first
	count := map[string]int{}
	best, bestN := "", 0
	for _, c := range cs {
		k := strings.Join(ix.analyze(c), " ")
		if count[k]++; count[k] > bestN {
			best, bestN = c, count[k]
		}
	}
	if 2*bestN < len(cs) {
		return "" // no reading holds half of them
	}
	return best
}

// unknown reports whether no entry has w nor a synonym of it.
func (ix *Index) unknown(w string) bool { return ix.unknownTerms(ix.analyze(w)) }

// unknownTerms is unknown of a word's terms, already analysed.
func (ix *Index) unknownTerms(ts []string) bool {
	for _, t := range ts {
		if ix.dfAll[t] > 0 || len(ix.synonyms[t]) > 0 {
			return false
		}
	}
	return true
}

func (ix *Index) analyze(text string) []string { return analyzeWith(ix.analyzer, text) }

// analyzeWith is text's terms under a, each once, in order.
func analyzeWith(a analysis.Analyzer, text string) []string {
	var out []string
	for _, tok := range a.Analyze([]byte(text)) {
		t := string(tok.Term)
		if !contains(out, t) {
			out = append(out, t)
		}
	}
	return out
}

// strengthGuess is how much of a term a guessed word gives (see
// guessedTerms): a message read through a guess is never entirely sure.
const strengthGuess = 0.85

// coverage is the rarity-weighted share of terms the entry has. For a
// topic entry, politeness ("hi", "thanks": terms only smalltalk entries
// have) weighs less, so "hi, what are the side effects" is about side
// effects. matched counts the weighed terms the entry's questions or tags
// have (themselves or a synonym): the words an answer and the message
// share in what is asked.
//
// Unless the message is polite (a greeting or thanks beside the topic), a
// topic word counts against a smalltalk entry that lacks it at least as
// much as the median term: "what is ketamine assisted treatment" is not
// "are you an assistant", however common "ketamine" is in the knowledge.
// contrasted are the kinds asked beside their broader word (see rank).
func (ix *Index) coverage(id string, terms []string, weights map[string]float64, guessed, contrasted map[string]bool, topicFloor bool, out *heldOut) (cov float64, matched int) {
	have := ix.terms[id]
	if out != nil && out.entry == id {
		have = out.terms
	}
	var got, total float64
	inQuestions := false
	for _, t := range terms {
		w := weights[t]
		if ix.social[t] && !ix.smalltalk[id] {
			w *= socialWeight
		}
		total += w
		best := have[t]
		k, kind := ix.kinds[t]
		// A kind asked beside its broader word is set against it
		// ("esketamine compared to ketamine"): the broader word is no
		// reading of it then, and it weighs its own rarity (weights
		// has it: see rank).
		for _, s := range ix.synonyms[t] {
			if contrasted[t] && ix.broader(s) {
				continue
			}
			if v := have[s] * strengthSynonym; v > best {
				best = v
			}
		}
		if kind && !contrasted[t] && (best == 0 || have[t] > 0) {
			// A kind weighs as little as its broader word only for an
			// entry that has just the broader word ("is spravato safe" is
			// mostly "is ketamine safe"); for an entry about the kind
			// itself, or about neither, it weighs its own rarity: "can
			// spravato help me" is not "help me".
			w, total = w*k, total+w*(k-1)
		}
		if topicFloor && ix.smalltalk[id] && best == 0 && w > 0 && w < ix.topicFloor && ix.dfAll[t] > 0 && !ix.social[t] && !ix.common[t] && !ix.address[t] {
			w, total = ix.topicFloor, total+ix.topicFloor-w
		}
		if guessed[t] {
			got += w * best * strengthGuess
		} else {
			got += w * best
		}
		if best >= strengthSynonym*strengthQuestion {
			inQuestions = true
			if weights[t] > 0 {
				matched++
			}
		}
	}
	if total == 0 {
		return 0, 0
	}
	if !inQuestions {
		// Only the answer text matched: "yes" is in many answers, but no
		// question is about "yes".
		return ix.answerOnly[id] * got / total, matched
	}
	return got / total, matched
}

// broader reports whether s, a synonym of a kind, is its broader word:
// no kind itself ("ketamine" of "esketamine").
func (ix *Index) broader(s string) bool {
	_, kind := ix.kinds[s]
	return !kind
}

// besideBroader reports whether terms name, beside the kind t, a broader
// word of it (a synonym of t that is no kind itself), and some entry's
// questions name the kind: with none, there is nothing to set it against
// ("do you do rTMS? the clinic's name has TMS in it").
func (ix *Index) besideBroader(t string, terms []string) bool {
	if ix.df[t] == 0 {
		return false
	}
	for _, s := range ix.synonyms[t] {
		if ix.broader(s) && contains(terms, s) {
			return true
		}
	}
	return false
}

// idf is the BM25 inverse document frequency of a term over entries; a
// term no entry has gets the highest weight, so unknown words lower
// coverage (off-topic messages fall back).
func (ix *Index) idf(t string) float64 {
	if w, ok := ix.weights[t]; ok {
		return w
	}
	return ix.weight(t)
}

// weight computes idf(t); idf looks it up when it was precomputed.
func (ix *Index) weight(t string) float64 {
	df := ix.dfOf(t)
	idf := bm25IDF(ix.n, df)
	if df == 0 && (ix.common[t] || ix.place[t] || strings.ContainsAny(t, "0123456789") || (ix.mixedScript && hindiLike(t))) {
		return idf * unknownCommonWeight
	}
	if ix.common[t] {
		return min(idf, commonWeightCap)
	}
	return idf
}

// addLeads links each word of keptLeads to the kept word it leads to, one
// way, where some entry has that word.
func (ix *Index) addLeads() {
	for _, from := range slices.Sorted(maps.Keys(keptLeads)) {
		if to := keptLeads[from]; ix.dfAll[to] > 0 && !contains(ix.synonyms[from], to) {
			ix.synonyms[from] = append(ix.synonyms[from], to)
		}
	}
}

// dfOf is how many entries have t or a synonym of it in their questions
// (in any field when none does).
func (ix *Index) dfOf(t string) int {
	df := ix.df[t]
	for _, s := range ix.synonyms[t] {
		if keptLeads[t] == s {
			continue // a lead says where a word may point, not how rare it is
		}
		df = max(df, ix.df[s])
	}
	if df == 0 {
		df = ix.dfAll[t]
	}
	return df
}

// rarity is t's inverse document frequency before weight discounts an
// everyday word, a number or a place.
func (ix *Index) rarity(t string) float64 { return bm25IDF(ix.n, ix.dfOf(t)) }

// bm25IDF is BM25's inverse document frequency of a term that df of n
// entries have.
func bm25IDF(n, df int) float64 {
	return math.Log(1 + (float64(n)-float64(df)+0.5)/(float64(df)+0.5))
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

func isLetterOrMark(r rune) bool { return unicode.IsLetter(r) || unicode.IsMark(r) }

// similarity is the best cosine similarity (rarity-weighted, synonyms
// counted a little less) between the message and one of the entry's
// questions or tags. q holds the message's term weights (see weighted),
// with its terms' synonyms at strengthSynonym of their weight.
func (ix *Index) similarity(id string, q []termWeight, qnorm float64, negated bool, out *heldOut) float64 {
	if qnorm == 0 {
		return 0
	}
	ps := ix.phrasings[id]
	var buf [64]float64
	dots := buf[:0]
	if len(ps) > len(buf) {
		dots = make([]float64, len(ps))
	} else {
		dots = buf[:len(ps)]
	}
	post := ix.postings[id]
	for _, tw := range q {
		for _, p := range post[tw.term] {
			dots[p.phrasing] += tw.weight * p.weight
		}
	}
	best := 0.0
	for i, p := range ps {
		if p.norm == 0 || (out != nil && out.entry == id && out.index == i) {
			continue
		}
		sim := dots[i] / (qnorm * p.norm)
		if p.negated != negated {
			// "who can take it" is not "who should not take it"
			sim *= polarityFactor
		}
		if sim > best {
			best = sim
		}
	}
	return best
}

// negates reports whether text says "not" (or "can't", "nahi"), except
// in a Hindi question that expects a no: "aadat toh nahi lag jaati?" asks
// whether it becomes a habit; nor does a whether ("... or not?").
var hindiNegation = toSet(`nahi nahin nhi नहीं नही`)

// negation reports whether w negates ("not", "no", "never", "nahi" ...).
func negation(w string) bool { return negated[w] || w == "not" || w == "no" }

func negates(text string) bool {
	if !slices.ContainsFunc(words(text), negation) {
		return false // the common case, without the regular expression
	}
	ws := words(numberNo.ReplaceAllString(whether.ReplaceAllString(text, "$1"), "$1 number"))
	for i, w := range ws {
		if !negation(w) {
			continue
		}
		if i > 0 && hindiNegation[w] && (ws[i-1] == "to" || ws[i-1] == "toh" || ws[i-1] == "तो") {
			continue
		}
		return true
	}
	return false
}

// termWeight is a term of a message and its weight.
type termWeight struct {
	term   string
	weight float64
}

// weighted lists w's terms in order, so sums over them are the same on
// every run.
func weighted(w map[string]float64) []termWeight {
	out := make([]termWeight, 0, len(w))
	for t, v := range w {
		out = append(out, termWeight{t, v})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].term < out[j].term })
	return out
}

// requested reports whether the message (its term weights w) has every
// term of one of the entry's phrasings (or tags) of two or more terms.
//
// In Hinglish the request is in the verb ("call kar do", "baat karwa do",
// "slot chahiye"), which matching drops as a function word: with such a
// verb (imperative), one topic word of a phrasing is enough.
func (ix *Index) requested(id string, w map[string]float64, imperative bool, out *heldOut) int {
	// which reports the message's term that stands for t: t itself or a
	// synonym of it.
	which := func(t string) string {
		if _, ok := w[t]; ok {
			return t
		}
		for _, s := range ix.synonyms[t] {
			if _, ok := w[s]; ok {
				return s
			}
		}
		return ""
	}
	best := 0
	for i, p := range ix.phrasings[id] {
		if (len(p.terms) < 2 && !imperative) || len(p.terms) == 0 || (out != nil && out.entry == id && out.index == i) {
			continue // "agent please": one word is too little to be sure of
		}
		// Every term, each by a different word of the message: "book a
		// flight" has "book" but not also "appointment", its synonym.
		used := map[string]bool{}
		for _, t := range p.terms {
			m := which(t)
			if m == "" || used[m] {
				used = nil
				break
			}
			used[m] = true
		}
		topical := 0 // "how do i book" is one word of request, not two
		for m := range used {
			if (imperative || !ix.common[m]) && m != "how" {
				topical++
			}
		}
		if (topical >= 2 || (imperative && topical >= 1)) && topical > best {
			best = topical
		}
	}
	return best
}

// requestVerbs finds a request verb: Hinglish "kar do", "krwa dijiye",
// "karwao", "chahiye", and English "arrange", "have someone", "want to
// book".
var requestVerbs = regexp.MustCompile(`\b(?:arrange|(?:want|wanna|need|like)\s+(?:to\s+)?(?:book|schedule|reschedule|cancel)|(?:have|get|ask) (?:someone|somebody)|(?:kar|kr|karwa|krwa|karva|krva|dilwa|dila|lagwa)\s*(?:do|dijiye|dijie|dena|dijiyega|lena|lo)|karo|karao|karwao|krwao|karvao|kardo|krdo|chahiye|chahie|chaiye|chahiyea|(?:lena|leni|lene)\s+(?:hai|h|he|hain|tha|thi)|(?:want|wanna|need|like|get)\s+(?:an?\s+|the\s+)?(?:earliest\s+|first\s+|next\s+|soonest\s+)?(?:appointment|appt|slot|callback|consultation)|(?:want|wanna|need|like)\s+(?:to\s+)?(?:speak|talk)\s+(?:to|with)|(?:^|[.!?,]\s*)(?:call|ring|phone)\s+(?:me|us|back)|(?:please|pls|plz|kindly)\s+(?:call|ring|phone|book|schedule|reschedule|cancel|arrange|connect))\b|(?:^|\s)(?:(?:करना|करनी|करवाना|करवानी)\s+(?:है|हैं)|चाहिए|(?:करवा|कर)\s*(?:दो|दीजिए|दीजिये|दें))(?:\s|$|[,.!?।])`)

// isLatin reports whether t is written in ASCII letters only.
func isLatin(t string) bool {
	for _, r := range t {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return t != ""
}

// namePattern matches any of names, and the first two or more of its words
// ("Mind Brain TMS", "mind brain"), whole words, any case; nil for none.
func namePattern(names []string) *regexp.Regexp {
	var alts []string
	for _, n := range names {
		ws := strings.Fields(n)
		quoted := make([]string, len(ws))
		for i, w := range ws {
			quoted[i] = regexp.QuoteMeta(w)
		}
		if len(ws) > 0 {
			alts = append(alts, strings.Join(quoted, `\s+`))
		}
		// "Mind Brain clinic", "mind brain ka centre": a shorter form of the
		// name only before a word for a place or a service, never alone
		// ("the mind brain connection" is a question about the brain).
		for k := len(ws) - 1; k >= 2; k-- {
			alts = append(alts, strings.Join(quoted[:k], `\s+`)+`(?:\s+(?:ka|ki|ke|wale|wala|wali))?\s+(?:clinic|clinics|centre|center|hospital|team)`)
		}
	}
	if len(alts) == 0 {
		return nil
	}
	return regexp.MustCompile(`(?i)\b(?:` + strings.Join(alts, "|") + `)\b`)
}

// hindiConsonantEndings are short romanized Hindi words that do not end
// in a vowel or h, as most do.
var hindiConsonantEndings = toSet(`yaar yar par pr aur or tak kar kr ek sab jab tab ab kab log din raat rat baar bar saal sal
mein main hum tum aap ap abhi bhi kaun kon kis kin jis sir ji fir phir ghar andar bahar upar der`)

// hindiLike reports whether an unknown Latin word is most likely Hindi: short,
// and ending like Hindi words do ("hoga", "milte", "h", "yaar"); "swim" and
// "golf" are not.
func hindiLike(t string) bool {
	if !isLatin(t) || len(t) > hinglishWordLen {
		return false
	}
	return strings.ContainsAny(t[len(t)-1:], "aeiouh") || hindiConsonantEndings[t]
}

// hasTopicWord reports whether the entry id has one of terms that is a
// word of the knowledge's topics (not "off" or "3").
func (ix *Index) hasTopicWord(id string, terms map[string]float64) bool {
	for t := range terms {
		if _, ok := ix.terms[id][t]; ok && ix.isTopic(t) {
			return true
		}
	}
	return false
}
