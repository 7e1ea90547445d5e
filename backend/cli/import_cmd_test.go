package cli_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"fieldvault/backend/cli"
	"fieldvault/backend/testutil"
)

// import --dry-run prints the counts and writes nothing; import writes and
// prints the batch; the report holds every problem.
func TestImportCommand(t *testing.T) {
	base := t.TempDir()
	dir := filepath.Join(base, "ws")
	kc := testutil.NewFakeKeychain()
	kc.Broken = testutil.ErrNoDBus
	env := map[string]string{cli.EnvPassword: "admin password 1", cli.EnvPassphrase: "workspace passphrase 1"}
	if r := run(kc, env, "", "init", "--workspace", dir, "--name", "Acme", "--admin", "root", "--unlock", "passphrase"); r.code != 0 {
		t.Fatal(r)
	}
	csv := filepath.Join(base, "people.csv")
	content := "First Name\tLast Name\tE-mail Address\n" +
		"Ada\tLovelace\tada@example.com\n" +
		"Alan\tTuring\tnot an email\n" +
		"Ada\tLovelace\tADA@example.com\n" +
		"Grace\tHopper\tgrace@example.com\n"
	if err := os.WriteFile(csv, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	report := filepath.Join(base, "problems.xlsx")
	steps := []struct {
		name    string
		args    []string
		code    int
		out     string
		errText string
	}{
		{"dry run", []string{"import", csv, "--workspace", dir, "--user", "root", "--entity", "contacts", "--match", "email", "--dry-run"},
			0, "dry run: 4 rows: 2 new, 0 updated, 0 unchanged, 1 duplicates, 0 skipped, 1 invalid", "utf-8, tab-separated"},
		{"import with report", []string{"import", csv, "--workspace", dir, "--user", "root", "--entity", "contacts", "--match", "email", "--report", report},
			0, "imported: 4 rows: 2 new", ""},
		{"again: all duplicates", []string{"import", csv, "--workspace", dir, "--user", "root", "--entity", "contacts", "--match", "email", "--dry-run"},
			0, "0 new, 0 updated, 0 unchanged, 3 duplicates", ""},
		{"needs an entity", []string{"import", csv, "--workspace", dir, "--user", "root"}, 2, "", "--entity"},
		{"unknown entity", []string{"import", csv, "--workspace", dir, "--user", "root", "--entity", "tasks"}, 1, "", "contacts, companies, leads or deals"},
		{"missing file", []string{"import", filepath.Join(base, "nope.csv"), "--workspace", dir, "--user", "root", "--entity", "contacts"}, 1, "", "cannot be found"},
	}
	for _, s := range steps {
		t.Run(s.name, func(t *testing.T) {
			r := run(kc, env, "", s.args...)
			if r.code != s.code || !strings.Contains(r.stdout, s.out) || !strings.Contains(r.stderr, s.errText) {
				t.Fatalf("got %+v", r)
			}
		})
	}
	f, err := excelize.OpenFile(report)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, _ := f.GetRows("Problems")
	if len(rows) != 3 || !strings.Contains(strings.Join(rows[1], " "), "email") {
		t.Fatalf("report rows %q", rows)
	}
}

// An integration principal made on the command line imports with its token,
// and the window's password path does not accept it.
func TestIntegrationImportsWithToken(t *testing.T) {
	base := t.TempDir()
	dir := filepath.Join(base, "ws")
	kc := testutil.NewFakeKeychain()
	kc.Broken = testutil.ErrNoDBus
	admin := map[string]string{cli.EnvPassword: "admin password 1", cli.EnvPassphrase: "workspace passphrase 1"}
	if r := run(kc, admin, "", "init", "--workspace", dir, "--name", "Acme", "--admin", "root", "--unlock", "passphrase"); r.code != 0 {
		t.Fatal(r)
	}
	r := run(kc, admin, "", "integration", "create", "webform", "--role", "marketing_manager", "--workspace", dir, "--user", "root")
	token := strings.TrimSpace(r.stdout)
	if r.code != 0 || !strings.HasPrefix(token, "fvi_") {
		t.Fatalf("create: %+v", r)
	}
	csv := filepath.Join(base, "leads.csv")
	if err := os.WriteFile(csv, []byte("Last Name,Email\nDoe,doe@example.com\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	// no workspace passphrase: the token's key slot unlocks it
	script := map[string]string{cli.EnvToken: token}
	if r := run(kc, script, "", "import", csv, "--workspace", dir, "--user", "webform", "--entity", "leads"); r.code != 0 || !strings.Contains(r.stdout, "1 new") {
		t.Fatalf("import with token: %+v", r)
	}
	if r := run(kc, map[string]string{cli.EnvPassword: token}, "", "import", csv, "--workspace", dir, "--user", "webform", "--entity", "leads", "--dry-run"); r.code == 0 {
		t.Fatalf("the token worked as a window password: %+v", r)
	}
	if r := run(kc, admin, "", "integration", "list", "--workspace", dir, "--user", "root"); !strings.Contains(r.stdout, "webform\tMarketing Manager\tactive") {
		t.Fatalf("list: %+v", r)
	}
}
