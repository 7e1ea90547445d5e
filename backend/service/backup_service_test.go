package service_test

import (
	"bytes"
	"context"
	"database/sql"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"filippo.io/age"

	"fieldvault/backend/apperr"
	"fieldvault/backend/backup"
	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
	"fieldvault/backend/service"
	"fieldvault/backend/testutil"
	"fieldvault/backend/vault"
)

func init() { backup.ScryptWorkFactor = 10 }

// backupWorld is the matrix workspace with demo records and the admin
// signed in.
type backupWorld struct {
	*matrix
	backups *service.BackupService
	contact string // a unique e-mail of a demo contact: plaintext to look for
}

func newBackupWorld(t *testing.T, contacts int) *backupWorld {
	t.Helper()
	m := newMatrix(t)
	m.signInAs(t, "admin", "admin password 1")
	if err := m.core.GenerateDemo(service.DemoOptions{Contacts: contacts, Companies: contacts / 10, Deals: contacts / 5, Seed: 7}, nil); err != nil {
		t.Fatal(err)
	}
	w := &backupWorld{matrix: m, backups: service.NewBackupService(m.core)}
	err := m.core.StoreForTest().Reader().QueryRow(`SELECT email FROM contacts WHERE email LIKE '%@%' AND email IN
		(SELECT email FROM contacts GROUP BY email HAVING count(*) = 1) LIMIT 1`).Scan(&w.contact)
	if err != nil || len(w.contact) < 8 {
		t.Fatalf("no unique demo e-mail: %q %v", w.contact, err)
	}
	return w
}

func (w *backupWorld) lastEntry(t *testing.T, action string) (outcome, reason string) {
	t.Helper()
	err := w.core.StoreForTest().Reader().QueryRow(`SELECT outcome, reason FROM audit_log WHERE action = ? ORDER BY seq DESC LIMIT 1`,
		action).Scan(&outcome, &reason)
	if err != nil {
		t.Fatalf("no %s entry: %v", action, err)
	}
	return outcome, reason
}

// An administrator backs up to an age key and to a passphrase: the file
// opens with the age library alone as a plain SQLite database holding the
// workspace, the backup is audited (file, sha256, fingerprints — never the
// passphrase), and it restores into a workspace whose log verifies.
func TestBackupServiceFlow(t *testing.T) {
	w := newBackupWorld(t, 2000)
	id, _ := age.GenerateX25519Identity()
	pass, _ := age.NewScryptIdentity("backup passphrase 1")
	st := w.core.StoreForTest()
	var contacts int64
	_ = st.Reader().QueryRow(`SELECT count(*) FROM contacts`).Scan(&contacts)
	tests := []struct {
		name string
		req  service.BackupRequest
		ids  []age.Identity
		want string // in the audit reason
	}{
		{"to an age key", service.BackupRequest{Recipients: []string{id.Recipient().String()}}, []age.Identity{id}, "encrypted to age " + id.Recipient().String()},
		{"to a passphrase", service.BackupRequest{Passphrase: "backup passphrase 1"}, []age.Identity{pass}, "encrypted to passphrase"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.req.Path = filepath.Join(t.TempDir(), "acme.age")
			res, err := w.backups.Backup(tt.req)
			if err != nil {
				t.Fatal(err)
			}
			file, err := os.ReadFile(res.Path)
			if err != nil || int64(len(file)) != res.Bytes || res.Records < contacts || res.AuditSeq == 0 || len(res.Recipients) != 1 {
				t.Fatalf("result %+v, %d bytes, %v", res, len(file), err)
			}
			if bytes.Contains(file, []byte(w.contact)) {
				t.Fatal("the backup holds plaintext")
			}
			// the age library alone, then plain SQLite
			r, err := age.Decrypt(bytes.NewReader(file), tt.ids...)
			if err != nil {
				t.Fatal(err)
			}
			plain := filepath.Join(t.TempDir(), "plain.db")
			f, _ := os.Create(plain)
			if _, err := io.Copy(f, r); err != nil {
				t.Fatal(err)
			}
			f.Close()
			db, err := sql.Open("sqlite", "file:"+plain+"?mode=ro")
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			var ok string
			var n int64
			if err := db.QueryRow(`PRAGMA integrity_check`).Scan(&ok); err != nil || ok != "ok" {
				t.Fatalf("integrity %q %v", ok, err)
			}
			if err := db.QueryRow(`SELECT count(*) FROM contacts`).Scan(&n); err != nil || n != contacts {
				t.Fatalf("contacts %d, want %d (%v)", n, contacts, err)
			}
			outcome, reason := w.lastEntry(t, "workspace.backup")
			if outcome != "success" || !strings.Contains(reason, "acme.age") || !strings.Contains(reason, tt.want) ||
				!strings.Contains(reason, res.SHA256) || strings.Contains(reason, "backup passphrase 1") {
				t.Fatalf("audit %s %q", outcome, reason)
			}
			var leaks int
			_ = st.Reader().QueryRow(`SELECT count(*) FROM audit_log WHERE reason LIKE '%backup passphrase 1%' OR changes LIKE '%backup passphrase 1%'`).Scan(&leaks)
			if leaks != 0 {
				t.Fatal("the passphrase reached the audit log")
			}
			// restore: the chain verifies, rows are all there
			dir := filepath.Join(t.TempDir(), "restored")
			rep, err := backup.Restore(context.Background(), bytes.NewReader(file), backup.RestoreOptions{Dir: dir, Identities: tt.ids,
				Unlock: vault.RestoreUnlock{Method: model.UnlockUser, Username: "admin", Secret: "admin password 1"}, Keychain: testutil.NewFakeKeychain()})
			if err != nil {
				t.Fatal(err)
			}
			if rep.Counts["contacts"] != contacts || rep.AuditLastSeq != res.AuditSeq || rep.CreatedBy != "admin" {
				t.Fatalf("restore %+v", rep)
			}
			leftovers(t, filepath.Dir(res.Path), w.dir)
		})
	}
}

