package rbac

// permText holds the English UI text of each advanced permission; the
// frontend may translate by Perm and use these as fallbacks.
var permText = map[Perm][2]string{
	PermReportsView:      {"View reports", "Run and read saved reports, within the user's record scopes."},
	PermReportsManage:    {"Manage reports", "Create, change, schedule and delete reports."},
	PermDashboardsView:   {"View dashboards", "Open dashboards, within the user's record scopes."},
	PermDashboardsManage: {"Manage dashboards", "Create, change and delete dashboards and their widgets."},
	PermDataExport:       {"Export data", "Export records to CSV or Excel files that leave the application."},
	PermDataImport:       {"Import data", "Import records from CSV or Excel files, including merging duplicates."},
	PermSensitiveView:    {"View sensitive fields", "See fields marked sensitive (such as deal amounts or personal phone numbers) instead of a mask."},
	PermAuditView:        {"View audit log", "Read and verify the tamper-evident audit log."},
	PermAlertsManage:     {"Manage alerts", "Review, acknowledge and configure suspicious-activity alerts."},
	PermUsersManage:      {"Manage users", "Create, disable and delete users, reset passwords, assign roles and teams."},
	PermRolesManage:      {"Manage roles", "Create, copy, rename, change and delete roles."},
	PermSettingsManage:   {"Manage settings", "Change workspace settings such as auto-lock, lockout and encryption keys."},
	PermPrivacyManage:    {"Handle privacy requests", "Erase a person's personal data (GDPR right to erasure), in records and in the audit log. Cannot be undone."},
}

// PermLabel returns the English label and description of p for the UI. For
// an unknown p it returns string(p) and "".
func PermLabel(p Perm) (label, description string) {
	t, ok := permText[p]
	if !ok {
		return string(p), ""
	}
	return t[0], t[1]
}
