package match

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/mindbraintms/clinicbot/internal/skeleton"
)

// Patients who write Hindi in Devanagari spell many English words in it:
// "सेंटर", "शिफ्ट", "स्टेशन", "इंश्योरेंस". An admin who wrote the entries in
// English (or whose Hindi phrasings say "केंद्र") has none of them, so each
// would count as an unknown word against every entry. loanwords reads such
// a word by its consonants, the way both scripts write them ("सेंटर" and
// "center" are s-n-t-r), and takes the knowledge's own word with that
// skeleton. Only a word the knowledge does not know is read so, and only
// when its skeleton has three consonants or more: short ones match too
// many words.

// loanwords maps a consonant skeleton to the knowledge words with it, the
// most frequent first (then in alphabetical order).
type loanwords map[string][]string

const minSkeleton = 3

// loanwordsOf indexes the speller's vocabulary of Latin words of four
// letters or more by their skeletons.
func loanwordsOf(s *speller) loanwords {
	out := loanwords{}
	for w := range s.freq {
		if len(w) < 4 || commonWords[w] {
			continue // everyday words say little, and sound like many
		}
		if k := skeleton.Latin(w); len(k) >= minSkeleton {
			out[k] = append(out[k], w)
		}
	}
	for _, ws := range out {
		sort.Slice(ws, func(i, j int) bool {
			if fi, fj := s.freq[ws[i]], s.freq[ws[j]]; fi != fj {
				return fi > fj
			}
			return ws[i] < ws[j]
		})
	}
	return out
}

// everydayLoans are the everyday English words (everydayWords) by their
// skeletons: a Devanagari spelling of one that the knowledge does not
// have ("हॉस्पिटल", "ऑफिस") is read as that English word, which weighs as
// an everyday word against the topic, as it does typed in English ("the
// hospital's address"), not as a rare unknown word (set QF, thirty-ninth
// round: "हॉस्पिटल का एड्रेस" fell back). An immutable table.
var everydayLoans = func() loanwords {
	out := loanwords{}
	for w := range everydayWords {
		if len(w) < 4 {
			continue
		}
		// four consonants or more: a Hindi word of three ("भारत") reads
		// as too many English ones ("birth")
		if k := skeleton.Latin(w); len(k) >= minSkeleton+1 {
			out[k] = append(out[k], w)
		}
	}
	for _, ws := range out {
		sort.Strings(ws)
	}
	return out
}()

// read returns the knowledge word a Devanagari word spells, or "": of
// the words with its skeleton whose vowels agree (vowelsAgree: "ब्लेड" is
// not "blood", nor "शिफ्ट" "safety"), the one with the fewest vowels left
// unwritten, then the most frequent.
func (l loanwords) read(w string) string {
	if len(l) == 0 || !devanagariWord(w) {
		return ""
	}
	k := skeleton.Devanagari(w)
	if len(k) < minSkeleton {
		return ""
	}
	dv, inherent := devanagariVowels(w), inherentVowel(w)
	best, fewest := "", 0
	for _, c := range l[k] {
		if unwritten, ok := vowelsAgree(dv, latinVowels(c), inherent); ok && (best == "" || unwritten < fewest) {
			best, fewest = c, unwritten
		}
	}
	return best
}

// devanagariWord reports whether w is written in Devanagari.
func devanagariWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return r >= 0x0900 && r <= 0x097F
}

// A word's vowels, as classes a, e, i, o, u. A word that begins with one
// begins with "_" ("अलविदा" and "allowed" both do); Devanagari's inherent
// "a" is not written, so only the written vowels count.

// devanagariVowels are the vowels w writes, in order.
func devanagariVowels(w string) string {
	b := make([]byte, 0, 8)
	first, afterVowel := true, false
	for _, r := range w {
		c, ok := devanagariVowel[r]
		if ok && first && r >= 'अ' && r <= 'औ' {
			b = append(b, '_')
		}
		// "इ" after a vowel ends a diphthong: "अपॉइंटमेंट" is a-o-e, as
		// "appointment"
		if ok && !(afterVowel && (r == 'इ' || r == 'ई')) {
			b = append(b, c)
		}
		first, afterVowel = false, ok
	}
	return string(b)
}

