// Package clinicbot holds the domain nouns shared by every part of the bot:
// knowledge entries, the clinic's facts, incoming messages and replies.
// It imports only the standard library.
package clinicbot

import (
	"fmt"
	"time"
)

// Kind says what sort of reply the bot gives, or what an entry is for.
type Kind string

// The kinds of replies and entries.
const (
	KindAnswer    Kind = "answer"    // a knowledge answer
	KindHandoff   Kind = "handoff"   // staff should take over (appointment, person, call back)
	KindCrisis    Kind = "crisis"    // crisis reply; staff are alerted urgently
	KindFallback  Kind = "fallback"  // the bot does not know
	KindSmalltalk Kind = "smalltalk" // greetings, thanks, goodbyes
)

// Valid reports whether k is one of the known kinds.
func (k Kind) Valid() bool {
	switch k {
	case KindAnswer, KindHandoff, KindCrisis, KindFallback, KindSmalltalk:
		return true
	}
	return false
}

// Entry is one piece of the clinic's knowledge: a question in several
// phrasings and the answer to give.
type Entry struct {
	ID        string   // stable identifier, unique in the folder
	Question  string   // the main question, shown as a suggestion
	Phrasings []string // alternate phrasings, as patients write them
	Tags      []string // topic words that help matching
	Kind      Kind     // answer (default), handoff or smalltalk
	FollowUps []string // ids of entries worth offering next
	// Handoff is what staff are asked to do for a handoff entry:
	// HandoffAppointment (default) or HandoffPerson.
	Handoff string
	// Requests are phrases in safety.yaml's phrase language ("fix|book
	// ...3 appointment") that make a message this handoff request however
	// much else it says (handoff entries only; a translation's are added).
	Requests []string
	// Translations are the entry's question and answer in other languages
	// ("hi"), from files with lang: set.
	Translations map[string]Translation
	Answer       string // the reply text (Markdown-ish plain text)
	File         string // file the entry came from, for error messages
	Line         int    // line of the front matter start
}

// Translation is an entry's question and answer in another language.
type Translation struct {
	Question string
	Answer   string
	File     string
	// Phrasings are the ones this translation added to the entry's
	// Phrasings (its question among them).
	Phrasings []string
}

// Languages of replies.
const (
	LangEnglish = "en"
	LangHindi   = "hi"
)

// Questions returns the main question followed by all alternate phrasings.
func (e *Entry) Questions() []string {
	out := make([]string, 0, len(e.Phrasings)+1)
	if e.Question != "" {
		out = append(out, e.Question)
	}
	return append(out, e.Phrasings...)
}

// Clinic holds the clinic's own facts from clinic.yaml.
type Clinic struct {
	Name         string
	Phone        string
	Email        string
	Timezone     string
	OpeningHours string
	Disclaimer   string
	Colour       string // the web chat's colour, #rrggbb (optional)
}

// Helpline is one crisis line given in the crisis reply.
type Helpline struct {
	Name         string
	Number       string
	Note         string
	NameHi       string // the name in Hindi, for replies in Hindi ("" : Name)
	NoteHi       string // the note in Hindi ("" : Note)
	LastVerified string // YYYY-MM-DD
}

// SynonymGroup is a set of words that mean the same for matching. When
// Broader is set the group is one-way: each word is a kind of Broader (a
// question about "spravato" is also about "ketamine"), but a message with
// Broader is not about the kinds.
type SynonymGroup struct {
	Words   []string
	Broader string
	// Whole marks words the matcher never shortens to a stem: "fasting"
	// stays "fasting" instead of becoming "fast", the word for speed.
	// Such a group is not a synonym group.
	Whole bool
}

// Message is one thing a patient sent, independent of the channel.
type Message struct {
	ChatID  string // the conversation it belongs to
	Text    string // the text; empty for non-text events
	NonText string // sticker, photo, voice, ... when the message is not text
	// Checked is the safety check already made on Text (a channel checks
	// crisis first, in every state); nil to check it again.
	Checked *SafetyResult
	// Lang is the language to reply in (LangEnglish when empty).
	Lang string
}

