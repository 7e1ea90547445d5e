package service_test

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/pem"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"filippo.io/age"
	"golang.org/x/crypto/ssh"

	"fieldvault/backend/apperr"
	"fieldvault/backend/crypto"
	"fieldvault/backend/model"
	"fieldvault/backend/service"
	"fieldvault/backend/testutil"
)

// A backup restores in the window of a device without a workspace: the
// restored workspace unlocks with its old passphrase and its users sign in;
// a device that has a workspace refuses, and wrong secrets leave nothing.
func TestRestoreBackupInTheWindow(t *testing.T) {
	w := newBackupWorld(t, 200)
	id, _ := age.GenerateX25519Identity()
	file := filepath.Join(t.TempDir(), "acme.age")
	if _, err := w.backups.Backup(service.BackupRequest{Path: file, Recipients: []string{id.Recipient().String()}}); err != nil {
		t.Fatal(err)
	}
	idFile := filepath.Join(t.TempDir(), "key.txt")
	if err := os.WriteFile(idFile, []byte(id.String()+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := w.ws.RestoreBackup(model.RestoreRequest{Path: file, IdentityPath: idFile, Passphrase: pass}); !apperr.Is(err, apperr.CodeConflict) {
		t.Fatalf("restore over an open workspace: %v", err)
	}

	dir := filepath.Join(t.TempDir(), "new")
	em := &testutil.Emitter{}
	core := service.NewCore(service.Config{Dir: dir, Keychain: crypto.WithTimeout(testutil.NewFakeKeychain(), 200*time.Millisecond),
		Emitter: em, Device: service.Device{ID: "dev2"}, Version: "test"})
	t.Cleanup(func() { _ = core.Shutdown() })
	ws := service.NewWorkspaceService(core)
	bad := []struct {
		name string
		req  model.RestoreRequest
		code apperr.Code
	}{
		{"no key", model.RestoreRequest{Path: file, Passphrase: pass}, apperr.CodeInvalid},
		{"no workspace secret", model.RestoreRequest{Path: file, IdentityPath: idFile}, apperr.CodeInvalid},
		{"wrong workspace passphrase", model.RestoreRequest{Path: file, IdentityPath: idFile, Passphrase: "not it at all 1"}, apperr.CodeUnauthenticated},
		{"wrong backup passphrase", model.RestoreRequest{Path: file, BackupPassphrase: "nope nope nope", Passphrase: pass}, apperr.CodeUnauthenticated},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ws.RestoreBackup(tt.req)
			if !apperr.Is(err, tt.code) {
				t.Fatalf("got %v, want %s", err, tt.code)
			}
			if entries, _ := os.ReadDir(dir); len(entries) != 0 {
				t.Fatalf("a failed restore left %d files", len(entries))
			}
		})
	}
	res, err := ws.RestoreBackup(model.RestoreRequest{Path: file, IdentityPath: idFile, Passphrase: pass})
	if err != nil {
		t.Fatal(err)
	}
	if res.AuditEntries == 0 || res.Counts["contacts"] == 0 || res.Integrity != "ok" {
		t.Fatalf("result %+v", res)
	}
	if !slices.Contains(em.Names(), service.EventJobProgress) {
		t.Fatal("no progress events")
	}
	if st, _ := ws.Status(); !st.Exists || st.Unlocked {
		t.Fatalf("status after restore: %+v", st)
	}
	if _, err := ws.UnlockPassphrase(pass); err != nil {
		t.Fatal(err)
	}
	if _, err := service.NewSessionService(core).SignIn(model.SignInRequest{Username: "admin", Password: "admin password 1"}); err != nil {
		t.Fatalf("sign in to the restored workspace: %v", err)
	}
	if err := ws.CancelRestore(); !apperr.Is(err, apperr.CodeNotFound) {
		t.Fatalf("cancel with none running: %v", err)
	}
}

// A backup encrypted to an SSH key whose private half is protected by a
// passphrase restores once the key's passphrase is given; without it, or
// with a wrong one, the refusal names the key passphrase field and leaves
// nothing behind.
func TestRestoreBackupWithAProtectedSSHKey(t *testing.T) {
	w := newBackupWorld(t, 20)
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	sshPub, err := ssh.NewPublicKey(pub)
	if err != nil {
		t.Fatal(err)
	}
	block, err := ssh.MarshalPrivateKeyWithPassphrase(priv, "ana@laptop", []byte("key passphrase 1"))
	if err != nil {
		t.Fatal(err)
	}
	idFile := filepath.Join(t.TempDir(), "id_ed25519")
	if err := os.WriteFile(idFile, pem.EncodeToMemory(block), 0o600); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "acme.age")
	if _, err := w.backups.Backup(service.BackupRequest{Path: file, Recipients: []string{strings.TrimSpace(string(ssh.MarshalAuthorizedKey(sshPub)))}}); err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(t.TempDir(), "new")
	core := service.NewCore(service.Config{Dir: dir, Keychain: crypto.WithTimeout(testutil.NewFakeKeychain(), 200*time.Millisecond),
		Device: service.Device{ID: "dev3"}, Version: "test"})
	t.Cleanup(func() { _ = core.Shutdown() })
	ws := service.NewWorkspaceService(core)
	for _, keyPass := range []string{"", "not the key's passphrase"} {
		_, err := ws.RestoreBackup(model.RestoreRequest{Path: file, IdentityPath: idFile, IdentityPassphrase: keyPass, Passphrase: pass})
		if _, named := apperr.ToPayload(err).Fields["identityPassphrase"]; !apperr.Is(err, apperr.CodeInvalid) || !named {
			t.Fatalf("key passphrase %q: %v", keyPass, err)
		}
		if entries, _ := os.ReadDir(dir); len(entries) != 0 {
			t.Fatalf("a refused restore left %d files", len(entries))
		}
	}
	res, err := ws.RestoreBackup(model.RestoreRequest{Path: file, IdentityPath: idFile, IdentityPassphrase: "key passphrase 1", Passphrase: pass})
	if err != nil || res.Counts["contacts"] == 0 || res.Integrity != "ok" {
		t.Fatalf("restore %+v %v", res, err)
	}
}
