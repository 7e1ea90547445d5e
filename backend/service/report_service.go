package service

import (
	"strings"
	"sync/atomic"
	"time"

	"fieldvault/backend/apperr"
	"fieldvault/backend/audit"
	"fieldvault/backend/rbac"
	"fieldvault/backend/report"
	"fieldvault/backend/schema"
	"fieldvault/backend/store"
)

// Audit actions of reports.
const (
	actionReportView   = "report.view"
	actionReportSave   = "report.save"
	actionReportDelete = "report.delete"
	actionReportExport = "report.export"
)

// ReportService is bound to the frontend: the report builder's catalog,
// built-in and saved reports, running, drilling down and exporting them.
// Every run compiles the spec for the caller, so their record scope is in
// the SQL and a field they may not see (without sensitive.view) is refused,
// whoever saved the report.
type ReportService struct {
	core *Core
	jobs jobs
	// busy is the export job while it holds the core's lock (see Cancel).
	busy atomic.Pointer[job]
}

// NewReportService returns the service over core.
func NewReportService(core *Core) *ReportService { return &ReportService{core: core} }

// Catalog returns the record types the caller may read (at least one scope)
// with the fields a report on each may use; Masked marks the sensitive
// ones the caller may not use (no sensitive.view). CodeForbidden (audited)
// without reports.view.
func (s *ReportService) Catalog() ([]ReportEntity, error) {
	var out []ReportEntity
	err := s.core.with(rbac.PermReportsView, "report.catalog", "report", "", func(cl call) error {
		canSee := cl.actor.Can(rbac.PermSensitiveView)
		out = []ReportEntity{}
		for _, e := range rbac.Entities {
			if cl.actor.Scope(e, rbac.ActionRead) == rbac.ScopeNone {
				continue
			}
			infos, err := report.Fields(string(e))
			if err != nil {
				return err
			}
			ent := ReportEntity{Entity: string(e), Label: string(e), Fields: make([]ReportField, 0, len(infos))}
			if d, err := schema.Get(string(e)); err == nil {
				ent.Label = d.Def.LabelPlural
			}
			for _, f := range infos {
				ent.Fields = append(ent.Fields, ReportField{Key: f.Key, Label: f.Label, Type: f.Type, Sensitive: f.Sensitive,
					Masked: f.Sensitive && !canSee, Groupable: f.Groupable, Numeric: f.Numeric, Operators: f.Operators})
			}
			out = append(out, ent)
		}
		return nil
	})
	return out, err
}

// List returns the built-in reports (ids "builtin:<key>", in menu order)
// then the saved reports visible to the caller (their own, their teams',
// everyone's) by name. Runnable says whether each compiles for the caller.
// CodeForbidden (audited) without reports.view.
func (s *ReportService) List() ([]ReportInfo, error) {
	var out []ReportInfo
	err := s.core.with(rbac.PermReportsView, "report.list", "report", "", func(cl call) error {
		out = []ReportInfo{}
		for _, b := range report.BuiltIns() {
			out = append(out, s.runnable(cl, ReportInfo{ID: BuiltinPrefix + b.Key, Name: b.Title, Description: b.Description,
				Builtin: true, Chart: b.Chart, Sharing: store.SharingEveryone, Spec: b.Spec}))
		}
		recs, err := store.ListReports(cl.ctx, cl.st.Reader(), cl.actor.UserID, cl.actor.TeamIDs)
		if err != nil {
			return err
		}
		for _, r := range recs {
			info, err := reportInfo(r, cl.actor.UserID)
			if err != nil {
				return err
			}
			out = append(out, s.runnable(cl, info))
		}
		return nil
	})
	return out, err
}

// runnable sets info.Runnable and Problem by compiling its spec for cl.
func (s *ReportService) runnable(cl call, info ReportInfo) ReportInfo {
	_, err := report.Compile(info.Spec, cl.actor, cl.actor.Can(rbac.PermSensitiveView), s.core.now(), time.Local)
	info.Runnable = err == nil
	if err != nil {
		info.Problem = apperr.ToPayload(err).Message
	}
	return info
}

// Run runs a built-in ("builtin:<key>") or saved report for the caller and
// audits it ("report.view", Rows = the records read, Reason = the report
// name and filters). A tabular result holds at most the window's rows
// (Truncated says more exist: export them). CodeForbidden (audited)
// without reports.view; CodeNotFound for an unknown built-in or a saved
// report the caller cannot see; CodeInvalid from report.Compile (e.g. a
// sensitive field without sensitive.view, which is audited as denied) or
// report.Run (too many groups).
func (s *ReportService) Run(id string) (*report.Result, error) {
	var res *report.Result
	err := s.core.with(rbac.PermReportsView, actionReportView, "report", id, func(cl call) error {
		name, spec, err := s.resolve(cl, id)
		if err != nil {
			return err
		}
		res, err = s.runAudited(cl, id, name, spec)
		return err
	})
	return res, err
}