// Reply is what the bot answers to one message.
type Reply struct {
	Kind    Kind
	Text    string
	EntryID string
	Score   float64
	// Confidence (0..1) is the calibrated chance that an answer or handoff
	// is the right entry (see Hit.Confidence); 0 for other replies.
	Confidence  float64
	Suggestions []Suggestion
	// Alert is set when staff must be told (crisis, handoff).
	Alert bool
	// Handoff is the kind of staff request of a handoff reply
	// (HandoffAppointment, HandoffPerson).
	Handoff string
	// Safety is what the safety check found (crisis replies carry who is
	// at risk and how sure the check is, for the staff alert).
	Safety SafetyResult
	// Lang is the language of Text.
	Lang string
}

// Suggestion is an entry offered as a follow-up or "did you mean" option.
type Suggestion struct {
	EntryID  string
	Question string
}

// Error is a problem in the knowledge folder, placed at a file and line.
type Error struct {
	File string
	Line int
	Msg  string
}

// Error returns "file:line: message".
func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Msg)
}

// Messages are the bot's own patient-facing texts, editable in
// messages.yaml (the first seven also in clinic.yaml's messages:). They
// may use the placeholders {name}, {phone} and {email}.
type Messages struct {
	Welcome  string // /start
	Help     string // /help
	Fallback string // the bot does not know
	Handoff  string // /book, /human and handoff entries without their own text
	// AnswerFooter follows an answer that does not give the clinic's phone.
	AnswerFooter string
	// RiskFooter follows any reply but the crisis reply to a message with
	// a word of risk that is no crisis (SafetyResult.Risky), unless the
	// reply names the first helpline already (the fallback, the advice
	// refusal); empty: never.
	RiskFooter string
	// GeneralFacts introduces, after the medical-advice refusal, what the
	// clinic's page says in general on the topic.
	GeneralFacts string
	// CrisisQuestion introduces, after the crisis reply to a crisis the
	// writer denied, the answer to the question they asked beside it.
	CrisisQuestion string
	// Recovered answers a message that tells of a crisis long over and
	// asks nothing the knowledge answers ("Two years ago I wanted to die.
	// Today I am happy. Thank you doctor"): warm, with the helplines
	// for if it ever comes back ({helplines}, {phone}).
	Recovered string
	NonText   string // stickers, photos, voice ...
	Empty     string // empty or emoji-only message
	TooLong   string // appended when a message was cut
	FAQ       string // /faq, above the topic buttons

	UnknownCommand string // a slash command the bot does not know
	ChooseLanguage string // /language: the question above the two buttons
	LanguageSet    string // the confirmation, in the language chosen
	TeamTold       string // {team} in crisis replies: staff were alerted
	TeamNotTold    string // {team} when no staff channel is configured

	// The staff conversation, as the patient sees it ({staff}: the staff
	// member's name).
	StaffJoined string // a staff member claimed the request
	StaffSays   string // before a staff member's message
	StaffClosed string // staff closed the conversation

	// The booking flow.
	AskTeam         string // button under a fallback: pass the question to staff
	Consent         string // may we pass your details to staff?
	ConsentYes      string // its buttons
	ConsentNo       string
	Declined        string // the patient said no
	AskContact      string // channels with a share button: share or type name and time
	ShareButton     string // that button's label
	CancelButton    string // the Cancel button (also accepted typed)
	AskName         string // channels without a share button: the name first
	AskPhone        string // then the phone number
	BadPhone        string // a number that is not a phone number
	AskTime         string // then a good time to call
	ForeignContact  string // a shared contact that is someone else's
	UnaskedContact  string // a phone number shared outside the booking flow
	GroupPrivacy    string // a booking asked in a group chat
	Booked          string // the handoff is stored
	NotBooked       string // it could not be stored
	Cancelled       string // /cancel during a booking
	NothingToCancel string // /cancel otherwise
	Forgotten       string // /forget deleted something
	NothingStored   string // /forget found nothing
	TooFast         string // flood limit on messages
	TooFastButtons  string // flood limit on buttons
	RelayTextOnly   string // a non-text message while staff are talking with the patient
	RelayEnded      string // /end of a staff conversation
}

