package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"reflect"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"
)

// Config is clinicbot's configuration: defaults, then the YAML file, then
// environment variables. Every key is documented in config.example.yaml.
type Config struct {
	KnowledgeDir string         `yaml:"knowledge_dir"`
	DataDir      string         `yaml:"data_dir"`
	HTTPListen   string         `yaml:"http_listen"`
	Retention    time.Duration  `yaml:"retention"`
	Telegram     TelegramConfig `yaml:"telegram"`
	Slack        SlackConfig    `yaml:"slack"`
	Web          WebConfig      `yaml:"web"`

	// knowledgeSet records whether knowledge_dir was chosen explicitly;
	// if not, and ./knowledge is absent, the embedded knowledge is used.
	knowledgeSet bool
	// warnings are problems worth saying that do not stop the command.
	warnings []string
}

// TelegramConfig configures the Telegram channel.
type TelegramConfig struct {
	Token          string        `yaml:"token"`
	APIEndpoint    string        `yaml:"api_endpoint"`
	WebhookURL     string        `yaml:"webhook_url"`
	WebhookListen  string        `yaml:"webhook_listen"`
	WebhookSecret  string        `yaml:"webhook_secret"`
	PollTimeout    time.Duration `yaml:"poll_timeout"`
	Workers        int           `yaml:"workers"`
	FloodPerMinute int           `yaml:"flood_per_minute"`
}

// SlackConfig configures the staff handoff in Slack.
type SlackConfig struct {
	BotToken        string        `yaml:"bot_token"`
	AppToken        string        `yaml:"app_token"`
	APIURL          string        `yaml:"api_url"`
	HandoffChannel  string        `yaml:"handoff_channel"`
	AdminChannel    string        `yaml:"admin_channel"`
	CrisisMention   string        `yaml:"crisis_mention"`
	NotePrefix      string        `yaml:"note_prefix"`
	ReannounceAfter time.Duration `yaml:"reannounce_after"`
	GiveUpAfter     time.Duration `yaml:"give_up_after"`
}

// WebConfig configures the web chat (served when Listen is set).
type WebConfig struct {
	Listen         string   `yaml:"listen"`
	AllowedOrigins []string `yaml:"allowed_origins"`
	PublicURL      string   `yaml:"public_url"`
	PerIP          int      `yaml:"requests_per_ip"` // per minute (default 300)
}

// defaultConfig returns the configuration used when nothing is set.
func defaultConfig() Config {
	return Config{
		KnowledgeDir: "knowledge",
		DataDir:      "data",
		HTTPListen:   "127.0.0.1:8080",
		Retention:    30 * 24 * time.Hour,
		Telegram: TelegramConfig{APIEndpoint: "https://api.telegram.org/bot%s/%s", WebhookListen: "127.0.0.1:8443",
			PollTimeout: 30 * time.Second, Workers: 16, FloodPerMinute: 20},
		Slack: SlackConfig{APIURL: "https://slack.com/api/", GiveUpAfter: 24 * time.Hour, NotePrefix: "//", ReannounceAfter: 15 * time.Minute},
		Web:   WebConfig{AllowedOrigins: []string{}, PerIP: 300},
	}
}

