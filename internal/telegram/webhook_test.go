package telegram

import (
	"sync"
	"testing"
	"time"
)

// The webhook's per-chat locks let one update of a chat in at a time, and exist only
// while a chat's updates are in flight: a million chats seen leave no
// million locks behind (issue 12, item 11).
func TestChatLocksAreExclusiveAndForgotten(t *testing.T) {
	b := &Bot{chatLks: map[int64]*chatLock{}}
	var mu sync.Mutex
	var order []int
	var wg sync.WaitGroup
	unlock := b.lockChat(7)
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			time.Sleep(time.Duration(i) * 20 * time.Millisecond)
			u := b.lockChat(7)
			mu.Lock()
			order = append(order, i)
			mu.Unlock()
			u()
		}(i)
	}
	time.Sleep(100 * time.Millisecond)
	mu.Lock()
	if len(order) != 0 {
		t.Error("a second update of the chat ran while the first held it")
	}
	mu.Unlock()
	unlock()
	wg.Wait()
	for chat := int64(0); chat < 10000; chat++ {
		b.lockChat(chat)()
	}
	if n := len(b.chatLks); n != 0 {
		t.Errorf("%d chat locks kept after their updates, want 0", n)
	}
}
