package knowledge

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"

	"github.com/mindbraintms/clinicbot/internal/clinicbot"
	"go.yaml.in/yaml/v3"
)

// messageField is one patient-facing text: its key in messages.yaml (and
// clinic.yaml's messages:), where it goes, and the text used when the
// folder leaves it out.
type messageField struct {
	key string
	dst *string
	def string
}

// messageFields lists every text of m.
func messageFields(m *clinicbot.Messages) []messageField {
	return []messageField{
		{"welcome", &m.Welcome, "Hello, and welcome to {name}. I can answer general questions about ketamine therapy for depression."},
		{"help", &m.Help, "Ask me a question in your own words. Type /book for an appointment or /human to reach a person. You can always call {phone}."},
		{"fallback", &m.Fallback, "Sorry, I don't have an answer to that. Please call {phone} or email {email}, or type /human and our team will get in touch."},
		{"answer_footer", &m.AnswerFooter, "For anything about your own situation, please call the clinic on {phone}."},
		{"risk_footer", &m.RiskFooter, ""},
		{"general_facts", &m.GeneralFacts, "What the clinic's information says in general (not advice for you):"},
		{"crisis_question", &m.CrisisQuestion, "You also asked a question. What the clinic's information says:"},
		{"recovered", &m.Recovered, "Thank you for telling us. It means a lot to the team to hear how you are doing. If those thoughts ever come back, please reach out at once: {helplines} or call us on {phone}."},
		{"handoff", &m.Handoff, "Our team will be happy to help. Please call {phone}, or I can pass your details so a member of staff contacts you."},
		{"non_text", &m.NonText, "Sorry, I can only read text messages. Please type your question, or call {phone}."},
		{"empty", &m.Empty, "I didn't catch a question there. Type what you'd like to know, or /help."},
		{"too_long", &m.TooLong, "(Your message was very long, so I only read the beginning.)"},
		{"faq", &m.FAQ, "Here are some common questions. Pick one, or type your own."},
		{"unknown_command", &m.UnknownCommand, "I don't know that command."},
		{"choose_language", &m.ChooseLanguage, "Which language would you like me to reply in? / मैं किस भाषा में जवाब दूँ?"},
		{"team_told", &m.TeamTold, "I've let our team know so that someone can reach out to you."},
		{"team_not_told", &m.TeamNotTold, "This chat does not alert our team by itself, so please call one of the numbers above now."},
		{"staff_joined", &m.StaffJoined, "A member of our team, {staff}, is with you now. You can write here; type /end when you're done."},
		{"staff_says", &m.StaffSays, "Clinic team ({staff}):"},
		{"staff_closed", &m.StaffClosed, "Our team has closed this conversation. I'm the clinic's assistant again: ask me anything, or call {phone}."},
		{"language_set", &m.LanguageSet, "Okay, I'll reply in English. You can change this any time with /language."},

		{"ask_team", &m.AskTeam, "Ask our team"},
		{"consent", &m.Consent, "May I pass your name and phone number to our team so they can contact you?"},
		{"consent_yes", &m.ConsentYes, "Yes, pass my details"},
		{"consent_no", &m.ConsentNo, "No, thanks"},
		{"declined", &m.Declined, "Okay, I won't pass anything on. You can call us any time on {phone}."},
		{"ask_contact", &m.AskContact, "Thank you. Tap the button below to share your phone number, or type your name and a good time to call you."},
		{"share_button", &m.ShareButton, "📞 Share my phone number"},
		{"cancel_button", &m.CancelButton, "Cancel"},
		{"ask_name", &m.AskName, "Thank you. What is your name?"},
		{"ask_phone", &m.AskPhone, "And your phone number, so our team can call you? (for example 98100 12345)"},
		{"bad_phone", &m.BadPhone, "That doesn't look like a phone number. Please type a 10-digit mobile number (for example 98100 12345), or Cancel."},
		{"ask_time", &m.AskTime, "Thank you. When is a good time for us to call you? (for example: weekday mornings)"},
		{"foreign_contact", &m.ForeignContact, "That looks like someone else's contact. Please share your own number, or type your name and a good time to call."},
		{"unasked_contact", &m.UnaskedContact, "Thanks, but I only use a phone number when you ask for an appointment or a call back. Type /book to start."},
		{"group_privacy", &m.GroupPrivacy, "For your privacy, please message me directly to share your details, or call {phone}."},
		{"booked", &m.Booked, "Thank you, I've passed your details to our team and they will contact you. If it's urgent, please call {phone}."},
		{"not_booked", &m.NotBooked, "Sorry, I couldn't pass your details on just now. Please call us on {phone}."},
		{"cancelled", &m.Cancelled, "Cancelled: nothing was passed on. You can call us any time on {phone}."},
		{"nothing_to_cancel", &m.NothingToCancel, "There's nothing to cancel. Ask me anything, or call {phone}."},
		{"forgotten", &m.Forgotten, "Done: I have deleted what I stored about this chat."},
		{"nothing_stored", &m.NothingStored, "I had nothing stored about this chat."},
		{"too_fast", &m.TooFast, "You're sending messages faster than I can read them. Please wait a minute, then send your question again."},
		{"too_fast_buttons", &m.TooFastButtons, "You're pressing buttons faster than I can answer. Please wait a minute."},
		{"relay_text_only", &m.RelayTextOnly, "I can only pass text messages to the team. Please type your message."},
		{"relay_ended", &m.RelayEnded, "Okay, I've let the team know. I'm the clinic's assistant again: ask me anything, or call {phone}."},
	}
}

