package conversation

import (
	"context"
	"strings"

	"github.com/mindbraintms/clinicbot/internal/clinicbot"
)

// Booking steps, stored in ChatState.Flow.
const (
	flowConsent = "consent" // asked whether we may pass details to staff
	flowContact = "contact" // asked to share the phone (button) or type name and time
	flowName    = "name"    // asked for the name (channels without a share button)
	flowPhone   = "phone"   // asked for the phone number
	flowTime    = "time"    // asked for a good time to call
)

// handoffKind is the staff request a handoff reply asks for.
func handoffKind(kind string) string {
	if kind == "" {
		return clinicbot.HandoffAppointment
	}
	return kind
}

// startFlow answers a handoff request: text (which gives the clinic phone
// at once), then, in a private chat, the question whether we may pass the
// patient's details to staff.
func (c *Conversations) startFlow(t *turn, kind, text string) error {
	if t.ev.Group {
		// Never ask for phone numbers in a group.
		t.say(text+"\n\n"+t.msgs.GroupPrivacy, nil, clinicbot.InputKeep)
		return nil
	}
	t.state.Flow, t.state.HandoffKind = flowConsent, kind
	t.changed = true
	t.say(text, nil, clinicbot.InputKeep)
	t.say(t.msgs.Consent, []clinicbot.Choice{
		{Label: t.msgs.ConsentYes, Data: ChoiceConsent + "yes"},
		{Label: t.msgs.ConsentNo, Data: ChoiceConsent + "no"},
	}, clinicbot.InputKeep)
	return nil
}

// consent takes the answer to "may we pass your details?".
func (c *Conversations) consent(t *turn, yes bool) error {
	if t.state.Flow != flowConsent {
		return nil // a stale button from an old message
	}
	t.changed = true
	switch {
	case !yes:
		t.state.Flow = ""
		t.say(t.msgs.Declined, nil, clinicbot.InputClear)
	case t.ev.ShareButton:
		t.state.Flow = flowContact
		t.say(t.msgs.AskContact, phoneChoices(t), clinicbot.InputPhone)
	default:
		t.state.Flow = flowName
		t.say(t.msgs.AskName, nil, clinicbot.InputKeep)
	}
	return nil
}

// phoneChoices are the buttons beside a request for the phone number:
// share it (where the channel can) and Cancel.
func phoneChoices(t *turn) []clinicbot.Choice {
	var out []clinicbot.Choice
	if t.ev.ShareButton {
		out = append(out, clinicbot.Choice{Label: t.msgs.ShareButton, Data: clinicbot.ChoiceShare})
	}
	return append(out, clinicbot.Choice{Label: t.msgs.CancelButton, Data: ChoiceCancel})
}

// contact takes a phone number shared with the channel's button.
func (c *Conversations) contact(t *turn, ct *clinicbot.Contact) error {
	if t.ev.Group || (t.state.Flow != flowContact && t.state.Flow != flowPhone) {
		t.say(t.msgs.UnaskedContact, nil, clinicbot.InputKeep)
		return nil
	}
	if ct.Foreign {
		t.say(t.msgs.ForeignContact, nil, clinicbot.InputKeep)
		return nil
	}
	t.state.Phone = ct.Phone
	if t.state.Name == "" {
		t.state.Name = strings.TrimSpace(ct.Name)
	}
	t.state.Flow = flowTime
	t.changed = true
	t.say(t.msgs.AskTime, nil, clinicbot.InputClear)
	return nil
}

// yes and no are the typed answers to the consent question.
var (
	yesWords = map[string]bool{"yes": true, "y": true, "ok": true, "okay": true, "sure": true, "haan": true, "ha": true, "han": true, "yes please": true, "हाँ": true, "हां": true}
	noWords  = map[string]bool{"no": true, "n": true, "nahi": true, "nahin": true, "no thanks": true, "no thank you": true, "नहीं": true}
)

