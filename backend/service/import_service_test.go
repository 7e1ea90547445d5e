package service_test

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/xuri/excelize/v2"

	"fieldvault/backend/apperr"
	"fieldvault/backend/model"
	"fieldvault/backend/service"
)

// importWorld is a CRM with one company and one contact to import against.
type importWorld struct {
	*crm
	imp  *service.ImportService
	logs *service.IntegrationService
	acme string
	ann  model.RecordItem
	dir  string
}

func newImportWorld(t *testing.T) *importWorld {
	t.Helper()
	c := newCRM(t)
	w := &importWorld{crm: c, imp: service.NewImportService(c.core), dir: t.TempDir()}
	w.logs = service.NewIntegrationService(c.core, w.imp, service.NewScheduleService(c.core))
	c.as(t, "admin")
	w.acme = c.create(t, "companies", "admin", map[string]any{"name": "Acme"}).ID
	w.ann = c.create(t, "contacts", "admin", map[string]any{"firstName": "Ann", "lastName": "Lee", "email": "ann@example.com", "title": "Analyst"})
	return w
}

// file writes content as name in the world's folder, encoded.
func (w *importWorld) file(t *testing.T, name, content, encoding string) string {
	t.Helper()
	var b []byte
	switch encoding {
	case "utf-16le":
		b = []byte{0xFF, 0xFE}
		for _, u := range utf16.Encode([]rune(content)) {
			b = append(b, byte(u), byte(u>>8))
		}
	case "latin1":
		for _, r := range content {
			if r > 0xFF {
				t.Fatalf("not latin-1: %q", r)
			}
			b = append(b, byte(r))
		}
	default:
		b = []byte(content)
	}
	p := filepath.Join(w.dir, name)
	if err := os.WriteFile(p, b, 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// request inspects path and returns a request with the suggested mapping.
func (w *importWorld) request(t *testing.T, path, entity, mode, match string) model.ImportRequest {
	t.Helper()
	info, err := w.imp.Inspect(model.ImportRequest{Path: path, Entity: entity})
	if err != nil {
		t.Fatalf("inspect: %v", err)
	}
	return model.ImportRequest{Path: path, Entity: entity, Mode: mode, MatchKey: match, Mapping: info.Mapping,
		Decimal: info.DecimalGuess, DateOrder: info.DateOrderGuess, SkipDuplicates: true}
}

func (w *importWorld) count(t *testing.T, entity string) int {
	t.Helper()
	page, err := w.records.List(model.ListQuery{Entity: entity, Limit: 500})
	if err != nil {
		t.Fatal(err)
	}
	return len(page.Rows)
}

func (w *importWorld) find(t *testing.T, email string) (model.RecordItem, bool) {
	t.Helper()
	page, err := w.records.List(model.ListQuery{Entity: "contacts", Limit: 500})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range page.Rows {
		if r.Values["email"] == email {
			full, err := w.records.Get("contacts", r.ID)
			if err != nil {
				t.Fatal(err)
			}
			return full, true
		}
	}
	return model.RecordItem{}, false
}

const messyContacts = "First Name;Last Name;E-mail Address;Business Phone;Company;Marketing opt-in;Opt-in date;Tags;Contact Owner\r\n" +
	"José;Müller;jose@example.com;+49 30 1234567;Acme GmbH;ja;05.03.2024;vip;\r\n" +
	"Ann;Lee;ANN@example.com;(555) 123-4567;;no;;;\r\n" +
	"Bob;Stone;bob at example.com;;;;;;\r\n" +
	"Cara;Diaz;cara@example.com;;;;31.02.2024;;\r\n" +
	"Dan;\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\";dan@example.com;;;;;;\r\n" +
	"José;Mueller;jose@example.com;;;;;;\r\n" +
	"Eve;Ray\r\n" +
	"Finn;Ode;finn@example.com;;Nowhere Inc;;;;\r\n" +
	"Gus;Ng;gus@example.com;;;;;;nobody\r\n" +
	"Hal;Ito;hal@example.com;;;;;;sales_rep\r\n"

func TestImportMessyCSVDryRunThenRun(t *testing.T) {
	w := newImportWorld(t)
	path := w.file(t, "contacts.csv", messyContacts, "latin1")
	info, err := w.imp.Inspect(model.ImportRequest{Path: path, Entity: "contacts"})
	if err != nil {
		t.Fatal(err)
	}
	if info.Delimiter != ";" || info.Encoding != "windows-1252" || len(info.Sample) != 10 || info.Sample[0][1] != "Müller" {
		t.Fatalf("inspect: %s %s %d %q", info.Delimiter, info.Encoding, len(info.Sample), info.Sample[0])
	}
	req := w.request(t, path, "contacts", model.ImportCreate, model.MatchEmail)
	want := model.ImportCounts{Rows: 10, New: 3, Duplicate: 2, Invalid: 5}
	before := w.count(t, "contacts")

	dry, err := w.imp.DryRun(req)
	if err != nil {
		t.Fatal(err)
	}
	if dry.Counts != want || !dry.DryRun {
		t.Fatalf("dry run counts %+v, want %+v; problems %+v", dry.Counts, want, dry.Problems)
	}
	if n := w.count(t, "contacts"); n != before {
		t.Fatalf("the dry run wrote: %d → %d", before, n)
	}
	reasons := map[int]string{}
	for _, p := range dry.Problems {
		reasons[p.Row] += p.Reason + " "
	}
	for row, want := range map[int]string{3: "exists", 4: "email", 5: "date", 7: "Repeats row 2", 8: "cells", 9: "No company", 10: "no user"} {
		if !strings.Contains(strings.ToLower(reasons[row]), strings.ToLower(want)) {
			t.Errorf("row %d: %q, want it to mention %q", row, reasons[row], want)
		}
	}

	res, err := w.imp.Run(req)
	if err != nil {
		t.Fatal(err)
	}
	if res.Counts != want || res.Status != "done" || res.ID == "" {
		t.Fatalf("import %+v", res)
	}
	if n := w.count(t, "contacts"); n != before+3 {
		t.Fatalf("contacts %d → %d, want +3", before, n)
	}
	jose, ok := w.find(t, "jose@example.com")
	if !ok || jose.Values["lastName"] != "Müller" || jose.Values["companyId"] != w.acme || jose.Values["marketingOptIn"] != true ||
		jose.Values["optInDate"] != "2024-03-05" || !reflect.DeepEqual(jose.Values["tags"], []string{"vip"}) {
		t.Fatalf("José: %+v", jose.Values)
	}
	dan, _ := w.find(t, "dan@example.com")
	if dan.Values["lastName"] != `=HYPERLINK("http://x","y")` {
		t.Fatalf("formula text not kept verbatim: %q", dan.Values["lastName"])
	}
	hal, _ := w.find(t, "hal@example.com")
	if hal.OwnerID != w.user["sales_rep"] {
		t.Fatalf("owner column ignored: %s", hal.OwnerID)
	}
	// the chunk is audited once, naming every record it created (and no
	// personal value); each record's timeline shows its import
	var n int
	var changes string
	err = w.core.StoreForTest().Reader().QueryRow(`SELECT rows, changes FROM audit_log WHERE action = 'contact.import' AND object_id = ?`,
		res.ID).Scan(&n, &changes)
	if err != nil || n != 3 || !strings.Contains(changes, jose.ID) || !strings.Contains(changes, "sha256") || strings.Contains(changes, "Müller") {
		t.Fatalf("chunk audit entry rows=%d %s %v", n, changes, err)
	}
	tl, err := w.records.Timeline("contacts", jose.ID)
	if err != nil || !slices.ContainsFunc(tl, func(it model.TimelineItem) bool { return it.Title == "Imported from contacts.csv" }) {
		t.Fatalf("timeline %+v %v", tl, err)
	}
	batches, err := w.imp.Batches()
	if err != nil || len(batches) != 1 || batches[0].Records != 3 || batches[0].Status != "done" {
		t.Fatalf("batches %+v %v", batches, err)
	}
	runs, err := w.logs.List(model.IntegrationFilter{Kind: model.RunImport})
	if err != nil || len(runs) != 1 || runs[0].Outcome != model.OutcomeWarnings || runs[0].Counts["new"] != 3 || runs[0].Errors != 5 {
		t.Fatalf("integration log %+v %v", runs, err)
	}

	// the report: every problem, formula-looking values written as text
	out := filepath.Join(w.dir, "problems.xlsx")
	if _, err := w.imp.SaveReport(res.ID, out); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows("Problems")
	if err != nil || len(rows) != 1+res.ProblemsTotal {
		t.Fatalf("report rows %d (want %d) %v", len(rows), 1+res.ProblemsTotal, err)
	}
}

func TestImportUpsertAndRevertRestoresExactly(t *testing.T) {
	w := newImportWorld(t)
	annBefore, _ := w.records.Get("contacts", w.ann.ID)
	path := w.file(t, "people.csv", "Email,Last Name,Job Title,Phone\n"+
		"ann@example.com,Lee,Director,\n"+
		"zed@example.com,Zed,Intern,0049 30 999\n"+
		"ann@example.com,Lee,Director,\n", "utf-16le")
	req := w.request(t, path, "contacts", model.ImportUpsert, model.MatchEmail)
	res, err := w.imp.Run(req)
	if err != nil {
		t.Fatal(err)
	}
	if want := (model.ImportCounts{Rows: 3, New: 1, Update: 1, Duplicate: 1}); res.Counts != want {
		t.Fatalf("counts %+v, want %+v (%+v)", res.Counts, want, res.Problems)
	}
	ann, _ := w.records.Get("contacts", w.ann.ID)
	if ann.Values["title"] != "Director" || ann.Values["firstName"] != "Ann" {
		t.Fatalf("update: %+v", ann.Values)
	}
	if _, ok := w.find(t, "zed@example.com"); !ok {
		t.Fatal("zed not created")
	}
	rev, err := w.imp.Revert(res.ID)
	if err != nil || rev.Removed != 1 || rev.Restored != 1 || len(rev.Conflicts) != 0 {
		t.Fatalf("revert %+v %v", rev, err)
	}
	if _, ok := w.find(t, "zed@example.com"); ok {
		t.Fatal("zed still there")
	}
	after, _ := w.records.Get("contacts", w.ann.ID)
	if !reflect.DeepEqual(after.Values, annBefore.Values) || after.OwnerID != annBefore.OwnerID || after.TeamID != annBefore.TeamID {
		t.Fatalf("not restored:\n%+v\n%+v", after.Values, annBefore.Values)
	}
	if _, err := w.imp.Revert(res.ID); !apperr.Is(err, apperr.CodeConflict) {
		t.Fatalf("second revert: %v", err)
	}
}

func TestImportRevertRefusesRecordsChangedSince(t *testing.T) {
	w := newImportWorld(t)
	path := w.file(t, "p.csv", "Name,Email\nXena Warrior,xena@example.com\nYuri Gagarin,yuri@example.com\n", "")
	res, err := w.imp.Run(w.request(t, path, "contacts", model.ImportCreate, model.MatchEmail))
	if err != nil || res.Counts.New != 2 {
		t.Fatalf("%+v %v", res, err)
	}
	xena, ok := w.find(t, "xena@example.com")
	if !ok || xena.Values["firstName"] != "Xena" || xena.Values["lastName"] != "Warrior" {
		t.Fatalf("full name not split: %+v", xena.Values)
	}
	w.clock.Advance(time.Second)
	if _, err := w.records.Update(model.RecordInput{Entity: "contacts", ID: xena.ID, Values: map[string]any{"title": "Princess"}}); err != nil {
		t.Fatal(err)
	}
	rev, err := w.imp.Revert(res.ID)
	if err != nil || len(rev.Conflicts) != 1 || !strings.Contains(rev.Conflicts[0], "Xena") || rev.Removed != 0 {
		t.Fatalf("revert %+v %v", rev, err)
	}
	if _, ok := w.find(t, "yuri@example.com"); !ok {
		t.Fatal("a refused revert removed a record")
	}
}

func TestImportStaysInTheCallersScope(t *testing.T) {
	w := newImportWorld(t)
	w.as(t, "sales_manager") // South; the contact Ann (admin's, no team) is outside
	path := w.file(t, "s.csv", "Last Name,Email,Owner,Job Title\nLee,ann@example.com,,Spy\nNew,new@example.com,sales_rep,\nMine,mine@example.com,,\n", "")
	res, err := w.imp.Run(w.request(t, path, "contacts", model.ImportUpsert, model.MatchEmail))
	if err != nil {
		t.Fatal(err)
	}
	// Ann is not readable: no match, so a new record (a duplicate the
	// manager cannot see is not revealed); the North rep is not theirs to assign.
	if want := (model.ImportCounts{Rows: 3, New: 2, Invalid: 1}); res.Counts != want {
		t.Fatalf("counts %+v want %+v: %+v", res.Counts, want, res.Problems)
	}
	w.as(t, "admin")
	ann, _ := w.records.Get("contacts", w.ann.ID)
	if ann.Values["title"] != "Analyst" {
		t.Fatalf("an out-of-scope record changed: %+v", ann.Values)
	}
	if _, err := w.imp.Revert(res.ID); err != nil {
		t.Fatalf("an administrator reverts anyone's import: %v", err)
	}
	w.as(t, "support_agent")
	if _, err := w.imp.Batches(); !apperr.Is(err, apperr.CodeForbidden) {
		t.Fatalf("support agent lists imports: %v", err)
	}
}

func TestImportRefusesBadRequests(t *testing.T) {
	w := newImportWorld(t)
	path := w.file(t, "c.csv", "Last Name,Email\nLee,x@example.com\n", "")
	junk := w.file(t, "junk.csv", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10"+strings.Repeat("\x00\xff\x13", 400), "")
	base := w.request(t, path, "contacts", model.ImportCreate, model.MatchEmail)
	tests := []struct {
		name  string
		edit  func(r *model.ImportRequest)
		field string
	}{
		{"entity", func(r *model.ImportRequest) { r.Entity = "activities" }, "entity"},
		{"mode", func(r *model.ImportRequest) { r.Mode = "merge" }, "mode"},
		{"match", func(r *model.ImportRequest) { r.MatchKey = "ssn" }, "matchKey"},
		{"update needs a key", func(r *model.ImportRequest) { r.Mode, r.MatchKey = model.ImportUpdate, "" }, "matchKey"},
		{"no column", func(r *model.ImportRequest) { r.Mapping = nil }, "mapping"},
		{"column out of range", func(r *model.ImportRequest) { r.Mapping = []model.ImportMapping{{Column: 9, Field: "email"}} }, "mapping"},
		{"read-only field", func(r *model.ImportRequest) {
			r.Mapping = append(r.Mapping, model.ImportMapping{Column: 0, Field: "convertedAt"})
		}, "mapping"},
		{"same field twice", func(r *model.ImportRequest) {
			r.Mapping = []model.ImportMapping{{Column: 0, Field: "lastName"}, {Column: 1, Field: "lastName"}}
		}, "mapping"},
		{"required unmapped", func(r *model.ImportRequest) { r.Mapping = []model.ImportMapping{{Column: 1, Field: "email"}} }, "mapping"},
		{"relative path", func(r *model.ImportRequest) { r.Path = "c.csv" }, "path"},
		{"missing file", func(r *model.ImportRequest) { r.Path = filepath.Join(w.dir, "nope.csv") }, "path"},
		{"binary junk", func(r *model.ImportRequest) { r.Path = junk }, ""},
		{"negative header row", func(r *model.ImportRequest) { r.HeaderRow = -1 }, "headerRow"},
		{"header row far down", func(r *model.ImportRequest) { r.HeaderRow = 10_001 }, "headerRow"},
		{"header row past the end", func(r *model.ImportRequest) { r.HeaderRow = 3 }, "headerRow"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req := base
			req.Mapping = append([]model.ImportMapping(nil), base.Mapping...)
			tt.edit(&req)
			_, err := w.imp.DryRun(req)
			if !apperr.Is(err, apperr.CodeInvalid) {
				t.Fatalf("got %v, want invalid", err)
			}
			if tt.field != "" {
				if _, ok := apperr.ToPayload(err).Fields[tt.field]; !ok {
					t.Fatalf("error %+v does not name %s", apperr.ToPayload(err), tt.field)
				}
			}
		})
	}
}
