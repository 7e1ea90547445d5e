package backup

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"maps"
	"slices"

	"fieldvault/backend/apperr"
	"fieldvault/backend/audit"
	"fieldvault/backend/model"
	"fieldvault/backend/store"
	"fieldvault/backend/vault"
)

// ActionRestore is the audit action a restore appends to the restored log.
const ActionRestore = "workspace.restore"

// checkCounts compares the rows of the backed-up database — before any
// migration of a newer FieldVault touches it — with the manifest's counts.
func checkCounts(ctx context.Context, db *sql.DB, m Manifest) (map[string]int64, error) {
	counts, err := countRows(ctx, db)
	if err != nil {
		return nil, err
	}
	for _, t := range slices.Sorted(maps.Keys(m.Counts)) {
		if counts[t] != m.Counts[t] {
			return nil, apperr.New(apperr.CodeCorrupt, "The backup holds %d rows of %s, but its manifest says %d.", counts[t], t, m.Counts[t])
		}
	}
	return counts, nil
}

// checkRestored verifies the restored workspace against its manifest, fills
// rep and records the restore in its audit log.
func checkRestored(ctx context.Context, s *vault.Session, m Manifest, o RestoreOptions, rep *Report) error {
	st := s.Store()
	vr, err := st.VerifyAudit(ctx, nil)
	if err != nil {
		return err
	}
	if vr.Problem != nil {
		return apperr.New(apperr.CodeCorrupt, "The backup's audit log does not verify: %s.", vr.Problem.Error())
	}
	if vr.LastSeq != m.AuditSeq || (m.AuditSeq > 0 && !bytes.Equal(vr.LastHash, m.AuditHash)) {
		return apperr.New(apperr.CodeCorrupt,
			"The backup's audit log ends at entry %d, but the backup was taken at entry %d: entries were cut off or replaced.", vr.LastSeq, m.AuditSeq)
	}
	chk, err := st.Check(ctx)
	if err != nil {
		return err
	}
	if chk.Integrity != "ok" {
		return apperr.New(apperr.CodeCorrupt, "The restored database fails SQLite's integrity check: %s", chk.Integrity)
	}
	rep.AuditEntries, rep.AuditLastSeq = vr.Entries, vr.LastSeq
	rep.Pages, rep.Integrity = int64(chk.PageCount), chk.Integrity
	return st.AuditWrite(ctx, restoreEntry(ctx, st, m, o.Unlock, vr))
}

// restoreEntry is the "workspace.restore" entry: who restored (the user
// who signed in, or nobody named when a workspace secret was used), from
// which backup, and how far the log verified.
func restoreEntry(ctx context.Context, st *store.Store, m Manifest, u vault.RestoreUnlock, vr audit.Report) *audit.Entry {
	e := &audit.Entry{Category: audit.CatSecurity, Action: ActionRestore, ObjectType: "workspace", ObjectID: m.WorkspaceID,
		ObjectLabel: m.WorkspaceName, Outcome: audit.OutcomeSuccess}
	how := map[string]string{model.UnlockPassphrase: "the workspace passphrase", model.UnlockRecovery: "the recovery key",
		model.UnlockUser: "a user's sign-in"}[u.Method]
	if u.Method == model.UnlockUser {
		if usr, err := store.GetUserByName(ctx, st.Reader(), u.Username); err == nil {
			e.Actor = audit.Actor{UserID: usr.ID, Username: usr.Username, Role: usr.RoleName}
			how = usr.Username + "'s sign-in"
		}
	}
	e.Reason = fmt.Sprintf("restored from a backup made %s by %s (FieldVault %s), unlocked with %s; audit log verified: %d entries up to %d",
		m.CreatedAt.UTC().Format(timeFormat), m.CreatedBy, m.AppVersion, how, vr.Entries, vr.LastSeq)
	e.Changes = audit.Diff(nil, map[string]any{"backupCreatedAt": m.CreatedAt.UTC().Format(timeFormat), "backupCreatedBy": m.CreatedBy,
		"backupAppVersion": m.AppVersion, "auditSeq": m.AuditSeq}, nil, nil)
	return e
}
