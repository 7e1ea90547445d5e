package dedup

import (
	"slices"
	"strings"
)

// Regions returns the ISO country codes NormalizePhone knows national
// formats for: US, CA, GB, DE, FR, NL, ES, IT. Any number written with "+"
// or an international prefix ("00", and "011" in US/CA) is understood
// whatever the region.
func Regions() []string { return slices.Clone(regionCodes) }

var regionCodes = []string{"US", "CA", "GB", "DE", "FR", "NL", "ES", "IT"}

// region holds what national numbers of one country look like.
type region struct {
	cc       string // country calling code
	trunk    bool   // nationally written with a leading 0 that E.164 drops
	min, max int    // length of the national significant number
	full     []int  // NSN lengths so typical that a missing trunk 0 (eaten by a spreadsheet) is tolerated
}

var regions = map[string]region{
	"US": {cc: "1", min: 10, max: 10},
	"CA": {cc: "1", min: 10, max: 10},
	"GB": {cc: "44", trunk: true, min: 9, max: 10, full: []int{10}},
	"DE": {cc: "49", trunk: true, min: 6, max: 13, full: []int{10, 11}},
	"FR": {cc: "33", trunk: true, min: 9, max: 9, full: []int{9}},
	"NL": {cc: "31", trunk: true, min: 9, max: 9, full: []int{9}},
	"ES": {cc: "34", min: 9, max: 9},
	"IT": {cc: "39", min: 6, max: 11}, // Italy keeps the leading 0 of landlines in E.164
}

// byCC finds the known region of an international number's digits.
func byCC(d []byte) (region, bool) {
	for _, cc := range [...]string{"1", "44", "49", "33", "31", "34", "39"} {
		if len(d) > len(cc) && string(d[:len(cc)]) == cc {
			for _, code := range regionCodes {
				if r := regions[code]; r.cc == cc {
					return r, true
				}
			}
		}
	}
	return region{}, false
}

// NormalizePhone returns s as an E.164 number ("+4930123456"), or "" when
// s is not a plausible phone number (letters, too few or too many digits,
// all one digit, a national number of an unknown region).
//
// Formatting (spaces, dashes, dots, slashes, parentheses), a "tel:" prefix
// and an extension ("x12", "ext. 12", "#12") are ignored. "+" or "00" (and
// "011" when region is US or CA) starts an international number; "(0)"
// after the country code and a stray trunk 0 ("+49 030 ...") are dropped,
// except for Italy, whose numbers keep their leading 0. A number without
// an international prefix is read in region (case-insensitive, one of
// Regions; "" means "US"): its trunk 0 is replaced by the country code
// (GB, DE, FR, NL), a leading 1 of an 11-digit US/CA number is dropped. A
// national number of a trunk-0 region whose 0 is missing is accepted only at
// the typical full length (a spreadsheet ate the 0); shorter ones are local
// numbers without area code and give "".
func NormalizePhone(s, region string) string {
	return string(appendPhone(nil, s, region))
}

func appendPhone(dst []byte, s, regionCode string) []byte {
	s = strings.TrimSpace(s)
	if len(s) >= 4 && strings.EqualFold(s[:4], "tel:") {
		s = s[4:]
	}
	var digits [24]byte
	n := 0
	plus := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			if n == len(digits) {
				return dst
			}
			digits[n] = c
			n++
		case c == '+':
			if n > 0 || plus {
				return dst
			}
			plus = true
		case c == '(' && i+2 < len(s) && s[i+1] == '0' && s[i+2] == ')' && n > 0:
			i += 2 // "+44 (0)20": the optional trunk 0 after the country code
		case c == ' ' || c == '-' || c == '.' || c == '/' || c == '(' || c == ')' || c == '\t':
		case c == 0xc2 && i+1 < len(s) && s[i+1] == 0xa0: // no-break space
			i++
		case c == 'x' || c == 'X' || c == 'e' || c == 'E' || c == '#' || c == ';' || c == ',':
			if n == 0 || !isExtension(s[i:]) {
				return dst
			}
			i = len(s)
		default:
			return dst
		}
	}
	d := digits[:n]
	code := strings.ToUpper(regionCode)
	if code == "" {
		code = "US"
	}
	intl := plus
	switch {
	case intl:
	case len(d) > 2 && d[0] == '0' && d[1] == '0':
		intl, d = true, d[2:]
	case (code == "US" || code == "CA") && len(d) > 3 && string(d[:3]) == "011":
		intl, d = true, d[3:]
	}
	var reg region
	var nsn []byte
	if intl {
		r, known := byCC(d)
		if !known {
			if len(d) < 8 || len(d) > 15 || d[0] == '0' || sameDigits(d) {
				return dst
			}
			return append(append(dst, '+'), d...)
		}
		reg, nsn = r, d[len(r.cc):]
		if reg.trunk && len(nsn) > 0 && nsn[0] == '0' {
			nsn = nsn[1:]
		}
	} else {
		r, ok := regions[code]
		if !ok {
			return dst
		}
		reg, nsn = r, d
		switch {
		case reg.cc == "1" && len(nsn) == 11 && nsn[0] == '1':
			nsn = nsn[1:]
		case reg.trunk && len(nsn) > 0 && nsn[0] == '0':
			nsn = nsn[1:]
		case reg.trunk && !contains(reg.full, len(nsn)):
			return dst
		}
	}
	if len(nsn) < reg.min || len(nsn) > reg.max || sameDigits(nsn) || len(nsn) == 0 {
		return dst
	}
	switch reg.cc {
	case "1":
		if nsn[0] < '2' {
			return dst // NANP area codes never start with 0 or 1
		}
	case "39":
	default:
		if nsn[0] == '0' {
			return dst
		}
	}
	dst = append(dst, '+')
	dst = append(dst, reg.cc...)
	return append(dst, nsn...)
}

// isExtension reports whether s (starting at a letter or sign) introduces an
// extension: "x", "ext", "ext.", "extension", "#", ";ext=", followed by
// digits.
func isExtension(s string) bool {
	low := strings.ToLower(s)
	for _, p := range [...]string{";ext=", "extension", "ext.", "ext", "x", "#", ",", ";"} {
		if strings.HasPrefix(low, p) {
			rest := strings.TrimLeft(low[len(p):], " .:=")
			return rest != "" && strings.Trim(rest, "0123456789 ") == ""
		}
	}
	return false
}

func sameDigits(d []byte) bool {
	for _, c := range d {
		if c != d[0] {
			return false
		}
	}
	return true
}

func contains(list []int, v int) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}
