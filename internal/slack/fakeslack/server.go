// Package fakeslack is a fake Slack Web API on 127.0.0.1 for tests of the
// real slack-go client: auth.test, conversations.info, chat.postMessage
// (recorded, with threads and metadata) and conversations.history, with
// faults on demand: 500s, 429 with Retry-After, Slack's per-channel post
// rate limit, hanging calls, outages.
package fakeslack

import (
	"encoding/json"
	"fmt"
	"math"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/gorilla/websocket"
)

// Post is one message posted to the fake.
type Post struct {
	Channel  string
	TS       string
	ThreadTS string
	Text     string // fallback text
	Blocks   string // raw JSON
	Metadata string // raw JSON
}

// Server is the fake Slack. Create with New; Close when done.
type Server struct {
	*httptest.Server
	Token   string
	Channel string // the one channel that exists

	AppToken string   // accepted by apps.connections.open
	Members  []string // users in the channel

	mu        sync.Mutex
	posts     []Post
	updates   []Post
	ephemeral []Post
	acks      []string
	conns     []*websocket.Conn
	connects  int
	envSeq    int
	calls     map[string]int
	fail500   int
	limited   int
	retry     int
	hang      int
	down      bool
	nextTS    int64
	postEvery time.Duration        // LimitPosts
	clock     func() time.Time     // LimitPosts
	lastPost  map[string]time.Time // channel → last accepted post
	throttled int                  // posts answered 429 by LimitPosts
}

// New starts a fake Slack that accepts token and knows channel.
func New(token, channel string) *Server {
	s := &Server{Token: token, Channel: channel, calls: map[string]int{}, nextTS: 1_700_000_000_000_100,
		AppToken: "xapp-test", Members: []string{"U_STAFF"}}
	s.Server = httptest.NewServer(http.HandlerFunc(s.route))
	return s
}

func (s *Server) route(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "/ws" {
		s.socket(w, r)
		return
	}
	s.serve(w, r)
}

var upgrader = websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}

// socket is the Socket Mode websocket: hello, then envelopes; it records
// the client's acknowledgements.
func (s *Server) socket(w http.ResponseWriter, r *http.Request) {
	conn, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	s.mu.Lock()
	s.conns = append(s.conns, conn)
	s.connects++
	s.mu.Unlock()
	s.write(conn, map[string]any{"type": "hello", "num_connections": 1, "connection_info": map[string]any{"app_id": "A1"}})
	go func() { // Slack pings; the client times out without them
		for {
			time.Sleep(time.Second)
			s.mu.Lock()
			err := conn.WriteControl(websocket.PingMessage, []byte("p"), time.Now().Add(time.Second))
			s.mu.Unlock()
			if err != nil {
				return
			}
		}
	}()
	for {
		_, data, err := conn.ReadMessage()
		if err != nil {
			return
		}
		var ack struct {
			EnvelopeID string `json:"envelope_id"`
		}
		if json.Unmarshal(data, &ack) == nil && ack.EnvelopeID != "" {
			s.mu.Lock()
			s.acks = append(s.acks, ack.EnvelopeID)
			s.mu.Unlock()
		}
	}
}

func (s *Server) write(conn *websocket.Conn, v any) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return conn.WriteJSON(v)
}

// Envelope sends a Socket Mode envelope (events_api or interactive) with
// payload on the newest connection and returns its envelope id. retry > 0
// marks a redelivery.
func (s *Server) Envelope(typ string, payload any, retry int) (string, error) {
	s.mu.Lock()
	s.envSeq++
	id := fmt.Sprintf("env-%d", s.envSeq)
	var conn *websocket.Conn
	if len(s.conns) > 0 {
		conn = s.conns[len(s.conns)-1]
	}
	s.mu.Unlock()
	if conn == nil {
		return id, fmt.Errorf("no Socket Mode connection")
	}
	return id, s.write(conn, map[string]any{"envelope_id": id, "type": typ, "payload": payload, "accepts_response_payload": false, "retry_attempt": retry})
}

