package service

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"filippo.io/age"

	"fieldvault/backend/apperr"
	"fieldvault/backend/audit"
	"fieldvault/backend/backup"
	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
	"fieldvault/backend/schema"
	"fieldvault/backend/store"
)

// backupScope is what a backup needs, fixed when it starts.
type backupScope struct {
	recipients []age.Recipient
	desc       []backup.Recipient
	keyFile    []byte // the key file as the backup carries it
	dir        string // the workspace folder
}

// Backup writes a consistent snapshot of the whole workspace to req.Path,
// age-encrypted to req.Recipients (age1… X25519, ssh-ed25519 or ssh-rsa
// public keys) or to req.Passphrase (see package backup for the file:
// `age -d` yields a plain SQLite database with a manifest table). The
// snapshot is one read transaction: writes meanwhile go on and are not in
// it. No plaintext page is written to disk; the file is written under a
// temporary name in the target folder and appears at req.Path only when
// complete and audited, and never replaces a file. It runs as job
// "workspace.backup" (progress events in pages: the copy, then the
// stream; Cancel("workspace.backup") until the file is in place, leaving
// nothing behind).
//
// Audited as "workspace.backup" (category export: the whole workspace
// leaves the device): Rows = the record rows, the file name, its SHA-256,
// the recipients' types and fingerprints (never the passphrase), the
// audit entry the backup ends at. Failures are audited as failed.
//
// Errors: CodeForbidden (audited) for anyone but an administrator;
// CodeInvalid naming "path" (not absolute, no such folder, a folder, an
// existing file), "recipients" or "passphrase"; CodeConflict when a backup
// is running, it was cancelled, the workspace unlocks with the keychain
// only, or a file appeared at Path meanwhile; CodeLocked /
// CodeUnauthenticated when the workspace was locked or the user signed out
// meanwhile; CodeUnavailable when the temporary copy cannot be written.
func (s *BackupService) Backup(req BackupRequest) (BackupResult, error) {
	var sc backupScope
	j, err := s.core.startJob(&s.jobs, JobBackup, "", actionBackup, "workspace", func(cl call, j *job) error {
		if !rbac.IsAdministrator(cl.actor.Grants) {
			return s.core.deny(cl, actionBackup, "workspace", "", "only administrators back up the workspace")
		}
		return s.prepare(req, j, &sc)
	})
	if err != nil {
		return BackupResult{}, err
	}
	defer s.jobs.end(j)
	res, m, err := s.write(j, req, sc)
	if err != nil {
		err = j.failed(err)
		_ = j.final(func(cl call) error { // best effort: the workspace may be locked by now
			e := s.backupEntry(cl.actor, req, sc, m, "")
			e.Outcome, e.Reason = audit.OutcomeFailed, e.Reason+": "+apperr.ToPayload(err).Message
			if err := cl.st.AuditWrite(cl.ctx, e); err != nil {
				return err
			}
			s.core.logRun(cl, runEntry{kind: model.RunBackup, name: "Workspace backup", source: "workspace", target: req.Path,
				started: j.started, failure: err})
			return nil
		})
		return BackupResult{}, err
	}
	_ = j.final(func(cl call) error { // best effort: the backup is written and audited
		s.core.logRun(cl, runEntry{kind: model.RunBackup, name: "Workspace backup", source: "workspace", target: res.Path,
			started: j.started, counts: map[string]int{"records": int(res.Records), "auditEntries": int(res.AuditSeq)}})
		return nil
	})
	return res, nil
}

// prepare checks req and reads what the backup carries of the key file.
// It runs under the core's lock.
func (s *BackupService) prepare(req BackupRequest, j *job, sc *backupScope) error {
	var err error
	if sc.recipients, sc.desc, err = backup.ParseRecipients(req.Recipients, req.Passphrase); err != nil {
		return err
	}
	if err := checkSavePath(req.Path); err != nil {
		return err
	}
	if _, err := os.Lstat(req.Path); !errors.Is(err, fs.ErrNotExist) {
		return errBackupExists(filepath.Base(req.Path))
	}
	if sc.keyFile, err = j.sess.BackupKeyFile(); err != nil {
		return err
	}
	sc.dir = s.core.vault.Dir
	return nil
}

