package service

import (
	"fieldvault/backend/audit"
	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
	"fieldvault/backend/store"
)

// AuditService is bound to the frontend: the audit log's integrity. Needs
// audit.view. (The viewer itself arrives with the audit viewer issue.)
type AuditService struct {
	core *Core
}

// NewAuditService returns the service over core.
func NewAuditService(core *Core) *AuditService { return &AuditService{core: core} }

// Verify checks the whole hash chain and every signed checkpoint and reports
// the first broken, missing, inserted or reordered entry. Audited.
func (s *AuditService) Verify() (model.AuditStatus, error) {
	var out model.AuditStatus
	err := s.core.with(rbac.PermAuditView, "audit.verify", "audit", "", func(cl call) error {
		rep, err := cl.st.VerifyAudit(cl.ctx, nil)
		if err != nil {
			return err
		}
		out = auditStatus(rep)
		e := s.core.entry(cl.actor, audit.CatSecurity, "audit.verify", "audit", "", "Audit log")
		e.Rows = rep.Entries
		if rep.Problem != nil {
			e.Outcome, e.Reason = audit.OutcomeFailed, rep.Problem.Error()
		}
		return cl.st.AuditWrite(cl.ctx, e)
	})
	return out, err
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
