// Package safety detects crisis messages (suicidal thoughts, self-harm,
// overdose, someone else at risk, hopelessness) and requests for personal
// medical advice, in English, Hindi and Hinglish, from the word classes
// and phrases in safety.yaml. It has no dependencies beyond the domain
// package, and a Detector is safe for concurrent use.
package safety

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/mindbraintms/clinicbot/internal/clinicbot"
)

// Detector checks messages against compiled safety phrases.
type Detector struct {
	// addressee and greeting: the words opening a message to the clinic
	// that the crisis check reads past as well (see unaddressed).
	addressee, greeting map[string]bool
	// splitVocab are the words the labelled messages and the knowledge's
	// questions use (at least splitMinUses of them): a run typed without
	// spaces is split into these and the phrases' words.
	splitVocab                                            map[string]bool
	crisis, other, distress, notCrisis, advice, notAdvice []pattern
	prefixes                                              []alt
	suffixes                                              []alt
	// each group's patterns by their first word
	crisisTr, otherTr, distressTr, notCrisisTr, adviceTr, notAdviceTr trigger

	// A crisis told as over (recovered.go, goodnow.go, dated.go): phrases that say so, the past
	// tense, a time long ago, and words of now that rule it out.
	recovered              []pattern
	past, longAgo, riskNow elem
	// lifeStage, lifePeriod, pastEra: a stage of life, a period of it and
	// a time gone that, told as a time ("as a teen", "bachpan mein", "ek
	// time tha"), place an act long ago (dated.go; optional)
	lifeStage, lifePeriod, pastEra elem
	// askedNow: the modal of a question whose subject a filler word of
	// now follows ("can I still get ketamine?"): it asks what holds for
	// the writer, not of risk now (optional)
	askedNow elem
	// goodNowW, goodNowTime, goodNowNot: a clause of good news now (see
	// goodNow); optional
	goodNowW, goodNowTime, goodNowNot, goodNowDated, besideMask, goodAfter, goodNowBut elem
	goodNowPresent, goodNowHabit, goodNowTail, goodAfterQNot, goodNowCalmNot           elem
	// goodAfterAsk, goodAfterAskOpen: a clause after good news that asks
	// without a question mark (see asksUnmarked); optional
	goodAfterAsk, goodAfterAskOpen elem
	// What may be back after a crisis told as over (see backAfter), and
	// a part of the day told as today's (see nowAtRisk).
	goodBack, backSubject, backNot, dayPart, recentSpan elem
	// ongoing: the illness that goes on after a crisis told as over ("the
	// depression is still there"); a clause of it with no risk keeps its
	// words of now to itself (see ongoingClauses); optional.
	ongoing, ongoingNow, ongoingNot elem
	// streakSpan: the spans a streak is counted in (streakAt)
	streakSpan elem
	// askingInfo: a clause that asks for information for someone ("abhi
	// bas ek friend ke liye info chahiye thi") keeps its words of now to
	// itself as a clause of the illness does (see ongoingClauses); optional.
	askingInfo elem
	// recentWhat: what a recent span must stand near to date a crisis
	// (see recentAfter).
	recentWhat elem
	// returned: words saying a crisis is back ("the thoughts are back",
	// "phir se wahi khayal"); beside a mask they keep the classifier on.
	returned elem
	// wish: a wish or a hope left beside a mask keeps the classifier on
	// too ("the pain is killing me, i hope it succeeds this time").
	wish elem
	// welcomed: the classes of a harm asked about and welcomed (welcomed.go).
	welcomed welcomedWords
	// reflexive: himself, herself ("he'll kill me and then himself").
	reflexive elem
	// A crisis the writer denies (denied.go).
	den denialWords

	// The classifier, for crisis messages no phrase foresaw: it may raise
	// a crisis alone when the message has a word of a risk class.
	model            *model
	threshold, alone float64
	// taught: the classifier that also learned from model.examples_from;
	// with no word of risk, the mean of its probability and the first's
	// is read at taughtBar (see SafetyModel.TaughtBar).
	taught    *model
	taughtBar float64
	// taughtClears, taughtRiskClears: see
	// clinicbot.SafetyModel.TaughtQuestionClears and TaughtRiskClears.
	taughtClears, taughtRiskClears float64
	// taughtClauseClears: see clinicbot.SafetyModel.TaughtClauseClears.
	taughtClauseClears float64
	// longWords, longBar, longLearned: see clinicbot.SafetyModel.LongWords.
	longWords            int
	longBar, longLearned float64
	// taughtAdviceClears, taughtRequestClears, taughtLearnedClears: see
	// clinicbot.SafetyModel.TaughtAdviceClears, TaughtRequestClears and TaughtLearnedClears.
	taughtAdviceClears, taughtRequestClears, taughtLearnedClears float64
	// sentenceAgree: clinicbot.SafetyModel.SentenceAgree (0: never).
	sentenceAgree float64
	// subject: the classifier of whose a crisis is, learned from the eval
	// sets' crises labelled with their subject (other as its "crisis");
	// it overrules the rules when at least subjectBar sure.
	subject                 *model
	subjectBar, subjectSelf float64
	// subjectSelfLearned: how sure the subject classifier must be that a
	// crisis the classifier alone raised is the writer's, where the rules
	// read it as someone else's (0: never; see safety.yaml)
	subjectSelfLearned float64
	// learned: the classifier that also learned from the eval sets
	// model.learn_from names, at bars of its own (see SafetyModel.Learned*;
	// above 1: never).
	learned                  *model
	learnedBar, learnedAlone float64
	// questionClears: see clinicbot.SafetyModel.LearnedQuestionClears.
	questionClears float64
	// otherCrisis: see clinicbot.SafetyModel.LearnedOtherCrisis.
	otherCrisis float64
	// besideRequestsOf names the handoff entries whose requests have the
	// clauses beside them read alone (besideRequest); practical and
	// openEnded are the words of a practical reason for a request and
	// of a time without end (word classes beside_request_practical and
	// beside_request_open).
	besideRequestsOf []string
	// besideRequestsRisky: see clinicbot.SafetyModel.BesideRequestsRisky.
	besideRequestsRisky  []string
	practical, openEnded elem
	// sureReason: the practical reasons a request is read by alone
	// (onlyPractical; word class beside_request_sure).
	sureReason elem
	// consultation and adviceAsk decide between a request to the clinic
	// and a request for medical advice in one message (requestWins):
	// word classes request_consultation and request_advice_ask.
	consultation, adviceAsk elem
	// protocolAsk, medGeneric and protocolChange read a question about
	// the treatment's rule for the medicines one takes (protocolAsked;
	// word classes protocol_ask, med_generic and change).
	protocolAsk, medGeneric, protocolChange elem
	// weekday names the days a visit is set on (word class weekday): with
	// visit and dayPart, the words of a request's time ("mornings better
	// for him", "is Monday possible?"), never a question for the doctors.
	weekday elem
	// timePref are the words of request_advice_ask said of a visit's time
	// (request_time_preference: "mornings better", "slot chahiye"); age
	// the words that make a number beside them an age (age_word: "65
	// age", "72 years").
	timePref, age elem
	// someone: the words of a person (the class anyone): "should" after
	// the doctor is theirs to do unless a person follows it ("doctor
	// should I stop it").
	someone elem
	// when: the words asking when (request_when): a clause asking when,
	// with no medicine, asks about the visit ("कब आ सकती हूँ?").
	when elem
	// pregnancy: a medicine named in a pregnancy is never only a request's
	// reason ("call me back i am 8 weeks pregnant and still taking my
	// sodium valproate").
	pregnancy elem
	// visit, question and medicine: see requestWins (request_visit,
	// request_question, request_medicine).
	visit, question, medicine elem
	// asked: the knowledge's own questions and phrasings, as the
	// classifiers read them: one asked word for word is no crisis of a
	// classifier's ("baar baar lene ka mann karega kya", will I want it
	// again and again, read 0.999 by the one learned from the sets).
	asked map[string]bool
	// beside: the bar for the clauses no mask touched in a message a mask
	// explained away (above 1: never); see untouched. It applies when
	// the message has a word of risk, or of besideRisk ("suicidal",
	// "attempted", "danger": what masks explain away, too rarely risky
	// alone to lower the classifier's bar).
	beside     float64
	besideRisk elem
	// supply: the words of pills, drugs and other means, whose owner the
	// writer may name ("maine mummy ki saari goliyan kha li hai": the
	// writer's crisis, the mother's pills).
	supply   elem
	risk     elem
	relative elem
	named    elem // relative without the indefinite words ("someone"), for the classifier
	// indefinite: "someone", "somebody": someone else at risk when told of
	// ("someone in my hostel is talking about jumping"), a helper when
	// asked for ("can someone call me").
	indefinite elem
	// Who a crisis is about (see subjectAt, writerHere, vocative): the
	// writer as subject, object or in a verb's ending (self, me,
	// firstPerson), someone else (third), and a relative no one at risk:
	// gone, or given to (recipient before, recipientAfter and given after).
	self, me, third, gone, recipient, recipientAfter, given, firstPerson elem
	// frame: words that set a message in fiction, study or public work
	// ("screenplay", "viva", "novelist"); frameOwn: what a writer's "I"
	// or "my" may be about in such a message ("i'm writing", "my book");
	// frameWho: the someone such a message tells of; frameNow: today,
	// tonight; frameDated: the news, whose day a word of frameNow beside
	// it is. All optional: without frame no message is framed.
	frame, frameOwn, frameNow, frameWho, frameDated elem
	// wrongs: what someone named does to the writer ("ससुराल वाले रोज ताने
	// मारते है"); stands by, with a "not" ("pati saath nahi deta"): told
	// so, they are the cause, not the one at risk.
	wrongs, standsBy, not elem
	// ... only as the wrong's subject: not its object or owner ("behen
	// ko", "beti ka pati") nor the one who says the crisis ("beta kehta
	// hai ...").
	possessive, says elem
	lex              *lexicon

	// The advice classifier: it refuses what no advice phrase foresaw, for
	// a message with a word of an advice class.
	adviceModel     *model
	adviceThreshold float64
	// adviceUnnamed is the advice classifier's bar for a message with no
	// word of an advice class (above 1: never), which must have a word of
	// unnamedAbout (the treatment, a session, a symptom), if it has words.
	adviceUnnamed float64
	// adviceUnanswered: model.advice_unanswered (Personal)
	adviceUnanswered float64
	unnamedAbout     elem
	medical          elem
	// A question about a substance in general is no request for advice
	// (see clinicbot.SafetyModel.AdviceGeneralClasses): general, its
	// classes; personal and specific, the words that make it one.
	general, personal, specific elem
	asking                      elem // the words a clause of a question opens with
	saidInGeneral               elem // a clause that says the question is general ("got curious")
	askedEither                 elem // a clause that offers the question's alternatives ("pill or injection")
	courtesy                    elem // a clause of courtesy beside a question ("ok thanks.")
	people, forPeople           elem // people in general, and what may be asked of them in general
	specificBeyond              elem // the advice classes neither general nor asked of people in general
	personalOfPeople            elem // personal without "their": the people asked of
	// substanceOf and ailingOf: a substance (advice_general_classes), and
	// a medicine or an illness; both asked of people in general are a
	// combination asked for someone ("is alcohol dangerous with ketamine
	// if someone has heart problem": round 71)
	substanceOf, ailingOf elem

	// Requests for staff, from the handoff entries (requestOf names the
	// entry of each pattern).
	requests   []pattern
	requestOf  []string
	requestsTr trigger
}

