package clinicbot

import (
	"strings"
	"time"
	"unicode"
)

// Patient addresses one conversation: the channel it happens on
// ("telegram", "terminal", "web") and that channel's own id for it.
type Patient struct {
	Channel string
	ID      string
}

// ChannelTelegram is the channel of records written before patients were
// addressed by channel (they were all Telegram chats).
const ChannelTelegram = "telegram"

// Key is the patient's key in the store: "channel:id".
func (p Patient) Key() string { return p.Channel + ":" + p.ID }

// PatientOf returns the patient a handoff or relay record belongs to; a
// record without a channel is from a Telegram chat.
func PatientOf(channel, id string) Patient {
	if channel == "" {
		channel = ChannelTelegram
	}
	return Patient{Channel: channel, ID: id}
}

// Event is one thing a patient did on a channel: a message, a button
// pressed, a phone number shared.
type Event struct {
	Patient Patient
	Group   bool   // a group chat: the bot never asks for details there
	Name    string // the writer's display name on the channel, if known
	Handle  string // the writer's @username on the channel, if any
	Text    string // the message text (a photo's caption)
	NonText string // sticker, photo, voice ... when the message has no text
	Choice  string // the data of a choice (button) the patient pressed
	// Contact is a phone number the patient shared with the channel's own
	// button (Telegram's request_contact).
	Contact *Contact
	// ShareButton: the channel can offer a button that shares the
	// patient's phone number; without it the patient types the number.
	ShareButton bool
}

// Contact is a phone number shared through a channel's button.
type Contact struct {
	Phone string
	Name  string
	// Foreign: the contact is someone else's, not the writer's own.
	Foreign bool
}

// Input is what a channel's input offers after a message.
type Input int

// The inputs.
const (
	InputKeep  Input = iota // leave it as it is
	InputPhone              // ask for a phone number; Choices are buttons on the keyboard (ChoiceShare among them)
	InputClear              // back to plain text (remove a share button)
)

// Outbound is one message to a patient.
type Outbound struct {
	Text    string   // Markdown-ish: **bold**, "- " items
	Choices []Choice // buttons under the message
	Input   Input
}

// ChoiceShare is the data of the choice that shares the patient's phone
// number through the channel's own button (offered only where
// Event.ShareButton is set).
const ChoiceShare = "s:"

// Choice is a button under a message: its label and the data the channel
// hands back in Event.Choice when it is pressed.
type Choice struct {
	Label string
	Data  string
}

// Outgoing is a message on its way to a patient, kept until their channel
// accepts it or refuses it for good (the patient blocked the bot).
type Outgoing struct {
	ID      string    `json:"id"`
	Channel string    `json:"channel"`
	ChatID  string    `json:"chat_id"`
	Message Outbound  `json:"message"`
	Created time.Time `json:"created"`
	// Parts is how many parts of a long message were delivered already.
	Parts       int       `json:"parts,omitempty"`
	Attempts    int       `json:"attempts,omitempty"`
	NextAttempt time.Time `json:"next_attempt,omitempty"`
	LastError   string    `json:"last_error,omitempty"`
	// HandoffID is set for a staff member's message: the handoff whose
	// thread it came from (staff are warned there if it cannot be delivered).
	HandoffID string `json:"handoff_id,omitempty"`
}

// WrittenInDevanagari reports whether s is written in Hindi script, so
// that it is answered in Hindi: it has a Devanagari word, and either no
// more words in Latin letters, or two Devanagari words and no Hindi
// function word in Latin letters among the others (a Hindi sentence that
// names things in English: "क्या ketamine therapy safe है"). "mujhe kisi
// real person se baat karni hai please, बोट नहीं" and "thank you doctor
// साहब" are written in Latin letters, and answered as Hinglish and
// English are.
func WrittenInDevanagari(s string) bool {
	dev, latin, hinglish := 0, 0, false
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsMark(r) }) {
		switch {
		case HasDevanagari(w):
			dev++
		case strings.IndexFunc(w, func(r rune) bool { return r < unicode.MaxASCII && unicode.IsLetter(r) }) >= 0:
			latin++
			hinglish = hinglish || hinglishFunctionWords[strings.ToLower(w)]
		}
	}
	return dev > 0 && (dev >= latin || dev >= 2 && !hinglish)
}

// hinglishFunctionWords are the words of Hindi grammar as they are typed
// in Latin letters: a message whose grammar is typed so is Hinglish.
var hinglishFunctionWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`hai h hain ka ki ke ko se me mein mai main kya kia nahi nhi nai mujhe mera meri mere
		karni karna karo kar ho hu hoon tha thi aur bhi koi kuch kaise kab kitna kitne kitni ye yeh wo woh baat
		chahiye sakte sakta sakti raha rahi rahe liye wala wali toh to na ji`) {
		m[w] = true
	}
	return m
}()

// HasDevanagari reports whether s has a Devanagari letter (Hindi script).
func HasDevanagari(s string) bool {
	for _, r := range s {
		if r >= 0x0900 && r <= 0x097F {
			return true
		}
	}
	return false
}
