package service

import (
	"fieldvault/backend/apperr"
	"fieldvault/backend/backup"
	"fieldvault/backend/rbac"
)

// JobBackup is the backup job's name (model.Progress.Job, Cancel).
const JobBackup = "workspace.backup"

// actionBackup is the audit action of a backup, its refusals and failures.
const actionBackup = "workspace.backup"

// BackupRequest asks for a backup of the whole workspace (BackupService.Backup).
type BackupRequest struct {
	// Path is where the backup goes: absolute, in an existing folder, and a
	// name nothing has yet (a backup never replaces a file).
	Path string `json:"path"`
	// Recipients are the public keys that can open it: age1… keys, or
	// OpenSSH ssh-ed25519 / ssh-rsa public key lines.
	Recipients []string `json:"recipients"`
	// Passphrase, instead of Recipients: age allows a passphrase only as a
	// file's sole recipient.
	Passphrase string `json:"passphrase"`
}

// BackupRecipient describes who can open a backup: public facts only.
type BackupRecipient struct {
	Type        string `json:"type"`        // "age", "age-pq", "ssh-ed25519", "ssh-rsa", "passphrase"
	Fingerprint string `json:"fingerprint"` // the age1… key, or the SSH key's SHA256:… fingerprint
	Comment     string `json:"comment"`     // an SSH key's comment
}

// BackupResult is a finished backup.
type BackupResult struct {
	Path       string            `json:"path"`
	Bytes      int64             `json:"bytes"`
	SHA256     string            `json:"sha256"`
	CreatedAt  string            `json:"createdAt"` // RFC 3339, UTC
	Records    int64             `json:"records"`   // rows of the record tables (trash included)
	AuditSeq   int64             `json:"auditSeq"`  // the last audit entry the backup holds
	Recipients []BackupRecipient `json:"recipients"`
}

// BackupService is bound to the frontend: backups of the whole workspace,
// for administrators only.
type BackupService struct {
	core *Core
	jobs jobs
}

// NewBackupService returns the service over core.
func NewBackupService(core *Core) *BackupService { return &BackupService{core: core} }

// CheckRecipients parses public keys as Backup would and describes them,
// for the form to show what a backup will be encrypted to. Not audited
// (nothing is read from the workspace). Errors: CodeForbidden (audited)
// for anyone but an administrator; CodeInvalid naming "recipients" for a
// malformed, unsupported or private key (named by its position, never
// quoted).
func (s *BackupService) CheckRecipients(keys []string) ([]BackupRecipient, error) {
	var out []BackupRecipient
	err := s.core.with("", actionBackup+".check", "workspace", "", func(cl call) error {
		if !rbac.IsAdministrator(cl.actor.Grants) {
			return s.core.deny(cl, actionBackup+".check", "workspace", "", "only administrators back up the workspace")
		}
		_, desc, err := backup.ParseRecipients(keys, "")
		out = toBackupRecipients(desc)
		return err
	})
	return out, err
}

// Cancel stops the caller's running backup (JobBackup), which then returns
// CodeConflict "Cancelled." and leaves no file. Errors: CodeForbidden
// (audited) for anyone but an administrator; CodeNotFound when the caller
// runs no such job.
func (s *BackupService) Cancel(job string) error {
	return s.core.with("", actionBackup+".cancel", "workspace", job, func(cl call) error {
		if !rbac.IsAdministrator(cl.actor.Grants) {
			return s.core.deny(cl, actionBackup+".cancel", "workspace", job, "only administrators back up the workspace")
		}
		return s.jobs.cancelJob(job, cl.actor.UserID)
	})
}

func toBackupRecipients(desc []backup.Recipient) []BackupRecipient {
	out := make([]BackupRecipient, len(desc))
	for i, d := range desc {
		out[i] = BackupRecipient{Type: d.Type, Fingerprint: d.Fingerprint, Comment: d.Comment}
	}
	return out
}

// errBackupExists refuses a path that names an existing file.
func errBackupExists(name string) error {
	msg := "A file named " + name + " already exists: choose another name (a backup never replaces a file)."
	return apperr.Invalid(msg, map[string]string{"path": msg})
}
