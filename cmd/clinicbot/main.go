// Command clinicbot is the Mind Brain TMS patient assistant.
//
// Usage:
//
//	clinicbot run      [-config FILE]                  serve patients on Telegram
//	clinicbot chat     [-config FILE]                  talk to the bot in the terminal
//	clinicbot ask      [-config FILE] [-json] [Q...]   answer questions (stdin lines or args)
//	clinicbot validate [-config FILE]                  lint the knowledge folder
//	clinicbot eval     [-config FILE] [CASES]          run the regression cases
//	clinicbot review   [-config FILE] [-json|-apply F] turn unanswered questions into phrasings
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
	_ "time/tzdata" // the clinic's timezone works on machines without zoneinfo
)

func main() {
	// The first SIGINT/SIGTERM stops gracefully (in-flight replies finish);
	// a second one exits at once.
	ctx, cancel := context.WithCancel(context.Background())
	sigs := make(chan os.Signal, 2)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	go func() {
		<-sigs
		cancel()
		<-sigs
		fmt.Fprintln(os.Stderr, "clinicbot: second signal, exiting now")
		os.Exit(130)
	}()
	err := run(ctx, os.Args[1:], os.Getenv, os.Stdin, os.Stdout, os.Stderr)
	cancel()
	if err != nil {
		if !errors.Is(err, errReported) {
			fmt.Fprintln(os.Stderr, "clinicbot:", err)
		}
		os.Exit(1)
	}
}

// errReported means the command already told the user what went wrong.
var errReported = errors.New("reported")

// errHelp means -h printed the command's help (exit 0).
var errHelp = errors.New("help")

const usage = `usage: clinicbot COMMAND [flags]

commands:
  run       serve patients on Telegram (needs TELEGRAM_BOT_TOKEN)
  chat      talk to the bot in this terminal (no tokens, no network)
  ask       answer questions given as arguments or one per stdin line (-json)
  handoffs  list stored handoffs: pending, sent, failed (-status)
  report    what patients asked that the knowledge lacks (-days N)
  validate  check the knowledge folder; errors as file:line: message
  eval      run knowledge/eval.yaml (or CASES) and report accuracy
  review    turn unanswered questions into phrasings (interactive; -json, -apply FILE)

Every command takes -config FILE (YAML; see config.example.yaml).
`

// run is the whole program behind main, with its environment passed in.
func run(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return errReported
	}
	cmd, rest := args[0], args[1:]
	var err error
	switch cmd {
	case "run":
		err = runBot(ctx, rest, getenv, stdout, stderr)
	case "report":
		err = runReport(ctx, rest, getenv, stdout, stderr)
	case "handoffs":
		err = runHandoffs(ctx, rest, getenv, stdout, stderr)
	case "chat":
		err = runChat(ctx, rest, getenv, stdin, stdout, stderr)
	case "ask":
		err = runAsk(ctx, rest, getenv, stdin, stdout, stderr)
	case "validate":
		err = runValidate(ctx, rest, getenv, stdout, stderr)
	case "eval":
		err = runEval(ctx, rest, getenv, stdout, stderr)
	case "review":
		err = runReview(ctx, rest, getenv, stdin, stdout, stderr)
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return nil
	default:
		fmt.Fprintf(stderr, "clinicbot: unknown command %q\n\n%s", cmd, usage)
		return errReported
	}
	if errors.Is(err, errHelp) {
		return nil // -h: the command's help was printed
	}
	return err
}
