package service_test

import (
	"context"
	"encoding/csv"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"fieldvault/backend/report"
	"fieldvault/backend/service"
)

// The proof that a real spreadsheet program reads a report export:
// LibreOffice headless converts the exported workbook's data sheet to CSV,
// and its values equal what excelize reads from the same file. Skipped
// without soffice unless FIELDVAULT_REQUIRE_SOFFICE=1 (make test sets it).
func TestReportExportOpensInLibreOffice(t *testing.T) {
	bin, err := exec.LookPath("soffice")
	if err != nil {
		if os.Getenv("FIELDVAULT_REQUIRE_SOFFICE") == "1" {
			t.Fatal("soffice is not on PATH and FIELDVAULT_REQUIRE_SOFFICE=1: install libreoffice-calc-nogui")
		}
		t.Skip("soffice is not on PATH (apt install libreoffice-calc-nogui)")
	}
	w := newReportWorld(t)
	w.as(t, "admin")
	dir := t.TempDir()
	path := filepath.Join(dir, "deals.xlsx")
	spec := report.Spec{Entity: "deals", Columns: []string{"name", "amount"}, Sort: []report.SortKey{{Key: "amount", Desc: true}}}
	res, err := w.svc.Export(service.ReportExportRequest{Spec: &spec, Path: path})
	if err != nil || res.Rows != 3 {
		t.Fatalf("export: %+v %v", res, err)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	data := f.GetSheetList()[0] // the data sheet comes first; LibreOffice converts the first sheet
	want, err := f.GetRows(data, excelize.Options{RawCellValue: true})
	f.Close()
	if err != nil || len(want) < 4 {
		t.Fatalf("excelize read %v %v", want, err)
	}

	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "--headless", "--norestore", "--nologo", "--nolockcheck",
		"-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
		"--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false,false,1",
		"--outdir", filepath.Join(dir, "out"), path)
	cmd.Env = append(os.Environ(), "LC_ALL=en_US.UTF-8", "LANG=en_US.UTF-8", "HOME="+dir)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	// with a sheet number LibreOffice names the file after the sheet
	csvFile, err := os.Open(filepath.Join(dir, "out", "deals-"+data+".csv"))
	if err != nil {
		t.Fatalf("LibreOffice wrote no CSV: %v\n%s", err, out)
	}
	defer csvFile.Close()
	r := csv.NewReader(csvFile)
	r.FieldsPerRecord = -1
	got, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	// Raw values (the filter's "formatted" flag is off): names and amounts as stored.
	for i, row := range want[:4] {
		if i >= len(got) || strings.Join(got[i][:len(row)], "|") != strings.Join(row, "|") {
			t.Fatalf("row %d: LibreOffice %v, excelize %v", i, got, want)
		}
	}
	if want[1][0] != "South deal" || want[1][1] != "2500.5" {
		t.Fatalf("first data row %v", want[1])
	}
}