// leftovers fails when a temporary file of a backup remains in dirs.
func leftovers(t *testing.T, dirs ...string) {
	t.Helper()
	for _, d := range dirs {
		entries, _ := os.ReadDir(d)
		for _, e := range entries {
			if strings.HasPrefix(e.Name(), ".fieldvault-backup-") {
				t.Fatalf("%s left in %s", e.Name(), d)
			}
		}
	}
}

// Refusals: every role but the administrator (audited, like every
// refusal), and bad requests; none leaves a file.
func TestBackupServiceRefuses(t *testing.T) {
	w := newBackupWorld(t, 50)
	id, _ := age.GenerateX25519Identity()
	key := id.Recipient().String()
	dir := t.TempDir()
	existing := filepath.Join(dir, "existing.age")
	_ = os.WriteFile(existing, []byte("keep me"), 0o600)

	for _, role := range rbac.DefaultRoles() {
		if role.ID == rbac.RoleAdministrator {
			continue
		}
		t.Run("as "+role.ID, func(t *testing.T) {
			w.signInAs(t, role.ID, "their own password 1")
			before := w.deniedCount(t)
			_, err := w.backups.Backup(service.BackupRequest{Path: filepath.Join(dir, "x.age"), Recipients: []string{key}})
			if !apperr.Is(err, apperr.CodeForbidden) || w.deniedCount(t) != before+1 {
				t.Fatalf("got %v; denied entries %d → %d", err, before, w.deniedCount(t))
			}
			if outcome, _ := w.lastEntry(t, "workspace.backup"); outcome != "denied" {
				t.Fatalf("the refusal is audited as %s", outcome)
			}
			if _, err := w.backups.CheckRecipients([]string{key}); !apperr.Is(err, apperr.CodeForbidden) {
				t.Fatalf("CheckRecipients: %v", err)
			}
			if err := w.backups.Cancel(service.JobBackup); !apperr.Is(err, apperr.CodeForbidden) {
				t.Fatalf("Cancel: %v", err)
			}
		})
	}
	w.signInAs(t, "admin", "admin password 1")
	tests := []struct {
		name  string
		req   service.BackupRequest
		code  apperr.Code
		field string
	}{
		{"existing file", service.BackupRequest{Path: existing, Recipients: []string{key}}, apperr.CodeInvalid, "path"},
		{"relative path", service.BackupRequest{Path: "x.age", Recipients: []string{key}}, apperr.CodeInvalid, "path"},
		{"no such folder", service.BackupRequest{Path: filepath.Join(dir, "nope", "x.age"), Recipients: []string{key}}, apperr.CodeInvalid, "path"},
		{"a folder", service.BackupRequest{Path: dir, Recipients: []string{key}}, apperr.CodeInvalid, "path"},
		{"no recipient", service.BackupRequest{Path: filepath.Join(dir, "x.age")}, apperr.CodeInvalid, "recipients"},
		{"passphrase and keys", service.BackupRequest{Path: filepath.Join(dir, "x.age"), Recipients: []string{key}, Passphrase: "backup passphrase 1"},
			apperr.CodeInvalid, "passphrase"},
		{"a secret key", service.BackupRequest{Path: filepath.Join(dir, "x.age"), Recipients: []string{id.String()}}, apperr.CodeInvalid, "recipients"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := w.backups.Backup(tt.req)
			var ae *apperr.Error
			if !apperr.Is(err, tt.code) || !asAppErr(err, &ae) || ae.Fields[tt.field] == "" {
				t.Fatalf("got %v, want %s naming %s", err, tt.code, tt.field)
			}
			if strings.Contains(err.Error(), id.String()) {
				t.Fatal("the error echoes a secret key")
			}
		})
	}
	if b, _ := os.ReadFile(existing); string(b) != "keep me" {
		t.Fatal("an existing file was changed")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Fatalf("files left: %v", entries)
	}
	got, err := w.backups.CheckRecipients([]string{key, " "})
	if err != nil || len(got) != 1 || got[0].Type != "age" || got[0].Fingerprint != key {
		t.Fatalf("CheckRecipients %+v %v", got, err)
	}
	if err := w.backups.Cancel(service.JobBackup); !apperr.Is(err, apperr.CodeNotFound) {
		t.Fatalf("Cancel with nothing running: %v", err)
	}
}

