package backup_test

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/rsa"
	"database/sql"
	"encoding/pem"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"filippo.io/age"
	"golang.org/x/crypto/ssh"

	"fieldvault/backend/apperr"
	"fieldvault/backend/audit"
	"fieldvault/backend/backup"
	"fieldvault/backend/crypto"
	"fieldvault/backend/model"
	"fieldvault/backend/schema"
	"fieldvault/backend/store"
	"fieldvault/backend/testutil"
	"fieldvault/backend/vault"

	_ "modernc.org/sqlite"
)

func TestMain(m *testing.M) {
	crypto.DefaultArgon2 = crypto.Argon2Params{Time: 1, MemKiB: 8 * 1024, Threads: 1}
	backup.ScryptWorkFactor = 10 // age's default costs ~1 s and 256 MiB a file
	os.Exit(m.Run())
}

const (
	wsPass    = "workspace passphrase 1"
	adminPass = "admin password 1"
	// marker is a contact's unique e-mail: plaintext that must never reach
	// the disk, except in the decrypted backup.
	marker = "zoe.marker-4b1d@backup.example"
)

var epoch = time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)

// workspace is a real encrypted workspace, unlocked and open.
type workspace struct {
	dir      string
	v        *vault.Vault
	s        *vault.Session
	st       *store.Store
	kc       *testutil.FakeKeychain
	clock    *testutil.Clock
	recovery string
}

// newWorkspace creates a workspace with n contacts (one of them the
// marker) and an audit entry per batch of them.
func newWorkspace(t testing.TB, n int) *workspace {
	t.Helper()
	w := &workspace{dir: filepath.Join(t.TempDir(), "ws"), kc: testutil.NewFakeKeychain(), clock: testutil.NewClock(epoch)}
	w.v = vault.New(w.dir, w.kc)
	w.v.Now = w.clock.Now
	w.v.Device = audit.Device{DeviceID: "dev1", Hostname: "laptop", OSUser: "ana", AppVersion: "test"}
	s, rec, err := w.v.Create(context.Background(), model.CreateWorkspaceRequest{Name: "Acme Backup", Unlock: model.UnlockPassphrase,
		Passphrase: wsPass, AdminUsername: "admin", AdminPassword: adminPass})
	if err != nil {
		t.Fatal(err)
	}
	w.s, w.st, w.recovery = s, s.Store(), rec
	t.Cleanup(func() { _ = w.s.Close() })
	w.addContacts(t, n, true)
	return w
}

// addContacts inserts n contacts in batches, each batch with one audit
// entry in its transaction (as the demo generator does).
func (w *workspace) addContacts(t testing.TB, n int, withMarker bool) {
	t.Helper()
	if err := w.insertContacts(n, withMarker); err != nil {
		t.Fatal(err)
	}
}

// insertContacts is addContacts for any goroutine.
func (w *workspace) insertContacts(n int, withMarker bool) error {
	ctx := context.Background()
	e, _ := schema.Get("contacts")
	admin, err := store.GetUserByName(ctx, w.st.Reader(), "admin")
	if err != nil {
		return err
	}
	size := 50 // a few audit entries even in small workspaces
	if n > 5000 {
		size = 2000
	}
	for done := 0; done < n; {
		batch := min(n-done, size)
		err := w.st.Write(ctx, func(tx *store.Tx) error {
			ins, err := store.NewInserter(ctx, tx, e)
			if err != nil {
				return err
			}
			defer ins.Close()
			for i := 0; i < batch; i++ {
				k := done + i
				email := fmt.Sprintf("person%d.%d@example.test", k, time.Now().UnixNano()%1000)
				if withMarker && k == 0 {
					email = marker
				}
				vals, err := e.Normalize(map[string]any{"firstName": fmt.Sprintf("First%d", k), "lastName": fmt.Sprintf("Last%d", k),
					"email": email, "title": "Buyer", "region": "North"}, nil, true)
				if err != nil {
					return err
				}
				now := store.FormatTime(w.clock.Now())
				if err := ins.Insert(ctx, model.RecordItem{ID: store.NewID(), Entity: "contacts", Values: vals, OwnerID: admin.ID,
					CreatedAt: now, CreatedBy: admin.ID, UpdatedAt: now, UpdatedBy: admin.ID}); err != nil {
					return err
				}
			}
			return store.AppendAudit(ctx, tx, &audit.Entry{Actor: audit.Actor{UserID: admin.ID, Username: "admin", Role: "Administrator"},
				Category: audit.CatData, Action: "demo.generate", ObjectType: "contacts", Rows: int64(batch), Outcome: audit.OutcomeSuccess})
		})
		if err != nil {
			return err
		}
		done += batch
	}
	return nil
}

// options are backup.Create's options for this workspace.
func (w *workspace) options(t testing.TB, rs []age.Recipient) backup.Options {
	t.Helper()
	kf, err := w.s.BackupKeyFile()
	if err != nil {
		t.Fatal(err)
	}
	return backup.Options{Dir: w.dir, Cipher: w.st.Cipher(), Recipients: rs, CreatedBy: "admin", AppVersion: "test",
		Now: w.clock.Now(), KeyFile: kf, MAC: w.s.BackupMAC}
}

