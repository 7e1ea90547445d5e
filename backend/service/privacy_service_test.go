package service_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"fieldvault/backend/apperr"
	"fieldvault/backend/model"
	"fieldvault/backend/service"
)

// privacyWorld is a CRM with one well-documented contact: converted from a
// lead (so a company and a deal), on a second deal by contactIds only,
// with an activity and a task, and edited (a sensitive field included).
type privacyWorld struct {
	*crm
	privacy              *service.PrivacyService
	contact              string
	lead, deal1, deal2   string
	activity, task, firm string
}

const hostile = "=HYPERLINK(\"http://evil.test\",\"x\")"

func newPrivacyWorld(t *testing.T) *privacyWorld {
	t.Helper()
	c := newCRM(t)
	w := &privacyWorld{crm: c, privacy: service.NewPrivacyService(c.core)}
	c.as(t, "sales_rep")
	lead := c.create(t, "leads", "sales_rep", map[string]any{"firstName": "Dana", "lastName": "Subject",
		"companyName": "Subjectco", "email": "dana@subject.test", "status": "qualified"})
	res, err := c.leads.Convert(model.ConvertLeadRequest{LeadID: lead.ID, CreateDeal: true, DealName: "Subject pilot"})
	if err != nil {
		t.Fatal(err)
	}
	w.contact, w.lead, w.deal1, w.firm = res.ContactID, lead.ID, res.DealID, res.CompanyID
	w.deal2 = c.create(t, "deals", "sales_rep", map[string]any{"name": "Second deal", "contactIds": []any{w.contact}}).ID
	c.create(t, "deals", "sales_rep", map[string]any{"name": "Unrelated deal"})
	w.activity = c.create(t, "activities", "sales_rep", map[string]any{"kind": "call", "subject": "@call about " + hostile,
		"relatedEntity": "contacts", "relatedId": w.contact, "notes": "-rm -rf"}).ID
	w.task = c.create(t, "tasks", "sales_rep", map[string]any{"title": "+Follow up", "relatedEntity": "contacts", "relatedId": w.contact}).ID
	if _, err := c.records.Update(model.RecordInput{Entity: "tasks", ID: w.task, Values: map[string]any{"status": "done"}}); err != nil {
		t.Fatal(err)
	}
	c.as(t, "sales_manager") // North's records are outside South's team scope: the admin edits
	c.as(t, "admin")
	if _, err := c.records.Update(model.RecordInput{Entity: "contacts", ID: w.contact, Values: map[string]any{
		"title": hostile, "personalPhone": "+44 7700 900123", "address": "\tTabbed street 1"}}); err != nil {
		t.Fatal(err)
	}
	return w
}