// flowText handles typed text during the booking flow. A question leaves
// the flow and is answered, at every step.
func (c *Conversations) flowText(ctx context.Context, t *turn, text string, checked *clinicbot.SafetyResult) error {
	lower := strings.Trim(strings.ToLower(strings.TrimSpace(text)), ".!")
	if lower == strings.ToLower(t.msgs.CancelButton) || lower == "cancel" {
		return c.cancelFlow(t)
	}
	leave := func() error {
		t.state.Flow = ""
		t.changed = true
		return c.ask(ctx, t, text, checked)
	}
	switch t.state.Flow {
	case flowConsent:
		switch {
		case yesWords[lower]:
			return c.consent(t, true)
		case noWords[lower]:
			return c.consent(t, false)
		}
		return leave() // not an answer to the question: a new question
	case flowContact:
		if looksLikeQuestion(text) {
			return leave() // "how much does one infusion cost?" is not a name
		}
		if phone, ok := IndianPhone(text); ok {
			t.state.Phone = phone
			t.state.Flow = flowTime
			t.changed = true
			t.say(t.msgs.AskTime, nil, clinicbot.InputClear)
			return nil
		}
		t.state.Name = text // name and preferred time, as typed
		return c.finish(t)
	case flowName:
		if looksLikeQuestion(text) {
			return leave()
		}
		if phone, ok := IndianPhone(text); ok {
			t.state.Phone = phone // the number first: ask the name again
			t.changed = true
			t.say(t.msgs.AskName, nil, clinicbot.InputKeep)
			return nil
		}
		t.state.Name = text
		t.changed = true
		if t.state.Phone != "" {
			t.state.Flow = flowTime
			t.say(t.msgs.AskTime, nil, clinicbot.InputKeep)
			return nil
		}
		t.state.Flow = flowPhone
		t.say(t.msgs.AskPhone, phoneChoices(t), clinicbot.InputPhone)
		return nil
	case flowPhone:
		phone, ok := IndianPhone(text)
		if !ok {
			if looksLikeQuestion(text) {
				return leave()
			}
			t.say(t.msgs.BadPhone, phoneChoices(t), clinicbot.InputPhone)
			return nil
		}
		t.state.Phone = phone
		t.state.Flow = flowTime
		t.changed = true
		t.say(t.msgs.AskTime, nil, clinicbot.InputClear)
		return nil
	case flowTime:
		t.state.PreferredTime = text // "is tomorrow ok?" is an answer here too
		return c.finish(t)
	}
	return nil
}

// finish stores the handoff, then confirms: the handoff is on disk before
// the patient is told that staff will call.
func (c *Conversations) finish(t *turn) error {
	t.state.Flow = ""
	t.changed = true
	if _, err := c.handoff(t, clinicbot.Handoff{Kind: handoffKind(t.state.HandoffKind)}); err != nil {
		t.say(t.msgs.NotBooked, nil, clinicbot.InputClear)
		return nil // logged loudly by handoff
	}
	t.say(t.msgs.Booked, nil, clinicbot.InputClear)
	return nil
}

// cancelFlow ends a booking without passing anything on.
func (c *Conversations) cancelFlow(t *turn) error {
	was := t.state.Flow
	t.state.Flow = ""
	t.changed = true
	if was == "" {
		t.say(t.msgs.NothingToCancel, nil, clinicbot.InputClear)
		return nil
	}
	t.say(t.msgs.Cancelled, nil, clinicbot.InputClear)
	return nil
}

// questionWords begin a question rather than a name.
var questionWords = map[string]bool{"what": true, "whats": true, "what's": true, "how": true, "why": true, "when": true,
	"where": true, "who": true, "which": true, "can": true, "could": true, "is": true, "are": true, "do": true,
	"does": true, "will": true, "would": true, "should": true, "kya": true, "kaise": true, "kitna": true,
	"kitne": true, "kab": true, "kahan": true, "kyun": true}

// looksLikeQuestion tells a question from a name (and a time to call):
// it ends with "?", begins with a question word, or is too long for a name.
func looksLikeQuestion(text string) bool {
	t := strings.TrimSpace(text)
	if strings.HasSuffix(t, "?") || strings.HasSuffix(t, "？") {
		return true
	}
	fields := strings.Fields(strings.ToLower(t))
	return len(fields) > 8 || (len(fields) > 1 && questionWords[strings.Trim(fields[0], ",.!")])
}

// IndianPhone reports whether text is an Indian phone number as people
// type it ("+91 98100 00000", "098100-00000", "(011) 2345 6789") and
// returns it trimmed, as typed: 10 digits (a mobile, or an area code and
// number) not starting with 0, after an optional +91, 91 or 0.
func IndianPhone(text string) (string, bool) {
	t := strings.TrimSpace(text)
	var digits []byte
	for i, r := range t {
		switch {
		case r >= '0' && r <= '9':
			digits = append(digits, byte(r))
		case r == '+' && i == 0, r == ' ', r == '-', r == '(', r == ')', r == '.':
		default:
			return "", false
		}
	}
	d := string(digits)
	switch {
	case len(d) == 12 && strings.HasPrefix(d, "91"):
		d = d[2:]
	case len(d) == 11 && d[0] == '0':
		d = d[1:]
	case strings.HasPrefix(t, "+"):
		return "", false // another country's code
	}
	if len(d) != 10 || d[0] == '0' {
		return "", false
	}
	return t, true
}
