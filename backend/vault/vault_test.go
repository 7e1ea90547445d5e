package vault_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fieldvault/backend/apperr"
	"fieldvault/backend/crypto"
	"fieldvault/backend/model"
	"fieldvault/backend/store"
	"fieldvault/backend/testutil"
	"fieldvault/backend/vault"
)

const pass = "correct horse battery staple"

func TestMain(m *testing.M) {
	crypto.DefaultArgon2 = crypto.Argon2Params{Time: 1, MemKiB: 8 * 1024, Threads: 1}
	os.Exit(m.Run())
}

func newVault(t *testing.T, kc crypto.Keychain) *vault.Vault {
	t.Helper()
	return vault.New(filepath.Join(t.TempDir(), "ws"), kc)
}

func create(t *testing.T, v *vault.Vault, unlock string) string {
	t.Helper()
	s, rec, err := v.Create(context.Background(), model.CreateWorkspaceRequest{AdminUsername: "admin", AdminPassword: "admin password 1", Name: "Acme Field Sales", Unlock: unlock, Passphrase: pass})
	if err != nil {
		t.Fatalf("create: %v", err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return rec
}

func wantCode(t *testing.T, err error, code apperr.Code, contains string) {
	t.Helper()
	if !apperr.Is(err, code) {
		t.Fatalf("got %v, want code %s", err, code)
	}
	if contains != "" && !strings.Contains(err.Error(), contains) {
		t.Fatalf("error %q does not mention %q", err, contains)
	}
}

func TestUnlockMethods(t *testing.T) {
	kc := testutil.NewFakeKeychain()
	v := newVault(t, kc)
	rec := create(t, v, model.UnlockKeychain)
	tests := []struct {
		name, method, secret string
		code                 apperr.Code
	}{
		{"keychain", model.UnlockKeychain, "", ""},
		{"passphrase", model.UnlockPassphrase, pass, ""},
		{"recovery", model.UnlockRecovery, rec, ""},
		{"wrong passphrase", model.UnlockPassphrase, pass + "x", apperr.CodeUnauthenticated},
		{"empty passphrase", model.UnlockPassphrase, "", apperr.CodeUnauthenticated},
		{"recovery typo", model.UnlockRecovery, typo(rec), apperr.CodeInvalid},
		{"unknown method", "telepathy", "", apperr.CodeInvalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := v.Unlock(tt.method, tt.secret)
			if tt.code != "" {
				wantCode(t, err, tt.code, "")
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if err := s.Open(context.Background()); err != nil {
				t.Fatal(err)
			}
			var st model.WorkspaceStatus
			if err := s.Describe(context.Background(), &st); err != nil || st.Name != "Acme Field Sales" || st.UnlockedBy != tt.method {
				t.Fatalf("describe: %+v %v", st, err)
			}
		})
	}
}

func TestKeychainFailureFallsBackToPassphrase(t *testing.T) {
	tests := []struct {
		name   string
		break_ func(*testutil.FakeKeychain)
	}{
		{"no secret service", func(k *testutil.FakeKeychain) { k.Broken = testutil.ErrNoDBus }},
		{"keychain never answers", func(k *testutil.FakeKeychain) { k.Hang = 3 * time.Second }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fake := testutil.NewFakeKeychain()
			v := newVault(t, crypto.WithTimeout(fake, 200*time.Millisecond))
			create(t, v, model.UnlockKeychain)
			tt.break_(fake)
			start := time.Now()
			_, err := v.Unlock(model.UnlockKeychain, "")
			wantCode(t, err, apperr.CodeUnavailable, "passphrase")
			if time.Since(start) > 2*time.Second {
				t.Fatal("keychain failure was not bounded by the timeout")
			}
			s, err := v.Unlock(model.UnlockPassphrase, pass)
			if err != nil {
				t.Fatalf("fallback: %v", err)
			}
			s.Close()
		})
	}
}

func TestCreateWithBrokenKeychainLeavesNothing(t *testing.T) {
	fake := testutil.NewFakeKeychain()
	fake.Broken = testutil.ErrNoDBus
	v := newVault(t, fake)
	_, _, err := v.Create(context.Background(), model.CreateWorkspaceRequest{AdminUsername: "admin", AdminPassword: "admin password 1", Name: "A", Unlock: model.UnlockKeychain})
	wantCode(t, err, apperr.CodeUnavailable, "passphrase instead")
	if ok, _ := v.Exists(); ok {
		t.Fatal("a half-created workspace was left behind")
	}
	entries, _ := os.ReadDir(v.Dir)
	if len(entries) != 0 {
		t.Fatalf("files left: %v", entries)
	}
}

func TestCreateRefusesExisting(t *testing.T) {
	v := newVault(t, testutil.NewFakeKeychain())
	create(t, v, model.UnlockPassphrase)
	_, _, err := v.Create(context.Background(), model.CreateWorkspaceRequest{AdminUsername: "admin", AdminPassword: "admin password 1", Name: "B", Unlock: model.UnlockPassphrase, Passphrase: pass})
	wantCode(t, err, apperr.CodeConflict, "")
	// a database without its key file is never overwritten
	if err := os.Remove(v.KeyPath()); err != nil {
		t.Fatal(err)
	}
	_, _, err = v.Create(context.Background(), model.CreateWorkspaceRequest{AdminUsername: "admin", AdminPassword: "admin password 1", Name: "B", Unlock: model.UnlockPassphrase, Passphrase: pass})
	wantCode(t, err, apperr.CodeCorrupt, "key file")
}

func sum(t *testing.T, path string) [32]byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(b)
}

