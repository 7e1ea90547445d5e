package cli

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/pem"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"filippo.io/age"
	"golang.org/x/crypto/ssh"

	"fieldvault/backend/apperr"
)

// TestReadIdentities reads key files and passphrases for both kinds of age
// files the command line opens.
func TestReadIdentities(t *testing.T) {
	dir := t.TempDir()
	key, err := age.GenerateX25519Identity()
	if err != nil {
		t.Fatal(err)
	}
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := write("key.txt", []byte("# created: today\n"+key.String()+"\n"))
	_, edKey, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	block, err := ssh.MarshalPrivateKeyWithPassphrase(edKey, "me@laptop", []byte("key pass 1"))
	if err != nil {
		t.Fatal(err)
	}
	protected := write("id_ed25519", pem.EncodeToMemory(block))
	junk := write("junk.txt", []byte("not a key\n"))
	huge := write("huge.bin", []byte(strings.Repeat("#", maxKeyFile+1)))
	d := &Deps{Getenv: func(k string) string {
		return map[string]string{"PASS": "correct horse battery", "KEYPASS": "key pass 1", "BADPASS": "not it"}[k]
	}}
	tests := []struct {
		name       string
		files      []string
		passEnv    string
		keyPassEnv string
		want       int         // identities, when no error
		usage      bool        // a usage error
		code       apperr.Code // an apperr code
		msg        string      // in the error
	}{
		{"key file", []string{good}, "", "", 1, false, "", ""},
		{"a key file's passphrase, not needed", []string{good}, "", "KEYPASS", 1, false, "", ""},
		{"key file and passphrase", []string{good}, "PASS", "", 2, false, "", ""},
		{"passphrase alone", nil, "PASS", "", 1, false, "", ""},
		{"nothing given", nil, "", "", 0, true, "", "give --identity KEYFILE"},
		{"empty passphrase variable", nil, "EMPTY", "", 0, true, "", "$EMPTY holds no passphrase"},
		{"missing file", []string{filepath.Join(dir, "nope")}, "", "", 0, false, apperr.CodeNotFound, "Cannot open"},
		{"not a key file", []string{junk}, "", "", 0, true, "", ""},
		{"far too large", []string{huge}, "", "", 0, true, "", "too large to be a key file"},
		{"an empty key passphrase variable", []string{good}, "", "EMPTY", 0, true, "", "$EMPTY holds no passphrase"},
	}
	// a protected SSH key opens backups with its passphrase (archives take age keys only)
	backups := []struct {
		name       string
		keyPassEnv string
		want       int
		msg        string
	}{
		{"protected key with its passphrase", "KEYPASS", 1, ""},
		{"protected key without one", "", 0, "give its passphrase"},
		{"protected key with a wrong one", "BADPASS", 0, "does not open"},
	}
	for _, tt := range backups {
		t.Run("backup/"+tt.name, func(t *testing.T) {
			ids, err := readIdentities(d, backupIdentityFormat, []string{protected}, "", tt.keyPassEnv)
			if len(ids) != tt.want || (tt.msg == "") != (err == nil) || err != nil && !strings.Contains(err.Error(), tt.msg) {
				t.Fatalf("%d identities, %v; want %d and %q", len(ids), err, tt.want, tt.msg)
			}
		})
	}
	for _, f := range []identityFormat{backupIdentityFormat, archiveIdentityFormat} {
		for _, tt := range tests {
			t.Run(f.what+"/"+tt.name, func(t *testing.T) {
				ids, err := readIdentities(d, f, tt.files, tt.passEnv, tt.keyPassEnv)
				var ue usageError
				switch {
				case tt.usage && !errors.As(err, &ue):
					t.Fatalf("err %v, want a usage error", err)
				case tt.code != "" && apperr.CodeOf(err) != tt.code:
					t.Fatalf("err %v, want %s", err, tt.code)
				case !tt.usage && tt.code == "" && (err != nil || len(ids) != tt.want):
					t.Fatalf("%d identities, %v; want %d", len(ids), err, tt.want)
				case err != nil && !strings.Contains(err.Error(), tt.msg):
					t.Fatalf("err %q, want it to say %q", err, tt.msg)
				}
				if tt.name == "nothing given" && !strings.Contains(err.Error(), f.what) {
					t.Errorf("err %q does not name the %s", err, f.what)
				}
			})
		}
	}
}
