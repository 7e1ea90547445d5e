package vault_test

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"

	"filippo.io/age"

	"fieldvault/backend/apperr"
	"fieldvault/backend/backup"
	"fieldvault/backend/crypto"
	"fieldvault/backend/encvfs"
	"fieldvault/backend/model"
	"fieldvault/backend/testutil"
	"fieldvault/backend/vault"
)

// What a backup carries of the key file: every slot but the keychain's.
// The manifest MAC is a function of the data key.
func TestBackupKeyFileAndMAC(t *testing.T) {
	kc := testutil.NewFakeKeychain()
	v := newVault(t, kc)
	create(t, v, model.UnlockKeychain)
	s, err := v.Unlock(model.UnlockKeychain, "")
	if err != nil {
		t.Fatal(err)
	}
	b, err := s.BackupKeyFile()
	if err != nil {
		t.Fatal(err)
	}
	var kf crypto.KeyFile
	if err := json.Unmarshal(b, &kf); err != nil || kf.Validate() != nil {
		t.Fatalf("carried key file: %v", err)
	}
	if kf.Has(crypto.SlotKeychain) || !kf.Has(crypto.SlotPassphrase) || !kf.Has(crypto.SlotRecovery) || !kf.Has(crypto.SlotUser) {
		t.Fatalf("carried slots: %v", kf.Methods())
	}
	if s.Methods()[0] != model.UnlockKeychain {
		t.Fatal("the session's own key file lost its keychain slot")
	}
	m1, err1 := s.BackupMAC([]byte("manifest"))
	m2, err2 := s.BackupMAC([]byte("manifest"))
	m3, err3 := s.BackupMAC([]byte("manifesT"))
	if err1 != nil || err2 != nil || err3 != nil || !bytes.Equal(m1, m2) || bytes.Equal(m1, m3) || len(m1) != 32 {
		t.Fatal("the MAC is not a deterministic function of the manifest")
	}
	other := newVault(t, kc)
	create(t, other, model.UnlockPassphrase)
	so, err := other.Unlock(model.UnlockPassphrase, pass)
	if err != nil {
		t.Fatal(err)
	}
	defer so.Close()
	if m4, _ := so.BackupMAC([]byte("manifest")); bytes.Equal(m1, m4) {
		t.Fatal("two workspaces share a MAC key")
	}
	s.Close()
	if _, err := s.BackupKeyFile(); !apperr.Is(err, apperr.CodeLocked) {
		t.Fatalf("closed session: %v", err)
	}
	if _, err := s.BackupMAC(nil); !apperr.Is(err, apperr.CodeLocked) {
		t.Fatalf("closed session: %v", err)
	}
}

// restoreSource makes a vault.RestoreSource the way package backup does:
// a backup of a new workspace, decrypted, sealed under a random key.
type restoreSource struct {
	sealed, key, keyFile, manifest, mac []byte
	recovery                            string
}

func (r restoreSource) source() vault.RestoreSource {
	return vault.RestoreSource{Sealed: bytes.NewReader(r.sealed), Key: r.key, KeyFile: r.keyFile, Manifest: r.manifest, MAC: r.mac}
}

func newRestoreSource(t *testing.T) restoreSource {
	t.Helper()
	v := newVault(t, testutil.NewFakeKeychain())
	s, rec, err := v.Create(context.Background(), model.CreateWorkspaceRequest{AdminUsername: "admin", AdminPassword: "admin password 1",
		Name: "Acme Field Sales", Unlock: model.UnlockPassphrase, Passphrase: pass})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	id, _ := age.GenerateX25519Identity()
	kf, _ := s.BackupKeyFile()
	var file bytes.Buffer
	if _, err := backup.Create(context.Background(), &file, s.Store().Reader(), backup.Options{Dir: v.Dir, Cipher: s.Store().Cipher(),
		Recipients: []age.Recipient{id.Recipient()}, CreatedBy: "admin", KeyFile: kf, MAC: s.BackupMAC}); err != nil {
		t.Fatal(err)
	}
	r, err := age.Decrypt(&file, id)
	if err != nil {
		t.Fatal(err)
	}
	plain, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "plain.db")
	_ = os.WriteFile(path, plain, 0o600)
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rows := map[string]string{}
	rs, err := db.Query(`SELECT key, value FROM ` + backup.Table)
	if err != nil {
		t.Fatal(err)
	}
	for rs.Next() {
		var k, val string
		_ = rs.Scan(&k, &val)
		rows[k] = val
	}
	rs.Close()
	mac, _ := hex.DecodeString(rows["mac"])
	out := restoreSource{key: crypto.RandomKey(), keyFile: []byte(rows["key_file"]), manifest: backup.ManifestBytes(rows), mac: mac, recovery: rec}
	var sealed bytes.Buffer
	if _, err := encvfs.EncryptCopy(&sealed, bytes.NewReader(plain), out.key, encvfs.AES256GCM); err != nil {
		t.Fatal(err)
	}
	out.sealed = sealed.Bytes()
	return out
}

