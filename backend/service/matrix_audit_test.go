package service_test

import (
	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
	"fieldvault/backend/service"
)

// auditViewCases are the matrix rows of the audit viewer's methods (see methodCases).
func auditViewCases() map[string]struct {
	need string
	call func(m *matrix) error
} {
	type c = struct {
		need string
		call func(m *matrix) error
	}
	view := string(rbac.PermAuditView)
	return map[string]c{
		"AuditService.Status": {view, func(m *matrix) error { _, err := m.audit.Status(); return err }},
		"AuditService.List":   {view, func(m *matrix) error { _, err := m.audit.List(model.AuditQuery{Limit: 1}); return err }},
		"AuditService.Get":    {view, func(m *matrix) error { _, err := m.audit.Get(1 << 40); return err }},
		"AuditService.Export": {view + "+" + string(rbac.PermDataExport), func(m *matrix) error {
			_, err := m.audit.Export(model.AuditExportRequest{}) // invalid format once allowed
			return err
		}},
		"AuditService.PublicKey": {view, func(m *matrix) error { _, err := m.audit.PublicKey(); return err }},
		"AuditService.Cancel":    {view, func(m *matrix) error { return m.audit.Cancel(service.JobAuditExport) }},
	}
}