// loadConfig reads path (if not empty) over the defaults, then applies the
// environment. Unknown keys are errors that name the line.
func loadConfig(path string, getenv func(string) string) (Config, error) {
	cfg := defaultConfig()
	if path != "" {
		data, err := os.ReadFile(path)
		if err != nil {
			return cfg, fmt.Errorf("read config: %w", err)
		}
		if err := parseConfig(data, &cfg); err != nil {
			return cfg, fmt.Errorf("config %s: %w", path, err)
		}
		var probe struct {
			KnowledgeDir *string `yaml:"knowledge_dir"`
		}
		_ = yaml.Unmarshal(data, &probe)
		cfg.knowledgeSet = probe.KnowledgeDir != nil
		secret := cfg.Telegram.Token != "" || cfg.Telegram.WebhookSecret != "" || cfg.Slack.BotToken != "" || cfg.Slack.AppToken != ""
		if st, err := os.Stat(path); err == nil && secret && st.Mode().Perm()&0o077 != 0 {
			cfg.warnings = append(cfg.warnings, fmt.Sprintf("config %s holds tokens and other users can read it (mode %04o): run chmod 600 %s, or pass the tokens in the environment", path, st.Mode().Perm(), path))
		}
	}
	env := []struct {
		name string
		dst  *string
	}{
		{"CLINICBOT_KNOWLEDGE_DIR", &cfg.KnowledgeDir},
		{"CLINICBOT_DATA_DIR", &cfg.DataDir},
		{"CLINICBOT_HTTP_LISTEN", &cfg.HTTPListen},
		{"TELEGRAM_BOT_TOKEN", &cfg.Telegram.Token},
		{"TELEGRAM_API_ENDPOINT", &cfg.Telegram.APIEndpoint},
		{"TELEGRAM_WEBHOOK_SECRET", &cfg.Telegram.WebhookSecret},
		{"SLACK_BOT_TOKEN", &cfg.Slack.BotToken},
		{"SLACK_APP_TOKEN", &cfg.Slack.AppToken},
		{"SLACK_API_URL", &cfg.Slack.APIURL},
		{"SLACK_HANDOFF_CHANNEL", &cfg.Slack.HandoffChannel},
		{"CLINICBOT_WEB_LISTEN", &cfg.Web.Listen},
	}
	for _, e := range env {
		if v := getenv(e.name); v != "" {
			*e.dst = v
			if e.name == "CLINICBOT_KNOWLEDGE_DIR" {
				cfg.knowledgeSet = true
			}
		}
	}
	return cfg, cfg.Validate()
}

func parseConfig(data []byte, cfg *Config) error {
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err == nil {
		if errs := checkKeys(&root, reflect.TypeOf(*cfg), ""); len(errs) > 0 {
			return errors.New(strings.Join(errs, "\n"))
		}
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(cfg); err != nil && !errors.Is(err, io.EOF) {
		return fmt.Errorf("%s", strings.TrimPrefix(err.Error(), "yaml: "))
	}
	return nil
}

// Validate reports values that cannot work, naming the key.
func (c Config) Validate() error {
	var errs []error
	if strings.TrimSpace(c.KnowledgeDir) == "" {
		errs = append(errs, errors.New("knowledge_dir must not be empty"))
	}
	if strings.TrimSpace(c.DataDir) == "" {
		errs = append(errs, errors.New("data_dir must not be empty"))
	}
	if c.Telegram.APIEndpoint != "" && strings.Count(c.Telegram.APIEndpoint, "%s") != 2 {
		errs = append(errs, errors.New(`telegram.api_endpoint must contain two %s (token, then method), like "https://api.telegram.org/bot%s/%s"`))
	}
	if c.Telegram.WebhookURL != "" {
		if u, err := url.Parse(c.Telegram.WebhookURL); err != nil || u.Scheme == "" || u.Host == "" {
			errs = append(errs, errors.New("telegram.webhook_url must be a full URL like https://bot.example.org/telegram"))
		}
		if len(c.Telegram.WebhookSecret) < 16 {
			errs = append(errs, errors.New("telegram.webhook_secret (TELEGRAM_WEBHOOK_SECRET) must be set, at least 16 characters, when telegram.webhook_url is set"))
		}
	}
	if c.Telegram.PollTimeout < time.Second || c.Telegram.PollTimeout > 50*time.Second {
		errs = append(errs, errors.New("telegram.poll_timeout must be from 1s to 50s"))
	}
	if c.Telegram.Workers < 1 || c.Telegram.Workers > 256 {
		errs = append(errs, errors.New("telegram.workers must be from 1 to 256"))
	}
	if c.Telegram.FloodPerMinute < 1 {
		errs = append(errs, errors.New("telegram.flood_per_minute must be at least 1"))
	}
	if c.Slack.BotToken != "" && c.Slack.HandoffChannel == "" {
		errs = append(errs, errors.New("slack.handoff_channel (SLACK_HANDOFF_CHANNEL) must be set when slack.bot_token is: the channel ID (C…) where staff get handoffs"))
	}
	if c.Slack.CrisisMention != "" && !(strings.HasPrefix(c.Slack.CrisisMention, "<!") || strings.HasPrefix(c.Slack.CrisisMention, "<@")) {
		errs = append(errs, errors.New("slack.crisis_mention must be a Slack mention like <!subteam^S123>, <!here> or <@U123>"))
	}
	if c.Slack.AppToken != "" && (c.Slack.BotToken == "" || !strings.HasPrefix(c.Slack.AppToken, "xapp-")) {
		errs = append(errs, errors.New("slack.app_token (SLACK_APP_TOKEN) must be an app-level token (xapp-…), used together with slack.bot_token"))
	}
	if c.Slack.ReannounceAfter < time.Minute {
		errs = append(errs, errors.New("slack.reannounce_after must be at least 1m"))
	}
	if c.Retention < time.Hour {
		errs = append(errs, errors.New("retention must be at least 1h (default 720h, 30 days)"))
	}
	if c.Slack.GiveUpAfter < time.Minute {
		errs = append(errs, errors.New("slack.give_up_after must be at least 1m"))
	}
	for _, o := range c.Web.AllowedOrigins {
		if u, err := url.Parse(o); err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" || (u.Path != "" && u.Path != "/") {
			errs = append(errs, fmt.Errorf("web.allowed_origins: %q is not an origin like https://mindbraintms.com", o))
		}
	}
	if c.Web.PerIP < 1 {
		errs = append(errs, errors.New("web.requests_per_ip must be at least 1 (default 300 a minute)"))
	}
	if c.Web.PublicURL != "" {
		if u, err := url.Parse(c.Web.PublicURL); err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
			errs = append(errs, errors.New("web.public_url must be a full URL like https://chat.mindbraintms.com"))
		}
	}
	if c.Slack.APIURL != "" && !strings.HasSuffix(c.Slack.APIURL, "/") {
		errs = append(errs, errors.New(`slack.api_url must end with "/", like "https://slack.com/api/"`))
	}
	return errors.Join(errs...)
}

