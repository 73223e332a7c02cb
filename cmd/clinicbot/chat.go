package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/mindbraintms/clinicbot/internal/clinicbot"
)

func runChat(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	cfg, _, err := setup("chat", args, getenv, stderr, nil)
	if err != nil {
		return err
	}
	eng, err := engine(cfg, stderr)
	if err != nil {
		return err
	}
	interactive := isTerminal(stdin)
	out := bufio.NewWriter(stdout)
	defer out.Flush()

	kb := eng.Knowledge()
	fmt.Fprintf(out, "%s assistant (terminal chat, no network). Type a message; /start, /help, /book, /human; Ctrl-D to quit.\n\n", kb.Clinic.Name)
	var last []clinicbot.Suggestion
	prompt := func() {
		if interactive {
			fmt.Fprint(out, "you> ")
			out.Flush()
		}
	}
	prompt()
	return eachLine(ctx, stdin, func(line string) error {
		var r clinicbot.Reply
		if n, err := strconv.Atoi(strings.TrimSpace(line)); err == nil && n >= 1 && n <= len(last) {
			r = eng.Choose(last[n-1].EntryID)
		} else {
			var err error
			r, err = eng.Reply(ctx, clinicbot.Message{ChatID: "terminal", Text: line})
			if err != nil {
				fmt.Fprintln(stderr, "error:", err)
			}
		}
		if !interactive {
			fmt.Fprintf(out, "you> %s\n", line)
		}
		fmt.Fprintf(out, "bot> %s\n", strings.ReplaceAll(plain(r.Text), "\n", "\n     "))
		for i, s := range r.Suggestions {
			fmt.Fprintf(out, "     %d) %s\n", i+1, s.Question)
		}
		switch {
		case r.Kind == clinicbot.KindCrisis:
			fmt.Fprintln(out, "     [staff alert: CRISIS, urgent. No Slack configured here, so it is shown instead]")
		case r.Alert:
			fmt.Fprintln(out, "     [staff handoff: the team would be asked to contact this patient]")
		}
		fmt.Fprintln(out)
		last = r.Suggestions
		prompt()
		return out.Flush()
	})
}

func isTerminal(r io.Reader) bool {
	f, ok := r.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
