package service_test

import (
	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
	"fieldvault/backend/service"
)

// importCases are the matrix rows of the import and integration services
// (see methodCases).
func importCases() map[string]struct {
	need string
	call func(m *matrix) error
} {
	type c = struct {
		need string
		call func(m *matrix) error
	}
	imp := string(rbac.PermDataImport)
	svc := func(m *matrix) *service.ImportService { return service.NewImportService(m.core) }
	logs := func(m *matrix) *service.IntegrationService {
		return service.NewIntegrationService(m.core, service.NewImportService(m.core), service.NewScheduleService(m.core))
	}
	dups := func(m *matrix) *service.DuplicateService { return service.NewDuplicateService(m.core) }
	anyRun := imp + "|" + string(rbac.PermDataExport) + "|" + string(rbac.PermAuditView) + "|" + string(rbac.PermSettingsManage)
	return map[string]c{
		// an empty request is invalid once allowed (no entity)
		"ImportService.Inspect":    {imp, func(m *matrix) error { _, err := svc(m).Inspect(model.ImportRequest{}); return err }},
		"ImportService.DryRun":     {imp, func(m *matrix) error { _, err := svc(m).DryRun(model.ImportRequest{}); return err }},
		"ImportService.Run":        {imp, func(m *matrix) error { _, err := svc(m).Run(model.ImportRequest{}); return err }},
		"ImportService.Cancel":     {imp, func(m *matrix) error { return svc(m).Cancel(service.JobImport) }},
		"ImportService.Batches":    {imp, func(m *matrix) error { _, err := svc(m).Batches(); return err }},
		"ImportService.Revert":     {imp, func(m *matrix) error { _, err := svc(m).Revert("no-such-id"); return err }},
		"ImportService.SaveReport": {imp, func(m *matrix) error { _, err := svc(m).SaveReport("no-such-id", ""); return err }},
		"IntegrationService.List": {anyRun, func(m *matrix) error {
			_, err := logs(m).List(model.IntegrationFilter{})
			return err
		}},
		"IntegrationService.Retry":      {anyRun, func(m *matrix) error { _, err := logs(m).Retry("no-such-id"); return err }},
		"IntegrationService.Principals": {string(rbac.PermUsersManage), func(m *matrix) error { _, err := logs(m).Principals(); return err }},
		"IntegrationService.CreatePrincipal": {string(rbac.PermUsersManage), func(m *matrix) error {
			_, err := logs(m).CreatePrincipal(model.NewIntegrationPrincipal{}) // no name: invalid once allowed
			return err
		}},
		"IntegrationService.RotateToken": {string(rbac.PermUsersManage), func(m *matrix) error { _, err := logs(m).RotateToken("no-such-id"); return err }},
		"BackupService.Backup": {adminOnly, func(m *matrix) error {
			_, err := service.NewBackupService(m.core).Backup(service.BackupRequest{}) // invalid once allowed
			return err
		}},
		"BackupService.CheckRecipients": {adminOnly, func(m *matrix) error {
			_, err := service.NewBackupService(m.core).CheckRecipients(nil)
			return err
		}},
		"BackupService.Cancel": {adminOnly, func(m *matrix) error { return service.NewBackupService(m.core).Cancel(service.JobBackup) }},
		// a restore only ever writes an empty folder (the matrix's has a workspace)
		"WorkspaceService.RestoreBackup": {public, nil},
		"WorkspaceService.CancelRestore": {public, nil},
		// duplicates: rules are readable by all; checks need read scope;
		// scans and merges data.import (and update and delete scope)
		"DuplicateService.Rules": {signedIn, func(m *matrix) error { _, err := dups(m).Rules("contacts"); return err }},
		"DuplicateService.SaveRules": {string(rbac.PermSettingsManage), func(m *matrix) error {
			_, err := dups(m).SaveRules(model.DuplicateRules{Entity: "deals"}) // no rules for deals: invalid once allowed
			return err
		}},
		"DuplicateService.Check": {"scope:leads.read", func(m *matrix) error {
			_, err := dups(m).Check(model.RecordInput{Entity: "leads", Values: map[string]any{"lastName": "Zz"}})
			return err
		}},
		"DuplicateService.Scan":   {imp, func(m *matrix) error { _, err := dups(m).Scan("leads"); return err }},
		"DuplicateService.Cancel": {signedIn, func(m *matrix) error { return dups(m).Cancel(service.JobDuplicateScan) }},
		"DuplicateService.Merge": {imp, func(m *matrix) error {
			_, err := dups(m).Merge(model.MergeRequest{Entity: "leads", Survivor: "no-such-id", Other: "other-id"})
			return err
		}},
		"DuplicateService.MergePreview": {imp, func(m *matrix) error {
			_, err := dups(m).MergePreview("leads", "no-such-id", "other-id")
			return err
		}},
		"DuplicateService.UndoMerge": {imp, func(m *matrix) error { _, err := dups(m).UndoMerge("no-such-id"); return err }},
		"DuplicateService.Merges":    {signedIn, func(m *matrix) error { _, err := dups(m).Merges("leads"); return err }},
	}
}
