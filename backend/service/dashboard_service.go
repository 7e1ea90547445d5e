package service

import (
	"encoding/json"
	"strings"

	"fieldvault/backend/apperr"
	"fieldvault/backend/audit"
	"fieldvault/backend/rbac"
	"fieldvault/backend/store"
)

// Audit actions of dashboards.
const (
	actionDashboardList   = "dashboard.list"
	actionDashboardView   = "dashboard.view"
	actionDashboardSave   = "dashboard.save"
	actionDashboardDelete = "dashboard.delete"
	actionDashboardExport = "dashboard.export"
)

// DashboardService is bound to the frontend: dashboards of widgets over
// built-in and saved reports, each role's default dashboard, KPI targets,
// the widgets' data and exports. Every widget is compiled for the viewer,
// so their record scope is in the SQL and a field they may not see is
// refused, whoever built the dashboard.
//
// It also relays record changes to the window as EventRecordsChanged (see
// records_events.go), so open dashboards refresh.
type DashboardService struct {
	core    *Core
	reports *ReportService // resolves and compiles the reports widgets name
	jobs    jobs
	relay   relayState
	viewed  viewLog // when each dashboard view was last audited
}

// NewDashboardService returns the service over core.
func NewDashboardService(core *Core) *DashboardService {
	return &DashboardService{core: core, reports: &ReportService{core: core}}
}

// layoutJSON is the stored form of a dashboard's widgets.
type layoutJSON struct {
	Widgets []Widget `json:"widgets"`
}

// List returns the caller's default dashboard first (the stored default of
// their role, else the virtual "default:<role>"), then the other
// dashboards visible to them (their own, their teams', everyone's) by
// name. Not audited: it holds definitions, not data. CodeForbidden
// (audited) without dashboards.view.
func (s *DashboardService) List() ([]DashboardInfo, error) {
	var out []DashboardInfo
	err := s.core.with(rbac.PermDashboardsView, actionDashboardList, "dashboard", "", func(cl call) error {
		s.relayRecordEvents()
		def, err := s.defaultFor(cl)
		if err != nil {
			return err
		}
		out = []DashboardInfo{infoOf(def)}
		recs, err := store.ListDashboards(cl.ctx, cl.st.Reader(), cl.actor.UserID, cl.actor.TeamIDs)
		if err != nil {
			return err
		}
		for _, r := range recs {
			if r.ID == def.ID {
				continue
			}
			d, err := s.decode(cl, r)
			if err != nil {
				return err
			}
			out = append(out, infoOf(d))
		}
		return nil
	})
	return out, err
}

func infoOf(d Dashboard) DashboardInfo {
	return DashboardInfo{ID: d.ID, Name: d.Name, Sharing: d.Sharing, TeamID: d.TeamID, RoleDefault: d.RoleDefault,
		OwnerID: d.OwnerID, Mine: d.Mine, Virtual: d.Virtual, IsDefault: d.IsDefault, Editable: d.Editable,
		Widgets: len(d.Widgets), UpdatedAt: d.UpdatedAt}
}

// Get returns a dashboard with its widgets: "" = the caller's default (the
// stored default of their role, else the virtual default built for them
// from the built-in reports); "default:<role>" = the virtual default of
// the caller's role or of a built-in role, holding only widgets the caller
// may run; else a stored dashboard the caller sees. CodeNotFound
// otherwise; CodeForbidden (audited) without dashboards.view.
func (s *DashboardService) Get(id string) (Dashboard, error) {
	var out Dashboard
	err := s.core.with(rbac.PermDashboardsView, actionDashboardView, "dashboard", id, func(cl call) error {
		s.relayRecordEvents()
		var err error
		out, err = s.resolve(cl, id)
		return err
	})
	return out, err
}

// resolve returns dashboard id for the caller (see Get).
func (s *DashboardService) resolve(cl call, id string) (Dashboard, error) {
	if id == "" {
		return s.defaultFor(cl)
	}
	if role, ok := strings.CutPrefix(id, DefaultDashboardPrefix); ok {
		if _, builtin := rbac.DefaultRole(role); role != cl.actor.RoleID && !builtin {
			return Dashboard{}, errNoDashboard()
		}
		d := s.virtual(cl, role)
		d.IsDefault = role == cl.actor.RoleID
		if d.IsDefault {
			if _, err := store.RoleDefaultDashboard(cl.ctx, cl.st.Reader(), role); err == nil {
				d.IsDefault = false // a stored default replaces it
			}
		}
		return d, nil
	}
	r, err := s.visible(cl, id)
	if err != nil {
		return Dashboard{}, err
	}
	return s.decode(cl, r)
}

