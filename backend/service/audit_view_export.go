package service

import (
	"fmt"
	"os"
	"path/filepath"

	"fieldvault/backend/apperr"
	"fieldvault/backend/audit"
	"fieldvault/backend/auditbundle"
	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
	"fieldvault/backend/store"
	"fieldvault/backend/vault"
)

// Export formats.
const (
	FormatXLSX   = "xlsx"
	FormatBundle = "bundle"
)

// exportBatch is how many entries an export reads per hold of the lock.
const exportBatch = 2000

// exportHook, when set (tests only), runs after each batch is written.
var exportHook func(done int64)

// exportSink is where an export's entries go: a workbook or a bundle.
type exportSink interface {
	add(e *audit.Entry, changes []model.FieldChange, redacted bool) error
	finish(j *job) error
	abort()
}

// exportScope is what an export covers, fixed when it starts.
type exportScope struct {
	maxSeq, total int64
	workspaceID   string
	publicKey     string // one-line form, for the bundle's manifest
}

// Export writes every entry req.Query matches (paging fields ignored) as
// of the moment it starts, oldest first, to req.Path: "xlsx" (a workbook)
// or "bundle" (JSON lines and a manifest signed with the workspace's audit
// key, see package auditbundle). Field changes are masked as in Get. It
// runs as job "audit.export" (progress events; Cancel("audit.export")) and
// writes a temporary file in the same folder, renamed into place only when
// complete, so a cancelled or failed export leaves no file at Path.
// Audited as "audit.export" (category export) with the rows and filters,
// failures included. Errors: CodeForbidden without audit.view and
// data.export; CodeInvalid naming "format", "path" or a filter (Path must
// be absolute, in an existing folder); CodeConflict when an export is
// running or it was cancelled; CodeLocked / CodeUnauthenticated when the
// workspace was locked or the user signed out meanwhile.
func (s *AuditService) Export(req model.AuditExportRequest) (model.ExportResult, error) {
	var sc exportScope
	req.Query.BeforeSeq, req.Query.Limit = 0, 0
	j, err := s.core.startJob(&s.jobs, JobAuditExport, rbac.PermAuditView, "audit.export", "audit", func(cl call, j *job) error {
		if !cl.actor.Can(rbac.PermDataExport) {
			return s.core.deny(cl, "audit.export", "audit", "", "missing permission "+string(rbac.PermDataExport))
		}
		if err := checkExport(req); err != nil {
			return err
		}
		if err := indexForText(cl, req.Query); err != nil {
			return err
		}
		var err error
		if sc.maxSeq, _, _, err = store.AuditHead(cl.ctx, cl.st.Reader()); err != nil {
			return err
		}
		if sc.total, err = store.CountAuditMatches(cl.ctx, cl.st.Reader(), req.Query, sc.maxSeq); err != nil {
			return err
		}
		kf, err := s.core.vault.LoadKeyFile()
		if err != nil {
			return err
		}
		sc.workspaceID = kf.WorkspaceID
		if pub := cl.st.AuditPublicKey(); pub != nil {
			sc.publicKey = auditbundle.FormatPublicKey(pub)
		}
		return nil
	})
	if err != nil {
		return model.ExportResult{}, err
	}
	defer s.jobs.end(j)
	rows, err := s.writeExport(j, req, sc)
	if err != nil {
		err = j.failed(err)
		_ = s.auditExport(j, req, rows, err) // best effort: the workspace may be locked by now
		return model.ExportResult{}, err
	}
	return model.ExportResult{Path: req.Path, Rows: rows}, nil
}

func checkExport(req model.AuditExportRequest) error {
	if req.Format != FormatXLSX && req.Format != FormatBundle {
		return apperr.Invalid("Choose xlsx or bundle.", map[string]string{"format": "Choose xlsx or bundle."})
	}
	if err := checkSavePath(req.Path); err != nil {
		return err
	}
	return store.CheckAuditQuery(req.Query)
}

