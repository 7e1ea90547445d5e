package dedup

// JaroWinkler returns the Jaro–Winkler similarity of a and b in [0, 1]:
// 1 for equal strings (two empty strings included), 0 when exactly one is
// empty or nothing matches. The Winkler boost (0.1 per common leading
// character, at most 4) is applied when the Jaro similarity exceeds 0.7,
// as Winkler proposed. It compares runes and does no normalization; callers
// compare NormalizeName forms. Pure ASCII input of up to 64 bytes, the usual
// case for folded names, is compared without allocating.
func JaroWinkler(a, b string) float64 {
	if a == b {
		return 1
	}
	if a == "" || b == "" {
		return 0
	}
	if len(a) <= 64 && len(b) <= 64 && isASCII(a) && isASCII(b) {
		return jwASCII(a, b)
	}
	return jwRunes([]rune(a), []rune(b))
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// jwASCII is JaroWinkler for ASCII strings of at most 64 bytes, with the
// matched positions kept in two bit sets.
func jwASCII(a, b string) float64 {
	if len(a) > len(b) {
		a, b = b, a
	}
	la, lb := len(a), len(b)
	window := lb/2 - 1
	if window < 0 {
		window = 0
	}
	var ma, mb uint64
	m := 0
	for i := 0; i < la; i++ {
		lo, hi := i-window, i+window+1
		if lo < 0 {
			lo = 0
		}
		if hi > lb {
			hi = lb
		}
		c := a[i]
		for j := lo; j < hi; j++ {
			if mb&(1<<j) == 0 && b[j] == c {
				ma |= 1 << i
				mb |= 1 << j
				m++
				break
			}
		}
	}
	if m == 0 {
		return 0
	}
	t, j := 0, 0
	for i := 0; i < la; i++ {
		if ma&(1<<i) == 0 {
			continue
		}
		for mb&(1<<j) == 0 {
			j++
		}
		if a[i] != b[j] {
			t++
		}
		j++
	}
	return winkler(m, t, la, lb, commonPrefix(a, b))
}

func jwRunes(a, b []rune) float64 {
	if len(a) > len(b) {
		a, b = b, a
	}
	la, lb := len(a), len(b)
	window := lb/2 - 1
	if window < 0 {
		window = 0
	}
	ma, mb := make([]bool, la), make([]bool, lb)
	m := 0
	for i := 0; i < la; i++ {
		lo, hi := max(0, i-window), min(lb, i+window+1)
		for j := lo; j < hi; j++ {
			if !mb[j] && b[j] == a[i] {
				ma[i], mb[j] = true, true
				m++
				break
			}
		}
	}
	if m == 0 {
		return 0
	}
	t, j := 0, 0
	for i := 0; i < la; i++ {
		if !ma[i] {
			continue
		}
		for !mb[j] {
			j++
		}
		if a[i] != b[j] {
			t++
		}
		j++
	}
	p := 0
	for p < la && p < 4 && a[p] == b[p] {
		p++
	}
	return winkler(m, t, la, lb, p)
}

// winkler combines m matches, t half-transpositions and the common prefix
// length p into the Jaro–Winkler score.
func winkler(m, t, la, lb, p int) float64 {
	fm := float64(m)
	jaro := (fm/float64(la) + fm/float64(lb) + (fm-float64(t/2))/fm) / 3
	if jaro <= 0.7 {
		return jaro
	}
	if p > 4 {
		p = 4
	}
	return jaro + float64(p)*0.1*(1-jaro)
}

func commonPrefix(a, b string) int {
	p := 0
	for p < len(a) && p < len(b) && p < 4 && a[p] == b[p] {
		p++
	}
	return p
}
