package dedup

// phoneticLen is the length of one phonetic code. Four is Soundex's choice:
// enough to separate names, short enough that a typo late in a long name
// does not matter.
const phoneticLen = 4

// soundGroup maps ASCII letters to Soundex consonant classes; 0 is a vowel
// (which separates repeats) and '-' is h or w (which does not).
var soundGroup = func() [128]byte {
	var g [128]byte
	for _, s := range []struct {
		letters string
		class   byte
	}{
		{"aeiouy", '0'}, {"hw", '-'}, {"bfpv", '1'}, {"cgjkqsxz", '2'},
		{"dt", '3'}, {"l", '4'}, {"mn", '5'}, {"r", '6'},
	} {
		for i := 0; i < len(s.letters); i++ {
			g[s.letters[i]] = s.class
		}
	}
	return g
}()

// appendPhonetic appends the phonetic code of a folded name to dst: Soundex
// without the zero padding — the first letter kept (with c/k/q as "k", z as
// "s", v and a leading "ph" as "f", so "Catherine" and "Katherine" agree),
// then the classes of the following consonants, repeats collapsed, vowels
// separating and h/w not. Spaces are ignored ("van der Berg" =
// "vanderberg"), bytes of other scripts kept verbatim. The code has at most
// phoneticLen characters.
func appendPhonetic(dst []byte, name string) []byte {
	n := 0
	var last byte
	for i := 0; i < len(name) && n < phoneticLen; i++ {
		c := name[i]
		if c == ' ' {
			continue
		}
		if c >= 0x80 {
			// Keep a whole rune of a non-Latin script as its own code unit.
			size := 1
			for i+size < len(name) && name[i+size]&0xc0 == 0x80 {
				size++
			}
			dst = append(dst, name[i:i+size]...)
			i += size - 1
			n++
			last = 0
			continue
		}
		g := soundGroup[c]
		if g == 0 { // digit or other
			continue
		}
		if n == 0 {
			switch c {
			case 'c', 'q':
				c = 'k'
			case 'z':
				c = 's'
			case 'v':
				c = 'f'
			case 'p':
				if i+1 < len(name) && name[i+1] == 'h' {
					c = 'f'
					i++
				}
			}
			dst = append(dst, c)
			n++
			last = g
			if g == '0' || g == '-' {
				last = 0
			}
			continue
		}
		switch {
		case g == '-':
			continue
		case g == '0':
			last = 0
			continue
		case g == last:
			continue
		}
		dst = append(dst, g)
		n++
		last = g
	}
	return dst
}
