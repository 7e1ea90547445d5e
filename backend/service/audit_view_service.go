package service

import (
	"fmt"
	"strings"

	"fieldvault/backend/apperr"
	"fieldvault/backend/audit"
	"fieldvault/backend/auditbundle"
	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
	"fieldvault/backend/schema"
	"fieldvault/backend/store"
)

// Status reports the log's size (the live entries: its last seq less the
// ArchivedUpTo entries moved to archives; seqs are gap-free), its
// last checkpoint and the outcome of the last verification since the
// workspace was unlocked — VerifiedUpTo 0, OK false and Problem "" before
// any. Cheap: no scan. Errors: CodeForbidden without audit.view.
func (s *AuditService) Status() (model.AuditStatus, error) {
	var out model.AuditStatus
	err := s.core.with(rbac.PermAuditView, "audit.status", "audit", "", func(cl call) error {
		seq, _, lastCP, err := store.AuditHead(cl.ctx, cl.st.Reader())
		if err != nil {
			return err
		}
		if v, ok := s.lastVerified(cl.st); ok {
			out = v
		}
		out.Entries = seq
		if seq > 0 { // entries archived away (anchored) are no longer in the log
			var first int64
			if err := cl.st.Reader().QueryRowContext(cl.ctx, `SELECT coalesce(min(seq), 1) FROM audit_log`).Scan(&first); err != nil {
				return err
			}
			out.Entries, out.ArchivedUpTo = seq-first+1, first-1
		}
		if lastCP != "" {
			out.LastCheckpointAt = normTime(lastCP)
		}
		return nil
	})
	return out, err
}

// List returns one page of the entries q matches, newest first (see
// model.AuditQuery). The first page of a query (BeforeSeq 0) is audited
// as "audit.view" with the rows returned and the filters; scrolling on is
// not. Errors: CodeForbidden without audit.view; CodeInvalid naming the
// bad filter.
func (s *AuditService) List(q model.AuditQuery) (model.AuditPage, error) {
	var page model.AuditPage
	err := s.core.with(rbac.PermAuditView, "audit.view", "audit", "", func(cl call) error {
		if err := indexForText(cl, q); err != nil {
			return err
		}
		var err error
		if page, err = store.ListAudit(cl.ctx, cl.st.Reader(), q); err != nil || q.BeforeSeq != 0 {
			return err
		}
		e := s.core.entry(cl.actor, audit.CatSecurity, "audit.view", "audit", "", "Audit log")
		e.Rows, e.Reason = int64(len(page.Rows)), filterSummary(q)
		return cl.st.AuditWrite(cl.ctx, e)
	})
	return page, err
}

// Get returns entry seq in full. Field changes of a record the caller may
// not see unmasked (a sensitive field without sensitive.view) read as
// rbac.Masked. Errors: CodeForbidden without audit.view; CodeNotFound when
// there is no entry seq.
func (s *AuditService) Get(seq int64) (model.AuditDetail, error) {
	var out model.AuditDetail
	err := s.core.with(rbac.PermAuditView, "audit.view", "audit", fmt.Sprint(seq), func(cl call) error {
		e, err := store.GetAuditEntry(cl.ctx, cl.st.Reader(), seq)
		if err != nil {
			return err
		}
		changes, _ := maskChanges(cl.actor, &e)
		out = model.AuditDetail{AuditRow: auditRow(&e), DeviceID: e.Device.DeviceID, Hostname: e.Device.Hostname,
			OSUser: e.Device.OSUser, AppVersion: e.Device.AppVersion, SessionHash: e.SessionHash,
			FieldDiffs: changes, PrevHash: fmt.Sprintf("%x", e.PrevHash), Hash: fmt.Sprintf("%x", e.Hash)}
		return nil
	})
	return out, err
}

