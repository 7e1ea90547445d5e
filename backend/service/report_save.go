package service

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"fieldvault/backend/apperr"
	"fieldvault/backend/audit"
	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
	"fieldvault/backend/report"
	"fieldvault/backend/store"
)

// maxReportSpec bounds a saved spec as JSON: shared reports are sent to
// everyone who lists them.
const maxReportSpec = 64 << 10

// Save creates (ID "") or changes a saved report after compiling its spec
// for the caller (a report they could not run themselves is refused). The
// name is 1..80 characters, unique per owner (CodeConflict); the
// description at most 500; Sharing private, team (TeamID, default the
// caller's first team; only a team of the caller's unless they are an
// administrator) or everyone. Changing a report: CodeNotFound when the
// caller cannot see it, CodeForbidden (audited) unless they own it or are
// an administrator; the owner stays. Audited as report.save in the same
// transaction. CodeForbidden (audited) without reports.manage; CodeInvalid
// naming "name", "description", "sharing", "teamId", "spec" or the spec
// part report.Compile names.
func (s *ReportService) Save(req ReportSaveRequest) (ReportInfo, error) {
	var out ReportInfo
	err := s.core.with(rbac.PermReportsManage, actionReportSave, "report", req.ID, func(cl call) error {
		if err := checkReportSave(cl.actor, &req); err != nil {
			return err
		}
		if _, err := s.compile(cl, actionReportSave, req.ID, req.Spec); err != nil {
			return err
		}
		spec, err := json.Marshal(req.Spec)
		if err != nil || len(spec) > maxReportSpec {
			return apperr.Invalid("This report is too large to save.", map[string]string{"spec": "at most 64 KB"})
		}
		now := s.core.now()
		rec := store.ReportRecord{ID: req.ID, Name: req.Name, Description: req.Description, OwnerID: cl.actor.UserID,
			TeamID: req.TeamID, Sharing: req.Sharing, Spec: string(spec), CreatedAt: now, CreatedBy: cl.actor.UserID,
			UpdatedAt: now, UpdatedBy: cl.actor.UserID}
		var before map[string]any
		if req.ID != "" {
			old, err := s.visible(cl, req.ID)
			if err != nil {
				return err
			}
			if old.OwnerID != cl.actor.UserID && !rbac.IsAdministrator(cl.actor.Grants) {
				return s.core.deny(cl, actionReportSave, "report", req.ID, "only the owner changes a report")
			}
			rec.OwnerID, rec.CreatedAt, rec.CreatedBy = old.OwnerID, old.CreatedAt, old.CreatedBy
			before = map[string]any{"name": old.Name, "sharing": old.Sharing, "teamId": old.TeamID, "spec": auditSpec(old.Spec)}
		} else {
			rec.ID = store.NewID()
		}
		err = cl.st.Write(cl.ctx, func(tx *store.Tx) error {
			write := store.InsertReport
			if req.ID != "" {
				write = store.UpdateReport
			}
			if err := write(cl.ctx, tx, rec); err != nil {
				return err
			}
			e := s.core.entry(cl.actor, audit.CatReport, actionReportSave, "report", rec.ID, rec.Name)
			e.Changes = audit.Diff(before, map[string]any{"name": rec.Name, "sharing": rec.Sharing, "teamId": rec.TeamID, "spec": auditSpec(rec.Spec)}, nil, nil)
			return store.AppendAudit(cl.ctx, tx, e)
		})
		if err != nil {
			return err
		}
		out, err = reportInfo(rec, cl.actor.UserID)
		out.Runnable = true
		return err
	})
	return out, err
}

// checkReportSave trims and validates req's name, description and sharing,
// and settles its team.
func checkReportSave(actor rbac.Actor, req *ReportSaveRequest) error {
	bad := func(field, msg string) error { return apperr.Invalid(msg, map[string]string{field: msg}) }
	req.Name, req.Description = strings.TrimSpace(req.Name), strings.TrimSpace(req.Description)
	if n := utf8.RuneCountInString(req.Name); n == 0 || n > 80 || strings.IndexFunc(req.Name, unicode.IsControl) >= 0 {
		return bad("name", "Enter a name of at most 80 characters.")
	}
	if utf8.RuneCountInString(req.Description) > 500 {
		return bad("description", "The description is at most 500 characters.")
	}
	switch req.Sharing {
	case store.SharingPrivate, store.SharingEveryone:
		req.TeamID = ""
	case store.SharingTeam:
		if req.TeamID == "" && len(actor.TeamIDs) > 0 {
			req.TeamID = actor.TeamIDs[0]
		}
		if req.TeamID == "" {
			return bad("teamId", "You belong to no team: keep the report private or share it with everyone.")
		}
		if !slices.Contains(actor.TeamIDs, req.TeamID) && !rbac.IsAdministrator(actor.Grants) {
			return bad("teamId", "You can share a report only with a team you belong to.")
		}
	default:
		return bad("sharing", "Choose private, team or everyone.")
	}
	return nil
}

