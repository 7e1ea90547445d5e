package backup_test

import (
	"bytes"
	"context"
	"database/sql"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"filippo.io/age"

	"fieldvault/backend/backup"
	"fieldvault/backend/model"
	"fieldvault/backend/testutil"
	"fieldvault/backend/vault"
)

// restore restores file into dir with the identity file text idFile (or
// the passphrase) and unlock.
func restore(t testing.TB, file []byte, dir string, idFile []byte, passphrase string, u vault.RestoreUnlock) (backup.Report, error) {
	t.Helper()
	var ids []age.Identity
	if idFile != nil {
		var err error
		if ids, err = backup.ParseIdentities(idFile, "key.txt"); err != nil {
			t.Fatal(err)
		}
	}
	if passphrase != "" {
		id, err := backup.PassphraseIdentity(passphrase)
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
	}
	return backup.Restore(context.Background(), bytes.NewReader(file), backup.RestoreOptions{Dir: dir, Identities: ids, Unlock: u,
		Keychain: testutil.NewFakeKeychain(), Now: func() time.Time { return epoch.Add(time.Hour) }})
}

// Each kind of recipient: the file opens with the age library alone and
// holds a plain SQLite database any SQLite reads (the independent proof);
// the app restores it into a new folder, with each kind of workspace
// secret, and the restored workspace opens, verifies and holds the rows.
func TestBackupRoundTrip(t *testing.T) {
	w := newWorkspace(t, 500)
	srcContacts, srcAudit := count(t, w.st.Reader(), "contacts"), count(t, w.st.Reader(), "audit_log")
	xid, xfile := ageKey(t)
	other, _ := ageKey(t)
	edPub, edPriv := sshKey(t, "ssh-ed25519", "")
	rsaPub, rsaPriv := sshKey(t, "ssh-rsa", "")
	edID, err := backup.ParseIdentities(edPriv, "id_ed25519")
	if err != nil {
		t.Fatal(err)
	}
	rsaID, err := backup.ParseIdentities(rsaPriv, "id_rsa")
	if err != nil {
		t.Fatal(err)
	}
	pass, _ := age.NewScryptIdentity("backup passphrase 1")
	tests := []struct {
		name       string
		keys       []string
		passphrase string
		ids        []age.Identity // for the library's own decrypt
		idFile     []byte         // for the app's restore
		unlock     vault.RestoreUnlock
	}{
		{"age x25519, workspace passphrase", []string{xid.Recipient().String()}, "", []age.Identity{xid}, xfile,
			vault.RestoreUnlock{Method: model.UnlockPassphrase, Secret: wsPass}},
		{"ssh-ed25519, recovery key", []string{edPub}, "", edID, edPriv,
			vault.RestoreUnlock{Method: model.UnlockRecovery, Secret: w.recovery}},
		{"ssh-rsa, user sign-in", []string{rsaPub}, "", rsaID, rsaPriv,
			vault.RestoreUnlock{Method: model.UnlockUser, Username: "admin", Secret: adminPass}},
		{"two recipients, the second opens", []string{other.Recipient().String(), edPub}, "", edID, edPriv,
			vault.RestoreUnlock{Method: model.UnlockPassphrase, Secret: wsPass}},
		{"age passphrase", nil, "backup passphrase 1", []age.Identity{pass}, nil,
			vault.RestoreUnlock{Method: model.UnlockPassphrase, Secret: wsPass}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			file := w.backupTo(t, tt.keys, tt.passphrase)
			if bytes.Contains(file, []byte(marker)) || !bytes.HasPrefix(file, []byte("age-encryption.org/v1\n")) {
				t.Fatal("the backup is not an age file, or holds plaintext")
			}

			// The independent proof: the age library, then plain SQLite.
			plain := decryptPlain(t, file, tt.ids...)
			db, err := sql.Open("sqlite", "file:"+plain+"?mode=ro")
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			var ok, mode, by string
			if err := db.QueryRow(`PRAGMA integrity_check`).Scan(&ok); err != nil || ok != "ok" {
				t.Fatalf("integrity_check: %q %v", ok, err)
			}
			if err := db.QueryRow(`PRAGMA journal_mode`).Scan(&mode); err != nil || mode != "delete" {
				t.Fatalf("journal mode %q %v", mode, err)
			}
			if got := count(t, db, "contacts"); got != srcContacts {
				t.Fatalf("contacts: %d, want %d", got, srcContacts)
			}
			if got := count(t, db, "audit_log"); got != srcAudit {
				t.Fatalf("audit entries: %d, want %d", got, srcAudit)
			}
			var n int
			if err := db.QueryRow(`SELECT count(*) FROM contacts WHERE email = ?`, marker).Scan(&n); err != nil || n != 1 {
				t.Fatalf("marker contact: %d %v", n, err)
			}
			if err := db.QueryRow(`SELECT value FROM fieldvault_backup WHERE key = 'created_by'`).Scan(&by); err != nil || by != "admin" {
				t.Fatalf("manifest created_by %q %v", by, err)
			}
			var kf string
			if err := db.QueryRow(`SELECT value FROM fieldvault_backup WHERE key = 'key_file'`).Scan(&kf); err != nil ||
				strings.Contains(kf, `"keychain"`) || !strings.Contains(kf, `"recovery"`) {
				t.Fatalf("carried key file: %v", err)
			}
			db.Close()
			sqlite3Check(t, plain, srcContacts)

			if tt.idFile == nil && tt.passphrase == "" {
				return
			}
			dir := filepath.Join(t.TempDir(), "restored")
			rep, err := restore(t, file, dir, tt.idFile, tt.passphrase, tt.unlock)
			if err != nil {
				t.Fatal(err)
			}
			if rep.Counts["contacts"] != srcContacts || rep.Counts["audit_log"] != srcAudit || rep.AuditEntries != srcAudit ||
				rep.CreatedBy != "admin" || rep.WorkspaceName != "Acme Backup" || rep.Integrity != "ok" || rep.Dir != dir {
				t.Fatalf("report %+v", rep)
			}
			checkRestoredWorkspace(t, dir, srcContacts, srcAudit+1)
		})
	}
}