// Acks returns the envelope ids the client acknowledged.
func (s *Server) Acks() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.acks...)
}

// Connects returns how many Socket Mode connections were opened.
func (s *Server) Connects() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.connects
}

// DropConnections closes every Socket Mode connection (the client must reconnect).
func (s *Server) DropConnections() {
	s.mu.Lock()
	conns := s.conns
	s.conns = nil
	s.mu.Unlock()
	for _, c := range conns {
		c.Close()
	}
}

// Updates returns the chat.update calls; Ephemeral the chat.postEphemeral ones.
func (s *Server) Updates() []Post {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Post(nil), s.updates...)
}

// Ephemeral returns the ephemeral messages posted.
func (s *Server) Ephemeral() []Post {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Post(nil), s.ephemeral...)
}

// APIURL is the slack.api_url for this server (with the trailing slash).
func (s *Server) APIURL() string { return s.URL + "/api/" }

// Fail500 makes the next n calls answer 500.
func (s *Server) Fail500(n int) { s.mu.Lock(); s.fail500 = n; s.mu.Unlock() }

// RateLimit makes the next n calls answer 429 with Retry-After seconds.
func (s *Server) RateLimit(n, retryAfter int) {
	s.mu.Lock()
	s.limited, s.retry = n, retryAfter
	s.mu.Unlock()
}

// LimitPosts makes chat.postMessage accept at most one post per channel
// every interval, as Slack does (about one a second), measured by now
// (nil: time.Now); a post that comes sooner is answered 429 with a
// Retry-After of the whole seconds left (at least 1).
func (s *Server) LimitPosts(interval time.Duration, now func() time.Time) {
	if now == nil {
		now = time.Now
	}
	s.mu.Lock()
	s.postEvery, s.clock, s.lastPost = interval, now, map[string]time.Time{}
	s.mu.Unlock()
}

// Throttled returns how many posts LimitPosts refused.
func (s *Server) Throttled() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.throttled
}

// Hang makes the next n calls hang until the client gives up.
func (s *Server) Hang(n int) { s.mu.Lock(); s.hang = n; s.mu.Unlock() }

// SetDown makes every call fail with 503 until SetDown(false).
func (s *Server) SetDown(down bool) { s.mu.Lock(); s.down = down; s.mu.Unlock() }

// Posts returns the messages posted so far.
func (s *Server) Posts() []Post {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Post(nil), s.posts...)
}

