package slack

import (
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	goslack "github.com/slack-go/slack"
	"github.com/slack-go/slack/slackutilsx"

	"github.com/mindbraintms/clinicbot/internal/clinicbot"
)

// MaxSectionText is Slack's limit on a section block's text.
const MaxSectionText = 3000

// Layout is what a handoff message shows besides the handoff itself.
type Layout struct {
	Clinic        clinicbot.Clinic
	Location      *time.Location // the clinic's timezone
	CrisisMention string         // e.g. <!subteam^S123>, trusted config
	Buttons       bool           // Claim / Close buttons (Socket Mode configured)
}

// titles of handoff kinds.
var titles = map[string]string{
	clinicbot.HandoffAppointment: "📅 Appointment request",
	clinicbot.HandoffPerson:      "🙋 Wants to talk to a person",
	clinicbot.HandoffUnanswered:  "❓ Unanswered question the patient wants help with",
	clinicbot.HandoffCrisis:      "🚨 CRISIS — urgent",
}

// escape makes patient text inert in Slack: & < > are escaped (once), so
// <!channel>, <@U…> and <url|text> arrive as plain text.
func escape(s string) string { return slackutilsx.EscapeMessage(s) }

// truncate cuts escaped text to max characters with a marker, never inside
// an escape sequence.
func truncate(s string, max int) string {
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	const marker = "… [cut: too long for Slack]"
	keep := max - utf8.RuneCountInString(marker)
	rs := []rune(s)[:keep]
	cut := string(rs)
	if i := strings.LastIndexByte(cut, '&'); i >= 0 && !strings.Contains(cut[i:], ";") {
		cut = cut[:i]
	}
	return cut + marker
}