// progressHook is an emitter that runs fn on every progress event of the
// backup job (in the job's goroutine, outside the core's lock).
type progressHook struct {
	mu sync.Mutex
	fn func(model.Progress)
}

func (h *progressHook) Emit(name string, data ...any) {
	if name != service.EventJobProgress || len(data) == 0 {
		return
	}
	if p, ok := data[0].(model.Progress); ok && p.Job == service.JobBackup {
		h.mu.Lock()
		defer h.mu.Unlock()
		h.fn(p)
	}
}

// While a backup runs, no file in the workspace folder or the target
// folder holds plaintext; a Cancel mid-way ends it with "Cancelled.",
// audited as failed, and leaves no output and no temporary file.
func TestBackupServiceCancelAndNoPlaintext(t *testing.T) {
	w := newBackupWorld(t, 6000)
	id, _ := age.GenerateX25519Identity()
	out := t.TempDir()
	scan := func(when string) {
		for _, d := range []string{w.dir, out} {
			_ = filepath.WalkDir(d, func(p string, e os.DirEntry, err error) error {
				if err != nil || e.IsDir() {
					return nil
				}
				b, _ := os.ReadFile(p)
				if bytes.Contains(b, []byte(w.contact)) || bytes.Contains(b, []byte("SQLite format 3")) {
					t.Errorf("%s: %s holds plaintext", when, p)
				}
				return nil
			})
		}
	}
	events := 0
	hook := &progressHook{fn: func(p model.Progress) { events++; scan("during the backup") }}
	w.core.SetEmitter(hook)
	res, err := w.backups.Backup(service.BackupRequest{Path: filepath.Join(out, "full.age"), Recipients: []string{id.Recipient().String()}})
	if err != nil || events < 2 {
		t.Fatalf("%v after %d progress events", err, events)
	}
	scan("after the backup")
	if _, err := os.Stat(res.Path); err != nil {
		t.Fatal(err)
	}

	cancelled := false
	hook.fn = func(p model.Progress) {
		if !cancelled && p.Done < p.Total {
			cancelled = true
			if err := w.backups.Cancel(service.JobBackup); err != nil {
				t.Errorf("Cancel: %v", err)
			}
		}
	}
	path := filepath.Join(out, "cancelled.age")
	_, err = w.backups.Backup(service.BackupRequest{Path: path, Recipients: []string{id.Recipient().String()}})
	if !cancelled || !apperr.Is(err, apperr.CodeConflict) || !strings.Contains(err.Error(), "Cancelled.") {
		t.Fatalf("got %v (cancel sent: %v)", err, cancelled)
	}
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Fatal("a cancelled backup left its file")
	}
	leftovers(t, out, w.dir)
	if outcome, reason := w.lastEntry(t, "workspace.backup"); outcome != "failed" || !strings.Contains(reason, "Cancelled.") {
		t.Fatalf("the cancelled backup is audited as %s %q", outcome, reason)
	}
}