// defaultFor returns the caller's default dashboard: the stored default of
// their role when there is one, else the virtual one. The virtual one is
// computed rather than stored so that viewing writes nothing, a user
// without dashboards.manage still gets one, and it follows the role's
// current permissions and the built-in reports of this version.
func (s *DashboardService) defaultFor(cl call) (Dashboard, error) {
	r, err := store.RoleDefaultDashboard(cl.ctx, cl.st.Reader(), cl.actor.RoleID)
	switch {
	case err == nil && r.VisibleTo(cl.actor.UserID, cl.actor.TeamIDs):
		d, err := s.decode(cl, r)
		d.IsDefault = true
		return d, err
	case err != nil && !apperr.Is(err, apperr.CodeNotFound):
		return Dashboard{}, err
	}
	d := s.virtual(cl, cl.actor.RoleID)
	d.IsDefault = true
	return d, nil
}

// visible returns a stored dashboard the caller may see, else CodeNotFound.
func (s *DashboardService) visible(cl call, id string) (store.DashboardRecord, error) {
	r, err := store.GetDashboard(cl.ctx, cl.st.Reader(), id)
	if err == nil && !r.VisibleTo(cl.actor.UserID, cl.actor.TeamIDs) {
		err = errNoDashboard()
	}
	return r, err
}

func errNoDashboard() error { return apperr.New(apperr.CodeNotFound, "There is no such dashboard.") }

// decode turns a stored dashboard into its bound form.
func (s *DashboardService) decode(cl call, r store.DashboardRecord) (Dashboard, error) {
	d := Dashboard{ID: r.ID, Name: r.Name, Sharing: r.Sharing, TeamID: r.TeamID, RoleDefault: r.RoleDefault, OwnerID: r.OwnerID,
		Mine: r.OwnerID == cl.actor.UserID, Editable: canEdit(cl.actor, r.OwnerID), UpdatedAt: store.FormatTime(r.UpdatedAt),
		IsDefault: r.RoleDefault != "" && r.RoleDefault == cl.actor.RoleID}
	var l layoutJSON
	if err := json.Unmarshal([]byte(r.Layout), &l); err != nil {
		return d, apperr.Wrap(err, apperr.CodeInternal, "A dashboard could not be read.")
	}
	if err := json.Unmarshal([]byte(r.Filters), &d.Filters); err != nil {
		return d, apperr.Wrap(err, apperr.CodeInternal, "A dashboard could not be read.")
	}
	d.Widgets = l.Widgets
	if d.Widgets == nil {
		d.Widgets = []Widget{}
	}
	return d, nil
}

// canEdit: dashboards.manage, and the owner or an administrator.
func canEdit(a rbac.Actor, owner string) bool {
	return a.Can(rbac.PermDashboardsManage) && (owner == a.UserID || rbac.IsAdministrator(a.Grants))
}

// Delete removes a stored dashboard: the caller's own, or any they see
// when they are an administrator. CodeNotFound when not visible (a virtual
// default included: it cannot be deleted); CodeForbidden (audited) without
// dashboards.manage or when someone else owns it. Audited as
// dashboard.delete in the same transaction.
func (s *DashboardService) Delete(id string) error {
	return s.core.with(rbac.PermDashboardsManage, actionDashboardDelete, "dashboard", id, func(cl call) error {
		s.relayRecordEvents()
		old, err := s.visible(cl, id)
		if err != nil {
			return err
		}
		if !canEdit(cl.actor, old.OwnerID) {
			return s.core.deny(cl, actionDashboardDelete, "dashboard", id, "only the owner or an administrator deletes a dashboard")
		}
		return cl.st.Write(cl.ctx, func(tx *store.Tx) error {
			if err := store.DeleteDashboard(cl.ctx, tx, id); err != nil {
				return err
			}
			return store.AppendAudit(cl.ctx, tx, s.core.entry(cl.actor, audit.CatReport, actionDashboardDelete, "dashboard", id, old.Name))
		})
	})
}