// Render returns the fallback text and the Block Kit blocks of a handoff.
// Every patient-supplied value is escaped; config values (clinic phone,
// mention) are trusted.
func Render(h clinicbot.Handoff, l Layout) (string, []goslack.Block) {
	if h.Kind == clinicbot.HandoffMessage && h.Notice != "" {
		text := truncate(escape(h.Notice), MaxSectionText)
		return text, []goslack.Block{goslack.NewContextBlock("", goslack.NewTextBlockObject(goslack.MarkdownType, "_"+text+"_", false, false))}
	}
	if h.Kind == clinicbot.HandoffMessage && h.Level != "" {
		// Another crisis message in an open crisis alert's thread: marked,
		// but without the mention (one ping per episode).
		text := truncate(escape(h.Text), MaxSectionText-200)
		label := "🚨 *Another crisis message* (no new alert)"
		if tags := crisisTags(h); tags != "" {
			label += " — " + tags
		}
		return "Another crisis message: " + text, []goslack.Block{
			goslack.NewSectionBlock(goslack.NewTextBlockObject(goslack.MarkdownType, label+":\n"+quote(text), false, false), nil, nil),
		}
	}
	if h.Kind == clinicbot.HandoffMessage {
		text := truncate(escape(h.Text), MaxSectionText)
		return "Patient: " + text, []goslack.Block{
			goslack.NewSectionBlock(goslack.NewTextBlockObject(goslack.MarkdownType, "*Patient wrote:*\n"+quote(text), false, false), nil, nil),
		}
	}
	title := titles[h.Kind]
	if title == "" {
		title = "Handoff: " + escape(h.Kind)
	}
	loc := l.Location
	if loc == nil {
		loc = time.UTC
	}
	when := h.Created.In(loc).Format("Mon 2 Jan 2006, 15:04 MST")

	var fields []string
	add := func(label, value string) {
		if value != "" {
			fields = append(fields, "*"+label+":* "+value)
		}
	}
	name := field(h.Name)
	if name == "" {
		name = "(no name given)"
	}
	if h.Kind == clinicbot.HandoffCrisis && h.Subject == clinicbot.SubjectOther {
		add("Written by", name) // not the person at risk
	} else {
		add("Patient", name)
	}
	if h.Username != "" {
		add("Telegram", "@"+field(h.Username))
	}
	add("Chat id", field(h.ChatID)+" ("+field(h.Channel)+")")
	if h.Lang == clinicbot.LangHindi {
		add("Language", "Hindi (the patient's messages below are as written)")
	}
	add("Phone", field(h.Phone))
	add("Preferred time", field(h.PreferredTime))
	add("Received", when)
	details := truncate(strings.Join(fields, "\n"), MaxSectionText)

	header := title
	if h.Kind == clinicbot.HandoffCrisis && l.CrisisMention != "" {
		header = l.CrisisMention + " " + title
	}
	blocks := []goslack.Block{
		goslack.NewHeaderBlock(goslack.NewTextBlockObject(goslack.PlainTextType, title, true, false)),
	}
	if h.Kind == clinicbot.HandoffCrisis {
		urgent := "*The patient's message suggests a crisis.* The bot sent them the crisis helplines; please contact them as soon as possible."
		switch {
		case h.Subject == clinicbot.SubjectOther:
			state := "crisis"
			if h.Level == clinicbot.LevelDistress {
				state = "distress"
			}
			urgent = "*" + reportedByOther + ":* the message suggests that someone close to the writer is in " + state +
				". The bot sent the writer the crisis helplines; please contact them as soon as possible."
		case h.Level == clinicbot.LevelDistress:
			urgent = "*The patient's message suggests distress.* The bot sent them the crisis helplines; please contact them as soon as possible."
		}
		if h.Level == clinicbot.LevelDistress {
			urgent += "\n*Level:* " + distressLevel
		}
		if l.CrisisMention != "" {
			urgent = l.CrisisMention + " " + urgent
		}
		blocks = append(blocks, goslack.NewSectionBlock(goslack.NewTextBlockObject(goslack.MarkdownType, urgent, false, false), nil, nil))
	}
	blocks = append(blocks, goslack.NewSectionBlock(goslack.NewTextBlockObject(goslack.MarkdownType, details, false, false), nil, nil))
	if len(h.Recent) > 0 {
		var msgs []string
		for _, m := range h.Recent {
			msgs = append(msgs, quote(escape(m)))
		}
		recent := truncate("*Last messages:*\n"+strings.Join(msgs, "\n"), MaxSectionText)
		blocks = append(blocks, goslack.NewSectionBlock(goslack.NewTextBlockObject(goslack.MarkdownType, recent, false, false), nil, nil))
	}
	if h.ClaimedBy != "" || h.Closed {
		state := "Claimed by " + escape(h.ClaimedBy)
		if h.Closed {
			state = "Closed by " + escape(h.ClosedBy)
		}
		blocks = append(blocks, goslack.NewSectionBlock(goslack.NewTextBlockObject(goslack.MarkdownType, "*"+state+"*", false, false), nil, nil))
	}
	if l.Buttons && !h.Closed {
		var buttons []goslack.BlockElement
		if h.ClaimedBy == "" {
			buttons = append(buttons, goslack.NewButtonBlockElement(ActionClaim, h.ID, goslack.NewTextBlockObject(goslack.PlainTextType, "Claim", false, false)).WithStyle(goslack.StylePrimary))
		}
		buttons = append(buttons, goslack.NewButtonBlockElement(ActionClose, h.ID, goslack.NewTextBlockObject(goslack.PlainTextType, "Close", false, false)))
		blocks = append(blocks, goslack.NewActionBlock("clinicbot_actions_"+h.ID, buttons...))
	}
	blocks = append(blocks, goslack.NewContextBlock("", goslack.NewTextBlockObject(goslack.MarkdownType,
		fmt.Sprintf("Clinic phone %s · handoff #%s · later messages from the patient appear in this thread", l.Clinic.Phone, escape(h.ID)), false, false)))

	fallback := header + ": " + name
	if tags := crisisTags(h); h.Kind == clinicbot.HandoffCrisis && tags != "" {
		fallback += " (" + tags + ")"
	}
	if h.Phone != "" {
		fallback += ", phone " + field(h.Phone)
	}
	if h.PreferredTime != "" {
		fallback += ", preferred time " + field(h.PreferredTime)
	}
	if len(h.Recent) > 0 {
		fallback += ". Last message: " + escape(h.Recent[len(h.Recent)-1])
	}
	return truncate(fallback, MaxSectionText), blocks
}

// What a crisis alert says about who is at risk and how high the risk is,
// when it is not the writer in an acute crisis.
const (
	reportedByOther = "Reported by a relative/friend"
	distressLevel   = "distress: hopelessness without explicit intent"
)

// crisisTags returns the subject and level of a crisis handoff or message
// in words, "" for the writer in an acute crisis (also when unset).
func crisisTags(h clinicbot.Handoff) string {
	var tags []string
	if h.Subject == clinicbot.SubjectOther {
		tags = append(tags, reportedByOther)
	}
	if h.Level == clinicbot.LevelDistress {
		tags = append(tags, distressLevel)
	}
	return strings.Join(tags, "; ")
}

// field makes a patient-supplied value safe for a one-line field: escaped,
// on one line (a typed name with new lines could otherwise forge a
// "*Phone:*" line), and without the marks that make bold, strike or code
// (underscores stay: Telegram usernames have them).
func field(s string) string {
	s = strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || r == '\u2028' || r == '\u2029' || unicode.IsControl(r)
	}), " ")
	s = strings.NewReplacer("*", "∗", "~", "∼", "`", "ˋ").Replace(s)
	return escape(s)
}

// quote turns text into a Slack quote, line by line.
func quote(s string) string {
	return "> " + strings.ReplaceAll(s, "\n", "\n> ")
}
