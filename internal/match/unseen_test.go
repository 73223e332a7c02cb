package match_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/mindbraintms/clinicbot/internal/cache/cachetest"
	"github.com/mindbraintms/clinicbot/internal/clinicbot"
	"github.com/mindbraintms/clinicbot/internal/dialog"
	"github.com/mindbraintms/clinicbot/internal/knowledge"
	"github.com/mindbraintms/clinicbot/internal/match"
)

// The knowledge in testdata/otherdomain (a public library's FAQ: 40
// entries with two or three phrasings each, as an admin would write them)
// was never used to tune the matcher; its 331 cases are people's own
// wording. These floors guard generalisation, not the shipped content.
func otherDomain(t *testing.T) (*match.Index, *knowledge.EvalSet, []*clinicbot.Entry) {
	t.Helper()
	kb, problems := knowledge.Load(os.DirFS("testdata/otherdomain"), "otherdomain")
	if len(problems) > 0 {
		t.Fatalf("testdata/otherdomain: %v", problems)
	}
	ix, err := match.New(kb.Entries, kb.Synonyms)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	set, problems := knowledge.LoadEval(os.DirFS("testdata"), "otherdomain-cases.yaml", "otherdomain-cases.yaml")
	if len(problems) > 0 {
		t.Fatal(problems)
	}
	return ix, set, kb.Entries
}

// asServed is how a folder's questions fare through the bot's own answer
// decision: right entry first, right and answered, unrelated declined,
// and answers at the confident level.
type asServed struct {
	top1, served, questions, offTopic, declined, confident, confidentRight int
}

func measure(t *testing.T, ix *match.Index, set *knowledge.EvalSet, entries []*clinicbot.Entry) asServed {
	t.Helper()
	few := map[string]bool{} // entries with few phrasings (dialog.AnswerFew)
	for _, e := range entries {
		few[e.ID] = len(e.Phrasings) <= dialog.FewPhrasings
	}
	answers := func(hits []clinicbot.Hit) bool { // the bot's own decision
		return len(hits) > 0 && dialog.DefaultThresholds().AnswersAmong(hits, few[hits[0].EntryID])
	}
	var m asServed
	for _, c := range set.Cases {
		hits, err := ix.Search(context.Background(), c.Text, 3)
		if err != nil {
			t.Fatal(err)
		}
		if len(hits) > 0 && answers(hits) && hits[0].Confidence >= dialog.ConfidentAt {
			m.confident++
			if hits[0].EntryID == c.Entry {
				m.confidentRight++
			}
		}
		if c.Expect != "answer" {
			m.offTopic++
			if len(hits) == 0 || !answers(hits) {
				m.declined++
			}
			continue
		}
		m.questions++
		if len(hits) > 0 && hits[0].EntryID == c.Entry {
			m.top1++
			if answers(hits) {
				m.served++
			}
		}
	}
	return m
}

func pct(a, b int) float64 { return 100 * float64(a) / float64(b) }

func TestKnowledgeNobodyTunedFor(t *testing.T) {
	ix, set, entries := otherDomain(t)
	m := measure(t, ix, set, entries)
	top1, served, questions, offTopic, declined, confident, confidentRight := m.top1, m.served, m.questions, m.offTopic, m.declined, m.confident, m.confidentRight
	t.Logf("unseen domain: right entry first %.1f%%, right as served %.1f%%, unrelated declined %d/%d; confident %d, right %d",
		pct(top1, questions), pct(served, questions), declined, offTopic, confident, confidentRight)
	// The confidence was calibrated on this folder's own phrasings when it
	// loaded: answers it calls confident must be right 95% of the time on
	// people's own wording too.
	if confident < 5 || pct(confidentRight, confident) < 95 {
		t.Errorf("confident answers: %d, %d right; want 5 or more, 95%% right", confident, confidentRight)
	}
	// (Unrelated declined 19/20 before an entry of few phrasings that
	// leads far was answered below the usual coverage, AnswerFew: as
	// served 72.0 -> 74.9%, declined 17/20.)
	if pct(top1, questions) < 78 || pct(served, questions) < 71 || pct(declined, offTopic) < 85 {
		t.Errorf("generalisation fell: right first %.1f%% (floor 78), as served %.1f%% (floor 71), unrelated declined %.0f%% (floor 85)",
			pct(top1, questions), pct(served, questions), pct(declined, offTopic))
	}
}

