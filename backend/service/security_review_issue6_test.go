package service_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"fieldvault/backend/apperr"
	"fieldvault/backend/audit"
	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
	"fieldvault/backend/report"
	"fieldvault/backend/service"
	"fieldvault/backend/store"
)

// Security review (reports, dashboards, schedules).

// R1: a saved report shared with everyone may be deleted by its owner or an
// administrator only — not by any other holder of reports.manage (deleting
// it also deletes every user's schedules of it). Refusals are audited.
func TestSecurityReviewReportDeleteOwnerOrAdmin(t *testing.T) {
	w := newReportWorld(t)
	w.as(t, "sales_manager")
	shared, err := w.svc.Save(service.ReportSaveRequest{Name: "Shared stages", Sharing: "everyone", Spec: countByStage})
	if err != nil {
		t.Fatal(err)
	}
	w.as(t, "marketing_manager") // holds reports.manage, sees the report, does not own it
	denied := w.auditCount(t, "report.delete", "denied")
	if err := w.svc.Delete(shared.ID); !apperr.Is(err, apperr.CodeForbidden) {
		t.Fatalf("another manager deleted the report: %v", err)
	}
	if w.auditCount(t, "report.delete", "denied") != denied+1 {
		t.Fatal("the refusal was not audited")
	}
	w.as(t, "sales_manager")
	if _, err := w.svc.Run(shared.ID); err != nil {
		t.Fatalf("the owner's report is gone: %v", err)
	}
	w.as(t, "admin")
	if err := w.svc.Delete(shared.ID); err != nil {
		t.Fatalf("an administrator may delete it: %v", err)
	}
}

