// Package dialog turns one patient message into one reply, the same way for
// every channel: safety first, then commands, handoff intents, the FAQ, and
// an honest fallback. It declares the small interfaces it consumes.
package dialog

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/mindbraintms/clinicbot/internal/clinicbot"
)

// Matcher ranks knowledge entries for a text (match.Index).
type Matcher interface {
	Search(ctx context.Context, text string, n int) ([]clinicbot.Hit, error)
}

// questions is what a Matcher may also do: split a message into the
// questions it asks when it asks more than one (match.ByScript).
type questions interface {
	Questions(text string) []string
}

// Safety classifies a text as crisis, advice request or safe (safety.Detector).
type Safety interface {
	Check(text string) clinicbot.SafetyResult
}

// personal is what a Safety may also do: tell whether a text names a
// medicine or an illness of its writer or a relative (safety.Detector).
type personal interface {
	Personal(text string) bool
}

// Thresholds turn match coverage into decisions. They are calibrated on
// knowledge/eval.yaml (see README, "How matching decides").
type Thresholds struct {
	Answer float64 // coverage at or above which the best entry is answered
	// AnswerDevanagari replaces Answer for a message in Devanagari: Hindi
	// coverage runs lower (no spelling correction in that script, richer
	// inflection), so the same share of the topic reads as a lower number.
	AnswerDevanagari float64
	// AnswerShared and SharedWords: below Answer, the best entry is still
	// answered from AnswerShared coverage when its questions share
	// SharedWords or more of the message's words. A long question in other
	// words ("how do they work out how much ketamine to give, by body
	// weight?") covers less of itself than a short one, yet shares several
	// topic words; an off-topic one ("price of gold today") shares one.
	AnswerShared float64
	SharedWords  int
	// AnswerSharedDevanagari replaces AnswerShared for a message in
	// Devanagari: a villager's long question ("ये इलाज पूरा कोर्स कितने
	// रुपये में पड़ेगा हम किसान आदमी हैं पहले से बता दो तो पैसे का इंतजाम
	// कर लें") tells more around its topic than an English one. Forty-sixth
	// round, every set: at 0.25, 17 more answered rightly (Hindi sets), one
	// off-topic question answered ("पासपोर्ट रिन्यू करवाने में कितना टाइम
	// लगता है"); at 0.2, 19 and 2.
	AnswerSharedDevanagari float64
	// AnswerFew and FewLead: an entry written with few phrasings (at most
	// FewPhrasings; an admin's one question per entry, or two or three
	// ways to ask it) has few words to cover a message with, so below
	// Answer it is still answered from AnswerFew coverage when its score
	// is FewLead times the runner-up's or more. On eighteen folders
	// written one question per entry nobody tuned for (5,300 questions)
	// that answers 159 more rightly and 63 more wrongly, in every folder
	// more rightly than wrongly, and on a library's folder of two or three
	// phrasings per entry as served 72.0 -> 74.9 %; the clinic's entries,
	// with six phrasings or more, are never read so (there it answered 47
	// fewer of its sets' messages rightly).
	AnswerFew float64
	FewLead   float64
	// KeepAt and AnswerAt, for an entry of few phrasings: an answer the
	// coverage thresholds give stands when answerProbability is KeepAt or
	// more, and a best hit of AnswerFew coverage or more is answered from
	// AnswerAt (answerprob.go); with AnswerAt zero, or for an entry of
	// more phrasings (the clinic's), the coverage thresholds alone decide.
	KeepAt, AnswerAt float64
	Suggest          float64 // coverage at or above which an entry may be suggested
	Close            float64 // a second entry within this share of the best score is "did you mean"
}

// Answers reports whether h, the best hit, is sure enough to be answered.
func (t Thresholds) Answers(h clinicbot.Hit) bool {
	return h.Coverage >= t.Answer || (t.SharedWords > 0 && h.Coverage >= t.AnswerShared && h.Matched >= t.SharedWords)
}

// FewPhrasings is the most phrasings an entry read with AnswerFew has.
const FewPhrasings = 3

