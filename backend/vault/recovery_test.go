package vault_test

import (
	"context"
	"os"
	"testing"

	"fieldvault/backend/apperr"
	"fieldvault/backend/model"
	"fieldvault/backend/testutil"
)

// The recovery key exists for the forgotten passphrase: a recovery session
// sets a new one without knowing the old.
func TestRecoveryResetsForgottenPassphrase(t *testing.T) {
	v := newVault(t, testutil.NewFakeKeychain())
	rec := create(t, v, model.UnlockPassphrase)
	s, err := v.Unlock(model.UnlockRecovery, rec)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.ChangePassphrase("", "my brand new passphrase"); err != nil {
		t.Fatalf("reset: %v", err)
	}
	s.Close()
	if _, err := v.Unlock(model.UnlockPassphrase, pass); !apperr.Is(err, apperr.CodeUnauthenticated) {
		t.Fatalf("forgotten passphrase still opens: %v", err)
	}
	s, err = v.Unlock(model.UnlockPassphrase, "my brand new passphrase")
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
}

// Two processes rewrap the same key file: the second must not undo the first.
func TestConcurrentRewrapIsRefused(t *testing.T) {
	kc := testutil.NewFakeKeychain()
	v := newVault(t, kc)
	create(t, v, model.UnlockPassphrase)
	a, err := v.Unlock(model.UnlockPassphrase, pass)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := v.Unlock(model.UnlockPassphrase, pass)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if err := a.ChangePassphrase(pass, "changed by the CLI meanwhile"); err != nil {
		t.Fatal(err)
	}
	wantCode(t, b.SetKeychain(true), apperr.CodeConflict, "changed by another")
	if kc.Len() != 0 {
		t.Fatalf("the refused change left %d keychain item(s) behind", kc.Len())
	}
	if _, err := v.Unlock(model.UnlockPassphrase, "changed by the CLI meanwhile"); err != nil {
		t.Fatalf("the first change was undone: %v", err)
	}
}

func TestMissingDatabaseIsNeverRecreated(t *testing.T) {
	v := newVault(t, testutil.NewFakeKeychain())
	rec := create(t, v, model.UnlockPassphrase)
	for _, p := range []string{v.DBPath(), v.DBPath() + "-wal", v.DBPath() + "-shm"} {
		_ = os.Remove(p)
	}
	s, err := v.Unlock(model.UnlockRecovery, rec)
	if err != nil {
		t.Fatal(err) // the key file is fine
	}
	defer s.Close()
	wantCode(t, s.Open(context.Background()), apperr.CodeCorrupt, "missing")
	if _, err := os.Stat(v.DBPath()); !os.IsNotExist(err) {
		t.Fatal("an empty database was created in place of the missing one")
	}
}

// Two processes add users: user slots merge (each re-reads the key file and
// adds its own), so both users can unlock; a rewrap of the workspace key
// after a concurrent change is still refused (above).
func TestConcurrentUserSlotsMerge(t *testing.T) {
	kc := testutil.NewFakeKeychain()
	v := newVault(t, kc)
	create(t, v, model.UnlockPassphrase)
	a, err := v.Unlock(model.UnlockPassphrase, pass)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := v.Unlock(model.UnlockPassphrase, pass)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if _, err := a.AddUserSlot("eve", "eve password 123"); err != nil { // the CLI
		t.Fatal(err)
	}
	idB, err := b.AddUserSlot("sam", "sam password 123") // the window, unaware of eve
	if err != nil {
		t.Fatalf("adding a user after another process added one: %v", err)
	}
	for _, u := range []struct{ name, pw string }{{"eve", "eve password 123"}, {"sam", "sam password 123"}} {
		s, _, err := v.UnlockUser(u.name, u.pw)
		if err != nil {
			t.Fatalf("%s cannot unlock after the merge: %v", u.name, err)
		}
		s.Close()
	}
	if err := a.RemoveUserSlot(idB); err != nil { // a now holds a stale copy
		t.Fatalf("removing a slot after another process changed the file: %v", err)
	}
	if _, _, err := v.UnlockUser("sam", "sam password 123"); err == nil {
		t.Fatal("the removed slot still unlocks")
	}
	if s, _, err := v.UnlockUser("eve", "eve password 123"); err != nil {
		t.Fatalf("eve lost her slot: %v", err)
	} else {
		s.Close()
	}
}