// R2: report.save records the spec without the operands of filters on
// personal or sensitive fields (names, emails searched for): an erasure
// cannot reach an entry about a report, so they would stay in the log.
func TestSecurityReviewReportSaveAuditHasNoPersonalOperands(t *testing.T) {
	w := newReportWorld(t)
	w.as(t, "admin")
	const email, name = "jane.zyxw@subject.test", "Zyxwvutsr"
	tabular := report.Spec{Entity: "contacts", Columns: []string{"lastName"},
		Filters: []report.Filter{{Field: "email", Op: report.OpEq, Value: email}, {Field: "lastName", Op: report.OpIn, Values: []any{name}}}}
	saved, err := w.svc.Save(service.ReportSaveRequest{Name: "One person", Sharing: "private", Spec: tabular})
	if err != nil {
		t.Fatal(err)
	}
	summary := report.Spec{Entity: "contacts", Format: report.FormatSummary, Groups: []report.Group{{Field: "region"}},
		Aggregates: []report.Aggregate{{Key: "them", Func: report.AggCount, Where: []report.Filter{{Field: "firstName", Op: report.OpContains, Value: name}}}}}
	if _, err := w.svc.Save(service.ReportSaveRequest{ID: saved.ID, Name: "One person", Sharing: "private", Spec: summary}); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	st := w.core.StoreForTest()
	last, err := st.AuditCount(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var saves []audit.Entry
	for seq := int64(1); seq <= last; seq++ {
		e, err := store.GetAuditEntry(ctx, st.Reader(), seq)
		if err != nil {
			t.Fatal(err)
		}
		if e.Action == "report.save" {
			saves = append(saves, e)
		}
	}
	if len(saves) != 2 {
		t.Fatalf("%d report.save entries, want 2", len(saves))
	}
	text, _ := json.Marshal(saves)
	for _, secret := range []string{email, name} {
		if strings.Contains(string(text), secret) {
			t.Fatalf("the audit log keeps %q:\n%s", secret, text)
		}
	}
	if !strings.Contains(string(text), "lastName") || !strings.Contains(string(text), "region") {
		t.Fatalf("the audited spec lost its shape:\n%s", text)
	}
}

// R3: editing a dashboard between two views is not a "live refresh": the
// second view reads other records and must be audited, else a user can
// read list after list through one dashboard with a single dashboard.view.
func TestSecurityReviewDashboardViewReauditedAfterEdit(t *testing.T) {
	w := newDashWorld(t)
	w.as(t, "admin")
	views := func() int { return countAction(auditActions(t, w.matrix), "dashboard.view:success") }
	table := func(outcome string) []service.Widget {
		spec := report.Spec{Entity: "deals", Columns: []string{"name"}, Filters: []report.Filter{{Field: "outcome", Op: report.OpEq, Value: outcome}}}
		return []service.Widget{{ID: "list", Type: service.WidgetTable, Title: "Deals", Spec: &spec, W: 12, H: 4}}
	}
	d, err := w.dash.Save(service.DashboardSaveRequest{Name: "Lists", Sharing: "private", Widgets: table("open")})
	if err != nil {
		t.Fatal(err)
	}
	base := views()
	if _, err := w.dash.Data(d.ID, service.DashboardFilters{}); err != nil {
		t.Fatal(err)
	}
	if _, err := w.dash.Save(service.DashboardSaveRequest{ID: d.ID, Name: "Lists", Sharing: "private", Widgets: table("won")}); err != nil {
		t.Fatal(err)
	}
	if _, err := w.dash.Data(d.ID, service.DashboardFilters{}); err != nil {
		t.Fatal(err)
	}
	if got := views() - base; got != 2 {
		t.Fatalf("%d dashboard.view entries for two different views, want 2", got)
	}
	// A refresh of the same definition still is not audited again.
	if _, err := w.dash.Data(d.ID, service.DashboardFilters{}); err != nil {
		t.Fatal(err)
	}
	if got := views() - base; got != 2 {
		t.Fatalf("a refresh was audited: %d entries", got)
	}
}

// R4: running a report on a record type the caller's role cannot read at
// all is an access attempt outside the role: refused and audited as denied
// (the alert rule on denied attempts reads those entries).
func TestSecurityReviewReportOutsideRoleAuditedDenied(t *testing.T) {
	m := newMatrix(t)
	m.signInAs(t, "admin", adminPassword)
	role, err := m.roles.Create(model.RoleInput{Name: "Desk reports", CopyFrom: rbac.RoleSupportAgent}) // no leads
	if err != nil {
		t.Fatal(err)
	}
	if _, err := m.roles.SetPermissions(model.RolePermissions{RoleID: role.ID, Grants: role.Grants,
		Advanced: append(role.Advanced, string(rbac.PermReportsView))}); err != nil {
		t.Fatal(err)
	}
	m.addUser(t, "desk", role.ID)
	svc := service.NewReportService(m.core)
	before := auditedDenial(t, m, "report.view")
	_, err = svc.RunSpec(report.Spec{Entity: "leads", Format: report.FormatSummary, Groups: []report.Group{{Field: "source"}}})
	if !apperr.Is(err, apperr.CodeForbidden) {
		t.Fatalf("a report on leads: %v, want forbidden", err)
	}
	if got := auditedDenial(t, m, "report.view"); got != before+1 {
		t.Fatalf("%d denied report.view entries, want %d", got, before+1)
	}
}

// R5: a scheduled run never replaces an existing file, even one that
// appears in the folder while the run writes (the name was free when it
// was chosen).
func TestSecurityReviewScheduleNeverReplacesFile(t *testing.T) {
	w := newScheduleWorld(t)
	dir := t.TempDir()
	w.as(t, "sales_rep")
	s := w.schedule(t, model.ScheduleInput{ReportID: w.saveReport(t, "Open deals", dealNames), Frequency: model.FrequencyDaily,
		Time: "23:00", TimeZone: "UTC", Folder: dir, FilePattern: "fixed"})
	victim := filepath.Join(dir, "fixed.xlsx")
	var once sync.Once
	service.SetReportExportHookForTest(func(int64) {
		once.Do(func() {
			if err := os.WriteFile(victim, []byte("someone else's file"), 0o600); err != nil {
				t.Error(err)
			}
		})
	})
	defer service.SetReportExportHookForTest(nil)
	run, err := w.sched.RunNow(s.ID)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(victim)
	if err != nil || string(got) != "someone else's file" {
		t.Fatalf("the file that appeared was replaced (run %s %s): now %d bytes starting %q, %v", run.Status, run.File, len(got), got[:min(len(got), 4)], err)
	}
	if run.Status != model.RunFailed {
		t.Fatalf("run %+v, want failed", run)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Fatalf("the folder holds %v, want only the other file", entries)
	}
}
