package safety

import (
	"os"
	"strings"
	"testing"

	"github.com/mindbraintms/clinicbot/internal/cache/cachetest"
	"github.com/mindbraintms/clinicbot/internal/knowledge"
	shipped "github.com/mindbraintms/clinicbot/knowledge"
)

func TestZZDebugClauses(t *testing.T) {
	in := os.Getenv("ZZ")
	if in == "" {
		t.Skip()
	}
	kb, errs := knowledge.Load(shipped.FS, "knowledge")
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	d, err := New(kb.Safety, WithCache(cachetest.Folder()))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range strings.Split(in, "|") {
		words := d.tokens(c)
		masked := d.masked(words)
		fs := features(joinWords(nonEmpty(masked)))
		var mw []string
		for _, m := range masked {
			mw = append(mw, m.w)
		}
		t.Logf("masked %q", strings.Join(mw, " "))
		t.Logf("%q: first %.2f learned %.2f taught %.2f risk %v practical %v open %v req %d", c, d.model.probOf(fs), d.learned.probOf(fs), d.taught.probOf(fs), d.any(d.risk, masked), d.any(d.practical, masked), d.any(d.openEnded, masked), d.requestIndex(words))
	}
}