// Calls returns how often a method was called.
func (s *Server) Calls(method string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.calls[method]
}

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	method := strings.TrimPrefix(r.URL.Path, "/api/")
	r.ParseForm()
	s.mu.Lock()
	s.calls[method]++
	switch {
	case s.down:
		s.mu.Unlock()
		http.Error(w, "service unavailable", http.StatusServiceUnavailable)
		return
	case s.hang > 0:
		s.hang--
		s.mu.Unlock()
		<-r.Context().Done()
		return
	case s.fail500 > 0:
		s.fail500--
		s.mu.Unlock()
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	case s.limited > 0:
		s.limited--
		retry := s.retry
		s.mu.Unlock()
		w.Header().Set("Retry-After", strconv.Itoa(retry))
		w.WriteHeader(http.StatusTooManyRequests)
		return
	}
	s.mu.Unlock()

	token := r.Form.Get("token")
	if auth := r.Header.Get("Authorization"); auth != "" {
		token = strings.TrimPrefix(auth, "Bearer ")
	}
	if method == "apps.connections.open" {
		if token != s.AppToken {
			reply(w, map[string]any{"ok": false, "error": "invalid_auth"})
			return
		}
		reply(w, map[string]any{"ok": true, "url": "ws" + strings.TrimPrefix(s.URL, "http") + "/ws"})
		return
	}
	if token != s.Token {
		reply(w, map[string]any{"ok": false, "error": "invalid_auth"})
		return
	}
	switch method {
	case "auth.test":
		reply(w, map[string]any{"ok": true, "team": "Clinic", "user": "clinicbot", "team_id": "T1", "user_id": "U1", "bot_id": "B1"})
	case "conversations.info":
		if r.Form.Get("channel") != s.Channel {
			reply(w, map[string]any{"ok": false, "error": "channel_not_found"})
			return
		}
		reply(w, map[string]any{"ok": true, "channel": map[string]any{"id": s.Channel, "name": "handoffs", "is_channel": true}})
	case "chat.postMessage":
		ch := r.Form.Get("channel")
		if ch != s.Channel {
			reply(w, map[string]any{"ok": false, "error": "channel_not_found"})
			return
		}
		s.mu.Lock()
		if s.postEvery > 0 {
			now := s.clock()
			if last, ok := s.lastPost[ch]; ok && now.Sub(last) < s.postEvery {
				retry := max(1, int(math.Ceil((s.postEvery - now.Sub(last)).Seconds())))
				s.throttled++
				s.mu.Unlock()
				w.Header().Set("Retry-After", strconv.Itoa(retry))
				w.WriteHeader(http.StatusTooManyRequests)
				return
			}
			s.lastPost[ch] = now
		}
		s.nextTS = max(s.nextTS+100, time.Now().UnixMicro())
		ts := fmt.Sprintf("%d.%06d", s.nextTS/1_000_000, s.nextTS%1_000_000)
		s.posts = append(s.posts, Post{Channel: ch, TS: ts, ThreadTS: r.Form.Get("thread_ts"), Text: r.Form.Get("text"),
			Blocks: r.Form.Get("blocks"), Metadata: r.Form.Get("metadata")})
		s.mu.Unlock()
		reply(w, map[string]any{"ok": true, "channel": ch, "ts": ts, "message": map[string]any{"text": r.Form.Get("text"), "ts": ts}})
	case "chat.update":
		s.mu.Lock()
		s.updates = append(s.updates, Post{Channel: r.Form.Get("channel"), TS: r.Form.Get("ts"), Text: r.Form.Get("text"), Blocks: r.Form.Get("blocks")})
		s.mu.Unlock()
		reply(w, map[string]any{"ok": true, "channel": r.Form.Get("channel"), "ts": r.Form.Get("ts"), "text": r.Form.Get("text")})
	case "chat.postEphemeral":
		s.mu.Lock()
		s.ephemeral = append(s.ephemeral, Post{Channel: r.Form.Get("channel"), ThreadTS: r.Form.Get("user"), Text: r.Form.Get("text")})
		s.mu.Unlock()
		reply(w, map[string]any{"ok": true, "message_ts": "1.1"})
	case "conversations.members":
		reply(w, map[string]any{"ok": true, "members": s.Members, "response_metadata": map[string]any{"next_cursor": ""}})
	case "users.info":
		u := r.Form.Get("user")
		reply(w, map[string]any{"ok": true, "user": map[string]any{"id": u, "name": strings.ToLower(u), "real_name": "Dr " + u,
			"profile": map[string]any{"display_name": "Dr " + strings.TrimPrefix(u, "U_")}}})
	case "conversations.history":
		oldest, _ := strconv.ParseFloat(r.Form.Get("oldest"), 64)
		var msgs []map[string]any
		s.mu.Lock()
		for i := len(s.posts) - 1; i >= 0; i-- {
			p := s.posts[i]
			t, _ := strconv.ParseFloat(p.TS, 64)
			if p.ThreadTS != "" || t < oldest {
				continue
			}
			m := map[string]any{"type": "message", "ts": p.TS, "text": p.Text}
			if p.Metadata != "" && r.Form.Get("include_all_metadata") == "1" {
				var md any
				json.Unmarshal([]byte(p.Metadata), &md)
				m["metadata"] = md
			}
			msgs = append(msgs, m)
		}
		s.mu.Unlock()
		reply(w, map[string]any{"ok": true, "messages": msgs, "has_more": false})
	default:
		reply(w, map[string]any{"ok": false, "error": "unknown_method"})
	}
}

func reply(w http.ResponseWriter, body any) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(body)
}
