package service

import (
	"os"
	"path/filepath"
	"time"

	"fieldvault/backend/apperr"
	"fieldvault/backend/audit"
	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
	"fieldvault/backend/schema"
	"fieldvault/backend/store"
)

// JobPrivacyAccess is the job name of a subject access export
// (model.Progress.Job, PrivacyService.Cancel).
const JobPrivacyAccess = "privacy.access"

// Subject access formats.
const (
	FormatJSON = "json"
	// FormatXLSX (shared with the audit export) is the workbook.
)

// actionSubjectAccess is the audit action of a subject access export.
const actionSubjectAccess = "contact.subject_access"

// msgNeedsSensitive explains the refusal to a caller without sensitive.view.
const msgNeedsSensitive = "A subject access report must be complete, sensitive fields included: it needs the permission to view sensitive fields."

// PrivacyService is bound to the frontend: data-protection tasks about a
// person (SECURITY.md §5), starting with the subject access report.
type PrivacyService struct {
	core *Core
	jobs jobs
}

// NewPrivacyService returns the service over core.
func NewPrivacyService(core *Core) *PrivacyService { return &PrivacyService{core: core} }

// SubjectAccess writes everything stored about contact req.ContactID to
// req.Path: every field of the contact (unmasked) with its label, its
// company, the deals naming it, the activities and tasks related to it,
// the leads converted into it, every audit entry about it and those about
// its activities and tasks (see subjectReport). Format "json" is one
// document, "xlsx" a workbook with one sheet per section and a Summary.
//
// It runs as job "privacy.access" (progress events; Cancel) and writes a
// temporary file beside Path, renamed into place only when complete and
// audited ("contact.subject_access", category export, Rows = the items
// exported; failures audited too). Errors: CodeForbidden (audited) without
// data.export, without sensitive.view (the report would be incomplete) or
// without any read scope on contacts; CodeInvalid naming "format" or
// "path"; CodeNotFound when the contact is absent, in the Trash or outside
// the caller's scope; CodeConflict when an export is running or it was
// cancelled; CodeLocked / CodeUnauthenticated as for the audit export.
func (s *PrivacyService) SubjectAccess(req model.SubjectAccessRequest) (model.ExportResult, error) {
	var meta reportMeta
	j, err := s.core.startJob(&s.jobs, JobPrivacyAccess, rbac.PermDataExport, actionSubjectAccess, "contact", func(cl call, j *job) error {
		if !cl.actor.Can(rbac.PermSensitiveView) {
			_ = s.core.deny(cl, actionSubjectAccess, "contact", req.ContactID, "missing permission "+string(rbac.PermSensitiveView)+
				" (a subject access report must include sensitive fields)")
			return apperr.New(apperr.CodeForbidden, "%s", msgNeedsSensitive)
		}
		if cl.actor.Scope(rbac.EntityContacts, rbac.ActionRead) == rbac.ScopeNone {
			return s.core.deny(cl, actionSubjectAccess, "contact", req.ContactID, "missing permission contacts.read")
		}
		if err := checkSubjectAccess(req); err != nil {
			return err
		}
		e, _ := schema.Get(string(rbac.EntityContacts))
		r, err := store.GetRecord(cl.ctx, cl.st.Reader(), e, cl.actor, rbac.ActionRead, req.ContactID, false)
		if err != nil {
			return err
		}
		meta.title = r.Title
		if meta.maxSeq, _, _, err = store.AuditHead(cl.ctx, cl.st.Reader()); err != nil {
			return err
		}
		if kf, err := s.core.vault.LoadKeyFile(); err == nil {
			meta.workspaceID = kf.WorkspaceID
		}
		var ws model.WorkspaceStatus
		if s.core.session != nil && s.core.session.Describe(cl.ctx, &ws) == nil {
			meta.workspaceName = ws.Name
		}
		return nil
	})
	if err != nil {
		return model.ExportResult{}, err
	}
	defer s.jobs.end(j)
	meta.at = s.core.now()
	rows, err := s.writeSubjectAccess(j, req, meta)
	if err != nil {
		err = j.failed(err)
		_ = s.auditSubjectAccess(j, req, meta, rows, err) // best effort
		return model.ExportResult{}, err
	}
	return model.ExportResult{Path: req.Path, Rows: rows}, nil
}

// Cancel stops the caller's running job ("privacy.access"), which then
// returns CodeConflict "Cancelled." and leaves no file. Errors:
// CodeForbidden without data.export; CodeNotFound when the caller runs no
// such job.
func (s *PrivacyService) Cancel(job string) error {
	return s.core.with(rbac.PermDataExport, "privacy.cancel", "contact", job, func(cl call) error {
		return s.jobs.cancelJob(job, cl.actor.UserID)
	})
}

// reportMeta is what a report knows when it starts.
type reportMeta struct {
	title         string
	maxSeq        int64
	workspaceID   string
	workspaceName string
	at            time.Time
}

func checkSubjectAccess(req model.SubjectAccessRequest) error {
	if req.Format != FormatJSON && req.Format != FormatXLSX {
		return apperr.Invalid("Choose json or xlsx.", map[string]string{"format": "Choose json or xlsx."})
	}
	return checkSavePath(req.Path)
}

// writeSubjectAccess gathers the report, writes it to a temporary file
// beside req.Path, audits it and renames the file into place; on any error
// the temporary file is removed. It returns the items exported.
func (s *PrivacyService) writeSubjectAccess(j *job, req model.SubjectAccessRequest, meta reportMeta) (int64, error) {
	rep, err := gatherSubject(j, req.ContactID, meta)
	if err != nil {
		return 0, err
	}
	rows := rep.items()
	tmp, err := os.CreateTemp(filepath.Dir(req.Path), ".fieldvault-export-*.part")
	if err != nil {
		return rows, apperr.Wrap(err, apperr.CodeInvalid, "The file cannot be created in that folder.")
	}
	done := false
	defer func() {
		if !done {
			_ = tmp.Close()
			_ = os.Remove(tmp.Name())
		}
	}()
	if req.Format == FormatJSON {
		err = writeReportJSON(tmp, rep)
	} else {
		err = writeReportXLSX(tmp, filepath.Dir(req.Path), rep)
	}
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil && cerr != nil {
		err = apperr.Wrap(cerr, apperr.CodeInternal, "The file could not be written.")
	}
	if err != nil {
		return rows, err
	}
	// Audited before the file appears: an export that is not in the log
	// must not exist.
	if err := s.auditSubjectAccess(j, req, meta, rows, nil); err != nil {
		return rows, err
	}
	if err := os.Rename(tmp.Name(), req.Path); err != nil {
		return rows, apperr.Wrap(err, apperr.CodeInternal, "The file could not be saved there.")
	}
	done = true
	return rows, nil
}

// auditSubjectAccess records a report, or its failure (as auditExport).
func (s *PrivacyService) auditSubjectAccess(j *job, req model.SubjectAccessRequest, meta reportMeta, rows int64, failure error) error {
	run := j.do
	if failure != nil {
		run = j.final
	}
	return run(func(cl call) error {
		e := s.core.entry(cl.actor, audit.CatExport, actionSubjectAccess, "contact", req.ContactID, meta.title)
		e.Rows, e.Reason = rows, "subject access report, format="+req.Format
		if failure != nil {
			e.Outcome, e.Reason = audit.OutcomeFailed, e.Reason+": "+apperr.ToPayload(failure).Message
		}
		return cl.st.AuditWrite(cl.ctx, e)
	})
}
