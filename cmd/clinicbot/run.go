package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"path/filepath"
	"strings"
	"sync/atomic"
	"time"

	"github.com/cenkalti/backoff/v5"
	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
	goslack "github.com/slack-go/slack"
	"github.com/slack-go/slack/socketmode"
	"golang.org/x/sync/errgroup"

	"github.com/mindbraintms/clinicbot/internal/clinicbot"
	"github.com/mindbraintms/clinicbot/internal/conversation"
	"github.com/mindbraintms/clinicbot/internal/dialog"
	"github.com/mindbraintms/clinicbot/internal/metrics"
	"github.com/mindbraintms/clinicbot/internal/ops"
	"github.com/mindbraintms/clinicbot/internal/slack"
	"github.com/mindbraintms/clinicbot/internal/store"
	"github.com/mindbraintms/clinicbot/internal/telegram"
	"github.com/mindbraintms/clinicbot/internal/web"
)

// ctxClient sends every request with ctx, so a long poll ends with it.
type ctxClient struct {
	ctx context.Context
	c   *http.Client
}

func (c ctxClient) Do(r *http.Request) (*http.Response, error) { return c.c.Do(r.WithContext(c.ctx)) }

// runBot is `clinicbot run`: the bot process, serving patients on
// Telegram, on the web chat, or both.
func runBot(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	cfg, _, err := setup("run", args, getenv, stderr, nil)
	if err != nil {
		return err
	}
	if cfg.Telegram.Token == "" && cfg.Web.Listen == "" {
		return errors.New("telegram.token is not set: set TELEGRAM_BOT_TOKEN (or telegram.token in the -config file) to the token from @BotFather,\n" +
			"or web.listen (CLINICBOT_WEB_LISTEN) to serve the web chat.\n" +
			"To talk to the bot without either, run: clinicbot chat")
	}
	log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
	eng, src, err := engineFor(cfg, stderr, true)
	if err != nil {
		return err
	}
	db, err := store.Open(cfg.DataDir)
	if err != nil {
		return fmt.Errorf("data_dir: %w", err)
	}
	defer db.Close()
	if abs, err := filepath.Abs(cfg.DataDir); err == nil {
		log.Info("data", "dir", abs)
	}

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	// Every component runs in the group: the first to fail stops the rest,
	// and the process exits non-zero with its reason. The store closes
	// (deferred above) only after all of them have stopped.
	g, ctx := errgroup.WithContext(ctx)
	component := func(name string, run func(ctx context.Context) error) {
		g.Go(func() error {
			err := run(ctx)
			switch {
			case err != nil && ctx.Err() == nil:
				return fmt.Errorf("%s: %w", name, err)
			case err == nil && ctx.Err() == nil:
				return fmt.Errorf("%s stopped", name)
			}
			return nil // stopped with the others
		})
	}
	m := metrics.New(func() map[string]int { return handoffCounts(db) })
	m.Reload(true, len(eng.Knowledge().Entries))
	ln, err := net.Listen("tcp", cfg.HTTPListen)
	if err != nil {
		return fmt.Errorf("http_listen %s: %w", cfg.HTTPListen, err)
	}
	log.Info("health and metrics", "listen", ln.Addr().String())
	component("health and metrics server", func(ctx context.Context) error {
		return ops.Serve(ctx, ops.NewHTTPServer(ops.Public(db.Check, m.Handler()), ops.Timeouts{}), ln)
	})
	// Names, phones and patients' questions only on a socket the bot's
	// own user can open (clinicbot handoffs / report use it while the bot
	// runs), never on the TCP address.
	if sock, err := ops.ListenAdmin(cfg.DataDir); err != nil {
		log.Warn("admin views unavailable while the bot runs (stop it to run handoffs or report)", "error", err)
	} else {
		admin := ops.Admin(db, func() map[string]*clinicbot.Entry { return eng.Knowledge().Entries })
		component("admin socket", func(ctx context.Context) error {
			return ops.Serve(ctx, ops.NewHTTPServer(admin, ops.Timeouts{}), sock)
		})
	}
	component("retention purge", func(ctx context.Context) error { return ops.PurgeLoop(ctx, db, cfg.Retention, log) })

	slackAPI, sender, err := slackSender(ctx, cfg, eng, db, log, m)
	if err != nil {
		cancel()
		g.Wait()
		return err
	}
	rl := &ops.Reloader{Engine: eng, Log: log, Observer: m, Folder: src.path, Build: func() (*dialog.Knowledge, int, []string, error) {
		dk, kb, problems, err := buildFor(src, true)
		var lines []string
		for _, p := range problems {
			lines = append(lines, p.Error())
		}
		return dk, len(kb.Entries), lines, err
	}}
	if slackAPI != nil {
		channel := cfg.Slack.AdminChannel
		if channel == "" {
			channel = cfg.Slack.HandoffChannel
		}
		rl.Notify = func(text string) {
			if err := slack.Notice(ctx, slackAPI, channel, text); err != nil {
				log.Warn("could not tell admins in Slack", "error", err)
			}
		}
	}
	component("knowledge watcher", rl.Run)
	notify := func(clinicbot.Handoff) {}
	if sender != nil {
		notify = func(clinicbot.Handoff) { sender.Notify() }
		component("Slack sender", sender.Run)
	} else {
		log.Warn("NO STAFF CHANNEL: Slack is not configured, so nobody is alerted to crises or appointment requests. " +
			"They are only stored (clinicbot handoffs lists them), and crisis replies tell patients the team was not alerted. " +
			"Set slack.bot_token and slack.handoff_channel to alert staff.")
	}
	eng.SetStaffChannel(sender != nil)

	conv := conversation.New(eng, db, conversation.Options{
		Logger: log, Observer: m, Notify: notify, FloodPerMinute: cfg.Telegram.FloodPerMinute,
	})
	var bot *telegram.Bot
	var undelivered atomic.Pointer[staffWarner] // set once the staff side exists
	if cfg.Telegram.Token != "" {
		token := cfg.Telegram.Token
		// Replies go out from many workers at once: keep a connection per
		// worker (the default keeps two, so the rest dialled anew for
		// every reply: a twelfth of the bot's time under load).
		transport := http.DefaultTransport.(*http.Transport).Clone()
		transport.MaxIdleConnsPerHost = cfg.Telegram.Workers + 4
		httpClient := &http.Client{Timeout: cfg.Telegram.PollTimeout + 15*time.Second, Transport: transport}
		api, err := connect(ctx, token, cfg.Telegram.APIEndpoint, ctxClient{ctx, httpClient}, log)
		if err != nil {
			cancel()
			g.Wait()
			return err
		}
		replier := *api // same bot, but its calls are not cut by shutdown
		replier.Client = httpClient
		bot = telegram.New(api, &replier, conv, db, telegram.Options{
			Username: api.Self.UserName, Workers: cfg.Telegram.Workers, PollTimeout: cfg.Telegram.PollTimeout,
			Logger: log, Token: token, Observer: m,
			Undelivered: func(o clinicbot.Outgoing, reason string) {
				if w := undelivered.Load(); w != nil {
					w.staff.Warn(w.ctx, o.HandoffID, "This message could not be delivered to the patient on Telegram ("+reason+"): "+o.Message.Text)
				}
			},
		})
		if err := bot.Setup(ctx); err != nil {
			log.Warn("could not register the command menu", "error", err)
		}
		component("Telegram reply delivery", bot.RunDelivery)
		if cfg.Telegram.WebhookURL != "" {
			component("Telegram webhook", func(ctx context.Context) error { return serveWebhook(ctx, bot, cfg, log) })
		} else {
			log.Info("clinicbot running: long polling", "bot", api.Self.UserName)
			component("Telegram polling", bot.Poll)
		}
	}
	var chat *web.Server
	if cfg.Web.Listen != "" {
		chat = web.New(conv, web.Options{
			AllowedOrigins: cfg.Web.AllowedOrigins, PublicURL: cfg.Web.PublicURL, Logger: log, SessionTTL: cfg.Retention, PerIP: cfg.Web.PerIP,
			Workers: cfg.Telegram.Workers,
			Clinic:  func() clinicbot.Clinic { c, _ := eng.Clinic(""); return c },
		})
		wln, err := net.Listen("tcp", cfg.Web.Listen)
		if err != nil {
			cancel()
			g.Wait()
			return fmt.Errorf("web.listen %s: %w", cfg.Web.Listen, err)
		}
		log.Info("clinicbot running: web chat", "listen", wln.Addr().String())
		component("web chat", func(ctx context.Context) error {
			return ops.Serve(ctx, ops.NewHTTPServer(chat.Handler(), ops.Timeouts{}), wln)
		})
	}
	if slackAPI != nil && cfg.Slack.AppToken != "" {
		clinic, _ := eng.Clinic("")
		patients := map[string]slack.Relayer{}
		if bot != nil {
			patients[clinicbot.ChannelTelegram] = bot
		}
		if chat != nil {
			patients[web.Channel] = chat
		}
		staff := slack.NewStaff(slackAPI, db, slack.StaffOptions{
			Channel: cfg.Slack.HandoffChannel, Layout: slack.Layout{Clinic: clinic, CrisisMention: cfg.Slack.CrisisMention, Buttons: true},
			NotePrefix: cfg.Slack.NotePrefix, ReannounceAfter: cfg.Slack.ReannounceAfter, Logger: log, Patients: patients,
			Texts: eng.Clinic,
		})
		undelivered.Store(&staffWarner{ctx: ctx, staff: staff})
		sm := socketmode.New(slackAPI)
		component("Slack Socket Mode", func(ctx context.Context) error { return staff.Run(ctx, sm) })
		log.Info("Socket Mode: staff can claim, reply and close from Slack")
	}
	err = g.Wait()
	log.Info("clinicbot stopped")
	return err
}