var devanagariVowel = map[rune]byte{
	'अ': 'a', 'आ': 'a', 'इ': 'i', 'ई': 'i', 'उ': 'u', 'ऊ': 'u', 'ए': 'e', 'ऐ': 'e', 'ओ': 'o', 'औ': 'o', 'ऑ': 'o',
	'ा': 'a', 'ि': 'i', 'ी': 'i', 'ु': 'u', 'ू': 'u', 'े': 'e', 'ै': 'e', 'ो': 'o', 'ौ': 'o', 'ॉ': 'o',
}

// latinVowels are the vowel sounds of an English word: one a group of
// vowel letters ("ee" an "i", "oo" a "u", "ai" an "e"), a final silent
// "e" left out, "y" after a consonant an "i".
func latinVowels(w string) string {
	b := make([]byte, 0, 8)
	if strings.IndexByte("aeiou", w[0]) >= 0 {
		b = append(b, '_')
	}
	for i := 0; i < len(w); {
		c := w[i]
		if strings.IndexByte("aeiou", c) < 0 && !(c == 'y' && i > 0) {
			i++
			continue
		}
		j := i
		for j < len(w) && (strings.IndexByte("aeiou", w[j]) >= 0 || w[j] == 'y' && j > 0) {
			j++
		}
		group := w[i:j]
		i = j
		if group == "e" && j == len(w) && len(b) > 0 {
			continue // a silent final "e"
		}
		switch group {
		case "ee", "ie", "y", "ey":
			b = append(b, 'i')
		case "oo":
			b = append(b, 'u')
		case "ou", "ow":
			b = append(b, 'w')
		case "ea":
			b = append(b, 'x')
		case "ai", "ay", "ei":
			b = append(b, 'e')
		default:
			b = append(b, group[0])
		}
	}
	return string(b)
}

// inherentVowel reports whether w's first letter is a consonant that
// keeps its own "a": another consonant or a nasal sign follows it, no
// vowel sign and no virama ("सब्सिडी", "कनेक्शन"; not "बिस्तर",
// "स्टेशन").
func inherentVowel(w string) bool {
	rs := []rune(w)
	if len(rs) < 2 {
		return false
	}
	if !skeleton.Consonant(rs[0]) || rs[0] == 'ं' {
		return false
	}
	next := rs[1]
	if next == '़' && len(rs) > 2 {
		next = rs[2]
	}
	return skeleton.Consonant(next) || next == 'ह' || next == 'य' || next == 'ँ'
}

// inherentFirst reports whether the one English vowel before the first
// one Devanagari writes is a short "a", "u" or "o" that the word's first
// consonant says with its own "a" ("सब्सिडी" is "subsidy", "कनेक्शन"
// "connection"), never a long one ("बिस्तर" is no "booster").
func inherentFirst(lat string, first, j int, inherent bool) bool {
	return inherent && j == first+1 && strings.IndexByte("auo", lat[first]) >= 0
}

// sounds are the written Devanagari vowels an English vowel is heard as:
// "station" is "स्टेशन", "doctor" "डॉक्टर", "but" "बट", "depression"
// "डिप्रेशन"; "w" stands for "ou" ("thoughts", "group", "about"), "x" for
// "ea" ("heart", "head", "treatment").
var sounds = map[byte]string{'a': "aeo", 'e': "ei", 'i': "iea", 'o': "oau", 'u': "uao", 'w': "uoa", 'x': "iea", '_': "_"}

// vowelsAgree reports whether the vowels Devanagari writes (dev) are heard
// in the English word's (lat) in order, the first of them in its first
// (an English vowel after it may go unwritten, as Devanagari's inherent
// "a"), and both begin alike; and how many English vowels went unwritten.
// A word that writes no vowel is read only as a word whose first vowel is
// an "a" or "u" sound ("करंट" is "current", "बटर" no "better").
func vowelsAgree(dev, lat string, inherent bool) (int, bool) {
	devStart, latStart := len(dev) > 0 && dev[0] == '_', len(lat) > 0 && lat[0] == '_'
	if devStart != latStart {
		return 0, false
	}
	if len(dev) == 0 || devStart && len(dev) == 1 {
		if len(lat) > 0 && !latStart && !strings.ContainsRune("auw", rune(lat[0])) {
			return 0, false
		}
		return len(lat), true
	}
	j := 0
	for i := 0; i < len(dev); i++ {
		first := j
		for j < len(lat) && strings.IndexByte(sounds[lat[j]], dev[i]) < 0 {
			j++
		}
		if j == len(lat) || i == 0 && j != first && !inherentFirst(lat, first, j, inherent && !devStart) || i == 1 && devStart && j != first {
			return 0, false
		}
		j++
	}
	return len(lat) - len(dev), true
}
