package review

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestMask(t *testing.T) {
	for in, want := range map[string]string{
		"call me on +91 98100 12345 please": "call me on [phone] please",
		"mail a.b@example.org":              "mail [email]",
		"my name is Asha, what is the cost": "my name is [name], what is the cost",
		"I am worried about the cost":       "I am worried about the cost",
	} {
		if got := Mask(in); got != want {
			t.Errorf("Mask(%q) = %q, want %q", in, got, want)
		}
	}
}

// AddPhrasing adds one line and changes nothing else, comments included.
func TestAddPhrasingIsAOneLineEdit(t *testing.T) {
	path := filepath.Join(t.TempDir(), "cost.md")
	before := "---\nid: cost\n# prices change: check with the desk\nquestion: How much?\nphrasings:\n  - what does it cost\n  - price\ntags: [cost]\n---\nCall us.\n"
	os.WriteFile(path, []byte(before), 0o644)
	if err := AddPhrasing(path, "fees: how much"); err != nil {
		t.Fatal(err)
	}
	after, _ := os.ReadFile(path)
	want := strings.Replace(before, "  - price\n", "  - price\n  - \"fees: how much\"\n", 1)
	if string(after) != want {
		t.Errorf("file after =\n%s\nwant\n%s", after, want)
	}
	if err := AddPhrasing(path, "call [phone] now"); err == nil {
		t.Error("a masked question was written")
	}
}

func TestIgnoreAndDraft(t *testing.T) {
	dir := t.TempDir()
	if err := Ignore(dir, "Do you sell coffee?"); err != nil {
		t.Fatal(err)
	}
	if !LoadIgnored(dir)[Key("do you sell coffee")] {
		t.Error("an ignored question is not remembered")
	}
	path, err := Draft(dir, "Do you have parking?")
	if err != nil || !strings.Contains(path, filepath.Join(".drafts", "do-you-have-parking.md")) {
		t.Fatalf("Draft = %q, %v", path, err)
	}
}
