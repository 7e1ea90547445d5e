package service

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"filippo.io/age"

	"fieldvault/backend/apperr"
	"fieldvault/backend/audit"
	"fieldvault/backend/auditarchive"
	"fieldvault/backend/auditbundle"
	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
	"fieldvault/backend/store"
)

// archiveBatch is how many entries an archive reads per hold of the lock.
const archiveBatch = 2000

// archiveHook, when set (tests only), runs after each batch is written.
var archiveHook func(done int64)

// archiveScope is what an archive covers and how it is sealed, fixed when
// it starts.
type archiveScope struct {
	plan        store.ArchivePlan
	before      string // the cutoff as asked for, for the manifest
	recipients  []age.Recipient
	encryptedTo []string
	workspaceID string
	publicKey   string
}

// Archive moves the oldest entries of the audit log into one file and out
// of the log (see model.AuditArchiveRequest for which entries and how the
// file is encrypted). It reads the range as stored — personal values stay
// sealed with their subject's key — checking every entry's seq, link and
// HMAC and every checkpoint on the way (a tampered range is refused with
// CodeCorrupt and nothing changes), writes it with the signed checkpoints
// and a manifest signed by the workspace's audit key (package
// auditarchive), age-encrypts it to a temporary file in the target folder
// and renames that into place. Only then, in one transaction, it appends
// "audit.archive" (category security: the live log loses entries; range,
// count, file name and SHA-256), writes the signed anchor the rest of the
// log is verified from, and deletes the range. It runs as job
// "audit.archive" (progress events; Cancel("audit.archive") until the
// final transaction starts: the log is then left as it was and no file
// kept). Failures are audited as "audit.archive" failed.
//
// Entries 0 in the result: nothing was old enough; no file, no change.
//
// Errors: CodeForbidden without settings.manage, audit.view and
// data.export (the archive takes entries out of the workspace, like an
// export); CodeConflict when the policy keeps entries forever, another
// archive runs, or it was cancelled; CodeInvalid naming "before",
// "upToSeq", "recipients", "passphrase" or "path"; CodeCorrupt as above;
// CodeLocked / CodeUnauthenticated when the workspace was locked or the
// user signed out meanwhile.
func (s *AuditService) Archive(req model.AuditArchiveRequest) (model.AuditArchiveResult, error) {
	var sc archiveScope
	j, err := s.core.startJob(&s.jobs, JobAuditArchive, rbac.PermSettingsManage, "audit.archive", "audit", func(cl call, j *job) error {
		for _, p := range []rbac.Perm{rbac.PermAuditView, rbac.PermDataExport} {
			if !cl.actor.Can(p) {
				return s.core.deny(cl, "audit.archive", "audit", "", "missing permission "+string(p))
			}
		}
		return s.prepareArchive(cl, req, &sc)
	})
	if err != nil {
		return model.AuditArchiveResult{}, err
	}
	defer s.jobs.end(j)
	if sc.plan.Entries == 0 {
		j.progress(0, 0)
		return model.AuditArchiveResult{}, nil
	}
	res, err := s.writeArchive(j, req, sc)
	if err != nil {
		err = j.failed(err)
		_ = j.final(func(cl call) error { // best effort: the workspace may be locked by now
			e := s.archiveEntry(cl.actor, req, sc, "")
			e.Outcome, e.Reason = audit.OutcomeFailed, e.Reason+": "+apperr.ToPayload(err).Message
			if err := cl.st.AuditWrite(cl.ctx, e); err != nil {
				return err
			}
			s.core.logRun(cl, runEntry{kind: model.RunArchive, name: "Audit archive", source: "audit log", target: req.Path,
				started: j.started, counts: map[string]int{"entries": int(sc.plan.Entries)}, failure: err})
			return nil
		})
		return model.AuditArchiveResult{}, err
	}
	_ = j.final(func(cl call) error { // best effort: the archive is done and audited
		s.core.logRun(cl, runEntry{kind: model.RunArchive, name: "Audit archive", source: "audit log", target: req.Path,
			started: j.started, counts: map[string]int{"entries": int(res.Entries)}})
		return nil
	})
	return res, nil
}

