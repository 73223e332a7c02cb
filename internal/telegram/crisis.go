package telegram

import (
	"github.com/mindbraintms/clinicbot/internal/clinicbot"
)

// crisis tells staff about a crisis message: text, or "" when it is
// already in the chat's thread (a button or the engine led to the crisis
// reply). The first of an episode makes one urgent alert (a crisis
// handoff, with who is at risk and the level from the safety check); later
// ones, until the episode ends, go to that alert's thread as messages that
// do not ping staff again. The episode is kept in the chat's state, so it
// survives a restart.
func (b *Bot) crisis(c *conv, s clinicbot.SafetyResult, text string) {
	subject, level := s.Subject, s.Level
	if subject == "" {
		subject = clinicbot.SubjectSelf // the safety check did not say: the writer, ...
	}
	if level == "" {
		level = clinicbot.LevelCrisis // ... at the higher level
	}
	now := b.now()
	if id := b.openCrisis(c); id != "" {
		if text == "" {
			return // nothing new to show staff
		}
		b.toThread(c, clinicbot.Handoff{ParentID: id, Text: text, Subject: subject, Level: level})
		if c.state.Relay != "" && c.state.Relay != id {
			b.toThread(c, clinicbot.Handoff{ParentID: c.state.Relay, Text: text}) // the staff member talking with them
		}
		return
	}
	// Staff already on it (a staff conversation, or a recent handoff other
	// than the alert of an ended episode): their thread shows this too.
	recent := c.state.OpenHandoff != "" && now.Before(c.state.OpenUntil) && c.state.OpenHandoff != c.state.Crisis
	if text != "" && (c.state.Relay != "" || recent) {
		b.followUp(c, text)
	}
	h, err := b.handoff(c, clinicbot.Handoff{Kind: clinicbot.HandoffCrisis, Subject: subject, Level: level})
	if err != nil {
		return // logged; the next crisis message tries again
	}
	c.state.Crisis, c.state.CrisisSince = h.ID, now.UTC()
	c.changed = true
}

// openCrisis returns the id of the chat's crisis alert while its episode
// lasts: CrisisEpisode from the alert, unless staff closed it meanwhile.
// It returns "" when there is none (or it cannot be read: then a new alert
// is the safe choice).
func (b *Bot) openCrisis(c *conv) string {
	id := c.state.Crisis
	if id == "" || !b.now().Before(c.state.CrisisSince.Add(b.opt.CrisisEpisode)) {
		return ""
	}
	h, err := b.store.Handoff(id)
	if err != nil || h.Closed || h.Status == clinicbot.HandoffFailed {
		return ""
	}
	return id
}
