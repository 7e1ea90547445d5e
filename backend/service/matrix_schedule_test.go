package service_test

import (
	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
	"fieldvault/backend/service"
)

// scheduleCases are the matrix rows of the schedule service's methods (see methodCases).
func scheduleCases() map[string]struct {
	need string
	call func(m *matrix) error
} {
	type c = struct {
		need string
		call func(m *matrix) error
	}
	view, export := string(rbac.PermReportsView), string(rbac.PermDataExport)
	svc := func(m *matrix) *service.ScheduleService { return service.NewScheduleService(m.core) }
	return map[string]c{
		"ScheduleService.List": {view, func(m *matrix) error { _, err := svc(m).List(); return err }},
		"ScheduleService.Save": {string(rbac.PermReportsManage) + "+" + export, func(m *matrix) error {
			_, err := svc(m).Save(model.ScheduleInput{}) // no report: invalid once allowed
			return err
		}},
		"ScheduleService.Delete": {signedIn, func(m *matrix) error { return svc(m).Delete("no-such-id") }},
		"ScheduleService.Runs":   {view, func(m *matrix) error { _, err := svc(m).Runs("no-such-id"); return err }},
		"ScheduleService.RunNow": {view + "+" + export, func(m *matrix) error { _, err := svc(m).RunNow("no-such-id"); return err }},
	}
}
