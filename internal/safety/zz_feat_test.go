package safety

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/mindbraintms/clinicbot/internal/knowledge"
	shipped "github.com/mindbraintms/clinicbot/knowledge"
)

// ZZ_Q: the tokens, masked words and the classifier's probabilities
func TestZZFeat(t *testing.T) {
	q := os.Getenv("ZZ_Q")
	if q == "" {
		t.Skip()
	}
	kb, _ := knowledge.Load(shipped.FS, "knowledge")
	d, _ := New(kb.Safety)
	for _, s := range strings.Split(q, "|") {
		ws := d.tokens(s)
		m := d.masked(ws)
		var a, b []string
		for i := range ws {
			a = append(a, ws[i].w)
			b = append(b, m[i].w)
		}
		kept := nonEmpty(m)
		fs := features(joinWords(kept))
		fmt.Println(strings.Join(a, " "), "||", strings.Join(b, " "), "|| first", d.model.probOf(fs), "learned", d.learned.probOf(fs), "recovered", d.blankRecovered(s, d.masked(ws)))
	}
}
