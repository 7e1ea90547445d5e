package dedup

import (
	"unicode"
	"unicode/utf8"
)

// foldTable maps lower-case Latin letters with diacritics (Latin-1
// Supplement, Latin Extended-A and the common Extended-B letters) to plain
// ASCII. It is written by hand so that the package needs no x/text: names
// only need "Müller" and "Muller" to meet, not full Unicode normalization.
var foldTable = func() map[rune]string {
	groups := map[string]string{
		"a":  "àáâãäåāăąǎǟǡǻȁȃȧạảấầẩẫậắằẳẵặ",
		"ae": "æǣǽ",
		"c":  "çćĉċč",
		"d":  "ďđð",
		"e":  "èéêëēĕėęěȅȇȩẹẻẽếềểễệ",
		"g":  "ĝğġģǧǵ",
		"h":  "ĥħ",
		"i":  "ìíîïĩīĭįıǐȉȋỉị",
		"ij": "ĳ",
		"j":  "ĵǰ",
		"k":  "ķĸǩ",
		"l":  "ĺļľŀł",
		"n":  "ñńņňŉŋǹ",
		"o":  "òóôõöøōŏőǒǫǭǿȍȏȫȭȯȱọỏốồổỗộớờởỡợơ",
		"oe": "œ",
		"r":  "ŕŗřȑȓ",
		"s":  "śŝşšșſ",
		"ss": "ß",
		"t":  "ţťŧț",
		"th": "þ",
		"u":  "ùúûüũūŭůűųǔǖǘǚǜȕȗụủứừửữựư",
		"w":  "ŵẁẃẅ",
		"y":  "ýÿŷȳỳỵỷỹ",
		"z":  "źżžƶ",
		"f":  "ƒ",
	}
	m := make(map[rune]string, 300)
	for to, from := range groups {
		for _, r := range from {
			m[r] = to
		}
	}
	return m
}()

// isApostrophe reports the characters that join a name instead of splitting
// it, so "O'Brien", "O’Brien" and "OBrien" normalize alike.
func isApostrophe(r rune) bool {
	switch r {
	case '\'', '’', '‘', 'ʼ', '`', '´':
		return true
	}
	return false
}

// foldMode says how punctuation is treated by appendFolded.
type foldMode uint8

const (
	foldName    foldMode = iota // dots split: "J.Smith" → "j smith"
	foldCompany                 // dots join: "S.A." → "sa", "B.V." → "bv"
)

// appendFolded appends s to dst lower-cased, with diacritics folded to ASCII,
// apostrophes removed, every other run of non-letters/digits collapsed to one
// space and no leading or trailing space. Letters of other scripts are kept,
// lower-cased.
func appendFolded(dst []byte, s string, mode foldMode) []byte {
	start := len(dst)
	space := false // a separator is pending
	for _, r := range s {
		if r < 0x80 {
			c := byte(r)
			switch {
			case c >= 'A' && c <= 'Z':
				c += 'a' - 'A'
			case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
			case c == '\'' || c == '`':
				continue
			case c == '.' && mode == foldCompany:
				continue
			default:
				space = true
				continue
			}
			if space && len(dst) > start {
				dst = append(dst, ' ')
			}
			space = false
			dst = append(dst, c)
			continue
		}
		if r >= 0x300 && r <= 0x36f || isApostrophe(r) { // combining marks of decomposed input
			continue
		}
		r = unicode.ToLower(r)
		f, folded := foldTable[r]
		if !folded && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			space = true
			continue
		}
		if space && len(dst) > start {
			dst = append(dst, ' ')
		}
		space = false
		if folded {
			dst = append(dst, f...)
		} else {
			dst = utf8.AppendRune(dst, r)
		}
	}
	return dst
}