func TestRewrapLeavesDatabaseByteIdentical(t *testing.T) {
	kc := testutil.NewFakeKeychain()
	v := newVault(t, kc)
	rec := create(t, v, model.UnlockKeychain)
	const newPass = "a completely different passphrase"
	steps := []struct {
		name string
		do   func(*vault.Session) error
	}{
		{"change passphrase", func(s *vault.Session) error { return s.ChangePassphrase(pass, newPass) }},
		{"rotate keychain key", func(s *vault.Session) error { return s.RotateKeychainKey() }},
		{"forget on this device", func(s *vault.Session) error { return s.SetKeychain(false) }},
		{"remember on this device", func(s *vault.Session) error { return s.SetKeychain(true) }},
	}
	for _, step := range steps {
		t.Run(step.name, func(t *testing.T) {
			dbBefore, keysBefore := sum(t, v.DBPath()), sum(t, v.KeyPath())
			s, err := v.Unlock(model.UnlockRecovery, rec)
			if err != nil {
				t.Fatal(err)
			}
			if err := step.do(s); err != nil {
				t.Fatal(err)
			}
			s.Close()
			if sum(t, v.DBPath()) != dbBefore {
				t.Fatal("the database file changed")
			}
			if sum(t, v.KeyPath()) == keysBefore {
				t.Fatal("the key file did not change")
			}
		})
	}
	if _, err := v.Unlock(model.UnlockPassphrase, pass); !apperr.Is(err, apperr.CodeUnauthenticated) {
		t.Fatalf("old passphrase still opens: %v", err)
	}
	s, err := v.Unlock(model.UnlockPassphrase, newPass)
	if err != nil {
		t.Fatalf("new passphrase: %v", err)
	}
	defer s.Close()
	if kc.Len() != 1 {
		t.Fatalf("keychain holds %d items, want 1 (old ones deleted)", kc.Len())
	}
}

func TestRewrapRules(t *testing.T) {
	v := newVault(t, testutil.NewFakeKeychain())
	s, _, err := v.Create(context.Background(), model.CreateWorkspaceRequest{AdminUsername: "admin", AdminPassword: "admin password 1", Name: "A", Unlock: model.UnlockKeychain})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	wantCode(t, s.SetKeychain(false), apperr.CodeConflict, "passphrase")
	wantCode(t, s.ChangePassphrase("", "short"), apperr.CodeInvalid, "")
	if err := s.ChangePassphrase("", pass); err != nil {
		t.Fatalf("adding a first passphrase: %v", err)
	}
	wantCode(t, s.ChangePassphrase("wrong old one", pass+"2"), apperr.CodeInvalid, "current passphrase")
	if err := s.SetKeychain(false); err != nil {
		t.Fatal(err)
	}
	wantCode(t, s.RotateKeychainKey(), apperr.CodeConflict, "")
}

func TestNoPlaintextOnDisk(t *testing.T) {
	v := newVault(t, testutil.NewFakeKeychain())
	s, _, err := v.Create(context.Background(), model.CreateWorkspaceRequest{AdminUsername: "admin", AdminPassword: "admin password 1", Name: "MARKERNAME-7f3a", Unlock: model.UnlockKeychain})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	err = s.Store().Write(ctx, func(tx *store.Tx) error {
		return store.SetMeta(ctx, tx, "test.marker", strings.Repeat("PLAINTEXT-MARKER-9c1e ", 200), time.Now())
	})
	if err != nil {
		t.Fatal(err)
	}
	check := func(when string) {
		for _, p := range []string{v.DBPath(), v.DBPath() + "-wal", v.DBPath() + "-journal", v.KeyPath()} {
			b, err := os.ReadFile(p)
			if os.IsNotExist(err) {
				continue
			}
			for _, m := range []string{"MARKERNAME-7f3a", "PLAINTEXT-MARKER-9c1e", "SQLite format 3", "workspace.name"} {
				if bytes.Contains(b, []byte(m)) {
					t.Fatalf("%s: %s holds %q in the clear", when, filepath.Base(p), m)
				}
			}
		}
	}
	check("while open")
	s.Close()
	check("after close")
}

// typo changes the first character of a recovery key to another valid one.
func typo(rec string) string {
	if rec[0] == 'Z' {
		return "Y" + rec[1:]
	}
	return "Z" + rec[1:]
}
