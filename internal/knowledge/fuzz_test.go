package knowledge

import (
	"strings"
	"testing"
	"testing/fstest"
)

// FuzzLoadEntry: any bytes as an entry file give problems with the file's
// name, never a panic, and never an entry without id, question or answer.
func FuzzLoadEntry(f *testing.F) {
	f.Add([]byte(entry("cost", "How much?", "Call us.")))
	f.Add([]byte("---\nid: x\nquestion: [unclosed\n---\n"))
	f.Add([]byte("---\n---\n"))
	f.Add([]byte("---\nid: x\nquestion: q\nphrasings: {a: b}\nfollow_ups: [[1]]\n---\nA"))
	f.Add([]byte("\xef\xbb\xbf---\r\nid: x\r\nquestion: q\r\n---\r\nA\r\n"))
	f.Add([]byte("---\nid: &a x\nquestion: *a\ntags: !!binary aGk=\n---\nA"))
	f.Fuzz(func(t *testing.T, data []byte) {
		fs := folder(map[string]string{"entries/fuzz.md": string(data)})
		kb, errs := Load(fs, "knowledge")
		for _, e := range errs {
			if e.File == "" || e.Msg == "" {
				t.Fatalf("problem without file or message: %+v", e)
			}
		}
		for _, e := range kb.Entries {
			if e.ID == "" || e.Question == "" || strings.TrimSpace(e.Answer) == "" {
				t.Fatalf("incomplete entry served: %+v", e)
			}
		}
	})
}

// FuzzLoadYAML: any bytes as clinic.yaml, synonyms.yaml or safety.yaml.
func FuzzLoadYAML(f *testing.F) {
	f.Add("clinic.yaml", []byte(okClinic))
	f.Add("safety.yaml", []byte(okSafety))
	f.Add("synonyms.yaml", []byte("groups:\n  - [a, b]\n  - c\n  - {x: y}\n"))
	f.Add("safety.yaml", []byte("crisis:\n  phrases: ['... ^ $', 'a|', '*']\n"))
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		switch name {
		case "clinic.yaml", "synonyms.yaml", "safety.yaml":
		default:
			return
		}
		Load(fstest.MapFS(folder(map[string]string{name: string(data)})), "knowledge")
	})
}
