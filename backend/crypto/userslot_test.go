package crypto_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fieldvault/backend/crypto"
)

func TestUserSlots(t *testing.T) {
	fastArgon(t)
	dek := crypto.RandomKey()
	kf := crypto.NewKeyFile("AES-256-GCM")
	must(t, kf.AddPassphraseSlot(dek, "workspace passphrase"))
	anaID, err := kf.AddUserSlot(dek, "Ana", "ana's password 1")
	must(t, err)
	_, err = kf.AddUserSlot(dek, "ben", "ben's password 1")
	must(t, err)
	path := filepath.Join(t.TempDir(), "k")
	must(t, kf.Save(path))
	raw, _ := os.ReadFile(path)
	for _, name := range []string{"Ana", "ana", "ben"} {
		if bytes.Contains(bytes.ToLower(raw), []byte(strings.ToLower(`"`+name))) {
			t.Fatalf("the key file names user %q", name)
		}
	}
	loaded, err := crypto.LoadKeyFile(path)
	must(t, err)
	tests := []struct {
		name, user, pass string
		wantErr          error
	}{
		{"ana", "Ana", "ana's password 1", nil},
		{"user name is case-insensitive", " ANA ", "ana's password 1", nil},
		{"ben", "ben", "ben's password 1", nil},
		{"wrong password", "ana", "ana's password 2", crypto.ErrWrongSecret},
		{"unknown user", "carl", "ana's password 1", crypto.ErrWrongSecret},
		{"swapped", "ben", "ana's password 1", crypto.ErrWrongSecret},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _, err := loaded.UnlockUser(tt.user, tt.pass)
			if !errors.Is(err, tt.wantErr) || (tt.wantErr == nil && !bytes.Equal(got, dek)) {
				t.Fatalf("got %v", err)
			}
		})
	}
	if !loaded.RemoveSlotID(anaID) {
		t.Fatal("remove by id found nothing")
	}
	if _, _, err := loaded.UnlockUser("ana", "ana's password 1"); !errors.Is(err, crypto.ErrWrongSecret) {
		t.Fatalf("removed user still opens: %v", err)
	}
}

func TestPasswordHash(t *testing.T) {
	fastArgon(t)
	h, err := crypto.HashPassword("s3cret pass phrase")
	must(t, err)
	h2, _ := crypto.HashPassword("s3cret pass phrase")
	if h == h2 || strings.Contains(h, "s3cret") {
		t.Fatal("hash is unsalted or holds the password")
	}
	tests := []struct {
		name, hash, pw string
		ok             bool
		err            error
	}{
		{"right", h, "s3cret pass phrase", true, nil},
		{"wrong", h, "s3cret pass phrasE", false, nil},
		{"empty hash", "", "x", false, crypto.ErrHashFormat},
		{"bcrypt", "$2a$10$abcdefghijklmnopqrstuv", "x", false, crypto.ErrHashFormat},
		{"huge memory", "$argon2id$v=19$m=99999999,t=3,p=4$c2FsdHNhbHQ$" + strings.Repeat("A", 43), "x", false, crypto.ErrHashFormat},
		{"garbage base64", "$argon2id$v=19$m=1024,t=1,p=1$!!!$???", "x", false, crypto.ErrHashFormat},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ok, err := crypto.VerifyPassword(tt.hash, tt.pw)
			if ok != tt.ok || !errors.Is(err, tt.err) {
				t.Fatalf("got %v %v", ok, err)
			}
		})
	}
}
