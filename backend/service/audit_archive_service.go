package service

import (
	"time"

	"fieldvault/backend/apperr"
	"fieldvault/backend/audit"
	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
	"fieldvault/backend/store"
)

// JobAuditArchive is the archive job's name (model.Progress.Job, Cancel).
const JobAuditArchive = "audit.archive"

// Retention returns the audit retention policy with its cutoff (midnight
// UTC, KeepDays before today) and how many live entries are older than
// that. Errors: CodeForbidden without audit.view.
func (s *AuditService) Retention() (model.AuditRetention, error) {
	var out model.AuditRetention
	err := s.core.with(rbac.PermAuditView, "audit.retention.view", "audit", "retention", func(cl call) error {
		var err error
		out, err = s.retention(cl)
		return err
	})
	return out, err
}

func (s *AuditService) retention(cl call) (model.AuditRetention, error) {
	days, err := cl.st.AuditRetentionDays(cl.ctx)
	if err != nil || days == model.RetentionForever {
		return model.AuditRetention{}, err
	}
	cutoff := retentionCutoff(s.core.now(), days)
	plan, err := store.PlanAuditArchive(cl.ctx, cl.st.Reader(), cutoff, 0)
	return model.AuditRetention{KeepDays: days, Cutoff: cutoff.Format(time.DateOnly), Due: plan.Entries}, err
}

// SetRetention stores the retention policy (in.KeepDays: 0 = keep
// forever, else 30–36,500 days; the read-only fields are ignored) and
// returns it as Retention does. A change is audited as
// "audit.retention.update" (category config, keepDays before/after), which
// the suspicious-activity rules report as a critical change. Errors:
// CodeForbidden without settings.manage; CodeInvalid naming "keepDays".
func (s *AuditService) SetRetention(in model.AuditRetention) (model.AuditRetention, error) {
	var out model.AuditRetention
	err := s.core.with(rbac.PermSettingsManage, "audit.retention.update", "audit", "retention", func(cl call) error {
		if err := in.Validate(); err != nil {
			return err
		}
		before, err := cl.st.AuditRetentionDays(cl.ctx)
		if err != nil {
			return err
		}
		if before != in.KeepDays {
			err = cl.st.Write(cl.ctx, func(tx *store.Tx) error {
				if err := store.SetAuditRetentionDays(cl.ctx, tx, in.KeepDays, s.core.now()); err != nil {
					return err
				}
				e := s.core.entry(cl.actor, audit.CatConfig, "audit.retention.update", "audit", "retention", "Audit retention")
				e.Changes = audit.Diff(map[string]any{"keepDays": before}, map[string]any{"keepDays": in.KeepDays}, nil, nil)
				e.Reason = "keep " + describeRetention(before) + " → " + describeRetention(in.KeepDays)
				return store.AppendAudit(cl.ctx, tx, e)
			})
			if err != nil {
				return err
			}
		}
		out, err = s.retention(cl)
		return err
	})
	return out, err
}

// ArchivePreview returns what an archive of the entries before `before`
// ("YYYY-MM-DD", midnight UTC; "" = the retention cutoff) would take, and
// why it would be refused (Blocked) if so. Not audited: counts only.
// Errors: CodeForbidden without audit.view; CodeInvalid naming "before".
func (s *AuditService) ArchivePreview(before string) (model.AuditArchivePreview, error) {
	var out model.AuditArchivePreview
	err := s.core.with(rbac.PermAuditView, "audit.archive.preview", "audit", "", func(cl call) error {
		days, err := cl.st.AuditRetentionDays(cl.ctx)
		if err != nil {
			return err
		}
		cut, blocked, err := archiveCutoff(s.core.now(), days, before)
		if err != nil {
			return err
		}
		out.Blocked = blocked
		if days != model.RetentionForever {
			out.Cutoff = retentionCutoff(s.core.now(), days).Format(time.DateOnly)
		}
		if cut.IsZero() {
			return nil
		}
		out.Before = cut.Format(time.DateOnly)
		plan, err := store.PlanAuditArchive(cl.ctx, cl.st.Reader(), cut, 0)
		if err != nil {
			return err
		}
		out.Entries, out.FirstSeq, out.LastSeq, out.Live = plan.Entries, plan.FirstSeq, plan.LastSeq, plan.Live
		if plan.Entries > 0 {
			out.OldestAt, out.NewestAt = normTime(plan.OldestAt), normTime(plan.NewestAt)
		}
		return nil
	})
	return out, err
}

// Archives returns the archives taken from the log so far (their anchors),
// newest first. Errors: CodeForbidden without audit.view.
func (s *AuditService) Archives() ([]model.AuditAnchor, error) {
	var out []model.AuditAnchor
	err := s.core.with(rbac.PermAuditView, "audit.archive.list", "audit", "", func(cl call) error {
		var err error
		out, err = store.AuditAnchors(cl.ctx, cl.st.Reader())
		return err
	})
	return out, err
}

// retentionCutoff is midnight UTC, days before now's date.
func retentionCutoff(now time.Time, days int) time.Time {
	y, m, d := now.UTC().Date()
	return time.Date(y, m, d-days, 0, 0, 0, 0, time.UTC)
}

// archiveCutoff returns the time an archive takes entries before: the
// given date, or the retention cutoff for "" (zero while keeping forever),
// and why the policy refuses it ("" when it allows it). Errors: CodeInvalid
// naming "before" for an unreadable date.
func archiveCutoff(now time.Time, days int, before string) (cut time.Time, blocked string, err error) {
	var policy time.Time
	if days != model.RetentionForever {
		policy = retentionCutoff(now, days)
	}
	if before == "" {
		cut = policy
	} else if cut, err = model.ParseArchiveBefore(before); err != nil {
		return cut, "", err
	}
	switch {
	case days == model.RetentionForever:
		blocked = "The retention policy keeps audit entries forever: set a retention period before archiving."
	case cut.After(policy):
		blocked = "Entries younger than the retention period (" + describeRetention(days) + ") stay in the log: choose " +
			policy.Format(time.DateOnly) + " or earlier."
	}
	return cut, blocked, nil
}

// describeRetention says a policy in words.
func describeRetention(days int) string {
	if days == model.RetentionForever {
		return "forever"
	}
	return itoa64(int64(days)) + " days"
}

// errArchiveBlocked is the refusal of an archive the policy does not allow.
func errArchiveBlocked(days int, blocked string) error {
	if days == model.RetentionForever {
		return apperr.New(apperr.CodeConflict, "%s", blocked)
	}
	return apperr.Invalid(blocked, map[string]string{"before": blocked})
}
