package telegram

import (
	"sync"
	"time"

	"github.com/mindbraintms/clinicbot/internal/clinicbot"
)

// outbox is the working copy of the queued replies (the store holds the
// durable one): per chat in order, and the chats whose next reply is due,
// in the order they became due. It is safe for concurrent use.
type outbox struct {
	mu     sync.Mutex
	cond   *sync.Cond
	chats  map[string]*chatBox
	known  map[string]bool // reply ids held, so a reload adds nothing twice
	ready  []string        // chats whose next reply is due and not being sent
	closed bool
}

type chatBox struct {
	items []clinicbot.Outgoing
	taken bool // in ready, being sent, or waiting for a retry
}

func newOutbox() *outbox {
	q := &outbox{chats: map[string]*chatBox{}, known: map[string]bool{}}
	q.cond = sync.NewCond(&q.mu)
	return q
}

// add appends a reply to its chat's queue.
func (q *outbox) add(o clinicbot.Outgoing) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.known[o.ID] {
		return
	}
	q.known[o.ID] = true
	cb := q.chats[o.ChatID]
	if cb == nil {
		cb = &chatBox{}
		q.chats[o.ChatID] = cb
	}
	cb.items = append(cb.items, o)
	if !cb.taken {
		cb.taken = true
		if wait := time.Until(o.NextAttempt); wait > 0 {
			time.AfterFunc(wait, func() { q.due(o.ChatID) })
			return
		}
		q.ready = append(q.ready, o.ChatID)
		q.cond.Signal()
	}
}

// holds reports whether replies of chat are waiting (or being sent).
func (q *outbox) holds(chat string) bool {
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.chats[chat] != nil
}

// next waits for a chat whose next reply is due and returns that reply;
// ok is false once the outbox is closed (or, with wait false, when none is
// due now).
func (q *outbox) next(wait bool) (o clinicbot.Outgoing, ok bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.ready) == 0 {
		if q.closed || !wait {
			return o, false
		}
		q.cond.Wait()
	}
	chat := q.ready[0]
	q.ready = q.ready[1:]
	return q.chats[chat].items[0], true
}

// done records the outcome of sending a chat's next reply o: gone
// (delivered, or refused for good), or kept (its new state in o) and due
// again at o.NextAttempt.
func (q *outbox) done(o clinicbot.Outgoing, gone bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	cb := q.chats[o.ChatID]
	if gone {
		delete(q.known, o.ID)
		cb.items = cb.items[1:]
		if len(cb.items) == 0 {
			delete(q.chats, o.ChatID)
			return
		}
	} else {
		cb.items[0] = o
	}
	if wait := time.Until(o.NextAttempt); !gone && wait > 0 {
		time.AfterFunc(wait, func() { q.due(o.ChatID) })
		return
	}
	q.ready = append(q.ready, o.ChatID)
	q.cond.Signal()
}

// due makes a chat waiting for a retry ready again.
func (q *outbox) due(chat string) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.chats[chat] != nil {
		q.ready = append(q.ready, chat)
		q.cond.Signal()
	}
}

// close wakes every waiting next, which then returns false.
func (q *outbox) close() {
	q.mu.Lock()
	q.closed = true
	q.cond.Broadcast()
	q.mu.Unlock()
}

// reopen lets next wait again (a new RunDelivery after a stopped one).
func (q *outbox) reopen() {
	q.mu.Lock()
	q.closed = false
	q.mu.Unlock()
}
