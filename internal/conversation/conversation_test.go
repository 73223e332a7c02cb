package conversation_test

import (
	"context"
	"io"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/mindbraintms/clinicbot/internal/assemble"
	"github.com/mindbraintms/clinicbot/internal/clinicbot"
	"github.com/mindbraintms/clinicbot/internal/conversation"
	"github.com/mindbraintms/clinicbot/internal/dialog"
	"github.com/mindbraintms/clinicbot/internal/store"
)

// The tests run the real engine over a small knowledge folder of their own
// (testdata/knowledge: its answers are markers such as HOURS-ANSWER) and
// the real store, and check what a patient would see and what staff get.

const clinicPhone = "+91-1234500000"

// world is one conversation service with its store and a clock.
type world struct {
	t     *testing.T
	conv  *conversation.Conversations
	db    *store.DB
	now   time.Time
	staff []clinicbot.Handoff // handoffs and thread messages, as notified
}

func newWorld(t *testing.T) *world {
	t.Helper()
	dk, _, problems, err := assemble.Folder(os.DirFS("testdata/knowledge"), "testdata/knowledge")
	if err != nil || len(problems) > 0 {
		t.Fatalf("test knowledge: %v %v", err, problems)
	}
	t.Cleanup(func() { dk.Matcher.(io.Closer).Close() })
	eng := dialog.New(dk, dialog.DefaultThresholds())
	db, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	w := &world{t: t, db: db, now: time.Date(2026, 11, 28, 10, 0, 0, 0, time.UTC)}
	w.conv = conversation.New(eng, db, conversation.Options{
		Now:    func() time.Time { return w.now },
		Notify: func(h clinicbot.Handoff) { w.staff = append(w.staff, h) },
	})
	return w
}

var web = clinicbot.Patient{Channel: "web", ID: "s1"}

// send hands the conversation one event from patient p (text, or a choice
// when it starts with a choice prefix) and returns what the patient gets.
func (w *world) send(ev clinicbot.Event) []clinicbot.Outbound {
	w.t.Helper()
	if ev.Patient == (clinicbot.Patient{}) {
		ev.Patient = web
	}
	out, err := w.conv.Handle(context.Background(), ev)
	if err != nil {
		w.t.Fatalf("Handle(%+v): %v", ev, err)
	}
	return out
}

func text(s string) clinicbot.Event   { return clinicbot.Event{Text: s} }
func choice(s string) clinicbot.Event { return clinicbot.Event{Choice: s} }

// step is one event and the texts the patient must get back: one message
// each, in order, containing the given text.
type step struct {
	ev   clinicbot.Event
	want []string
}

func (w *world) play(steps []step) []clinicbot.Outbound {
	w.t.Helper()
	var last []clinicbot.Outbound
	for i, s := range steps {
		last = w.send(s.ev)
		var got []string
		for _, o := range last {
			got = append(got, o.Text)
		}
		if len(got) != len(s.want) {
			w.t.Fatalf("step %d (%+v): got %d messages %q, want %d like %q", i, s.ev, len(got), got, len(s.want), s.want)
		}
		for j := range got {
			if !strings.Contains(got[j], s.want[j]) {
				w.t.Fatalf("step %d (%+v): message %d = %q, want it to contain %q", i, s.ev, j, got[j], s.want[j])
			}
		}
	}
	return last
}

// handoffs returns the stored handoffs of a kind.
func (w *world) handoffs(kind string) []clinicbot.Handoff {
	w.t.Helper()
	all, err := w.db.Handoffs()
	if err != nil {
		w.t.Fatal(err)
	}
	var out []clinicbot.Handoff
	for _, h := range all {
		if h.Kind == kind {
			out = append(out, h)
		}
	}
	return out
}

func TestBookingWithoutAShareButton(t *testing.T) {
	w := newWorld(t)
	w.play([]step{
		{text("/book"), []string{"BOOK-ANSWER " + clinicPhone, "May I pass your name"}},
		{text("yes"), []string{"What is your name?"}},
		{text("Asha Verma"), []string{"phone number"}},
		{text("tomorrow maybe"), []string{"doesn't look like a phone number"}},
		{text("+91 98100 00000"), []string{"good time"}},
		{text("tomorrow 11am"), []string{"passed your details"}},
	})
	hs := w.handoffs(clinicbot.HandoffAppointment)
	if len(hs) != 1 {
		t.Fatalf("appointments = %+v, want one", hs)
	}
	h := hs[0]
	if h.Channel != "web" || h.ChatID != "s1" || h.Name != "Asha Verma" || h.Phone != "+91 98100 00000" || h.PreferredTime != "tomorrow 11am" {
		t.Errorf("handoff = %+v", h)
	}
	if len(w.staff) != 1 || w.staff[0].ID != h.ID {
		t.Errorf("staff were notified of %+v, want the handoff", w.staff)
	}
}

