// Package telegramtest is a fake Telegram Bot API server on 127.0.0.1 for
// tests: it queues updates, serves getUpdates (long polling, offsets),
// records every message the bot sends, and injects faults (429 with
// retry_after, 502 on getUpdates).
package telegramtest

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Sent is one call the bot made that produces something a user sees.
type Sent struct {
	Method      string
	ChatID      int64
	Text        string
	ParseMode   string
	ReplyMarkup string // raw JSON
	Params      map[string]string
	At          time.Time // when the server received it
}

// Server is the fake Bot API. Create it with New; Close it when done.
type Server struct {
	*httptest.Server
	Token string

	mu          sync.Mutex
	cond        *sync.Cond
	queue       []json.RawMessage // pending updates, each with its id
	ids         []int
	nextID      int
	sent        []Sent
	calls       map[string]int
	failUpdates int           // next getUpdates calls answer 502
	limitSends  int           // next sendMessage calls answer 429
	chatLimit   map[int64]int // chat → retry_after: its sendMessage calls answer 429
	downUntil   time.Time     // sendMessage answers 502 until then
	retryAfter  int
	nextMsgID   int
	blocked     map[int64]bool
}

// New starts a fake server for token.
func New(token string) *Server {
	s := &Server{Token: token, nextID: 1000, calls: map[string]int{}}
	s.cond = sync.NewCond(&s.mu)
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	return s
}

// Endpoint is the api_endpoint format for this server.
func (s *Server) Endpoint() string { return s.URL + "/bot%s/%s" }

// AddUpdate queues an update (a JSON object without update_id) and returns
// the id it was given.
func (s *Server) AddUpdate(update map[string]any) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.nextID++
	update["update_id"] = s.nextID
	raw, _ := json.Marshal(update)
	s.queue = append(s.queue, raw)
	s.ids = append(s.ids, s.nextID)
	s.cond.Broadcast()
	return s.nextID
}

// Message returns a private-chat text message update from user chatID.
func Message(chatID int64, text string) map[string]any {
	return map[string]any{"message": map[string]any{
		"message_id": 1, "date": time.Now().Unix(), "text": text,
		"chat": map[string]any{"id": chatID, "type": "private", "first_name": "Asha"},
		"from": map[string]any{"id": chatID, "is_bot": false, "first_name": "Asha", "username": "asha" + strconv.FormatInt(chatID, 10)},
	}}
}

// With returns a copy of a message update with extra message fields.
func With(update map[string]any, fields map[string]any) map[string]any {
	m := update["message"].(map[string]any)
	for k, v := range fields {
		m[k] = v
	}
	return update
}

// Callback returns a button-press update from user chatID.
func Callback(chatID int64, data string) map[string]any {
	return map[string]any{"callback_query": map[string]any{
		"id": "cb" + strconv.FormatInt(time.Now().UnixNano(), 36), "data": data,
		"from":    map[string]any{"id": chatID, "is_bot": false, "first_name": "Asha"},
		"message": map[string]any{"message_id": 2, "date": time.Now().Unix(), "chat": map[string]any{"id": chatID, "type": "private"}},
	}}
}

// FailGetUpdates makes the next n getUpdates calls answer 502.
func (s *Server) FailGetUpdates(n int) {
	s.mu.Lock()
	s.failUpdates = n
	s.mu.Unlock()
}

// RateLimitSends makes the next n sendMessage calls answer 429 with
// retry_after seconds.
func (s *Server) RateLimitSends(n, retryAfter int) {
	s.mu.Lock()
	s.limitSends, s.retryAfter = n, retryAfter
	s.mu.Unlock()
}

// ThrottleChat makes every sendMessage to chat answer 429 with
// retry_after seconds, until Unthrottle.
func (s *Server) ThrottleChat(chat int64, retryAfter int) {
	s.mu.Lock()
	if s.chatLimit == nil {
		s.chatLimit = map[int64]int{}
	}
	s.chatLimit[chat] = retryAfter
	s.mu.Unlock()
}

// Unthrottle ends ThrottleChat for chat.
func (s *Server) Unthrottle(chat int64) {
	s.mu.Lock()
	delete(s.chatLimit, chat)
	s.mu.Unlock()
}

// FailSendsFor makes sendMessage answer 502 for d from now.
func (s *Server) FailSendsFor(d time.Duration) {
	s.mu.Lock()
	s.downUntil = time.Now().Add(d)
	s.mu.Unlock()
}

// Block makes sendMessage to chat fail with 403, as when a user blocked the bot.
func (s *Server) Block(chat int64) {
	s.mu.Lock()
	if s.blocked == nil {
		s.blocked = map[int64]bool{}
	}
	s.blocked[chat] = true
	s.mu.Unlock()
}

// Sent returns the messages sent so far.
func (s *Server) Sent() []Sent {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Sent(nil), s.sent...)
}

// Calls returns how often a method was called (failed calls included).
func (s *Server) Calls(method string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.calls[method]
}

// Pending returns how many updates are not yet confirmed by an offset.
func (s *Server) Pending() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.queue)
}

