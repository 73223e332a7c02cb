package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/mindbraintms/clinicbot/internal/clinicbot"
	"github.com/mindbraintms/clinicbot/internal/conversation"
	"github.com/mindbraintms/clinicbot/internal/store"
	"github.com/mindbraintms/clinicbot/internal/terminal"
)

// runChat is `clinicbot chat`: the whole patient conversation, booking
// included, in this terminal.
func runChat(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	cfg, _, err := setup("chat", args, getenv, stderr, nil)
	if err != nil {
		return err
	}
	eng, src, err := engineFrom(cfg, stderr)
	if err != nil {
		return err
	}
	dataDir, where := cfg.DataDir, ""
	db, err := store.Open(dataDir)
	if errors.Is(err, store.ErrLocked) {
		// The bot is running and holds the store: try out on a scratch one.
		if dataDir, err = os.MkdirTemp("", "clinicbot-chat-"); err != nil {
			return err
		}
		defer os.RemoveAll(dataDir)
		where = " (the running bot holds " + cfg.DataDir + ", so this chat uses a scratch store deleted at exit)"
		db, err = store.Open(dataDir)
	}
	if err != nil {
		return fmt.Errorf("data_dir: %w", err)
	}
	defer db.Close()

	eng.SetStaffChannel(cfg.Slack.BotToken != "") // as `run` with this config would
	chat := terminal.New(clinicbot.Patient{Channel: "terminal", ID: "local"}, !isTerminal(stdin))
	conv := conversation.New(eng, db, conversation.Options{Notify: chat.Staff})
	clinic, _ := eng.Clinic("")
	folder := src.describe()
	fmt.Fprintf(stdout, "%s assistant in the terminal (no network).\nKnowledge: %s\nData: %s%s\n"+
		"Type a message; a number picks a choice; /start, /help, /book, /human, /forget; Ctrl-D to quit.\n"+
		"Bookings and alerts made here are stored like a patient's: `clinicbot handoffs` lists them, and `clinicbot run` with Slack would post them to staff (/forget deletes them).\n\n%s\n\n",
		clinic.Name, folder, filepath.Join(dataDir, "clinicbot.db"), where, clinic.Disclaimer)
	prompt := ""
	if isTerminal(stdin) {
		prompt = "you> "
	}
	return chat.Run(ctx, conv, stdin, stdout, prompt)
}

func isTerminal(r io.Reader) bool {
	f, ok := r.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
