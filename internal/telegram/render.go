package telegram

import (
	"html"
	"strings"
	"unicode/utf8"
)

// MaxMessage is Telegram's limit on one message's text, in characters.
const MaxMessage = 4096

// toHTML renders an answer for Telegram's HTML parse mode: every character
// of the text is escaped, then the answers' **bold** becomes <b>, and "- "
// list items become bullets. Patient or admin text can never inject tags.
func toHTML(text string) string {
	var b strings.Builder
	lines := strings.Split(text, "\n")
	for i, line := range lines {
		if i > 0 {
			b.WriteByte('\n')
		}
		if rest, ok := strings.CutPrefix(line, "- "); ok {
			line = "• " + rest
		}
		parts := strings.Split(line, "**")
		if len(parts)%2 == 0 { // unbalanced: no bold on this line
			b.WriteString(html.EscapeString(line))
			continue
		}
		for j, p := range parts {
			if j%2 == 1 && p != "" {
				b.WriteString("<b>" + html.EscapeString(p) + "</b>")
			} else {
				b.WriteString(html.EscapeString(p))
			}
		}
	}
	return b.String()
}

// split cuts HTML text into messages of at most max characters, at
// paragraph, then line, then word boundaries, never inside a tag or an
// entity. Bold spans in answers are short and never cross a paragraph.
func split(text string, max int) []string {
	var out []string
	for utf8.RuneCountInString(text) > max {
		cut := cutPoint(text, max)
		out = append(out, strings.TrimRight(text[:cut], " \n"))
		text = strings.TrimLeft(text[cut:], " \n")
	}
	if strings.TrimSpace(text) != "" || len(out) == 0 {
		out = append(out, text)
	}
	// Telegram refuses a part whose <b> is closed in the next one: close
	// bold at the end of a part and open it again in the next.
	open := false
	for i, part := range out {
		if open {
			part = "<b>" + part
		}
		open = strings.LastIndex(part, "<b>") > strings.LastIndex(part, "</b>")
		if open {
			part += "</b>"
		}
		out[i] = part
	}
	return out
}

// cutPoint returns a byte index ≤ max characters into s to cut at.
func cutPoint(s string, max int) int {
	limit := 0
	for n := 0; n < max && limit < len(s); n++ {
		_, size := utf8.DecodeRuneInString(s[limit:])
		limit += size
	}
	head := s[:limit]
	for _, sep := range []string{"\n\n", "\n", " "} {
		if i := strings.LastIndex(head, sep); i > limit/2 {
			return safeCut(s, i+len(sep))
		}
	}
	return safeCut(s, limit)
}

// safeCut moves a cut back so it does not split a tag or an entity.
func safeCut(s string, i int) int {
	if j := strings.LastIndexAny(s[:i], "<&"); j >= 0 && !strings.ContainsAny(s[j:i], ">;") {
		if j > 0 {
			return j
		}
	}
	return i
}
