package cli_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fieldvault/backend/cli"
	"fieldvault/backend/testutil"
)

// Export a bundle and a spreadsheet, get the public key, and verify the
// bundle with nothing but the key — then a tampered copy.
func TestAuditExportPubkeyVerify(t *testing.T) {
	base := t.TempDir()
	dir := filepath.Join(base, "ws")
	kc := testutil.NewFakeKeychain()
	kc.Broken = testutil.ErrNoDBus
	root := map[string]string{cli.EnvPassword: "admin password 1", cli.EnvPassphrase: "workspace passphrase 1"}
	if r := run(kc, root, "", "init", "--workspace", dir, "--name", "Acme", "--admin", "root", "--unlock", "passphrase"); r.code != 0 {
		t.Fatal(r)
	}
	bundle, sheet := filepath.Join(base, "audit.fvb"), filepath.Join(base, "audit.xlsx")
	r := run(kc, root, "", "audit", "pubkey", "--workspace", dir)
	key := strings.TrimSpace(r.stdout)
	if r.code != 0 || !strings.HasPrefix(key, "fieldvault-audit-ed25519:") || strings.Count(r.stdout, "\n") != 1 {
		t.Fatalf("pubkey: %+v", r)
	}
	if r := run(kc, root, "", "audit", "pubkey", "--workspace", dir, "--user", "root"); strings.TrimSpace(r.stdout) != key {
		t.Fatalf("pubkey as a user: %+v", r)
	}
	tampered := filepath.Join(base, "tampered.fvb")
	steps := []struct {
		name       string
		args       []string
		code       int
		out, errIn string
	}{
		{"export bundle", []string{"audit", "export", "--workspace", dir, "--user", "root", "-o", bundle, "--category", "auth"}, 0, "exported ", "audit.export:"},
		{"export xlsx", []string{"audit", "export", "--workspace", dir, "--user", "root", "-o", sheet, "--format", "xlsx"}, 0, "exported ", ""},
		{"export needs -o", []string{"audit", "export", "--workspace", dir, "--user", "root"}, 2, "", "-o FILE"},
		{"bad filter", []string{"audit", "export", "--workspace", dir, "--user", "root", "-o", sheet, "--from", "monday"}, 1, "", "not valid"},
		{"verify bundle", []string{"audit", "verify", bundle, "--pubkey", key}, 0, "OK: ", ""},
		{"flags before the file", []string{"audit", "verify", "--pubkey", key, bundle}, 0, "signed by " + key, ""},
		{"verify without key", []string{"audit", "verify", bundle}, 2, "", "--pubkey"},
		{"verify with a bad key", []string{"audit", "verify", bundle, "--pubkey", "nope"}, 2, "", "not a FieldVault audit public key"},
		{"verify tampered", []string{"audit", "verify", tampered, "--pubkey", key}, 1, "", "line 1 (audit entry"},
		{"verify missing file", []string{"audit", "verify", filepath.Join(base, "none"), "--pubkey", key}, 1, "", "Cannot open"},
		{"workspace chain still verifies", []string{"audit", "verify", "--workspace", dir}, 0, "result:          OK", ""},
	}
	for _, s := range steps {
		t.Run(s.name, func(t *testing.T) {
			if s.name == "verify tampered" {
				b, err := os.ReadFile(bundle)
				if err != nil {
					t.Fatal(err)
				}
				b = bytes.Replace(b, []byte(`"category":"auth"`), []byte(`"category":"data"`), 1)
				if err := os.WriteFile(tampered, b, 0o600); err != nil {
					t.Fatal(err)
				}
			}
			r := run(kc, root, "", s.args...)
			if r.code != s.code || !strings.Contains(r.stdout, s.out) || !strings.Contains(r.stderr, s.errIn) {
				t.Fatalf("got %+v", r)
			}
		})
	}
}