// AnswersAmong reports whether the best of hits (ranked best first) is
// sure enough to be answered; few says its entry has at most FewPhrasings
// phrasings (see AnswerFew).
func (t Thresholds) AnswersAmong(hits []clinicbot.Hit, few bool) bool {
	if len(hits) == 0 {
		return false
	}
	sure := t.answersByCoverage(hits, few)
	if t.AnswerAt <= 0 || !few {
		return sure // fitted on entries of few phrasings (answerprob.go)
	}
	p := answerProbability(hits)
	return sure && p >= t.KeepAt || p >= t.AnswerAt && hits[0].Coverage >= t.AnswerFew
}

// answersByCoverage is AnswersAmong by the coverage thresholds alone.
func (t Thresholds) answersByCoverage(hits []clinicbot.Hit, few bool) bool {
	if t.Answers(hits[0]) {
		return true
	}
	if !few || t.FewLead <= 0 || hits[0].Coverage < t.AnswerFew {
		return false
	}
	return len(hits) == 1 || hits[0].Score >= t.FewLead*hits[1].Score
}

// ConfidentAt is the calibrated confidence from which an answer counts as
// confident: the matcher's own held-out phrasings were right about this
// often at it (a probability, the same on any knowledge folder).
const ConfidentAt = 0.95

// DefaultThresholds returns the calibrated thresholds (a fresh value: a
// caller that changes its copy changes no one else's).
func DefaultThresholds() Thresholds {
	return Thresholds{Answer: 0.4, AnswerDevanagari: 0.35, AnswerShared: 0.3, AnswerSharedDevanagari: 0.25, SharedWords: 3, AnswerFew: 0.25, FewLead: 4, KeepAt: 0.35, AnswerAt: 0.6, Suggest: 0.3, Close: 0.8}
}

// Limits on patient text.
const (
	MaxMatchRunes  = 4096  // the matcher reads at most this much (Telegram's limit)
	MaxSafetyRunes = 16384 // the crisis check reads at most this much
	maxSuggestions = 3
)

// Knowledge is one consistent version of everything the engine reads.
type Knowledge struct {
	Matcher  Matcher
	Safety   Safety
	Entries  map[string]*clinicbot.Entry
	Topics   []string // entry ids offered by /start and /faq
	Clinic   clinicbot.Clinic
	Messages clinicbot.Messages
	Hindi    clinicbot.Messages // the texts in Hindi (English where missing)
	HasHindi bool               // the folder has Hindi texts
	Rules    clinicbot.SafetyRules
}

// view is the knowledge as a reply in one language shows it: its fixed
// texts, and each entry's question and answer in that language when the
// entry has them (English otherwise), with what the engine decided about
// staff alerts and the coverage a suggestion needs. Matching and safety
// never depend on it.
type view struct {
	*Knowledge
	lang      string
	msgs      clinicbot.Messages
	staff     bool    // staff are alerted (a staff channel is configured)
	suggestAt float64 // the coverage an entry needs to be suggested
}

// in returns the knowledge seen in lang ("" or unknown: English), staff
// alerted when staff is true, an entry suggested from coverage suggestAt.
func (kb *Knowledge) in(lang string, staff bool, suggestAt float64) *view {
	if lang == clinicbot.LangHindi && kb.HasHindi {
		return &view{Knowledge: kb, lang: lang, msgs: kb.Hindi, staff: staff, suggestAt: suggestAt}
	}
	return &view{Knowledge: kb, lang: clinicbot.LangEnglish, msgs: kb.Messages, staff: staff, suggestAt: suggestAt}
}

// answer and question return an entry's texts in the view's language.
func (v *view) answer(en *clinicbot.Entry) (string, string) {
	if t, ok := en.Translations[v.lang]; ok && t.Answer != "" {
		return t.Answer, v.lang
	}
	return en.Answer, clinicbot.LangEnglish
}

func (v *view) question(en *clinicbot.Entry) string {
	if t, ok := en.Translations[v.lang]; ok && t.Question != "" {
		return t.Question
	}
	return en.Question
}

// safety returns a safety reply in the view's language (English when the
// folder has none) and its language.
func (v *view) safety(en, hi string) (string, string) {
	if v.lang == clinicbot.LangHindi && hi != "" {
		return hi, v.lang
	}
	return en, clinicbot.LangEnglish
}

// Engine answers messages. It is safe for concurrent use; Swap replaces
// the knowledge atomically while messages are being answered.
type Engine struct {
	kb         atomic.Pointer[Knowledge]
	thresholds Thresholds
	noStaff    atomic.Bool // no staff channel: replies never say staff were told
}