// New compiles the rules. It returns an error naming every bad phrase or
// word class, and an error when there are no crisis phrases at all.
func New(rules clinicbot.SafetyRules, opts ...Option) (*Detector, error) {
	var o options
	for _, opt := range opts {
		opt(&o)
	}
	var errs []error
	cls, err := compileClasses(rules.Words)
	if err != nil {
		errs = append(errs, err)
	}
	d := &Detector{lex: &lexicon{ids: map[string]int32{}, byKey: map[[2]int][]int32{}}}
	compileAll := func(src []string) []pattern {
		var out []pattern
		for _, s := range src {
			p, err := compile(s, cls)
			if err != nil {
				errs = append(errs, err)
				continue
			}
			out = append(out, p)
		}
		return out
	}
	d.crisis = compileAll(rules.CrisisPhrases)
	d.other = compileAll(rules.OtherPhrases)
	d.distress = compileAll(rules.DistressPhrases)
	// A mask explains words away, so it must never match through a typo:
	// "son ... die" is not "song ... die", "dead" is not "read".
	d.notCrisis = exact(compileAll(rules.NotCrisis))
	d.recovered = exact(compileAll(rules.Recovered))
	if len(d.recovered) > 0 {
		for _, c := range []struct {
			e    *elem
			name string
		}{{&d.past, "past"}, {&d.longAgo, "long_ago"}, {&d.riskNow, "risk_now"}} {
			alts, ok := cls[c.name]
			if !ok {
				errs = append(errs, fmt.Errorf("crisis.recovered needs the word class %q", c.name))
			}
			c.e.alts = alts
		}
	}
	d.returned.alts = cls["returned"] // optional: without it, a mask silences the classifier
	d.wish.alts = cls["wish"]         // optional too
	// optional too: without harm_outcome and welcome, no harm is read as welcomed
	d.welcomed.read(cls)
	// optional too: without them, no opening is read past (unaddressed)
	d.addressee, d.greeting = wordList(rules.Words["addressee"]), wordList(rules.Words["greeting"])
	// optional: without them, a phrase is the writer's
	d.self.alts, d.me.alts, d.third.alts, d.gone.alts = cls["self"], cls["me"], cls["third"], cls["gone"]
	d.frame.alts, d.frameOwn.alts, d.frameNow.alts = cls["frame"], slices.Concat(cls["frame"], cls["frame_own"]), cls["when"]
	d.frameWho.alts = slices.Concat(cls["frame_who"], cls["people_in_general"], cls["generic_others"], cls["third"])
	d.frameDated.alts = cls["frame_dated"]
	d.indefinite.alts = cls["indefinite"]
	d.firstPerson.alts, d.recipient.alts = cls["first_person"], cls["recipient"]
	d.wrongs.alts, d.standsBy.alts, d.not.alts = cls["wrongs_writer"], cls["stands_by_writer"], cls["not_hi"]
	d.possessive.alts, d.says.alts = cls["possessive_hi"], cls["says"]
	d.recipientAfter.alts, d.given.alts = cls["recipient_after"], cls["given"]
	d.besideRisk.alts = cls["beside_risk"] // optional: without it, only risk words open the clauses beside a mask
	d.supply.alts = slices.Concat(cls["pills"], cls["drugs"], cls["means"])
	// Optional too: without them nothing is back (backAfter) and no part
	// of the day is today's (nowAtRisk).
	d.goodBack.alts, d.backSubject.alts, d.backNot.alts = cls["good_back"], cls["back_subject"], cls["back_not"]
	d.dayPart.alts = cls["day_part"]
	d.weekday.alts = cls["weekday"]
	d.timePref.alts, d.age.alts = cls["request_time_preference"], cls["age_word"]
	d.someone.alts, d.when.alts = cls["anyone"], cls["request_when"]
	d.ongoing.alts, d.ongoingNow.alts, d.ongoingNot.alts = cls["ongoing_illness"], cls["ongoing_now"], cls["ongoing_not"]
	d.askingInfo.alts = cls["asking_info"]
	d.streakSpan.alts = cls["streak_span"] // optional: without it, no streak is read
	d.askedNow.alts = cls["asked_now"]
	d.goodNowW.alts, d.goodNowTime.alts, d.goodNowNot.alts = cls["good_now"], cls["good_now_time"], cls["good_now_not"]
	d.goodNowDated.alts, d.besideMask.alts, d.goodAfter.alts = cls["good_now_dated"], cls["beside_mask"], cls["good_after"]
	d.lifeStage.alts, d.lifePeriod.alts, d.pastEra.alts = cls["life_stage"], cls["life_period"], cls["past_era"]
	d.goodNowBut.alts = cls["good_now_but"]
	d.practical.alts, d.openEnded.alts = cls["beside_request_practical"], cls["beside_request_open"]
	d.sureReason.alts = cls["beside_request_sure"]
	d.protocolAsk.alts, d.medGeneric.alts = cls["protocol_ask"], cls["med_generic"] // optional: without them, no such question
	d.protocolChange.alts = cls["change"]
	d.consultation.alts, d.adviceAsk.alts = cls["request_consultation"], cls["request_advice_ask"]
	d.pregnancy.alts = cls["pregnant"]
	d.visit.alts, d.question.alts, d.medicine.alts = cls["request_visit"], cls["request_question"], cls["request_medicine"]
	d.goodNowPresent.alts, d.goodNowTail.alts, d.goodAfterQNot.alts = cls["good_now_present"], cls["good_now_tail_not"], cls["good_after_q_not"]
	d.goodNowHabit.alts = cls["good_now_habit"]
	d.goodAfterAsk.alts, d.goodAfterAskOpen.alts = cls["good_after_ask"], cls["good_after_ask_open"]
	d.goodNowCalmNot.alts = cls["good_now_calm_not"] // optional: without it, no clause of now is calm before the good news
	d.recentSpan.alts, d.recentWhat.alts = cls["recent_span"], cls["recent_what"]
	d.reflexive.alts = cls["reflexive_other"]
	d.den.bind(cls)
	d.advice = compileAll(rules.AdvicePhrases)
	d.notAdvice = exact(compileAll(rules.NotAdvice))
	for _, r := range rules.Requests {
		p, err := compile(r.Phrase, cls)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: request of entry %s: %w", r.File, r.Entry, err))
			continue
		}
		d.requests, d.requestOf = append(d.requests, p), append(d.requestOf, r.Entry)
	}
	if len(d.crisis) == 0 {
		errs = append(errs, errors.New("no crisis phrases: crisis detection cannot work"))
	}
	var crisisEx, adviceEx, notCrisisEx, notAdviceEx []string
	var setCrisis, setOther []string       // the examples read from eval sets (FromSet)
	var taughtCrisis, taughtOther []string // ... and from model.examples_from (Taught)
	// ... as the advice classifier reads them; taughtAsked are the sets'
	// questions, requests and off-topic messages, for it alone (Asked)
	var taughtAdvice, taughtNotAdvice, taughtAsked []string
	var ofOther, ofSelf []string // the sets' crises whose subject is said
	for _, ex := range rules.Examples {
		if ex.Crisis && ex.Subject == clinicbot.SubjectOther {
			ofOther = append(ofOther, ex.Text)
		} else if ex.Crisis && ex.Subject == clinicbot.SubjectSelf {
			ofSelf = append(ofSelf, ex.Text)
		}
		if ex.Taught {
			if ex.Asked {
				taughtAsked = append(taughtAsked, ex.Text)
				continue
			}
			if ex.Crisis {
				taughtCrisis = append(taughtCrisis, ex.Text)
			} else {
				taughtOther = append(taughtOther, ex.Text)
			}
			if ex.Advice {
				taughtAdvice = append(taughtAdvice, ex.Text)
			} else {
				taughtNotAdvice = append(taughtNotAdvice, ex.Text)
			}
			continue
		}
		if ex.FromSet {
			if ex.Crisis {
				setCrisis = append(setCrisis, ex.Text)
			} else if !ex.Advice {
				// An advice request names pills and doses as an overdose
				// does: learned as ordinary, the sets' taught that pills
				// are safe (5 crises fewer of the held-out sets' 6,121).
				setOther = append(setOther, ex.Text)
			}
			continue
		}
		if ex.Crisis {
			crisisEx = append(crisisEx, ex.Text)
		} else {
			notCrisisEx = append(notCrisisEx, ex.Text)
		}
		if ex.Advice {
			adviceEx = append(adviceEx, ex.Text)
		} else {
			notAdviceEx = append(notAdviceEx, ex.Text)
		}
	}
	if m := rules.Model; m.Threshold > 0 {
		d.risk = classElem(cls, m.RiskClasses, "risk_classes", &errs)
		d.relative.alts = cls["relative"]
		// The classifier's someone else is named: "can someone call me
		// back" asks for a helper, it tells of no one at risk.
		for _, a := range cls["relative"] {
			if !slices.ContainsFunc(cls["indefinite"], func(b alt) bool { return b.word == a.word }) {
				d.named.alts = append(d.named.alts, a)
			}
		}
		d.threshold, d.alone = m.Threshold, m.ThresholdAlone
		if d.alone <= 0 {
			d.alone = 2 // never
		}
		d.beside = m.ThresholdBesideMask
		if d.beside <= 0 {
			d.beside = 2 // never
		}
	}
	if m := rules.Model; m.AdviceThreshold > 0 {
		d.medical = classElem(cls, m.AdviceClasses, "advice_classes", &errs)
		d.adviceThreshold = m.AdviceThreshold
		d.adviceUnnamed = m.AdviceThresholdUnnamed
		d.adviceUnanswered = m.AdviceUnanswered
		if d.adviceUnnamed <= 0 {
			d.adviceUnnamed = 2 // never
		}
		if len(m.AdviceUnnamedClasses) > 0 {
			d.unnamedAbout = classElem(cls, m.AdviceUnnamedClasses, "advice_unnamed_classes", &errs)
		}
		if len(m.AdviceGeneralClasses) > 0 {
			d.general = classElem(cls, m.AdviceGeneralClasses, "advice_general_classes", &errs)
			d.personal = classElem(cls, m.AdvicePersonalClasses, "advice_personal_classes", &errs)
			d.asking = classElem(cls, []string{"asking"}, "advice_general_classes (the word class asking)", &errs)
			if _, ok := cls["said_in_general"]; ok {
				d.saidInGeneral = classElem(cls, []string{"said_in_general"}, "said_in_general", &errs)
			}
			if _, ok := cls["asked_either"]; ok {
				d.askedEither = classElem(cls, []string{"asked_either"}, "asked_either", &errs)
			}
			if _, ok := cls["courtesy"]; ok {
				d.courtesy = classElem(cls, []string{"courtesy"}, "courtesy", &errs)
			}
			if len(m.AdviceGeneralForPeople) > 0 {
				d.people = classElem(cls, m.AdvicePeopleClasses, "advice_people_classes", &errs)
				d.forPeople = classElem(cls, m.AdviceGeneralForPeople, "advice_general_for_people", &errs)
				// (may be empty: every advice class may be asked of people
				// in general, a pregnancy too since round 71)
				if beyond := slices.DeleteFunc(slices.Clone(m.AdviceClasses), func(c string) bool {
					return slices.Contains(m.AdviceGeneralClasses, c) || slices.Contains(m.AdviceGeneralForPeople, c)
				}); len(beyond) > 0 {
					d.specificBeyond = classElem(cls, beyond, "advice_classes", &errs)
				}
				if len(m.AdviceGeneralClasses) > 0 {
					d.substanceOf = classElem(cls, m.AdviceGeneralClasses, "advice_general_classes", &errs)
					d.ailingOf = classElem(cls, slices.DeleteFunc([]string{"med", "condition"}, func(c string) bool { _, ok := cls[c]; return !ok }), "med and condition", &errs)
				}
				// the words of people_pronouns ("their", "they") are the
				// people asked of: "do patients have to stop their tablets";
				// so are people in general ("someone": round 71)
				for _, a := range d.personal.alts {
					if !slices.ContainsFunc(cls["people_pronouns"], func(b alt) bool { return b.word == a.word }) && !slices.ContainsFunc(d.people.alts, func(b alt) bool { return b.word == a.word }) {
						d.personalOfPeople.alts = append(d.personalOfPeople.alts, a)
					}
				}
			}
			d.specific = classElem(cls, slices.DeleteFunc(slices.Clone(m.AdviceClasses), func(c string) bool {
				return slices.Contains(m.AdviceGeneralClasses, c)
			}), "advice_classes", &errs)
		}
	}
	if err := errors.Join(errs...); err != nil {
		return nil, fmt.Errorf("safety rules: %w", err)
	}
	for _, alts := range cls {
		for _, a := range alts {
			if !a.prefix && !a.suffix {
				d.lex.add(a.word) // known, even when no phrase names its class
			}
		}
	}
	// elements of the same alternatives share an index: a class of a
	// hundred words is named by hundreds of phrases
	indexed := map[string]*altIndex{} // by altsKey
	for _, group := range [][]pattern{d.crisis, d.other, d.distress, d.notCrisis, d.advice, d.notAdvice, d.recovered, d.requests} {
		for i := range group {
			ps := []*pattern{&group[i]}
			for k := range group[i].unless {
				ps = append(ps, &group[i].unless[k])
			}
			for _, p := range ps {
				for j := range p.elems {
					for _, e := range []*elem{&p.elems[j], p.elems[j].skip} {
						if e == nil {
							continue
						}
						key := e.altsKey()
						if ix, ok := indexed[key]; ok {
							e.index = ix
						} else {
							e.indexAlts(d.lex)
							indexed[key] = e.index
						}
						d.prefixes = append(d.prefixes, e.index.prefixes...)
						d.suffixes = append(d.suffixes, e.index.suffixes...)
					}
				}
			}
		}
	}
	d.crisisTr, d.otherTr, d.distressTr = newTrigger(d.crisis), newTrigger(d.other), newTrigger(d.distress)
	d.notCrisisTr, d.adviceTr, d.notAdviceTr = newTrigger(d.notCrisis), newTrigger(d.advice), newTrigger(d.notAdvice)
	d.requestsTr = newTrigger(d.requests)
	d.risk.indexAlts(d.lex)
	d.past.indexAlts(d.lex)
	d.longAgo.indexAlts(d.lex)
	d.riskNow.indexAlts(d.lex)
	d.askedNow.indexAlts(d.lex)
	d.goodBack.indexAlts(d.lex)
	d.backSubject.indexAlts(d.lex)
	d.backNot.indexAlts(d.lex)
	d.dayPart.indexAlts(d.lex)
	d.ongoing.indexAlts(d.lex)
	d.ongoingNow.indexAlts(d.lex)
	d.ongoingNot.indexAlts(d.lex)
	d.askingInfo.indexAlts(d.lex)
	d.streakSpan.indexAlts(d.lex)
	d.goodNowW.indexAlts(d.lex)
	d.goodNowTime.indexAlts(d.lex)
	d.goodNowNot.indexAlts(d.lex)
	d.goodNowDated.indexAlts(d.lex)
	d.lifeStage.indexAlts(d.lex)
	d.lifePeriod.indexAlts(d.lex)
	d.pastEra.indexAlts(d.lex)
	d.besideMask.indexAlts(d.lex)
	d.goodAfter.indexAlts(d.lex)
	d.goodNowBut.indexAlts(d.lex)
	d.practical.indexAlts(d.lex)
	d.openEnded.indexAlts(d.lex)
	d.sureReason.indexAlts(d.lex)
	d.protocolAsk.indexAlts(d.lex)
	d.medGeneric.indexAlts(d.lex)
	d.protocolChange.indexAlts(d.lex)
	d.consultation.indexAlts(d.lex)
	d.adviceAsk.indexAlts(d.lex)
	d.pregnancy.indexAlts(d.lex)
	d.visit.indexAlts(d.lex)
	d.weekday.indexAlts(d.lex)
	d.timePref.indexAlts(d.lex)
	d.someone.indexAlts(d.lex)
	d.when.indexAlts(d.lex)
	d.age.indexAlts(d.lex)
	d.question.indexAlts(d.lex)
	d.medicine.indexAlts(d.lex)
	d.goodNowPresent.indexAlts(d.lex)
	d.goodNowHabit.indexAlts(d.lex)
	d.goodNowCalmNot.indexAlts(d.lex)
	d.goodNowTail.indexAlts(d.lex)
	d.goodAfterQNot.indexAlts(d.lex)
	d.goodAfterAsk.indexAlts(d.lex)
	d.goodAfterAskOpen.indexAlts(d.lex)
	d.recentSpan.indexAlts(d.lex)
	d.recentWhat.indexAlts(d.lex)
	d.returned.indexAlts(d.lex)
	d.wish.indexAlts(d.lex)
	d.welcomed.index(d.lex)
	d.besideRisk.indexAlts(d.lex)
	d.supply.indexAlts(d.lex)
	d.self.indexAlts(d.lex)
	d.frame.indexAlts(d.lex)
	d.frameNow.indexAlts(d.lex)
	d.frameWho.indexAlts(d.lex)
	d.frameOwn.indexAlts(d.lex)
	d.frameDated.indexAlts(d.lex)
	d.me.indexAlts(d.lex)
	d.third.indexAlts(d.lex)
	d.indefinite.indexAlts(d.lex)
	d.gone.indexAlts(d.lex)
	d.wrongs.indexAlts(d.lex)
	d.standsBy.indexAlts(d.lex)
	d.not.indexAlts(d.lex)
	d.possessive.indexAlts(d.lex)
	d.says.indexAlts(d.lex)
	d.firstPerson.indexAlts(d.lex)
	d.recipient.indexAlts(d.lex)
	d.recipientAfter.indexAlts(d.lex)
	d.given.indexAlts(d.lex)
	d.reflexive.indexAlts(d.lex)
	d.den.index(d.lex)
	d.relative.indexAlts(d.lex)
	d.named.indexAlts(d.lex)
	d.medical.indexAlts(d.lex)
	d.unnamedAbout.indexAlts(d.lex)
	d.general.indexAlts(d.lex)
	d.personal.indexAlts(d.lex)
	d.specific.indexAlts(d.lex)
	d.asking.indexAlts(d.lex)
	d.saidInGeneral.indexAlts(d.lex)
	d.askedEither.indexAlts(d.lex)
	d.courtesy.indexAlts(d.lex)
	d.people.indexAlts(d.lex)
	d.forPeople.indexAlts(d.lex)
	d.specificBeyond.indexAlts(d.lex)
	d.substanceOf.indexAlts(d.lex)
	d.ailingOf.indexAlts(d.lex)
	d.personalOfPeople.indexAlts(d.lex)
	// The examples' words (everyday words, the vocabulary a run typed
	// without spaces is split into) and what the phrases make of the
	// knowledge's questions are read back from the cache when the rules
	// are the same; the examples are normalised only for what must learn.
	norm := sync.OnceValue(func() map[string][]string { return normalizeAll(crisisEx, notCrisisEx, rules.Ordinary) })
	dv := o.deriveCached(o.derivedKey(rules), len(rules.Ordinary), func() derived { return d.derive(rules, norm(), crisisEx, notCrisisEx) })
	d.lex.everyday, d.splitVocab = dv.everyday, dv.split
	d.lex.looked.reset() // words looked up before the everyday words were known
	d.asked = make(map[string]bool, len(dv.asked))
	for _, t := range dv.asked {
		d.asked[t] = true
	}
	ordinary := make([]string, 0, len(dv.ordinary))
	for _, i := range dv.ordinary {
		ordinary = append(ordinary, rules.Ordinary[i])
	}
	// Each classifier's weights are read from the cache when it learned
	// from the same texts before; the features are prepared only for one
	// that must learn.
	// The first classifier learns the examples of model.examples_from as
	// written ones; the examples' words above stay the written ones'.
	modelCrisis, modelOther := slices.Concat(crisisEx, taughtCrisis), slices.Concat(notCrisisEx, taughtOther)
	teaches := rules.Model.Threshold > 0 && rules.Model.TaughtBar > 0 && len(taughtCrisis) > 0
	learnsSets := rules.Model.Threshold > 0 && len(setCrisis) > 0
	// Every message any classifier learns from is normalised and has its
	// features computed once, for all three.
	prep := sync.OnceValue(func() *training {
		all := normalizeAll(taughtCrisis, taughtOther, setCrisis, setOther, taughtAsked)
		maps.Copy(all, norm())
		if !learnsSets {
			return prepare(all, modelCrisis, modelOther, ordinary, taughtAsked)
		}
		return prepare(all, modelCrisis, modelOther, ordinary, setCrisis, setOther, taughtAsked)
	})
	// The classifiers learn side by side (each only reads prep).
	var wg sync.WaitGroup
	if rules.Model.Threshold > 0 {
		wg.Go(func() {
			d.model = o.train("crisis", modelEpochs, prep, crisisEx, notCrisisEx, ordinary)
		})
	}
	if teaches {
		d.taughtBar, d.taughtClears, d.taughtRiskClears = rules.Model.TaughtBar, rules.Model.TaughtQuestionClears, rules.Model.TaughtRiskClears
		d.taughtClauseClears = rules.Model.TaughtClauseClears
		d.taughtAdviceClears, d.taughtRequestClears, d.taughtLearnedClears = rules.Model.TaughtAdviceClears, rules.Model.TaughtRequestClears, rules.Model.TaughtLearnedClears
		d.sentenceAgree = rules.Model.SentenceAgree
		d.longWords, d.longBar, d.longLearned = rules.Model.LongWords, rules.Model.LongSentenceBar, rules.Model.LongSentenceLearned
		wg.Go(func() {
			d.taught = o.train("taught", taughtEpochs, prep, modelCrisis, modelOther, ordinary)
		})
	}
	if rules.Model.SubjectBar > 0 && rules.Model.SubjectSelfBar > 0 && len(ofOther) > 0 && len(ofSelf) > 0 {
		d.subjectBar, d.subjectSelf = rules.Model.SubjectBar, rules.Model.SubjectSelfBar
		d.subjectSelfLearned = rules.Model.SubjectSelfLearnedBar
		wg.Go(func() {
			d.subject = o.train("subject", modelEpochs, prep, ofOther, ofSelf, nil)
		})
	}
	if rules.Model.AdviceThreshold > 0 {
		wg.Go(func() {
			// (The advice classifier reads features prepared from the
			// crisis examples too: they are part of its key.)
			epochs := modelEpochs
			if len(taughtAdvice) > 0 {
				epochs = adviceTaughtEpochs
			}
			d.adviceModel = o.train("advice", epochs, prep, slices.Concat(adviceEx, taughtAdvice), slices.Concat(notAdviceEx, taughtNotAdvice, taughtAsked), ordinary, crisisEx, notCrisisEx)
		})
	}
	if learnsSets {
		// The second classifier learns from the written examples and from
		// the eval sets model.learn_from names: thousands of messages in
		// wordings no example foresaw. It trains beside the other two.
		// (Not from model.examples_from: learning them too, it raised
		// fewer of the crises the first missed; see safety.yaml.)
		wg.Go(func() {
			d.learned = o.train("learned", modelEpochs, prep, slices.Concat(crisisEx, setCrisis), slices.Concat(notCrisisEx, setOther), ordinary)
		})
		m := rules.Model
		d.learnedBar, d.learnedAlone = never(m.LearnedThreshold), never(m.LearnedAlone)
		d.questionClears = m.LearnedQuestionClears
		d.otherCrisis = m.LearnedOtherCrisis
		d.besideRequestsOf, d.besideRequestsRisky = m.BesideRequestsOf, m.BesideRequestsRisky
	}
	wg.Wait()
	return d, nil
}

// Check classifies text. Crisis wins over advice; the writer at risk wins
// over someone else at risk, and both over distress. A crisis the writer
// denies stays a crisis, marked Denied, with the words outside the denied
// phrases in Rest (see clinicbot.SafetyResult): four safety reviews found
// crises that no word list could tell from a denial ("I'm not thinking
// about suicide, I'm doing it"), so the detector never clears one alone.
// A denial made of someone else, by positive evidence (deniedOfOther: "my
// son has never tried to kill himself", "no self harm, I asked him
// openly"), is the one exception (round 61): the writer reports what they
// saw or asked; the classifiers still read the rest of the message.
//
// A crisis read in a message set in fiction or study that tells of
// someone else, not of the writer, is the work's (framed).
func (d *Detector) Check(text string) clinicbot.SafetyResult {
	r := d.read(text)
	if r.Verdict == clinicbot.Crisis && d.framed(text) {
		return clinicbot.SafetyResult{Verdict: clinicbot.Safe, Phrase: "framed: " + r.Phrase, Risky: true}
	}
	return r
}

// Personal reports whether text names a medicine, a substance, a
// pregnancy or an illness (model.advice_classes) beside its writer or
// someone of theirs (model.advice_personal_classes: "mera bp hamesha low
// rehta h 90/60 type, to mujhe ketamine se koi risk h kya"), and the
// advice classifier reads it at model.advice_unanswered. A message so
// told that the knowledge cannot answer asks about one's own health: the
// medical-advice refusal (the doctors decide, the phone) serves it better
// than "I don't know" (dialog). A note ("I'll bring my list of tablets")
// reads low.
func (d *Detector) Personal(text string) bool {
	if d.adviceUnanswered <= 0 || d.adviceModel == nil || len(d.medical.alts) == 0 || len(d.personal.alts) == 0 {
		return false
	}
	words := d.tokens(text)
	if !d.any(d.medical, words) || !d.any(d.personal, words) {
		return false
	}
	return d.adviceModel.prob(joinWords(nonEmpty(words))) >= d.adviceUnanswered
}

// framed reports whether text is set in fiction, study or public work
// (a word of the class frame: "I'm a crime novelist. In my book the
// villain ...", "pharmacology viva", "जागरूकता शिविर"), tells of someone
// (a word of frame_who, people_in_general, generic_others or third: the
// villain, a patient, a farmer, she), and says nothing of the writer or
// of someone of theirs at risk: every "I", "me" or "my" in it is about
// that work (a word of frame or frame_own within four words after it:
// "i'm a crime novelist", "my protagonist"), no relative or student is
// the writer's ("my student", "a student of mine"), and nothing is said
// of today or tonight (the class when). Then a crisis read in it is the
// work's, not the writer's. "thesis ka stress, suicidal ideation aa rahi
// hai" tells of no one else; "I'm writing an article about self-harm aur
// main khud bhi ..." has an "I" that is not about the work.
func (d *Detector) framed(text string) bool {
	if len(d.frame.alts) == 0 {
		return false
	}
	words := d.tokens(text)
	if !d.framing(words) || !d.any(d.frameWho, words) || d.undatedNow(words) {
		return false
	}
	for i := range words {
		t := &words[i]
		if d.relative.matches(t) {
			for k := max(0, i-3); k < i; k++ {
				if possessive[words[k].w] {
					return false // "my student wrote ...", "one of my class 11 students"
				}
			}
		}
		if t.w == "mine" || t.w == "ours" {
			return false // "a PhD student of mine emailed me her thesis"
		}
		if !d.self.matches(t) && !d.me.matches(t) && !possessive[t.w] && !d.firstPerson.matches(t) {
			continue
		}
		if !d.any(d.frameOwn, words[i+1:min(len(words), i+5)]) {
			return false
		}
	}
	return true
}