// backupTo makes a backup to keys (or passphrase) and returns the age file.
func (w *workspace) backupTo(t testing.TB, keys []string, passphrase string) []byte {
	t.Helper()
	rs, _, err := backup.ParseRecipients(keys, passphrase)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if _, err := backup.Create(context.Background(), &out, w.st.Reader(), w.options(t, rs)); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// count returns count(*) of table in db.
func count(t testing.TB, db interface {
	QueryRow(string, ...any) *sql.Row
}, table string) int64 {
	t.Helper()
	var n int64
	if err := db.QueryRow(`SELECT count(*) FROM ` + table).Scan(&n); err != nil {
		t.Fatalf("count %s: %v", table, err)
	}
	return n
}

// ageKey is an X25519 identity with its identity-file text.
func ageKey(t testing.TB) (*age.X25519Identity, []byte) {
	t.Helper()
	id, err := age.GenerateX25519Identity()
	if err != nil {
		t.Fatal(err)
	}
	return id, []byte("# created: test\n" + id.String() + "\n")
}

// sshKey returns an OpenSSH public key line and the unencrypted private
// key file of a new ssh-ed25519 or ssh-rsa (2048-bit) key; with
// passphrase, the private key is encrypted.
func sshKey(t testing.TB, kind, passphrase string) (string, []byte) {
	t.Helper()
	var priv any
	var pub ssh.PublicKey
	var err error
	switch kind {
	case "ssh-ed25519":
		var p ed25519.PublicKey
		p, priv, err = ed25519.GenerateKey(rand.Reader)
		if err == nil {
			pub, err = ssh.NewPublicKey(p)
		}
	case "ssh-rsa":
		var k *rsa.PrivateKey
		k, err = rsa.GenerateKey(rand.Reader, 2048)
		priv = k
		if err == nil {
			pub, err = ssh.NewPublicKey(&k.PublicKey)
		}
	}
	if err != nil {
		t.Fatal(err)
	}
	var block *pem.Block
	if passphrase == "" {
		block, err = ssh.MarshalPrivateKey(priv, "tester@laptop")
	} else {
		block, err = ssh.MarshalPrivateKeyWithPassphrase(priv, "tester@laptop", []byte(passphrase))
	}
	if err != nil {
		t.Fatal(err)
	}
	return strings.TrimSpace(string(ssh.MarshalAuthorizedKey(pub))) + " tester@laptop", pem.EncodeToMemory(block)
}

// decryptPlain opens an age file with the age library alone and writes
// the plaintext to a file; it returns its path.
func decryptPlain(t testing.TB, file []byte, ids ...age.Identity) string {
	t.Helper()
	r, err := age.Decrypt(bytes.NewReader(file), ids...)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "plain.db")
	f, err := os.OpenFile(path, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(f, r); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

// reencrypt encrypts plain (a file) to rs with the age library: a valid
// backup file around whatever plain holds.
func reencrypt(t testing.TB, plain string, rs ...age.Recipient) []byte {
	t.Helper()
	b, err := os.ReadFile(plain)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	w, err := age.Encrypt(&out, rs...)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Write(b); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// editPlain runs statements on a decrypted backup with plain SQLite, as
// an attacker would: the triggers that keep the audit log append-only are
// dropped first and put back afterwards.
func editPlain(t testing.TB, path string, stmts ...string) {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=journal_mode(delete)")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	var triggers []string
	rows, err := db.Query(`SELECT name, sql FROM sqlite_schema WHERE type = 'trigger'`)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for rows.Next() {
		var name, sql string
		if err := rows.Scan(&name, &sql); err != nil {
			t.Fatal(err)
		}
		names, triggers = append(names, name), append(triggers, sql)
	}
	rows.Close()
	for _, n := range names {
		stmts = append([]string{`DROP TRIGGER "` + n + `"`}, stmts...)
	}
	for _, s := range append(stmts, triggers...) {
		res, err := db.Exec(s)
		if err != nil {
			t.Fatalf("%s: %v", s, err)
		}
		if n, _ := res.RowsAffected(); n == 0 && (strings.HasPrefix(s, "UPDATE") || strings.HasPrefix(s, "DELETE")) {
			t.Fatalf("%s changed nothing", s)
		}
	}
}

// listDir returns the names in dir (nil when it does not exist).
func listDir(t testing.TB, dir string) []string {
	t.Helper()
	if st, err := os.Stat(dir); err == nil && !st.IsDir() {
		return []string{"(a file)"}
	}
	entries, err := os.ReadDir(dir)
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		out = append(out, e.Name())
	}
	return out
}

// wantCode fails unless err carries code.
func wantCode(t testing.TB, err error, code apperr.Code, msgPart string) {
	t.Helper()
	if !apperr.Is(err, code) {
		t.Fatalf("got %v, want %s", err, code)
	}
	if msgPart != "" && !strings.Contains(err.Error(), msgPart) {
		t.Fatalf("got %q, want it to mention %q", err, msgPart)
	}
}
