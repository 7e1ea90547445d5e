// Package model holds the plain types that cross the backend boundary, with
// camelCase JSON tags (Wails turns them into TypeScript classes), and their
// validation rules.
package model

// Unlock methods a workspace key file can hold.
const (
	UnlockKeychain   = "keychain"
	UnlockPassphrase = "passphrase"
	UnlockRecovery   = "recovery"
	UnlockUser       = "user" // a user's sign-in
)

// KeychainStatus is the result of probing the OS keychain.
type KeychainStatus struct {
	Available bool   `json:"available"`
	Message   string `json:"message"` // why it is not available; "" when it is
}

// WorkspaceStatus describes the workspace the app is pointed at. Fields other
// than Exists, Path, UnlockMethods and the device facts are zero while locked.
type WorkspaceStatus struct {
	Exists          bool           `json:"exists"`
	Unlocked        bool           `json:"unlocked"`
	Name            string         `json:"name"`
	Path            string         `json:"path"`
	UnlockMethods   []string       `json:"unlockMethods"`
	Keychain        KeychainStatus `json:"keychain"`
	RecoveryPending bool           `json:"recoveryPending"`
	OSUser          string         `json:"osUser"`
	Hostname        string         `json:"hostname"`
	AppVersion      string         `json:"appVersion"`
	Cipher          string         `json:"cipher"`
	SchemaVersion   int            `json:"schemaVersion"`
	PageCount       int            `json:"pageCount"`
	UnlockedBy      string         `json:"unlockedBy"`
	// SignedIn is the current session's user, nil when nobody is signed in.
	SignedIn *SessionInfo `json:"signedIn"`
}

// CreateWorkspaceRequest is what the setup screen (or `fieldvault init`) sends.
type CreateWorkspaceRequest struct {
	Name       string `json:"name"`
	Unlock     string `json:"unlock"`     // UnlockKeychain or UnlockPassphrase
	Passphrase string `json:"passphrase"` // required for UnlockPassphrase; optional fallback otherwise
	// The first administrator.
	AdminUsername    string `json:"adminUsername"`
	AdminDisplayName string `json:"adminDisplayName"`
	AdminPassword    string `json:"adminPassword"`
}

// CreateWorkspaceResult carries the recovery key, shown exactly once.
type CreateWorkspaceResult struct {
	RecoveryKey string          `json:"recoveryKey"`
	Status      WorkspaceStatus `json:"status"`
}

// CheckReport is the outcome of a full workspace check.
type CheckReport struct {
	Name          string `json:"name"`
	SchemaVersion int    `json:"schemaVersion"`
	PageCount     int    `json:"pageCount"`
	Cipher        string `json:"cipher"`
	Integrity     string `json:"integrity"` // "ok" or SQLite's first complaint
}

// RestoreRequest restores a backup into this device's (empty) workspace
// folder. IdentityPath (an age identity file or unencrypted OpenSSH
// private key) or BackupPassphrase opens the file; the workspace key it
// carries unwraps with Username + Password (a user's sign-in), else
// Passphrase (the workspace passphrase), else RecoveryKey — each as it was
// when the backup was made.
type RestoreRequest struct {
	Path         string `json:"path"`
	IdentityPath string `json:"identityPath"`
	// IdentityPassphrase opens an SSH key protected by a passphrase.
	IdentityPassphrase string `json:"identityPassphrase"`
	BackupPassphrase   string `json:"backupPassphrase"`
	Username           string `json:"username"`
	Password           string `json:"password"`
	Passphrase         string `json:"passphrase"`
	RecoveryKey        string `json:"recoveryKey"`
	Keychain           bool   `json:"keychain"` // also unlock with this device's keychain
}

// RestoreResult is what a restore rebuilt and verified.
type RestoreResult struct {
	WorkspaceName string           `json:"workspaceName"`
	CreatedAt     string           `json:"createdAt"` // when the backup was made
	CreatedBy     string           `json:"createdBy"`
	Counts        map[string]int64 `json:"counts"`
	AuditEntries  int64            `json:"auditEntries"` // verified
	Integrity     string           `json:"integrity"`
}
