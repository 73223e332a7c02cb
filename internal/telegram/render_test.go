package telegram

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/mindbraintms/clinicbot/internal/clinicbot"
)

func TestToHTMLEscapesEverythingButBold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"**Phone:** +91", "<b>Phone:</b> +91"},
		{"<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"},
		{"a & b <i>x</i>", "a &amp; b &lt;i&gt;x&lt;/i&gt;"},
		{"**<b>bold</b>**", "<b>&lt;b&gt;bold&lt;/b&gt;</b>"},
		{"- item one\n- item two", "• item one\n• item two"},
		{"unbalanced ** stays", "unbalanced ** stays"},
	}
	for _, tt := range tests {
		if got := toHTML(tt.in); got != tt.want {
			t.Errorf("toHTML(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSplitKeepsMessagesUnderTheLimit(t *testing.T) {
	para := strings.Repeat("word &amp; <b>bold</b> ", 40) // ~900 characters
	text := strings.Join([]string{para, para, para, para, para, para}, "\n\n")
	parts := split(text, MaxMessage)
	if len(parts) < 2 {
		t.Fatalf("%d characters in %d part(s)", utf8.RuneCountInString(text), len(parts))
	}
	joined := ""
	for i, p := range parts {
		if n := utf8.RuneCountInString(p); n > MaxMessage {
			t.Errorf("part %d has %d characters", i, n)
		}
		if strings.Count(p, "<b>") != strings.Count(p, "</b>") || strings.HasSuffix(p, "&amp") {
			t.Errorf("part %d cuts a tag or entity: ...%q", i, p[max(0, len(p)-30):])
		}
		joined += p
	}
	if strings.Count(joined, "word") != strings.Count(text, "word") {
		t.Error("text was lost in splitting")
	}
	if got := split("short", MaxMessage); len(got) != 1 || got[0] != "short" {
		t.Errorf("split(short) = %q", got)
	}
	// One long word with no spaces still splits, by characters.
	long := strings.Repeat("é", 9000)
	for _, p := range split(long, MaxMessage) {
		if utf8.RuneCountInString(p) > MaxMessage || !utf8.ValidString(p) {
			t.Error("bad cut in a long word")
		}
	}
}

func TestChoiceKeyboardFitsCallbackData(t *testing.T) {
	kb := choiceKeyboard([]clinicbot.Choice{
		{Data: "e:side-effects", Label: "What are the side effects?"},
		{Data: "e:" + strings.Repeat("x", 70), Label: "Too long an id"},
	})
	if kb == nil || len(kb.InlineKeyboard) != 1 {
		t.Fatalf("keyboard = %+v", kb)
	}
	if d := *kb.InlineKeyboard[0][0].CallbackData; d != "e:side-effects" || len(d) > 64 {
		t.Errorf("callback data = %q", d)
	}
	if choiceKeyboard(nil) != nil {
		t.Error("no suggestions must give no keyboard")
	}
}

func TestSplitKeepsBoldTagsWithinEachPart(t *testing.T) {
	long := "<b>" + strings.Repeat("word ", 200) + "</b> and after"
	parts := split(long, 300)
	if len(parts) < 2 {
		t.Fatalf("not split: %d parts", len(parts))
	}
	for i, p := range parts {
		if strings.Count(p, "<b>") != strings.Count(p, "</b>") {
			t.Errorf("part %d has unbalanced bold: %q", i, p)
		}
		if n := utf8.RuneCountInString(p); n > 300+len("<b></b>") {
			t.Errorf("part %d is %d characters", i, n)
		}
	}
}
