// Package terminal carries one conversation over a terminal (or piped
// lines): each line is a message, a number picks one of the choices shown
// last, and staff alerts are shown in the conversation since no staff
// channel is there to see them. What to answer is the conversation's
// business, not this package's.
package terminal

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"

	"github.com/mindbraintms/clinicbot/internal/clinicbot"
)

// Conversation answers a patient's event with the messages to send
// (conversation.Conversations).
type Conversation interface {
	Handle(ctx context.Context, ev clinicbot.Event) ([]clinicbot.Outbound, error)
}

// Chat is a terminal conversation. Create it with New, pass its Staff
// method to the conversation as the handoff notifier, then call Run.
type Chat struct {
	patient clinicbot.Patient
	echo    bool // piped input: show each line as "you> ..." too
	mu      sync.Mutex
	notes   []string // staff alerts to show after the reply
}

// New returns a terminal chat for patient; echo repeats each input line in
// the output (for piped input, which the terminal does not show).
func New(patient clinicbot.Patient, echo bool) *Chat {
	return &Chat{patient: patient, echo: echo}
}

// Staff is told of each handoff the conversation stores; it is shown
// after the reply, as staff would be told.
func (c *Chat) Staff(h clinicbot.Handoff) {
	var note string
	switch {
	case h.Kind == clinicbot.HandoffCrisis && h.Subject == clinicbot.SubjectOther:
		note = "[staff alert: CRISIS (reported by a relative/friend), urgent. Stored as handoff #" + h.ID + "; with Slack configured, `clinicbot run` posts it]"
	case h.Kind == clinicbot.HandoffCrisis:
		note = "[staff alert: CRISIS, urgent. Stored as handoff #" + h.ID + "; with Slack configured, `clinicbot run` posts it]"
	case h.Kind == clinicbot.HandoffMessage:
		note = "[added to the thread of handoff #" + h.ParentID + " for staff]"
	default:
		note = fmt.Sprintf("[staff handoff #%s (%s) stored: name %q, phone %q, time %q; `clinicbot handoffs` lists it]",
			h.ID, h.Kind, h.Name, h.Phone, h.PreferredTime)
	}
	c.mu.Lock()
	c.notes = append(c.notes, note)
	c.mu.Unlock()
}

// Run reads messages from in until it ends (or ctx ends) and writes the
// conversation to out. A number picks a choice of the last reply. A
// failed turn is reported beside the reply and the chat goes on.
func (c *Chat) Run(ctx context.Context, conv Conversation, in io.Reader, out io.Writer, prompt string) error {
	w := bufio.NewWriter(out)
	defer w.Flush()
	var last []clinicbot.Choice
	br := bufio.NewReader(in)
	for ctx.Err() == nil {
		if prompt != "" {
			fmt.Fprint(w, prompt)
			w.Flush()
		}
		line, rerr := br.ReadString('\n')
		line = strings.TrimRight(line, "\r\n")
		if line == "" && rerr != nil {
			if errors.Is(rerr, io.EOF) {
				return nil
			}
			return fmt.Errorf("read input: %w", rerr)
		}
		ev := clinicbot.Event{Patient: c.patient}
		if n, err := strconv.Atoi(strings.TrimSpace(line)); err == nil && n >= 1 && n <= len(last) {
			ev.Choice = last[n-1].Data
		} else {
			ev.Text = line
		}
		if c.echo {
			fmt.Fprintf(w, "you> %s\n", line)
		}
		msgs, err := conv.Handle(ctx, ev)
		last = nil
		for _, m := range msgs {
			fmt.Fprintf(w, "bot> %s\n", strings.ReplaceAll(plain(m.Text), "\n", "\n     "))
			for i, ch := range m.Choices {
				fmt.Fprintf(w, "     %d) %s\n", len(last)+i+1, ch.Label)
			}
			last = append(last, m.Choices...)
		}
		if err != nil {
			fmt.Fprintf(w, "     [error: %v]\n", err)
		}
		c.mu.Lock()
		for _, n := range c.notes {
			fmt.Fprintf(w, "     %s\n", n)
		}
		c.notes = nil
		c.mu.Unlock()
		fmt.Fprintln(w)
		if err := w.Flush(); err != nil {
			return err
		}
		if rerr != nil {
			return nil // the last line had no newline
		}
	}
	return nil
}

// plain drops the answers' **bold** marks.
func plain(s string) string { return strings.ReplaceAll(s, "**", "") }
