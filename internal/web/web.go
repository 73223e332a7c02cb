// Package web carries patients' conversations from the clinic's website:
// a chat page (/chat/) and an embeddable widget (/chat/widget.js), talking
// to a small JSON API with a server-sent event stream. Sessions are
// anonymous (a random token the browser keeps); each session's history is
// kept on the server so a reload or a reconnect shows it. What to answer
// is the conversation's business: this package is transport and rendering.
package web

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"golang.org/x/time/rate"

	"github.com/mindbraintms/clinicbot/internal/clinicbot"
)

//go:embed assets
var assets embed.FS

// Channel is the web chat's channel name (Patient.Channel).
const Channel = "web"

// Conversation answers a patient's event with the messages to send
// (conversation.Conversations).
type Conversation interface {
	Handle(ctx context.Context, ev clinicbot.Event) ([]clinicbot.Outbound, error)
}

// Options tune the web chat; zero values take the defaults.
type Options struct {
	// AllowedOrigins may embed the widget (the chat's own origin always may).
	AllowedOrigins []string
	// PublicURL is where patients reach the chat server (empty: as asked).
	PublicURL string
	// Clinic gives the clinic's name and colour for the page.
	Clinic func() clinicbot.Clinic
	Logger *slog.Logger
	// MaxMessage is the longest message accepted, in characters (2,000).
	MaxMessage int
	// SessionTTL: a session idle this long is forgotten (default 24 h).
	SessionTTL time.Duration
	// PerIP is how many requests one address may make a minute (300).
	PerIP int
	// Ping is how often an idle event stream gets a keep-alive (15 s).
	Ping time.Duration
	// Workers is how many messages are answered at once (16); the others
	// wait their turn, so a thousand browsers do not make a thousand
	// searches' worth of memory.
	Workers int
}

// Server is the web chat. It is safe for concurrent use.
type Server struct {
	conv Conversation
	opt  Options
	log  *slog.Logger
	page *template.Template

	mu       sync.Mutex
	sessions map[string]*session // by session id (a hash of the token)
	workers  chan struct{}       // messages being answered
	ips      map[string]*ipLimit
	pruned   time.Time
}

type ipLimit struct {
	lim  *rate.Limiter
	seen time.Time
}

// New returns the web chat for conv.
func New(conv Conversation, opt Options) *Server {
	if opt.Logger == nil {
		opt.Logger = slog.New(slog.DiscardHandler)
	}
	if opt.MaxMessage <= 0 {
		opt.MaxMessage = 2000
	}
	if opt.SessionTTL <= 0 {
		opt.SessionTTL = 24 * time.Hour
	}
	if opt.PerIP <= 0 {
		opt.PerIP = 300
	}
	if opt.Ping <= 0 {
		opt.Ping = 15 * time.Second
	}
	if opt.Workers <= 0 {
		opt.Workers = 16
	}
	if opt.Clinic == nil {
		opt.Clinic = func() clinicbot.Clinic { return clinicbot.Clinic{Name: "the clinic"} }
	}
	page := template.Must(template.ParseFS(assets, "assets/chat.html"))
	return &Server{conv: conv, opt: opt, log: opt.Logger.With("component", "web"), page: page,
		sessions: map[string]*session{}, ips: map[string]*ipLimit{}, workers: make(chan struct{}, opt.Workers)}
}

// Item is one entry of a session's history, as the browser gets it.
type Item struct {
	ID      int                `json:"id"`
	From    string             `json:"from"` // "you", "bot" or "staff"
	Text    string             `json:"text"`
	Choices []clinicbot.Choice `json:"choices,omitempty"`
	Input   string             `json:"input,omitempty"` // "phone": the next message is a phone number
	Client  string             `json:"cid,omitempty"`   // the browser's id of a message it sent
	Reset   bool               `json:"reset,omitempty"` // the history before it was deleted (/forget)
}

// session is one browser conversation.
type session struct {
	id   string
	turn sync.Mutex // one message of the session at a time, in order

	mu      sync.Mutex
	items   []Item
	next    int
	wake    chan struct{} // closed and replaced when an item is added
	used    time.Time
	clients map[string]bool // message ids already taken (a resend after a lost answer)
}

