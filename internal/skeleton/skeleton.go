// Package skeleton reads a lower-case word by its consonants, the way both
// Latin and Devanagari letters write them: "सेंटर" and "center" are
// s-n-t-r. English words spelled in Devanagari agree with their English
// spelling on their skeletons where their letters do not. Different words
// agree too ("मारना" and "marna" are both m-r-n, "blade" and "blood"
// b-l-d): a skeleton proposes, the caller decides (internal/match reads
// only words of three consonants or more, whose vowels agree as well).
package skeleton

import "strings"

// latinReplacer writes English spellings as the sounds Devanagari spells:
// "-tion" is "शन", "ph" is "फ", "ck" is "क".
var latinReplacer = strings.NewReplacer(
	"ssion", "sn", "tion", "sn", "sion", "sn", "ght", "t",
	"ph", "f", "sh", "s", "ch", "c", "th", "t", "ck", "k", "qu", "kv", "q", "k", "x", "ks",
)

// Latin is w's consonants as Devanagari would write them: vowels,
// "h", "y" and doubled letters dropped, a soft "c" as "s", a soft "g" as
// "j", "w" as "v", "z" as "s".
func Latin(w string) string {
	// doubled letters first: "appointment" is "अपॉइंटमेंट", one "p"
	b := make([]byte, 0, len(w))
	for i := 0; i < len(w); i++ {
		if i > 0 && w[i] == w[i-1] {
			continue
		}
		b = append(b, w[i])
	}
	w = string(b)
	// soft c and g, read before the vowels go
	b = b[:0]
	for i := 0; i < len(w); i++ {
		c := w[i]
		next := byte(0)
		if i+1 < len(w) {
			next = w[i+1]
		}
		soft := next == 'e' || next == 'i' || next == 'y'
		switch {
		case c == 'c' && soft && (i == 0 || w[i-1] != 's'):
			b = append(b, 's')
		case c == 'c' && next == 'h':
			b = append(b, c) // "ch" is read below
		case c == 'c' && soft:
			// "sc" before e/i is one "s": "science"
		case c == 'c':
			b = append(b, 'k')
		case c == 'g' && soft:
			b = append(b, 'j')
		default:
			b = append(b, c)
		}
	}
	w = latinReplacer.Replace(string(b))
	b = b[:0]
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c == 'h' && i == 0:
			b = append(b, c) // "history" is no "स्टार"
		case strings.IndexByte("aeiouyh", c) >= 0:
		case c == 'w':
			b = append(b, 'v')
		case c == 'z':
			b = append(b, 's')
		default:
			if c < 'a' || c > 'z' {
				return ""
			}
			b = append(b, c)
		}
	}
	return nasal(string(b))
}

// devanagariConsonants are the letters of a Devanagari skeleton; vowels,
// vowel signs, the virama, "ह" and "य" are left out.
var devanagariConsonants = map[rune]byte{
	'क': 'k', 'ख': 'k', 'ग': 'g', 'घ': 'g', 'ङ': 'n', 'च': 'c', 'छ': 'c', 'ज': 'j', 'झ': 'j', 'ञ': 'n',
	'ट': 't', 'ठ': 't', 'ड': 'd', 'ढ': 'd', 'ण': 'n', 'त': 't', 'थ': 't', 'द': 'd', 'ध': 'd', 'न': 'n',
	'प': 'p', 'फ': 'f', 'ब': 'b', 'भ': 'b', 'म': 'm', 'र': 'r', 'ल': 'l', 'ळ': 'l', 'व': 'v',
	'श': 's', 'ष': 's', 'स': 's', 'ं': 'n',
	'\u0958': 'k', '\u0959': 'k', '\u095A': 'g', '\u095B': 's', '\u095C': 'r', '\u095D': 'r', '\u095E': 'f', // with a nukta
}

// nukta turns the letter before it into another: "ज़" is "z", "ड़" an "r".
var nukta = map[byte]byte{'j': 's', 'd': 'r', 'f': 'f', 'k': 'k', 'g': 'g'}

// Devanagari is w's consonants in the letters Latin uses.
func Devanagari(w string) string {
	b := make([]byte, 0, len(w)/2)
	for _, r := range w {
		if r == '़' {
			if n := len(b); n > 0 {
				if c, ok := nukta[b[n-1]]; ok {
					b[n-1] = c
				}
			}
			continue
		}
		if c, ok := devanagariConsonants[r]; ok {
			b = append(b, c)
			continue
		}
		if r == 'ह' && len(b) == 0 {
			b = append(b, 'h')
			continue
		}
		if r < 0x0900 || r > 0x097F {
			return ""
		}
	}
	return nasal(string(b))
}

// nasalReplacer is nasal's rewrite, built once.
var nasalReplacer = strings.NewReplacer("mp", "np", "mb", "nb")

// nasal writes an "m" before "p" or "b" as "n", as the anusvara does:
// "company" and "कंपनी" are both k-n-p-n.
func nasal(k string) string {
	if !strings.Contains(k, "mp") && !strings.Contains(k, "mb") {
		return k
	}
	return nasalReplacer.Replace(k)
}

// Consonant reports whether r is a Devanagari letter a skeleton keeps (the
// anusvara included; "ह" and "य" are not).
func Consonant(r rune) bool {
	_, ok := devanagariConsonants[r]
	return ok
}
