package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func env(m map[string]string) func(string) string { return func(k string) string { return m[k] } }

func TestConfigExampleParsesToTheDefaults(t *testing.T) {
	t.Parallel()
	cfg, err := loadConfig("../../config.example.yaml", env(nil))
	if err != nil {
		t.Fatalf("config.example.yaml: %v", err)
	}
	want := defaultConfig()
	want.knowledgeSet = true
	if !reflect.DeepEqual(cfg, want) {
		t.Errorf("config.example.yaml = %+v\nwant the defaults %+v", cfg, want)
	}
}

func TestConfigUnknownKeyIsAnError(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "c.yaml")
	os.WriteFile(path, []byte("knowledge_dir: k\ntelegram:\n  tokn: x\n"), 0o600)
	_, err := loadConfig(path, env(nil))
	if err == nil || !strings.Contains(err.Error(), "line 3") || !strings.Contains(err.Error(), "tokn") {
		t.Errorf("err = %v, want one naming line 3 and the key", err)
	}
}

func TestConfigEnvironmentOverridesFile(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "c.yaml")
	os.WriteFile(path, []byte("data_dir: fromfile\ntelegram:\n  token: fromfile\n"), 0o600)
	cfg, err := loadConfig(path, env(map[string]string{
		"TELEGRAM_BOT_TOKEN": "fromenv", "CLINICBOT_KNOWLEDGE_DIR": "/kb", "SLACK_HANDOFF_CHANNEL": "C1",
		"SLACK_API_URL": "http://127.0.0.1:9/api/",
	}))
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Telegram.Token != "fromenv" || cfg.DataDir != "fromfile" || cfg.KnowledgeDir != "/kb" ||
		!cfg.knowledgeSet || cfg.Slack.HandoffChannel != "C1" || cfg.Slack.APIURL != "http://127.0.0.1:9/api/" {
		t.Errorf("cfg = %+v", cfg)
	}
}

func TestConfigValidateNamesTheKey(t *testing.T) {
	t.Parallel()
	tests := []struct{ yaml, key string }{
		{"telegram:\n  api_endpoint: http://x/bot\n", "telegram.api_endpoint"},
		{"slack:\n  api_url: http://x/api\n", "slack.api_url"},
		{"data_dir: \"\"\n", "data_dir"},
	}
	for _, tt := range tests {
		path := filepath.Join(t.TempDir(), "c.yaml")
		os.WriteFile(path, []byte(tt.yaml), 0o600)
		if _, err := loadConfig(path, env(nil)); err == nil || !strings.Contains(err.Error(), tt.key) {
			t.Errorf("%q: err = %v, want it to name %s", tt.yaml, err, tt.key)
		}
	}
}

// A config file holding tokens that other users can read is warned about
// (issue 12, item 18).
func TestWorldReadableConfigWithTokensIsWarnedAbout(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "config.yaml")
	os.WriteFile(path, []byte("telegram:\n  token: \"123:abc\"\n"), 0o644)
	os.Chmod(path, 0o644)
	var stderr bytes.Buffer
	if _, _, err := setup("validate", []string{"-config", path}, env(map[string]string{}), &stderr, nil); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(stderr.String(), "chmod 600") {
		t.Errorf("no warning for a world-readable config with a token: %q", stderr.String())
	}
	os.Chmod(path, 0o600)
	stderr.Reset()
	setup("validate", []string{"-config", path}, env(map[string]string{}), &stderr, nil)
	if stderr.Len() != 0 {
		t.Errorf("warning for a private config: %q", stderr.String())
	}
}

// A misspelt key gets a did-you-mean naming the key path, and a bare number
// for a duration suggests the unit (issue 15).
func TestConfigErrorsSayWhatToWrite(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "config.yaml")
	os.WriteFile(path, []byte("telegram:\n  tokn: x\n  poll_timeout: 30\nslak:\n  bot_token: y\n"), 0o600)
	_, err := loadConfig(path, env(map[string]string{}))
	if err == nil {
		t.Fatal("no error")
	}
	for _, want := range []string{"line 2: unknown key telegram.tokn; did you mean telegram.token?",
		"line 3: telegram.poll_timeout: 30 is not a duration: write 30s", "line 4: unknown key slak; did you mean slack?"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error lacks %q:\n%v", want, err)
		}
	}
}

// -h on every command prints its help and exits 0.
func TestEveryCommandHasHelp(t *testing.T) {
	t.Parallel()
	for name := range commandHelp {
		var out, errOut bytes.Buffer
		if err := run(context.Background(), []string{name, "-h"}, env(nil), strings.NewReader(""), &out, &errOut); err != nil {
			t.Errorf("%s -h = %v", name, err)
		}
		if !strings.Contains(errOut.String(), "example:") || !strings.Contains(errOut.String(), "-config") {
			t.Errorf("%s -h printed:\n%s", name, errOut.String())
		}
	}
}