func TestPrivacySubjectAccessJSON(t *testing.T) {
	w := newPrivacyWorld(t)
	path := filepath.Join(t.TempDir(), "dana.json")
	res, err := w.privacy.SubjectAccess(model.SubjectAccessRequest{ContactID: w.contact, Format: "json", Path: path})
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Subject struct {
			ID     string `json:"id"`
			Fields []struct {
				Name  string `json:"name"`
				Label string `json:"label"`
				Value any    `json:"value"`
			} `json:"fields"`
		} `json:"subject"`
		GeneratedAt string `json:"generatedAt"`
		GeneratedBy struct {
			Username string `json:"username"`
		} `json:"generatedBy"`
		Workspace struct {
			Name string `json:"name"`
		} `json:"workspace"`
		Company *struct {
			ID string `json:"id"`
		} `json:"company"`
		Deals, Activities, Tasks, Leads []struct {
			ID string `json:"id"`
		}
		Audit []struct {
			Action  string              `json:"action"`
			Changes []model.FieldChange `json:"changes"`
		} `json:"auditEntries"`
		RelatedAudit []struct {
			ObjectID string `json:"objectId"`
			Action   string `json:"action"`
		} `json:"relatedAuditEntries"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Subject.ID != w.contact || doc.GeneratedBy.Username != "admin" || doc.GeneratedAt == "" || doc.Workspace.Name != "Acme" {
		t.Fatalf("header: %s", b[:min(len(b), 600)])
	}
	fields := map[string]any{}
	for _, f := range doc.Subject.Fields {
		if f.Label == "" {
			t.Fatalf("field %s has no label", f.Name)
		}
		fields[f.Name] = f.Value
	}
	if fields["personalPhone"] != "+44 7700 900123" || fields["title"] != hostile || fields["lastName"] != "Subject" {
		t.Fatalf("fields %v", fields)
	}
	if doc.Company == nil || doc.Company.ID != w.firm {
		t.Fatalf("company %+v", doc.Company)
	}
	idsOf := func(list []struct {
		ID string `json:"id"`
	}) map[string]bool {
		out := map[string]bool{}
		for _, x := range list {
			out[x.ID] = true
		}
		return out
	}
	if d := idsOf(doc.Deals); len(d) != 2 || !d[w.deal1] || !d[w.deal2] {
		t.Fatalf("deals %v", d)
	}
	if a := idsOf(doc.Activities); len(a) != 1 || !a[w.activity] {
		t.Fatalf("activities %v", a)
	}
	if k := idsOf(doc.Tasks); len(k) != 1 || !k[w.task] {
		t.Fatalf("tasks %v", k)
	}
	if l := idsOf(doc.Leads); len(l) != 1 || !l[w.lead] {
		t.Fatalf("leads %v", l)
	}
	var sawUpdate bool
	for _, e := range doc.Audit {
		if e.Action == "contact.update" {
			for _, c := range e.Changes {
				// sensitive values are stored masked in the log itself
				if c.Field == "title" && c.After == hostile && !c.Masked {
					sawUpdate = true
				}
			}
		}
	}
	if !sawUpdate {
		t.Fatalf("no contact.update with its changes in %+v", doc.Audit)
	}
	related := map[string]bool{}
	for _, e := range doc.RelatedAudit {
		related[e.ObjectID+" "+e.Action] = true
	}
	if !related[w.activity+" activity.create"] || !related[w.task+" task.update"] {
		t.Fatalf("related audit %v", related)
	}
	want := int64(1 + 1 + 2 + 1 + 1 + 1 + len(doc.Audit) + len(doc.RelatedAudit))
	if res.Rows != want || res.Path != path {
		t.Fatalf("result %+v, want rows %d", res, want)
	}
	var rows int64
	if err := w.core.StoreForTest().Reader().QueryRowContext(context.Background(),
		`SELECT rows FROM audit_log WHERE action = 'contact.subject_access' AND outcome = 'success' AND category = 'export' AND object_id = ?`,
		w.contact).Scan(&rows); err != nil || rows != want {
		t.Fatalf("audit entry rows %d err %v, want %d", rows, err, want)
	}
	if left, _ := filepath.Glob(filepath.Join(filepath.Dir(path), ".fieldvault-export-*")); len(left) != 0 {
		t.Fatalf("temporary files left: %v", left)
	}
}

func TestPrivacySubjectAccessXLSX(t *testing.T) {
	w := newPrivacyWorld(t)
	path := filepath.Join(t.TempDir(), "dana.xlsx")
	if _, err := w.privacy.SubjectAccess(model.SubjectAccessRequest{ContactID: w.contact, Format: "xlsx", Path: path}); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	want := []string{"Summary", "Contact", "Company", "Deals", "Activities", "Tasks", "Leads", "Audit", "Audit (activities, tasks)"}
	if got := f.GetSheetList(); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("sheets %v, want %v", got, want)
	}
	for _, s := range want {
		rows, err := f.GetRows(s)
		if err != nil || len(rows) < 2 {
			t.Fatalf("sheet %s: %d rows, %v", s, len(rows), err)
		}
	}
	// every text cell that could read as a formula is escaped
	var sawTitle, sawPhone bool
	for _, s := range want {
		rows, _ := f.GetRows(s)
		for _, row := range rows {
			for _, cell := range row {
				if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
					t.Fatalf("sheet %s: unescaped cell %q", s, cell)
				}
				sawTitle = sawTitle || cell == "'"+hostile
				sawPhone = sawPhone || cell == "'+44 7700 900123"
			}
		}
		for _, c := range []string{"A2", "B2", "C2"} {
			if formula, _ := f.GetCellFormula(s, c); formula != "" {
				t.Fatalf("sheet %s %s holds a formula %q", s, c, formula)
			}
		}
	}
	if !sawTitle || !sawPhone {
		t.Fatalf("escaped values missing: title %v phone %v", sawTitle, sawPhone)
	}
	head, _ := f.GetCellStyle("Deals", "A1")
	if head == 0 {
		t.Fatal("Deals header is not formatted")
	}
}

func TestPrivacySubjectAccessRefusals(t *testing.T) {
	w := newPrivacyWorld(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "out.json")
	// Marketing Manager: data.export but no sensitive.view
	w.as(t, "marketing_manager")
	before := w.deniedCount(t)
	_, err := w.privacy.SubjectAccess(model.SubjectAccessRequest{ContactID: w.contact, Format: "json", Path: path})
	if !apperr.Is(err, apperr.CodeForbidden) || !strings.Contains(apperr.ToPayload(err).Message, "sensitive") {
		t.Fatalf("marketing manager: %v", err)
	}
	if w.deniedCount(t) != before+1 {
		t.Fatal("refusal not audited")
	}
	var reason string
	if err := w.core.StoreForTest().Reader().QueryRowContext(context.Background(),
		`SELECT reason FROM audit_log WHERE action = 'contact.subject_access' AND outcome = 'denied' ORDER BY seq DESC LIMIT 1`).Scan(&reason); err != nil ||
		!strings.Contains(reason, "sensitive.view") {
		t.Fatalf("denied reason %q, %v", reason, err)
	}
	// Sales Rep: no data.export
	w.as(t, "sales_rep")
	if _, err := w.privacy.SubjectAccess(model.SubjectAccessRequest{ContactID: w.contact, Format: "json", Path: path}); !apperr.Is(err, apperr.CodeForbidden) {
		t.Fatalf("sales rep: %v", err)
	}
	// Sales Manager (South) may not read North's contact: not found, no file
	w.as(t, "sales_manager")
	if _, err := w.privacy.SubjectAccess(model.SubjectAccessRequest{ContactID: w.contact, Format: "json", Path: path}); !apperr.Is(err, apperr.CodeNotFound) {
		t.Fatalf("out of scope: %v", err)
	}
	if _, err := w.privacy.SubjectAccess(model.SubjectAccessRequest{ContactID: w.contact, Format: "csv", Path: path}); !apperr.Is(err, apperr.CodeInvalid) {
		t.Fatalf("bad format: %v", err)
	}
	if _, err := w.privacy.SubjectAccess(model.SubjectAccessRequest{ContactID: w.contact, Format: "json", Path: "relative.json"}); !apperr.Is(err, apperr.CodeInvalid) {
		t.Fatalf("relative path: %v", err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Fatalf("files written: %v", entries)
	}
}

func TestPrivacySubjectAccessCancel(t *testing.T) {
	w := newPrivacyWorld(t)
	dir := t.TempDir()
	holds := 0
	service.SetJobHoldHookForTest(func(job string) {
		if job != service.JobPrivacyAccess {
			return
		}
		if holds++; holds == 3 {
			if err := w.privacy.Cancel(service.JobPrivacyAccess); err != nil {
				t.Errorf("cancel: %v", err)
			}
		}
	})
	defer service.SetJobHoldHookForTest(nil)
	_, err := w.privacy.SubjectAccess(model.SubjectAccessRequest{ContactID: w.contact, Format: "xlsx", Path: filepath.Join(dir, "x.xlsx")})
	if !apperr.Is(err, apperr.CodeConflict) {
		t.Fatalf("cancelled: %v", err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Fatalf("files left: %v", entries)
	}
	var n int
	if err := w.core.StoreForTest().Reader().QueryRowContext(context.Background(),
		`SELECT count(*) FROM audit_log WHERE action = 'contact.subject_access' AND outcome = 'failed'`).Scan(&n); err != nil || n != 1 {
		t.Fatalf("failed entries %d, %v", n, err)
	}
	if err := w.privacy.Cancel(service.JobPrivacyAccess); !apperr.Is(err, apperr.CodeNotFound) {
		t.Fatalf("cancel when idle: %v", err)
	}
}
