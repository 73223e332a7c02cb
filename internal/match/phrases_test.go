package match

import (
	"testing"

	"github.com/mindbraintms/clinicbot/internal/clinicbot"
)

func TestPhrasebookReadsExpressionsAsTheirWord(t *testing.T) {
	b := newPhrasebook(`# a comment: line
contact: get in touch, get in touch with, reach out
cancel: call off
not a word: some thing
refund: paise wapas`)
	tests := []struct{ text, want string }{
		{"how do I get in touch?", "how do I contact?"},
		{"Get  In Touch with the team pls", "contact the team pls"}, // the longest, any case and spacing
		{"i want to call off my order, reach out to me", "i want to cancel my order, contact to me"},
		{"mujhe paise wapas chahiye", "mujhe refund chahiye"},
		{"reaching out about my order", "reaching out about my order"}, // only the words themselves
		{"get in", "get in"},
		{"some thing", "some thing"}, // a plain word of several words is no word
		{"नमस्ते, get in touch", "नमस्ते, contact"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := b.replace(tt.text, nil); got != tt.want {
			t.Errorf("replace(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestExpressionsReadAsTheWordTheAdminWrote(t *testing.T) {
	entries := []*clinicbot.Entry{
		{ID: "contact-support", Kind: clinicbot.KindAnswer, Question: "How can I contact customer support?", Answer: "By phone or email, all week."},
		{ID: "cancel-order", Kind: clinicbot.KindAnswer, Question: "How do I cancel my order?", Answer: "From My Orders, before it ships."},
		{ID: "out-of-stock", Kind: clinicbot.KindAnswer, Question: "What happens if an item is out of stock?", Answer: "We refund it within a week."},
		{ID: "change-address", Kind: clinicbot.KindAnswer, Question: "Can I change the delivery address?", Answer: "Until the order ships."},
		{ID: "withdraw", Kind: clinicbot.KindAnswer, Question: "How do I withdraw money from my wallet?", Answer: "To your bank, in two days."},
		{ID: "wallet-balance", Kind: clinicbot.KindAnswer, Question: "Where can I see my wallet balance?", Answer: "On the home screen."},
	}
	ix := newIndex(t, entries, nil)
	wantTops(t, ix, map[string]string{
		"how do i get in touch with you people":     "contact-support",
		"i want to call off the order i placed":     "cancel-order",
		"the shoes i wanted are sold out, now what": "out-of-stock",
		"stock me nahi hai to kya hoga":             "out-of-stock", // the question keeps its own words
		"how can i take my money out of the wallet": "withdraw",
	})
}

func TestAnAdminsExpressionsReadAsTheirGroupsWord(t *testing.T) {
	entries := []*clinicbot.Entry{
		{ID: "wheelchair", Kind: clinicbot.KindAnswer, Question: "Is the building wheelchair accessible?", Answer: "Yes, with a ramp at the side gate."},
		{ID: "scooter-parking", Kind: clinicbot.KindAnswer, Question: "Where can I park my scooter?", Answer: "In the basement."},
		{ID: "lift", Kind: clinicbot.KindAnswer, Question: "Is there a lift to the second floor?", Answer: "Yes, beside reception."},
	}
	groups := []clinicbot.SynonymGroup{{Words: []string{"wheelchair", "mobility scooter", "rollator"}}}
	ix := newIndex(t, entries, groups)
	wantTops(t, ix, map[string]string{
		"can my mother come in with her mobility scooter": "wheelchair",
		"where do i leave my scooter":                     "scooter-parking",
	})
}

func TestAnExpressionKeepsItsWordsWhereTheKnowledgeLacksItsWord(t *testing.T) {
	// No question here says discount: "money off" keeps its money, and
	// the fees answer it (review rev43); the shop's folder says discount.
	entries := []*clinicbot.Entry{
		{ID: "fees", Kind: clinicbot.KindAnswer, Question: "How much money does the course cost?", Answer: "The fees are on the price list."},
		{ID: "timings", Kind: clinicbot.KindAnswer, Question: "What are the class timings?", Answer: "Mornings and evenings."},
		{ID: "teachers", Kind: clinicbot.KindAnswer, Question: "Who are the teachers?", Answer: "Trained instructors."},
	}
	wantTops(t, newIndex(t, entries, nil), map[string]string{"any money off for students?": "fees"})
	shop := []*clinicbot.Entry{
		{ID: "discount", Kind: clinicbot.KindAnswer, Question: "Do you give a discount?", Answer: "On festival days."},
		{ID: "wallet", Kind: clinicbot.KindAnswer, Question: "How do I add money to my wallet?", Answer: "By UPI."},
		{ID: "returns", Kind: clinicbot.KindAnswer, Question: "How do I return an item?", Answer: "Within a week."},
	}
	wantTops(t, newIndex(t, shop, nil), map[string]string{"any money off for students?": "discount"})
}

// "In detail", "detail me", "simple me" ask how to explain, not about
// details: "ketamine therapy kya hoti hai thoda detail me batao" went to
// the contact details.
func TestInDetailIsHowToExplain(t *testing.T) {
	entries := []*clinicbot.Entry{
		{ID: "what", Kind: clinicbot.KindAnswer, Question: "What is the yoga course?", Phrasings: []string{"explain the yoga course"}, Answer: "Twelve classes."},
		{ID: "contact", Kind: clinicbot.KindAnswer, Question: "What are your contact details?", Answer: "Phone and email."},
		{ID: "fees", Kind: clinicbot.KindAnswer, Question: "What does the yoga course cost?", Answer: "On the price list."},
	}
	wantTops(t, newIndex(t, entries, nil), map[string]string{
		"yoga course kya hai thoda detail me batao":   "what",
		"yoga course ke baare me simple me samjha do": "what",
		"contact details chahiye":                     "contact",
	})
}

// "X किसे कहते हैं" asks what X is, not who it is for (round 76, set
// r76k: "esketamine किसे कहते हैं" went to who-is-it-for at 0.98).
func TestKiseKehteHainAsksWhatItIs(t *testing.T) {
	entries := []*clinicbot.Entry{
		{ID: "what", Kind: clinicbot.KindAnswer, Question: "What is the yoga course?", Phrasings: []string{"yoga course kya hai"}, Answer: "Twelve classes."},
		{ID: "who", Kind: clinicbot.KindAnswer, Question: "Who is the yoga course for?", Phrasings: []string{"yoga course kise diya jata hai", "kisko yoga course karna chahiye"}, Answer: "Adults."},
	}
	wantTops(t, newIndex(t, entries, nil), map[string]string{
		"yoga course kise kehte hain":    "what",
		"yoga course kise diya jata hai": "who",
	})
}
