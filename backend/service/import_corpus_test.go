package service_test

import (
	"path/filepath"
	"testing"
	"unicode/utf16"

	"github.com/xuri/excelize/v2"

	"fieldvault/backend/model"
)

// utf16be encodes s as UTF-16 big endian with its byte order mark.
func utf16be(s string) string {
	b := []byte{0xFE, 0xFF}
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u>>8), byte(u))
	}
	return string(b)
}

// The import corpus: files in several dialects and encodings, with broken
// rows and with duplicates of an existing person written with typos,
// accents, swapped names and other phone formats — each with its expected
// counts (a dry run, then the import must agree).
func TestImportCorpus(t *testing.T) {
	tests := []struct {
		name, file, content, encoding, entity, match string
		want                                         model.ImportCounts
	}{
		{"duplicates of Jonathan Smith in disguise", "people.csv",
			"\ufeffFirst Name,Last Name,Company,Business Phone,E-mail Address\n" +
				"Jonathon,Smith,Acme,,\n" + // a typo, same company
				"Smith,Jonathan,Acme,,\n" + // swapped names
				"Jónathan,Smíth,Acme,,\n" + // accents
				"Jon,Smyth,,+1 (555) 010-2000,\n" + // another phone format
				"Jonathan,Smith,,,J.SMITH@ACME.EXAMPLE\n" + // email case
				"Maria,Garcia,Acme,,maria@acme.example\n", // someone else
			"", "contacts", "", model.ImportCounts{Rows: 6, New: 1, Duplicate: 5}},
		{"pipes, quotes and a line break in a cell", "pipes.txt",
			"Last Name|First Name|Job Title\r\n\"Lee|Park\"|Min|\"Head of\nSales\"\r\nOkafor|Ada|\"Buyer \"\"senior\"\"\"\r\nBrown|Tim|\r\n",
			"", "contacts", "", model.ImportCounts{Rows: 3, New: 3}},
		{"UTF-16 big endian, tab-separated", "export.tsv",
			utf16be("Name\tEmail\nZoë Ångström\tzoe@example.org\nÉmile Zola\temile@example.org\n"),
			"raw", "contacts", "email", model.ImportCounts{Rows: 2, New: 2}},
		{"broken rows never stop the rest", "broken.csv",
			"Last Name,Email\nGood,good@example.org\nShort\nToo,many@example.org,cells,here\nNul\x00l,nul@example.org\n\"Open,quote@example.org\n",
			"", "contacts", "email", model.ImportCounts{Rows: 5, New: 1, Invalid: 4}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := newImportWorld(t)
			w.create(t, "contacts", "admin", map[string]any{"firstName": "Jonathan", "lastName": "Smith", "companyId": w.acme,
				"phone": "555-010-2000", "email": "j.smith@acme.example"})
			enc := tt.encoding
			if enc == "raw" {
				enc = ""
			}
			path := w.file(t, tt.file, tt.content, enc)
			req := w.request(t, path, tt.entity, model.ImportCreate, tt.match)
			dry, err := w.imp.DryRun(req)
			if err != nil {
				t.Fatal(err)
			}
			if dry.Counts != tt.want {
				t.Fatalf("dry run %+v, want %+v\n%+v", dry.Counts, tt.want, dry.Problems)
			}
			res, err := w.imp.Run(req)
			if err != nil || res.Counts != tt.want {
				t.Fatalf("import %+v (%v), want %+v", res.Counts, err, tt.want)
			}
		})
	}
}

// An Excel sheet of deals: dates and amounts as typed cells, a stage by
// name, a company by name; a bad stage and an unknown company are reported.
func TestImportWorkbookOfDeals(t *testing.T) {
	w := newImportWorld(t)
	path := filepath.Join(w.dir, "deals.xlsx")
	f := excelize.NewFile()
	rows := [][]any{
		{"Opportunity Name", "Account Name", "Stage", "Amount", "Close Date"},
		{"Big renewal", "Acme", "Negotiation", 125000.5, "2026-12-15"},
		{"Pilot", "Acme GmbH", "prospecting", "1.234,50", "15.01.2027"},
		{"Mystery", "Nowhere Ltd", "Proposal", 10, "2027-02-01"},
		{"Typo stage", "Acme", "Negotiatoin", 10, "2027-02-01"},
	}
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow("Sheet1", cell, &r); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	req := w.request(t, path, "deals", model.ImportCreate, "")
	req.Decimal = model.DecimalComma
	res, err := w.imp.Run(req)
	if err != nil {
		t.Fatal(err)
	}
	if want := (model.ImportCounts{Rows: 4, New: 2, Invalid: 2}); res.Counts != want {
		t.Fatalf("counts %+v, want %+v: %+v", res.Counts, want, res.Problems)
	}
}
