// Package fakeslack is a fake Slack Web API on 127.0.0.1 for tests of the
// real slack-go client: auth.test, conversations.info, chat.postMessage
// (recorded, with threads and metadata) and conversations.history, with
// faults on demand: 500s, 429 with Retry-After, hanging calls, outages.
package fakeslack

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"time"
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

	mu      sync.Mutex
	posts   []Post
	calls   map[string]int
	fail500 int
	limited int
	retry   int
	hang    int
	down    bool
	nextTS  int64
}

// New starts a fake Slack that accepts token and knows channel.
func New(token, channel string) *Server {
	s := &Server{Token: token, Channel: channel, calls: map[string]int{}, nextTS: 1_700_000_000_000_100}
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	return s
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
		s.nextTS = max(s.nextTS+100, time.Now().UnixMicro())
		ts := fmt.Sprintf("%d.%06d", s.nextTS/1_000_000, s.nextTS%1_000_000)
		s.posts = append(s.posts, Post{Channel: ch, TS: ts, ThreadTS: r.Form.Get("thread_ts"), Text: r.Form.Get("text"),
			Blocks: r.Form.Get("blocks"), Metadata: r.Form.Get("metadata")})
		s.mu.Unlock()
		reply(w, map[string]any{"ok": true, "channel": ch, "ts": ts, "message": map[string]any{"text": r.Form.Get("text"), "ts": ts}})
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
