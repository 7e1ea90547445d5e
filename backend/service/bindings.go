package service

// Bindings returns every service bound to the frontend, over one core. The
// permission-matrix test walks this list, so a service missing here is
// missing from the window too.
func Bindings(core *Core) []any {
	imports := NewImportService(core)
	schedules := NewScheduleService(core)
	return []any{
		NewWorkspaceService(core),
		NewSessionService(core),
		NewUserService(core),
		NewRoleService(core),
		NewTeamService(core),
		NewAccessService(core),
		NewSettingsService(core),
		NewAuditService(core),
		NewRecordService(core),
		NewSearchService(core),
		NewPipelineService(core),
		NewLeadService(core),
		NewViewService(core),
		NewAlertService(core),
		NewPrivacyService(core),
		NewReportService(core),
		schedules,
		NewDashboardService(core),
		imports,
		NewIntegrationService(core, imports, schedules),
		NewDuplicateService(core),
		NewBackupService(core),
	}
}
