package rbac

// DefaultRoles returns fresh copies (safe to modify) of the built-in roles,
// in display order. Their matrices, scope per read/create/update/delete
// (– = none):
//
//	entity      Admin    Sales Manager  Sales Rep          Marketing Mgr      Support Agent
//	contacts    all×4    team×4         team/own/own/–     all/all/all/own    all/own/team/–
//	companies   all×4    team×4         team/own/own/–     all/all/all/own    all/own/team/–
//	leads       all×4    team×4         team/own/own/–     all×4              –
//	deals       all×4    team×4         team/own/own/–     all/–/–/–          team/–/–/–
//	activities  all×4    team×4         team/own/own/own   team/own/own/own   own×4
//	tasks       all×4    team×4         team/own/own/own   team/own/own/own   own×4
//
//	advanced           Admin  SalesMgr  SalesRep  MarketingMgr  Support
//	reports.view       ✓      ✓         ✓         ✓             –
//	reports.manage     ✓      ✓         –         ✓             –
//	dashboards.view    ✓      ✓         ✓         ✓             ✓
//	dashboards.manage  ✓      ✓         –         ✓             –
//	data.export        ✓      ✓         –         ✓             –
//	data.import        ✓      ✓         –         ✓             –
//	sensitive.view     ✓      ✓         –         –             –
//	audit.view, alerts.manage, users.manage, roles.manage, settings.manage: Admin only
//
// Why:
//   - Administrator holds everything, so IsAdministrator is true and the
//     administrator can grant any role (CanGrant).
//   - Sales Manager runs a team: full CRUD over the team's records and the
//     team's numbers (sensitive.view for deal amounts), plus reporting and
//     bulk data; no audit or user administration (separation of duties).
//   - Sales Representative sees the team's pipeline to coordinate, changes
//     only what they own and deletes no customer data; they may delete their
//     own activities and tasks, which are personal notes and to-dos.
//     Sensitive fields (deal amounts, personal phones) stay masked: the
//     manager role carries the numbers.
//   - Marketing Manager owns the top of the funnel: every lead, broad access
//     to contacts and companies for campaigns and imports (deleting only
//     what they own), deals read-only for attribution; no sensitive fields.
//   - Support Agent looks up any customer, edits the contacts and companies
//     of their team and may create new ones, works its own activities and
//     tasks, sees the team's deals without amounts (no sensitive.view) and
//     no leads.
func DefaultRoles() []Role {
	return []Role{
		{
			ID: RoleAdministrator, Name: "Administrator", Builtin: true,
			Description: "Full access, including users, roles, settings and the audit log.",
			Grants:      FullGrants(),
		},
		{
			ID: RoleSalesManager, Name: "Sales Manager", Builtin: true,
			Description: "Manages the team's customers and pipeline, reports and data transfers.",
			Grants: grantsOf(map[Entity]map[Action]Scope{
				EntityContacts:   crud(ScopeTeam, ScopeTeam, ScopeTeam, ScopeTeam),
				EntityCompanies:  crud(ScopeTeam, ScopeTeam, ScopeTeam, ScopeTeam),
				EntityLeads:      crud(ScopeTeam, ScopeTeam, ScopeTeam, ScopeTeam),
				EntityDeals:      crud(ScopeTeam, ScopeTeam, ScopeTeam, ScopeTeam),
				EntityActivities: crud(ScopeTeam, ScopeTeam, ScopeTeam, ScopeTeam),
				EntityTasks:      crud(ScopeTeam, ScopeTeam, ScopeTeam, ScopeTeam),
			}, PermReportsView, PermReportsManage, PermDashboardsView, PermDashboardsManage,
				PermDataExport, PermDataImport, PermSensitiveView),
		},
		{
			ID: RoleSalesRep, Name: "Sales Representative", Builtin: true,
			Description: "Works their own customers and deals; sees the team's pipeline.",
			Grants: grantsOf(map[Entity]map[Action]Scope{
				EntityContacts:   crud(ScopeTeam, ScopeOwn, ScopeOwn, ScopeNone),
				EntityCompanies:  crud(ScopeTeam, ScopeOwn, ScopeOwn, ScopeNone),
				EntityLeads:      crud(ScopeTeam, ScopeOwn, ScopeOwn, ScopeNone),
				EntityDeals:      crud(ScopeTeam, ScopeOwn, ScopeOwn, ScopeNone),
				EntityActivities: crud(ScopeTeam, ScopeOwn, ScopeOwn, ScopeOwn),
				EntityTasks:      crud(ScopeTeam, ScopeOwn, ScopeOwn, ScopeOwn),
			}, PermReportsView, PermDashboardsView),
		},
		{
			ID: RoleMarketingManager, Name: "Marketing Manager", Builtin: true,
			Description: "Owns leads and campaigns; broad access to contacts and companies, deals read-only.",
			Grants: grantsOf(map[Entity]map[Action]Scope{
				EntityContacts:   crud(ScopeAll, ScopeAll, ScopeAll, ScopeOwn),
				EntityCompanies:  crud(ScopeAll, ScopeAll, ScopeAll, ScopeOwn),
				EntityLeads:      crud(ScopeAll, ScopeAll, ScopeAll, ScopeAll),
				EntityDeals:      crud(ScopeAll, ScopeNone, ScopeNone, ScopeNone),
				EntityActivities: crud(ScopeTeam, ScopeOwn, ScopeOwn, ScopeOwn),
				EntityTasks:      crud(ScopeTeam, ScopeOwn, ScopeOwn, ScopeOwn),
			}, PermReportsView, PermReportsManage, PermDashboardsView, PermDashboardsManage,
				PermDataExport, PermDataImport),
		},
		{
			ID: RoleSupportAgent, Name: "Support Agent", Builtin: true,
			Description: "Looks up any customer, maintains the team's contacts and companies, logs own activities.",
			Grants: grantsOf(map[Entity]map[Action]Scope{
				EntityContacts:   crud(ScopeAll, ScopeOwn, ScopeTeam, ScopeNone),
				EntityCompanies:  crud(ScopeAll, ScopeOwn, ScopeTeam, ScopeNone),
				EntityDeals:      crud(ScopeTeam, ScopeNone, ScopeNone, ScopeNone),
				EntityActivities: crud(ScopeOwn, ScopeOwn, ScopeOwn, ScopeOwn),
				EntityTasks:      crud(ScopeOwn, ScopeOwn, ScopeOwn, ScopeOwn),
			}, PermDashboardsView),
		},
	}
}

// DefaultRole returns a fresh copy of the built-in role with the given ID,
// and false when there is none.
func DefaultRole(id string) (Role, bool) {
	for _, r := range DefaultRoles() {
		if r.ID == id {
			return r, true
		}
	}
	return Role{}, false
}

func crud(read, create, update, del Scope) map[Action]Scope {
	return map[Action]Scope{ActionRead: read, ActionCreate: create, ActionUpdate: update, ActionDelete: del}
}

// grantsOf builds normalized grants (no none entries) from a matrix and a
// list of advanced permissions.
func grantsOf(scopes map[Entity]map[Action]Scope, perms ...Perm) Grants {
	g := Grants{Scopes: scopes, Advanced: map[Perm]bool{}}
	for _, p := range perms {
		g.Advanced[p] = true
	}
	return g.Normalized()
}
