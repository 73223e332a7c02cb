package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/mindbraintms/clinicbot/internal/clinicbot"
)

// askResult is one line of `ask -json`.
type askResult struct {
	Question    string   `json:"question"`
	Kind        string   `json:"kind"`
	Entry       string   `json:"entry"`
	Score       float64  `json:"score"`
	Confidence  float64  `json:"confidence"` // calibrated chance the entry is right (answers and handoffs)
	Text        string   `json:"text"`
	Suggestions []string `json:"suggestions"`
	Lang        string   `json:"lang"` // the language of text: en or hi
}

func runAsk(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	var asJSON bool
	cfg, fset, err := setup("ask", args, getenv, stderr, func(f *flag.FlagSet) {
		f.BoolVar(&asJSON, "json", false, "print one JSON object per question")
	})
	if err != nil {
		return err
	}
	eng, err := engine(cfg, stderr)
	if err != nil {
		return err
	}
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	answer := func(q string) error {
		r, err := eng.Reply(ctx, clinicbot.Message{ChatID: "ask", Text: q, Lang: replyLang(q)})
		if err != nil {
			fmt.Fprintln(stderr, "error:", err)
		}
		return printAnswer(out, q, r, asJSON)
	}
	if fset.NArg() > 0 {
		return answer(strings.Join(fset.Args(), " "))
	}
	return eachLine(ctx, stdin, answer)
}

// eachLine calls fn for every line of r (any length), until EOF or ctx ends.
func eachLine(ctx context.Context, r io.Reader, fn func(string) error) error {
	br := bufio.NewReader(r)
	for {
		if err := ctx.Err(); err != nil {
			return nil
		}
		line, err := br.ReadString('\n')
		if line != "" || err == nil {
			if ferr := fn(strings.TrimRight(line, "\r\n")); ferr != nil {
				return ferr
			}
		}
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("read input: %w", err)
		}
	}
}

func printAnswer(w *bufio.Writer, q string, r clinicbot.Reply, asJSON bool) error {
	if asJSON {
		res := askResult{Question: q, Kind: string(r.Kind), Entry: r.EntryID, Score: round(r.Score), Confidence: round(r.Confidence), Text: r.Text, Suggestions: []string{}, Lang: r.Lang}
		for _, s := range r.Suggestions {
			res.Suggestions = append(res.Suggestions, s.Question)
		}
		b, err := json.Marshal(res)
		if err != nil {
			return fmt.Errorf("encode answer: %w", err)
		}
		w.Write(b)
		w.WriteByte('\n')
		return w.Flush()
	}
	fmt.Fprintf(w, "[%s", r.Kind)
	if r.EntryID != "" {
		fmt.Fprintf(w, " %s", r.EntryID)
	}
	if r.Score > 0 {
		fmt.Fprintf(w, " %.2f", r.Score)
	}
	fmt.Fprintf(w, "] %s\n", q)
	fmt.Fprintln(w, plain(r.Text))
	for i, s := range r.Suggestions {
		fmt.Fprintf(w, "  %d) %s\n", i+1, s.Question)
	}
	fmt.Fprintln(w)
	return w.Flush()
}

// plain drops the Markdown bold markers used in answers.
func plain(s string) string { return strings.ReplaceAll(s, "**", "") }

func round(f float64) float64 { return float64(int(f*1000+0.5)) / 1000 }

// replyLang is the language a fresh patient's message is answered in:
// Hindi when it is written mostly in Devanagari, otherwise English (the
// default of a new chat).
func replyLang(text string) string {
	if clinicbot.WrittenInDevanagari(text) {
		return clinicbot.LangHindi
	}
	return clinicbot.LangEnglish
}
