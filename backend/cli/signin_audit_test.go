package cli_test

import (
	"path/filepath"
	"strings"
	"testing"

	"fieldvault/backend/cli"
	"fieldvault/backend/testutil"
)

// With $FIELDVAULT_PASSPHRASE a user-acting command opens the workspace
// first, so a wrong password is written to the audit log (where the alert
// rules see it) instead of only failing to unwrap the key.
func TestWrongPasswordFromTheCLIIsAudited(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "ws")
	kc := testutil.NewFakeKeychain()
	kc.Broken = testutil.ErrNoDBus
	root := map[string]string{cli.EnvPassword: "admin password 1", cli.EnvPassphrase: "workspace passphrase 1"}
	if r := run(kc, root, "", "init", "--workspace", dir, "--name", "Acme", "--admin", "root", "--unlock", "passphrase"); r.code != 0 {
		t.Fatal(r)
	}
	failures := func() string {
		t.Helper()
		out := filepath.Join(t.TempDir(), "failed.fvaudit")
		r := run(kc, root, "", "audit", "export", "--workspace", dir, "--user", "root", "-o", out, "--action", "auth.login.failed")
		if r.code != 0 {
			t.Fatalf("export: %+v", r)
		}
		return r.stdout
	}
	tests := []struct {
		name string
		env  map[string]string
		want string // export summary after the attempt
	}{
		{"without the passphrase: nothing can be written", map[string]string{cli.EnvPassword: "wrong password 1"}, "exported 0 entries"},
		{"with the passphrase: audited", map[string]string{cli.EnvPassword: "wrong password 1", cli.EnvPassphrase: "workspace passphrase 1"}, "exported 1 entries"},
		{"a wrong passphrase is its own error", map[string]string{cli.EnvPassword: "admin password 1", cli.EnvPassphrase: "not it at all"}, "exported 1 entries"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := run(kc, tt.env, "", "user", "list", "--workspace", dir, "--user", "root")
			if r.code == 0 {
				t.Fatalf("sign-in succeeded: %+v", r)
			}
			if got := failures(); !strings.Contains(got, tt.want) {
				t.Fatalf("after the attempt: %q, want %q", got, tt.want)
			}
		})
	}
}