func (s *session) add(it Item) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.next++
	it.ID = s.next
	s.items = append(s.items, it)
	close(s.wake)
	s.wake = make(chan struct{})
}

// since returns the items after id and a channel closed on the next one.
func (s *session) since(id int) ([]Item, <-chan struct{}) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Item
	for _, it := range s.items {
		if it.ID > id {
			out = append(out, it)
		}
	}
	return out, s.wake
}

// Handler serves the chat under /chat/.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /chat/{$}", s.servePage)
	mux.HandleFunc("GET /chat/widget.js", s.serveAsset("assets/chat.js", "text/javascript; charset=utf-8"))
	mux.HandleFunc("GET /chat/chat.js", s.serveAsset("assets/chat.js", "text/javascript; charset=utf-8"))
	mux.HandleFunc("GET /chat/chat.css", s.serveAsset("assets/chat.css", "text/css; charset=utf-8"))
	mux.HandleFunc("OPTIONS /chat/api/", s.preflight)
	mux.HandleFunc("GET /chat/api/info", s.api(s.info))
	mux.HandleFunc("POST /chat/api/session", s.api(s.newSession))
	mux.HandleFunc("GET /chat/api/events", s.api(s.events))
	mux.HandleFunc("POST /chat/api/send", s.api(s.send))
	return mux
}

const csp = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

func (s *Server) servePage(w http.ResponseWriter, r *http.Request) {
	c := s.opt.Clinic()
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Content-Security-Policy", csp)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Cache-Control", "no-store")
	colour := c.Colour
	if !validColour(colour) {
		colour = "#1f5f8b"
	}
	s.page.Execute(w, map[string]string{"Name": c.Name, "Colour": colour})
}

func (s *Server) serveAsset(name, ctype string) http.HandlerFunc {
	data, err := assets.ReadFile(name)
	if err != nil {
		panic(err) // embedded at build time
	}
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", ctype)
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Header().Set("Cache-Control", "no-cache")
		w.Header().Set("Cross-Origin-Resource-Policy", "cross-origin") // the widget loads from the clinic's pages
		w.Write(data)
	}
}

// validColour accepts #rgb and #rrggbb only (it goes into the page's style).
func validColour(c string) bool {
	if (len(c) != 4 && len(c) != 7) || c[0] != '#' {
		return false
	}
	for _, r := range c[1:] {
		if !strings.ContainsRune("0123456789abcdefABCDEF", r) {
			return false
		}
	}
	return true
}

// originAllowed reports whether a request may use the API: no Origin
// (same-origin navigation), the chat's own origin, or an allowed one.
func (s *Server) originAllowed(r *http.Request) (origin string, ok bool) {
	origin = r.Header.Get("Origin")
	if origin == "" {
		return "", true
	}
	if origin == s.selfOrigin(r) {
		return origin, true
	}
	for _, o := range s.opt.AllowedOrigins {
		if strings.EqualFold(strings.TrimSuffix(o, "/"), origin) {
			return origin, true
		}
	}
	return origin, false
}

func (s *Server) selfOrigin(r *http.Request) string {
	if s.opt.PublicURL != "" {
		if u, err := url.Parse(s.opt.PublicURL); err == nil {
			return u.Scheme + "://" + u.Host
		}
	}
	scheme := "http"
	if r.TLS != nil || r.Header.Get("X-Forwarded-Proto") == "https" {
		scheme = "https"
	}
	return scheme + "://" + r.Host
}

func (s *Server) preflight(w http.ResponseWriter, r *http.Request) {
	origin, ok := s.originAllowed(r)
	if !ok {
		http.Error(w, "origin not allowed", http.StatusForbidden)
		return
	}
	s.cors(w, origin)
	w.Header().Set("Access-Control-Allow-Methods", "GET, POST")
	w.Header().Set("Access-Control-Allow-Headers", "Content-Type, X-Session")
	w.Header().Set("Access-Control-Max-Age", "600")
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) cors(w http.ResponseWriter, origin string) {
	w.Header().Add("Vary", "Origin")
	if origin != "" {
		w.Header().Set("Access-Control-Allow-Origin", origin)
	}
}

