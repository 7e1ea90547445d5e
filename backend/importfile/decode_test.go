package importfile

import (
	"bytes"
	"io"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"
)

func TestCP1252(t *testing.T) {
	tests := map[byte]rune{'A': 'A', 0x80: '€', 0x8A: 'Š', 0x93: '“', 0x99: '™', 0x9F: 'Ÿ', 0x81: 0x81, 0xA0: 0xA0, 0xE9: 'é', 0xFF: 'ÿ'}
	for b, want := range tests {
		if got := cp1252Rune(b); got != want {
			t.Errorf("cp1252Rune(%#x) = %U, want %U", b, got, want)
		}
	}
	all := make([]byte, 256)
	for i := range all {
		all[i] = byte(i)
	}
	if out := appendCP1252(nil, all); !utf8.Valid(out) || utf8.RuneCount(out) != 256 {
		t.Fatal("windows-1252 does not decode every byte to one character")
	}
	if got := fixUTF8([]byte("ok é \xe9 \xff")); got != "ok é é ÿ" {
		t.Errorf("fixUTF8 = %q", got)
	}
}

// TestUTF16Streaming decodes through a one-byte-at-a-time reader and
// across the transcoder's buffer, so every pair and surrogate is split.
func TestUTF16Streaming(t *testing.T) {
	text := strings.Repeat("a😀é,", 20_000) + "end"
	for _, tt := range []struct {
		enc string
		be  bool
	}{{EncodingUTF16LE, false}, {EncodingUTF16BE, true}} {
		data := encodeUTF16(text, tt.be, false)
		for name, r := range map[string]io.Reader{
			"buffered":     bytes.NewReader(data),
			"byte by byte": iotest.OneByteReader(bytes.NewReader(data)),
		} {
			got, err := io.ReadAll(newDecoder(r, tt.enc))
			if err != nil || string(got) != text {
				t.Errorf("%s %s: %d bytes, err %v", tt.enc, name, len(got), err)
			}
		}
	}
	broken := []byte{'a', 0, 0x3D, 0xD8, 'b', 0, 0x3D, 0xD8, 'c'} // lone high surrogate, odd byte at the end
	got, _ := io.ReadAll(newDecoder(bytes.NewReader(broken), EncodingUTF16LE))
	if string(got) != "a\uFFFDb\uFFFD\uFFFD" {
		t.Errorf("broken UTF-16 decoded to %q", got)
	}
}

func TestSniffEncoding(t *testing.T) {
	tests := []struct {
		name     string
		head     []byte
		complete bool
		enc      string
		bom      int
	}{
		{"ascii", []byte("a,b\n"), true, EncodingUTF8, 0},
		{"utf-8 bom", []byte("\xef\xbb\xbfa"), true, EncodingUTF8BOM, 3},
		{"utf-16le bom", []byte("\xff\xfea\x00"), true, EncodingUTF16LE, 2},
		{"utf-16be bom", []byte("\xfe\xff\x00a"), true, EncodingUTF16BE, 2},
		{"latin-1", []byte("Jos\xe9"), true, EncodingWindows1252, 0},
		{"utf-8 cut mid-character", []byte("Jos\xc3"), false, EncodingUTF8, 0},
		{"utf-8 ending mid-character", []byte("Jos\xc3"), true, EncodingWindows1252, 0},
		{"utf-16le no bom", encodeUTF16("Name,Email\r\n", false, false), true, EncodingUTF16LE, 0},
		{"a few NULs are not utf-16", []byte("a,b\x00c,d\ne,f\n"), true, EncodingUTF8, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			enc, bom := sniffEncoding(tt.head, tt.complete)
			if enc != tt.enc || bom != tt.bom {
				t.Errorf("got %s/%d, want %s/%d", enc, bom, tt.enc, tt.bom)
			}
		})
	}
}

func TestDetectDelimiter(t *testing.T) {
	tests := []struct {
		name, sample string
		truncated    bool
		want         byte
	}{
		{"comma", "a,b,c\n1,2,3\n", false, ','},
		{"semicolon beats decimal commas", "a;b\n1,5;2\n3,25;4,75\n", false, ';'},
		{"quoted delimiters ignored", "a|b\n\"x,y,z\"|2\n\"p,q\"|3\n", false, '|'},
		{"single column", "email\na@x\nb@y\n", false, ','},
		{"cut last record ignored", "a\tb\n1\t2\n3\t4\n5,6,7,8,9,10", true, '\t'},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := detectDelimiter([]byte(tt.sample), tt.truncated, "x.csv"); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestFormatSize(t *testing.T) {
	for n, want := range map[int64]string{8: "8 bytes", 1024: "1 KiB", 32 << 10: "32 KiB", 512 << 20: "512 MiB",
		16_384_000: "15.6 MiB", 2 << 30: "2 GiB", 1500: "1.5 KiB"} {
		if got := formatSize(n); got != want {
			t.Errorf("formatSize(%d) = %q, want %q", n, got, want)
		}
	}
}
