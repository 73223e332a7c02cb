package safety

import (
	"bufio"
	"fmt"
	"os"
	"testing"

	"github.com/mindbraintms/clinicbot/internal/knowledge"
)

func TestZZMask2(t *testing.T) {
	in := os.Getenv("MASKF")
	if in == "" {
		t.Skip()
	}
	kb, _ := knowledge.Load(os.DirFS("/work/main/knowledge"), ".")
	d, _ := New(kb.Safety)
	f, _ := os.Open(in)
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		m := sc.Text()
		words := d.tokens(m)
		for i := range d.notCrisis {
			if s, e, ok := d.notCrisis[i].find(words); ok {
				fmt.Printf("%q: mask %q blanks %d-%d\n", m, d.notCrisis[i].src[:min(len(d.notCrisis[i].src), 140)], s, e)
			}
		}
	}
}