// SetStaffChannel tells the engine whether a staff channel (Slack) receives
// alerts; without one, crisis replies say staff were not alerted.
func (e *Engine) SetStaffChannel(ok bool) { e.noStaff.Store(!ok) }

// view returns the knowledge being served, seen in lang.
func (e *Engine) view(lang string) *view {
	return e.kb.Load().in(lang, !e.noStaff.Load(), e.thresholds.Suggest)
}

// New returns an engine serving kb.
func New(kb *Knowledge, t Thresholds) *Engine {
	e := &Engine{thresholds: t}
	e.kb.Store(kb)
	return e
}

// Swap serves kb from now on and returns the knowledge it replaces.
func (e *Engine) Swap(kb *Knowledge) *Knowledge { return e.kb.Swap(kb) }

// Knowledge returns the knowledge being served.
func (e *Engine) Knowledge() *Knowledge { return e.kb.Load() }

// Reply answers one message. Internal errors never reach the patient: a
// failed search gives the fallback reply, and the error is returned for
// logging beside it.
func (e *Engine) Reply(ctx context.Context, m clinicbot.Message) (clinicbot.Reply, error) {
	r, err := e.reply(ctx, m)
	if r.Lang == "" {
		r.Lang = e.view(m.Lang).lang
	}
	return r, err
}

func (e *Engine) reply(ctx context.Context, m clinicbot.Message) (clinicbot.Reply, error) {
	kb := e.view(m.Lang)
	if m.NonText != "" && strings.TrimSpace(m.Text) == "" {
		return clinicbot.Reply{Kind: clinicbot.KindFallback, Text: kb.fill(kb.msgs.NonText)}, nil
	}
	text := strings.TrimSpace(strings.ToValidUTF8(m.Text, "\uFFFD"))

	// 1. Safety, always first, on everything the patient wrote.
	var res clinicbot.SafetyResult
	if m.Checked != nil {
		res = *m.Checked
	} else {
		res = kb.Safety.Check(truncate(text, MaxSafetyRunes))
	}
	if res.Verdict == clinicbot.Advice && medicinesAsContext(kb.Safety, text) {
		res = clinicbot.SafetyResult{Verdict: clinicbot.Safe, Request: res.Request}
	}
	switch res.Verdict {
	case clinicbot.Crisis:
		return e.crisisReply(ctx, kb, res, text), nil
	case clinicbot.Advice:
		r := kb.adviceRefusal(res)
		if general := e.generalFacts(ctx, kb, text, r.Lang); general != "" {
			// The refusal first; then what the clinic's page says in
			// general on the topic, never in its place.
			r.Text += "\n\n" + kb.fill(kb.msgs.GeneralFacts) + "\n\n" + general
		}
		return r, nil
	}

	if !hasWords(text) {
		return clinicbot.Reply{Kind: clinicbot.KindSmalltalk, Text: kb.fill(kb.msgs.Empty), Suggestions: kb.topics()}, nil
	}
	// 2. Commands.
	if strings.HasPrefix(text, "/") {
		return kb.command(text), nil
	}
	note := ""
	if utf8.RuneCountInString(text) > MaxMatchRunes {
		text = truncate(text, MaxMatchRunes)
		note = kb.fill(kb.msgs.TooLong)
	}
	// 3 and 4. Handoff intents, then the FAQ. A request phrase of a
	// handoff entry decides alone: "want to fix an appointment for the
	// 14th, we travel from Guwahati" is a booking however many words of
	// context it has.
	if en := kb.Entries[res.Request]; en != nil && en.Kind == clinicbot.KindHandoff {
		r := kb.handoffReply(en)
		r.Score, r.Confidence, r.Safety = 1, 1, res
		return kb.withRiskFooter(r, res), nil
	}
	if rest, ok := withoutDismissed(text); ok {
		text = rest // "not how long it lasts. how many sittings?": the sittings
	}
	hits, err := kb.Matcher.Search(ctx, text, maxSuggestions+2)
	if err != nil {
		return kb.fallback(nil), fmt.Errorf("match: %w", err)
	}
	t := e.thresholds
	if clinicbot.HasDevanagari(text) && t.AnswerDevanagari > 0 {
		t.Answer = t.AnswerDevanagari
		if t.AnswerSharedDevanagari > 0 {
			t.AnswerShared = t.AnswerSharedDevanagari
		}
	}
	r := e.decideWith(kb, hits, t, asksForInformation(text))
	if r.Kind == clinicbot.KindFallback {
		if c, ok := e.clauseAnswer(ctx, kb, text, t); ok {
			r = c
		} else if c, ok := e.socialSentence(ctx, kb, text, t); ok {
			r = c
		}
	}
	if p, ok := kb.Safety.(personal); ok && r.Kind == clinicbot.KindFallback && r.EntryID == "" && !res.Recovered && p.Personal(text) {
		// No answer to a message about one's own or a relative's
		// medicine or illness: it asks for a judgement the doctors make
		// ("mera bp 90/60 rehta h, mujhe koi risk h kya"), so the
		// refusal, which says so and gives the phone, replies.
		return kb.withRiskFooter(kb.adviceRefusal(res), res), nil
	}
	if res.Recovered && (r.Kind == clinicbot.KindFallback || r.Kind == clinicbot.KindSmalltalk) && kb.msgs.Recovered != "" {
		// A crisis told as long over, and no question the knowledge
		// answers: thanks and an update deserve more than "I don't
		// have an answer", and the helplines stay at hand.
		r = clinicbot.Reply{Kind: clinicbot.KindSmalltalk, Text: kb.expand(kb.msgs.Recovered), Safety: res}
	}
	if r.Kind == clinicbot.KindAnswer {
		r.Suggestions = e.alsoAsked(ctx, kb, text, r, t)
	}
	if note != "" {
		r.Text = note + "\n\n" + r.Text
	}
	return kb.withRiskFooter(r, res), nil
}

