package knowledge

import (
	"fmt"
	"strings"

	"go.yaml.in/yaml/v3"
)

// doc walks one YAML document and collects problems with their lines.
// Line numbers are shifted by offset (the line the YAML starts at, minus one).
type doc struct {
	file   string
	offset int
	errs   *problems
	hindi  bool // texts must be in Devanagari
}

// parse decodes data into a root node, reporting syntax errors with lines.
func (d doc) parse(data []byte) (*yaml.Node, bool) {
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		line, msg := yamlErrorLine(err)
		d.errs.add(d.file, line+d.offset, "bad YAML: "+msg+explainYAML(msg))
		return nil, false
	}
	if len(root.Content) == 0 {
		return nil, true // empty document
	}
	return root.Content[0], true
}

// fields iterates a mapping node, calling set for each known key and
// reporting unknown, duplicate and non-scalar keys.
func (d doc) fields(n *yaml.Node, what string, known map[string]func(*yaml.Node)) {
	if n == nil {
		return
	}
	if n.Kind != yaml.MappingNode {
		d.errs.add(d.file, n.Line+d.offset, what+" must be a mapping of key: value")
		return
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		set, ok := known[k.Value]
		switch {
		case !ok:
			d.errs.add(d.file, k.Line+d.offset, fmt.Sprintf("unknown key %q in %s (known: %s)", k.Value, what, keyList(known)))
		case seen[k.Value]:
			d.errs.add(d.file, k.Line+d.offset, fmt.Sprintf("key %q appears twice", k.Value))
		default:
			seen[k.Value] = true
			set(v)
		}
	}
}

// str returns a scalar's text, reporting anything else.
func (d doc) str(n *yaml.Node, key string) string {
	if n.Kind != yaml.ScalarNode {
		d.errs.add(d.file, n.Line+d.offset, key+" must be text")
		return ""
	}
	return strings.TrimSpace(n.Value)
}

// list returns a sequence of scalars (a lone scalar counts as one item).
func (d doc) list(n *yaml.Node, key string) []string {
	if n.Kind == yaml.ScalarNode {
		if v := strings.TrimSpace(n.Value); v != "" && n.Tag != "!!null" {
			return []string{v}
		}
		return nil
	}
	if n.Kind != yaml.SequenceNode {
		d.errs.add(d.file, n.Line+d.offset, key+" must be a list")
		return nil
	}
	var out []string
	for _, item := range n.Content {
		if s := d.str(item, key+" item"); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// lines returns each item of a sequence with its (shifted) line.
func (d doc) lines(n *yaml.Node) []int {
	if n.Kind != yaml.SequenceNode {
		return []int{n.Line + d.offset}
	}
	out := make([]int, len(n.Content))
	for i, item := range n.Content {
		out[i] = item.Line + d.offset
	}
	return out
}

func keyList(known map[string]func(*yaml.Node)) string {
	keys := make([]string, 0, len(known))
	for k := range known {
		keys = append(keys, k)
	}
	sortStrings(keys)
	return strings.Join(keys, ", ")
}

// yamlErrorLine pulls "line N" out of a yaml error.
func yamlErrorLine(err error) (int, string) {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	var line int
	if _, e := fmt.Sscanf(msg, "line %d:", &line); e == nil {
		if i := strings.Index(msg, ":"); i >= 0 {
			msg = strings.TrimSpace(msg[i+1:])
		}
		return line, msg
	}
	return 1, msg
}

// explainYAML adds plain words to the YAML errors admins meet most.
func explainYAML(msg string) string {
	switch {
	case strings.Contains(msg, "mapping values are not allowed"):
		return ` (a text with ": " in it must be in quotes, e.g. - "note: call first")`
	case strings.Contains(msg, "did not find expected key"), strings.Contains(msg, "did not find expected '-' indicator"):
		return " (check the indentation: keys of one level, and the \"- \" items of one list, must start in the same column)"
	case strings.Contains(msg, "found character that cannot start any token"):
		return " (a tab? YAML indents with spaces only; or put the text in quotes)"
	case strings.Contains(msg, "found unexpected end of stream"), strings.Contains(msg, "found unknown escape character"):
		return ` (a quote is not closed, or a \ in double quotes: close the quote, or use single quotes)`
	}
	return ""
}