// Delete removes a saved report: the caller's own, or any they can see
// when they are an administrator (as Save: another user's shared report is
// not a report manager's to remove, and its schedules go with it).
// CodeNotFound when not visible (built-ins included: they cannot be
// deleted); CodeForbidden (audited) otherwise. Audited as report.delete in
// the same transaction.
func (s *ReportService) Delete(id string) error {
	return s.core.with("", actionReportDelete, "report", id, func(cl call) error {
		old, err := s.visible(cl, id)
		if err != nil {
			return err
		}
		if old.OwnerID != cl.actor.UserID && !rbac.IsAdministrator(cl.actor.Grants) {
			return s.core.deny(cl, actionReportDelete, "report", id, "only the owner or an administrator deletes a report")
		}
		return cl.st.Write(cl.ctx, func(tx *store.Tx) error {
			if err := store.DeleteReport(cl.ctx, tx, id); err != nil {
				return err
			}
			return store.AppendAudit(cl.ctx, tx, s.core.entry(cl.actor, audit.CatReport, actionReportDelete, "report", id, old.Name))
		})
	})
}

// reportInfo turns a stored report into its list form (Runnable unset).
func reportInfo(r store.ReportRecord, userID string) (ReportInfo, error) {
	info := ReportInfo{ID: r.ID, Name: r.Name, Description: r.Description, Sharing: r.Sharing, TeamID: r.TeamID,
		OwnerID: r.OwnerID, Mine: r.OwnerID == userID, UpdatedAt: store.FormatTime(r.UpdatedAt)}
	if err := json.Unmarshal([]byte(r.Spec), &info.Spec); err != nil {
		return info, apperr.Wrap(err, apperr.CodeInternal, "A saved report could not be read.")
	}
	return info, nil
}

// reportReason describes a report run for its audit entry: the name and
// the filters. Operand values are kept only for fields whose values are
// not personal or sensitive (choices, dates, numbers, yes/no, references),
// so the log holds no copy of what was searched for in names or emails.
func reportReason(name string, spec report.Spec) string {
	types := map[string]string{}
	sensitive := map[string]bool{}
	if fields, err := report.Fields(spec.Entity); err == nil {
		for _, f := range fields {
			types[f.Key], sensitive[f.Key] = f.Type, f.Sensitive
		}
	}
	parts := make([]string, 0, len(spec.Filters))
	for _, f := range spec.Filters {
		p := f.Field + " " + f.Op
		switch types[f.Field] {
		case model.FieldEnum, model.FieldDate, model.FieldDateTime, model.FieldNumber, model.FieldBool, model.FieldRef:
			if !sensitive[f.Field] {
				if f.Value != nil {
					p += fmt.Sprintf(" %v", f.Value)
				}
				if len(f.Values) > 0 {
					p += fmt.Sprintf(" %v", f.Values)
				}
				if f.N > 0 {
					p += fmt.Sprintf(" %d", f.N)
				}
			}
		}
		parts = append(parts, p)
	}
	filters := "none"
	if len(parts) > 0 {
		filters = strings.Join(parts, "; ")
	}
	r := fmt.Sprintf("report %q on %s (%s), filters: %s", name, spec.Entity, orTabular(spec.Format), filters)
	if len(r) > 1000 {
		r = strings.ToValidUTF8(r[:1000], "") + "…"
	}
	return r
}

// auditSpec is a saved spec (JSON) as a report.save entry records it: the
// operands of conditions on fields whose values may be personal or
// sensitive — those reportReason leaves out — read "…". An entry about a
// report is beyond the reach of an erasure, so it must not keep the names
// or emails a report searched for.
func auditSpec(specJSON string) string {
	var spec report.Spec
	if err := json.Unmarshal([]byte(specJSON), &spec); err != nil {
		return "(not readable)"
	}
	keep := map[string]bool{}
	if fields, err := report.Fields(spec.Entity); err == nil {
		for _, f := range fields {
			switch f.Type {
			case model.FieldEnum, model.FieldDate, model.FieldDateTime, model.FieldNumber, model.FieldBool, model.FieldRef:
				keep[f.Key] = !f.Sensitive
			}
		}
	}
	redact := func(list []report.Filter) {
		for i := range list {
			if keep[list[i].Field] {
				continue
			}
			if list[i].Value != nil {
				list[i].Value = "…"
			}
			for j := range list[i].Values {
				list[i].Values[j] = "…"
			}
		}
	}
	redact(spec.Filters)
	for i := range spec.Aggregates {
		redact(spec.Aggregates[i].Where)
		redact(spec.Aggregates[i].Of)
	}
	b, err := json.Marshal(spec)
	if err != nil {
		return "(not readable)"
	}
	return string(b)
}

func orTabular(format string) string {
	if format == "" {
		return report.FormatTabular
	}
	return format
}
