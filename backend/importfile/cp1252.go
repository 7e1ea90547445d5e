package importfile

import "unicode/utf8"

// cp1252High maps the bytes 0x80–0x9F of windows-1252 to Unicode. Every
// other byte is its own code point (windows-1252 is a superset of Latin-1
// there). The five bytes windows-1252 leaves undefined (0x81, 0x8D, 0x8F,
// 0x90, 0x9D) map to the C1 controls of the same value, as browsers do, so
// decoding never fails.
var cp1252High = [32]rune{
	0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 80–87
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, // 88–8F
	0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 90–97
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178, // 98–9F
}

// cp1252Rune returns the character a windows-1252 byte stands for.
func cp1252Rune(b byte) rune {
	if b >= 0x80 && b < 0xA0 {
		return cp1252High[b-0x80]
	}
	return rune(b)
}

// appendCP1252 appends the UTF-8 form of windows-1252 text src to dst.
func appendCP1252(dst, src []byte) []byte {
	for _, b := range src {
		if b < utf8.RuneSelf {
			dst = append(dst, b)
			continue
		}
		dst = utf8.AppendRune(dst, cp1252Rune(b))
	}
	return dst
}

// fixUTF8 returns b as a string, reading each byte that is not part of a
// valid UTF-8 sequence as windows-1252. A file sniffed as UTF-8 from its
// start can still hold a stray Latin-1 line further down (two exports pasted
// together); this keeps "é" an "é" there instead of a replacement mark.
func fixUTF8(b []byte) string {
	out := make([]byte, 0, len(b)+8)
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		if r == utf8.RuneError && size == 1 {
			out = utf8.AppendRune(out, cp1252Rune(b[0]))
		} else {
			out = append(out, b[:size]...)
		}
		b = b[size:]
	}
	return string(out)
}
