package crypto_test

import (
	"bytes"
	"errors"
	"os"
	"testing"

	"fieldvault/backend/crypto"
)

// TestRealSecretService runs against a real Secret Service (gnome-keyring
// under dbus-run-session, started by `make test-keychain`). Elsewhere it is
// skipped, unless FIELDVAULT_REQUIRE_KEYCHAIN=1 demands it.
func TestRealSecretService(t *testing.T) {
	if os.Getenv("FIELDVAULT_REAL_KEYCHAIN") != "1" {
		if os.Getenv("FIELDVAULT_REQUIRE_KEYCHAIN") == "1" {
			t.Fatal("FIELDVAULT_REQUIRE_KEYCHAIN=1 but no real keychain session was started")
		}
		t.Skip("set FIELDVAULT_REAL_KEYCHAIN=1 inside a gnome-keyring session (make test-keychain)")
	}
	kc := crypto.NewOSKeychain(0)
	if err := crypto.ProbeKeychain(kc); err != nil {
		t.Fatalf("probe: %v", err)
	}
	dek := crypto.RandomKey()
	kf := crypto.NewKeyFile("AES-256-GCM")
	if err := kf.AddKeychainSlot(kc, dek); err != nil {
		t.Fatalf("store KEK: %v", err)
	}
	got, err := kf.UnlockKeychain(kc)
	if err != nil || !bytes.Equal(got, dek) {
		t.Fatalf("read KEK back: %v", err)
	}
	for _, s := range kf.RemoveSlots(crypto.SlotKeychain) {
		if err := kc.Delete(crypto.KeychainService, kf.KeychainAccount(s)); err != nil {
			t.Fatalf("delete: %v", err)
		}
		if _, err := kc.Get(crypto.KeychainService, kf.KeychainAccount(s)); !errors.Is(err, crypto.ErrKeychainItemNotFound) {
			t.Fatalf("item still there after delete: %v", err)
		}
	}
}
