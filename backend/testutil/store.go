package testutil

import (
	"context"
	"path/filepath"
	"testing"

	"fieldvault/backend/crypto"
	"fieldvault/backend/encvfs"
	"fieldvault/backend/store"
)

// OpenStore opens a fresh encrypted store in a temp dir, closed at cleanup.
func OpenStore(t testing.TB) *store.Store {
	t.Helper()
	s, err := store.Open(context.Background(), store.Options{
		Path: filepath.Join(t.TempDir(), "test.db"), PageKey: crypto.RandomKey(), Cipher: encvfs.AES256GCM, Create: true,
	})
	if err != nil {
		t.Fatalf("open store: %v", err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s
}
