package service

import (
	"sync"

	"fieldvault/backend/audit"
	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
	"fieldvault/backend/store"
)

// Job names of the audit service (model.Progress.Job, Cancel).
const (
	JobAuditVerify = "audit.verify"
	JobAuditExport = "audit.export"
)

// AuditService is bound to the frontend: the audit log's viewer, exports
// and integrity. Every method needs audit.view; Export also data.export.
type AuditService struct {
	core *Core
	jobs jobs
	// last is the outcome of the last verification, for Status; it belongs
	// to the store it was made on (a new unlock starts unverified).
	mu   sync.Mutex
	last *verified
}

type verified struct {
	st     *store.Store
	status model.AuditStatus
}

// NewAuditService returns the service over core.
func NewAuditService(core *Core) *AuditService { return &AuditService{core: core} }

// Verify checks the whole hash chain and every signed checkpoint and reports
// the first broken, missing, inserted or reordered entry (a tampered log is
// a result, not an error). It runs as job "audit.verify": progress events
// (EventJobProgress) and Cancel("audit.verify"); other calls go on
// meanwhile. Audited. Errors: CodeForbidden without audit.view;
// CodeConflict when a verification is already running or it was
// cancelled; CodeLocked / CodeUnauthenticated when the workspace was
// locked or the user signed out meanwhile.
func (s *AuditService) Verify() (model.AuditStatus, error) {
	var out model.AuditStatus
	j, err := s.core.startJob(&s.jobs, JobAuditVerify, rbac.PermAuditView, "audit.verify", "audit",
		func(call, *job) error { return nil })
	if err != nil {
		return out, err
	}
	defer s.jobs.end(j)
	rep, err := j.st.VerifyAuditWith(j.ctx, store.VerifyOptions{Progress: j.progress, Hold: j.hold})
	if err != nil {
		return out, j.failed(err)
	}
	out = auditStatus(rep)
	s.mu.Lock()
	s.last = &verified{st: j.st, status: out}
	s.mu.Unlock()
	return out, j.do(func(cl call) error {
		e := s.core.entry(cl.actor, audit.CatSecurity, "audit.verify", "audit", "", "Audit log")
		e.Rows = rep.Entries
		if rep.Problem != nil {
			e.Outcome, e.Reason = audit.OutcomeFailed, rep.Problem.Error()
		}
		return cl.st.AuditWrite(cl.ctx, e)
	})
}

// lastVerified returns the last verification made on st.
func (s *AuditService) lastVerified(st *store.Store) (model.AuditStatus, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.last == nil || s.last.st != st {
		return model.AuditStatus{}, false
	}
	return s.last.status, true
}

func auditStatus(rep audit.Report) model.AuditStatus {
	st := model.AuditStatus{Entries: rep.Entries, VerifiedUpTo: rep.LastSeq, OK: rep.Problem == nil}
	if rep.LastCheckpoint != nil {
		st.LastCheckpointAt = store.FormatTime(rep.LastCheckpoint.At)
	}
	if rep.Problem != nil {
		st.Problem = rep.Problem.Error()
		st.VerifiedUpTo = rep.Problem.Seq - 1
	}
	return st
}