// SafetyRules configure crisis and medical-advice detection (safety.yaml).
// Phrases use a small pattern language documented in safety.yaml; a phrase
// may name a word class as @name (see Words).
type SafetyRules struct {
	LastReviewed string
	// Words are named word classes ("self", "act", "relative" ...): each
	// holds alternatives written as in a phrase ("die|dying", "suicid*").
	Words           map[string][]string
	CrisisPhrases   []string // the writer is at risk
	OtherPhrases    []string // someone else is at risk (a relative, a friend)
	DistressPhrases []string // hopelessness without explicit intent
	NotCrisis       []string // idioms, questions and fears that are never a crisis
	// Recovered are phrases that say a crisis is over ("they have been gone
	// for months", "I'm in a much better place"): with them, a crisis told
	// in the past tense and long ago is not one now (see safety.yaml).
	Recovered     []string
	CrisisReply   string // warm reply; {helplines} and {phone} placeholders
	OtherReply    string // reply to someone writing about another person
	DistressReply string // caring check-in with the helplines
	// OtherDistressReply is the check-in for someone writing about another
	// person's distress (a son who sleeps all day, a mother who stopped
	// eating), with the helplines; empty: OtherReply.
	OtherDistressReply string
	// Hindi holds the replies in Hindi (crisis.reply_hi ...; empty: English).
	Hindi         SafetyReplies
	Helplines     []Helpline
	AdvicePhrases []string // personal medical advice requests
	NotAdvice     []string // general questions about medicines, blanked before advice
	AdviceReply   string
	// Model configures the crisis classifier learned from Examples (and
	// from Ordinary as non-crisis messages) for what the phrases miss.
	Model SafetyModel
	// Examples are labelled messages (safety-examples.yaml).
	Examples []SafetyExample
	// Ordinary are the knowledge's own questions: messages that are no
	// crisis, filled in by the loader.
	Ordinary []string
	// Asked are every question and phrasing of the knowledge, translations
	// included, filled in by the loader: a message that is one of them
	// word for word is no crisis of a classifier's (the phrases still
	// read it).
	Asked []string
	// Requests are the handoff entries' request phrases, filled in by the
	// loader: the detector names the entry of the first that matches a
	// message that is neither a crisis nor an advice request.
	Requests []RequestPhrase
}

// RequestPhrase is one request phrase of a handoff entry.
type RequestPhrase struct {
	Entry, File, Phrase string
}

// SafetyReplies are the safety replies in one language.
type SafetyReplies struct {
	Crisis, Other, Distress, OtherDistress, Advice string
}

