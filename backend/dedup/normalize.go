package dedup

import "strings"

// NormalizeName returns s lower-cased with diacritics folded to ASCII
// (é→e, ß→ss, ø→o, æ→ae, ł→l, ...), apostrophes removed ("O'Brien" →
// "obrien") and every other run of punctuation or space collapsed to one
// space ("Jean-Luc" → "jean luc"). Letters of non-Latin scripts are kept,
// lower-cased. It returns "" for input without letters or digits; it never
// fails.
func NormalizeName(s string) string {
	return string(appendFolded(nil, s, foldName))
}

// NormalizeCompany returns the company name s normalized like NormalizeName,
// with dots joined ("S.A." → "sa"), runs of single letters joined ("I B M"
// → "ibm"), a leading "the" and the connectors "and"/"und"/"et" dropped, and
// trailing legal forms dropped repeatedly ("Acme GmbH & Co. KG" → "acme",
// "Acme, Inc." → "acme"). A name that is nothing but a legal form keeps it
// ("AG" → "ag"). It returns "" for input without letters or digits.
func NormalizeCompany(s string) string {
	return string(appendCompany(nil, s))
}

// NormalizePostcode returns s upper-cased with everything but ASCII letters
// and digits removed ("sw1a 1aa" → "SW1A1AA", "10115" → "10115"); "" when
// nothing is left.
func NormalizePostcode(s string) string {
	return string(appendPostcode(nil, s))
}

func appendPostcode(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z':
			dst = append(dst, c-'a'+'A')
		case c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
			dst = append(dst, c)
		}
	}
	return dst
}

// legalForms are the trailing company-name words that say how a company is
// incorporated, not which company it is.
var legalForms = setOf(
	"inc", "incorporated", "corp", "corporation", "co", "company", "cie",
	"ltd", "limited", "llc", "llp", "lp", "plc", "pllc",
	"gmbh", "mbh", "ag", "kg", "ohg", "gbr", "ug", "kgaa", "ev", "se",
	"sa", "sas", "sasu", "sarl", "eurl", "sca", "scs",
	"bv", "nv", "vof", "cv",
	"srl", "spa", "snc", "sl", "slu", "sau",
	"oy", "oyj", "ab", "as", "asa", "aps", "a/s",
	"pty", "pvt", "pte", "bhd", "sdn", "kk",
)

// companyConnectors are dropped anywhere, so "Smith & Sons" and "Smith and
// Sons" meet ("&" is punctuation already).
var companyConnectors = setOf("and", "und", "et")

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// appendCompany appends the NormalizeCompany form of s to dst.
func appendCompany(dst []byte, s string) []byte {
	base := len(dst)
	dst = appendFolded(dst, s, foldCompany)
	folded := dst[base:]
	if len(folded) == 0 {
		return dst
	}
	const maxTokens = 32
	var raw [maxTokens][]byte
	n := 0
	for rest := folded; len(rest) > 0; n++ {
		if n == maxTokens {
			return dst // pathological input: keep it folded only
		}
		i := indexByte(rest, ' ')
		if i < 0 {
			raw[n], rest = rest, nil
		} else {
			raw[n], rest = rest[:i], rest[i+1:]
		}
	}
	// Join runs of single letters ("s a" → "sa", "i b m" → "ibm").
	var toks [maxTokens][]byte
	var merged [maxTokens]byte
	m, t := 0, 0
	for i := 0; i < n; {
		if len(raw[i]) == 1 && i+1 < n && len(raw[i+1]) == 1 {
			start := m
			for ; i < n && len(raw[i]) == 1; i++ {
				merged[m] = raw[i][0]
				m++
			}
			toks[t] = merged[start:m]
		} else {
			toks[t] = raw[i]
			i++
		}
		t++
	}
	words := toks[:t]
	keep := words[:0]
	for _, w := range words {
		if !companyConnectors[string(w)] {
			keep = append(keep, w)
		}
	}
	if len(keep) == 0 {
		keep = words
	}
	if len(keep) > 1 && string(keep[0]) == "the" {
		keep = keep[1:]
	}
	for len(keep) > 1 && legalForms[string(keep[len(keep)-1])] {
		keep = keep[:len(keep)-1]
	}
	var out [128]byte
	o := out[:0]
	for i, w := range keep {
		if i > 0 {
			o = append(o, ' ')
		}
		o = append(o, w...)
	}
	return append(dst[:base], o...)
}

func indexByte(b []byte, c byte) int {
	for i, x := range b {
		if x == c {
			return i
		}
	}
	return -1
}

// personTitles and personSuffixes are dropped from the start of a first name
// and the end of a last name.
var (
	personTitles   = setOf("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "herr", "frau", "mme", "mlle", "sir")
	personSuffixes = setOf("jr", "sr", "ii", "iii", "iv", "phd", "md", "esq")
)

// splitPersonName turns the stored first and last name into the pair that is
// compared: "Smith, John" in one field becomes ("John", "Smith"), and a full
// name in First with an empty Last is split at its last word.
func splitPersonName(first, last string) (string, string) {
	if last == "" {
		if i := strings.IndexByte(first, ','); i >= 0 {
			return strings.TrimSpace(first[i+1:]), strings.TrimSpace(first[:i])
		}
	}
	if first == "" {
		if i := strings.IndexByte(last, ','); i >= 0 {
			return strings.TrimSpace(last[i+1:]), strings.TrimSpace(last[:i])
		}
	}
	return first, last
}

// trimTitles removes leading titles from a folded first name, keeping at
// least one word.
func trimTitles(b []byte) []byte {
	for {
		i := indexByte(b, ' ')
		if i < 0 || !personTitles[string(b[:i])] {
			return b
		}
		b = b[i+1:]
	}
}

// trimSuffixes removes trailing generational or academic suffixes from a
// folded last name, keeping at least one word.
func trimSuffixes(b []byte) []byte {
	for {
		i := lastIndexByte(b, ' ')
		if i < 0 || !personSuffixes[string(b[i+1:])] {
			return b
		}
		b = b[:i]
	}
}

func lastIndexByte(b []byte, c byte) int {
	for i := len(b) - 1; i >= 0; i-- {
		if b[i] == c {
			return i
		}
	}
	return -1
}