// Two backups at once: the second is refused while the first runs.
func TestBackupServiceOneAtATime(t *testing.T) {
	w := newBackupWorld(t, 3000)
	id, _ := age.GenerateX25519Identity()
	out := t.TempDir()
	var second error
	tried := false
	w.core.SetEmitter(&progressHook{fn: func(p model.Progress) {
		if !tried {
			tried = true
			_, second = w.backups.Backup(service.BackupRequest{Path: filepath.Join(out, "b.age"), Recipients: []string{id.Recipient().String()}})
		}
	}})
	if _, err := w.backups.Backup(service.BackupRequest{Path: filepath.Join(out, "a.age"), Recipients: []string{id.Recipient().String()}}); err != nil {
		t.Fatal(err)
	}
	if !tried || !apperr.Is(second, apperr.CodeConflict) {
		t.Fatalf("second backup: %v", second)
	}
}

// Locking the workspace while the snapshot is copied stops the backup
// (CodeLocked) instead of closing the store under it; nothing is left.
func TestBackupServiceLockedMidway(t *testing.T) {
	w := newBackupWorld(t, 6000)
	id, _ := age.GenerateX25519Identity()
	out := t.TempDir()
	var locked sync.WaitGroup
	once := sync.Once{}
	w.core.SetEmitter(&progressHook{fn: func(p model.Progress) {
		once.Do(func() {
			locked.Add(1)
			go func() { // Lock waits for the pinned copy: never from the job's own goroutine
				defer locked.Done()
				_ = w.ws.Lock()
			}()
		})
	}})
	path := filepath.Join(out, "locked.age")
	_, err := w.backups.Backup(service.BackupRequest{Path: path, Recipients: []string{id.Recipient().String()}})
	locked.Wait()
	if !apperr.Is(err, apperr.CodeLocked) {
		t.Fatalf("got %v", err)
	}
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Fatal("a stopped backup left its file")
	}
	leftovers(t, out, w.dir)
}

// The three bound methods as the permission matrix sees them: allowed for
// administrators only, every refusal audited once, nothing for the signed
// out. The calls get past the check without doing anything.
func TestBackupServicePermissions(t *testing.T) {
	w := newBackupWorld(t, 10)
	calls := map[string]func() error{
		"Backup":          func() error { _, err := w.backups.Backup(service.BackupRequest{}); return err },
		"CheckRecipients": func() error { _, err := w.backups.CheckRecipients(nil); return err },
		"Cancel":          func() error { return w.backups.Cancel(service.JobBackup) },
	}
	for _, role := range rbac.DefaultRoles() {
		user, password := role.ID, "their own password 1"
		if role.ID == rbac.RoleAdministrator {
			user, password = "admin", "admin password 1"
		}
		w.signInAs(t, user, password)
		for name, call := range calls {
			before := w.deniedCount(t)
			err := call()
			forbidden := apperr.Is(err, apperr.CodeForbidden)
			if forbidden == rbac.IsAdministrator(role.Grants) || err == nil {
				t.Errorf("%s as %s: %v", name, role.ID, err)
			}
			if after := w.deniedCount(t); forbidden && after != before+1 {
				t.Errorf("%s as %s: %d audit entries for one refusal", name, role.ID, after-before)
			}
		}
	}
	_ = w.sessions.SignOut()
	for name, call := range calls {
		if err := call(); !apperr.Is(err, apperr.CodeUnauthenticated) {
			t.Errorf("%s signed out: %v", name, err)
		}
	}
}

// The sealed copy a crashed backup left in the workspace folder (a day old:
// its key died with the process) is removed when the workspace is next
// unlocked; a fresh one, which a running backup may be using, is kept.
func TestUnlockSweepsCrashedBackupCopies(t *testing.T) {
	m := newMatrix(t)
	now := m.clock.Now()
	stamp := func(name string, at time.Time) string {
		p := filepath.Join(m.dir, name)
		if err := os.WriteFile(p, []byte("sealed pages"), 0o600); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(p, at, at); err != nil {
			t.Fatal(err)
		}
		return p
	}
	crashed := stamp(".fieldvault-backup-1.db", now.Add(-48*time.Hour))
	journal := stamp(".fieldvault-backup-1.db-journal", now.Add(-48*time.Hour))
	running := stamp(".fieldvault-backup-2.db", now.Add(-time.Hour))
	if err := m.ws.Lock(); err != nil {
		t.Fatal(err)
	}
	if _, err := m.ws.UnlockPassphrase(pass); err != nil {
		t.Fatal(err)
	}
	m.core.TickSchedulerForTest() // the scheduler sweeps before its first pass
	for p, kept := range map[string]bool{crashed: false, journal: false, running: true} {
		if _, err := os.Stat(p); (err == nil) != kept {
			t.Errorf("%s: kept = %v, want %v", filepath.Base(p), err == nil, kept)
		}
	}
}