func TestBookingWithTheShareButton(t *testing.T) {
	w := newWorld(t)
	tg := clinicbot.Patient{Channel: "telegram", ID: "7"}
	ev := func(e clinicbot.Event) clinicbot.Event { e.Patient, e.ShareButton, e.Name = tg, true, "Asha"; return e }
	out := w.play([]step{
		{ev(text("i want an appointment")), []string{"BOOK-ANSWER", "May I pass"}},
		{ev(choice("c:yes")), []string{"Tap the button"}},
	})
	if out[0].Input != clinicbot.InputPhone || len(out[0].Choices) != 2 || out[0].Choices[0].Data != clinicbot.ChoiceShare {
		t.Errorf("ask for the phone = %+v, want the share button and Cancel", out[0])
	}
	w.play([]step{
		{ev(clinicbot.Event{Contact: &clinicbot.Contact{Phone: "+910000000001", Foreign: true}}), []string{"someone else's"}},
		{ev(clinicbot.Event{Contact: &clinicbot.Contact{Phone: "+919800000001", Name: "Asha V"}}), []string{"good time"}},
		{ev(text("weekday mornings")), []string{"passed your details"}},
	})
	hs := w.handoffs(clinicbot.HandoffAppointment)
	if len(hs) != 1 || hs[0].Phone != "+919800000001" || hs[0].Name != "Asha V" || hs[0].PreferredTime != "weekday mornings" {
		t.Errorf("handoffs = %+v", hs)
	}
}

func TestTheFlowLetsGo(t *testing.T) {
	tests := []struct {
		name  string
		steps []step
	}{
		{"a question at the name step is answered", []step{
			{text("/book"), []string{"BOOK", "May I"}},
			{text("yes"), []string{"name"}},
			{text("what time do you open?"), []string{"HOURS-ANSWER"}},
			{text("Asha"), []string{"Sorry, I don't have an answer"}}, // no longer taken as a name
		}},
		{"another question instead of consent", []step{
			{text("/book"), []string{"BOOK", "May I"}},
			{text("where can i park my car"), []string{"PARKING-ANSWER"}},
		}},
		{"no thanks", []step{
			{text("/book"), []string{"BOOK", "May I"}},
			{choice("c:no"), []string{"won't pass anything on"}},
			{choice("c:yes"), nil}, // a stale button does nothing
		}},
		{"cancel typed", []step{
			{text("/book"), []string{"BOOK", "May I"}},
			{text("yes"), []string{"name"}},
			{text("cancel"), []string{"Cancelled"}},
			{text("/cancel"), []string{"nothing to cancel"}},
		}},
		{"cancel button at the phone step", []step{
			{text("/book"), []string{"BOOK", "May I"}},
			{text("yes"), []string{"name"}},
			{text("Asha"), []string{"phone"}},
			{choice("x:"), []string{"Cancelled"}},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := newWorld(t)
			w.play(tt.steps)
			if hs := w.handoffs(clinicbot.HandoffAppointment); len(hs) != 0 {
				t.Errorf("a handoff was stored: %+v", hs)
			}
		})
	}
}

func TestAnAbandonedBookingExpires(t *testing.T) {
	w := newWorld(t)
	w.play([]step{
		{text("/book"), []string{"BOOK", "May I"}},
		{text("yes"), []string{"name"}},
	})
	w.now = w.now.Add(2 * time.Hour)
	w.play([]step{{text("where can i park my car"), []string{"PARKING-ANSWER"}}})
}

func TestCrisisComesFirstInEveryState(t *testing.T) {
	w := newWorld(t)
	w.play([]step{
		{text("/book"), []string{"BOOK", "May I"}},
		{text("yes"), []string{"name"}},
		{text("I want to die"), []string{"CRISIS-REPLY • Test line: 14416 " + clinicPhone}},
		{text("Asha"), []string{"Sorry"}}, // the booking was left
		{text("i want to kill myself"), []string{"CRISIS-REPLY"}},
	})
	alerts := w.handoffs(clinicbot.HandoffCrisis)
	if len(alerts) != 1 || alerts[0].Subject != clinicbot.SubjectSelf {
		t.Fatalf("crisis alerts = %+v, want one per episode", alerts)
	}
	var thread int
	for _, m := range w.handoffs(clinicbot.HandoffMessage) {
		if m.ParentID == alerts[0].ID && strings.Contains(m.Text, "kill myself") {
			thread++
		}
	}
	if thread != 1 {
		t.Errorf("the second crisis message is in the alert's thread %d times, want 1", thread)
	}
	// After the episode, a new alert.
	w.now = w.now.Add(31 * time.Minute)
	w.play([]step{{text("i want to die"), []string{"CRISIS-REPLY"}}})
	if n := len(w.handoffs(clinicbot.HandoffCrisis)); n != 2 {
		t.Errorf("crisis alerts after the episode = %d, want 2", n)
	}
}

