package vault_test

import (
	"context"
	"os"
	"testing"
	"time"

	"fieldvault/backend/apperr"
	"fieldvault/backend/encvfs"
	"fieldvault/backend/model"
	"fieldvault/backend/store"
	"fieldvault/backend/testutil"
	"fieldvault/backend/vault"
)

// grow writes enough rows that the database has many pages.
func grow(t *testing.T, v *vault.Vault) int {
	t.Helper()
	s, err := v.Unlock(model.UnlockPassphrase, pass)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	if err := s.Open(ctx); err != nil {
		t.Fatal(err)
	}
	err = s.Store().Write(ctx, func(tx *store.Tx) error {
		for i := 0; i < 300; i++ {
			if err := store.SetMeta(ctx, tx, "fill."+string(rune('a'+i%26))+time.Duration(i).String(), string(make([]byte, 900)), time.Now()); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	rep, err := s.Check(ctx)
	if err != nil || rep.Integrity != "ok" {
		t.Fatalf("check before damage: %+v %v", rep, err)
	}
	return rep.PageCount
}

func TestDamageIsReportedNeverReturned(t *testing.T) {
	tests := []struct {
		name     string
		damage   func(b []byte, pages int) []byte
		code     apperr.Code
		contains string
	}{
		{"flipped byte in page 37", func(b []byte, _ int) []byte { b[36*encvfs.PageSize+1234] ^= 0x01; return b }, apperr.CodeCorrupt, "page 37"},
		{"flipped tag byte in last page", func(b []byte, p int) []byte { b[p*encvfs.PageSize-20] ^= 0x80; return b }, apperr.CodeCorrupt, "page"},
		{"cut mid-page", func(b []byte, _ int) []byte { return b[:len(b)-1000] }, apperr.CodeCorrupt, ""},
		{"cut to half", func(b []byte, p int) []byte { return b[:(p/2)*encvfs.PageSize] }, apperr.CodeCorrupt, ""},
		{"first page damaged", func(b []byte, _ int) []byte { b[50] ^= 0xff; return b }, apperr.CodeCorrupt, "first page"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := newVault(t, testutil.NewFakeKeychain())
			create(t, v, model.UnlockPassphrase)
			pages := grow(t, v)
			if pages < 40 {
				t.Fatalf("only %d pages", pages)
			}
			b, err := os.ReadFile(v.DBPath())
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(v.DBPath(), tt.damage(b, pages), 0o600); err != nil {
				t.Fatal(err)
			}
			s, err := v.Unlock(model.UnlockPassphrase, pass)
			if err != nil {
				t.Fatal(err) // the key file is intact: unwrapping still works
			}
			defer s.Close()
			ctx := context.Background()
			err = s.Open(ctx)
			if err == nil {
				_, err = s.Check(ctx)
			}
			wantCode(t, err, tt.code, tt.contains)
		})
	}
}
