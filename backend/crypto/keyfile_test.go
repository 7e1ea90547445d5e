package crypto_test

import (
	"bytes"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"fieldvault/backend/crypto"
	"fieldvault/backend/testutil"
)

// fastArgon keeps Argon2id honest but cheap in unit tests.
func fastArgon(t *testing.T) {
	old := crypto.DefaultArgon2
	crypto.DefaultArgon2 = crypto.Argon2Params{Time: 1, MemKiB: 1024, Threads: 1}
	t.Cleanup(func() { crypto.DefaultArgon2 = old })
}

func TestWrapUnwrapEachMethod(t *testing.T) {
	fastArgon(t)
	dek := crypto.RandomKey()
	kc := testutil.NewFakeKeychain()
	kf := crypto.NewKeyFile("AES-256-GCM")
	if err := kf.AddKeychainSlot(kc, dek); err != nil {
		t.Fatal(err)
	}
	if err := kf.AddPassphraseSlot(dek, "correct horse battery"); err != nil {
		t.Fatal(err)
	}
	recovery, err := kf.AddRecoverySlot(dek)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "fieldvault.keys")
	if err := kf.Save(path); err != nil {
		t.Fatal(err)
	}
	loaded, err := crypto.LoadKeyFile(path)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		unlock  func() ([]byte, error)
		wantErr error
	}{
		{"keychain", func() ([]byte, error) { return loaded.UnlockKeychain(kc) }, nil},
		{"passphrase", func() ([]byte, error) { return loaded.UnlockPassphrase("correct horse battery") }, nil},
		{"recovery", func() ([]byte, error) { return loaded.UnlockRecovery(recovery) }, nil},
		{"recovery lower case with spaces", func() ([]byte, error) {
			return loaded.UnlockRecovery(" " + string(bytes.ToLower([]byte(recovery))) + "\n")
		}, nil},
		{"wrong passphrase", func() ([]byte, error) { return loaded.UnlockPassphrase("correct horse battery!") }, crypto.ErrWrongSecret},
		{"recovery typo", func() ([]byte, error) { return loaded.UnlockRecovery(swapFirst(recovery)) }, crypto.ErrRecoveryKeyMalformed},
		{"other recovery key", func() ([]byte, error) { _, k := crypto.NewRecoveryKey(); return loaded.UnlockRecovery(k) }, crypto.ErrWrongSecret},
		{"other keychain", func() ([]byte, error) { return loaded.UnlockKeychain(testutil.NewFakeKeychain()) }, crypto.ErrKeychainItemNotFound},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.unlock()
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) || got != nil {
					t.Fatalf("got %v (key %v), want %v", err, got != nil, tt.wantErr)
				}
				return
			}
			if err != nil || !bytes.Equal(got, dek) {
				t.Fatalf("unlock: %v", err)
			}
		})
	}
}

func TestKeyFileHoldsNoKeyMaterial(t *testing.T) {
	fastArgon(t)
	dek := crypto.RandomKey()
	kc := testutil.NewFakeKeychain()
	kf := crypto.NewKeyFile("AES-256-GCM")
	must(t, kf.AddKeychainSlot(kc, dek))
	must(t, kf.AddPassphraseSlot(dek, "correct horse battery"))
	recovery, err := kf.AddRecoverySlot(dek)
	must(t, err)
	path := filepath.Join(t.TempDir(), "k")
	must(t, kf.Save(path))
	raw, err := os.ReadFile(path)
	must(t, err)
	secrets := [][]byte{dek, []byte(hex.EncodeToString(dek)), []byte(base64.StdEncoding.EncodeToString(dek)),
		[]byte(recovery), []byte("correct horse battery")}
	for _, s := range kc.Secrets() {
		kek, _ := hex.DecodeString(s)
		secrets = append(secrets, []byte(s), kek, []byte(base64.StdEncoding.EncodeToString(kek)))
	}
	for _, s := range secrets {
		if bytes.Contains(raw, s) {
			t.Fatalf("key file contains a secret in the clear: %q", s)
		}
	}
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o600 {
		t.Fatalf("key file mode %v, want 0600", fi.Mode().Perm())
	}
}