// RunSpec runs an unsaved spec (the builder's preview) like Run, audited
// as "report.view" of "(unsaved report)". Errors as Run's, without
// CodeNotFound.
func (s *ReportService) RunSpec(spec report.Spec) (*report.Result, error) {
	var res *report.Result
	err := s.core.with(rbac.PermReportsView, actionReportView, "report", "", func(cl call) error {
		var err error
		res, err = s.runAudited(cl, "", "(unsaved report)", spec)
		return err
	})
	return res, err
}

// DrillDown runs the records behind one group cell of a summary or matrix
// spec (see report.DrillDown: groupValues are the cell's group keys as
// the Result gave them, nil for the empty group; fewer drill into a row or
// subtotal), within the caller's scope, audited like Run. Errors as
// RunSpec's; CodeInvalid naming "format" or "groupValues[i]" for a spec or
// value that does not drill down.
func (s *ReportService) DrillDown(spec report.Spec, groupValues []any) (*report.Result, error) {
	var res *report.Result
	err := s.core.with(rbac.PermReportsView, actionReportView, "report", "", func(cl call) error {
		drill, err := report.DrillDown(spec, groupValues)
		if err != nil {
			return err
		}
		res, err = s.runAudited(cl, "", "(drill-down)", drill)
		return err
	})
	return res, err
}

// resolve returns the name and spec of a built-in or visible saved report,
// else CodeNotFound.
func (s *ReportService) resolve(cl call, id string) (string, report.Spec, error) {
	if key, ok := strings.CutPrefix(id, BuiltinPrefix); ok {
		b, ok := report.FindBuiltIn(key)
		if !ok {
			return "", report.Spec{}, apperr.New(apperr.CodeNotFound, "There is no such report.")
		}
		return b.Title, b.Spec, nil
	}
	r, err := s.visible(cl, id)
	if err != nil {
		return "", report.Spec{}, err
	}
	info, err := reportInfo(r, cl.actor.UserID)
	return info.Name, info.Spec, err
}

// visible returns a saved report the caller may see, else CodeNotFound.
func (s *ReportService) visible(cl call, id string) (store.ReportRecord, error) {
	r, err := store.GetReport(cl.ctx, cl.st.Reader(), id)
	if err == nil && !r.VisibleTo(cl.actor.UserID, cl.actor.TeamIDs) {
		err = apperr.New(apperr.CodeNotFound, "There is no such report.")
	}
	return r, err
}

// compile compiles spec for the caller. A spec refused only because it
// uses a sensitive field the caller may not see is also audited as a
// denied attempt (action, objID); the error stays report's CodeInvalid,
// which names the offending spec part for the builder. A spec on a record
// type the caller may not read at all (CodeForbidden) is audited as denied
// too: an access attempt outside their role.
func (s *ReportService) compile(cl call, action, objID string, spec report.Spec) (*report.Query, error) {
	canSee := cl.actor.Can(rbac.PermSensitiveView)
	q, err := report.Compile(spec, cl.actor, canSee, s.core.now(), time.Local)
	if apperr.Is(err, apperr.CodeForbidden) {
		e := s.core.entry(cl.actor, audit.CatSecurity, action, "report", objID, "")
		e.Outcome, e.Reason = audit.OutcomeDenied, "the report reads "+spec.Entity+", which the role may not read" // a known entity: Compile checked it first
		_ = cl.st.AuditWrite(cl.ctx, e)
		return nil, err
	}
	if err != nil && !canSee {
		if _, again := report.Compile(spec, cl.actor, true, s.core.now(), time.Local); again == nil {
			e := s.core.entry(cl.actor, audit.CatSecurity, action, "report", objID, "")
			e.Outcome, e.Reason = audit.OutcomeDenied, "the report uses a sensitive field; missing permission "+string(rbac.PermSensitiveView)
			_ = cl.st.AuditWrite(cl.ctx, e)
		}
	}
	return q, err
}

// runAudited compiles and runs spec for the caller and audits the view.
func (s *ReportService) runAudited(cl call, id, name string, spec report.Spec) (*report.Result, error) {
	q, err := s.compile(cl, actionReportView, id, spec)
	if err != nil {
		return nil, err
	}
	res, err := report.Run(cl.ctx, cl.st.Reader(), q)
	if err != nil {
		return nil, err
	}
	e := s.core.entry(cl.actor, audit.CatReport, actionReportView, "report", id, name)
	e.Rows, e.Reason = res.RowCount, reportReason(name, spec)
	return res, cl.st.AuditWrite(cl.ctx, e)
}
