package telegram

import (
	"context"
	"fmt"
	"time"

	"github.com/mindbraintms/clinicbot/internal/clinicbot"
)

// relayWarn: staff are warned when a message of theirs has failed this
// many times in a row (it is still retried until Telegram takes it).
const relayWarn = 6

// Relay queues a staff member's message for a patient on Telegram: it goes
// through the same per-chat delivery as the bot's replies, kept until
// Telegram accepts or refuses it. It returns once the message is stored.
func (b *Bot) Relay(ctx context.Context, p clinicbot.Patient, handoffID, text string) error {
	queued, err := b.store.Send(p, []clinicbot.Outbound{{Text: text}}, time.Now().UTC())
	if err != nil {
		return fmt.Errorf("queue staff message: %w", err)
	}
	o := queued[0]
	o.HandoffID = handoffID
	if err := b.store.SaveOutgoing(o); err != nil {
		return fmt.Errorf("queue staff message: %w", err)
	}
	b.outbox.add(o)
	return nil
}