func TestCrisisKinds(t *testing.T) {
	tests := []struct {
		text, reply, subject, level string
	}{
		{"my brother wants to die", "OTHER-REPLY", clinicbot.SubjectOther, clinicbot.LevelCrisis},
		{"i give up", "DISTRESS-REPLY", clinicbot.SubjectSelf, clinicbot.LevelDistress},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			w := newWorld(t)
			w.play([]step{{text(tt.text), []string{tt.reply}}})
			a := w.handoffs(clinicbot.HandoffCrisis)
			if len(a) != 1 || a[0].Subject != tt.subject || a[0].Level != tt.level {
				t.Errorf("alert = %+v, want subject %s, level %s", a, tt.subject, tt.level)
			}
		})
	}
}

func TestFloodLimitNeverSilencesACrisis(t *testing.T) {
	w := newWorld(t)
	for i := 0; i < 20; i++ {
		w.play([]step{{text("where can i park my car"), []string{"PARKING"}}})
	}
	w.play([]step{
		{text("where can i park my car"), []string{"faster than I can read"}},
		{text("where can i park my car"), nil}, // told once, then silence
		{text("i want to die"), []string{"CRISIS-REPLY"}},
		{choice("e:parking"), nil},
		{text("/forget"), []string{"deleted what I stored"}}, // erasure is never limited
	})
	// Another patient is not limited.
	w.play([]step{{clinicbot.Event{Patient: clinicbot.Patient{Channel: "web", ID: "s2"}, Text: "where can i park my car"}, []string{"PARKING"}}})
}

func TestFallbackOffersToAskTheTeam(t *testing.T) {
	w := newWorld(t)
	out := w.play([]step{{text("do you sell sandwiches"), []string{"Sorry, I don't have an answer"}}})
	last := out[0].Choices[len(out[0].Choices)-1]
	if last.Data != conversation.ChoiceAsk {
		t.Fatalf("choices = %+v, want Ask our team last", out[0].Choices)
	}
	w.play([]step{
		{choice(last.Data), []string{"Our team will be happy to help", "May I"}},
		{text("yes"), []string{"name"}},
		{text("Ravi"), []string{"phone"}},
		{text("9810000000"), []string{"good time"}},
		{text("any time"), []string{"passed your details"}},
	})
	if hs := w.handoffs(clinicbot.HandoffUnanswered); len(hs) != 1 || hs[0].Name != "Ravi" {
		t.Errorf("unanswered handoffs = %+v", hs)
	}
}

func TestAdviceAndGroupsGetNoStaffOffer(t *testing.T) {
	w := newWorld(t)
	out := w.play([]step{{text("can i stop my tablets"), []string{"ADVICE-REPLY " + clinicPhone}}})
	for _, c := range out[0].Choices {
		if c.Data == conversation.ChoiceAsk {
			t.Error("the advice refusal offers Ask our team")
		}
	}
	group := clinicbot.Event{Patient: clinicbot.Patient{Channel: "telegram", ID: "-100"}, Group: true}
	group.Text = "/book"
	w.play([]step{{group, []string{"BOOK-ANSWER " + clinicPhone + "\n\nFor your privacy"}}})
}

func TestHumanIsAPersonHandoff(t *testing.T) {
	w := newWorld(t)
	w.play([]step{
		{text("can i speak to someone"), []string{"PERSON-ANSWER", "May I"}},
		{text("yes"), []string{"name"}},
		{text("Asha"), []string{"phone"}},
		{text("98100 12345"), []string{"good time"}},
		{text("now"), []string{"passed"}},
	})
	if hs := w.handoffs(clinicbot.HandoffPerson); len(hs) != 1 {
		t.Errorf("person handoffs = %+v", hs)
	}
}