// checkSavePath refuses (CodeInvalid naming "path") a path an export cannot
// be saved to: not absolute, in a folder that does not exist, or a folder.
func checkSavePath(path string) error {
	bad := func(msg string) error { return apperr.Invalid(msg, map[string]string{"path": msg}) }
	if !filepath.IsAbs(path) {
		return bad("Choose where to save the file (a full path).")
	}
	if st, err := os.Stat(filepath.Dir(path)); err != nil || !st.IsDir() {
		return bad("The folder does not exist.")
	}
	if st, err := os.Stat(path); err == nil && st.IsDir() {
		return bad("This is a folder: choose a file name.")
	}
	if inWorkspace(filepath.Dir(path)) {
		return bad("This is a FieldVault workspace folder: save the file somewhere else.")
	}
	return nil
}

// inWorkspace reports whether dir (links resolved) holds a workspace's key
// file or database: no export may be written there, let alone replace them.
func inWorkspace(dir string) bool {
	if real, err := filepath.EvalSymlinks(dir); err == nil {
		dir = real
	}
	for _, name := range []string{vault.KeyFile, vault.DBFile} {
		if _, err := os.Lstat(filepath.Join(dir, name)); err == nil {
			return true
		}
	}
	return false
}

// writeExport streams the entries into a temporary file beside req.Path,
// audits the export and renames the file into place; on any error the
// temporary file is removed. It returns the entries written.
func (s *AuditService) writeExport(j *job, req model.AuditExportRequest, sc exportScope) (int64, error) {
	tmp, err := os.CreateTemp(filepath.Dir(req.Path), ".fieldvault-export-*.part")
	if err != nil {
		return 0, apperr.Wrap(err, apperr.CodeInvalid, "The file cannot be created in that folder.")
	}
	done := false
	defer func() {
		if !done {
			_ = tmp.Close()
			_ = os.Remove(tmp.Name())
		}
	}()
	sink, err := s.newSink(j, req, sc, tmp)
	if err != nil {
		return 0, err
	}
	rows, err := s.copyEntries(j, req.Query, sc, sink)
	if err == nil {
		err = sink.finish(j)
	} else {
		sink.abort()
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
	if err := s.auditExport(j, req, rows, nil); err != nil {
		return rows, err
	}
	if err := os.Rename(tmp.Name(), req.Path); err != nil {
		return rows, apperr.Wrap(err, apperr.CodeInternal, "The file could not be saved there.")
	}
	done = true
	return rows, nil
}

// copyEntries moves the matching entries into sink, a batch per hold.
func (s *AuditService) copyEntries(j *job, q model.AuditQuery, sc exportScope, sink exportSink) (int64, error) {
	var after, rows int64
	j.progress(0, sc.total)
	for {
		var batch []audit.Entry
		err := j.do(func(cl call) error {
			var err error
			batch, err = store.AuditEntriesAfter(j.ctx, cl.st.Reader(), q, after, sc.maxSeq, exportBatch)
			return err
		})
		if err != nil {
			return rows, err
		}
		for i := range batch {
			changes, redacted := maskChanges(j.actor, &batch[i])
			if err := sink.add(&batch[i], changes, redacted); err != nil {
				return rows, err
			}
		}
		rows += int64(len(batch))
		if exportHook != nil {
			exportHook(rows)
		}
		if len(batch) < exportBatch {
			j.progress(rows, rows)
			return rows, nil
		}
		after = batch[len(batch)-1].Seq
		j.progress(rows, max(sc.total, rows))
	}
}

// auditExport records an export, or its failure (err != nil). A success
// is recorded only if the job was not cancelled meanwhile (the entry is
// the point of no return); a failure, a cancellation included, always.
func (s *AuditService) auditExport(j *job, req model.AuditExportRequest, rows int64, failure error) error {
	run := j.do
	if failure != nil {
		run = j.final
	}
	return run(func(cl call) error {
		e := s.core.entry(cl.actor, audit.CatExport, "audit.export", "audit", "", "Audit log")
		e.Rows, e.Reason = rows, fmt.Sprintf("format=%s, %s", req.Format, filterSummary(req.Query))
		if failure != nil {
			e.Outcome, e.Reason = audit.OutcomeFailed, e.Reason+": "+apperr.ToPayload(failure).Message
		}
		if err := cl.st.AuditWrite(cl.ctx, e); err != nil {
			return err
		}
		s.core.logRun(cl, runEntry{kind: model.RunExport, name: "Audit log (" + req.Format + ")", source: "audit log",
			target: req.Path, started: j.started, counts: map[string]int{"rows": int(rows)}, failure: failure})
		return nil
	})
}
