package importmap

// fold returns the ASCII letters a Latin letter with a diacritic stands for
// ("é" → "e", "ß" → "ss"), or "" for letters it does not know.
func fold(r rune) string {
	if s, ok := folds[r]; ok {
		return s
	}
	return ""
}

var folds = func() map[rune]string {
	m := map[rune]string{'ß': "ss", 'æ': "ae", 'œ': "oe", 'ø': "o", 'ł': "l", 'đ': "d", 'þ': "th"}
	for base, set := range map[string]string{
		"a": "àáâãäåāăą", "c": "çćčĉċ", "e": "èéêëēĕėęě", "i": "ìíîïĩīĭįı", "n": "ñńņňŉ",
		"o": "òóôõöōŏő", "u": "ùúûüũūŭůűų", "y": "ýÿŷ", "s": "śŝşš", "z": "źżž", "g": "ĝğġģ",
		"r": "ŕŗř", "t": "ţťŧ", "l": "ĺļľŀ", "d": "ď", "h": "ĥħ", "j": "ĵ", "k": "ķ", "w": "ŵ",
	} {
		for _, r := range set {
			m[r] = base
		}
	}
	return m
}()