func TestLoadRejectsHostileKeyFiles(t *testing.T) {
	fastArgon(t)
	kf := crypto.NewKeyFile("AES-256-GCM")
	must(t, kf.AddPassphraseSlot(crypto.RandomKey(), "correct horse battery"))
	dir := t.TempDir()
	good := filepath.Join(dir, "good")
	must(t, kf.Save(good))
	raw, _ := os.ReadFile(good)
	huge := *kf
	huge.Slots = append([]crypto.Slot{}, kf.Slots...)
	p := *huge.Slots[0].Argon2
	p.MemKiB = 1 << 30
	huge.Slots[0].Argon2 = &p
	hugePath := filepath.Join(dir, "huge")
	must(t, huge.Save(hugePath))
	tests := []struct {
		name    string
		content []byte
	}{
		{"empty", nil},
		{"not json", []byte("\x00\xffgarbage")},
		{"truncated", raw[:len(raw)/2]},
		{"wrong format", bytes.Replace(raw, []byte("fieldvault-keys"), []byte("other-keys"), 1)},
		{"too big", bytes.Repeat([]byte(" "), 2<<20)},
		{"argon2 asks for 1 TiB", mustRead(t, hugePath)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(dir, "case")
			must(t, os.WriteFile(path, tt.content, 0o600))
			if _, err := crypto.LoadKeyFile(path); !errors.Is(err, crypto.ErrKeyFileCorrupt) {
				t.Fatalf("got %v, want ErrKeyFileCorrupt", err)
			}
		})
	}
	if _, err := crypto.LoadKeyFile(filepath.Join(dir, "absent")); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("missing file: %v", err)
	}
}

func TestKeychainFailures(t *testing.T) {
	dek := crypto.RandomKey()
	tests := []struct {
		name  string
		setup func(*testutil.FakeKeychain)
	}{
		{"no secret service", func(k *testutil.FakeKeychain) { k.Broken = testutil.ErrNoDBus }},
		{"locked keychain never answers", func(k *testutil.FakeKeychain) { k.Hang = 2 * time.Second }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fake := testutil.NewFakeKeychain()
			kf := crypto.NewKeyFile("AES-256-GCM")
			must(t, kf.AddKeychainSlot(fake, dek))
			tt.setup(fake)
			kc := crypto.WithTimeout(fake, 100*time.Millisecond)
			start := time.Now()
			_, err := kf.UnlockKeychain(kc)
			if !errors.Is(err, crypto.ErrKeychainUnavailable) {
				t.Fatalf("unlock: %v, want ErrKeychainUnavailable", err)
			}
			if err := crypto.ProbeKeychain(kc); !errors.Is(err, crypto.ErrKeychainUnavailable) {
				t.Fatalf("probe: %v", err)
			}
			if el := time.Since(start); el > 1500*time.Millisecond {
				t.Fatalf("keychain failure took %v: the timeout did not bound it", el)
			}
			before := len(kf.Slots)
			if err := kf.AddKeychainSlot(kc, dek); err == nil || len(kf.Slots) != before {
				t.Fatalf("adding a slot through a broken keychain: err=%v slots %d→%d", err, before, len(kf.Slots))
			}
		})
	}
}

func TestRecoveryKeyFormat(t *testing.T) {
	secret, printable := crypto.NewRecoveryKey()
	if len(printable) != 56+13 {
		t.Fatalf("printable %q has length %d", printable, len(printable))
	}
	got, err := crypto.ParseRecoveryKey(printable)
	if err != nil || !bytes.Equal(got, secret) {
		t.Fatalf("round trip: %v", err)
	}
	for _, bad := range []string{"", "AAAA", printable[:50], printable + "AAAA", "😀" + printable, string(make([]byte, 1000))} {
		if _, err := crypto.ParseRecoveryKey(bad); !errors.Is(err, crypto.ErrRecoveryKeyMalformed) {
			t.Fatalf("%q: %v", bad, err)
		}
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	must(t, err)
	return b
}

// swapFirst changes the first character of a recovery key to another one.
func swapFirst(rec string) string {
	if rec[0] == 'A' {
		return "B" + rec[1:]
	}
	return "A" + rec[1:]
}