// WaitSent waits until at least n messages were sent, or timeout.
func (s *Server) WaitSent(n int, timeout time.Duration) []Sent {
	deadline := time.Now().Add(timeout)
	for time.Now().Before(deadline) {
		if got := s.Sent(); len(got) >= n {
			return got
		}
		time.Sleep(5 * time.Millisecond)
	}
	return s.Sent()
}

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	parts := strings.Split(strings.TrimPrefix(r.URL.Path, "/"), "/")
	if len(parts) != 2 || parts[0] != "bot"+s.Token {
		reply(w, 401, map[string]any{"ok": false, "error_code": 401, "description": "Unauthorized"})
		return
	}
	method := parts[1]
	r.ParseForm()
	params := map[string]string{}
	for k := range r.Form {
		params[k] = r.Form.Get(k)
	}
	s.mu.Lock()
	s.calls[method]++
	s.mu.Unlock()
	switch method {
	case "getMe":
		ok(w, map[string]any{"id": 1, "is_bot": true, "first_name": "Clinic", "username": "ClinicTestBot"})
	case "getUpdates":
		s.getUpdates(w, r, params)
	case "sendMessage":
		s.mu.Lock()
		if s.limitSends > 0 {
			s.limitSends--
			ra := s.retryAfter
			s.mu.Unlock()
			reply(w, 429, map[string]any{"ok": false, "error_code": 429, "description": "Too Many Requests: retry after " + strconv.Itoa(ra),
				"parameters": map[string]any{"retry_after": ra}})
			return
		}
		chat, _ := strconv.ParseInt(params["chat_id"], 10, 64)
		if ra, ok := s.chatLimit[chat]; ok {
			s.mu.Unlock()
			reply(w, 429, map[string]any{"ok": false, "error_code": 429, "description": "Too Many Requests: retry after " + strconv.Itoa(ra),
				"parameters": map[string]any{"retry_after": ra}})
			return
		}
		if time.Now().Before(s.downUntil) {
			s.mu.Unlock()
			reply(w, 502, map[string]any{"ok": false, "error_code": 502, "description": "Bad Gateway"})
			return
		}
		if s.blocked[chat] {
			s.mu.Unlock()
			reply(w, 403, map[string]any{"ok": false, "error_code": 403, "description": "Forbidden: bot was blocked by the user"})
			return
		}
		s.sent = append(s.sent, Sent{Method: method, ChatID: chat, Text: params["text"], ParseMode: params["parse_mode"], ReplyMarkup: params["reply_markup"], Params: params, At: time.Now()})
		s.nextMsgID++
		id := s.nextMsgID
		s.mu.Unlock()
		ok(w, map[string]any{"message_id": id, "date": time.Now().Unix(), "chat": map[string]any{"id": chat, "type": "private"}, "text": params["text"]})
	case "answerCallbackQuery", "setMyCommands", "deleteWebhook", "setWebhook", "sendChatAction":
		s.mu.Lock()
		chat, _ := strconv.ParseInt(params["chat_id"], 10, 64)
		if method != "sendChatAction" {
			s.sent = append(s.sent, Sent{Method: method, ChatID: chat, Params: params})
		}
		s.mu.Unlock()
		ok(w, true)
	default:
		reply(w, 404, map[string]any{"ok": false, "error_code": 404, "description": "Not Found: method " + method})
	}
}

func (s *Server) getUpdates(w http.ResponseWriter, r *http.Request, params map[string]string) {
	offset, _ := strconv.Atoi(params["offset"])
	timeout, _ := strconv.Atoi(params["timeout"])
	limit, _ := strconv.Atoi(params["limit"])
	if limit <= 0 || limit > 100 {
		limit = 100
	}
	s.mu.Lock()
	if s.failUpdates > 0 {
		s.failUpdates--
		s.mu.Unlock()
		http.Error(w, "Bad Gateway", http.StatusBadGateway)
		return
	}
	// Confirm (drop) everything below offset, as Telegram does.
	for len(s.ids) > 0 && s.ids[0] < offset {
		s.ids, s.queue = s.ids[1:], s.queue[1:]
	}
	deadline := time.Now().Add(time.Duration(timeout) * time.Second)
	stop := context(r)
	for len(s.queue) == 0 && time.Now().Before(deadline) && !stopped(stop) {
		waitFor(s.cond, 50*time.Millisecond)
		for len(s.ids) > 0 && s.ids[0] < offset {
			s.ids, s.queue = s.ids[1:], s.queue[1:]
		}
	}
	n := min(limit, len(s.queue))
	out := append([]json.RawMessage(nil), s.queue[:n]...)
	s.mu.Unlock()
	ok(w, out)
}

func context(r *http.Request) <-chan struct{} { return r.Context().Done() }

func stopped(c <-chan struct{}) bool {
	select {
	case <-c:
		return true
	default:
		return false
	}
}

// waitFor waits on cond (whose lock is held) for at most d.
func waitFor(cond *sync.Cond, d time.Duration) {
	t := time.AfterFunc(d, cond.Broadcast)
	cond.Wait()
	t.Stop()
}

func ok(w http.ResponseWriter, result any) {
	reply(w, 200, map[string]any{"ok": true, "result": result})
}

func reply(w http.ResponseWriter, code int, body any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(body)
}