// messageSetters returns, for d.fields, a setter per key that fills m.
func messageSetters(d doc, m *clinicbot.Messages) map[string]func(*yaml.Node) {
	out := map[string]func(*yaml.Node){}
	for _, f := range messageFields(m) {
		f := f
		out[f.key] = func(n *yaml.Node) {
			*f.dst = d.str(n, f.key)
			if d.hindi && !Devanagari(*f.dst) && f.key != "share_button" {
				d.errs.add(d.file, n.Line+d.offset, f.key+" is not in Devanagari: write the Hindi text in Devanagari script")
			}
			if bad := unknownPlaceholder(*f.dst); bad != "" {
				d.errs.add(d.file, n.Line+d.offset, fmt.Sprintf("%s: unknown placeholder %s (use {name}, {phone} or {email})", f.key, bad))
			}
		}
	}
	return out
}

// parseMessages reads messages.yaml into m: texts it sets replace those
// of clinic.yaml.
func parseMessages(d doc, data []byte, m *clinicbot.Messages) {
	root, ok := d.parse(data)
	if !ok || root == nil {
		return
	}
	d.fields(root, "messages.yaml", messageSetters(d, m))
}

// withDefaults fills the texts the folder leaves out.
func withDefaults(m clinicbot.Messages) clinicbot.Messages {
	for _, f := range messageFields(&m) {
		if *f.dst == "" {
			*f.dst = f.def
		}
	}
	return m
}

// withFallback fills the texts m leaves out with those of fallback.
func withFallback(m, fallback clinicbot.Messages) clinicbot.Messages {
	out := m
	fb := fallback
	dst, src := messageFields(&out), messageFields(&fb)
	for i := range dst {
		if *dst[i].dst == "" {
			*dst[i].dst = *src[i].dst
		}
	}
	return out
}

// Devanagari reports whether most letters of s are Devanagari (placeholders,
// numbers, the phone and email aside).
func Devanagari(s string) bool {
	s = placeholder.ReplaceAllString(s, "")
	dev, latin := 0, 0
	for _, w := range strings.Fields(s) {
		if strings.ContainsAny(w, "@/") || strings.HasPrefix(w, "+") {
			continue // an email, a command, a phone number
		}
		for _, r := range w {
			switch {
			case r >= 0x0900 && r <= 0x097F:
				dev++
			case unicode.IsLetter(r):
				latin++
			}
		}
	}
	return dev > 0 && dev >= 3*latin
}

var placeholder = regexp.MustCompile(`\{[a-z_]+\}`)

// unknownPlaceholder returns the first {placeholder} in s that is not
// {name}, {phone} or {email}, or "".
func unknownPlaceholder(s string) string {
	for _, p := range placeholder.FindAllString(s, -1) {
		switch p {
		case "{name}", "{phone}", "{email}", "{helplines}", "{team}", "{staff}":
		default:
			return p
		}
	}
	return ""
}
