package importfile

import (
	"bytes"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// Magic numbers of the containers an .xlsx file can come in.
var (
	magicZip = []byte("PK\x03\x04")
	magicCFB = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1} // OLE: encrypted xlsx or old .xls
)

// binaryMagic lists the starts of common files people pick by mistake
// (pictures, PDFs, archives, programs), refused without further guessing.
// Magics made of plain letters (RIFF, ID3, ...) are left to looksBinary, as
// a CSV header could start with them.
var binaryMagic = [][]byte{
	[]byte("\x89PNG\r\n\x1a\n"),
	{0xFF, 0xD8, 0xFF}, // JPEG
	[]byte("GIF87a"), []byte("GIF89a"),
	[]byte("%PDF-"),
	[]byte("\x7fELF"),
	{0x1F, 0x8B}, // gzip
	[]byte("7z\xbc\xaf\x27\x1c"),
	[]byte("Rar!\x1a\x07"),
	{0xCA, 0xFE, 0xBA, 0xBE}, {0xCF, 0xFA, 0xED, 0xFE}, // Mach-O
	[]byte("PK\x05\x06"),     // empty zip
	{0x00, 0x00, 0x01, 0x00}, // .ico
	[]byte("SQLite format 3\x00"),
}

// binarySniffBytes is how much of a file the text/binary check reads.
const binarySniffBytes = 4096

// Looks guesses a file's format for the wizard's first screen: "xlsx",
// "csv", or "" for a file that is neither. Content decides first: a zip or
// OLE container is "xlsx" (Open still checks it holds a workbook), a known
// binary format or binary-looking bytes are "", other text is "csv". Only
// when head is empty does the extension decide (.csv .tsv .tab .txt →
// "csv", .xlsx .xlsm → "xlsx"). head should be the first few KB; Looks
// never fails.
func Looks(name string, head []byte) string {
	if len(head) == 0 {
		switch strings.ToLower(filepath.Ext(name)) {
		case ".csv", ".tsv", ".tab", ".txt":
			return FormatCSV
		case ".xlsx", ".xlsm":
			return FormatXLSX
		}
		return ""
	}
	if bytes.HasPrefix(head, magicZip) || bytes.HasPrefix(head, magicCFB) {
		return FormatXLSX
	}
	if hasBinaryMagic(head) {
		return ""
	}
	if _, ok := sniffUTF16(head); ok || bytes.HasPrefix(head, bomUTF16LE) || bytes.HasPrefix(head, bomUTF16BE) {
		return FormatCSV
	}
	if looksBinary(head) {
		return ""
	}
	return FormatCSV
}

// hasBinaryMagic reports whether head starts like a known non-text format.
func hasBinaryMagic(head []byte) bool {
	for _, m := range binaryMagic {
		if bytes.HasPrefix(head, m) {
			return true
		}
	}
	return false
}

// looksBinary reports whether the first 4 KB of text (UTF-8, as decoded,
// or raw bytes; an invalid byte counts as one character) are mostly not
// text: more than 8% (and at least 8) of its characters are control
// characters other than tab, CR, LF, FF, VT and ESC, or bytes windows-1252
// leaves undefined. Random data scores about 13%, text 0%. A CSV with a
// few NULs in a cell stays readable (those rows get a Problem); a picture
// or a program is refused.
func looksBinary(head []byte) bool {
	head = head[:min(len(head), binarySniffBytes)]
	var ctl, chars int
	for len(head) > 0 {
		r, size := utf8.DecodeRune(head)
		head = head[size:]
		chars++
		if isBinaryRune(r) {
			ctl++
		}
	}
	return ctl >= 8 && ctl*100 > chars*8
}

func isBinaryRune(r rune) bool {
	switch r {
	case '\t', '\n', '\v', '\f', '\r', 0x1B:
		return false
	case 0x81, 0x8D, 0x8F, 0x90, 0x9D:
		return true
	}
	return r < 0x20 || r == 0x7F
}