// SafetyModel configures the crisis classifier (safety.yaml, model:).
type SafetyModel struct {
	// Threshold (0..1) is the probability at or above which the classifier
	// alone raises a crisis; 0 turns the classifier off.
	Threshold float64
	// RiskClasses name the word classes (act, means ...) a message's words
	// are looked up in: with one of their words, Threshold applies; with
	// none, ThresholdAlone (a higher bar; 0 or above 1: never).
	RiskClasses    []string
	ThresholdAlone float64
	// ThresholdBesideMask (0..1; 0: never) is the bar for the clauses of a
	// message that no not_crisis mask touched, when a mask explained its
	// risky words away.
	ThresholdBesideMask float64
	// AdviceThreshold (0..1; 0: off) is the probability at or above which a
	// second classifier, learned from the advice examples, refuses a
	// message as personal medical advice, when it has a word of one of
	// AdviceClasses (medicines, substances, pregnancy, illnesses).
	AdviceThreshold float64
	AdviceClasses   []string
	// AdviceThresholdUnnamed (0..1; 0: never) is the bar for a message
	// with no word of AdviceClasses: an illness or a medicine the classes
	// do not name ("he has an irregular heartbeat, can he have ketamine",
	// "should i stop my beta blocker before the infusion"), which must
	// have a word of AdviceUnnamedClasses (the treatment, a session, a
	// symptom: never "AC chal raha hai, band kar du kya?").
	AdviceThresholdUnnamed float64
	AdviceUnnamedClasses   []string
	// AdviceUnanswered (0..1; 0: never) is the bar for a message the
	// knowledge finds no answer to that names a word of AdviceClasses
	// beside one of AdvicePersonalClasses: at it, the advice classifier
	// calls it a question about one's own health, and the refusal (the
	// doctors decide, the phone) replies instead of "I don't know".
	AdviceUnanswered float64
	// AdviceGeneralClasses name the advice classes a question may ask
	// about in general ("is it safe to mix ketamine and alcohol?"): with
	// no word of AdvicePersonalClasses (I, my, he, my father, a verb of
	// the first person) and no word of the other AdviceClasses, it is a
	// question for the knowledge, not a request for personal advice.
	AdviceGeneralClasses, AdvicePersonalClasses []string
	// AdvicePeopleClasses name the words of people in general ("do
	// patients have to stop their medicines when they start ketamine?"):
	// beside one of them, a question about the classes of
	// AdviceGeneralForPeople (medicines) is general too, on the same
	// conditions.
	AdvicePeopleClasses, AdviceGeneralForPeople []string
	// LearnFrom names eval files of the folder whose cases a second crisis
	// classifier learns from, besides the examples: crisis cases as
	// crises, every other expectation but advice (safe, an answer, a
	// handoff ...) as ordinary. A set learned from no longer measures what
	// the classifier does on wording it never saw: the sets left out do.
	LearnFrom []string
	// ExamplesFrom names eval sets whose crisis, safe and advice cases the
	// first crisis classifier learns from as examples: everyday messages
	// that are no crisis ("thx for the info, wont need it right now") in
	// numbers no hand-written list reaches. A set learned from no longer
	// measures the first classifier on wording it never saw.
	ExamplesFrom []string
	// TaughtBar: with no word of risk and no phrase, a message is a crisis
	// when the mean of the first classifier's probability and that of the
	// classifier that learned from ExamplesFrom too reaches this, instead
	// of the first's reaching ThresholdAlone (0: that classifier is not
	// made).
	TaughtBar float64
	// SubjectBar and SubjectSelfBar: a classifier learned from the eval
	// sets' crises labelled with their subject (learn_from and
	// examples_from) decides whose a crisis is, against what the rules
	// read, when it is at least this sure that it is someone else's, or
	// the writer's own (0: the rules alone).
	SubjectBar, SubjectSelfBar float64
	// SubjectSelfLearnedBar: a crisis the classifier alone raised, that
	// the rules read as someone else's (a relative named beside the
	// writer's own words: "my ex posted her new bf ... i don't want to
	// show up anywhere ever again"), is the writer's when the subject
	// classifier is at least this sure (0: the rules and SubjectSelfBar).
	SubjectSelfLearnedBar float64
	// TaughtQuestionClears: a question the first classifier alone calls a
	// crisis, with no word of risk and no phrase, is none when the
	// classifier that learned from ExamplesFrom too gives it less than
	// this, unless a clause of it that asks nothing reads as a crisis
	// (0: never).
	TaughtQuestionClears float64
	// TaughtRiskClears: the same for a message with a word of risk that
	// the first classifier alone calls a crisis at Threshold, unless any
	// clause of it, question or not, reads as a crisis (0: never).
	TaughtRiskClears float64
	// TaughtAdviceClears: a message with no word of risk that the first
	// classifier alone calls a crisis is none when an advice phrase
	// matches it and the taught classifier gives it less than this: it
	// gets the advice refusal (0: never).
	TaughtAdviceClears float64
	// TaughtRequestClears: a message with a request to the clinic (a
	// handoff's request phrase) and no word of risk, that the first
	// classifier alone calls a crisis, is none when the taught classifier
	// gives it less than this (0: never).
	TaughtRequestClears float64
	// TaughtLearnedClears: a crisis only the learned classifier raises
	// (LearnedThreshold, LearnedAlone) is none when the taught classifier
	// gives it less than this (0: never).
	TaughtLearnedClears float64
	// TaughtClauseClears: a clause the first classifier alone reads as a
	// crisis (at the clause bar) keeps a question's crisis standing only
	// when the taught classifier gives that clause this or more, or the
	// message is long (LongWords or more words) (0: never).
	TaughtClauseClears float64
	// SentenceAgree: in a message of several sentences that is no crisis
	// read whole, a sentence is one when all three classifiers read it
	// alone at this or more (0: never).
	SentenceAgree float64
	// LongWords, LongSentenceBar, LongSentenceLearned: a message of at
	// least LongWords words that no phrase and no classifier read as a
	// crisis has each sentence read alone: a crisis when the mean of the
	// first and the taught classifier reaches LongSentenceBar and the
	// learned one LongSentenceLearned (0 words: never).
	LongWords                            int
	LongSentenceBar, LongSentenceLearned float64
	// LearnedThreshold and LearnedAlone are the bars of the classifier
	// that learned from LearnFrom too, read when the first stays below
	// its own (0: never; LearnedAlone without a word of risk).
	LearnedThreshold, LearnedAlone float64
	// LearnedQuestionClears: a question ("?") the first classifier alone
	// calls a crisis, with no word of risk and no phrase, is none when the
	// learned classifier gives it less than this (0: never).
	LearnedQuestionClears float64
	// LearnedOtherCrisis: a crisis about someone else that the first
	// classifier raised with no phrase is told as an emergency (the
	// relative's reply, LevelCrisis) when the learned classifier gives it
	// at least this, and as distress (the relative's check-in) below (0:
	// always an emergency).
	LearnedOtherCrisis float64
	// BesideRequestsOf names the handoff entries whose requests have each
	// clause beside them read alone by both classifiers (a request
	// dilutes a crisis told beside it: "please call me back, i'm saying
	// goodbye").
	BesideRequestsOf []string
	// BesideRequestsRisky names the handoff entries whose requests have
	// each clause beside them with a word of risk read alone so: a
	// booking's reason is the symptoms, but "... parso woh chhat pe khade
	// hoke bole ki ab koi nahi rokega. appointment kab mil sakta hai" tells
	// of a roof.
	BesideRequestsRisky []string
}