// api wraps an API handler with the origin check, CORS and the per-address
// rate limit.
func (s *Server) api(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		origin, ok := s.originAllowed(r)
		if !ok {
			s.log.Warn("web chat request from an origin not allowed", "origin", origin)
			jsonError(w, http.StatusForbidden, "This chat is not available on this website.")
			return
		}
		s.cors(w, origin)
		w.Header().Set("Cache-Control", "no-store")
		if !s.allowIP(r) {
			jsonError(w, http.StatusTooManyRequests, "Too many requests. Please wait a minute.")
			return
		}
		h(w, r)
	}
}

func (s *Server) allowIP(r *http.Request) bool {
	ip, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		ip = r.RemoteAddr
	}
	now := time.Now()
	s.mu.Lock()
	defer s.mu.Unlock()
	l := s.ips[ip]
	if l == nil {
		l = &ipLimit{lim: rate.NewLimiter(rate.Every(time.Minute/time.Duration(s.opt.PerIP)), s.opt.PerIP)}
		s.ips[ip] = l
	}
	l.seen = now
	s.pruneLocked(now)
	return l.lim.AllowN(now, 1)
}

// pruneLocked forgets idle sessions and addresses, at most once a minute.
func (s *Server) pruneLocked(now time.Time) {
	if now.Sub(s.pruned) < time.Minute {
		return
	}
	s.pruned = now
	for ip, l := range s.ips {
		if now.Sub(l.seen) > 10*time.Minute {
			delete(s.ips, ip)
		}
	}
	for id, ses := range s.sessions {
		ses.mu.Lock()
		idle := now.Sub(ses.used) > s.opt.SessionTTL
		ses.mu.Unlock()
		if idle {
			delete(s.sessions, id)
		}
	}
}

func jsonError(w http.ResponseWriter, code int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(map[string]string{"error": msg})
}