// staffWarner warns staff in a handoff's thread.
type staffWarner struct {
	ctx   context.Context
	staff *slack.Staff
}

// slackSender returns the Slack handoff sender, or nil when Slack is not
// configured. A rejected token or unknown channel stops start-up with a
// message naming the key; an unreachable Slack does not (handoffs wait in
// the outbox).
func slackSender(ctx context.Context, cfg Config, eng *dialog.Engine, db *store.DB, log *slog.Logger, m *metrics.Metrics) (*goslack.Client, *slack.Sender, error) {
	if cfg.Slack.BotToken == "" {
		return nil, nil, nil
	}
	api := goslack.New(cfg.Slack.BotToken, goslack.OptionAPIURL(cfg.Slack.APIURL), goslack.OptionHTTPClient(&http.Client{Timeout: 30 * time.Second}),
		goslack.OptionAppLevelToken(cfg.Slack.AppToken))
	team, err := slack.Check(ctx, api, cfg.Slack.HandoffChannel)
	var temp *slack.TemporaryError
	switch {
	case errors.As(err, &temp):
		log.Warn("Slack unreachable at start-up; handoffs will be delivered when it is back", "error", err)
	case err != nil:
		return nil, nil, err
	default:
		log.Info("Slack connected", "team", team, "channel", cfg.Slack.HandoffChannel)
	}
	clinic, _ := eng.Clinic("")
	loc, err := time.LoadLocation(clinic.Timezone)
	if err != nil {
		log.Warn("clinic timezone unknown; using UTC in Slack", "timezone", clinic.Timezone)
		loc = time.UTC
	}
	return api, slack.NewSender(api, db, slack.Options{
		Channel:     cfg.Slack.HandoffChannel,
		Layout:      slack.Layout{Clinic: clinic, Location: loc, CrisisMention: cfg.Slack.CrisisMention, Buttons: cfg.Slack.AppToken != ""},
		GiveUpAfter: cfg.Slack.GiveUpAfter,
		Logger:      log,
		OnError:     func(kind string) { m.Error("slack", kind) },
	}), nil
}