// SafetyExample is one labelled message the crisis classifier learns from.
type SafetyExample struct {
	Text   string
	Crisis bool
	Advice bool // a request for personal medical advice (never also Crisis)
	Line   int
	// FromSet: read from an eval set (model.learn_from), not written as an
	// example: only the second classifier learns from it; the words of
	// the examples (how run-together words are split, which words are
	// everyday) and the first classifier stay the examples' own.
	FromSet bool
	// Taught: read from an eval set model.examples_from names (its crisis,
	// safe and advice cases): the first crisis classifier learns it as it
	// learns a written example, but the examples' words stay the written
	// ones' and cross-validation never tests it.
	Taught bool
	// Asked, of a Taught example: a question the knowledge answers, a
	// request or an off-topic message of the set. Only the advice
	// classifier learns it, as no request for advice: it is what tells
	// "what happens to my current medicines when I start?" from "can I
	// stop my sertraline?".
	Asked bool
	// Subject, of a crisis read from an eval set: whose crisis it tells
	// of (SubjectSelf, SubjectOther; empty: not said). The subject
	// classifier learns from these.
	Subject string
}

// Expectations of eval cases beyond the reply kinds: ExpectAdvice is the
// medical-advice refusal, ExpectSafe is neither a crisis reply nor that
// refusal (a false alarm of either fails).
const (
	ExpectAdvice Kind = "advice"
	ExpectSafe   Kind = "safe"
)

// EvalCase is one regression case from an eval file.
type EvalCase struct {
	Text   string
	Expect Kind   // the reply kind expected, ExpectAdvice or ExpectSafe
	Entry  string // for answer/handoff: the entry id expected (optional)
	Group  string // a label for the tally ("hinglish", "advice-third")
	Lang   string // the reply language expected ("hi", "en"); empty: any
	// Subject, for a crisis: whose crisis the reply must speak to,
	// SubjectSelf (the writer) or SubjectOther (a relative or friend the
	// writer tells of); empty: either.
	Subject string
	Line    int
}

// Passes reports whether reply r meets the case's expectation.
func (c EvalCase) Passes(r Reply) bool {
	advice := r.Kind == KindFallback && r.EntryID == "medical-advice"
	if c.Lang != "" && r.Lang != c.Lang && !(c.Lang == LangEnglish && r.Lang == "") {
		return false
	}
	switch c.Expect {
	case ExpectAdvice:
		return advice
	case ExpectSafe:
		return r.Kind != KindCrisis && !advice
	}
	if c.Subject != "" && c.Expect == KindCrisis && r.Safety.Subject != c.Subject {
		return false
	}
	return r.Kind == c.Expect && (c.Entry == "" || c.Entry == r.EntryID)
}

