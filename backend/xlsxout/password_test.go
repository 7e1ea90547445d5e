package xlsxout

import (
	"archive/zip"
	"bytes"
	"testing"

	"github.com/xuri/excelize/v2"
)

// cfbMagic starts an OLE compound file, the container of an encrypted
// workbook.
var cfbMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}

func TestPassword(t *testing.T) {
	const password = "correct horse ❤ battery"
	locked := writeSample(t, Options{Password: password})
	plain := writeSample(t, Options{})

	t.Run("plain is a zip", func(t *testing.T) {
		if !bytes.HasPrefix(plain, []byte("PK\x03\x04")) {
			t.Fatalf("starts with % x", plain[:8])
		}
		if _, err := zip.NewReader(bytes.NewReader(plain), int64(len(plain))); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("locked is no zip", func(t *testing.T) {
		if !bytes.HasPrefix(locked, cfbMagic) {
			t.Fatalf("starts with % x, want a compound file", locked[:8])
		}
		if _, err := zip.NewReader(bytes.NewReader(locked), int64(len(locked))); err == nil {
			t.Fatal("an encrypted workbook reads as a zip")
		}
		if bytes.Contains(locked, []byte("Pipeline by stage")) || bytes.Contains(locked, []byte("Alice Smith")) {
			t.Fatal("plaintext in the encrypted file")
		}
	})
	tests := []struct {
		name     string
		password string
		opens    bool
	}{
		{"no password", "", false},
		{"wrong password", "correct horse battery", false},
		{"right password", password, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := excelize.OpenReader(bytes.NewReader(locked), excelize.Options{Password: tt.password})
			if !tt.opens {
				if err == nil {
					_ = f.Close()
					t.Fatal("opened")
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			if v, _ := f.GetCellValue("Summary", "B1"); v != "Pipeline by stage" {
				t.Errorf("Summary!B1 = %q", v)
			}
			if v, _ := f.GetCellValue("Kinds", "A2"); v != "Alice Smith" {
				t.Errorf("Kinds!A2 = %q", v)
			}
		})
	}
}
