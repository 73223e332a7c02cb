package safety

import (
	"os"
	"strings"
	"testing"

	"github.com/mindbraintms/clinicbot/internal/knowledge"
	shipped "github.com/mindbraintms/clinicbot/knowledge"
)

func TestZZDebug(t *testing.T) {
	kb, _ := knowledge.Load(os.DirFS("../../knowledge"), "knowledge")
	_ = shipped.FS
	d, err := New(kb.Safety)
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range strings.Split(os.Getenv("MSGS"), "\n") {
		if text == "" {
			continue
		}
		words := d.lex.tokens(d.split(Normalize(text)))
		masked := append([]token(nil), words...)
		var hits []string
		for i := range d.notCrisis {
			before := len(nonEmpty(masked))
			blank(masked, &d.notCrisis[i])
			if len(nonEmpty(masked)) != before {
				hits = append(hits, d.notCrisis[i].src)
			}
		}
		kept := nonEmpty(masked)
		t.Logf("%q\n  words=%q\n  masks=%q\n  kept=%q risk=%v p=%.2f verdict=%+v", text, joinWords(nonEmpty(words)), hits, joinWords(kept), d.any(d.risk, kept), d.model.prob(joinWords(kept)), d.Check(text))
	}
}
