package cli_test

import (
	"path/filepath"
	"strings"
	"testing"

	"fieldvault/backend/cli"
	"fieldvault/backend/testutil"
)

// Users and roles from the command line, as a signed-in administrator on a
// machine without a keychain: the administrator's password unlocks.
func TestUserAndRoleCommands(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "ws")
	kc := testutil.NewFakeKeychain()
	kc.Broken = testutil.ErrNoDBus
	root := map[string]string{cli.EnvPassword: "admin password 1", cli.EnvPassphrase: "workspace passphrase 1"}
	if r := run(kc, root, "", "init", "--workspace", dir, "--name", "Acme", "--admin", "root", "--unlock", "passphrase"); r.code != 0 {
		t.Fatal(r)
	}
	asRoot := map[string]string{cli.EnvPassword: "admin password 1", cli.EnvNewPassword: "rep password 123"}
	asRep := map[string]string{cli.EnvPassword: "rep password 123"}
	steps := []struct {
		name       string
		env        map[string]string
		args       []string
		code       int
		out, errIn string
	}{
		{"role list", asRoot, []string{"role", "list", "--workspace", dir, "--user", "root"}, 0, "Sales Representative", ""},
		{"add rep", asRoot, []string{"user", "add", "--workspace", dir, "--user", "root", "--name", "rita", "--role", "Sales Representative"}, 0, "Added rita", ""},
		{"add duplicate", asRoot, []string{"user", "add", "--workspace", dir, "--user", "root", "--name", "RITA", "--role", "Sales Representative"}, 1, "", "taken"},
		{"add unknown role", asRoot, []string{"user", "add", "--workspace", dir, "--user", "root", "--name", "sam", "--role", "Wizard"}, 1, "", "no role"},
		{"list", asRoot, []string{"user", "list", "--workspace", dir, "--user", "root"}, 0, "must change password", ""},
		{"wrong admin password", map[string]string{cli.EnvPassword: "nope nope nope"}, []string{"user", "list", "--workspace", dir, "--user", "root"}, 1, "", "Wrong user name or password."},
		{"unknown user, same message", map[string]string{cli.EnvPassword: "nope nope nope"}, []string{"user", "list", "--workspace", dir, "--user", "ghost"}, 1, "", "Wrong user name or password."},
		{"rep must first change the initial password", asRep, []string{"user", "list", "--workspace", dir, "--user", "rita"}, 1, "", "new password first"},
		{"set role", asRoot, []string{"user", "set-role", "rita", "Sales Manager", "--workspace", dir, "--user", "root"}, 0, "rita is now Sales Manager", ""},
		{"own role", asRoot, []string{"user", "set-role", "root", "Sales Manager", "--workspace", dir, "--user", "root"}, 1, "", "your own role"},
		{"self disable", asRoot, []string{"user", "disable", "root", "--workspace", dir, "--user", "root"}, 1, "", "your own account"},
		{"disable rep", asRoot, []string{"user", "disable", "rita", "--workspace", dir, "--user", "root"}, 0, "Disabled rita", ""},
		{"disabled rep cannot sign in", asRep, []string{"role", "list", "--workspace", dir, "--user", "rita"}, 1, "", "Wrong user name or password."},
		{"audit verifies", asRoot, []string{"audit", "verify", "--workspace", dir, "--user", "root"}, 0, "result:          OK", ""},
		{"audit verify with the passphrase", root, []string{"audit", "verify", "--workspace", dir}, 0, "result:          OK", ""},
	}
	for _, s := range steps {
		t.Run(s.name, func(t *testing.T) {
			r := run(kc, s.env, "", s.args...)
			if r.code != s.code || !strings.Contains(r.stdout, s.out) || !strings.Contains(r.stderr, s.errIn) {
				t.Fatalf("got %+v", r)
			}
		})
	}
}
