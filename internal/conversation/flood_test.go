package conversation

import (
	"strconv"
	"testing"
	"time"
)

// Past maxChats active chats, a new chat must not scan all of them under
// the shared lock each time (issue 12, item 12): at most once a minute.
func TestFloodPrunesAtMostOnceAMinute(t *testing.T) {
	f := newFlood(20)
	now := time.Date(2026, 11, 28, 10, 0, 0, 0, time.UTC)
	for i := 0; i <= maxChats; i++ {
		f.allow(strconv.Itoa(i), now)
	}
	for i := 0; i < 200; i++ {
		f.allow("new-"+strconv.Itoa(i), now.Add(time.Duration(i)*time.Millisecond))
	}
	if f.scans > 1 {
		t.Errorf("%d scans for 200 new chats, want at most 1", f.scans)
	}
	// Quiet chats are still forgotten.
	f.allow("later", now.Add(11*time.Minute))
	if len(f.chats) > 1 {
		t.Errorf("%d chats kept after ten quiet minutes, want only the new one", len(f.chats))
	}
}