// checkKeys walks the YAML of a config section of type t (path is its key
// path) and reports, with lines, every key it does not know (with the
// nearest known one) and every duration written as a bare number.
func checkKeys(n *yaml.Node, t reflect.Type, path string) []string {
	if n.Kind == yaml.DocumentNode && len(n.Content) > 0 {
		return checkKeys(n.Content[0], t, path)
	}
	if t.Kind() != reflect.Struct || n.Kind != yaml.MappingNode {
		return nil
	}
	fields := map[string]reflect.Type{}
	var names []string
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		tag := strings.Split(f.Tag.Get("yaml"), ",")[0]
		if tag == "" || tag == "-" {
			continue
		}
		fields[tag] = f.Type
		names = append(names, tag)
	}
	var errs []string
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		key := k.Value
		if path != "" {
			key = path + "." + k.Value
		}
		ft, ok := fields[k.Value]
		if !ok {
			msg := fmt.Sprintf("line %d: unknown key %s", k.Line, key)
			if near := nearest(k.Value, names); near != "" {
				if path != "" {
					near = path + "." + near
				}
				msg += "; did you mean " + near + "?"
			} else {
				msg += " (known here: " + strings.Join(names, ", ") + ")"
			}
			errs = append(errs, msg)
			continue
		}
		if ft == reflect.TypeOf(time.Duration(0)) && v.Kind == yaml.ScalarNode && v.Tag == "!!int" {
			errs = append(errs, fmt.Sprintf("line %d: %s: %s is not a duration: write %ss (or m, h: 1m, 720h)", v.Line, key, v.Value, v.Value))
			continue
		}
		errs = append(errs, checkKeys(v, ft, key)...)
	}
	return errs
}

// nearest returns the known name closest to s (at most two edits away, or
// one that starts the same way), or "".
func nearest(s string, names []string) string {
	best, bestD := "", 3
	for _, n := range names {
		if d := editDistance(s, n); d < bestD {
			best, bestD = n, d
		}
	}
	return best
}

func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(b)]
}