// Hit is one ranked match of a patient's text against an entry.
type Hit struct {
	EntryID string
	// Score is the search engine's raw relevance score (unbounded).
	Score float64
	// Coverage is the share (0..1) of the message's meaningful words,
	// weighted by rarity, that the entry covers. It is comparable across
	// messages, so decisions use it.
	Coverage float64
	// Similarity (0..1) is how close the message is to the entry's
	// nearest single question or tag.
	Similarity float64
	// Matched is how many of the message's words (those it asks with) the
	// entry's questions or tags have.
	Matched int
	// Confidence (0..1), on the best hit only, is the chance that it is
	// right, calibrated on the knowledge folder itself when it loads (the
	// share of its own phrasings, each left out, that were right at such a
	// margin over the runner-up).
	Confidence float64
}

// Verdict is what the safety check found in a message.
type Verdict int

// The verdicts, most urgent first.
const (
	Safe   Verdict = iota // an ordinary message
	Crisis                // crisis: answer with helplines, alert staff
	Advice                // asks for personal medical advice
)

// Who is at risk in a crisis message.
const (
	SubjectSelf  = "self"  // the person writing
	SubjectOther = "other" // a relative or friend, reported by the writer
)

// Crisis levels.
const (
	LevelCrisis   = "crisis"   // intent, a plan, an act, or self-harm
	LevelDistress = "distress" // hopelessness without explicit intent
)

// SafetyResult is the outcome of a safety check.
type SafetyResult struct {
	Verdict Verdict
	Phrase  string // the safety rule that matched, for logs and tests
	Subject string // crisis: SubjectSelf or SubjectOther
	Level   string // crisis: LevelCrisis or LevelDistress
	// Denied: a crisis the writer denies ("no thoughts of harming myself,
	// how many sessions?"). The verdict stays Crisis and the crisis reply
	// is sent; the engine may answer, after it, the clinic question in Rest
	// (the words outside the denied phrases; empty when someone else is
	// named there).
	Denied bool
	Rest   string
	// Learned: the classifier alone raised the crisis, no phrase did
	// ("will my mum be monitored properly? she's elderly and I can't be in
	// the room"). The crisis reply is sent; the engine may answer, after
	// it, the clinic question the message asks.
	Learned bool
	// Request is the handoff entry whose request phrase the message
	// matched (Verdict none only): "want to fix an appointment for the
	// 14th" books however many other words it has.
	Request string
	// Recovered: no crisis, because a crisis the message tells was set
	// aside as long over ("Two years ago I wanted to die. Today I am
	// healthy and happy"). The engine may reply warmly, with the
	// helplines for if it ever comes back, instead of a fallback.
	Recovered bool
	// Risky: no crisis, but a word of risk is there (a word of the
	// model's risk classes or of beside_risk: kill, hang, poison,
	// suicidal ...). The engine may add the
	// helplines to whatever it answers: a crisis told in words the rules
	// and the classifiers read past still meets a number to call.
	Risky bool
}

// ChatState is what the bot remembers about one conversation between
// messages: where a booking stands and the details the patient gave.
type ChatState struct {
	Flow          string   `json:"flow,omitempty"` // booking step; empty when none
	HandoffKind   string   `json:"handoff_kind,omitempty"`
	Name          string   `json:"name,omitempty"`
	Username      string   `json:"username,omitempty"`
	Phone         string   `json:"phone,omitempty"`
	PreferredTime string   `json:"preferred_time,omitempty"`
	Recent        []string `json:"recent,omitempty"` // last few messages, for staff context
	// OpenHandoff is the latest handoff of this chat; until OpenUntil the
	// patient's further messages are added to its Slack thread.
	OpenHandoff string    `json:"open_handoff,omitempty"`
	OpenUntil   time.Time `json:"open_until,omitempty"`
	// Relay is the handoff whose staff conversation this chat is in: the
	// patient's messages go to its Slack thread, not to the FAQ engine.
	Relay   string    `json:"relay,omitempty"`
	Updated time.Time `json:"updated"`

	// Crisis is the chat's open crisis alert: until CrisisSince plus the
	// crisis episode window, further crisis messages go to its Slack thread
	// instead of making a new alert.
	Crisis      string    `json:"crisis,omitempty"`
	CrisisSince time.Time `json:"crisis_since,omitempty"`

	// Lang is the reply language the patient chose ("" and "en": English).
	Lang string `json:"lang,omitempty"`
}

