package backup_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"fieldvault/backend/apperr"
	"fieldvault/backend/backup"
	"fieldvault/backend/model"
	"fieldvault/backend/vault"
)

// Every refused restore names the reason and leaves the target folder as
// it found it: absent stays absent, empty stays empty.
func TestRestoreRefuses(t *testing.T) {
	w := newWorkspace(t, 300)
	id, idFile := ageKey(t)
	_, strangerFile := ageKey(t)
	file := w.backupTo(t, []string{id.Recipient().String()}, "")
	passFile := w.backupTo(t, nil, "backup passphrase 1")
	byPass := vault.RestoreUnlock{Method: model.UnlockPassphrase, Secret: wsPass}

	// valid age files around doctored databases
	doctored := func(stmts ...string) []byte {
		plain := decryptPlain(t, file, id)
		editPlain(t, plain, stmts...)
		return reencrypt(t, plain, id.Recipient())
	}
	ordinary := filepath.Join(t.TempDir(), "ordinary.db")
	editPlain(t, ordinary, `CREATE TABLE t(v)`, `INSERT INTO t VALUES ('not ours')`)
	flip := func(b []byte, off int) []byte {
		c := bytes.Clone(b)
		c[off] ^= 0x40
		return c
	}

	tests := []struct {
		name   string
		file   []byte
		idFile []byte
		pass   string
		unlock vault.RestoreUnlock
		code   apperr.Code
		msg    string
	}{
		{"flipped byte in the ciphertext", flip(file, len(file)-5000), idFile, "", byPass, apperr.CodeCorrupt, "damaged"},
		{"flipped byte in the header", flip(file, 40), idFile, "", byPass, "", ""},
		{"cut short", file[:len(file)/2], idFile, "", byPass, apperr.CodeCorrupt, "damaged or cut short"},
		{"wrong identity", file, strangerFile, "", byPass, apperr.CodeUnauthenticated, "None of the given keys"},
		{"wrong age passphrase", passFile, nil, "not the passphrase", byPass, apperr.CodeUnauthenticated, "passphrase"},
		{"identity for a passphrase backup", passFile, idFile, "", byPass, apperr.CodeUnauthenticated, "encrypted with a passphrase"},
		{"wrong workspace passphrase", file, idFile, "", vault.RestoreUnlock{Method: model.UnlockPassphrase, Secret: "not the passphrase"},
			apperr.CodeUnauthenticated, "Wrong passphrase"},
		{"wrong user password", file, idFile, "", vault.RestoreUnlock{Method: model.UnlockUser, Username: "admin", Secret: "wrong password 1"},
			apperr.CodeUnauthenticated, vault.ErrBadCredentials},
		{"malformed recovery key", file, idFile, "", vault.RestoreUnlock{Method: model.UnlockRecovery, Secret: "ABCD"}, apperr.CodeInvalid, "recovery key"},
		{"keychain is not a restore method", file, idFile, "", vault.RestoreUnlock{Method: model.UnlockKeychain}, apperr.CodeInvalid, ""},
		{"edited audit entry", doctored(`UPDATE audit_log SET reason = 'nothing happened' WHERE seq = 2`), idFile, "", byPass,
			apperr.CodeCorrupt, "audit log does not verify"},
		{"deleted audit entry", doctored(`DELETE FROM audit_log WHERE seq = 3`), idFile, "", byPass, apperr.CodeCorrupt, "rows of audit_log"},
		{"cut audit tail", doctored(`DELETE FROM audit_log WHERE seq > (SELECT max(seq) - 2 FROM audit_log)`), idFile, "", byPass, apperr.CodeCorrupt, "rows of audit_log"},
		{"cut audit tail, recounted", doctored(`DELETE FROM audit_log WHERE seq > (SELECT max(seq) - 2 FROM audit_log)`,
			`UPDATE fieldvault_backup SET value = json_set(value, '$.audit_log', (SELECT count(*) FROM audit_log)) WHERE key = 'counts'`), idFile, "", byPass,
			apperr.CodeCorrupt, "altered after it was made"},
		{"deleted contact", doctored(`DELETE FROM contacts WHERE rowid IN (SELECT rowid FROM contacts LIMIT 1)`), idFile, "", byPass,
			apperr.CodeCorrupt, "rows of contacts"},
		{"edited manifest", doctored(`UPDATE fieldvault_backup SET value = 'mallory' WHERE key = 'created_by'`), idFile, "", byPass,
			apperr.CodeCorrupt, "altered after it was made"},
		{"recounted manifest", doctored(`DELETE FROM contacts WHERE rowid IN (SELECT rowid FROM contacts LIMIT 1)`,
			`UPDATE fieldvault_backup SET value = json_set(value, '$.contacts', (SELECT count(*) FROM contacts)) WHERE key = 'counts'`), idFile, "", byPass,
			apperr.CodeCorrupt, "altered after it was made"},
		{"no manifest", doctored(`DROP TABLE fieldvault_backup`), idFile, "", byPass, apperr.CodeInvalid, "not a FieldVault backup"},
		{"newer format", doctored(`UPDATE fieldvault_backup SET value = '99' WHERE key = 'format'`), idFile, "", byPass,
			apperr.CodeConflict, "newer FieldVault"},
		{"ordinary SQLite file", reencrypt(t, ordinary, id.Recipient()), idFile, "", byPass, apperr.CodeInvalid, "not a FieldVault backup"},
		{"not a database", reencrypt(t, writeTemp(t, bytes.Repeat([]byte("junk"), 5000)), id.Recipient()), idFile, "", byPass,
			apperr.CodeInvalid, "not a FieldVault backup"},
		{"not an age file", []byte("hello, this is not age\n"), idFile, "", byPass, apperr.CodeInvalid, "not an age-encrypted file"},
		{"no identity", file, nil, "", byPass, apperr.CodeInvalid, "Give the key"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, pre := range []bool{false, true} { // target absent, target an empty folder
				dir := filepath.Join(t.TempDir(), "restored")
				if pre {
					if err := os.Mkdir(dir, 0o700); err != nil {
						t.Fatal(err)
					}
				}
				_, err := restore(t, tt.file, dir, tt.idFile, tt.pass, tt.unlock)
				if err == nil {
					t.Fatal("restored")
				}
				if tt.code != "" {
					wantCode(t, err, tt.code, tt.msg)
				}
				_, serr := os.Stat(dir)
				switch names := listDir(t, dir); {
				case len(names) > 0:
					t.Fatalf("the target holds %v after a failed restore", names)
				case pre && serr != nil:
					t.Fatalf("the empty target folder was removed: %v", serr)
				case !pre && serr == nil:
					t.Fatal("the target folder the restore created is left behind")
				}
			}
		})
	}
}

