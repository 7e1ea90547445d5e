package xlsxout

import (
	"strings"
	"testing"
	"time"
)

func TestCellText(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain", "Hello", "Hello"},
		{"empty", "", ""},
		{"equals", "=A1", "'=A1"},
		{"plus", "+1", "'+1"},
		{"minus", "-1", "'-1"},
		{"at", "@x", "'@x"},
		{"tab", "\tx", "'\tx"},
		{"CR", "\rx", "'\nx"},
		{"LF", "\nx", "'\nx"},
		{"after NUL", "\x00=1", "'=1"},
		{"inside is fine", "a=1+1", "a=1+1"},
		{"full-width at", "＠x", "'＠x"},
		{"C1 control", "a\u0080\u009fb", "ab"},
		{"non-characters", "a\uFFFEb\uFFFF", "ab"},
		{"emoji kept", "ok 👍", "ok 👍"},
		{"invalid UTF-8", "a\xc3", "a\uFFFD"},
		{"exactly the limit", strings.Repeat("a", MaxCellChars), strings.Repeat("a", MaxCellChars)},
		{"one over", strings.Repeat("a", MaxCellChars+1), strings.Repeat("a", MaxCellChars-utf16Len(CutMarker)) + CutMarker},
		{"apostrophe tips over", "=" + strings.Repeat("a", MaxCellChars-1), "'=" + strings.Repeat("a", MaxCellChars-utf16Len(CutMarker)-2) + CutMarker},
		// 👍 is two UTF-16 units: the cut may not split it.
		{"surrogate at the cut", strings.Repeat("a", MaxCellChars-utf16Len(CutMarker)-1) + "👍" + strings.Repeat("b", 100), strings.Repeat("a", MaxCellChars-utf16Len(CutMarker)-1) + CutMarker},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := cellText(tt.in)
			if got != tt.want {
				t.Errorf("cellText(%.40q) = %.60q… (len %d), want %.60q… (len %d)", tt.in, got, len(got), tt.want, len(tt.want))
			}
			if n := utf16Len(got); n > MaxCellChars {
				t.Errorf("%d UTF-16 units, over the limit", n)
			}
		})
	}
}

func TestExcelSerial(t *testing.T) {
	tests := []struct {
		name     string
		in       time.Time
		dateOnly bool
		want     float64
		ok       bool
	}{
		{"1900-03-01", time.Date(1900, 3, 1, 0, 0, 0, 0, time.UTC), true, 61, true},
		{"1900-02-28", time.Date(1900, 2, 28, 0, 0, 0, 0, time.UTC), true, 0, false},
		{"2024-01-01", time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC), true, 45292, true},
		{"date drops time", time.Date(2024, 1, 1, 23, 59, 0, 0, time.UTC), true, 45292, true},
		{"noon", time.Date(2024, 1, 1, 12, 0, 0, 0, time.UTC), false, 45292.5, true},
		{"own zone", time.Date(2024, 1, 1, 6, 0, 0, 0, time.FixedZone("x", -5*3600)), false, 45292.25, true},
		{"9999-12-31", time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC), true, 2958465, true},
		{"10000-01-01", time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC), true, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := excelSerial(tt.in, tt.dateOnly)
			if ok != tt.ok || ok && got != tt.want {
				t.Errorf("excelSerial = %v, %v; want %v, %v", got, ok, tt.want, tt.ok)
			}
		})
	}
}