// PublicKey returns the workspace's Ed25519 audit public key on one line,
// "fieldvault-audit-ed25519:<base64>": what an auditor passes to
// `fieldvault audit verify FILE --pubkey KEY`. Errors: CodeForbidden
// without audit.view.
func (s *AuditService) PublicKey() (string, error) {
	var out string
	err := s.core.with(rbac.PermAuditView, "audit.pubkey", "audit", "", func(cl call) error {
		pub := cl.st.AuditPublicKey()
		if pub == nil {
			return apperr.New(apperr.CodeUnavailable, "This workspace has no audit signing key.")
		}
		out = auditbundle.FormatPublicKey(pub)
		return nil
	})
	return out, err
}

// Cancel stops the caller's running job ("audit.verify", "audit.export"),
// which then returns CodeConflict "Cancelled." and leaves nothing behind.
// Errors: CodeForbidden without audit.view; CodeNotFound when the caller
// runs no such job.
func (s *AuditService) Cancel(job string) error {
	return s.core.with(rbac.PermAuditView, "audit.cancel", "audit", job, func(cl call) error {
		return s.jobs.cancelJob(job, cl.actor.UserID)
	})
}

// indexForText brings the full-text index up to date before a text search
// (it is filled in batches, not per append: see store.IndexAuditSearch).
func indexForText(cl call, q model.AuditQuery) error {
	if strings.TrimSpace(q.Text) == "" {
		return nil
	}
	_, err := cl.st.IndexAuditSearch(cl.ctx)
	return err
}

func auditRow(e *audit.Entry) model.AuditRow {
	return model.AuditRow{Seq: e.Seq, ID: e.ID, At: store.FormatTime(e.At), ActorID: e.Actor.UserID,
		ActorName: e.Actor.Username, ActorRole: e.Actor.Role, Category: e.Category, Action: e.Action,
		ObjectType: e.ObjectType, ObjectID: e.ObjectID, ObjectLabel: e.ObjectLabel, Outcome: e.Outcome,
		Reason: e.Reason, Rows: e.Rows, Changes: len(e.Changes)}
}

// maskChanges returns e's changes as actor may see them: on a data entry
// about a record, a field actor may not see unmasked reads rbac.Masked (as
// does one masked when written). redacted reports whether the actor's
// rules hid anything the entry holds.
func maskChanges(actor rbac.Actor, e *audit.Entry) (out []model.FieldChange, redacted bool) {
	ent := recordEntity(e)
	out = make([]model.FieldChange, 0, len(e.Changes))
	for _, c := range e.Changes {
		fc := model.FieldChange{Field: c.Field, Before: c.Before, After: c.After, Masked: c.Masked}
		if ent != nil && !actor.SeesField(ent.Name, c.Field) && !c.Masked {
			redacted = true
			fc.Masked = true
		}
		if fc.Masked {
			fc.Before, fc.After = rbac.Masked, rbac.Masked
		}
		out = append(out, fc)
	}
	return out, redacted
}

// recordEntity returns the record entity a data entry is about (objects
// are named by the entity's singular, as in "contact.update"), or nil.
func recordEntity(e *audit.Entry) *schema.Entity {
	if e.Category != audit.CatData {
		return nil
	}
	for _, ent := range schema.All() {
		if ent.Singular == e.ObjectType {
			return ent
		}
	}
	return nil
}

// filterSummary describes q's filters for an audit entry's reason.
func filterSummary(q model.AuditQuery) string {
	var parts []string
	for _, f := range [][2]string{{"from", q.From}, {"to", q.To}, {"user", q.UserID}, {"category", q.Category},
		{"action", q.Action}, {"objectType", q.ObjectType}, {"objectId", q.ObjectID}, {"outcome", q.Outcome}, {"text", q.Text}} {
		if f[1] != "" {
			parts = append(parts, fmt.Sprintf("%s=%q", f[0], f[1]))
		}
	}
	if len(parts) == 0 {
		return "no filters"
	}
	return "filters: " + strings.Join(parts, ", ")
}