// checkRestoredWorkspace opens the restored workspace with its passphrase
// and checks rows, the log (the restore appended its entry) and that no
// stray file is left.
func checkRestoredWorkspace(t *testing.T, dir string, contacts, auditEntries int64) {
	t.Helper()
	names := listDir(t, dir)
	for _, n := range names {
		if n != vault.DBFile && n != vault.KeyFile {
			t.Fatalf("restored folder holds %s (all: %v)", n, names)
		}
	}
	v := vault.New(dir, testutil.NewFakeKeychain())
	s, err := v.Unlock(model.UnlockPassphrase, wsPass)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	if err := s.Open(ctx); err != nil {
		t.Fatal(err)
	}
	st := s.Store()
	if got := count(t, st.Reader(), "contacts"); got != contacts {
		t.Fatalf("restored contacts %d, want %d", got, contacts)
	}
	rep, err := st.VerifyAudit(ctx, nil)
	if err != nil || rep.Problem != nil || rep.Entries != auditEntries {
		t.Fatalf("restored log: %+v %v", rep, err)
	}
	var action, reason string
	if err := st.Reader().QueryRow(`SELECT action, reason FROM audit_log ORDER BY seq DESC LIMIT 1`).Scan(&action, &reason); err != nil ||
		action != backup.ActionRestore || !strings.Contains(reason, "made 2026-03-02T09:00:00.000Z by admin") {
		t.Fatalf("last entry %q %q %v", action, reason, err)
	}
	var tables int
	if err := st.Reader().QueryRow(`SELECT count(*) FROM sqlite_schema WHERE name = ?`, backup.Table).Scan(&tables); err != nil || tables != 0 {
		t.Fatalf("the manifest table survived the restore: %d %v", tables, err)
	}
	if s.Methods()[0] == model.UnlockKeychain {
		t.Fatal("the restored key file has a keychain slot nobody asked for")
	}
}

// sqlite3Check opens the plain file with the sqlite3 tool when installed.
func sqlite3Check(t *testing.T, plain string, contacts int64) {
	t.Helper()
	bin, err := exec.LookPath("sqlite3")
	if err != nil {
		t.Log("sqlite3 not installed: skipping the check with it")
		return
	}
	out, err := exec.Command(bin, "-readonly", plain, "PRAGMA integrity_check; SELECT count(*) FROM contacts;").CombinedOutput()
	if err != nil || strings.TrimSpace(string(out)) != "ok\n"+itoa(contacts) {
		t.Fatalf("sqlite3: %q %v", out, err)
	}
}

// The age command line tool, when installed, decrypts a backup with an
// age key or an SSH private key to the same bytes as the library, and
// sqlite3 (when installed) opens what it wrote.
func TestBackupAgeToolDecrypts(t *testing.T) {
	bin, err := exec.LookPath("age")
	if err != nil {
		t.Skip("age not installed")
	}
	w := newWorkspace(t, 50)
	xid, xfile := ageKey(t)
	edPub, edPriv := sshKey(t, "ssh-ed25519", "")
	rsaPub, rsaPriv := sshKey(t, "ssh-rsa", "")
	for _, tt := range []struct {
		name   string
		key    string
		idFile []byte
	}{{"age", xid.Recipient().String(), xfile}, {"ssh-ed25519", edPub, edPriv}, {"ssh-rsa", rsaPub, rsaPriv}} {
		t.Run(tt.name, func(t *testing.T) {
			file := w.backupTo(t, []string{tt.key}, "")
			dir := t.TempDir()
			in, keys, out := filepath.Join(dir, "b.age"), filepath.Join(dir, "key"), filepath.Join(dir, "plain.db")
			_ = os.WriteFile(in, file, 0o600)
			_ = os.WriteFile(keys, tt.idFile, 0o600)
			if msg, err := exec.Command(bin, "-d", "-i", keys, "-o", out, in).CombinedOutput(); err != nil {
				t.Fatalf("age -d: %v %s", err, msg)
			}
			ids, _ := backup.ParseIdentities(tt.idFile, "key")
			lib, _ := os.ReadFile(decryptPlain(t, file, ids...))
			if got, _ := os.ReadFile(out); !bytes.Equal(got, lib) {
				t.Fatal("age -d and the library disagree")
			}
			sqlite3Check(t, out, count(t, w.st.Reader(), "contacts"))
		})
	}
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }
