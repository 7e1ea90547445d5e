package service_test

import (
	"fieldvault/backend/rbac"
	"fieldvault/backend/service"
)

// dashboardCases are the matrix rows of the dashboard service's methods
// (see methodCases).
func dashboardCases() map[string]struct {
	need string
	call func(m *matrix) error
} {
	type c = struct {
		need string
		call func(m *matrix) error
	}
	view, manage := string(rbac.PermDashboardsView), string(rbac.PermDashboardsManage)
	svc := func(m *matrix) *service.DashboardService { return service.NewDashboardService(m.core) }
	return map[string]c{
		"DashboardService.List": {view, func(m *matrix) error { _, err := svc(m).List(); return err }},
		"DashboardService.Get":  {view, func(m *matrix) error { _, err := svc(m).Get("no-such-id"); return err }},
		"DashboardService.Data": {view, func(m *matrix) error {
			_, err := svc(m).Data("no-such-id", service.DashboardFilters{})
			return err
		}},
		"DashboardService.Save": {manage, func(m *matrix) error {
			_, err := svc(m).Save(service.DashboardSaveRequest{}) // no name: invalid once allowed
			return err
		}},
		"DashboardService.Delete":  {manage, func(m *matrix) error { return svc(m).Delete("no-such-id") }},
		"DashboardService.Targets": {manage, func(m *matrix) error { _, err := svc(m).Targets(); return err }},
		"DashboardService.SaveTarget": {manage, func(m *matrix) error {
			_, err := svc(m).SaveTarget(service.KPITargetSaveRequest{}) // no name: invalid once allowed
			return err
		}},
		"DashboardService.DeleteTarget": {manage, func(m *matrix) error { return svc(m).DeleteTarget("no-such-id") }},
		"DashboardService.Export": {view + "+" + string(rbac.PermDataExport), func(m *matrix) error {
			_, err := svc(m).Export(service.DashboardExportRequest{ID: "no-such-id"}) // no path: invalid once allowed
			return err
		}},
		"DashboardService.Cancel": {string(rbac.PermDataExport), func(m *matrix) error { return svc(m).Cancel(service.JobDashboardExport) }},
	}
}