// framing reports whether a word of frame stands in words that no
// negation beside it (not_hi, negation) makes an absence: "koi khabar nahi", "no news of
// him" tell of someone missing, not of the news.
func (d *Detector) framing(words []token) bool {
	negated := func(k int) bool {
		return k >= 0 && k < len(words) && (d.not.matches(&words[k]) || d.den.negation.matches(&words[k]))
	}
	for i := range words {
		if d.frame.matches(&words[i]) && !negated(i-1) && !negated(i+1) {
			return true
		}
	}
	return false
}

// undatedNow reports whether a word of frameNow stands in words that is
// not the news's day: no word of frameDated within three words of it
// ("आज टीवी पर खबर थी कि ...").
func (d *Detector) undatedNow(words []token) bool {
	for i := range words {
		if d.frameNow.matches(&words[i]) && (len(d.frameDated.alts) == 0 || !d.any(d.frameDated, words[max(0, i-3):min(len(words), i+4)])) {
			return true
		}
	}
	return false
}

// read is Check before a framed message is read as its work's.
func (d *Detector) read(text string) clinicbot.SafetyResult {
	r := d.whose(text, d.checkWhole(text))
	if r.Verdict == clinicbot.Crisis {
		return r
	}
	// The clinic addressed first ("hello doctor, ...") is read past as
	// well: the classifiers learned "doctor" from clinic questions, and
	// it outweighed the crisis after it. What is read past opens no
	// sentence, so the rest counts only by the classifiers or by a
	// crisis phrase that is not anchored to a message's start: "Sir, not
	// ok with the 9am slot", "Doctor, suicidal thoughts are gone since
	// the 3rd session" (review 1 of round 53), nor by the phrases of
	// distress ("Sir, hopeless traffic today").
	if rest, ok := d.unaddressed(text); ok {
		c := d.whose(rest, d.checkWhole(rest))
		if c.Verdict == clinicbot.Crisis && d.countsUnaddressed(c) {
			return c
		}
	}
	if c, ok := d.sentenceAlone(text); ok {
		return c
	}
	words := d.tokens(text)
	r.Risky = d.any(d.risk, words) || d.any(d.besideRisk, words)
	return r
}

// sentenceAlone reads each sentence of a message of several as a message
// of its own: a crisis a classifier reads in one sentence is one whatever
// ordinary sentence stands beside it ("I wanted to ask about booking. i
// am done with everything"), which, read with it, diluted what the
// classifiers saw. All three classifiers must read the sentence, as the
// whole message's masks leave it, at sentence_agree (see safety.yaml), and
// its own check must call it a classifier's crisis. A phrase's crisis in a
// sentence read alone is not one: the sentences beside it hold the masks
// that explain it (a recovery, a denial, a question about treatment), and
// read so it raised 805 false alarms for 41 crises on all sets. Nor is a
// sentence the message itself dates ("I kept my affairs in order and wrote
// to everyone. That was three years ago and I am well now.": review 67),
// though not by a time since told after it: "गोलियां खा लीं, अब ठीक हूं।
// तीन साल हो गए इस डिप्रेशन को" is three years of the depression.
func (d *Detector) sentenceAlone(text string) (clinicbot.SafetyResult, bool) {
	if d.sentenceAgree <= 0 || d.model == nil || d.learned == nil || d.taught == nil {
		return clinicbot.SafetyResult{}, false
	}
	parts := sentenceTexts(text)
	if len(parts) < 2 {
		return clinicbot.SafetyResult{}, false // (before any tokens: most messages are one sentence)
	}
	parts, words, ids := d.sentences(parts)
	if len(parts) < 2 {
		return clinicbot.SafetyResult{}, false
	}
	masked := d.masked(words)
	for k, r := range pieceRuns(ids) {
		kept := masked[r[0]:r[1]]
		if r[1]-r[0] < sentenceMinWords {
			continue // "i want it to": a sentence that short says what it says of the one before it
		}
		if !d.allAgree(kept) || d.restsOnAlone(kept) || d.restsOnAWantLeftOpen(kept) || d.datedFrom(masked, nil, ids, k, false) {
			continue // (read first: the whole check of every sentence cost a long message half as much again)
		}
		c := d.whose(parts[k], d.checkWhole(parts[k]))
		if c.Verdict != clinicbot.Crisis || !strings.HasPrefix(c.Phrase, "classifier") {
			continue
		}
		c.Phrase += " (a sentence alone)"
		return c, true
	}
	return clinicbot.SafetyResult{}, false
}

// countsUnaddressed reports whether a crisis read in what follows the
// clinic addressed counts: the classifiers' at unaddressedBar or more
// (review 3 of round 53: "Doctor, koi raasta nahi dikh raha, road block
// hai" read 0.61–0.79), a crisis phrase not anchored to a message's
// start, or one anchored at both ends, which the rest then is whole
// ("Doctor, suicide tonight").
func (d *Detector) countsUnaddressed(c clinicbot.SafetyResult) bool {
	if c.Learned {
		p, ok := classifierSure(c.Phrase)
		return ok && p >= unaddressedBar
	}
	anchored := strings.HasPrefix(c.Phrase, "^")
	whole := anchored && (strings.HasSuffix(c.Phrase, " $") || strings.Contains(c.Phrase, " $ unless "))
	return whole || c.Level == clinicbot.LevelCrisis && !anchored
}

// classifierPhrase names a crisis a classifier alone raised at p, with
// where it was read; classifierSure reads p back.
func classifierPhrase(p float64, where string) string {
	return fmt.Sprintf("classifier %.2f%s", p, where)
}

func classifierSure(phrase string) (float64, bool) {
	var p float64
	_, err := fmt.Sscanf(phrase, "classifier %g", &p)
	return p, err == nil
}

// unaddressedBar is how sure a classifier must be of a crisis in what
// follows the clinic addressed.
const unaddressedBar = 0.8

// unaddressed is text without the words that open it addressing the
// clinic, up to the punctuation after them ("hello doctor, ...", "sir:
// ..."): words of the classes addressee and greeting (and fillers: "hi",
// "hello"), at least one an addressee, and words after them.
func (d *Detector) unaddressed(text string) (string, bool) {
	if len(d.addressee) == 0 {
		return "", false
	}
	end := strings.IndexFunc(text, func(r rune) bool {
		return r == ',' || r == ':' || r == '!' || r == '.' || r == '?' || r == ';' || r == '-' || r == '–' || r == '।' || r == '\n'
	})
	if end < 0 || end > 60 {
		return "", false
	}
	lead := strings.Fields(strings.ToLower(text[:end]))
	named := false
	for _, w := range lead {
		switch {
		case d.addressee[w]:
			named = true
		case d.greeting[w] || fillers[w]:
		default:
			return "", false
		}
	}
	rest := strings.TrimLeft(text[end:], ",:!.?;-–। \n\t")
	if !named || rest == "" {
		return "", false
	}
	return rest, true
}

// whose settles whose crisis r is: the subject classifier overrules the
// rules when it is at least subjectBar sure the crisis is someone else's,
// or subjectSelf sure it is the writer's (see safety.yaml).
func (d *Detector) whose(text string, r clinicbot.SafetyResult) clinicbot.SafetyResult {
	if d.subject == nil || r.Verdict != clinicbot.Crisis {
		return r
	}
	switch p := d.subject.probOf(features(text)); {
	case p >= d.subjectBar && !(!r.Learned && r.Subject == clinicbot.SubjectSelf && d.opensWithOwnAct(text)):
		// (Never over the writer's own act told first: "i drank my
		// fathers pesticide an hour ago" read 0.99 someone else's.)
		r.Subject = clinicbot.SubjectOther
	case p <= 1-d.subjectSelf:
		r.Subject = clinicbot.SubjectSelf
	case d.subjectSelfLearned > 0 && r.Learned && r.Subject == clinicbot.SubjectOther && p <= 1-d.subjectSelfLearned:
		// The rules' subject of a classifier's crisis is a guess from the
		// people named; the writer's own words beside them are the
		// crisis ("my ex posted her new bf ... i don't want to show up
		// anywhere ever again"): the check-in, as for any of the
		// writer's crises the classifier alone raised.
		r.Subject, r.Level = clinicbot.SubjectSelf, clinicbot.LevelDistress
	}
	return r
}

// checkWhole is Check but for whose the crisis is.
func (d *Detector) checkWhole(text string) clinicbot.SafetyResult {
	r, rest, denied, others := d.check(text, true)
	if r.Recovered && r.Verdict != clinicbot.Crisis {
		if c, ok := d.beyondRecovery(text); ok {
			return c
		}
	}
	if !denied || others || r.Verdict == clinicbot.Crisis {
		// A denial made of someone else stands: the writer reports what
		// they asked or saw; the crisis reply is for a writer who may be
		// hiding their own risk behind a denial.
		return r
	}
	plain, _, _, _ := d.check(text, false)
	if plain.Verdict != clinicbot.Crisis {
		return r
	}
	plain.Denied, plain.Rest = true, rest
	return plain
}

// beyondRecovery reads, in a message whose crisis is told as over, each
// sentence the recovery did not touch as a message of its own: a crisis
// there is a crisis now, whatever was told of the past beside it ("I had
// suicidal thoughts in 2010, none since. I'm at the railway track now",
// "... Goodbye"). Set aside, the past had silenced the classifier for the
// whole message and left anchored phrases unread (review rev24).
func (d *Detector) beyondRecovery(text string) (clinicbot.SafetyResult, bool) {
	words := d.tokens(text)
	ids := d.pieces(text, sentenceEnd, words)
	if ids == nil {
		return clinicbot.SafetyResult{}, false // one sentence: read as a whole
	}
	masked := d.masked(words)
	before := append([]token(nil), masked...)
	if !d.blankRecovered(text, masked) {
		return clinicbot.SafetyResult{}, false
	}
	touched := map[int]bool{}
	for i := range masked {
		if before[i].w != "" && masked[i].w == "" {
			touched[ids[i]] = true
		}
	}
	for k, part := range strings.FieldsFunc(text, sentenceEnd) {
		if touched[k] || len(d.tokens(part)) == 0 {
			continue
		}
		r := d.checkWhole(part)
		if r.Verdict != clinicbot.Crisis || (r.Learned && !d.learnedAgrees(part)) {
			// The first classifier alone is not enough in a story of
			// recovery: its happy sentences read to it as a crisis ("I'm
			// getting married this week!" 0.91); the one learned from the
			// eval sets must agree, at its bar ("I have been thinking
			// about doing it one more time": 0.98 and 0.99).
			continue
		}
		r.Phrase += " (beside a crisis told as over)"
		return r, true
	}
	return clinicbot.SafetyResult{}, false
}

// clauseAlone is the first classifier's bar for a clause read alone
// beside what the taught classifier clears (see clauseSays). Round 77,
// all sets against 0.95: 0.97 17 false alarms fewer (7 on sets no
// classifier learned from), none lost; 0.99 34 fewer, 4 crises lost.
const clauseAlone = 0.97

// clauseSays reports whether a clause of text reads as a crisis alone: the
// mean of the first and the taught classifier at taughtBar, or the first
// alone at clauseAlone ("lol kal ka plan? kal hoga hi nahi mere liye":
// the second clause; without the first's bar, one such crisis of 19,150
// held out was lost). Unless questions, only the clauses that ask nothing
// (no "?" after them, no word that opens a question).
//
// The first alone counts only where the taught classifier gives the
// clause taughtClauseClears or more, or in a long message (long, see
// isLong; round 77): it read a neighbour's hearsay beside a question
// about side effects ("मोहल्ले में किसी ने कहा चक्कर वक्कर आता है उल्टी
// होती है": 0.97 to the first, 0.04 to the taught one) as a crisis; in a
// long message the clause is often the only one to carry it ("... I
// stand at the same spot on the lab building roof and I think I finally
// understand him").
func (d *Detector) clauseSays(text string, questions, long bool) bool {
	said := false
	d.eachClause(text, func(words []token, asks bool) bool {
		if !questions && asks {
			return true
		}
		kept := nonEmpty(d.masked(words))
		if len(kept) == 0 || !questions && len(kept) < modelMinWords {
			return true // (beside a word of risk a clause of a word or two is read too: "celphos hai")
		}
		fs := features(joinWords(kept))
		p := d.model.probOf(fs)
		t := d.taught.probOf(fs)
		said = p >= clauseAlone && (t >= d.taughtClauseClears || long) || (p+t)/2 >= d.taughtBar
		return !said
	})
	return said
}

// isLong reports whether a message of words has long_message_words or more.
func (d *Detector) isLong(words []token) bool {
	return d.longWords > 0 && len(words) >= d.longWords
}

// eachClause calls fn with the tokens of each clause of text (split where
// clauseEnd reports true) and whether it asks (a "?" after it, or a word
// that opens a question), until fn returns false.
func (d *Detector) eachClause(text string, fn func(words []token, asks bool) bool) {
	start := 0
	for i, r := range text + "." {
		if i < len(text) && !clauseEnd(r) {
			continue
		}
		part := text[start:min(i, len(text))]
		start = i + utf8.RuneLen(r)
		words := d.tokens(part)
		if !fn(words, i < len(text) && r == '?' || opensAsQuestion(words)) {
			return
		}
	}
}

// questionOpeners are the words a question typed without its "?" starts
// with: "how many sittings will be required".
var questionOpeners = map[string]bool{
	"how": true, "what": true, "when": true, "where": true, "which": true, "who": true, "why": true,
	"am": true, "can": true, "could": true, "is": true, "are": true, "do": true, "does": true, "will": true, "would": true,
	"kya": true, "kitna": true, "kitne": true, "kitni": true, "kab": true, "kaise": true, "kahan": true, "kaun": true,
	"क्या": true, "कितना": true, "कितने": true, "कितनी": true, "कब": true, "कैसे": true, "कहाँ": true, "कौन": true,
}

// opensAsQuestion reports whether a message's first word opens a question,
// or a Hindi word that asks who stands anywhere in it (Hindi
// puts it beside the verb: "भारत और ऑस्ट्रेलिया का मैच किसने जीता").
func opensAsQuestion(words []token) bool {
	if len(words) > 0 && questionOpeners[words[0].w] && (len(words) < 2 || words[1].w != "not") {
		return true
	}
	for _, w := range words {
		if hindiAsks[w.w] {
			return true
		}
	}
	return false
}

// hindiAsks are the Hindi words that ask who did what, wherever they
// stand; never "kya", "kab", "kaise", "kaun" (a crisis asks them too: "kab
// tak", "kaun parwah karta hai"), nor "konsa" (review rev32: "konsi report
// laani hai, agle hafte tak to main hoon hi nahi").
var hindiAsks = map[string]bool{
	"किसने": true, "kisne": true,
}

// masked is a copy of words with what crisis.not_crisis masks blanked.
func (d *Detector) masked(words []token) []token {
	masked := append([]token(nil), words...)
	d.notCrisisTr.each(words, func(i int) bool {
		blank(masked, &d.notCrisis[i], d.maskVoid)
		return false
	})
	return masked
}

// sentences returns the parts (a text's sentenceTexts) with words of
// their own, the words of all of them in order (the text's tokens, but
// for a word typed across a sentence's end), and the number of the
// sentence of each word.
func (d *Detector) sentences(parts []string) ([]string, []token, []int) {
	var out []string
	var words []token
	var ids []int
	for _, part := range parts {
		ws := d.tokens(part)
		if len(ws) == 0 {
			continue
		}
		for range ws {
			ids = append(ids, len(out))
		}
		words = append(words, ws...)
		out = append(out, part)
	}
	return out, words, ids
}