// adviceRefusal is the medical-advice refusal (the doctors decide, never
// change a medicine alone, the phone) with a booking offered.
func (kb *view) adviceRefusal(res clinicbot.SafetyResult) clinicbot.Reply {
	refusal, lang := kb.safety(kb.Rules.AdviceReply, kb.Rules.Hindi.Advice)
	return clinicbot.Reply{Kind: clinicbot.KindFallback, EntryID: "medical-advice", Text: kb.fill(refusal), Lang: lang, Safety: res, Suggestions: kb.suggest([]string{"book-appointment"}, "")}
}

// withRiskFooter adds the helplines (the risk_footer message) to r when
// res found a word of risk in a message that is no crisis, and r names
// no helpline yet: "how many sessions? honestly no point in anything,
// I've got the pills" read as a question still shows a number to call.
func (kb *view) withRiskFooter(r clinicbot.Reply, res clinicbot.SafetyResult) clinicbot.Reply {
	if !res.Risky || kb.msgs.RiskFooter == "" || len(kb.Rules.Helplines) == 0 || r.Kind == clinicbot.KindCrisis {
		return r
	}
	if strings.Contains(r.Text, kb.Rules.Helplines[0].Number) {
		return r // the fallback, the recovered reply, an entry that names them
	}
	r.Text += "\n\n" + kb.expand(kb.msgs.RiskFooter)
	return r
}

// alsoAsked puts first among r's suggestions the entries that the other
// questions of a message of several confidently answer ("is this
// treatment safe and how much does it cost?": the safety answer, and the
// cost entry as the first button), so no question asked goes unanswered.
func (e *Engine) alsoAsked(ctx context.Context, kb *view, text string, r clinicbot.Reply, t Thresholds) []clinicbot.Suggestion {
	qs, ok := kb.Matcher.(questions)
	if !ok {
		return r.Suggestions
	}
	var ids []string
	for _, q := range qs.Questions(text) {
		hits, err := kb.Matcher.Search(ctx, q, 1)
		if err != nil || len(hits) == 0 || !t.Answers(hits[0]) || hits[0].Confidence < alsoAskedConfidence {
			continue
		}
		if en := kb.Entries[hits[0].EntryID]; en != nil && en.Kind == clinicbot.KindAnswer && en.ID != r.EntryID && !slices.Contains(ids, en.ID) {
			ids = append(ids, en.ID)
		}
	}
	if len(ids) == 0 {
		return r.Suggestions
	}
	out := kb.suggest(ids, r.EntryID)
	for _, s := range r.Suggestions {
		if len(out) < maxSuggestions && !slices.ContainsFunc(out, func(o clinicbot.Suggestion) bool { return o.EntryID == s.EntryID }) {
			out = append(out, s)
		}
	}
	return out
}

// clauses is what a Matcher may also do: rank entries for each clause of
// a message of several that may be asked alone (match.ByScript).
type clauses interface {
	SearchClauses(ctx context.Context, text string, n int) ([][]clinicbot.Hit, error)
}

// clauseConfidence is the calibrated confidence from which one clause of
// a message the whole of which finds no answer is answered alone, and
// clauseSimilarity how closely it must read like one of the entry's
// phrasings: a clause of a word or two of the knowledge ("how to fix",
// "what am I doing wrong" after a laptop's or a sweet's trouble) reads
// far from every phrasing however confident its ranking.
const (
	clauseConfidence = 0.8
	clauseSimilarity = 0.75
)

// clauseAnswer is the answer to one clause of text when the whole message
// finds none: "for my grandmother who is 70 and quite scared: what is
// ketamine, in simple words i can translate for her" is answered as "what
// is ketamine". Only an answer entry, answered by the usual thresholds
// and confidently; the most confident clause wins.
func (e *Engine) clauseAnswer(ctx context.Context, kb *view, text string, t Thresholds) (clinicbot.Reply, bool) {
	cs, ok := kb.Matcher.(clauses)
	if !ok {
		return clinicbot.Reply{}, false
	}
	all, err := cs.SearchClauses(ctx, text, maxSuggestions+2)
	if err != nil {
		return clinicbot.Reply{}, false
	}
	var best []clinicbot.Hit
	for _, hits := range all {
		if len(hits) == 0 || hits[0].Confidence < clauseConfidence || hits[0].Similarity < clauseSimilarity || !t.AnswersAmong(hits, kb.few(hits[0].EntryID)) {
			continue
		}
		if en := kb.Entries[hits[0].EntryID]; en == nil || en.Kind != clinicbot.KindAnswer {
			continue
		}
		if best == nil || hits[0].Confidence > best[0].Confidence {
			best = hits
		}
	}
	if best == nil {
		return clinicbot.Reply{}, false
	}
	return e.decideWith(kb, best, t, true), true
}

// socialSentence is the small talk of one sentence of a message that asks
// nothing and finds no answer whole: "thanks a ton!! been reading about
// this for weeks and finally get it" thanks, "That's all for today, my
// tea is getting cold. Goodbye." takes leave. Only small talk, answered
// alone by the usual thresholds and confidently; the first such sentence
// wins.
func (e *Engine) socialSentence(ctx context.Context, kb *view, text string, t Thresholds) (clinicbot.Reply, bool) {
	if strings.ContainsAny(text, "?？") || asksForInformation(text) {
		return clinicbot.Reply{}, false
	}
	// sentences and clauses: an emoji or a comma ends one too ("got it 👍
	// makes sense", "Thank you, that explained it well")
	parts := strings.FieldsFunc(text, func(r rune) bool {
		return strings.ContainsRune(".!\n।,;—–", r) || unicode.Is(unicode.So, r)
	})
	if len(parts) < 2 {
		return clinicbot.Reply{}, false
	}
	for _, s := range parts {
		if !hasWords(s) {
			continue
		}
		hits, err := kb.Matcher.Search(ctx, s, maxSuggestions+2)
		if err != nil || len(hits) == 0 || hits[0].Confidence < clauseConfidence || !t.AnswersAmong(hits, kb.few(hits[0].EntryID)) {
			continue
		}
		if en := kb.Entries[hits[0].EntryID]; en == nil || en.Kind != clinicbot.KindSmalltalk {
			continue
		}
		return e.decideWith(kb, hits, t, false), true
	}
	return clinicbot.Reply{}, false
}

// alsoAskedConfidence is the calibrated confidence from which another
// question of the message is offered first.
const alsoAskedConfidence = 0.5

// generalFacts is the answer of the entry a refused advice request is
// confidently about ("can I drink during the treatment" → what the page
// says about alcohol), or "" when none is.
func (e *Engine) generalFacts(ctx context.Context, kb *view, text, lang string) string {
	if kb.msgs.GeneralFacts == "" {
		return ""
	}
	return e.answerOf(ctx, kb, text, lang, func(h clinicbot.Hit) bool { return h.Coverage >= e.thresholds.Answer })
}

// answerOf is the text of the answer entry text is about when sure(best
// hit) holds, in lang and the view's language; "" otherwise (never an
// English answer, or header, beside a Hindi reply).
func (e *Engine) answerOf(ctx context.Context, kb *view, text, lang string, sure func(clinicbot.Hit) bool) string {
	if !hasWords(text) {
		return ""
	}
	hits, err := kb.Matcher.Search(ctx, truncate(text, MaxMatchRunes), 1)
	if err != nil || len(hits) == 0 || !sure(hits[0]) {
		return ""
	}
	en := kb.Entries[hits[0].EntryID]
	if en == nil || en.Kind != clinicbot.KindAnswer {
		return ""
	}
	answer, answerLang := kb.answer(en)
	if answerLang != lang || lang != kb.lang {
		return ""
	}
	return kb.expand(answer)
}

// decide picks the reply for ranked hits.
func (e *Engine) decide(kb *view, hits []clinicbot.Hit) clinicbot.Reply {
	return e.decideWith(kb, hits, e.thresholds, false)
}

func (e *Engine) decideWith(kb *view, hits []clinicbot.Hit, t Thresholds, question bool) clinicbot.Reply {
	if len(hits) == 0 || !t.AnswersAmong(hits, kb.few(hits[0].EntryID)) {
		return kb.fallback(hits)
	}
	best := hits[0]
	// A confident handoff intent wins over an FAQ answer or small talk:
	// "can I book a ketamine infusion" is a booking, not a question about
	// infusions; "can I talk to your staff instead of the bot" is not a
	// question about who the bot is. A question for information ("what is
	// your phone number?") is not a request: there the handoff must cover
	// more of it than the answer does. Small talk stays small talk unless
	// the handoff covers most of what it covers (see smalltalkHolds):
	// "chalo bye, baad me baat karte hain" (bye, talk later) is a goodbye
	// whose "baat" (talk) is no request to talk to a person.
	top := kb.Entries[best.EntryID]
	for _, h := range hits[1:] {
		if top == nil || top.Kind == clinicbot.KindHandoff || best.Similarity >= ownWording {
			break
		}
		if en := kb.Entries[h.EntryID]; en != nil && en.Kind == clinicbot.KindHandoff &&
			h.Coverage >= t.Answer && h.Score >= t.Close*best.Score && (!question || h.Coverage > best.Coverage) &&
			(top.Kind != clinicbot.KindSmalltalk || h.Coverage >= smalltalkHolds*best.Coverage) {
			best = h
			break
		}
	}
	en := kb.Entries[best.EntryID]
	if en == nil {
		return kb.fallback(hits)
	}
	answer, lang := kb.answer(en)
	r := clinicbot.Reply{Kind: en.Kind, EntryID: en.ID, Score: best.Coverage, Confidence: best.Confidence, Text: kb.expand(answer), Lang: lang}
	var close []string
	for _, h := range hits {
		if h.EntryID != best.EntryID && h.Coverage >= t.Suggest && h.Score >= t.Close*hits[0].Score {
			close = append(close, h.EntryID)
		}
	}
	switch en.Kind {
	case clinicbot.KindHandoff:
		h := kb.handoffReply(en)
		r.Text, r.Alert, r.Handoff = h.Text, h.Alert, h.Handoff
	case clinicbot.KindAnswer:
		if !strings.Contains(r.Text, kb.Clinic.Phone) && kb.msgs.AnswerFooter != "" {
			r.Text += "\n\n" + kb.fill(kb.msgs.AnswerFooter)
		}
		if len(close) > 0 {
			r.Suggestions = kb.suggest(close, en.ID)
		} else {
			r.Suggestions = kb.suggest(en.FollowUps, en.ID)
		}
	}
	return r
}

// smalltalkHolds is the share of the small talk's coverage a handoff
// must reach to take its place (measured on every eval set: 0.6 turns
// seven "bye, talk later" goodbyes back into goodbyes and keeps every
// "I'd rather talk to a human than a bot", which 1 would lose).
const smalltalkHolds = 0.6

// ownWording is the similarity from which a message says what one of the
// answer's own phrasings says ("phone number please", a phrasing of the
// contact answer): no handoff that shares its words ("call me on my
// number") takes its place.
const ownWording = 0.99

// few reports whether entry id has at most FewPhrasings phrasings.
func (kb *view) few(id string) bool {
	en := kb.Entries[id]
	return en != nil && len(en.Phrasings) <= FewPhrasings
}

// handoffReply hands en's request to staff: its answer, with the clinic
// phone whenever the answer does not give it. The answer may name the
// helplines ({helplines}): a request for a person or a call is where a
// crisis the rules do not know often hides ("please call me back, i can't
// see a way forward"), and staff do not answer at night.
func (kb *view) handoffReply(en *clinicbot.Entry) clinicbot.Reply {
	answer, lang := kb.answer(en)
	r := clinicbot.Reply{Kind: clinicbot.KindHandoff, EntryID: en.ID, Text: kb.expand(answer), Lang: lang, Alert: true, Handoff: en.Handoff}
	if !strings.Contains(r.Text, kb.Clinic.Phone) {
		r.Text += "\n\n" + kb.fill(kb.msgs.Handoff)
	}
	return r
}

// fallback says the bot has no answer, suggesting the answer entries among
// hits whose coverage reaches the view's suggestAt. The text may name the
// helplines ({helplines}): a crisis told in words no rule and no
// classifier knows lands here, and still meets a number to call.
func (kb *view) fallback(hits []clinicbot.Hit) clinicbot.Reply {
	r := clinicbot.Reply{Kind: clinicbot.KindFallback, Text: kb.expand(kb.msgs.Fallback)}
	var ids []string
	for _, h := range hits {
		if en := kb.Entries[h.EntryID]; en != nil && en.Kind == clinicbot.KindAnswer && h.Coverage >= kb.suggestAt {
			ids = append(ids, h.EntryID)
		}
	}
	if len(hits) > 0 {
		r.Score = hits[0].Coverage
	}
	r.Suggestions = kb.suggest(ids, "")
	return r
}

// crisisReply speaks to the person at risk, to a relative or friend
// writing about someone else, or checks in on hopelessness (the writer's
// or, with the relative, another's), each with the helplines.
func (kb *view) crisisReply(res clinicbot.SafetyResult) clinicbot.Reply {
	reply, lang := kb.safety(kb.Rules.CrisisReply, kb.Rules.Hindi.Crisis)
	switch {
	case res.Subject == clinicbot.SubjectOther && res.Level == clinicbot.LevelDistress && res.Learned && kb.Rules.OtherDistressReply != "":
		// Only the classifier's reading of a relative's depression; a
		// phrase of distress about someone ("he said nobody will miss
		// him") keeps the relative's emergency reply (review rev57).
		reply, lang = kb.safety(kb.Rules.OtherDistressReply, kb.Rules.Hindi.OtherDistress)
	case res.Subject == clinicbot.SubjectOther && kb.Rules.OtherReply != "":
		reply, lang = kb.safety(kb.Rules.OtherReply, kb.Rules.Hindi.Other)
	case res.Level == clinicbot.LevelDistress && kb.Rules.DistressReply != "":
		reply, lang = kb.safety(kb.Rules.DistressReply, kb.Rules.Hindi.Distress)
	}
	text := kb.withHelplines(reply)
	team := kb.msgs.TeamTold
	if !kb.staff {
		team = kb.msgs.TeamNotTold
	}
	text = strings.ReplaceAll(text, "{team}", team)
	return clinicbot.Reply{Kind: clinicbot.KindCrisis, Text: kb.fill(text), Alert: true, Safety: res, Lang: lang}
}

// expand fills text's placeholders: the clinic's ({name}, {phone},
// {email}) and the helplines ({helplines}).
func (kb *view) expand(text string) string {
	return kb.fill(kb.withHelplines(text))
}

// withHelplines puts the helplines, one a line, for {helplines} in text,
// named in Hindi in a reply in Hindi where safety.yaml gives the name.
func (kb *view) withHelplines(text string) string {
	if !strings.Contains(text, "{helplines}") {
		return text
	}
	var lines []string
	for _, h := range kb.Rules.Helplines {
		name, note := h.Name, h.Note
		if kb.lang == clinicbot.LangHindi && h.NameHi != "" {
			name = h.NameHi
			if h.NoteHi != "" {
				note = h.NoteHi
			}
		}
		line := "• " + name + ": " + h.Number
		if note != "" {
			line += " (" + note + ")"
		}
		lines = append(lines, line)
	}
	return strings.ReplaceAll(text, "{helplines}", strings.Join(lines, "\n"))
}

