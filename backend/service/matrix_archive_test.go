package service_test

import (
	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
)

// archiveCases are the matrix rows of the audit retention and archive
// methods (see methodCases, which must list archiveCases()).
func archiveCases() map[string]struct {
	need string
	call func(m *matrix) error
} {
	type c = struct {
		need string
		call func(m *matrix) error
	}
	view, manage := string(rbac.PermAuditView), string(rbac.PermSettingsManage)
	return map[string]c{
		"AuditService.Retention": {view, func(m *matrix) error { _, err := m.audit.Retention(); return err }},
		"AuditService.SetRetention": {manage, func(m *matrix) error {
			_, err := m.audit.SetRetention(model.AuditRetention{KeepDays: 1}) // invalid once allowed
			return err
		}},
		"AuditService.ArchivePreview": {view, func(m *matrix) error { _, err := m.audit.ArchivePreview("not a date"); return err }},
		"AuditService.Archive": {manage + "+" + view + "+" + string(rbac.PermDataExport), func(m *matrix) error {
			_, err := m.audit.Archive(model.AuditArchiveRequest{}) // refused (keep forever) once allowed
			return err
		}},
		"AuditService.Archives": {view, func(m *matrix) error { _, err := m.audit.Archives(); return err }},
	}
}
