package service_test

import (
	"fieldvault/backend/rbac"
	"fieldvault/backend/report"
	"fieldvault/backend/service"
)

// reportCases are the matrix rows of the report service's methods (see methodCases).
func reportCases() map[string]struct {
	need string
	call func(m *matrix) error
} {
	type c = struct {
		need string
		call func(m *matrix) error
	}
	view := string(rbac.PermReportsView)
	svc := func(m *matrix) *service.ReportService { return service.NewReportService(m.core) }
	return map[string]c{
		"ReportService.Catalog": {view, func(m *matrix) error { _, err := svc(m).Catalog(); return err }},
		"ReportService.List":    {view, func(m *matrix) error { _, err := svc(m).List(); return err }},
		"ReportService.Run":     {view, func(m *matrix) error { _, err := svc(m).Run("no-such-id"); return err }},
		"ReportService.RunSpec": {view, func(m *matrix) error { _, err := svc(m).RunSpec(report.Spec{Entity: "nope"}); return err }},
		"ReportService.DrillDown": {view, func(m *matrix) error {
			_, err := svc(m).DrillDown(report.Spec{Entity: "deals"}, nil) // not a summary: invalid once allowed
			return err
		}},
		"ReportService.Save": {string(rbac.PermReportsManage), func(m *matrix) error {
			_, err := svc(m).Save(service.ReportSaveRequest{}) // no name: invalid once allowed
			return err
		}},
		"ReportService.Delete": {signedIn, func(m *matrix) error { return svc(m).Delete("no-such-id") }},
		"ReportService.Export": {view + "+" + string(rbac.PermDataExport), func(m *matrix) error {
			_, err := svc(m).Export(service.ReportExportRequest{ID: "no-such-id"}) // no path: invalid once allowed
			return err
		}},
		"ReportService.Cancel": {string(rbac.PermDataExport), func(m *matrix) error { return svc(m).Cancel(service.JobReportExport) }},
	}
}