// info tells the browser the clinic's name, colour and the short note
// shown above the conversation (the disclaimer).
func (s *Server) info(w http.ResponseWriter, r *http.Request) {
	c := s.opt.Clinic()
	colour := c.Colour
	if !validColour(colour) {
		colour = ""
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(map[string]string{"name": c.Name, "colour": colour, "note": c.Disclaimer})
}

// newSession starts an anonymous session and returns its token. The token
// is the browser's secret; the server keys the session by its hash, so
// the store and logs never see it.
func (s *Server) newSession(w http.ResponseWriter, r *http.Request) {
	var b [24]byte
	if _, err := rand.Read(b[:]); err != nil {
		jsonError(w, http.StatusInternalServerError, "Please try again.")
		return
	}
	token := hex.EncodeToString(b[:])
	s.session(token, true)
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(map[string]string{"token": token})
}

// session returns the session of a token (made when create is set), or nil.
func (s *Server) session(token string, create bool) *session {
	if len(token) != 48 {
		return nil
	}
	sum := sha256.Sum256([]byte(token))
	id := hex.EncodeToString(sum[:12])
	s.mu.Lock()
	defer s.mu.Unlock()
	ses := s.sessions[id]
	if ses == nil && create {
		ses = &session{id: id, wake: make(chan struct{}), clients: map[string]bool{}}
		s.sessions[id] = ses
	}
	if ses != nil {
		ses.mu.Lock()
		ses.used = time.Now()
		ses.mu.Unlock()
	}
	return ses
}

// byID returns a session by its id (for staff messages), or nil.
func (s *Server) byID(id string) *session {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.sessions[id]
}

// events streams a session's history after ?after=N, then each new item,
// as server-sent events, with a comment line as keep-alive.
func (s *Server) events(w http.ResponseWriter, r *http.Request) {
	ses := s.session(r.Header.Get("X-Session"), false)
	if ses == nil {
		jsonError(w, http.StatusUnauthorized, "This conversation has ended. Start a new one.")
		return
	}
	after, _ := strconv.Atoi(r.URL.Query().Get("after"))
	rc := http.NewResponseController(w)
	rc.SetWriteDeadline(time.Time{}) // a stream outlives the server's write timeout
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("X-Accel-Buffering", "no")
	w.WriteHeader(http.StatusOK)
	ping := time.NewTicker(s.opt.Ping)
	defer ping.Stop()
	for {
		items, wake := ses.since(after)
		for _, it := range items {
			data, _ := json.Marshal(it)
			fmt.Fprintf(w, "id: %d\ndata: %s\n\n", it.ID, data)
			after = it.ID
		}
		if len(items) > 0 {
			if err := rc.Flush(); err != nil {
				return
			}
		}
		select {
		case <-r.Context().Done():
			return
		case <-wake:
		case <-ping.C:
			if _, err := io.WriteString(w, ": ping\n\n"); err != nil {
				return
			}
			if err := rc.Flush(); err != nil {
				return
			}
		}
	}
}

// send takes one message or choice from the browser: it is added to the
// history, handed to the conversation, and the replies follow in the
// stream. A resent message (same cid) is taken once.
func (s *Server) send(w http.ResponseWriter, r *http.Request) {
	ses := s.session(r.Header.Get("X-Session"), false)
	if ses == nil {
		jsonError(w, http.StatusUnauthorized, "This conversation has ended. Start a new one.")
		return
	}
	var in struct {
		Text   string `json:"text"`
		Choice string `json:"choice"`
		Label  string `json:"label"` // the pressed choice's label, shown in the history
		Client string `json:"cid"`
	}
	body := http.MaxBytesReader(w, r.Body, int64(4*s.opt.MaxMessage+1024))
	if err := json.NewDecoder(body).Decode(&in); err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			jsonError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("Your message is too long: please keep it under %d characters.", s.opt.MaxMessage))
			return
		}
		jsonError(w, http.StatusBadRequest, "That message could not be read.")
		return
	}
	in.Text = strings.TrimSpace(strings.ToValidUTF8(in.Text, "\uFFFD"))
	if utf8.RuneCountInString(in.Text) > s.opt.MaxMessage {
		jsonError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("Your message is too long: please keep it under %d characters.", s.opt.MaxMessage))
		return
	}
	if in.Text == "" && in.Choice == "" {
		jsonError(w, http.StatusBadRequest, "Type a message first.")
		return
	}
	ses.turn.Lock() // the session's messages in order
	defer ses.turn.Unlock()
	ses.mu.Lock()
	dup := in.Client != "" && ses.clients[in.Client]
	if in.Client != "" {
		ses.clients[in.Client] = true
	}
	ses.mu.Unlock()
	if dup {
		w.WriteHeader(http.StatusAccepted)
		return
	}
	shown := in.Text
	if in.Label != "" {
		shown = in.Label
	}
	if shown != "" {
		ses.add(Item{From: "you", Text: shown, Client: in.Client})
	}
	ev := clinicbot.Event{Patient: clinicbot.Patient{Channel: Channel, ID: ses.id}, Text: in.Text, Choice: in.Choice}
	if in.Choice != "" {
		ev.Text = ""
	}
	ctx, cancel := context.WithTimeout(context.WithoutCancel(r.Context()), 15*time.Second)
	defer cancel()
	select {
	case s.workers <- struct{}{}:
	case <-ctx.Done():
		jsonError(w, http.StatusServiceUnavailable, "Busy: please send your message again.")
		return
	}
	out, err := s.conv.Handle(ctx, ev)
	<-s.workers
	if err != nil {
		s.log.Error("web message not fully handled", "session", ses.id[:8], "error", err)
	}
	reset := isForget(in.Text)
	if reset {
		ses.mu.Lock() // what the browser was shown goes too
		ses.items = nil
		ses.mu.Unlock()
	}
	for _, o := range out {
		it := Item{From: "bot", Text: o.Text, Choices: o.Choices, Reset: reset}
		reset = false
		if o.Input == clinicbot.InputPhone {
			it.Input = "phone"
		}
		ses.add(it)
	}
	w.WriteHeader(http.StatusAccepted)
}

func isForget(text string) bool {
	t := strings.ToLower(strings.TrimSpace(text))
	return t == "/forget" || strings.HasPrefix(t, "/forget ")
}

// Relay shows a staff member's message in the patient's session, or
// fails when the session has ended (staff are then told in Slack).
func (s *Server) Relay(ctx context.Context, p clinicbot.Patient, handoffID, text string) error {
	ses := s.byID(p.ID)
	if ses == nil {
		return errors.New("their web chat has ended")
	}
	ses.add(Item{From: "staff", Text: text})
	return nil
}