// Handoff kinds.
const (
	HandoffAppointment = "appointment"
	HandoffPerson      = "person"
	HandoffCrisis      = "crisis"
	HandoffUnanswered  = "unanswered"
	HandoffMessage     = "message" // a later message, posted in a handoff's thread
)

// Handoff statuses.
const (
	HandoffPending = "pending"
	HandoffSent    = "sent"
	HandoffFailed  = "failed"
)

// Handoff is a request for staff to contact a patient, kept until delivered.
type Handoff struct {
	ID            string   `json:"id"`
	Kind          string   `json:"kind"`
	Channel       string   `json:"channel"` // "telegram", "terminal"
	ChatID        string   `json:"chat_id"`
	Name          string   `json:"name,omitempty"`
	Username      string   `json:"username,omitempty"`
	Phone         string   `json:"phone,omitempty"`
	PreferredTime string   `json:"preferred_time,omitempty"`
	Recent        []string `json:"recent,omitempty"`
	Text          string   `json:"text,omitempty"`   // HandoffMessage: the message
	Notice        string   `json:"notice,omitempty"` // HandoffMessage from the bot itself, not the patient
	// Crisis handoffs: who is at risk (SubjectOther: "reported by a
	// relative/friend") and the level (LevelDistress is the lower one).
	Subject  string    `json:"subject,omitempty"`
	Level    string    `json:"level,omitempty"`
	Lang     string    `json:"lang,omitempty"`      // the patient's language, for staff
	ParentID string    `json:"parent_id,omitempty"` // HandoffMessage: its handoff
	Created  time.Time `json:"created"`
	Status   string    `json:"status"`

	// Its delivery to the staff channel, and the staff conversation on it:
	// the staff side's state, kept apart from the request itself.
	Delivery
	StaffThread
}

// Delivery is a handoff's delivery to the staff channel (a Slack post):
// the channel's reference to the post once it is made, and the attempts.
type Delivery struct {
	Room           string    `json:"slack_channel,omitempty"` // the staff channel's room (a Slack channel id)
	Ref            string    `json:"slack_ts,omitempty"`      // the post, once the staff channel confirmed it
	Attempts       int       `json:"attempts,omitempty"`
	AttemptStarted time.Time `json:"attempt_started,omitempty"` // a post that may have reached the channel
	NextAttempt    time.Time `json:"next_attempt,omitempty"`
	LastError      string    `json:"last_error,omitempty"`
}

// StaffThread is the staff conversation on a handoff: who claimed it,
// whether it is closed, whether it was announced again.
type StaffThread struct {
	ClaimedBy   string    `json:"claimed_by,omitempty"` // staff member's display name
	ClaimedByID string    `json:"claimed_by_id,omitempty"`
	Closed      bool      `json:"closed,omitempty"`
	ClosedBy    string    `json:"closed_by,omitempty"`
	Reannounced bool      `json:"reannounced,omitempty"`
	ClosedAt    time.Time `json:"closed_at,omitempty"`
}

// Relay is a staff message on its way to a patient, kept until delivered.
type Relay struct {
	ID          string    `json:"id"`
	HandoffID   string    `json:"handoff_id"`
	Channel     string    `json:"channel,omitempty"` // the patient's channel (empty: telegram)
	ChatID      string    `json:"chat_id"`
	Text        string    `json:"text"`
	Created     time.Time `json:"created"`
	Attempts    int       `json:"attempts,omitempty"`
	NextAttempt time.Time `json:"next_attempt,omitempty"`
	Status      string    `json:"status"` // pending, sent, failed
	LastError   string    `json:"last_error,omitempty"`
}

// Question is a patient question the knowledge could not answer well,
// kept (for the retention period) so admins can see what to add.
type Question struct {
	ChatID  string    `json:"chat_id"` // the patient's key (Patient.Key)
	Text    string    `json:"text"`
	Kind    string    `json:"kind"`    // "fallback" or "low" (answered with low confidence)
	Closest string    `json:"closest"` // the nearest entry, if any
	Score   float64   `json:"score"`
	At      time.Time `json:"at"`
}