func TestStaffConversation(t *testing.T) {
	w := newWorld(t)
	w.play([]step{
		{text("/book"), []string{"BOOK", "May I"}},
		{text("yes"), []string{"name"}},
		{text("Asha"), []string{"phone"}},
		{text("9810000000"), []string{"time"}},
		{text("now"), []string{"passed"}},
	})
	h := w.handoffs(clinicbot.HandoffAppointment)[0]
	if err := w.db.SetRelay(web, h.ID); err != nil { // staff claimed it
		t.Fatal(err)
	}
	w.play([]step{{text("where can i park my car"), nil}}) // to staff, not answered by the bot
	var toStaff int
	for _, m := range w.handoffs(clinicbot.HandoffMessage) {
		if m.ParentID == h.ID && m.Text == "where can i park my car" {
			toStaff++
		}
	}
	if toStaff != 1 {
		t.Errorf("messages in the staff thread = %d, want 1", toStaff)
	}
	w.play([]step{
		{clinicbot.Event{NonText: "photo"}, []string{"only pass text"}},
		{text("/end"), []string{"I'm the clinic's assistant again"}},
		{text("where can i park my car"), []string{"PARKING-ANSWER"}},
	})
	if got, _ := w.db.Handoff(h.ID); !got.Closed || got.ClosedBy != "the patient" {
		t.Errorf("handoff after /end = %+v, want closed by the patient", got)
	}
}

func TestForgetErasesThePatient(t *testing.T) {
	w := newWorld(t)
	w.play([]step{
		{text("do you sell sandwiches"), []string{"Sorry"}}, // recorded for the report
		{text("i want to die"), []string{"CRISIS"}},
		{text("/forget"), []string{"deleted what I stored"}},
		{text("/forget"), []string{"nothing stored"}},
	})
	if hs, _ := w.db.Handoffs(); len(hs) != 0 {
		t.Errorf("handoffs left: %+v", hs)
	}
	if qs, _ := w.db.Questions(time.Time{}); len(qs) != 0 {
		t.Errorf("questions left: %+v", qs)
	}
	if st, _ := w.db.Chat(web.Key()); len(st.Recent) != 0 || st.Crisis != "" {
		t.Errorf("state left: %+v", st)
	}
}

func TestIndianPhone(t *testing.T) {
	tests := []struct {
		in string
		ok bool
	}{
		{"+91 98100 00000", true},
		{"9810000000", true},
		{"098100-00000", true},
		{"91 98100 00000", true},
		{"(011) 2345 6789", true},
		{"+1 415 555 0100", false},
		{"12345", false},
		{"98100 0000", false},
		{"0000000000", false},
		{"call me at 9810000000", false},
		{"", false},
	}
	for _, tt := range tests {
		if _, ok := conversation.IndianPhone(tt.in); ok != tt.ok {
			t.Errorf("IndianPhone(%q) = %v, want %v", tt.in, ok, tt.ok)
		}
	}
}

func TestRepliesFollowTheLanguage(t *testing.T) {
	w := newWorld(t)
	w.play([]step{
		// Devanagari is answered in Hindi, romanized text in the chat's language.
		{text("गाड़ी कहाँ खड़ी करें"), []string{"हिन्दी-पार्किंग-उत्तर"}},
		{text("where can i park my car"), []string{"PARKING-ANSWER"}},
		{text("मैं मरना चाहता"), []string{"हिन्दी-संकट-उत्तर • Test line: 14416 " + clinicPhone}},
		// A Hindi sentence that names things in English is Hindi; Hinglish
		// or English with a Devanagari word or two is not.
		{text("car कहाँ park करें"), []string{"हिन्दी-पार्किंग-उत्तर"}},
		{text("mujhe car park karni hai, जगह है?"), []string{"PARKING-ANSWER"}},
		{text("where can i park my car, गाड़ी"), []string{"PARKING-ANSWER"}},
	})
	out := w.play([]step{{text("/start"), []string{"welcome"}}})
	var langs []string
	for _, c := range out[0].Choices {
		if strings.HasPrefix(c.Data, conversation.ChoiceLang) {
			langs = append(langs, c.Label)
		}
	}
	if len(langs) != 2 {
		t.Fatalf("/start choices = %+v, want हिन्दी and English", out[0].Choices)
	}
	w.play([]step{
		{text("/language"), []string{"/"}},
		{choice("l:hi"), []string{"हिन्दी में जवाब"}},
		{text("where can i park my car"), []string{"हिन्दी-पार्किंग-उत्तर"}}, // the choice is remembered
		{text("/book"), []string{"BOOK-ANSWER", "क्या मैं आपका नाम"}},        // no Hindi answer for it: English, then the Hindi prompt
		{text("/cancel"), []string{"Cancelled"}},                             // a text the folder has no Hindi for: English
		{text("/forget"), []string{"deleted"}},
		{text("where can i park my car"), []string{"PARKING-ANSWER"}}, // forgotten: English again
	})
}