// prepareArchive checks req against the policy and fixes the range.
func (s *AuditService) prepareArchive(cl call, req model.AuditArchiveRequest, sc *archiveScope) error {
	days, err := cl.st.AuditRetentionDays(cl.ctx)
	if err != nil {
		return err
	}
	cut, blocked, err := archiveCutoff(s.core.now(), days, req.Before)
	if err != nil {
		return err
	}
	if blocked != "" {
		return errArchiveBlocked(days, blocked)
	}
	if req.UpToSeq < 0 {
		return apperr.Invalid("Leave the last entry empty, or give its number.", map[string]string{"upToSeq": "Give a positive entry number."})
	}
	if sc.recipients, sc.encryptedTo, err = auditarchive.Recipients(req.Recipients, req.Passphrase); err != nil {
		return err
	}
	if err := checkSavePath(req.Path); err != nil {
		return err
	}
	sc.before = req.Before
	if sc.before == "" {
		sc.before = cut.Format(time.DateOnly)
	}
	if sc.plan, err = store.PlanAuditArchive(cl.ctx, cl.st.Reader(), cut, req.UpToSeq); err != nil {
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
}

// writeArchive writes the file, renames it into place and commits; on any
// error before the commit took place the file is removed.
func (s *AuditService) writeArchive(j *job, req model.AuditArchiveRequest, sc archiveScope) (model.AuditArchiveResult, error) {
	dir := filepath.Dir(req.Path)
	tmp, err := os.CreateTemp(dir, ".fieldvault-archive-*.part")
	if err != nil {
		return model.AuditArchiveResult{}, apperr.Wrap(err, apperr.CodeInvalid, "The file cannot be created in that folder.")
	}
	placed, committed := "", false
	defer func() {
		_ = tmp.Close()
		_ = os.Remove(tmp.Name())
		if placed != "" && !committed {
			_ = os.Remove(placed)
		}
	}()
	sum := sha256.New()
	if err := s.sealArchive(j, io.MultiWriter(tmp, sum), sc); err != nil {
		return model.AuditArchiveResult{}, err
	}
	if err := tmp.Sync(); err != nil {
		return model.AuditArchiveResult{}, apperr.Wrap(err, apperr.CodeInternal, "The file could not be written.")
	}
	if err := tmp.Close(); err != nil {
		return model.AuditArchiveResult{}, apperr.Wrap(err, apperr.CodeInternal, "The file could not be written.")
	}
	// In place before the entries leave the log: a failure past this point
	// leaves, at worst, a file whose entries are still in the log.
	if err := os.Rename(tmp.Name(), req.Path); err != nil {
		return model.AuditArchiveResult{}, apperr.Wrap(err, apperr.CodeInternal, "The file could not be saved there.")
	}
	placed = req.Path
	fileSum := sum.Sum(nil)
	var anchor audit.Anchor
	err = j.do(func(cl call) error {
		e := s.archiveEntry(cl.actor, req, sc, hex.EncodeToString(fileSum))
		var err error
		anchor, err = cl.st.CommitAuditArchive(cl.ctx, store.ArchiveCommit{Plan: sc.plan, FileName: filepath.Base(req.Path),
			FileSHA256: fileSum, ActorID: cl.actor.UserID, ActorName: cl.actor.Username, Entry: e})
		return err
	})
	if err != nil {
		committed = s.anchored(j, sc.plan) // an error after the commit took place: keep the file
		return model.AuditArchiveResult{}, err
	}
	committed = true
	j.progress(sc.plan.Entries, sc.plan.Entries)
	return model.AuditArchiveResult{Path: req.Path, Entries: sc.plan.Entries, FirstSeq: sc.plan.FirstSeq, LastSeq: sc.plan.LastSeq,
		FileSHA256: hex.EncodeToString(fileSum), AnchorHash: hex.EncodeToString(anchor.Hash), ArchivedAt: store.FormatTime(anchor.At)}, nil
}

// sealArchive streams the range, checked, into an age file on w.
func (s *AuditService) sealArchive(j *job, w io.Writer, sc archiveScope) error {
	var rd *store.ArchiveReader
	if err := j.do(func(cl call) error {
		var err error
		rd, err = cl.st.NewArchiveReader(cl.ctx, sc.plan)
		return err
	}); err != nil {
		return err
	}
	defer rd.Close()
	sealed, err := auditarchive.Seal(w, sc.recipients)
	if err != nil {
		return err
	}
	aw := auditarchive.NewWriter(sealed, rd.Checkpoints())
	j.progress(0, sc.plan.Entries)
	for !rd.Done() {
		var rows []model.AuditStoredRow
		if err := j.do(func(cl call) error {
			var err error
			rows, err = rd.Next(j.ctx, cl.st.Reader(), archiveBatch)
			return err
		}); err != nil {
			return err
		}
		for i := range rows {
			if err := aw.Add(&rows[i]); err != nil {
				return err
			}
		}
		if archiveHook != nil {
			archiveHook(aw.Count())
		}
		j.progress(aw.Count(), sc.plan.Entries+1) // the last step is the commit
	}
	m := auditarchive.Manifest{WorkspaceID: sc.workspaceID, Before: sc.before, EncryptedTo: sc.encryptedTo, PublicKey: sc.publicKey,
		ArchivedBy: auditarchive.Actor{UserID: j.actor.UserID, Username: j.actor.Username, Role: j.actor.RoleName}}
	err = aw.Finish(m, s.core.now(), func(manifest []byte) ([]byte, error) {
		var sig []byte
		err := j.do(func(cl call) error {
			var err error
			sig, err = cl.st.SignAuditArchive(manifest)
			return err
		})
		return sig, err
	})
	if err != nil {
		return err
	}
	if err := sealed.Close(); err != nil {
		return apperr.Wrap(err, apperr.CodeInternal, "The archive could not be encrypted.")
	}
	return nil
}

// anchored reports whether the store holds the anchor of plan (a commit
// that reported an error after it took place); false when that cannot be
// told.
func (s *AuditService) anchored(j *job, plan store.ArchivePlan) bool {
	found := false
	_ = j.final(func(cl call) error {
		anchors, err := store.AuditAnchors(cl.ctx, cl.st.Reader())
		found = err == nil && len(anchors) > 0 && anchors[0].LastSeq == plan.LastSeq
		return err
	})
	return found
}

// archiveEntry is the "audit.archive" entry of req (fileSum "" before the
// file exists).
func (s *AuditService) archiveEntry(actor rbac.Actor, req model.AuditArchiveRequest, sc archiveScope, fileSum string) *audit.Entry {
	e := s.core.entry(actor, audit.CatSecurity, "audit.archive", "audit", "", "Audit log")
	p := sc.plan
	e.Rows = p.Entries
	e.Reason = fmt.Sprintf("entries %d to %d (before %s) to %s", p.FirstSeq, p.LastSeq, sc.before, filepath.Base(req.Path))
	if fileSum != "" {
		e.Reason += ", sha256 " + fileSum
		e.Changes = audit.Diff(nil, map[string]any{"firstSeq": p.FirstSeq, "lastSeq": p.LastSeq, "entries": p.Entries,
			"before": sc.before, "file": filepath.Base(req.Path), "fileSha256": fileSum,
			"anchorHash": hex.EncodeToString(p.LastHash), "encryptedTo": strings.Join(sc.encryptedTo, " ")}, nil, nil)
	}
	return e
}
