package conversation

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"

	"github.com/mindbraintms/clinicbot/internal/clinicbot"
)

// handoff stores a handoff for staff (delivered to the staff channel when
// one is configured), h (its kind, and for a crisis who is at risk and the
// level) completed with the patient's details, and returns it with its id.
// A failure is logged loudly and returned.
func (c *Conversations) handoff(t *turn, h clinicbot.Handoff) (clinicbot.Handoff, error) {
	kind := h.Kind
	p := t.ev.Patient
	h.Channel, h.ChatID, h.Phone, h.PreferredTime = p.Channel, p.ID, t.state.Phone, t.state.PreferredTime
	h.Recent, h.Created = append([]string(nil), t.state.Recent...), c.opt.Now().UTC()
	h.Name, h.Username, h.Lang = strings.TrimSpace(t.ev.Name), t.ev.Handle, t.lang
	if t.state.Name != "" {
		h.Name = t.state.Name
	}
	h, err := c.store.AddHandoff(h)
	if err != nil {
		c.log.Error("HANDOFF NOT STORED", "kind", kind, "chat", chatKey(t.key), "error", err)
		return h, err
	}
	t.state.OpenHandoff, t.state.OpenUntil = h.ID, c.opt.Now().Add(c.opt.ThreadWindow).UTC()
	t.changed = true
	c.log.Info("handoff stored", "kind", kind, "handoff", h.ID, "chat", chatKey(t.key))
	c.opt.Notify(h)
	return h, nil
}

// followUp adds a patient's message to the thread of the conversation's
// staff relay or recent handoff, so staff see what came after.
func (c *Conversations) followUp(t *turn, text string) {
	parent := t.state.Relay
	if parent == "" {
		if t.state.OpenHandoff == "" || c.opt.Now().After(t.state.OpenUntil) || t.ev.Group {
			return
		}
		parent = t.state.OpenHandoff
	}
	c.toThread(t, clinicbot.Handoff{ParentID: parent, Text: text})
}

// toThread stores a patient's message m (its ParentID and Text set) for
// its handoff's staff thread. A failure is logged.
func (c *Conversations) toThread(t *turn, m clinicbot.Handoff) {
	m.Kind, m.Channel, m.ChatID, m.Created = clinicbot.HandoffMessage, t.ev.Patient.Channel, t.ev.Patient.ID, c.opt.Now().UTC()
	m, err := c.store.AddHandoff(m)
	if err != nil {
		c.log.Error("thread message not stored", "chat", chatKey(t.key), "error", err)
		return
	}
	c.opt.Notify(m)
}

// crisis tells staff about a crisis message: text, or "" when it is
// already in the conversation's thread (a button led to the crisis reply).
// The first of an episode makes one urgent alert (a crisis handoff, with
// who is at risk and the level from the safety check); later ones, until
// the episode ends, go to that alert's thread as messages that do not ping
// staff again. The episode is kept in the conversation's state, so it
// survives a restart.
func (c *Conversations) crisis(t *turn, s clinicbot.SafetyResult, text string) {
	subject, level := s.Subject, s.Level
	if subject == "" {
		subject = clinicbot.SubjectSelf // the safety check did not say: the writer, ...
	}
	if level == "" {
		level = clinicbot.LevelCrisis // ... at the higher level
	}
	now := c.opt.Now()
	if id := c.openCrisis(t); id != "" {
		if text == "" {
			return // nothing new to show staff
		}
		c.toThread(t, clinicbot.Handoff{ParentID: id, Text: text, Subject: subject, Level: level})
		if t.state.Relay != "" && t.state.Relay != id {
			c.toThread(t, clinicbot.Handoff{ParentID: t.state.Relay, Text: text}) // the staff member talking with them
		}
		return
	}
	// Staff already on it (a staff conversation, or a recent handoff other
	// than the alert of an ended episode): their thread shows this too.
	recent := t.state.OpenHandoff != "" && now.Before(t.state.OpenUntil) && t.state.OpenHandoff != t.state.Crisis
	if text != "" && (t.state.Relay != "" || recent) {
		c.followUp(t, text)
	}
	h, err := c.handoff(t, clinicbot.Handoff{Kind: clinicbot.HandoffCrisis, Subject: subject, Level: level})
	if err != nil {
		return // logged; the next crisis message tries again
	}
	t.state.Crisis, t.state.CrisisSince = h.ID, now.UTC()
	t.changed = true
}

// openCrisis returns the id of the conversation's crisis alert while its
// episode lasts: CrisisEpisode from the alert, unless staff closed it
// meanwhile. It returns "" when there is none (or it cannot be read: then
// a new alert is the safe choice).
func (c *Conversations) openCrisis(t *turn) string {
	id := t.state.Crisis
	if id == "" || !c.opt.Now().Before(t.state.CrisisSince.Add(c.opt.CrisisEpisode)) {
		return ""
	}
	h, err := c.store.Handoff(id)
	if err != nil || h.Closed || h.Status == clinicbot.HandoffFailed {
		return ""
	}
	return id
}

// endRelay ends a staff conversation at the patient's request (/end).
func (c *Conversations) endRelay(t *turn) error {
	id := t.state.Relay
	t.state.Relay, t.relayChanged, t.changed = "", true, true
	if h, err := c.store.Handoff(id); err == nil && !h.Closed {
		h.Closed, h.ClosedBy, h.ClosedAt = true, "the patient", c.opt.Now().UTC()
		if err := c.store.SaveHandoff(h); err != nil {
			c.log.Error("close handoff", "handoff", id, "error", err)
		}
		c.toThread(t, clinicbot.Handoff{ParentID: id, Notice: "The patient ended the conversation (/end). The bot answers them again."})
	}
	t.say(t.msgs.RelayEnded, nil, clinicbot.InputClear)
	return nil
}

// chatKey hashes a conversation's key for logs: logs never carry who wrote.
func chatKey(key string) string {
	sum := sha256.Sum256([]byte(key))
	return hex.EncodeToString(sum[:4])
}
