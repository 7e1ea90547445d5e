package testutil

import (
	"context"
	"crypto/ed25519"
	"path/filepath"
	"testing"

	"fieldvault/backend/audit"
	"fieldvault/backend/crypto"
	"fieldvault/backend/encvfs"
	"fieldvault/backend/store"
)

// OpenStore opens a fresh encrypted store in a temp dir, closed at cleanup,
// with random page and audit keys and a test device. Each opt may adjust
// the options first (e.g. set Now to a fixed clock).
func OpenStore(t testing.TB, opts ...func(*store.Options)) *store.Store {
	t.Helper()
	_, sign, err := ed25519.GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	o := store.Options{
		Path: filepath.Join(t.TempDir(), "test.db"), PageKey: crypto.RandomKey(), Cipher: encvfs.AES256GCM, Create: true,
		AuditKey: crypto.RandomKey(), AuditSigningKey: sign,
		Device: audit.Device{DeviceID: "test-device", Hostname: "test-host", OSUser: "tester", AppVersion: "test"},
	}
	for _, f := range opts {
		f(&o)
	}
	s, err := store.Open(context.Background(), o)
	if err != nil {
		t.Fatalf("open store: %v", err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s
}
