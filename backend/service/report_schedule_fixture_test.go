package service_test

import (
	"context"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/xuri/excelize/v2"

	"fieldvault/backend/model"
	"fieldvault/backend/report"
	"fieldvault/backend/service"
)

// payloadEmitter records events with their payloads.
type payloadEmitter struct {
	mu     sync.Mutex
	events []emitted
}

type emitted struct {
	name string
	data []any
}

func (e *payloadEmitter) Emit(name string, data ...any) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.events = append(e.events, emitted{name, data})
}

func (e *payloadEmitter) named(name string) []emitted {
	e.mu.Lock()
	defer e.mu.Unlock()
	var out []emitted
	for _, ev := range e.events {
		if ev.name == name {
			out = append(out, ev)
		}
	}
	return out
}

type scheduleWorld struct {
	*reportWorld
	sched *service.ScheduleService
	em    *payloadEmitter
}

// newScheduleWorld is the report world (a North deal of sales_rep, a South
// deal of sales_manager, an admin deal) where the Sales Rep role may also
// manage reports and export.
func newScheduleWorld(t *testing.T) *scheduleWorld {
	t.Helper()
	w := &scheduleWorld{reportWorld: newReportWorld(t), em: &payloadEmitter{}}
	w.sched = service.NewScheduleService(w.core)
	w.core.SetEmitter(w.em)
	w.setAdvanced(t, "sales_rep", []string{"reports.manage", "data.export"}, nil)
	return w
}

// setAdvanced adds and removes advanced permissions of a built-in role, as admin.
func (w *scheduleWorld) setAdvanced(t *testing.T, roleID string, add, remove []string) {
	t.Helper()
	w.as(t, "admin")
	roles, err := w.roles.List()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range roles {
		if r.ID != roleID {
			continue
		}
		adv := slices.DeleteFunc(append(r.Advanced, add...), func(p string) bool { return slices.Contains(remove, p) })
		if _, err := w.roles.SetPermissions(model.RolePermissions{RoleID: r.ID, Grants: r.Grants, Advanced: adv}); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Fatalf("no role %s", roleID)
}

// saveReport saves a private report as the signed-in user.
func (w *scheduleWorld) saveReport(t *testing.T, name string, spec report.Spec) string {
	t.Helper()
	r, err := w.svc.Save(service.ReportSaveRequest{Name: name, Sharing: "private", Spec: spec})
	if err != nil {
		t.Fatal(err)
	}
	return r.ID
}

func (w *scheduleWorld) schedule(t *testing.T, in model.ScheduleInput) model.ReportSchedule {
	t.Helper()
	s, err := w.sched.Save(in)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func (w *scheduleWorld) tick(t *testing.T) {
	t.Helper()
	if !w.core.TickSchedulerForTest() {
		t.Fatal("no scheduler runs")
	}
}

func (w *scheduleWorld) runs(t *testing.T, id string) []model.ScheduleRun {
	t.Helper()
	runs, err := w.sched.Runs(id)
	if err != nil {
		t.Fatal(err)
	}
	return runs
}

func (w *scheduleWorld) auditRows(t *testing.T, action, outcome string) []int64 {
	t.Helper()
	rows, err := w.core.StoreForTest().Reader().QueryContext(context.Background(),
		`SELECT rows FROM audit_log WHERE action = ? AND outcome = ? ORDER BY seq`, action, outcome)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var n int64
		if err := rows.Scan(&n); err != nil {
			t.Fatal(err)
		}
		out = append(out, n)
	}
	return out
}

// sheetText returns every cell of every sheet of an .xlsx file.
func sheetText(t *testing.T, path string) string {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var b strings.Builder
	for _, sh := range f.GetSheetList() {
		rows, _ := f.GetRows(sh)
		for _, r := range rows {
			b.WriteString(sh + ": " + strings.Join(r, " | ") + "\n")
		}
	}
	return b.String()
}
