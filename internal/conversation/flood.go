package conversation

import (
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// flood limits how many messages one chat may send per minute. Past the
// limit the chat gets one polite notice, then silence until it slows down
// (crisis messages are always answered).
type flood struct {
	mu     sync.Mutex
	perMin int
	chats  map[string]*floodState
	// pruned is when quiet chats were last forgotten: past maxChats a scan
	// runs at most once a minute, not for every new chat.
	pruned time.Time
	scans  int // scans so far, for tests
}

// maxChats is how many chats the limiter tracks before it forgets quiet ones.
const maxChats = 50000

type floodState struct {
	lim      *rate.Limiter
	noticed  bool
	lastSeen time.Time
}

func newFlood(perMin int) *flood {
	return &flood{perMin: perMin, chats: map[string]*floodState{}}
}

// allow reports whether the chat may be answered now, and whether it must
// be told (once) that it is sending too fast.
func (f *flood) allow(chat string, now time.Time) (ok, notice bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	st := f.chats[chat]
	if st == nil {
		if len(f.chats) > maxChats && now.Sub(f.pruned) >= time.Minute {
			f.prune(now)
		}
		st = &floodState{lim: rate.NewLimiter(rate.Every(time.Minute/time.Duration(f.perMin)), f.perMin)}
		f.chats[chat] = st
	}
	st.lastSeen = now
	if st.lim.AllowN(now, 1) {
		st.noticed = false
		return true, false
	}
	if !st.noticed {
		st.noticed = true
		return false, true
	}
	return false, false
}

// prune forgets chats quiet for ten minutes (their buckets are full again).
func (f *flood) prune(now time.Time) {
	f.pruned = now
	f.scans++
	for id, st := range f.chats {
		if now.Sub(st.lastSeen) > 10*time.Minute {
			delete(f.chats, id)
		}
	}
}