func TestVaultRestore(t *testing.T) {
	src := newRestoreSource(t)
	byPass := vault.RestoreUnlock{Method: model.UnlockPassphrase, Secret: pass}
	errCheck := errors.New("the check failed")
	flipped := bytes.Clone(src.sealed)
	flipped[3*encvfs.PageSize+7] ^= 1
	tests := []struct {
		name   string
		edit   func(*vault.RestoreSource)
		unlock vault.RestoreUnlock
		check  error
		code   apperr.Code
		msg    string
	}{
		{"restores", nil, byPass, nil, "", ""},
		{"restores with the recovery key and the keychain", nil, vault.RestoreUnlock{Method: model.UnlockRecovery, Secret: src.recovery, Keychain: true},
			nil, "", ""},
		{"restores with a user's sign-in", nil, vault.RestoreUnlock{Method: model.UnlockUser, Username: "ADMIN", Secret: "admin password 1"}, nil, "", ""},
		{"the check fails", nil, vault.RestoreUnlock{Method: model.UnlockPassphrase, Secret: pass, Keychain: true}, errCheck, "", ""},
		{"another manifest", func(r *vault.RestoreSource) { r.Manifest = append(bytes.Clone(r.Manifest), 'x') }, byPass, nil,
			apperr.CodeCorrupt, "altered"},
		{"a damaged key file", func(r *vault.RestoreSource) { r.KeyFile = []byte(`{"format":"nope"}`) }, byPass, nil, apperr.CodeCorrupt, "key file"},
		{"a damaged page", func(r *vault.RestoreSource) { r.Sealed = bytes.NewReader(flipped) }, byPass, nil, apperr.CodeCorrupt, "page 4"},
		{"the wrong temporary key", func(r *vault.RestoreSource) { r.Key = crypto.RandomKey() }, byPass, nil, apperr.CodeCorrupt, "page 1"},
		{"cut short", func(r *vault.RestoreSource) { r.Sealed = bytes.NewReader(src.sealed[:len(src.sealed)-encvfs.PageSize]) }, byPass, nil,
			apperr.CodeCorrupt, "cut short"},
		{"wrong passphrase", nil, vault.RestoreUnlock{Method: model.UnlockPassphrase, Secret: "wrong"}, nil, apperr.CodeUnauthenticated, ""},
		{"wrong user", nil, vault.RestoreUnlock{Method: model.UnlockUser, Username: "admin", Secret: "wrong"}, nil, apperr.CodeUnauthenticated, vault.ErrBadCredentials},
		{"the keychain", nil, vault.RestoreUnlock{Method: model.UnlockKeychain}, nil, apperr.CodeInvalid, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			kc := testutil.NewFakeKeychain()
			v := vault.New(filepath.Join(t.TempDir(), "ws"), kc)
			_ = os.Mkdir(v.Dir, 0o700)
			rs := src.source()
			if tt.edit != nil {
				tt.edit(&rs)
			}
			checked := false
			err := v.Restore(context.Background(), rs, tt.unlock, func(s *vault.Session) error {
				checked = true
				if s.Store() == nil {
					t.Error("check without an open store")
				}
				return tt.check
			})
			switch {
			case tt.check != nil:
				if !errors.Is(err, tt.check) {
					t.Fatalf("got %v, want the check's error", err)
				}
			case tt.code != "":
				wantCode(t, err, tt.code, tt.msg)
				if checked {
					t.Fatal("check ran on a refused restore")
				}
			default:
				if err != nil || !checked {
					t.Fatalf("%v (checked %v)", err, checked)
				}
				s, err := v.Unlock(model.UnlockPassphrase, pass)
				if err != nil {
					t.Fatal(err)
				}
				defer s.Close()
				if err := s.Open(context.Background()); err != nil {
					t.Fatal(err)
				}
				if has := kc.Len() > 0; has != tt.unlock.Keychain {
					t.Fatalf("keychain items %d, asked %v", kc.Len(), tt.unlock.Keychain)
				}
				return
			}
			if entries, _ := os.ReadDir(v.Dir); len(entries) != 0 || kc.Len() != 0 {
				t.Fatalf("a refused restore left %v and %d keychain items", entries, kc.Len())
			}
		})
	}
	t.Run("over a workspace", func(t *testing.T) {
		v := newVault(t, testutil.NewFakeKeychain())
		create(t, v, model.UnlockPassphrase)
		before, _ := os.ReadFile(v.KeyPath())
		err := v.Restore(context.Background(), src.source(), byPass, func(*vault.Session) error { return nil })
		wantCode(t, err, apperr.CodeConflict, "already exists")
		if after, _ := os.ReadFile(v.KeyPath()); !bytes.Equal(before, after) {
			t.Fatal("the existing key file changed")
		}
	})
}
