package service_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"fieldvault/backend/apperr"
	"fieldvault/backend/audit"
	"fieldvault/backend/auditbundle"
	"fieldvault/backend/model"
	"fieldvault/backend/service"
)

// A bundle export verifies with the workspace's public key alone and is
// audited with its rows and filters.
func TestAuditExportBundleRoundTrip(t *testing.T) {
	w := newAuditWorld(t)
	path := filepath.Join(t.TempDir(), "audit.fvbundle")
	q := w.window(model.AuditQuery{Action: "contact."})
	want := w.want(func(e audit.Entry) bool { return strings.HasPrefix(e.Action, "contact.") })
	res, err := w.audit.Export(model.AuditExportRequest{Query: q, Format: "bundle", Path: path})
	if err != nil || res.Rows != int64(len(want)) || res.Path != path {
		t.Fatalf("export: %+v %v", res, err)
	}
	key, err := w.audit.PublicKey()
	if err != nil || !strings.HasPrefix(key, auditbundle.KeyPrefix) {
		t.Fatalf("key %q %v", key, err)
	}
	pub, err := auditbundle.ParsePublicKey(key)
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	got, err := auditbundle.Verify(f, pub)
	if err != nil {
		t.Fatalf("verify: %v", err)
	}
	m := got.Manifest
	if got.Count != res.Rows || got.FirstSeq != want[len(want)-1] || got.LastSeq != want[0] || m.Exporter.Username != "admin" ||
		m.Query.Action != "contact." || m.WorkspaceID == "" || len(m.ChainHashAtLastSeq) != 64 || m.PublicKey != key {
		t.Fatalf("result %+v", got)
	}
	e := w.lastEntry(t, "audit.export")
	if e.Category != audit.CatExport || e.Rows != res.Rows || e.Outcome != audit.OutcomeSuccess ||
		!strings.Contains(e.Reason, "format=bundle") || !strings.Contains(e.Reason, `action="contact."`) {
		t.Fatalf("export entry %+v", e)
	}
	if !strings.Contains(strings.Join(w.em.Names(), " "), service.EventJobProgress) {
		t.Fatal("no progress events")
	}
}

// An xlsx export opens in a spreadsheet library with its rows, a frozen
// and filtered header and a summary; text that looks like a formula stays
// text.
func TestAuditExportXLSX(t *testing.T) {
	w := newAuditWorld(t)
	evil := &audit.Entry{Actor: audit.Actor{UserID: "u1", Username: "@bob"}, Category: audit.CatData, Action: "contact.update",
		ObjectType: "contact", ObjectLabel: `=HYPERLINK("http://evil.example","click")`, Reason: "+1 -2", Outcome: audit.OutcomeSuccess}
	w.clock.Advance(-time.Minute / 2) // inside the window
	if err := w.core.StoreForTest().AuditWrite(context.Background(), evil); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "audit.xlsx")
	q := w.window(model.AuditQuery{})
	res, err := w.audit.Export(model.AuditExportRequest{Query: q, Format: "xlsx", Path: path})
	if err != nil || res.Rows != 31 {
		t.Fatalf("export: %+v %v", res, err)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows("Audit log")
	if err != nil || len(rows) != 32 || rows[0][0] != "Seq" || rows[0][9] != "Object" {
		t.Fatalf("rows %d %v", len(rows), err)
	}
	last := rows[31]
	if last[9] != `'=HYPERLINK("http://evil.example","click")` || last[2] != "'@bob" || last[11] != "'+1 -2" {
		t.Fatalf("formula-looking text not neutralised: %q", last)
	}
	if fm, _ := f.GetCellFormula("Audit log", "J32"); fm != "" {
		t.Fatalf("a formula was written: %q", fm)
	}
	if v, _ := f.GetCellValue("Audit log", "B2", excelize.Options{RawCellValue: true}); !strings.HasPrefix(v, "46083.") {
		t.Fatalf("time is not an Excel date (serial 46083.x for 2026-03-02): %q", v)
	}
	if names := f.GetDefinedName(); len(names) != 1 || names[0].Name != "_xlnm._FilterDatabase" || !strings.HasSuffix(names[0].RefersTo, "$A$1:$S$32") {
		t.Fatalf("autofilter: %+v", names)
	}
	panes, err := f.GetPanes("Audit log")
	if err != nil || !panes.Freeze || panes.YSplit != 1 {
		t.Fatalf("panes %+v %v", panes, err)
	}
	sum, _ := f.GetRows("Summary")
	if len(sum) < 4 || sum[0][0] != "Exported by" || !strings.HasPrefix(sum[0][1], "admin") || sum[2][1] != "31" {
		t.Fatalf("summary %q", sum)
	}
}

// Export refuses bad requests before doing anything.
func TestAuditExportRefusesBadRequests(t *testing.T) {
	w := newAuditWorld(t)
	dir := t.TempDir()
	for name, req := range map[string]model.AuditExportRequest{
		"format":         {Format: "csv", Path: filepath.Join(dir, "a.csv")},
		"relative path":  {Format: "xlsx", Path: "a.xlsx"},
		"missing folder": {Format: "xlsx", Path: filepath.Join(dir, "nope", "a.xlsx")},
		"folder as path": {Format: "bundle", Path: dir},
		"bad filter":     {Format: "bundle", Path: filepath.Join(dir, "a"), Query: model.AuditQuery{Outcome: "?"}},
	} {
		t.Run(name, func(t *testing.T) {
			if _, err := w.audit.Export(req); !apperr.Is(err, apperr.CodeInvalid) {
				t.Fatalf("got %v, want invalid", err)
			}
		})
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Fatalf("files left: %v", entries)
	}
}