// write makes the file: the snapshot (the store pinned, not the core's
// lock held, so the window stays responsive), the manifest and its MAC
// (a short hold), the encrypted stream into a temporary file beside
// req.Path, the audit entry, and the file put in place. m is the manifest
// as far as it got (for the failure's audit entry).
func (s *BackupService) write(j *job, req BackupRequest, sc backupScope) (res BackupResult, m backup.Manifest, err error) {
	part, err := os.CreateTemp(filepath.Dir(req.Path), ".fieldvault-backup-*.age.part") // 0600
	if err != nil {
		return res, m, apperr.Wrap(err, apperr.CodeInvalid, "The file cannot be created in that folder.")
	}
	defer func() {
		_ = part.Close()
		_ = os.Remove(part.Name())
	}()
	snap, err := s.snapshot(j, sc)
	if err != nil {
		return res, m, err
	}
	defer snap.Remove()
	m = snap.Manifest()
	m.CreatedAt, m.CreatedBy, m.AppVersion, m.KeyFile = s.core.now().UTC(), j.actor.Username, s.core.version, sc.keyFile
	if m.WorkspaceID, err = backup.WorkspaceID(sc.keyFile); err != nil {
		return res, m, err
	}
	b, err := m.Bytes()
	if err != nil {
		return res, m, err
	}
	if err := j.do(func(call) error {
		var err error
		m.MAC, err = j.sess.BackupMAC(b)
		return err
	}); err != nil {
		return res, m, err
	}
	if err := snap.Finish(j.ctx, m); err != nil {
		return res, m, j.failed(err)
	}
	copied := m.Pages
	streamed, err := snap.Pages()
	if err != nil {
		return res, m, err
	}
	sum := sha256.New()
	cw := &countWriter{w: io.MultiWriter(part, sum)}
	bw := bufio.NewWriterSize(cw, 1<<20)
	_, err = snap.Encrypt(j.ctx, bw, sc.recipients, func(pages int64) {
		j.progress(min(copied+pages, copied+streamed-1), copied+streamed)
	}, j.check)
	if err == nil {
		err = bw.Flush()
	}
	if err == nil {
		err = part.Sync()
	}
	if cerr := part.Close(); err == nil && cerr != nil {
		err = cerr
	}
	if err != nil {
		if isApp(err) || j.ctx.Err() != nil {
			return res, m, err
		}
		return res, m, apperr.Wrap(err, apperr.CodeUnavailable, "The backup could not be written there: "+err.Error())
	}
	fileSum := hex.EncodeToString(sum.Sum(nil))
	// Audited before the file appears: a backup that is not in the log must
	// not exist.
	if err := j.do(func(cl call) error { return cl.st.AuditWrite(cl.ctx, s.backupEntry(cl.actor, req, sc, m, fileSum)) }); err != nil {
		return res, m, err
	}
	if err := placeNew(part.Name(), req.Path); err != nil {
		return res, m, err
	}
	j.progress(copied+streamed, copied+streamed)
	return BackupResult{Path: req.Path, Bytes: cw.n, SHA256: fileSum, CreatedAt: store.FormatTime(m.CreatedAt),
		Records: recordRows(m.Counts), AuditSeq: m.AuditSeq, Recipients: toBackupRecipients(sc.desc)}, m, nil
}

// snapshot copies the database with the store pinned: locking the
// workspace cancels the copy and waits for it rather than closing the
// store under it; between steps the job checks, without waiting for the
// core's lock, that it was not cancelled and the session still holds.
func (s *BackupService) snapshot(j *job, sc backupScope) (*backup.Snapshot, error) {
	release, err := j.hold()
	if err != nil {
		return nil, err
	}
	ctx, unpin, err := j.st.Pin(j.ctx)
	release()
	if err != nil {
		return nil, err
	}
	defer unpin()
	snap, err := backup.TakeSnapshot(ctx, j.st.Reader(), backup.SnapshotOptions{Dir: sc.dir, Cipher: j.st.Cipher(),
		Progress: func(done, total int64) { j.progress(done, 2*total) }, Check: j.check})
	switch {
	case err == nil:
		return snap, nil
	case ctx.Err() != nil && j.ctx.Err() == nil:
		return nil, errPinClosed(j) // the store is closing: the workspace was locked
	case j.ctx.Err() != nil:
		return nil, errCancelled
	}
	return nil, err
}

// backupEntry is the "workspace.backup" entry (fileSum "" before the file
// is complete).
func (s *BackupService) backupEntry(actor rbac.Actor, req BackupRequest, sc backupScope, m backup.Manifest, fileSum string) *audit.Entry {
	e := s.core.entry(actor, audit.CatSecurity, actionBackup, "workspace", m.WorkspaceID, m.WorkspaceName)
	e.Rows = recordRows(m.Counts)
	to := make([]string, len(sc.desc))
	for i, d := range sc.desc {
		to[i] = d.String()
	}
	e.Reason = fmt.Sprintf("backup to %s, encrypted to %s", filepath.Base(req.Path), strings.Join(to, ", "))
	if fileSum != "" {
		e.Reason += fmt.Sprintf("; up to audit entry %d, sha256 %s", m.AuditSeq, fileSum)
		e.Changes = audit.Diff(nil, map[string]any{"file": filepath.Base(req.Path), "fileSha256": fileSum, "encryptedTo": strings.Join(to, "; "),
			"auditSeq": m.AuditSeq, "records": e.Rows}, nil, nil)
	}
	return e
}

// recordRows sums the rows of the record tables in counts.
func recordRows(counts map[string]int64) int64 {
	var n int64
	for _, e := range schema.All() {
		n += counts[e.Table]
	}
	return n
}

// countWriter counts the bytes written through it.
type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// isApp reports whether err already carries a user-facing message.
func isApp(err error) bool {
	var ae *apperr.Error
	return errors.As(err, &ae)
}