func writeTemp(t *testing.T, b []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "blob")
	if err := os.WriteFile(p, b, 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// A restore never writes into a folder that holds anything, a workspace
// above all; what is there stays untouched.
func TestRestoreNeverOverwrites(t *testing.T) {
	w := newWorkspace(t, 10)
	id, idFile := ageKey(t)
	file := w.backupTo(t, []string{id.Recipient().String()}, "")
	byPass := vault.RestoreUnlock{Method: model.UnlockPassphrase, Secret: wsPass}

	busy := filepath.Join(t.TempDir(), "busy")
	_ = os.Mkdir(busy, 0o700)
	_ = os.WriteFile(filepath.Join(busy, "notes.txt"), []byte("mine"), 0o600)
	afile := filepath.Join(t.TempDir(), "a-file")
	_ = os.WriteFile(afile, []byte("mine"), 0o600)

	for name, dir := range map[string]string{"the source workspace": w.dir, "a folder with a file": busy, "a file": afile} {
		t.Run(name, func(t *testing.T) {
			before := listDir(t, dir)
			_, err := restore(t, file, dir, idFile, "", byPass)
			wantCode(t, err, apperr.CodeConflict, "")
			if after := listDir(t, dir); len(after) != len(before) {
				t.Fatalf("folder changed: %v → %v", before, after)
			}
		})
	}
	if b, _ := os.ReadFile(filepath.Join(busy, "notes.txt")); string(b) != "mine" {
		t.Fatal("a file in the target was changed")
	}
}

// Restoring twice from one backup gives two workspaces; asking for the
// keychain adds a slot that unlocks on this device.
func TestRestoreWithKeychain(t *testing.T) {
	w := newWorkspace(t, 10)
	id, idFile := ageKey(t)
	file := w.backupTo(t, []string{id.Recipient().String()}, "")
	ids, _ := backup.ParseIdentities(idFile, "key.txt")
	kc := w.kc
	dir := filepath.Join(t.TempDir(), "restored")
	_, err := backup.Restore(context.Background(), bytes.NewReader(file), backup.RestoreOptions{Dir: dir, Identities: ids, Keychain: kc,
		Unlock: vault.RestoreUnlock{Method: model.UnlockRecovery, Secret: w.recovery, Keychain: true}})
	if err != nil {
		t.Fatal(err)
	}
	s, err := vault.New(dir, kc).Unlock(model.UnlockKeychain, "")
	if err != nil {
		t.Fatalf("the restored workspace does not unlock with the keychain: %v", err)
	}
	s.Close()

	// a broken keychain: refused, nothing left, no item stored
	kc.Broken = os.ErrPermission
	items := kc.Len()
	dir2 := filepath.Join(t.TempDir(), "restored2")
	_, err = backup.Restore(context.Background(), bytes.NewReader(file), backup.RestoreOptions{Dir: dir2, Identities: ids, Keychain: kc,
		Unlock: vault.RestoreUnlock{Method: model.UnlockPassphrase, Secret: wsPass, Keychain: true}})
	wantCode(t, err, apperr.CodeUnavailable, "keychain")
	kc.Broken = nil
	if names := listDir(t, dir2); names != nil || kc.Len() != items {
		t.Fatalf("left %v, keychain items %d → %d", names, items, kc.Len())
	}
}

// The plain file a recipient gets holds the manifest table; a restore
// drops it, so the restored database is the workspace's own.
func TestRestoreDropsManifest(t *testing.T) {
	w := newWorkspace(t, 5)
	id, idFile := ageKey(t)
	file := w.backupTo(t, []string{id.Recipient().String()}, "")
	dir := filepath.Join(t.TempDir(), "restored")
	if _, err := restore(t, file, dir, idFile, "", vault.RestoreUnlock{Method: model.UnlockPassphrase, Secret: wsPass}); err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(filepath.Join(dir, vault.DBFile))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{marker, "SQLite format 3", "fieldvault_backup"} {
		if bytes.Contains(raw, []byte(s)) {
			t.Fatalf("the restored database file holds plaintext %q", s)
		}
	}
}