// suggest turns entry ids into suggestions, skipping unknown ids and skip.
func (kb *view) suggest(ids []string, skip string) []clinicbot.Suggestion {
	return kb.suggestN(ids, skip, maxSuggestions)
}

// topics are the entries /start and /faq offer: all of clinic.yaml's
// topics (validate allows at most MaxTopics).
func (kb *view) topics() []clinicbot.Suggestion { return kb.suggestN(kb.Topics, "", MaxTopics) }

// MaxTopics is how many topics /start and /faq show.
const MaxTopics = 8

func (kb *view) suggestN(ids []string, skip string, n int) []clinicbot.Suggestion {
	var out []clinicbot.Suggestion
	for _, id := range ids {
		en := kb.Entries[id]
		if en == nil || id == skip || len(out) == n {
			continue
		}
		out = append(out, clinicbot.Suggestion{EntryID: id, Question: kb.question(en)})
	}
	return out
}

// fill replaces {name}, {phone} and {email}.
func (kb *Knowledge) fill(s string) string {
	if !strings.Contains(s, "{") {
		return s
	}
	return strings.NewReplacer("{name}", kb.Clinic.Name, "{phone}", kb.Clinic.Phone, "{email}", kb.Clinic.Email).Replace(s)
}

func hasWords(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	i := 0
	for k := 0; k < n; k++ {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i]
}

// Choose answers a suggestion the patient picked (a button or a number),
// as if they had asked that entry's question. Unknown ids get the fallback.
func (e *Engine) Choose(id, lang string) clinicbot.Reply {
	kb := e.view(lang)
	en := kb.Entries[id]
	if en == nil {
		return kb.fallback(nil)
	}
	return e.decide(kb, []clinicbot.Hit{{EntryID: id, Score: 1, Coverage: 1}})
}

// Crisis returns the crisis reply and true when text is a crisis message;
// otherwise a reply holding only the check's result (Safety), which the
// channel may pass on as Message.Checked so Reply does not check again.
// Channels call it for messages that do not go through Reply (a booking
// step, a flooded chat), so the crisis check never misses.
func (e *Engine) Crisis(ctx context.Context, text, lang string) (clinicbot.Reply, bool) {
	kb := e.view(lang)
	text = truncate(text, MaxSafetyRunes)
	res := kb.Safety.Check(text)
	if res.Verdict == clinicbot.Crisis {
		return e.crisisReply(ctx, kb, res, text), true
	}
	return clinicbot.Reply{Safety: res}, false // what was found, for Message.Checked
}

// crisisReply is the crisis reply, always; after it, for a crisis the
// writer denied beside a clinic question ("no thoughts of harming myself,
// how many sessions does it take?"), the answer to that question. The
// reply is never replaced by the answer: four safety reviews wrote crises
// that read as a denial beside a question ("I'm not thinking about
// suicide, I'm doing it. what time do you open?").
func (e *Engine) crisisReply(ctx context.Context, kb *view, res clinicbot.SafetyResult, text string) clinicbot.Reply {
	r := kb.crisisReply(res)
	if !res.Denied && !res.Learned || !asksForInformation(text) || kb.msgs.CrisisQuestion == "" {
		return r
	}
	// A denied crisis: the question is in the words outside the denial. A
	// crisis only the classifier saw: the whole message is the question
	// (a relative asking "is it safe? my father has been through a lot"),
	// answered after the crisis reply, never in its place.
	question := res.Rest
	if res.Learned {
		question = text
	} else if kb.Safety.Check(res.Rest).Verdict != clinicbot.Safe {
		return r // a request for medical advice gets no answer beside it
	}
	sure := func(h clinicbot.Hit) bool { return e.thresholds.Answers(h) && h.Confidence >= denialConfidence }
	if answer := e.answerOf(ctx, kb, question, r.Lang, sure); answer != "" {
		r.Text += "\n\n" + kb.fill(kb.msgs.CrisisQuestion) + "\n\n" + answer
	}
	return r
}

// denialConfidence is the calibrated confidence from which the question
// beside a denied crisis is answered after the crisis reply.
const denialConfidence = 0.5

// Clinic returns the clinic's facts and the bot's fixed texts in lang
// (English for "" and languages the folder does not have).
func (e *Engine) Clinic(lang string) (clinicbot.Clinic, clinicbot.Messages) {
	kb := e.view(lang)
	return kb.Clinic, kb.msgs
}
