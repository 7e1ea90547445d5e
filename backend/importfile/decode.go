package importfile

import (
	"bytes"
	"io"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// Byte order marks recognised at the start of a CSV file.
var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// utf16SniffBytes is how much of a BOM-less file the UTF-16 heuristic reads.
const utf16SniffBytes = 1024

// sniffEncoding picks the encoding of a CSV file from head, its first bytes
// (complete when head is the whole file), and returns the BOM length to
// skip. In order: a BOM decides; then NUL in every other byte means UTF-16
// without BOM (ASCII-heavy text, which a header always is); then valid UTF-8
// is UTF-8; anything else is windows-1252, the encoding Excel on Windows
// writes "CSV" in, and a superset of Latin-1, so it can decode any byte.
func sniffEncoding(head []byte, complete bool) (enc string, bom int) {
	switch {
	case bytes.HasPrefix(head, bomUTF8):
		return EncodingUTF8BOM, len(bomUTF8)
	case bytes.HasPrefix(head, bomUTF16LE):
		return EncodingUTF16LE, len(bomUTF16LE)
	case bytes.HasPrefix(head, bomUTF16BE):
		return EncodingUTF16BE, len(bomUTF16BE)
	}
	if enc, ok := sniffUTF16(head); ok {
		return enc, 0
	}
	if validUTF8Prefix(head, complete) {
		return EncodingUTF8, 0
	}
	return EncodingWindows1252, 0
}

// sniffUTF16 reports UTF-16 without BOM: at least 90% of the even (BE) or
// odd (LE) bytes of the first KB are NUL and almost none of the others are.
func sniffUTF16(head []byte) (string, bool) {
	n := min(len(head), utf16SniffBytes) &^ 1
	if n < 4 {
		return "", false
	}
	var even, odd int
	for i := 0; i < n; i += 2 {
		if head[i] == 0 {
			even++
		}
		if head[i+1] == 0 {
			odd++
		}
	}
	pairs := n / 2
	switch {
	case odd*10 >= pairs*9 && even*10 < pairs:
		return EncodingUTF16LE, true
	case even*10 >= pairs*9 && odd*10 < pairs:
		return EncodingUTF16BE, true
	}
	return "", false
}

// validUTF8Prefix reports whether head is valid UTF-8, forgiving a sequence
// cut off at the end when head is only the start of the file.
func validUTF8Prefix(head []byte, complete bool) bool {
	if !complete {
		for i := len(head) - 1; i >= 0 && i >= len(head)-utf8.UTFMax; i-- {
			if utf8.RuneStart(head[i]) {
				if !utf8.FullRune(head[i:]) {
					head = head[:i]
				}
				break
			}
		}
	}
	return utf8.Valid(head)
}

// normalizeEncoding maps a forced encoding name (any case, a few aliases)
// to one of the Encoding constants.
func normalizeEncoding(name string) (string, bool) {
	switch strings.ToLower(strings.TrimSpace(name)) {
	case "utf-8", "utf8":
		return EncodingUTF8, true
	case "utf-8-bom", "utf8-bom", "utf-8-sig":
		return EncodingUTF8BOM, true
	case "utf-16le", "utf16le", "utf-16":
		return EncodingUTF16LE, true
	case "utf-16be", "utf16be":
		return EncodingUTF16BE, true
	case "windows-1252", "cp1252", "latin-1", "latin1", "iso-8859-1":
		return EncodingWindows1252, true
	}
	return "", false
}

// forcedBOM returns the encoding to report and the BOM length to skip when
// the user forced enc: a BOM matching it is still skipped.
func forcedBOM(enc string, head []byte) (string, int) {
	switch {
	case (enc == EncodingUTF8 || enc == EncodingUTF8BOM) && bytes.HasPrefix(head, bomUTF8):
		return EncodingUTF8BOM, len(bomUTF8)
	case enc == EncodingUTF8BOM:
		return EncodingUTF8, 0
	case enc == EncodingUTF16LE && bytes.HasPrefix(head, bomUTF16LE):
		return enc, len(bomUTF16LE)
	case enc == EncodingUTF16BE && bytes.HasPrefix(head, bomUTF16BE):
		return enc, len(bomUTF16BE)
	}
	return enc, 0
}

// newDecoder returns r decoded to UTF-8. UTF-8 passes through untouched:
// the scanner repairs the odd invalid byte per record (see fixUTF8), which
// keeps the common case copy-free.
func newDecoder(r io.Reader, enc string) io.Reader {
	switch enc {
	case EncodingWindows1252:
		return newTranscoder(r, func(dst, src []byte, _ bool) ([]byte, int) {
			return appendCP1252(dst, src), len(src)
		})
	case EncodingUTF16LE:
		return newTranscoder(r, func(dst, src []byte, eof bool) ([]byte, int) {
			return appendUTF16(dst, src, eof, false)
		})
	case EncodingUTF16BE:
		return newTranscoder(r, func(dst, src []byte, eof bool) ([]byte, int) {
			return appendUTF16(dst, src, eof, true)
		})
	}
	return r
}

// appendUTF16 appends the UTF-8 form of the UTF-16 text in src to dst and
// returns how many bytes of src it used. Unless eof, a trailing odd byte or
// a high surrogate without its pair is left for the next call; at eof they
// (and any unpaired surrogate) become U+FFFD.
func appendUTF16(dst, src []byte, eof, bigEndian bool) ([]byte, int) {
	unit := func(i int) rune {
		if bigEndian {
			return rune(src[i])<<8 | rune(src[i+1])
		}
		return rune(src[i+1])<<8 | rune(src[i])
	}
	i := 0
	for i+1 < len(src) {
		u := unit(i)
		switch {
		case u < 0xD800 || u > 0xDFFF:
			dst = utf8.AppendRune(dst, u)
			i += 2
		case u <= 0xDBFF && i+3 < len(src):
			if r := utf16.DecodeRune(u, unit(i+2)); r != utf8.RuneError {
				dst = utf8.AppendRune(dst, r)
				i += 4
			} else {
				dst = utf8.AppendRune(dst, utf8.RuneError)
				i += 2
			}
		case u <= 0xDBFF && !eof:
			return dst, i // wait for the low surrogate
		default:
			dst = utf8.AppendRune(dst, utf8.RuneError)
			i += 2
		}
	}
	if eof && i < len(src) {
		dst = utf8.AppendRune(dst, utf8.RuneError)
		i = len(src)
	}
	return dst, i
}

// transcoder is an io.Reader that converts another reader's bytes with conv,
// in fixed buffers, carrying unconsumed input (half a character) over.
type transcoder struct {
	r    io.Reader
	conv func(dst, src []byte, eof bool) ([]byte, int)
	in   []byte
	inN  int
	out  []byte
	off  int
	err  error
}

func newTranscoder(r io.Reader, conv func(dst, src []byte, eof bool) ([]byte, int)) *transcoder {
	return &transcoder{r: r, conv: conv, in: make([]byte, 32<<10)}
}

// Read implements io.Reader.
func (t *transcoder) Read(p []byte) (int, error) {
	for t.off == len(t.out) {
		if t.err != nil {
			return 0, t.err
		}
		n, err := t.r.Read(t.in[t.inN:])
		t.inN += n
		t.err = err
		var used int
		t.out, used = t.conv(t.out[:0], t.in[:t.inN], err != nil)
		t.inN = copy(t.in, t.in[used:t.inN])
		t.off = 0
	}
	n := copy(p, t.out[t.off:])
	t.off += n
	return n, nil
}