// handoffCounts counts stored handoffs by status, for /metrics.
func handoffCounts(db *store.DB) map[string]int {
	counts := map[string]int{}
	hs, err := db.Handoffs()
	if err != nil {
		return counts
	}
	for _, h := range hs {
		counts[h.Status]++
	}
	return counts
}

// connect calls getMe until it works: a network outage at start-up is
// waited out (backing off from 1 s to 30 s), a rejected token is not.
func connect(ctx context.Context, token, endpoint string, client tgbotapi.HTTPClient, log *slog.Logger) (*tgbotapi.BotAPI, error) {
	bo := backoff.NewExponentialBackOff()
	bo.InitialInterval, bo.MaxInterval = time.Second, 30*time.Second
	return backoff.Retry(ctx, func() (*tgbotapi.BotAPI, error) {
		api, err := tgbotapi.NewBotAPIWithClient(token, endpoint, client)
		if err == nil {
			return api, nil
		}
		msg := strings.ReplaceAll(err.Error(), token, "<token>")
		var te *tgbotapi.Error
		if errors.As(err, &te) && (te.Code == 401 || te.Code == 404) {
			return nil, backoff.Permanent(fmt.Errorf("telegram rejected the token (telegram.token / TELEGRAM_BOT_TOKEN): %s", msg))
		}
		return nil, errors.New(msg)
	}, backoff.WithBackOff(bo), backoff.WithMaxElapsedTime(0), backoff.WithNotify(func(err error, wait time.Duration) {
		log.Warn("cannot reach Telegram; retrying", "wait", wait.Round(time.Millisecond), "error", err)
	}))
}

func serveWebhook(ctx context.Context, bot *telegram.Bot, cfg Config, log *slog.Logger) error {
	u, _ := url.Parse(cfg.Telegram.WebhookURL)
	path := u.Path
	if path == "" {
		path = "/"
	}
	mux := http.NewServeMux()
	mux.Handle(path, bot.WebhookHandler(cfg.Telegram.WebhookSecret))
	ln, err := net.Listen("tcp", cfg.Telegram.WebhookListen)
	if err != nil {
		return fmt.Errorf("telegram.webhook_listen: %w", err)
	}
	srv := ops.NewHTTPServer(mux, ops.Timeouts{})
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	if err := bot.SetWebhook(ctx, cfg.Telegram.WebhookURL, cfg.Telegram.WebhookSecret); err != nil {
		srv.Close()
		return err
	}
	log.Info("clinicbot running: webhook", "listen", ln.Addr().String(), "path", path)
	select {
	case <-ctx.Done():
	case err := <-errc:
		return fmt.Errorf("webhook server: %w", err)
	}
	shut, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	return srv.Shutdown(shut) // waits for updates being handled
}
