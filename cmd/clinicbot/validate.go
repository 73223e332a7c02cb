package main

import (
	"context"
	"fmt"
	"io"
	"io/fs"

	"github.com/mindbraintms/clinicbot/internal/knowledge"
)

func runValidate(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	cfg, _, err := setup("validate", args, getenv, stderr, nil)
	if err != nil {
		return err
	}
	src, err := knowledgeSource(cfg)
	if err != nil {
		return err
	}
	_, kb, problems, buildErr := build(src)
	for _, p := range problems {
		fmt.Fprintln(stdout, p)
	}
	for _, w := range kb.Warnings {
		fmt.Fprintln(stdout, "warning:", w)
	}
	if _, err := fs.Stat(src.fsys, "eval.yaml"); err == nil {
		_, evalProblems := knowledge.LoadEval(src.fsys, "eval.yaml", src.name+"/eval.yaml")
		for _, p := range evalProblems {
			fmt.Fprintln(stdout, p)
		}
		problems = append(problems, evalProblems...)
	}
	count := len(problems)
	if buildErr != nil {
		fmt.Fprintln(stdout, buildErr)
		count++
	}
	if count > 0 {
		fmt.Fprintf(stderr, "%s: %d problem(s)\n", src.name, count)
		return errReported
	}
	where := src.name
	if src.embedded {
		where += " (embedded)"
	}
	fmt.Fprintf(stdout, "%s: ok: %d entries, %d synonym groups, %d crisis phrases, %d helplines\n",
		where, len(kb.Entries), len(kb.Synonyms), len(kb.Safety.CrisisPhrases), len(kb.Safety.Helplines))
	return nil
}
