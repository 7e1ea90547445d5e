package service

import (
	"context"
	"io"
	"os"
	"path/filepath"

	"filippo.io/age"

	"fieldvault/backend/apperr"
	"fieldvault/backend/audit"
	"fieldvault/backend/backup"
	"fieldvault/backend/model"
	"fieldvault/backend/vault"
)

// JobRestore is the job name of a restore's progress events.
const JobRestore = "workspace.restore"

// errRestoring refuses to create or unlock a workspace while a restore
// writes it.
var errRestoring = apperr.New(apperr.CodeConflict, "A backup is being restored; wait for it to finish.")

// RestoreBackup rebuilds a backup (BackupService.Backup, `fieldvault
// backup`) into this device's workspace folder — only while it holds no
// workspace, like Create — verifying the whole audit log and the backup's
// manifest; on any failure the folder is left empty. The workspace keeps
// its key, its users and their passwords; it is left locked (unlock as
// before the backup). Progress events (JobRestore); CancelRestore stops it.
// Errors: CodeConflict when a workspace exists or a restore runs;
// CodeInvalid naming "path", "identityPath" or "backupPassphrase";
// CodeUnauthenticated for a wrong key, passphrase or sign-in; CodeCorrupt
// for a damaged or altered backup.
func (s *WorkspaceService) RestoreBackup(req model.RestoreRequest) (model.RestoreResult, error) {
	c := s.core
	ctx, err := s.beginRestore()
	if err != nil {
		return model.RestoreResult{}, err
	}
	defer s.endRestore()
	for k, p := range map[string]string{"path": req.Path, "identityPath": req.IdentityPath} {
		if p == "" {
			continue
		}
		if err := c.mayOpen(p); err != nil {
			return model.RestoreResult{}, apperr.Invalid("Choose the file with the Open button.", map[string]string{k: "not chosen in the Open dialog"})
		}
	}
	ids, err := restoreIdentities(req)
	if err != nil {
		return model.RestoreResult{}, err
	}
	f, err := os.Open(req.Path)
	if err != nil || !filepath.IsAbs(req.Path) {
		return model.RestoreResult{}, apperr.Invalid("Choose the backup file.", map[string]string{"path": "The file cannot be opened."})
	}
	defer f.Close()
	u := vault.RestoreUnlock{Keychain: req.Keychain}
	switch {
	case req.Username != "":
		u.Method, u.Username, u.Secret = model.UnlockUser, req.Username, req.Password
	case req.Passphrase != "":
		u.Method, u.Secret = model.UnlockPassphrase, req.Passphrase
	case req.RecoveryKey != "":
		u.Method, u.Secret = model.UnlockRecovery, req.RecoveryKey
	default:
		return model.RestoreResult{}, apperr.Invalid("Sign in as a user of the backed-up workspace, or give its passphrase or recovery key.",
			map[string]string{"username": "required"})
	}
	rep, err := backup.Restore(ctx, f, backup.RestoreOptions{Dir: c.vault.Dir, Identities: ids, Unlock: u, Keychain: c.keychain,
		Now: c.now, Device: audit.Device{DeviceID: c.device.ID, Hostname: c.device.Hostname, OSUser: c.device.OSUser, AppVersion: c.version},
		Progress: func(done, total int64) {
			c.emitter.Emit(EventJobProgress, model.Progress{Job: JobRestore, Done: done, Total: total})
		}})
	if err != nil {
		if ctx.Err() != nil {
			return model.RestoreResult{}, errCancelled
		}
		return model.RestoreResult{}, err
	}
	return model.RestoreResult{WorkspaceName: rep.WorkspaceName, CreatedAt: rep.CreatedAt, CreatedBy: rep.CreatedBy,
		Counts: rep.Counts, AuditEntries: rep.AuditEntries, Integrity: rep.Integrity}, nil
}

// CancelRestore stops a running restore (which then leaves the folder
// empty). Errors: CodeNotFound when none runs.
func (s *WorkspaceService) CancelRestore() error {
	s.restoreMu.Lock()
	defer s.restoreMu.Unlock()
	if s.restoreCancel == nil {
		return apperr.New(apperr.CodeNotFound, "No restore is running.")
	}
	s.restoreCancel()
	return nil
}

// beginRestore checks no workspace is open or exists and marks a restore
// running (Create and the unlocks refuse meanwhile: see restoring).
func (s *WorkspaceService) beginRestore() (context.Context, error) {
	c := s.core
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.session != nil {
		return nil, apperr.New(apperr.CodeConflict, "A workspace is already open.")
	}
	exists, err := c.vault.Exists()
	if err != nil {
		return nil, err
	}
	if exists {
		return nil, apperr.New(apperr.CodeConflict, "This device already has a workspace; a backup restores only into an empty folder.")
	}
	s.restoreMu.Lock()
	defer s.restoreMu.Unlock()
	if s.restoreCancel != nil || c.restoring {
		return nil, apperr.New(apperr.CodeConflict, "A restore is already running.")
	}
	ctx, cancel := context.WithCancel(context.Background())
	s.restoreCancel, c.restoring = cancel, true
	return ctx, nil
}

func (s *WorkspaceService) endRestore() {
	s.core.mu.Lock()
	s.core.restoring = false
	s.core.mu.Unlock()
	s.restoreMu.Lock()
	defer s.restoreMu.Unlock()
	if s.restoreCancel != nil {
		s.restoreCancel()
		s.restoreCancel = nil
	}
}

// restoreIdentities reads what opens the backup file.
func restoreIdentities(req model.RestoreRequest) ([]age.Identity, error) {
	var ids []age.Identity
	if req.IdentityPath != "" {
		b, err := readKeyFile(req.IdentityPath)
		if err != nil {
			return nil, apperr.Invalid("The key file cannot be read.", map[string]string{"identityPath": "The key file cannot be read."})
		}
		more, err := backup.ParseIdentitiesWithPassphrase(b, filepath.Base(req.IdentityPath), req.IdentityPassphrase)
		if err != nil {
			return nil, err
		}
		ids = append(ids, more...)
	}
	if req.BackupPassphrase != "" {
		id, err := backup.PassphraseIdentity(req.BackupPassphrase)
		if err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	if len(ids) == 0 {
		return nil, apperr.Invalid("Choose the key file that opens the backup, or type its passphrase.",
			map[string]string{"identityPath": "required"})
	}
	return ids, nil
}

// readKeyFile reads a key file, at most 1 MiB and a byte (key files are a
// few kilobytes; ParseIdentities refuses anything larger).
func readKeyFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, 1<<20+1))
}