// sentenceTexts splits text into its sentences (those with a letter or a
// digit) at their punctuation: never at a full stop inside a word or a
// number ("2.5 mg", "e.g.") nor after a title ("Dr. Mehta"). A message
// typed without any is split before a word that turns to another matter
// ("i cant do this anymore also what are your fees").
func sentenceTexts(text string) []string {
	var parts []string
	if strings.IndexFunc(text, sentenceEnd) >= 0 {
		start := 0
		for i, r := range text {
			if sentenceEnd(r) && !midSentence(text, i) {
				parts = append(parts, text[start:i])
				start = i + utf8.RuneLen(r)
			}
		}
		parts = append(parts, text[start:])
	} else {
		ws := strings.Fields(text)
		start := 0
		for i := 1; i < len(ws); i++ {
			if turnWords[strings.ToLower(ws[i])] && i-start >= 2 {
				parts = append(parts, strings.Join(ws[start:i], " "))
				start = i
			}
		}
		parts = append(parts, strings.Join(ws[start:], " "))
	}
	return slices.DeleteFunc(parts, func(p string) bool {
		return strings.IndexFunc(p, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0
	})
}

// midSentence reports whether the full stop at text[i] ends no sentence:
// it stands between digits ("2.5"), before a single letter and another
// stop ("e.g.") or a web address's ending ("mindbraintms.com"), or after
// a title ("Dr. Mehta"). A stop typed without a space before the next
// sentence ends it ("i am done.can i book").
func midSentence(text string, i int) bool {
	if text[i] != '.' {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(text[:i])
	next, _ := utf8.DecodeRuneInString(text[i+1:])
	if unicode.IsDigit(prev) && unicode.IsDigit(next) {
		return true
	}
	after := text[i+1:]
	if j := strings.IndexFunc(after, func(r rune) bool { return !unicode.IsLetter(r) }); j >= 0 {
		if j == 1 && after[j] == '.' {
			return true
		}
		after = after[:j]
	}
	if webEndings[strings.ToLower(after)] {
		return true
	}
	word := text[:i]
	if j := strings.LastIndexFunc(word, func(r rune) bool { return !unicode.IsLetter(r) }); j >= 0 {
		word = word[j+1:]
	}
	if k := i - len(word) - 1; utf8.RuneCountInString(word) == 1 && k >= 0 && text[k] == '.' {
		return true // the last stop of "e.g."
	}
	return titles[strings.ToLower(word)]
}

// webEndings end a web address after its last full stop.
var webEndings = map[string]bool{"com": true, "in": true, "org": true, "net": true, "co": true, "gov": true, "edu": true}

// titles are the words a full stop abbreviates before a name.
var titles = map[string]bool{"dr": true, "mr": true, "mrs": true, "ms": true, "prof": true, "st": true, "smt": true, "shri": true, "sh": true}

// turnWords turn a message typed without punctuation to another matter.
var turnWords = map[string]bool{"also": true, "anyway": true, "anyways": true, "btw": true, "waise": true, "vaise": true}

// restsOnAlone reports whether the classifiers' reading of masked (words
// as the masks left them) rests on a word of being alone: without it they
// no longer agree. Beside another sentence, being alone is as often the
// way home after a session ("i live alone and drive myself everywhere. how
// do i get home after a ketamine session") as it is distress.
func (d *Detector) restsOnAlone(masked []token) bool {
	var without []token
	for _, w := range masked {
		if !aloneWords[w.w] {
			without = append(without, w)
		}
	}
	return len(without) < len(masked) && !d.allAgree(without)
}

// restsOnAWantLeftOpen reports whether the classifiers' reading of masked
// rests on a want left open at its end ("asking because i want to", "if i
// wanna"): without it they no longer agree. Beside another sentence, what
// is wanted is in that sentence.
func (d *Detector) restsOnAWantLeftOpen(masked []token) bool {
	kept := nonEmpty(masked)
	n := len(kept)
	switch {
	case n >= 2 && kept[n-1].w == "to" && openWants[kept[n-2].w]:
		return !d.allAgree(kept[:n-2])
	case n >= 1 && kept[n-1].w == "wanna":
		return !d.allAgree(kept[:n-1])
	}
	return false
}

// openWants are the wants that "to" leaves open at a sentence's end.
var openWants = map[string]bool{"want": true, "wanted": true, "need": true, "have": true}

var aloneWords = map[string]bool{"alone": true, "akela": true, "akeli": true, "अकेला": true, "अकेली": true, "akele": true, "अकेले": true}

// sentenceMinWords is the shortest sentence sentenceAlone reads alone.
const sentenceMinWords = 5

// allAgree reports whether all three classifiers read masked (words as
// the masks left them) as a crisis at sentenceAgree.
func (d *Detector) allAgree(masked []token) bool {
	fs := features(joinWords(nonEmpty(masked)))
	return d.model.probOf(fs) >= d.sentenceAgree && d.taught.probOf(fs) >= d.sentenceAgree && d.learned.probOf(fs) >= d.sentenceAgree
}

// learnedAgrees reports whether the classifier learned from the eval sets
// too gives text, as its masks leave it, at least its bar.
func (d *Detector) learnedAgrees(text string) bool {
	if d.learned == nil {
		return true
	}
	words := d.tokens(text)
	masked := d.masked(words)
	return d.learned.probOf(features(joinWords(nonEmpty(masked)))) >= d.learnedBar
}

// check is Check with denials read (deny) or not; it also returns the
// words the masks and denials left, whether a denial blanked any, and
// whether every denial blanked was made of someone else (othersDenied).
func (d *Detector) check(text string, deny bool) (res clinicbot.SafetyResult, left string, denied, othersDenied bool) {
	words := d.tokens(text)
	if len(words) == 0 {
		return clinicbot.SafetyResult{}, "", false, false
	}
	masked := d.masked(words)
	recovered := d.blankRecovered(text, masked)
	// What the masks explained away (a denial explains only its own phrase).
	unmasked := 0
	for _, w := range masked {
		if w.w != "" {
			unmasked++
		}
	}
	if deny {
		// Denied of someone else only, each denial by positive evidence
		// (deniedOfOther): "my son has never hurt himself", "no self
		// harm, I asked him openly"; never "no plans to end my life. my
		// husband made me book this".
		denied, othersDenied = d.blankDenied(text, masked)
	}
	if denied && !d.any(d.relative, masked) {
		// What is left, for the engine to answer; nothing when someone else
		// is named in it: "mujhe marne ke khayal nahi aate, meri beti ko
		// aate hain" denies for one person and tells of another.
		left = joinWords(nonEmpty(masked))
	}

	// Someone else at risk: found first, so that "my brother wants to die"
	// is not read as the writer wanting to die.
	var other *pattern
	toldByWriter := false // other names the one the writer told
	rest := masked
	d.otherTr.each(masked, func(i int) bool {
		p := &d.other[i]
		s, e, ok := p.find(masked)
		if !ok {
			return false
		}
		if d.toldHere(masked, s) {
			return false // the one told, not at risk: "papa ko bola ki mar jaunga" (review rev15)
		}
		// the one the writer told is not at risk: "I texted my sister
		// goodbye", "called my dad to say goodbye" (the crisis stays, the
		// writer's)
		k := s - 1
		for k >= 0 && k >= s-2 && ownWord[masked[k].w] {
			k--
		}
		toldByWriter = k >= 0 && writerTold[masked[k].w] &&
			(k == 0 || d.any(d.self, masked[max(0, k-3):k]) || masked[k].w == "tell" && masked[k-1].w == "please") ||
			s == 0 && d.addressed(text, masked) && !d.any(d.named, masked[1:e]) && !d.any(d.third, masked[1:e]) // "bhai sach bolu to suicide ka soch raha hu": the one written to
		other = p
		rest = append([]token(nil), masked...)
		// A phrase about someone else may reach over what the writer says
		// of themselves ("ससुर रोज़ मारते हैं, मैं अब खुदकुशी कर लूँगी"): the
		// writer's words from the first "I" on stay for the phrases
		// about the writer.
		// So do the writer's words in a sentence of their own that names no
		// one ("papa ne maara. nahi jeena"), and from a "main" or "mujhe"
		// that a first-person word follows ("mera pati roz maarta hai, ab
		// main zeher kha lungi").
		var sent []int
		if e > s+1 {
			sent = d.pieces(text, sentenceEnd, words)
		}
		for j := s; j < e; j++ {
			if j > s && (d.writerFrom(masked, j) || d.writerHere(words, sent, s, j, e)) {
				break
			}
			rest[j] = token{}
		}
		return true
	})
	var found *pattern
	var at [2]int // where found matched
	d.crisisTr.each(rest, func(i int) bool {
		if s, e, ok := d.crisis[i].find(rest); ok {
			found, at = &d.crisis[i], [2]int{s, e}
		}
		return found != nil
	})
	if found != nil {
		return clinicbot.SafetyResult{Verdict: clinicbot.Crisis, Phrase: found.src, Subject: d.subjectAt(text, words, at[0], at[1]), Level: clinicbot.LevelCrisis}, left, denied, othersDenied
	}
	if s, e, ok := d.welcomedHarm(text, words, rest); ok {
		return clinicbot.SafetyResult{Verdict: clinicbot.Crisis, Phrase: welcomedPhrase, Subject: d.subjectAt(text, words, s, e), Level: clinicbot.LevelCrisis}, left, denied, othersDenied
	}
	if other != nil {
		subject := clinicbot.SubjectOther
		if toldByWriter {
			subject = clinicbot.SubjectSelf
		}
		return clinicbot.SafetyResult{Verdict: clinicbot.Crisis, Phrase: other.src, Subject: subject, Level: clinicbot.LevelCrisis}, left, denied, othersDenied
	}
	d.distressTr.each(masked, func(i int) bool {
		if s, e, ok := d.distress[i].find(masked); ok {
			found, at = &d.distress[i], [2]int{s, e}
		}
		return found != nil
	})
	if found != nil {
		return clinicbot.SafetyResult{Verdict: clinicbot.Crisis, Phrase: found.src, Subject: d.subjectAt(text, words, at[0], at[1]), Level: clinicbot.LevelDistress}, left, denied, othersDenied
	}
	// A request to the clinic ("please call me back", "koi mujhe call kar
	// do") dilutes what the message says beside it: that is read alone
	// too, by both classifiers (see besideRequest).
	request := d.requestIndex(words) // a request to the clinic, or -1
	if r, ok := d.besideRequest(text, words, masked, request); ok {
		return r, left, denied, othersDenied
	}
	if kept := nonEmpty(masked); d.model != nil && len(kept) >= modelMinWords && !(len(kept) == len(words) && d.asked[joinWords(kept)]) {
		// (A question asked word for word is the knowledge's own: see asked.)
		// The classifier reads what the masks left: "dying of boredom" and
		// "does ketamine reduce suicidal thoughts" are not its business.
		bar, about := d.threshold, masked
		if !d.any(d.risk, kept) {
			bar = d.alone
			if unmasked < len(words) && !d.any(d.returned, kept) && !d.any(d.wish, kept) {
				// A mask explained the risky words away: no second guess
				// on its own clause, unless the message says it is back
				// ("I was suicidal in my 20s, got through it. it's back").
				// The clauses it did not touch are still read, at a bar
				// of their own: "I'm not in danger. there's no way out
				// for me".
				bar = 2
				if free := d.untouched(text, words, masked); len(free) >= modelMinWords && (d.any(d.risk, words) || d.any(d.besideRisk, words)) {
					kept, bar, about = free, d.beside, free
				}
			}
		}
		fs := features(joinWords(kept))
		// Each classifier reads fs at most once, whichever bars below ask.
		taughtP, learnedP := -1.0, -1.0
		taughtOf := func() float64 {
			if taughtP < 0 {
				taughtP = d.taught.probOf(fs)
			}
			return taughtP
		}
		learnedOf := func() float64 {
			if learnedP < 0 {
				learnedP = d.learned.probOf(fs)
			}
			return learnedP
		}
		p := d.model.probOf(fs)
		first := p
		alone := bar == d.alone // no word of risk, no mask: the bars of a classifier alone
		asks := strings.ContainsRune(text, '?') || opensAsQuestion(words)
		if alone && d.taught != nil && request < 0 && !asks {
			// With no word of risk, the first classifier and the one that
			// learned the sets' everyday messages too decide together, by
			// the mean of their probabilities at a bar of its own: "thx for
			// the info. wont need it right now though" (0.98 and 0.07) is
			// none, "i dont want to be here anymore, sorry" stays one. A
			// message with a request to the clinic is the first one's alone
			// ("no more bot answers, i need an actual human being": the
			// taught one read the frustration as distress), and so is a
			// question ("am i going to feel drowsy or dizzy" read 0.77: the
			// knowledge's questions are a few hundred among 70,000).
			p, bar = (p+taughtOf())/2, d.taughtBar
		} else if alone && asks && request < 0 && p >= bar && d.taught != nil && taughtOf() < d.taughtClears && !d.clauseSays(text, false, d.isLong(words)) {
			// A question the first classifier alone calls a crisis and the
			// taught one all but clears is a question ("where is my order":
			// 0.92 to the first), unless a clause beside it that asks
			// nothing reads as a crisis ("When is my next session? I don't
			// have many days left"; but also "my son drinks 4-5 beers every
			// night and he's on sertraline. is that combination dangerous
			// for him?", whose first clause the first classifier reads at
			// 0.64 and its last at 1.00). Before the learned classifier may
			// raise it again.
			p = 0
		} else if !alone && bar == d.threshold && p >= bar && d.taught != nil && taughtOf() < d.taughtRiskClears && !d.clauseSays(text, true, d.isLong(words)) {
			// The same with a word of risk, where the taught classifier is
			// all but certain and no clause, question or not, reads as a
			// crisis alone: "movie me hero last me mar jata h bohot roya
			// main theatre me" (see safety.yaml for the bar), also beside a
			// request to the clinic ("mere papa ko kisi se phone krwa do,
			// retired teacher h, chat wagera nahi chalate": 0.87 and 0.00;
			// round 47: 3 more right, none lost).
			p = 0
		}
		if d.learned != nil && p < bar && bar <= 1 {
			// The classifier that learned from the eval sets too raises a
			// crisis the first is not sure of, at bars of its own; it does
			// not read beside a mask. It never clears one the first
			// raised: as a veto it read a memorised ordinary opening over
			// the crisis after it ("I'd like to change my doctor, the
			// timings don't suit me. i dont want to continue living";
			// review r21 rev1: 14 crises lost for 1 false alarm).
			q := learnedOf()
			switch {
			case d.taught != nil && first < learnedKeptByFirst && taughtOf() < d.taughtLearnedClears:
				// ... unless the taught classifier, which learned from the
				// same sets' look-alikes and more, all but clears it: "ngl
				// hanging out at the rooftop cafe tonight w the gang" (0.94
				// to the learned one, 0.24 to the taught), "i was on
				// sleeping pills during my divorce 3 yrs back ... life is
				// good" (0.99 and 0.19). See safety.yaml for the measure.
				// When the first classifier is nearly as sure as the
				// learned one, two of the three agree and it stands: "I'm
				// tired of breathing in and out every day for nothing"
				// (0.99, 0.99; the taught one 0.20).
			case !alone && bar == d.threshold && q >= d.learnedBar:
				p, bar = q, d.learnedBar
			case alone && q >= d.learnedAlone:
				p, bar = q, d.learnedAlone
			}
		}
		if p >= bar && alone && d.learned != nil && asks && learnedOf() < d.questionClears {
			// A question with no word of risk that the first classifier
			// alone calls a crisis, and the learned one all but clears, is
			// a question ("Is it very expensive? I'm a student and paying
			// for it myself": 0.95 and 0.16). Held out: 63
			// false alarms fewer at 0.3, no crisis lost; the question
			// crisis the learned classifier is least sure of stands at
			// 0.5-0.6 ("is it true a ketamine overdose is peaceful? asking
			// for myself").
			p = 0
		}
		if p >= bar && alone && request >= 0 && d.taught != nil && taughtOf() < d.taughtRequestClears {
			// A request to the clinic with no word of risk is read by the
			// first classifier alone (above); it reads many a reason for
			// the request as distress ("call back kr do plz, dukaan pe hu
			// abhi zyada msg nahi kr paunga": 0.88). Unless the taught
			// classifier is as sure, it is the request.
			p = 0
		}
		if p >= bar && alone && request >= 0 && d.onlyPractical(text, words, masked, request) {
			// A request whose every other clause gives a practical reason
			// for it, with no word of a time without end, is the request
			// ("मेरी डेट थोड़ी आगे कर दो प्लीज़, पैसों का इंतज़ाम अभी नहीं
			// हुआ": 0.97 to the first classifier, 0.64 to the taught one;
			// round 71), as besideRequest reads such a clause.
			p = 0
		}
		if p >= bar && alone && d.taught != nil && taughtOf() < d.taughtAdviceClears && d.advicePhrase(words) != nil {
			// No word of risk, a request for medical advice that a phrase
			// names, and the taught classifier all but clears it: the
			// advice refusal, not the check-in ("पिछले हफ्ते दवा बदली थी,
			// तब से बहुत बेचैनी ... क्या मैं पुरानी दवा फिर से शुरू कर
			// दूँ?": 0.99 to the first, 0.01 to the taught one).
			p = 0
		}
		if p >= bar {
			// The classifier is less sure than a phrase: for the writer, the
			// caring check-in; for someone else, the reply to the relative.
			return d.classifierCrisis(classifierPhrase(p, ""), text, words, about), left, denied, othersDenied
		}
	}
	if d.isLong(words) && !d.maskedRisk(words, masked) && request < 0 {
		if r, ok := d.longSentenceCrisis(text, words, masked); ok {
			return r, left, denied, othersDenied
		}
	}
	general := d.notAdvised(words)
	found = d.adviceIn(general)
	// A question asked in general is read only when an advice verdict is
	// near: it is no request (see inGeneral).
	if found != nil && !d.inGeneral(text, words) && !d.requestWins(text, words, request) {
		return clinicbot.SafetyResult{Verdict: clinicbot.Advice, Phrase: found.src}, left, denied, othersDenied
	}
	// A question the knowledge itself asks word for word ("bipolar me
	// ketamine de sakte hai kya", a phrasing of other-conditions) is
	// answered, not refused: the advice classifier does not read it (the
	// phrases still do). With no word of an advice class, it must be
	// surer (round 69: "heart attack hua tha 2 saal pehle, kya ketamine
	// le sakta hu" read 0.92, but had no word to be read by).
	if kept := nonEmpty(general); d.adviceModel != nil && len(kept) >= modelMinWords && len(kept) == len(words) && !d.asked[joinWords(kept)] && !d.requestWins(text, words, request) {
		bar := d.adviceThreshold
		if !d.any(d.medical, kept) {
			bar = d.adviceUnnamed
			if len(d.unnamedAbout.alts) > 0 && !d.any(d.unnamedAbout, kept) {
				bar = 2 // "light band kar du kya": nothing of a treatment
			}
		}
		if bar <= 1 {
			if p := d.adviceModel.prob(joinWords(kept)); p >= bar && !d.inGeneral(text, words) {
				return clinicbot.SafetyResult{Verdict: clinicbot.Advice, Phrase: fmt.Sprintf("advice classifier %.2f", p)}, left, denied, othersDenied
			}
		}
	}
	req := clinicbot.SafetyResult{Recovered: recovered}
	if i := request; i >= 0 {
		req.Request, req.Phrase = d.requestOf[i], d.requests[i].src
	}
	return req, left, denied, othersDenied
}

// requestWins reports whether the request to the clinic in words (its
// index, or -1) is what the message asks for, over a request for medical
// advice in it: a consultation asked for is the doctors' own answer to a
// question about one's medicines or illness ("my mom has a heart
// condition, can we get a consultation next week", "main pregnant hoon,
// doctor se consultation chahiye"); a call back, a person or a new date
// asked for with no word that asks the clinic to judge ("should",
// "safe", "chahiye") is that request ("please call me back, my father is
// tired since his stroke", "can we postpone? my mother has surgery that
// day"). "should I postpone, I had covid" and "mom on maoi, can she book a
// slot" stay advice, and so does a message that names a medicine or a
// substance (request_medicine) with something asked of it, a dose taken
// by mistake, an amount or a pregnancy ("call me back, i took two lithium
// by mistake": review 65): the refusal says not to change one alone and
// gives the phone (a pregnancy beside a person asked for excepted: round
// 70). A medicine named with none of those is the request's reason (round
// 68).
func (d *Detector) requestWins(text string, words []token, request int) bool {
	if request < 0 || len(d.medicine.alts) == 0 {
		return false
	}
	s, e, _ := d.requests[request].find(words)
	entry, consulted := d.requestOf[request], d.any(d.consultation, words) || d.seesDoctor(words)
	// A pregnancy beside a medicine keeps the refusal unless a consultation
	// or a person is asked for ("can I just talk to a real person? my wife
	// is pregnant and on sertraline": round 70, set r70h).
	pregnant := d.any(d.pregnancy, words) && !consulted && entry != talkEntry
	if d.any(d.medicine, words) && (len(d.adviceAsk.alts) == 0 || d.adviceAsked(words) || d.anAmount(words) || pregnant) {
		return false // "can she go up to 225 till we get an appointment"
	}
	if d.askedBeside(text, words, s, e) {
		return false // "call me back, and tell me: can I halve my sleeping pill?"
	}
	switch {
	case entry == rescheduleEntry && !d.any(d.visit, words[s:e]):
		return false // "i take lithium, can i move it to the morning": the medicine moved
	case consulted:
		return true
	case entry == bookingEntry:
		return false
	}
	return len(d.adviceAsk.alts) > 0 && !d.adviceAsked(words)
}

// copula: the verbs "to be" between a visit's time and a word of
// request_time_preference ("mornings are better for him").
var copula = map[string]bool{"is": true, "are": true, "be": true, "would": true, "will": true, "hai": true, "है": true, "rahega": true, "रहेगा": true}

// seesDoctor reports whether words ask to see or meet one of the clinic's
// doctors, a consultation ("wanna see the doctor about whether this is
// possible": round 71, set r71b).
func (d *Detector) seesDoctor(words []token) bool {
	for i := range words {
		if w := words[i].w; w != "see" && w != "meet" {
			continue
		}
		for j := i + 1; j < len(words) && j <= i+2; j++ {
			if d.addressee[words[j].w] && words[j].w != "ji" && words[j].w != "team" && words[j].w != "clinic" || words[j].w == "psychiatrist" {
				return true
			}
		}
	}
	return false
}

// adviceAsked reports whether a word of request_advice_ask asks the
// clinic to judge: "better", "chahiye" or "theek" right after a word of
// the visit or its time is said of the booking ("mornings better for
// him", "booking chahiye": round 69, set r68b); "should" never is.
func (d *Detector) adviceAsked(words []token) bool {
	for i := range words {
		if !d.adviceAsk.matches(&words[i]) {
			continue
		}
		if i > 0 && d.timePref.matches(&words[i]) && (d.schedules(&words[i-1]) || i > 1 && copula[words[i-1].w] && d.schedules(&words[i-2])) {
			continue // also "mornings are better for him" (round 71)
		}
		if i > 0 && d.addressee[words[i-1].w] && (i+1 == len(words) || !d.someone.matches(&words[i+1])) {
			continue // "the doctor should see her reports first": the doctors' part (round 70)
		}
		if i > 0 && requestedThing[words[i-1].w] && d.timePref.matches(&words[i]) {
			continue // "mummy ke liye call back chahiye": the call asked for (round 72, set r72j)
		}
		return true
	}
	return false
}

// requestedThing: what a word of request_time_preference ("chahiye")
// right after it asks the clinic for, no judgement ("call back chahiye",
// "baat karni chahiye").
var requestedThing = map[string]bool{"call": true, "callback": true, "back": true, "phone": true, "fone": true, "कॉल": true, "बैक": true, "फोन": true, "फ़ोन": true, "human": true, "insaan": true, "इंसान": true}

// schedules reports whether w names a visit or its time (request_visit,
// day_part, weekday).
func (d *Detector) schedules(w *token) bool {
	return d.visit.matches(w) || d.dayPart.matches(w) || d.weekday.matches(w)
}

// anAmount reports whether words hold a number of 20 or more that is no
// age ("dad 72 heart patient", "65 age": round 69): a dose
// (never a day or an hour: "my slot at 11 tomorrow"; so not @bignumber,
// which counts pills from ten).
func (d *Detector) anAmount(words []token) bool {
	for i, w := range words {
		if n, err := strconv.Atoi(w.w); err != nil || n < 20 || d.anAge(words, i) {
			continue
		}
		if i >= 2 && d.medicine.matches(&words[i-1]) && onMedicine[words[i-2].w] {
			continue // the strength one is on: "i'm on venlor 150" (round 71)
		}
		return true
	}
	return false
}

// ageCopula: the verbs between a person and their age ("she is 74", "papa
// hai 70").
var ageCopula = map[string]bool{"is": true, "s": true, "was": true, "hai": true, "है": true, "hain": true, "हैं": true}

// onMedicine: the words before a medicine one takes, whose strength
// follows it ("on venlor 150", "nexito 10 pe hu").
var onMedicine = map[string]bool{"on": true, "taking": true, "takes": true, "take": true, "pe": true, "par": true, "पर": true, "पे": true}

// anAge reports whether the number at words[i] is someone's age: after a
// relative or "age", or before "years", "saal", "age" or "old".
func (d *Detector) anAge(words []token, i int) bool {
	if i > 0 && (d.relative.matches(&words[i-1]) || d.age.matches(&words[i-1])) {
		return true
	}
	if i > 1 && ageCopula[words[i-1].w] && (d.relative.matches(&words[i-2]) || d.third.matches(&words[i-2])) {
		return true // "she's 74, kidney patient" (round 72, set r72j)
	}
	return i+1 < len(words) && d.age.matches(&words[i+1])
}

// askedBeside reports whether a clause of text that the request at
// words[s:e] does not reach asks a question: it ends with "?" or has a
// word of request_question ("kya").
func (d *Detector) askedBeside(text string, words []token, s, e int) bool {
	text = strings.ReplaceAll(text, " - ", " , ")
	ids := d.pieces(text, clauseEnd, words)
	if ids == nil {
		// One clause, the request's own; or clauses read apart that do
		// not tokenise alike ("w/o"): then any question counts.
		return strings.IndexFunc(text, clauseEnd) >= 0 && (strings.ContainsAny(text, "?\uff1f") || d.any(d.question, words))
	}
	asks := clauseQuestions(text)
	touched := map[int]bool{}
	for j := s; j < e; j++ {
		touched[ids[j]] = true
	}
	// A clause that names the visit's day or time, or asks when, and no
	// medicine asks about the booking ("I'd like to book a consultation.
	// Is Monday possible?", "डॉक्टर से मिलना है, कब आ सकती हूँ?").
	// A clause of greeting words alone ("hello?", "doctor?") asks nothing
	// (round 70): only a clause with another word (worded) is read.
	timed, medicine, worded := map[int]bool{}, map[int]bool{}, map[int]bool{}
	for j := range words {
		k, w := ids[j], words[j].w
		timed[k] = timed[k] || d.dayPart.matches(&words[j]) || d.weekday.matches(&words[j]) || d.when.matches(&words[j])
		medicine[k] = medicine[k] || d.medicine.matches(&words[j])
		worded[k] = worded[k] || !d.greeting[w] && !d.addressee[w] && !fillers[w]
	}
	for j := range words {
		if k := ids[j]; !touched[k] && worded[k] && !(timed[k] && !medicine[k]) && (k < len(asks) && asks[k] || d.question.matches(&words[j])) {
			return true
		}
	}
	return false
}

// bookingEntry, rescheduleEntry and talkEntry are the handoff entries
// requestWins reads apart: a booking asked with an illness named ("can she
// book a slot, she has epilepsy") asks whether she may, unless it is a
// consultation; a new date must name what moves; a person asked for is
// that request even beside a pregnancy.
const (
	bookingEntry    = "book-appointment"
	rescheduleEntry = "reschedule"
	talkEntry       = "talk-to-person"
)

// inGeneral reports whether words ask about a substance in general ("is
// it dangerous to mix ketamine with alcohol?", "does weed interfere with
// the treatment"): a word of the general advice classes, none of a person
// ("I", "my father", "pi sakta hu") and none of a medicine, a pregnancy or
// an illness. Such a question is for the knowledge, whose answer says to
// ask the doctors; asked for someone, it is advice.
//
// The question must be the whole message: beside it only a word or two
// ("Hello.", "ok thanks."). A clause more tells of someone's own case
// ("need it to sleep", "infusion done this morning", "like 2 pegs":
// review rev13) and is read as advice.
func (d *Detector) inGeneral(text string, words []token) bool {
	if len(d.general.alts) == 0 {
		return false
	}
	ids := d.clauseIDs(text, words)
	// A clause of courtesy beside the question ("ok thanks.", "thik hai,";
	// the word class courtesy) is no "is it ok to" asked for oneself; a
	// clause of two words more tells of one's case ("drinks daily",
	// "session tomorrow") and is read.
	asked := words
	if ids != nil && len(d.courtesy.alts) > 0 {
		asked = nil
		for _, r := range pieceRuns(ids) {
			if clause := words[r[0]:r[1]]; !d.all(d.courtesy, clause) {
				asked = append(asked, clause...)
			}
		}
	}
	switch {
	case d.any(d.general, words) && !d.any(d.specific, words) && !d.any(d.personal, mixedThings(asked)):
	case len(d.people.alts) > 0 && d.any(d.people, words) && d.any(d.forPeople, words) && !d.any(d.specificBeyond, words) && !d.any(d.personalOfPeople, words) &&
		!(len(d.substanceOf.alts) > 0 && d.any(d.substanceOf, words) && d.any(d.ailingOf, words)):
		// asked of people in general: "do patients have to stop their
		// medicines when they start ketamine?"
	case d.protocolAsked(words):
		// the treatment's rule asked of: "will I have to stop my
		// antidepressants if I start ketamine?"
	default:
		return false
	}
	if ids == nil {
		return true // one clause
	}
	// Each clause of more than two words asks (opens with a word of
	// asking: "is that dangerous"), names the substance or says the
	// question is general ("read about it on a forum and got curious",
	// "bas general jaankari chahiye": the word class said_in_general) or
	// offers the question's alternatives (see offersEither).
	for _, r := range pieceRuns(ids) {
		clause := words[r[0]:r[1]]
		if len(clause) > 2 && !d.asking.matches(&clause[0]) && !d.any(d.general, clause) && !d.any(d.saidInGeneral, clause) && !d.offersEither(clause) && !d.protocolAsked(clause) {
			return false
		}
	}
	return true
}

// protocolAsked reports whether words ask what the treatment requires of
// the medicines one takes, not what one should do: a word of protocol_ask
// ("have to", "padegi", "continue"), none of request_advice_ask
// ("should", "safe", "chahiye", "band kar du"), every medicine named only
// by a word of med_generic ("my regular meds", "purani dawaiyan"), no
// illness, pregnancy or substance, no amount and no one else (he, she, a
// relative). Writers of every set label "will I have to stop my
// antidepressants when I start ketamine?" and "jo dawaiyan pehle se chal
// rahi hai woh band karni padegi kya?" the question current-medicines
// answers (round 72: 10 of the round's sets' cases), whose answer says the
// doctors decide and not to change a medicine alone; "should I stop my
// lithium" and "my mother is on 5 tablets, will she have to stop them"
// stay advice.
func (d *Detector) protocolAsked(words []token) bool {
	if len(d.protocolAsk.alts) == 0 || len(d.medGeneric.alts) == 0 || !d.any(d.protocolAsk, words) || d.any(d.adviceAsk, words) || !d.any(d.protocolChange, words) {
		return false // (a stop, a change or a continuing asked of: never "which medicine would work best alongside")
	}
	for _, w := range words {
		if amountAsked[w.w] {
			return false // "how much of my sleeping tablet do i have to carry on with"
		}
	}
	if d.any(d.third, words) || d.any(d.relative, words) || d.any(d.general, words) || d.anAmount(words) {
		return false
	}
	named := false
	for i := range words {
		if !d.specific.matches(&words[i]) {
			continue
		}
		if !d.medGeneric.matches(&words[i]) {
			return false // a medicine by name, an illness, a pregnancy
		}
		named = true
	}
	return named
}

// amountAsked: the words that ask an amount of a medicine.
var amountAsked = map[string]bool{"much": true, "many": true, "kitna": true, "kitni": true, "kitne": true, "कितना": true, "कितनी": true, "कितने": true, "dose": true, "dosage": true, "mg": true, "khurak": true, "खुराक": true}

// offersEither reports whether clause offers the alternatives of the
// question before it: it opens with a word of the class asked_either ("or
// can they continue them"), or has one in four words at most ("pill or
// injection").
func (d *Detector) offersEither(clause []token) bool {
	if len(d.askedEither.alts) == 0 || len(clause) == 0 {
		return false
	}
	if d.askedEither.matches(&clause[0]) || len(clause) <= 4 && d.any(d.askedEither, clause) {
		return true
	}
	// a short list of the people asked of: "प्रेगनेंट औरतें या दिल के
	// मरीज़?" (round 71)
	return len(clause) <= 8 && d.any(d.askedEither, clause) && len(d.people.alts) > 0 && d.any(d.people, clause) && d.any(d.forPeople, clause)
}

// mixedThings returns words without "them" where it stands for the
// things mixed ("is mixing them dangerous", "how risky is combining
// them"), not for people, and without the Hinglish "me" that means "in"
// ("alcohol aur ketamine mix karne se kya hota hai body me", "bas
// general me jaanna tha"; round 80, set r81b): in a message with a word
// of Hindi grammar, after a word that takes no object.
func mixedThings(words []token) []token {
	hindi := slices.ContainsFunc(words, func(w token) bool { return hindiGrammar[w.w] })
	var out []token
	for i, w := range words {
		if w.w == "them" && i > 0 && mixing[words[i-1].w] {
			continue
		}
		if w.w == "me" && hindi && i > 0 && !takesMe[words[i-1].w] {
			continue
		}
		out = append(out, w)
	}
	return out
}

var (
	// hindiGrammar: words only romanized Hindi writes
	hindiGrammar = wordSet(`hai hain h kya kia aur se ka ki ke ko hota hoti hote karne karna karte tha thi nahi nhi bhi wala wale`)
	// takesMe: the words "me" is the object of, in English typed
	// between Hindi ("tell me", "for me", "call me")
	takesMe = wordSet(`tell give let help call for to with text send show email book remind ask message guide suggest advise contact answer pls please about like`)
)

var mixing = map[string]bool{"mix": true, "mixing": true, "mixed": true, "combine": true, "combining": true, "combined": true}

// clauseIDs numbers the clause of each of words, text's tokens (see
// pieces), split at sentence and clause punctuation and at " - "; nil
// when text is one clause.
func (d *Detector) clauseIDs(text string, words []token) []int {
	return d.pieces(strings.ReplaceAll(text, " - ", " , "), clauseEnd, words)
}

// untouched returns the words of text's clauses (split at sentence and
// clause punctuation; see clauseEnd) in which no mask, recovery or denial
// blanked a word, given words and masked, the same tokens blanked; nil
// when text is one clause or its clauses do not give its words.
func (d *Detector) untouched(text string, words, masked []token) []token {
	ids := d.clauseIDs(text, words)
	if ids == nil {
		return nil
	}
	touched := map[int]bool{}
	for i, m := range masked {
		if m.w == "" {
			touched[ids[i]] = true
		}
	}
	var free []token
	for i, m := range masked {
		if !touched[ids[i]] {
			free = append(free, m)
		}
	}
	return free
}

// pieces numbers the tokens of text, words, by the piece of text each is
// read from, text split where end reports true; nil when the pieces, read
// one by one, do not give the same words (a word the split cut in two).
func (d *Detector) pieces(text string, end func(rune) bool, words []token) []int {
	if strings.IndexFunc(text, end) < 0 {
		return nil // one piece: the callers read nil as the whole text
	}
	ids := make([]int, 0, len(words))
	for k, part := range strings.FieldsFunc(text, end) {
		ws := d.tokens(part)
		if len(ids)+len(ws) > len(words) {
			return nil
		}
		for _, w := range ws {
			if words[len(ids)].w != w.w {
				return nil
			}
			ids = append(ids, k)
		}
	}
	if len(ids) != len(words) {
		return nil
	}
	return ids
}

// longSentenceCrisis reads each sentence of a long message alone: a long
// message (a story of years, then a question) dilutes what one sentence
// of it says. A sentence is a crisis when the first and the taught
// classifier's mean reaches longBar and the learned one longLearned ("...
// every night when I lie down I pray I don't wake up, and lately I've
// started thinking about how I could make that happen ..."; see
// safety.yaml).
func (d *Detector) longSentenceCrisis(text string, words, masked []token) (clinicbot.SafetyResult, bool) {
	if d.model == nil || d.taught == nil || d.learned == nil {
		return clinicbot.SafetyResult{}, false
	}
	for _, r := range pieceRuns(d.pieces(text, sentenceEnd, words)) {
		kept := nonEmpty(masked[r[0]:r[1]])
		if len(kept) < modelMinWords {
			continue
		}
		fs := features(joinWords(kept))
		p, tq, lq := d.model.probOf(fs), d.taught.probOf(fs), d.learned.probOf(fs)
		if (p+tq)/2 >= d.longBar && lq >= d.longLearned {
			about := make([]token, len(masked))
			copy(about[r[0]:r[1]], masked[r[0]:r[1]])
			return d.classifierCrisis(classifierPhrase(p, " in a long message"), text, words, about), true
		}
	}
	return clinicbot.SafetyResult{}, false
}

// maskedRisk reports whether a mask blanked a word of risk (or of
// beside_risk) in words (masked is words as the masks left them): "dying
// to know", "no suicidal thoughts". A mask that took only other words ("I
// only wanted to ask if your clinic does home visit") explained nothing
// risky away, and a long message's sentences are still read alone.
func (d *Detector) maskedRisk(words, masked []token) bool {
	for i := range masked {
		if masked[i].w == "" && words[i].w != "" && (d.risk.matches(&words[i]) || d.besideRisk.matches(&words[i])) {
			return true
		}
	}
	return false
}

// pieceRuns returns the spans [a, b) of words that ids (see pieces) give
// one piece each, in order; none for nil ids.
func pieceRuns(ids []int) [][2]int {
	var runs [][2]int
	for a := 0; a < len(ids); {
		b := a + 1
		for b < len(ids) && ids[b] == ids[a] {
			b++
		}
		runs = append(runs, [2]int{a, b})
		a = b
	}
	return runs
}

// notAdvised returns words with what the not_advice phrases match
// blanked: general questions about medicines.
func (d *Detector) notAdvised(words []token) []token {
	general := append([]token(nil), words...)
	d.notAdviceTr.each(words, func(i int) bool {
		blank(general, &d.notAdvice[i], nil)
		return false
	})
	return general
}

// adviceIn returns the advice phrase general matches, or nil.
func (d *Detector) adviceIn(general []token) *pattern {
	var found *pattern
	d.adviceTr.each(general, func(i int) bool {
		if _, _, ok := d.advice[i].find(general); ok {
			found = &d.advice[i]
		}
		return found != nil
	})
	return found
}

// advicePhrase returns the advice phrase words match, or nil.
func (d *Detector) advicePhrase(words []token) *pattern {
	return d.adviceIn(d.notAdvised(words))
}

// sentenceEnd reports whether r ends a sentence.
func sentenceEnd(r rune) bool {
	switch r {
	case '.', '!', '?', '\n', '\u0964', '\u0965':
		return true
	}
	return false
}

// clauseEnd reports whether r ends a clause: sentence and clause
// punctuation, dashes, a colon or a slash, a line break, the Devanagari
// danda, an emoji (a hyphen between spaces is one too; see untouched).
func clauseEnd(r rune) bool {
	switch r {
	case '.', '!', '?', ';', ',', ':', '/', '\n', '\u0964', '\u0965', '|', '\u2026', '\u2013', '\u2014':
		return true
	}
	return unicode.Is(unicode.So, r)
}

// takenBy reports whether the writer, a few words before the relative
// at j, took or holds what is the relative's ("i took my fathers pistol"),
// never found it: "i found my brothers pistol under his bed" tells of the
// brother (review rev59).
func (d *Detector) takenBy(words []token, j int) bool {
	for k := j - 1; k >= 0 && k >= j-4; k-- {
		if d.self.matches(&words[k]) {
			for _, w := range words[k+1 : j] {
				if finding[w.w] {
					return false
				}
			}
			return true
		}
	}
	return false
}

// weapons are the guns whose owner a relative may be ("my dads gun").
var weapons = wordSet(`gun guns pistol revolver rifle bandook knife blade razor`)

// subjectAt tells whose crisis a phrase about the writer's own words, at
// words[s:e] (the words as typed, masks or not), tells of: someone else's when the person named nearest
// before it is someone else ("my son told me he wants to die", "papa kal
// se bol rahe hai ab aur nahi jeena", "my father keeps asking how many
// tablets it would take to kill him"), the writer's otherwise. The phrase
// itself decides first: "better off without me" is the writer's, "kill
// himself" someone else's. A relative told as gone ("since my father
// died, dont want to live") is no one at risk.
func (d *Detector) subjectAt(text string, words []token, s, e int) string {
	// The sentence the phrase is in bounds the look (nil: the whole text):
	// "he cheated. nothing matters anymore" is the writer's.
	sent := d.pieces(text, sentenceEnd, words)
	for sent != nil && s < e-1 && sent[s] != sent[e-1] {
		s++ // a phrase begun in the sentence before ("papa ne maara. nahi jeena", "!saath … nahi jeena"): its last one
	}
	same := func(j int) bool { return sent == nil || sent[j] == sent[s] }
	clause := d.clauseIDs(text, words)
	// quoter is where a word of speech passes on someone else's words
	// within five words before j, in the same sentence, or -1: "my son
	// wrote 'i want to die'"; never the writer's own ("I told her I want
	// to die").
	quoter := func(j int) int {
		for k := j - 1; k >= 0 && k >= j-quoteReach && same(k); k-- {
			if k < j-5 && clause != nil && clause[k] != clause[j] {
				break // past a comma only five words: "papa ne kaha main nalayak hu, ab main mar jaunga"
			}
			if reasonGiven[words[k].w] {
				break // the writer's reason after what was said: "my friend said I should talk to you because I keep thinking about suicide"
			}
			if quoting[words[k].w] {
				if d.any(d.self, words[max(0, k-2):k]) || d.any(d.me, words[max(0, k-2):k]) || k+1 < len(words) && ergative[words[k+1].w] {
					return -1 // the writer's own words: "I told her ...", "kaha maine ki ..."
				}
				return k
			}
		}
		return -1
	}
	// The writer in a phrase is its doer, not its finder: "today I found a
	// rope under his bed", "i can see a dupatta" tell of someone else.
	writer := func(ws []token) bool {
		for j := range ws {
			if (d.me.matches(&ws[j]) || d.self.matches(&ws[j]) || d.firstPerson.matches(&ws[j])) && !findsAt(ws, j) {
				return true
			}
		}
		return false
	}
	from := s - 1
	span := words[s:e]
	after := words[e:min(e+2, len(words))]
	for n := range after {
		if !same(e + n) {
			after = after[:n] // the next sentence is another's: "he has tried twice before. im scared"
			break
		}
	}
	quotedBy := -1 // the word of saying before a phrase in the first person
	switch {
	case writer(span) || writer(after) && !(len(after) > 0 && joining[after[0].w]) && (e >= len(words) || same(e)):
		// "better off without me", "zeher kha lungi", "marna chahti hu"
		// (never "wants to die and i dont know what to do"); unless
		// someone is quoted saying it: "beta bol raha hai main ab nahi
		// jeena chahta"
		k := quoter(s)
		if k < 0 {
			return clinicbot.SubjectSelf
		}
		from, quotedBy = k-1, k
	case d.any(d.reflexive, span):
		return clinicbot.SubjectOther
	}
	finder := false // the writer, before the phrase, only finds or sees it
	for j := from; j >= 0 && j >= s-subjectReach && same(j); j-- {
		w := words[j : j+1]
		switch {
		case d.any(d.self, w) || d.any(d.me, w) || d.any(d.firstPerson, w):
			if hinglishIn(words, j, same) {
				continue // "in", not the writer: "aaj usne sach me kalai kaat li"
			}
			if k := quoter(j); k >= 0 {
				j = k // "my son wrote 'i want to die'": whose words, further back
				continue
			}
			if findsAt(words, j) {
				finder = true
				continue // "he wants to die and I found a rope in his cupboard", "i can see a dupatta": the finder
			}
			if k := max(0, j-3); d.any(d.indefinite, words[k:j]) && toldOf(words, k+slices.IndexFunc(words[k:j], func(t token) bool { return d.indefinite.matches(&t) })) {
				continue // who the someone is: "someone I know", "somebody from my office"
			}
			if j >= 2 && d.any(d.me, w) && askedOrSent[words[j-1].w] && (d.any(d.third, words[j-2:j-1]) || d.any(d.named, words[j-2:j-1])) {
				continue // "me" told or asked by another: "she asked me what the fastest way to go is"
			}
			return clinicbot.SubjectSelf
		case d.any(d.third, w) || agent(words, j):
			return clinicbot.SubjectOther
		case d.any(d.named, w):
			if j+1 < len(words) && hindiOf[words[j+1].w] && d.any(d.supply, words[j+2:min(j+6, len(words))]) {
				continue // whose pills, not who: "maine apni maa ki BP ki saari goliyan jama kar li hain" (but "bhai ke haath pe cut")
			}
			if j+1 < len(words) && (d.any(d.supply, words[j+1:j+2]) || weapons[words[j+1].w]) && d.takenBy(words, j) {
				continue // whose, in English, after the writer: "i took my fathers pistol from the locker, its loaded"
			}
			if d.vocative(text, words, j) {
				continue // the one written to: "didi alvida, mummy ka khayal rakhna", "Bhai log, alvida"
			}
			if d.toldHere(words, j) {
				continue // the one told: "papa ko bola ki mar jaunga" (review rev15)
			}
			if d.causes(words, j, e, span) {
				continue // the cause, not the one at risk: "pati saath nahi deta, ab to kuan hi sahara hai"
			}
			if j+1 < len(words) && d.any(d.gone, words[j+1:min(j+3, len(words))]) ||
				d.any(d.recipient, words[max(0, j-2):j]) ||
				j+2 < len(words) && d.any(d.recipientAfter, words[j+1:j+2]) && d.any(d.given, words[j+2:min(j+4, len(words))]) {
				continue // gone, or given to: "gave my guitar to my cousin. wont need it", "bhai ko de diya"
			}
			return clinicbot.SubjectOther
		case d.any(d.indefinite, w) && toldOf(words, j):
			return clinicbot.SubjectOther
		case d.saidBySomeone(words, clause, j, e):
			// Hindi leaves out who says it: "aaj bhi keh rahi hai jeena
			// nahi" (she says), never "yahi kehta hu ki jeena nahi" (I say)
			return clinicbot.SubjectOther
		}
	}
	if finder || !writer(span) && (d.any(d.me, span) || d.any(d.self, span)) {
		// the writer only finds it: whose it is, in it or just after
		// ("today I found a rope under his bed", "i can see a dupatta
		// tied to the fan in her room", "i found his suicide note")
		for _, t := range words[max(0, s-2):min(e+6, len(words))] {
			if otherPerson[t.w] || d.third.matches(&t) {
				return clinicbot.SubjectOther
			}
		}
	}
	if quotedBy >= 0 && d.saidBySomeone(words, clause, quotedBy, e) {
		// quoted in the first person, the one who says it left out:
		// "kehta hai mar jaunga, mera bhai hai"
		return clinicbot.SubjectOther
	}
	return clinicbot.SubjectSelf
}

// toldByTheWriter reports whether the relative at ws[j] is the one the
// writer tells, texts or calls ("sorted the bank papers, told my wife
// where the locker key is"): a verb of telling (writerTold) just before
// it, "my" or "our" (ownWord) between, and no one else named in the three
// words before the verb ("my son told my wife" is the son's).
func (d *Detector) toldByTheWriter(ws []token, j int) bool {
	k := j - 1
	for k >= 0 && k >= j-2 && ownWord[ws[k].w] {
		k--
	}
	if k < 0 || !writerTold[ws[k].w] && !farewellTo[ws[k].w] {
		return false
	}
	before := ws[max(0, k-3):k]
	return !d.any(d.third, before) && !d.any(d.named, before) && !d.any(d.indefinite, before)
}

// hindiIn are the Hinglish words for "in" that are also the writer's
// words in English or Hindi ("me", "main"); hindiThird the Hindi words
// for he, she or they as a doer.
var (
	hindiIn    = wordSet(`me main mai`)
	hindiThird = wordSet(`usne unhone unhon wo woh vo voh uss ussne वो वह उसने उन्होंने`)
)

// hinglishIn reports whether words[j] is the Hinglish "in" ("sach me",
// "kamre main") rather than the writer: a Hindi he, she or they stands
// before it in its sentence (same), within four words ("aaj usne sach me
// kalai kaat li"); never in English, where "she left me" keeps the writer.
func hinglishIn(words []token, j int, same func(int) bool) bool {
	if !hindiIn[words[j].w] {
		return false
	}
	for k := j - 1; k >= 0 && k >= j-4 && same(k); k-- {
		if hindiThird[words[k].w] {
			return true
		}
	}
	return false
}

// askedOrSent are the verbs of another person's asking or sending before
// "me" ("she asked me", "my gf sent me a message"): the "me" is the one
// told, not the one at risk.
var askedOrSent = wordSet(`asked asks told tells sent sends gave gives showed shows texted messaged called wrote emailed`)

// reasonGiven are the words that open a reason: a first person after one
// gives the writer's reason, not the words someone said before it.
var reasonGiven = wordSet(`because coz cuz bcoz bcz since kyunki kyonki क्योंकि`)

// ergative are the Hindi "I" of a past act ("kaha maine"): after a word
// of saying, the writer said it.
var ergative = wordSet(`maine mene maine ne मैंने`)

// joining are the words that join a next clause: a first person after
// them is another sentence's ("she wants to die and i dont know what to
// do").
var joining = wordSet(`and but so or then because aur par lekin magar to toh और पर लेकिन तो`)

// saidBySomeone reports whether words[j], a Hindi word of saying in the
// clause of a phrase ending at words[e] (clause: clauseIDs, nil for one
// clause), passes on someone else's words with the one who says them
// left out: no word of the first person before it or after the phrase
// ("yahi kehta hu", "bola ... asal me roz karti hu"), no "bol diya" (the
// writer's goodbye said), no "bolte bolte" (while talking), no "sab
// kehte hain" (everyone says).
func (d *Detector) saidBySomeone(words []token, clause []int, j, e int) bool {
	// Said in the past, it is someone else's only after someone is named
	// ("roommate ... aaj bola ki ab sab khatam karna hai"); with no one
	// named, the writer's ("kitni baar bola ki jeena nahi").
	named := d.any(d.named, words[:j]) || d.any(d.third, words[:j])
	if !hindiSaying[words[j].w] && !(named && hindiSaid[words[j].w]) || clause != nil && e > 0 && clause[j] != clause[e-1] {
		return false
	}
	before := words[max(0, j-3):j]
	if d.any(d.self, before) || d.any(d.me, before) || j > 0 && (everyone[words[j-1].w] || words[j-1].w == words[j].w) {
		return false
	}
	if j+1 < len(words) && ergative[words[j+1].w] {
		return false // "kaha maine ki main mar jaunga": the writer said it
	}
	if j+1 < len(words) && (words[j+1].w == words[j].w || saidDone[words[j+1].w] || saidPast[words[j+1].w] && !named) {
		return false
	}
	if j > 0 && d.recipientAfter.matches(&words[j-1]) {
		return false // "papa ko bola": told to someone, by the writer
	}
	for _, t := range words[j+1 : min(len(words), e+4)] {
		if writerAux[t.w] {
			return false
		}
	}
	return true
}

// everyone are the words for people at large before a word of saying
// ("sab kehte hain", "log bolte hain"): what people say, not who is at risk.
var everyone = wordSet(`sab sabhi log logon everyone everybody सब सभी लोग`)

// writerTold are the writer's acts of telling before a relative named as
// the one told ("I texted my sister goodbye", "called my dad to say
// goodbye"), and ownWord the words between ("my", "best").
var (
	writerTold = wordSet(`told texted called messaged wrote emailed hugged kissed thanked tell text call message`)
	ownWord    = wordSet(`my best our dear`)
	// farewellTo are the words a goodbye is written with to someone:
	// "wrote 'sorry maa' on the back of our photo" (the mother is the one
	// written to, the writer the one at risk)
	farewellTo = wordSet(`sorry bye goodbye alvida अलविदा`)
)

// hindiSaid are the past of hindiSaying: someone else's words only after
// someone is named (see saidBySomeone).
var hindiSaid = wordSet(`bola boli bole kaha likha likhi लिखा लिखी message msg मैसेज बोला बोली बोले कहा`)

// toldHere reports whether ws[i], someone named, is the one told: "X ko"
// (recipient_after) and a word of telling ("maa ko kaha ki jeena nahi").
func (d *Detector) toldHere(ws []token, i int) bool {
	return i+2 < len(ws) && d.recipientAfter.matches(&ws[i+1]) && toldTo[ws[i+2].w]
}

// toldTo are the Hindi words of telling after "X ko": X is the one told,
// not the one at risk ("maa ko kaha ki jeena nahi").
var toldTo = wordSet(`bola boli bole kaha bataya batayi bata keh bol likha message msg text call
बोला बोली बोले कहा बताया बताई बता कह बोल लिखा`)

// saidPast are the past helpers after a word of saying ("bol tha",
// "keh chuka"): the writer's words told again, not someone's now.
var saidPast = wordSet(`tha thi the chuka chuki diya था थी थे चुका चुकी`)

// saidDone are the perfective helpers after a word of saying ("sabko
// alvida bol diya"): the writer's own act.
var saidDone = wordSet(`diya diye di dia दिया दिए दी`)

// hindiSaying are the Hindi words of saying (of quoting) that name no
// one: the one who says is left out, and is not the writer unless a word
// of the first person says so.
//
// Only the present: "keh rahi hai", "bolta hai". Said in the past with no
// one named ("bola tha na jeena nahi", "kitni baar kaha ki marna hai") it
// is mostly the writer's own words (review rev15).
var hindiSaying = wordSet(`bolta bolti bolte kehta kehti kehte kahta kahti keh kah bol
बोलता बोलती बोलते कहता कहती कहते बोल कह`)

// writerAux are the first-person auxiliaries after a verb ("kehta hu",
// "bol raha hoon"): the writer says it.
var writerAux = wordSet(`hu hoon hun hoo हूँ हूं`)

// someoneToldOf reports whether words tell of an indefinite "someone"
// (see toldOf).
func (d *Detector) someoneToldOf(words []token) bool {
	for j := range words {
		if d.indefinite.matches(&words[j]) && toldOf(words, j) {
			return true
		}
	}
	return false
}

// helperAsked are the words around a "someone" asked for as a helper
// ("can someone call me", "i need someone to talk to"), not told of.
var helperAsked = map[string]bool{
	"can": true, "could": true, "will": true, "would": true, "please": true, "pls": true, "plz": true,
	"need": true, "needs": true, "want": true, "wants": true, "there": true, "get": true, "find": true,
	"send": true, "have": true, "call": true, "calls": true, "talk": true, "speak": true, "help": true,
	"contact": true, "reach": true, "ring": true, "to": true, "who": true, "without": true, "no": true,
}

// someoneWhere are the words after a "someone" told of that say who it is:
// "someone in my hostel", "somebody from my office", "someone I know".
var someoneWhere = map[string]bool{"in": true, "from": true, "at": true, "i": true, "close": true, "near": true, "whom": true}

// someoneDoes are the words after a "someone" said who that tell what
// they do or say ("someone in my hostel is talking about jumping",
// "someone at my work says life is pointless"): the one at risk, not the
// finder or the cause ("someone in my family will find the note",
// "someone in my class called me ugly again, cutting tonight": review
// rev15).
var someoneDoes = wordSet(`is was has says said keeps kept told talks talking wants wanted posted texted wrote
threatening threatened planning tried hasnt isnt`)

// toldOf reports whether words[j], an indefinite "someone", is someone
// told of, said who, and doing or saying something ("someone from my
// office has stopped eating", "somebody i know is planning to end their
// life"): never a helper asked for ("can someone call me"), someone to
// tell ("i should tell someone") or anyone at all ("if someone takes all
// their pills", "someone please kill me").
func toldOf(words []token, j int) bool {
	if j > 0 && (helperAsked[words[j-1].w] || words[j-1].w == "if" || words[j-1].w == "tell" || words[j-1].w == "sure") {
		return false
	}
	if j+1 >= len(words) || !someoneWhere[words[j+1].w] {
		return false
	}
	for _, t := range words[j+2 : min(len(words), j+7)] {
		if someoneDoes[t.w] {
			return true
		}
	}
	return false
}

// causes reports whether words[j], someone named before span (a phrase
// about the writer's own words, ending at words[e]), is told as the one who
// wrongs the writer: a wrong within three words after them ("pati roz
// maarta hai"), or a "stands by" with a not ("saath nahi deta"), with them
// its subject, not its object or owner ("behen ko sasural wale taane
// maarte hain", "beti ka pati") and not the one who says the crisis ("beta
// kehta hai teacher maarte hain, ab marna hai").
func (d *Detector) causes(words []token, j, e int, span []token) bool {
	after := words[j+1 : min(j+4, len(words), e)]
	if len(after) == 0 || d.any(d.recipientAfter, after[:1]) || d.any(d.possessive, after[:1]) ||
		d.any(d.says, after) || d.any(d.reflexive, span) {
		return false
	}
	return d.any(d.wrongs, after) || d.any(d.standsBy, after) && d.any(d.not, after)
}

// writerHere reports whether, inside a phrase about someone else at
// words[s:e] (sent numbers the words' sentences, or nil), the writer
// speaks of themselves from words[j] on: a new sentence that names no one
// else up to e, or "main", "mujhe" with a word of the first person within
// five words, unquoted.
func (d *Detector) writerHere(words []token, sent []int, s, j, e int) bool {
	if sent != nil && sent[j] != sent[s] && sent[j] != sent[j-1] {
		named := false
		for k := j; k < e; k++ {
			w := words[k : k+1]
			named = named || d.any(d.named, w) || d.any(d.third, w)
		}
		if !named {
			return true
		}
	}
	w := words[j : j+1]
	if !d.any(d.self, w) && !d.any(d.me, w) {
		return false
	}
	for k := j - 1; k >= max(0, j-5); k-- {
		if quoting[words[k].w] {
			return false
		}
	}
	return d.any(d.me, w) || d.any(d.firstPerson, words[j+1:min(j+6, len(words))])
}

// vocative reports whether the relative at words[j] is the one the
// message is written to: it opens the message, in a first clause of its
// own of at most three words that names no one as "my" ("didi alvida",
// "Bhai log, alvida", "mummy sorry. goodbye forever"), never "my son, 16,
// wants to die".
func (d *Detector) vocative(text string, words []token, j int) bool {
	if j == 0 && d.addressed(text, words) {
		return true
	}
	if j > 2 {
		return false
	}
	clauses := d.pieces(text, clauseEnd, words)
	if clauses == nil || clauses[j] != 0 {
		return false
	}
	n := 0
	for k := range words {
		if clauses[k] != 0 {
			break
		}
		if possessive[words[k].w] {
			return false
		}
		n++
	}
	return n <= 3
}

// addressed reports whether the relative's word that opens the message is
// the one written to, as Hinglish opens a message to a friend ("bhai ek
// baat puchu ...", "maa kal se mere hisse ka khana mat banana", "dada
// hamara ar bachne ka ichha nei hai"): no postposition, verb or "ne"
// after it, and in its sentence a word of the writer or of the one
// addressed before any word of a third person speaking ("bhaiya kal se
// bol rahe hain ki main ..." is the brother's).
func (d *Detector) addressed(text string, words []token) bool {
	if len(words) < 3 || !addressTerms[words[0].w] {
		return false
	}
	if next := words[1].w; postpositions[next] || relativeVerbs[next] || hindiOf[next] || next == "ne" || next == "ने" {
		return false
	}
	sent := d.pieces(text, sentenceEnd, words)
	for k := addressLead(words); k < len(words) && (sent == nil || sent[k] == sent[0]); k++ {
		t := &words[k]
		if thirdSpeaks[t.w] || d.third.matches(t) || d.named.matches(t) {
			return false
		}
		if d.firstPerson.matches(t) || possessive[t.w] && t.w != "my" && t.w != "our" || writerOrAddressee[t.w] {
			return true
		}
	}
	return false
}

// addressLead is how many words open the message as the ones written to
// ("mummy papa sorry ...": two).
func addressLead(words []token) int {
	n := 0
	for n < len(words) && addressTerms[words[n].w] {
		n++
	}
	return n
}

var (
	// thirdSpeaks: someone else speaking after the opening relative
	// ("bhaiya kal se bol rahe hain").
	// Also "hai", "tha" (the relative's state: "beta kamre main band
	// hai").
	thirdSpeaks = wordSet(`bol bola boli bole bolta bolti bolte kehta kehti kehte kaha kah keh says said told tells keeps बोल बोला बोली बोले कहा कहता कहती कहते कह
hai h hain tha thi the है हैं था थी थे`)
	// writerOrAddressee: the writer's own Hinglish words and the one written
	// to ("puch rha hu", "tu mera tommy sambhal lena"); never "main" or
	// "mai", also "in" ("kamre main band hai"), nor English "i" or "me"
	// after a relative who is the subject ("friend just texted me").
	writerOrAddressee = wordSet(`mujhe mujhko maine mene hu hoon hun hoo huu हूं हूँ मुझे मैंने puchu poochu puchun bolu batau kahu karu jau tu tum aap tera teri tere tumhara tumhari aapka aapki तू तुम आप`)
	// addressTerms: the relatives a Hinglish message opens with as the one
	// written to.
	addressTerms = wordSet(`bhai bhaiya bhaiyya bhaijaan bro dada didi di maa ma mummy mumma mom ammi abbu papa pappa yaar yar dost bhabhi chachu mama mamu भाई भैया दादा दीदी माँ मां मम्मी पापा अम्मी यार`)
)

// possessive are the words that make a relative the writer's, not the one
// written to.
var possessive = wordSet(`my our mera meri mere hamara hamari hamare humara humari humare मेरा मेरी मेरे हमारा हमारी हमारे`)

// subjectReach is how many words before a phrase subjectAt looks for
// whose words they are.
const subjectReach = 16

// writerFrom reports whether the writer speaks of themselves from
// words[j] on: an "I" that no one else is quoted saying within five words
// before it ("my son wrote 'i want to die'", "my daughter wrote in her
// diary: i want to die"). Hinglish "main"
// and "mai" also mean "in" ("kamre main"), so only the unambiguous
// forms count.
func (d *Detector) writerFrom(words []token, j int) bool {
	switch words[j].w {
	case "i", "मैं", "मै", "मैंने", "मैने", "maine", "mene":
	default:
		return false
	}
	for k := max(0, j-5); k < j; k++ {
		if quoting[words[k].w] {
			return false
		}
	}
	return true
}

// finding are the words of someone who found what another did or kept.
var finding = wordSet(`found find saw see seen noticed discovered caught dekha dekhi dekhe mila mili देखा देखी मिला मिली`)

// findsAt reports whether the writer's word at ws[j] is followed by a
// verb of finding or seeing ("I found", "i can see"): the writer then
// tells of what someone else has or did.
func findsAt(ws []token, j int) bool {
	return j+1 < len(ws) && finding[ws[j+1].w] ||
		j+2 < len(ws) && (ws[j+1].w == "can" || ws[j+1].w == "could") && finding[ws[j+2].w]
}

// quoting are the words that pass on what someone else said.
var quoting = wordSet(`said says say saying wrote writes written texted texts messaged msg message told tells posted keeps
screamed shouted yelled cried typed whispered
bola boli bole bolta bolti bolte kaha kehta kehti kehte kahta kahti likha likhi बोला बोली बोले बोलता बोलती बोलते
कहा कहता कहती कहते लिखा लिखी bol keh kah बोल कह
मैसेज मेसेज मैसेज़ टेक्स्ट`)

// wordList is the set of ws, lower-cased; wordSet that of the words of s.
func wordList(ws []string) map[string]bool {
	out := make(map[string]bool, len(ws))
	for _, w := range ws {
		out[strings.ToLower(w)] = true
	}
	return out
}

func wordSet(s string) map[string]bool { return wordList(strings.Fields(s)) }

// requestIndex is the index of the first request phrase words match, or -1.
// classifierCrisis is the crisis a classifier alone raised on about (the
// words it read, the others blank), named phrase: less sure than a
// phrase, so for the writer the caring check-in, and for someone named
// in it, unless the writer tells of their own acts alone, the reply to
// the relative.
func (d *Detector) classifierCrisis(phrase, text string, words, about []token) clinicbot.SafetyResult {
	r := clinicbot.SafetyResult{Verdict: clinicbot.Crisis, Phrase: phrase, Subject: clinicbot.SubjectSelf, Level: clinicbot.LevelDistress, Learned: true}
	named := false // a relative named, other than the ones written to
	lead := 0      // the words of those written to, at the start
	if len(about) == len(words) && d.addressed(text, words) {
		lead = addressLead(words)
	}
	for j := range about {
		if d.named.matches(&about[j]) && j >= lead && !d.toldByTheWriter(about, j) {
			named = true
		}
	}
	if (named || d.someoneToldOf(about)) && !d.writerAlone(about, d.sentencesOf(text, words, about)) && !d.writersLastClause(text, words, about) {
		r.Subject, r.Level = clinicbot.SubjectOther, clinicbot.LevelCrisis
		// What the classifier alone reads about someone else is often
		// their depression told by a carer ("my son sleeps till 3pm and
		// won't talk to anyone"): unless the learned classifier is as sure,
		// the relative gets the check-in (helplines, what to watch for),
		// not the emergency reply.
		// (Review rev57: never beside a word of risk, "my son is
		// standing at the bridge and not picking up".)
		if d.learned != nil && d.otherCrisis > 0 && !d.any(d.risk, about) &&
			d.learned.probOf(features(joinWords(nonEmpty(about)))) < d.otherCrisis {
			r.Level = clinicbot.LevelDistress
		}
	}
	return r
}

// besideRequest reads, in a message with a request to the clinic (the
// index of its phrase in d.requests: i) and no
// mask outside it, each clause beside the request's own with both
// classifiers: a crisis when the first reaches its bar (threshold or
// threshold_alone) and the learned one agrees at besideRequestAgree.
// A request dilutes a crisis told beside it ("please call me back, i'm
// saying goodbye": 0.96 alone, below the bar with the request) and its
// masks silence the classifier ("koi mujhe call kar do, sab ko mere bina
// acha lagega").
func (d *Detector) besideRequest(text string, words, masked []token, i int) (clinicbot.SafetyResult, bool) {
	if d.model == nil || d.learned == nil || i < 0 {
		return clinicbot.SafetyResult{}, false
	}
	// Beside another request (a booking, whose reason is the symptoms)
	// only a clause of a time without end is read ("book me an
	// appointment if you can, though i doubt i'll still be here").
	everyClause := slices.Contains(d.besideRequestsOf, d.requestOf[i])
	// Beside the requests of besideRequestsRisky, a clause with a word of
	// risk is read so too.
	riskyClauses := slices.Contains(d.besideRequestsRisky, d.requestOf[i])
	s, e, _ := d.requests[i].find(words)
	for j := range masked {
		if (j < s || j >= e) && masked[j].w == "" && words[j].w != "" {
			return clinicbot.SafetyResult{}, false // a mask outside the request: its own reading stands
		}
	}
	for _, r := range d.clausesBeside(text, words, s, e) {
		a, b := r[0], r[1]
		open := d.any(d.openEnded, masked[a:b])
		risky := riskyClauses && d.any(d.risk, masked[a:b])
		if b-a >= modelMinWords && (everyClause || open || risky) && !(d.any(d.practical, masked[a:b]) && !open) {
			// (A practical reason is the request's own: "cancel
			// tomorrows session, i wont be in town", "ab zarurat nahi",
			// "I'm tired of typing"; never beside words of no end, "i
			// won't be around much longer"; review rev9.)
			kept := masked[a:b]
			bar := d.threshold
			if !d.any(d.risk, kept) {
				bar = d.alone
			}
			fs := features(joinWords(kept))
			if p, q := d.model.probOf(fs), d.learned.probOf(fs); p >= bar && q >= besideRequestAgree && (d.taught == nil || d.taught.probOf(fs) >= d.taughtRequestClears) {
				// (The taught classifier must not all but clear the clause,
				// as for the whole message beside a request: "gaon jaana
				// pad raha h, dadi ki barsi hai" read 0.90 and 0.96 to the
				// other two, 0.00 to it.)
				about := make([]token, len(masked))
				copy(about[a:b], kept)
				return d.classifierCrisis(classifierPhrase(p, " beside a request"), text, words, about), true
			}
		}
	}
	return clinicbot.SafetyResult{}, false
}

// onlyPractical reports whether every clause of text outside the request
// (its index in d.requests: i) names a sure practical reason (word class
// beside_request_sure) and none a time without end
// (beside_request_open), with at least one such clause: "cancel tomorrow,
// the salary hasn't come", never "cancel tomorrow. I won't be around much longer"
// nor of someone else ("Can someone call my brother? He sent a message
// saying delete my number").
func (d *Detector) onlyPractical(text string, words, masked []token, i int) bool {
	s, e, _ := d.requests[i].find(words)
	others := 0
	for _, r := range d.clausesBeside(text, words, s, e) {
		clause := masked[r[0]:r[1]]
		if len(nonEmpty(clause)) == 0 {
			continue
		}
		if !d.any(d.sureReason, clause) || d.any(d.openEnded, clause) || d.any(d.third, clause) {
			return false
		}
		others++
	}
	return others > 0
}

// clausesBeside returns the clauses of text (as runs of words' indexes)
// that no word of words[s:e], a request, falls in; none when text is one
// clause, the request's own.
func (d *Detector) clausesBeside(text string, words []token, s, e int) [][2]int {
	ids := d.clauseIDs(text, words)
	if ids == nil {
		return nil
	}
	touched := map[int]bool{}
	for j := s; j < e; j++ {
		touched[ids[j]] = true
	}
	var runs [][2]int
	for _, r := range pieceRuns(ids) {
		if !touched[ids[r[0]]] {
			runs = append(runs, r)
		}
	}
	return runs
}

// besideRequestAgree is how sure the classifier learned from the eval
// sets too must be of a clause beside a request before it is a crisis
// (held out: 21 crises more and 22 false alarms more at 0.95, 26 and 108
// at 0.5; review rev9 then kept practical reasons out: 14 of those false
// alarms fewer, no crisis lost).
const besideRequestAgree = 0.95

func (d *Detector) requestIndex(words []token) int {
	found := -1
	d.requestsTr.each(words, func(i int) bool {
		if _, _, ok := d.requests[i].find(words); ok {
			found = i
		}
		return found >= 0
	})
	return found
}

// derived is what New makes of the rules before the classifiers learn:
// the everyday words and the split vocabulary (see lexicon), the indexes
// of the ordinary questions no phrase calls a crisis, and the knowledge's
// questions so asked, as their tokens joined (see Detector.asked).
type derived struct {
	everyday, split map[string]bool
	ordinary        []int
	asked           []string
}

// derive computes derived from the rules and their examples normalised
// (norm), on d with its phrases compiled; it sets d's everyday words and
// split vocabulary, which the phrases' reading needs.
func (d *Detector) derive(rules clinicbot.SafetyRules, norm map[string][]string, crisisEx, notCrisisEx []string) derived {
	var dv derived
	vocab := make(chan map[string]bool, 1)
	go func() { vocab <- splitVocabulary(norm) }()
	dv.everyday = d.everydayWords(norm, crisisEx, notCrisisEx, rules.Ordinary)
	dv.split = <-vocab
	d.lex.everyday, d.splitVocab = dv.everyday, dv.split
	d.lex.looked.reset()
	// The knowledge's questions are the classifiers' ordinary messages,
	// except one the phrases themselves call a crisis (a Hinglish phrasing
	// such as "marne ke khayal aate hain, kya ketamine help karega"): it
	// must not teach the classifier that such words are ordinary.
	// (Read on all cores: nothing is written to d while they run. Each
	// text once: the ordinary questions are among those asked.)
	var texts []string
	seen := make(map[string]int, len(rules.Asked))
	for _, t := range slices.Concat(rules.Ordinary, rules.Asked) {
		if _, ok := seen[t]; !ok {
			seen[t] = len(texts)
			texts = append(texts, t)
		}
	}
	phrased := make([]bool, len(texts))
	onAllCores(len(texts), func(i int) { phrased[i] = d.Check(texts[i]).Verdict == clinicbot.Crisis })
	for i, t := range rules.Ordinary {
		if !phrased[seen[t]] {
			dv.ordinary = append(dv.ordinary, i)
		}
	}
	for _, t := range rules.Asked {
		if !phrased[seen[t]] {
			dv.asked = append(dv.asked, joinWords(d.tokens(t)))
		}
	}
	return dv
}

// everydayWords are the words ordinary messages use again and again, and
// crisis messages less often: "same" in "is it the same medicine" is an
// English word, never a typo of "save". A misspelling of a risk word
// ("kil", "sucide") is rare in ordinary messages and common in crisis
// ones, so it stays a typo.
func (d *Detector) everydayWords(norm map[string][]string, crisis []string, ordinary ...[]string) map[string]bool {
	// Words as Normalize gives them (run-together words are rare and
	// need not count), read from norm; crisis and ordinary messages side
	// by side.
	count := func(into map[string]int, lists ...[]string) {
		seen := map[string]bool{}
		for _, texts := range lists {
			for _, t := range texts {
				clear(seen)
				for _, w := range norm[t] {
					if !seen[w] && len(w) >= 3 && isASCII(w) {
						seen[w] = true
						into[w]++
					}
				}
			}
		}
	}
	inCrisis, inOrdinary := map[string]int{}, map[string]int{}
	var wg sync.WaitGroup
	wg.Go(func() { count(inCrisis, crisis) })
	count(inOrdinary, ordinary...)
	wg.Wait()
	out := map[string]bool{}
	for w, n := range inOrdinary {
		if _, known := d.lex.ids[w]; !known && n >= everydayMinUses && n > inCrisis[w] {
			out[w] = true
		}
	}
	return out
}

// splitVocabulary is every word of three letters or more that at least
// splitMinUses of the texts in norm use.
func splitVocabulary(norm map[string][]string) map[string]bool {
	uses := map[string]int{}
	seen := map[string]bool{}
	for _, ws := range norm {
		clear(seen)
		for _, w := range ws {
			if !seen[w] && len(w) >= 3 {
				seen[w] = true
				uses[w]++
			}
		}
	}
	out := make(map[string]bool, len(uses)/2)
	for w, n := range uses {
		if n >= splitMinUses {
			out[w] = true
		}
	}
	return out
}

// splitMinUses is how many texts must use a word before a run typed
// without spaces is split into it: a misspelling seen once is no word.
const splitMinUses = 2

// everydayMinUses is how many ordinary messages must use a word before it
// counts as an everyday word.
const everydayMinUses = 3

// modelMinWords is the shortest message the classifier judges alone: a
// command ("/end") or a word or two give it nothing to go on.
const modelMinWords = 3

func nonEmpty(words []token) []token {
	out := make([]token, 0, len(words))
	for _, w := range words {
		if w.w != "" {
			out = append(out, w)
		}
	}
	return out
}

func joinWords(ts []token) string {
	var b strings.Builder
	for i, t := range ts {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.w)
	}
	return b.String()
}

// classElem is one element of the words of the named classes; an unknown
// name or none at all is added to errs.
func classElem(cls classes, names []string, key string, errs *[]error) elem {
	var e elem
	for _, c := range names {
		alts, ok := cls[c]
		if !ok {
			*errs = append(*errs, fmt.Errorf("model.%s: unknown word class %q", key, c))
			continue
		}
		e.alts = append(e.alts, alts...)
	}
	if len(e.alts) == 0 {
		*errs = append(*errs, fmt.Errorf("model: %s must name at least one word class", key))
	}
	return e
}

// any reports whether a word of words matches e.
func (d *Detector) any(e elem, words []token) bool {
	for i := range words {
		if e.matches(&words[i]) {
			return true
		}
	}
	return false
}

// all reports whether every one of words, and at least one, is a word of e.
func (d *Detector) all(e elem, words []token) bool {
	for i := range words {
		if !e.matches(&words[i]) {
			return false
		}
	}
	return len(words) > 0
}

// blank clears every span of words where p matches, but for a span keep
// says to keep (see maskVoid).
func blank(words []token, p *pattern, keep func(words []token, s, e int) bool) {
	for from := 0; from < len(words); {
		if p.start && from > 0 {
			return // anchored at the start: once
		}
		s, e, ok := p.find(words[from:])
		if !ok || e == s {
			return
		}
		s, e = from+s, from+e
		if keep != nil && keep(words, s, e) {
			from = s + 1
			continue
		}
		if cuts(words, s, e) {
			// A mask covers whole words as typed: "notebook", split into
			// "note book", is no book whose "ending" a mask may explain
			// away ("a note in her notebook about ending her life").
			from = s + 1
			continue
		}
		for j := s; j < e; j++ {
			if words[j].w != "" {
				w := words[j]
				words[j] = token{masked: &w}
			}
		}
		from = e
	}
}

// maskVoid reports whether what follows words[s:e], which a mask matched,
// undoes the mask: a crisis told in the past (a past word in the span or
// just before it) that the next word says happened again ("2 years ago. I
// attempted again on Sunday"; an idiom or a denial followed by "again"
// stays one: "my boss will kill me again"), or a threat that goes on to
// its maker ("he says he'll kill me and then himself").
func (d *Detector) maskVoid(words []token, s, e int) bool {
	if e == len(words) {
		return false
	}
	if next := words[e].w; (next == "and" || next == "then") && d.any(d.reflexive, words[e:min(len(words), e+3)]) {
		return true
	}
	// A past crisis whose own span goes on to say it is here again ("pehle
	// theek ho gaya tha, ab phir se marne ke khayal aa rahe hain"), or that
	// the next word or a later clause says is back ("I had a suicide
	// attempt in 2019, got better ... the plans are back in my head"); for
	// a later clause, a crisis placed back in time ("पहले आत्महत्या ...",
	// "years ago I was suicidal") counts as past too.
	past := d.any(d.past, words[max(0, s-3):e])
	if past && (d.anyAfterPast(words[s:e]) || d.returnedAt(words, e) && d.pastAsWritten(words[max(0, s-3):e])) {
		return true
	}
	told := past || d.any(d.longAgo, words[s:e]) || earlier(words[s:e])
	return told && d.backIn(words, e)
}

// pastAsWritten reports whether a word of past stands in span as
// written, not only as a typo's reading of another word ("can someone
// overdose on ketamine again", "overdose" read as "overdosed").
func (d *Detector) pastAsWritten(span []token) bool {
	for i := range span {
		if span[i].w != "" && d.past.index.exact.has(span[i].id) {
			return true
		}
	}
	return false
}

// returnedAt reports whether words[i] is a word of returned that says a
// crisis is back, never the "back" that places it in the past: "back
// then", "back when", "back in 2019" (a word of long_ago after "in"),
// "years back" ("my brother overdosed 5 years ago, back then there was no
// help"); "the urges are back in my head" is back.
func (d *Detector) returnedAt(words []token, i int) bool {
	if !d.returned.matches(&words[i]) {
		return false
	}
	if words[i].w != "back" {
		return true
	}
	if i > 0 {
		switch words[i-1].w { // "years back" is years ago
		case "years", "yrs", "year", "months", "month", "weeks", "week", "days", "decade", "decades", "while", "time":
			return false
		}
	}
	if i+1 >= len(words) {
		return true
	}
	switch words[i+1].w {
	case "then", "when":
		return false
	case "in", "during":
		return !(i+2 < len(words) && d.longAgo.matches(&words[i+2]))
	}
	return true
}

// anyAfterPast reports whether a word of returned comes after the first
// word of past in span.
func (d *Detector) anyAfterPast(span []token) bool {
	for i := range span {
		if !d.past.matches(&span[i]) {
			continue
		}
		rest := span[i+1:]
		for j := range rest {
			// "phir se" (once more) is again; "phir" alone is "then"
			if j+1 < len(rest) && phir[rest[j].w] && (rest[j+1].w == "se" || rest[j+1].w == "से") {
				return true
			}
		}
		for j := range rest {
			if d.returnedAt(rest, j) {
				return true
			}
		}
		return false
	}
	return false
}

// earlier reports whether span says "earlier" in Hindi ("pehle").
func earlier(span []token) bool {
	for _, t := range span {
		switch t.w {
		case "pehle", "pahle", "पहले":
			return true
		}
	}
	return false
}

// phir before "se" says "again" in Hindi.
var phir = map[string]bool{"phir": true, "fir": true, "फिर": true}

// cuts reports whether words[s:e] begins or ends inside a word typed
// without spaces.
func cuts(words []token, s, e int) bool {
	if p := words[s].part; p == partMiddle || p == partLast {
		return true
	}
	p := words[e-1].part
	return p == partFirst || p == partMiddle
}

// tokens are the words of text as Check reads them: split where typed
// without spaces ("killmyself", "wanttodie") into pattern words, when
// every part is one and one part is a real word of four letters or more
// (known words and prefix matches stay whole), each piece marked as one.
func (d *Detector) tokens(text string) []token {
	var words []string
	var parts []int8
	for _, w := range Normalize(text) {
		ps := d.splitWord(w)
		if ps == nil {
			words, parts = append(words, w), append(parts, 0)
			continue
		}
		// A contraction in the run ("imnotsuicidal", "imgonnadie of
		// boredom") is a word of its own, and so is a short function word:
		// the pieces between them are runs of their own, so a mask or a
		// denial reads them as it reads "im not suicidal".
		// A sentence typed as one word ("iwanttoendmysubscriptionpackage…")
		// is read as typed with spaces: its pieces are words a mask may
		// cover; a compound ("notebook") keeps its pieces marked.
		sentence := len(ps) >= sentenceParts
		var run []string
		flush := func() {
			for i, p := range run {
				part := partMiddle
				switch {
				case len(run) == 1 || sentence:
					part = 0
				case i == 0:
					part = partFirst
				case i == len(run)-1:
					part = partLast
				}
				words, parts = append(words, p), append(parts, part)
			}
			run = run[:0]
		}
		for _, p := range ps {
			if fillers[p] {
				continue
			}
			if e := contraction(p); e != "" {
				flush()
				for _, x := range strings.Fields(e) {
					words, parts = append(words, x), append(parts, 0)
				}
				continue
			}
			if glue[p] && p != "i" {
				// so is a short function word: "iamnotsuicidal" is "i am"
				// and "not suicidal"
				flush()
				words, parts = append(words, p), append(parts, 0)
				continue
			}
			run = append(run, p)
		}
		flush()
	}
	ts := d.lex.tokens(words)
	for i := range ts {
		ts[i].part = parts[i]
	}
	return ts
}

const minSplitLen = 7

// sentenceParts is the fewest pieces of a run read as a sentence (see
// tokens).
const sentenceParts = 4

// maxSplitParts is the most words a run is split into
// ("idontwanttoliveanymore"); a longer run may have two words per
// splitLettersPerTwoParts letters ("idontwanttoliveanymoreimsotiredof…",
// "iamnotokayiwanttodie": eight words in twenty letters).
const (
	maxSplitParts           = 7
	splitLettersPerTwoParts = 5
	maxSplitLen             = 80
)

// glue are the short words a run-together phrase may contain.
var glue = map[string]bool{"i": true, "to": true, "my": true, "me": true, "of": true, "in": true, "it": true,
	"a": true, "is": true, "am": true, "be": true, "do": true, "go": true, "no": true,
	// (round 57) "idontwanttowakeup", "icantgoonanymore"
	"up": true, "on": true}

// runContractions are contractions read only inside a run of words typed
// together ("illkillmyself", "shessuicidal", "idratherdie"): typed alone,
// "ill" is unwell and "id" an identity card.
var runContractions = map[string]string{"ill": "i will", "hes": "he is", "shes": "she is", "id": "i would"}

// contraction is the words a contraction inside a run stands for, or "".
func contraction(part string) string {
	if e := runContractions[part]; e != "" {
		return e
	}
	if e := expansions[part]; strings.Contains(e, " ") {
		return e
	}
	return ""
}

// beforeI are the words after which "i" may stand inside a run: a modal, a
// question word or a conjunction ("shouldi", "whyami"), never a part of
// another word ("marr i age").
var beforeI = map[string]bool{
	"should": true, "can": true, "could": true, "would": true, "will": true, "may": true, "shall": true, "do": true, "did": true, "am": true,
	"why": true, "how": true, "what": true, "when": true, "where": true, "if": true, "and": true, "so": true, "but": true, "now": true, "then": true, "that": true,
	"wish": true, "think": true, "feel": true, "hope": true, "guess": true, "know": true, // "iwishiwasdead", "ihopeidontwakeup"
	"myself": true, "tired": true, "anymore": true, "alone": true, "sad": true, // a clause's end: "ihatemyselfiwanttodie"
}

// iVerbs begin what "i" says inside a run ("iamfineiwanttodie",
// "icantstopcryingiwanttodie"): after any word, an "i" followed by one of
// them starts a clause.
var iVerbs = []string{"want", "wanna", "am", "will", "cant", "cannot", "dont", "just", "wish", "think", "feel", "have", "hate",
	"need", "gonna", "really", "never", "tried", "took", "keep", "give", "deserve", "should", "would"}

// startsClause reports whether rest (what follows an "i" inside a run)
// begins with one of iVerbs.
func startsClause(rest string) bool {
	for _, v := range iVerbs {
		if strings.HasPrefix(rest, v) {
			return true
		}
	}
	return false
}

func (d *Detector) splitWord(w string) []string {
	if _, known := d.lex.ids[w]; len(w) < minSplitLen || known || d.splitVocab[w] || len(w) > maxSplitLen {
		return nil
	}
	maxParts := max(maxSplitParts, utf8.RuneCountInString(w)*2/splitLettersPerTwoParts)
	for _, a := range d.prefixes {
		if strings.HasPrefix(w, a.word) {
			return nil
		}
	}
	for _, a := range d.suffixes {
		if strings.HasSuffix(w, a.word) && utf8.RuneCountInString(w)-utf8.RuneCountInString(a.word) <= maxSuffixStem {
			return nil // a word the phrases know by its ending ("*olol")
		}
	}
	parts := d.splitRun(w, maxParts, false)
	if parts == nil && utf8.RuneCountInString(w) >= minSentenceRun {
		// A sentence typed as one word may hold a word no message used
		// ("…imsotiredofpretendingimfine"): it stays a piece of its own.
		parts = d.splitRun(w, maxParts, true)
	}
	if len(parts) < 2 {
		return nil
	}
	long := 0
	for _, p := range parts {
		if utf8.RuneCountInString(p) >= 4 { // letters, not bytes: "करने" is not "कर ने"
			long++
		}
	}
	if long == 0 {
		return nil
	}
	return parts
}

// maxSuffixStem is the most letters a word known by its ending may have
// before it: "propranolol" is a word of "*olol", but
// "mainsuicidekarlungi" is a sentence that ends like "*ungi" (round 71: a
// mask naming the verb endings of @first_person had stopped it from
// splitting).
const maxSuffixStem = 9

// minSentenceRun is the fewest letters of a run that may keep a piece no
// vocabulary knows; unknownShare is the largest share of its letters such
// pieces may have, each of at least minUnknownPiece letters.
const (
	minSentenceRun  = 20
	unknownShare    = 0.4
	minUnknownPiece = 6
)

// splitRun splits w into vocabulary words, fewest first; with unknown, a
// piece no vocabulary knows may stand between them (see minSentenceRun).
func (d *Detector) splitRun(w string, maxParts int, unknown bool) []string {
	// st[k][i] is the best split of w[:i] whose last piece is known (k=0)
	// or unknown (k=1): its pieces, its cost (an unknown piece counting one
	// more per letter) and its unknown letters. After an unknown piece
	// comes only a short word or a contraction, never a known word that
	// would read as the unknown one's ending ("pret ending").
	type split struct {
		parts     []string
		cost, unk int
	}
	var st [2][]split
	st[0], st[1] = make([]split, len(w)+1), make([]split, len(w)+1)
	st[0][0].parts = []string{}
	for i := 1; i <= len(w); i++ {
		for j := 0; j < i; j++ {
			part := w[j:i]
			_, known := d.lex.ids[part]
			known = known || d.splitVocab[part]
			isContraction := contraction(part) != "" // "im", "gonna": "i am", "going to"
			filler := fillers[part]                  // "ijustwanttodie": skipped as in spaced text
			n := utf8.RuneCountInString(part)
			isUnknown := !known && !isContraction && !filler
			switch {
			case isUnknown && (!unknown || n < minUnknownPiece):
				continue
			case !isUnknown && n < 3 && !glue[part] && !isContraction && !filler:
				continue // short parts only as glue: "childhood" is not "child ho od"
			}
			for k := range 2 {
				from := st[k][j]
				if from.parts == nil || len(from.parts) >= maxParts || k == 1 && (isUnknown || n >= 3 && !isContraction && !filler) {
					continue
				}
				if part == "i" && j > 0 && !beforeI[from.parts[len(from.parts)-1]] && !startsClause(w[i:]) {
					continue // "whyshouldilive", "canikillmyself"; "marriage" is not "marr i age"
				}
				c, u, to := from.cost+1, from.unk, 0
				if isUnknown {
					c, u, to = c+n, u+n, 1 // a word per letter: known words first
				}
				if b := &st[to][i]; b.parts == nil || c < b.cost || c == b.cost && u < b.unk {
					*b = split{append(append([]string(nil), from.parts...), part), c, u}
				}
			}
		}
	}
	best := st[0][len(w)]
	if b := st[1][len(w)]; best.parts == nil || b.parts != nil && b.cost < best.cost {
		best = b
	}
	if unknown && float64(best.unk) > unknownShare*float64(utf8.RuneCountInString(w)) {
		return nil
	}
	return best.parts
}

// exact turns off typo matching in ps.
func exact(ps []pattern) []pattern {
	for i := range ps {
		for j := range ps[i].elems {
			alts := append([]alt(nil), ps[i].elems[j].alts...)
			for k := range alts {
				alts[k].typo = false
			}
			ps[i].elems[j].alts = alts
		}
	}
	return ps
}

// sentencesOf numbers the sentence of each of about's words when about is
// the whole message (words), nil otherwise (the clauses beside a mask).
func (d *Detector) sentencesOf(text string, words, about []token) []int {
	if len(about) != len(words) {
		return nil
	}
	return d.pieces(text, sentenceEnd, words)
}

// never turns a bar of 0 (off) into one no probability reaches.
func never(bar float64) float64 {
	if bar <= 0 {
		return 2
	}
	return bar
}

// writerAlone reports whether the writer is the one a classifier's crisis
// is about although a relative is named: the writer is a sentence's
// subject ("I've given my guitar to my cousin", "I have my dad's
// revolver"), and no one else is: no he, she, his, wo or himself, no one
// quoted ("my son messaged 'I'm done'"), no relative who acts ("my wife
// might do something tonight", "papa ne", "mera bhai khana nahi kha
// raha"), no writer who names themselves a relative ("I am his mother")
// or worries about one ("so scared for my daughter"); the writer finding
// or seeing something tells of someone else ("i found the wrappers").
// Review r21 rev3: without the relative who acts, 62 relatives got the
// writer's reply.
func (d *Detector) writerAlone(ws []token, sent []int) bool {
	if d.any(d.third, ws) || d.any(d.reflexive, ws) {
		return false
	}
	self := false
	for j, t := range ws {
		if quoting[t.w] && !d.writerSays(ws, j) || posted[t.w] || otherPerson[t.w] || worrying[t.w] || agent(ws, j) && !d.self.matches(&ws[j]) {
			return false
		}
		if d.named.matches(&ws[j]) && d.relativeActs(ws, sent, j) {
			return false
		}
		if !d.self.matches(&ws[j]) {
			continue
		}
		next := ""
		if j+1 < len(ws) {
			next = ws[j+1].w
		}
		switch {
		case finding[next] || next == "can" || next == "just":
		case next == "am" && d.any(d.named, ws[j+2:min(j+5, len(ws))]):
			return false // "I am his mother"
		case t.w == "main" || t.w == "mai" || t.w == "मैं" || t.w == "मै":
			// Hinglish "main" is also "in" ("bhai kamre main band hai"):
			// the writer only with a verb of theirs after it ("main ja
			// rahi hu"), not the worried "main kya karu".
			self = self || d.ownVerbAfter(ws, j)
		default:
			self = true
		}
	}
	return self
}

// relativeActs reports whether the relative at ws[j] is a sentence's
// subject: a verb or "ne" follows it ("my wife might", "papa ne"), or
// "mera" comes before it and no postposition after ("mera bhai khana nahi
// kha raha"; not "meri maa ki goliyan", "bhai ko de diya"). sent, when
// not nil, gives ws's sentences: a verb of the next sentence is not the
// relative's ("my books to my neighbour. Won't be needing them").
func (d *Detector) relativeActs(ws []token, sent []int, j int) bool {
	next := ""
	if j+1 < len(ws) && (sent == nil || sent[j+1] == sent[j]) {
		next = ws[j+1].w
	}
	if relativeVerbs[next] {
		return true
	}
	if j > 1 && (ws[j-1].w == "my" || ws[j-1].w == "our" || hindiMy[ws[j-1].w]) && forSomeone[ws[j-2].w] {
		return true // "stop my son", "keep my daughter safe", "found my wife sitting"
	}
	return j > 0 && hindiMy[ws[j-1].w] && !postpositions[next]
}

// ownVerbAfter reports whether a first-person verb follows the Hinglish
// "main" at ws[j] within four words, other than a question's ("kya karu").
func (d *Detector) ownVerbAfter(ws []token, j int) bool {
	for k := j + 1; k < len(ws) && k <= j+4; k++ {
		if d.firstPerson.matches(&ws[k]) && ws[k-1].w != "kya" && ws[k-1].w != "क्या" {
			return true
		}
	}
	return false
}

var (
	// otherPerson: someone else's pronouns the classes third and
	// reflexive leave out, for writerAlone only ("they", "their" stay out:
	// "my kids will be fine with their father").
	otherPerson = wordSet(`his hes shes uska uski uske unka unki unke use unhe wo woh vo voh उसका उसकी उसके उनका उनकी उनके वो वह`)
	// worrying: the writer afraid for someone ("so scared for my daughter").
	worrying = wordSet(`worried worry worrying scared afraid frightened terrified concerned overthinking overreacting paranoid pareshan fikar fikr chinta darr dar परेशान चिंता डर`)
	// relativeVerbs: what may follow a relative who is a sentence's subject.
	relativeVerbs = wordSet(`is was has had have might may will would could should keeps kept took takes tried tries drank drinks bought stands stood sits sat
cuts wants wanted went goes ran jumped climbed locked left refuses refused stopped does did says said told seems seemed looks looked talks talked`)
	// forSomeone: what the writer does for a relative at risk, before "my".
	forSomeone = wordSet(`found saw stop stopped keep save saved help protect want wanted bachao bachau bachana rokun roka rokna`)
	// posted: words shared as a status, not the writer's own.
	posted = wordSet(`status story caption bio diary स्टेटस`)
	// hindiOf: the Hindi possessive after a noun ("maa ki goliyan").
	hindiOf       = wordSet(`ki ka ke की का के`)
	hindiMy       = wordSet(`mera meri mere mra mri mre मेरा मेरी मेरे`)
	postpositions = wordSet(`ko ki ka ke se liye pe par को की का के से लिए पर पे`)
)

// writersLastClause reports whether the message's last clause is the
// writer's own crisis, whoever the clauses before it name: "mom is at
// work, dad's out of town. tonight i end it", "mummy ne phone chheen liya,
// ab main kuch kar lungi khud ko". The clause must read as a crisis alone
// to both classifiers, so a relative's "I don't know what to do" or "I
// don't think so" after a story of someone else stays the relative's.
func (d *Detector) writersLastClause(text string, words, about []token) bool {
	if len(about) != len(words) {
		return false // the clauses beside a mask: read whole
	}
	if strings.HasSuffix(strings.TrimSpace(text), "?") {
		return false // a relative's "Is this what I think it is?"
	}
	ids := d.clauseIDs(text, words)
	if ids == nil {
		return false
	}
	from := len(about)
	for from > 0 && ids[from-1] == ids[len(about)-1] {
		from--
	}
	last := nonEmpty(about[from:])
	if len(last) < modelMinWords || !d.writerAlone(last, nil) {
		return false
	}
	fs := features(joinWords(last))
	return d.model.probOf(fs) >= d.threshold && (d.learned == nil || d.learned.probOf(fs) >= d.learnedBar)
}

// quoteReach is how many words before a first-person word a word of
// speech may stand and still quote it, in the same clause: Hinglish puts
// the whole clause between ("wife boli ki agar aaj phir jhagda hua toh
// main pankhe se latak jaungi"); past a comma, five.
const quoteReach = 10

// agent reports whether words[j] is marked as the doer by a Hindi "ne"
// after it: "Pooja ne goliyan kha li", "सुनील ने ज़हर खा लिया" (a name the
// relative class cannot know); "maine" is one word, the writer's.
func agent(words []token, j int) bool {
	return j+1 < len(words) && (words[j+1].w == "ne" || words[j+1].w == "ने")
}

// writerSays reports whether the word of speech at ws[j] is the writer's
// own: "I told", "maine bol diya", "just wanted to say thanks".
func (d *Detector) writerSays(ws []token, j int) bool {
	for k := max(0, j-2); k < j; k++ {
		if d.self.matches(&ws[k]) || d.me.matches(&ws[k]) {
			return true
		}
	}
	return j > 0 && ws[j-1].w == "to"
}

// ownActs are the acts of harm a writer tells first of themselves ("i
// drank", "maine kha li"): whose crisis it is, whoever owned the means.
var ownActs = map[string]bool{
	"drank": true, "swallowed": true, "took": true, "ate": true, "overdosed": true, "consumed": true, "injected": true,
	"piya": true, "pee": true, "pi": true, "kha": true, "khaa": true, "खा": true, "पी": true, "पिया": true, "निगल": true, "nigal": true,
}

// opensWithOwnAct reports whether text opens with the writer and an act of
// harm of theirs ("i drank my fathers pesticide an hour ago", "maine papa
// ki neend ki goliyan kha li").
func (d *Detector) opensWithOwnAct(text string) bool {
	words := d.tokens(text)
	if len(words) < 2 || !d.self.matches(&words[0]) {
		return false
	}
	if ownActs[words[1].w] {
		return true
	}
	// the Hindi verb comes last in its clause: "maine papa ki goliyan kha li"
	for _, w := range words[2:min(len(words), 8)] {
		if ownActs[w.w] {
			return words[0].w == "maine" || words[0].w == "मैंने"
		}
	}
	return false
}