// An admin may write one question per entry and say the rest in the
// answer. The same folder with every other phrasing and tag dropped must
// still find people's own wording there: the answer's words speak for an
// entry the more, the fewer phrasings it has.
func TestOneQuestionPerEntry(t *testing.T) {
	kb, problems := knowledge.Load(os.DirFS("testdata/otherdomain"), "otherdomain")
	if len(problems) > 0 {
		t.Fatal(problems)
	}
	var entries []*clinicbot.Entry
	for _, e := range kb.Entries {
		if e.Kind != clinicbot.KindAnswer {
			continue
		}
		one := *e
		one.Phrasings, one.Tags = nil, nil
		entries = append(entries, &one)
	}
	ix, err := match.New(entries, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	_, set, _ := otherDomain(t)
	m := measure(t, ix, set, entries)
	t.Logf("one question per entry: right entry first %.1f%%, right as served %.1f%%", pct(m.top1, m.questions), pct(m.served, m.questions))
	// Before answers counted more for such entries: 61.7% and 48.2%.
	if pct(m.top1, m.questions) < 66 || pct(m.served, m.questions) < 58 {
		t.Errorf("one question per entry: right first %.1f%% (floor 66), as served %.1f%% (floor 58)", pct(m.top1, m.questions), pct(m.served, m.questions))
	}
}

// Folders nobody tuned for, written one question per entry from the
// start by one author, with customers' own wording by another: a transit
// agency's FAQ (fourth round), a broadband provider's (fifth round), a
// web mail and documents help desk's (sixth round), a university's
// student services (seventh round), a health insurer's help desk
// (eighth round), a city's civic help desk (ninth round), a second internet
// provider and an airline (tenth round), a food-delivery app and an
// electricity company (eleventh round).
func TestFAQsWrittenOneQuestionPerEntry(t *testing.T) {
	tests := []struct {
		folder string
		// floors: right entry first, right as served, unrelated declined (%)
		// (twenty-ninth round: a lone question that leads its runner-up by
		// far is answered below the usual coverage, AnswerFew: as served
		// +1.2 to +5.3 in every folder, and 17 of 360 unanswerable
		// questions more answered, most of them near a topic, "are there
		// hair dryers in the changing rooms"; three floors of unrelated
		// declined went down by 5 to 15)
		top1, served, declined float64
	}{
		// At its first measure: 69.6% and 47.9%, unrelated declined 18/20.
		{"transit", 75, 63, 75},
		// At its first measure: 67.1% and 57.5%, unrelated declined 18/20.
		{"broadband", 65, 55, 80},
		// A help desk with close neighbours (sixth round). At its first
		// measure: 56.0% and 45.7%, unrelated declined 17/20.
		{"webapps", 54, 43, 80},
		// A university's student services, close neighbours again (seventh
		// round). At its first measure: 68.0% and 60.7%, unrelated declined
		// 18/20.
		{"university", 66, 58, 80},
		// A health insurer's help desk in India, close neighbours again
		// (eighth round), held out until measured once on the round's
		// start main: 73.8% and 59.4%, unrelated declined 20/20.
		{"insurance", 71, 57, 80},
		// A city's civic help desk (ninth round), held out until measured
		// once on the round's start main: 71.6% and 61.6%, unrelated
		// declined 14/20.
		{"civic", 69, 59, 65},
		// A second internet provider, by another writer, and a domestic
		// airline (tenth round), held out until measured once on the
		// round's start main: 70.7% and 53.0%, unrelated declined 18/20;
		// 69.7% and 56.7%, 18/20.
		{"broadband2", 68, 50, 70},
		{"airline", 67, 54, 80},
		// A food-delivery app and an electricity company (eleventh round),
		// held out until measured once on the round's start main: 57.0%
		// and 44.0%, unrelated declined 14/20; 71.0% and 57.7%, 18/20.
		{"fooddelivery", 55, 42, 65},
		{"power", 69, 55, 80},
		// A car-rental company (twelfth round), held out until measured
		// once on the round's start main: 56.0% and 41.3%, unrelated
		// declined 16/20.
		{"carrental", 54, 39, 75},
		// A bank's retail help desk (thirteenth round), held out until
		// measured once on the round's start main: 73.3% and 63.0%,
		// unrelated declined 14/20.
		{"banking", 71, 61, 65},
		// A diagnostic lab chain and an online shop (fourteenth round), each
		// folder and its cases by other writers, held out until measured
		// once on the round's start main: 68.7% and 58.3%, unrelated
		// declined 19/20; 61.7% and 52.7%, 19/20.
		{"lab", 66, 56, 85}, // (85 since the thirty-first round: "ghar pe physiotherapy ki service hai kya?" reads "ghar" as home)
		{"shop", 59, 50, 90},
		// A leisure centre (eighteenth round), the folder and its members'
		// messages by two other writers, held out until measured once on
		// the round's start main: 70.4% and 59.3%, unrelated declined 15/20.
		{"gym", 68, 57, 55},
		// A courier company (twenty-seventh round), the folder and its
		// customers' messages by two other writers, held out until measured
		// once on the round's start main: 67.7% and 49.0%, unrelated
		// declined 16/20.
		{"courier", 65, 46, 75},
		// A hotel chain (twenty-eighth round), the folder and its guests'
		// messages by two other writers, held out until measured once on
		// the round's start main: 64.7% and 45.0%, unrelated declined
		// 17/20.
		{"hotel", 62, 43, 80},
		// An online learning platform (twenty-ninth round), the folder and
		// its students' and parents' messages by two other writers, held
		// out until measured once on the round's start main: 60.3% and
		// 38.7%, unrelated declined 17/20.
		{"edtech", 58, 36, 80},
		// A cinema chain (twenty-ninth round) written as admins write in
		// a hurry, a question and two or three phrasings per entry, and
		// its moviegoers' messages by two other writers, held out until
		// measured once on the round's start main: 70.7% and 51.1%,
		// unrelated declined 18/20; on the round's binary of that moment
		// (the far lead of few phrasings answered) 70.7% and 58.1%, 17/20.
		{"cinema", 68, 55, 80},
		// A mobile network operator (twenty-ninth round), one question per
		// entry, its subscribers' messages by another writer, held out
		// until measured once on the round's start main: 69.7% and 54.3%,
		// unrelated declined 13/20; on the round's binary of that moment
		// 69.7% and 57.0%, 13/20.
		{"telecom", 67, 54, 60},
		// An online pharmacy (thirtieth round), one question per entry, and
		// a veterinary chain written as a busy admin writes, a question
		// and two or three phrasings per entry; each folder and its
		// customers' messages by two other writers, held out until measured
		// once on the round's start main: 66.7% and 56.7%, unrelated
		// declined 17/20; 73.7% and 61.5%, 20/20.
		{"pharmacy", 64, 54, 80},
		{"petclinic", 71, 58, 90},
		// A dental clinic and a housing society's office (thirty-first
		// round), each folder and its messages by two other writers, held
		// out until measured once on the round's start main: 71.9% and
		// 52.6%, unrelated declined 18/20; 80.7% and 60.5%, 18/20.
		{"dental", 69, 50, 85},
		{"society", 78, 58, 85},
		// A cooking-gas distributor written as a busy admin writes (two or
		// three keyword phrasings per entry) and a stock broker's app
		// written one question per entry (thirty-second round), each
		// folder and its customers' messages by two other writers, held
		// out until measured once on the round's start main: 74.6% and
		// 60.9%, unrelated declined 16/20; 75.3% and 58.0%, 17/20.
		{"lpg", 72, 58, 70},
		{"broker", 73, 55, 80},
		// A driving school written as a busy admin writes (a question and
		// two or three phrasings per entry) and a coworking space written
		// one question per entry with many close neighbours (thirty-third
		// round), each folder and its customers' messages by two other
		// writers, held out until measured once on the round's start main:
		// 76.7% and 66.7%, unrelated declined 16/20; 54.3% and 45.7%, 17/20.
		{"school", 74, 64, 75},
		{"cowork", 53, 44, 80},
		// A car service workshop written as a busy admin writes (a
		// question and two or three keyword phrasings per entry) and a
		// students' paying-guest hostel chain written one question per
		// entry (thirty-fourth round), each folder and its customers'
		// messages by two other writers, held out until measured once on
		// the round's start main: 79.2% and 72.2%, unrelated declined
		// 18/20; 69.5% and 57.4%, 17/20.
		{"garage", 77, 70, 80},
		{"pg", 67, 55, 80},
		// A banquet hall and caterer written one question per entry and
		// an optician chain written as a busy admin writes (two keyword
		// phrasings per entry; thirty-fifth round), each folder and its
		// customers' messages by two other writers, held out until
		// measured once on the round's start main: 70.1% and 54.2%,
		// unrelated declined 18/20; 67.4% and 53.9%, 16/20.
		{"banquet", 68, 52, 85},
		{"optician", 65, 51, 75},
		// A pest control and deep-cleaning service written as a busy admin
		// writes (two or three keyword phrasings per entry) and a passport
		// and visa agency written one question per entry (thirty-sixth
		// round), each folder and its customers' messages by two other
		// writers, held out until measured once on the round's start main:
		// 80.7% and 64.3%, unrelated declined 16/20; 75.7% and 66.0%, 15/20.
		{"pest", 78, 62, 75},
		{"visa", 73, 64, 70},
		// A packers and movers company (keyword phrasings) and a rooftop
		// solar installer (one question per entry), thirty-seventh round,
		// the same way: first measured on the round's start main: 79.2% and
		// 59.0%, unrelated declined 15/20; 69.4% and 56.2%, 17/20.
		{"movers", 77, 57, 70},
		{"solar", 67, 54, 80},
		// A driving school (keyword phrasings) and a wedding photography
		// studio (one question per entry), written late in the round and
		// measured once on the round's start and on its main of the moment
		// (the same: 79.4% and 68.1%, 17/20; 74.3% and 61.1%, 16/20).
		{"driving", 77, 66, 80},
		{"photo", 72, 59, 75},
		// A laundry (keyword phrasings) and a water purifier company (one
		// question per entry), thirty-eighth round, each folder and its
		// customers' messages by two other writers, first measured on the
		// round's start main: 69.4% and 51.4%, unrelated declined 16/20;
		// 82.9% and 66.4%, 13/20.
		{"laundry", 67, 49, 75},
		{"waterpurifier", 80, 64, 60},
		// An electric two-wheeler showroom (keyword phrasings) and a
		// matrimony service (one question per entry), the same way:
		// 74.3% and 59.0%, 18/20; 67.1% and 52.1%, 12/20.
		{"evdealer", 72, 57, 85},
		{"matrimony", 65, 50, 55},
		// A tailoring shop (keyword phrasings) and a pet boarding centre
		// (one question per entry), the same way: 71.8% and 48.6%,
		// unrelated declined 19/20; 56.2% and 45.1%, 17/20.
		{"tailor", 69, 46, 90},
		{"pethostel", 54, 43, 80},
		// A home bakery (keyword phrasings) and a coaching centre (one
		// question per entry), the same way: 80.0% and 57.9%, 18/20;
		// 59.6% and 44.7%, 14/20.
		{"bakery", 78, 55, 85},
		{"tuition", 57, 42, 65},
		// A piped gas company's help desk (keyword phrasings) and a home
		// loan company (one question per entry), the same way: 75.0% and
		// 59.0%, 17/20; 76.4% and 63.2%, 12/20.
		{"gasagency", 73, 57, 80},
		{"homeloan", 74, 61, 55},
		// A phone and laptop repair chain (keyword phrasings) and an
		// income tax filing service (one question per entry), thirty-ninth
		// round, the same way: 69.4% and 52.1%, 19/20; 68.8% and 53.5%,
		// 14/20.
		{"repair", 67, 50, 80},
		{"taxfiling", 66, 51, 65},
		// A hospital's patient help desk (one question per entry) and an
		// intercity bus ticket app (keyword phrasings), the same way,
		// written late in the round: 73.6% and 56.4%, 16/20; 76.6% and
		// 68.8%, 15/20 on the start and on the round's main of the moment.
		{"hospital", 71, 54, 75},
		{"ticketing", 74, 66, 70},
		// A city's property tax help desk (one question per entry) and a
		// yoga studio (keyword phrasings), written after the answer model
		// (dialog/answerprob.go) was fitted and measured once on the
		// round's start and on its main: 68.8% and 56.2%, 15/20 -> 68.8%
		// and 58.3%, 16/20; 72.2% and 59.7%, 17/20 -> 72.2% and 61.8%,
		// 17/20 (both kept out of the model's fit).
		{"proptax", 66, 56, 70},
		{"yoga", 70, 59, 80},
		// A school's admissions office (one question per entry) and a
		// ropeway and adventure park (keyword phrasings), written at the
		// round's end, after the answer model, kept out of its fit and
		// measured once on the start and on main: 67.4% and 59.7%, 15/20
		// -> 67.4% and 61.1%, 16/20; 77.1% and 60.4%, 17/20 -> 77.1% and
		// 63.2%, 17/20.
		{"schooladm", 65, 58, 70},
		{"cablecar", 75, 60, 80},
		// A temple trust's pilgrim desk (one question per entry) and a
		// sports academy (keyword phrasings), written at the start of the
		// fortieth round, measured once on its start: 77.8% and 63.9%,
		// 20/20; 78.5% and 70.1%, 17/20; with "time" leading to the
		// timings (keptLeads) 78.5% and 64.6%; 80.6% and 72.2%.
		{"temple", 76, 62, 90},
		{"sportsacad", 78, 70, 80},
		// A city water board's help desk (one question per entry) and a
		// wedding caterer (keyword phrasings), written in the fortieth
		// round after "time" led to the timings, the same on its start
		// and on its main: 74.3% and 65.3%, 14/20; 82.3% and 73.0%, 17/20.
		{"waterboard", 72, 63, 65},
		{"caterer", 80, 71, 80},
		// A blood bank (one question per entry) and a public library
		// (keyword phrasings), written late in the fortieth round,
		// measured once on its start and on its main: 70.1% and 56.9%,
		// 17/20 both; 63.9% and 47.9% -> 64.6% and 48.6%, 19/20.
		{"bloodbank", 68, 55, 80},
		{"library", 62, 46, 90},
		// A farmers' agri-input store (one question per entry) and a gold
		// loan branch (keyword phrasings), written at the end of the
		// fortieth round, the same on its start and its main: 75.2% and
		// 58.2%, 17/20; 76.4% and 68.1%, 14/20.
		{"krishi", 73, 56, 80},
		{"goldloan", 74, 66, 65},
		// A printing and photocopy shop and a chain of hearing-aid
		// centres (one question per entry), written at the start of the
		// forty-first round and measured once on its start main: 76.4%
		// and 65.0%, 18/20; 68.8% and 56.9%, 16/20.
		{"printshop", 74, 63, 85},
		{"hearing", 66, 55, 75},
		// An Ayurveda and Panchakarma centre (one question per entry) and a
		// travel agency (keyword phrasings), written in the forty-first
		// round, measured once on its start main: 72.9% and 52.8%, 16/20;
		// 78.0% and 66.7%, 17/20.
		{"ayurveda", 70, 50, 75},
		{"tours", 75, 64, 80},
		// A home nursing and elder care agency (one question per entry)
		// and a furniture rental company (keyword phrasings), written late
		// in the forty-first round, measured once on its start and on its
		// main: 69.5% and 58.9%, 18/20; 69.0% and 56.6%, 14/20, both.
		{"eldercare", 67, 56, 85},
		{"rentals", 66, 54, 65},
		// A motor insurance seller (keyword phrasings) and a ration card
		// helpdesk (one question per entry), written at the end of the
		// forty-first round, the same on its start and its main: 71.6% and
		// 64.5%, 18/20; 70.8% and 59.7%, 16/20.
		{"motorins", 69, 62, 85},
		{"ration", 68, 57, 75},
		// A mutual fund's investor desk and a chain of day-care centres,
		// written in the forty-second round, each by two helpers (the
		// customers' writer saw only ids and questions), the same on its
		// start and its main: 60.9% and 51.3%, unrelated declined 18/20;
		// 55.8% and 38.5%, 16/20 (customers' words the admin never used:
		// "camera recording" for CCTV, "staff per child", "chuttiyan").
		{"mutualfund", 58, 48, 85},
		{"daycare", 53, 36, 75},
		// A jewellery chain's desk and a city zoo's (forty-second round,
		// written while the round worked, measured once before any
		// change of the matcher): 57.7% and 40.4%, 18/20; 67.9% and
		// 49.4%, 18/20.
		{"jeweller", 55, 38, 85},
		{"zoo", 65, 47, 85},
		// A funeral services company and a chain of beauty salons (forty-
		// third round, two helpers each, measured before any change of
		// the matcher): 62.8% and 46.2%, 17/20; 66.7% and 51.0%, 17/20.
		{"funeral", 60, 43, 80},
		{"salon", 64, 48, 80},
	}
	// (Thirty-ninth round: the answer model for entries of few phrasings,
	// dialog/answerprob.go, answered 99 more of these folders' questions
	// rightly, 107 fewer wrongly and 3 fewer unrelated ones, one or two
	// more of those in broadband2, lpg, garage and repair: their floors for
	// unrelated declined went 80 -> 70, 75 -> 70, 85 -> 80 and 90 -> 80%.)
	var confident, confidentRight int
	for _, tt := range tests {
		t.Run(tt.folder, func(t *testing.T) {
			ix, entries := faqFolder(t, tt.folder)
			name := tt.folder + "-cases.yaml"
			set, problems := knowledge.LoadEval(os.DirFS("testdata"), name, name)
			if len(problems) > 0 {
				t.Fatal(problems)
			}
			m := measure(t, ix, set, entries)
			if m.questions == 0 || m.offTopic == 0 {
				t.Fatalf("%s: %d questions, %d unrelated: a floor of nothing cannot fail", tt.folder, m.questions, m.offTopic)
			}
			confident, confidentRight = confident+m.confident, confidentRight+m.confidentRight
			t.Logf("%s FAQ: right entry first %.1f%%, right as served %.1f%%, unrelated declined %d/%d; confident %d, right %d",
				tt.folder, pct(m.top1, m.questions), pct(m.served, m.questions), m.declined, m.offTopic, m.confident, m.confidentRight)
			if pct(m.top1, m.questions) < tt.top1 || pct(m.served, m.questions) < tt.served || pct(m.declined, m.offTopic) < tt.declined {
				t.Errorf("%s FAQ: right first %.1f%% (floor %.0f), as served %.1f%% (floor %.0f), unrelated declined %d/%d (floor %.0f%%)",
					tt.folder, pct(m.top1, m.questions), tt.top1, pct(m.served, m.questions), tt.served, m.declined, m.offTopic, tt.declined)
			}
		})
	}
	// With one question per entry the confidence is calibrated on each
	// question asked with only its entry's answer left: answers it calls
	// confident (0.95) must be right 95 times in 100 or more on wording
	// nobody fitted it to (with confidence the coverage, as before the
	// ninth round: 271 of 318 on the first five folders, 85%; before the
	// twenty-ninth round's calibrationPrior 189 of 201, 94.0%), and there
	// must be some.
	if confident < 50 || float64(confidentRight) < 0.95*float64(confident) {
		t.Errorf("confident answers right %d of %d, want 50 or more, 95%% right", confidentRight, confident)
	}
	t.Logf("one question per entry, all folders: confident %d, right %d", confident, confidentRight)
}

func TestSelfCheckLeavesEachPhrasingOut(t *testing.T) {
	ix, _, _ := otherDomain(t)
	sc, err := ix.SelfCheck(context.Background(), 0.4, 0.95)
	if err != nil {
		t.Fatal(err)
	}
	// Every entry there has 3-4 phrasings (question, phrasings, tags): all
	// are asked. Asked with itself in the index, a phrasing would always
	// find its own entry; left out, some must miss.
	if sc.Probes < 100 || sc.Top1 == sc.Probes || float64(sc.Top1) < 0.7*float64(sc.Probes) {
		t.Errorf("self-check = %+v: want 100+ probes, right first in 70%%+ and not all", sc)
	}
}

// The rewording probe, on knowledge nobody tuned for: every phrasing that
// finds its own entry must still find it when wrapped the way people wrap
// a question (a greeting, how they address the staff, a sentence about
// themselves, Hinglish filler). The wrapping must never decide.
func TestWrappingNeverDecides(t *testing.T) {
	kb, problems := knowledge.Load(os.DirFS("testdata/otherdomain"), "otherdomain")
	if len(problems) > 0 {
		t.Fatal(problems)
	}
	ix, err := match.New(kb.Entries, kb.Synonyms)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	wraps := []struct{ name, before, after string }{
		{"greeting", "hi, ", ""},
		{"addressing", "sir, ", ""},
		{"for members", "", " for members"},
		{"in your library", "", " in your library"},
		{"context", "I have been coming here for five years. ", ""},
		{"hinglish", "", " batao"},
	}
	for _, w := range wraps {
		kept, asked := 0, 0
		for _, e := range kb.Entries {
			if e.Kind != "answer" {
				continue
			}
			for _, q := range e.Questions() {
				if hits, _ := ix.Search(context.Background(), q, 1); len(hits) == 0 || hits[0].EntryID != e.ID {
					continue // not found verbatim: nothing to keep
				}
				asked++
				text := w.before + strings.TrimRight(q, "?") + w.after + "?"
				if hits, _ := ix.Search(context.Background(), text, 1); len(hits) > 0 && hits[0].EntryID == e.ID {
					kept++
				}
			}
		}
		t.Logf("%s: %d/%d", w.name, kept, asked)
		if asked == 0 || float64(kept) < 0.97*float64(asked) {
			t.Errorf("%s: %d of %d phrasings kept their entry, want 97%%+", w.name, kept, asked)
		}
	}
}

// A question that only points back ("Where can I get that?") is about
// what the sentence before it names; one that names something itself
// ("Where is the hostel office?") is not taken over by the story.
func TestAQuestionThatPointsBackTakesItsTopicFromTheStory(t *testing.T) {
	ix, _ := faqFolder(t, "university")
	tests := []struct{ text, want string }{
		{"A background-check agency has to verify my degree for my new employer. How do they do that?", "degree-verification"},
		{"Our visa office wants a letter saying I'm enrolled full time. Where do I get one?", "visa-support-letter"},
		{"The plumbing in my hostel room has been leaking for a week. Who do I report it to?", "hostel-maintenance-request"},
		{"I had dengue and missed my chemistry exam last week. What happens then?", "missed-exam"},
	}
	for _, tt := range tests {
		hits, err := ix.Search(context.Background(), tt.text, 1)
		if err != nil || len(hits) == 0 || hits[0].EntryID != tt.want {
			t.Errorf("%q: got %v (%v), want %s", tt.text, hits, err, tt.want)
		}
	}
}

// faqFolder indexes testdata/folder, a folder of entries only: it has no
// safety rules (not what is measured).
func faqFolder(t *testing.T, folder string) (*match.Index, []*clinicbot.Entry) {
	t.Helper()
	faqFolders.Lock()
	defer faqFolders.Unlock()
	if f, ok := faqFolders.m[folder]; ok {
		return f.ix, f.entries
	}
	ix, entries := loadFolder(t, folder)
	faqFolders.m[folder] = indexedFolder{ix, entries}
	return ix, entries
}

// loadFolder indexes a FAQ folder anew.
func loadFolder(t *testing.T, folder string) (*match.Index, []*clinicbot.Entry) {
	t.Helper()
	kb, problems := knowledge.Load(os.DirFS("testdata/"+folder), folder)
	for _, p := range problems {
		if !strings.Contains(p.Error(), "safety.yaml") {
			t.Fatal(p)
		}
	}
	// each folder in a cache folder of its own: seventy folders in one
	// would push each other (and the shipped knowledge) out of it
	dir, program := cachetest.Folder()
	ix, err := match.New(kb.Entries, kb.Synonyms, match.WithCache(filepath.Join(dir, "faq", folder), program))
	if err != nil {
		t.Fatal(err)
	}
	return ix, kb.Entries
}

// faqFolders holds each FAQ folder's index once built: the folder tests and
// the answer model's test read the same seventy folders, and indexing them
// is most of those tests' time (an index is read-only; they stay open until
// the test binary exits).
var faqFolders = struct {
	sync.Mutex
	m map[string]indexedFolder
}{m: map[string]indexedFolder{}}

type indexedFolder struct {
	ix      *match.Index
	entries []*clinicbot.Entry
}

// The same folder loaded twice ranks every message the same: ties (the
// same coverage and similarity) are broken by the entries' ids, not by
// the order the index happened to write its batch in (they came out
// differently from one load to the next on the one-question folders).
func TestTheSameFolderRanksTheSame(t *testing.T) {
	a, _ := loadFolder(t, "carrental") // two loads, never the cached one twice
	b, _ := loadFolder(t, "carrental")
	t.Cleanup(func() { a.Close(); b.Close() })
	set, problems := knowledge.LoadEval(os.DirFS("testdata"), "carrental-cases.yaml", "carrental-cases.yaml")
	if len(problems) > 0 {
		t.Fatal(problems)
	}
	for _, c := range set.Cases {
		ha, err := a.Search(context.Background(), c.Text, 3)
		if err != nil {
			t.Fatal(err)
		}
		hb, _ := b.Search(context.Background(), c.Text, 3)
		if len(ha) != len(hb) {
			t.Fatalf("Search(%q): %d hits, then %d", c.Text, len(ha), len(hb))
		}
		for i := range ha {
			if ha[i].EntryID != hb[i].EntryID {
				t.Errorf("Search(%q)[%d] = %s, then %s", c.Text, i, ha[i].EntryID, hb[i].EntryID)
			}
		}
	}
}
