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

// report list prints the reports a user sees; report run writes one to a
// spreadsheet, with a password from an environment variable.
func TestReportListRun(t *testing.T) {
	base := t.TempDir()
	dir := filepath.Join(base, "ws")
	kc := testutil.NewFakeKeychain()
	kc.Broken = testutil.ErrNoDBus
	env := map[string]string{cli.EnvPassword: "admin password 1", cli.EnvPassphrase: "workspace passphrase 1", "BOOK_PW": "book password 1"}
	if r := run(kc, env, "", "init", "--workspace", dir, "--name", "Acme", "--admin", "root", "--unlock", "passphrase"); r.code != 0 {
		t.Fatal(r)
	}
	if r := run(kc, env, "", "demo", "--workspace", dir, "--user", "root", "--contacts", "20", "--companies", "4", "--deals", "15"); r.code != 0 {
		t.Fatal(r)
	}
	plain, locked := filepath.Join(base, "pipeline.xlsx"), filepath.Join(base, "locked.xlsx")
	steps := []struct {
		name       string
		args       []string
		code       int
		out, errIn string
	}{
		{"list", []string{"report", "list", "--workspace", dir, "--user", "root"}, 0, "Pipeline by stage\n", ""},
		{"run by name", []string{"report", "run", "Pipeline by stage", "--workspace", dir, "--user", "root", "-o", plain}, 0, "exported ", ""},
		{"run by key, flags first", []string{"report", "run", "--workspace", dir, "--user", "root", "-o", locked, "--password-env", "BOOK_PW", "sales-by-owner"}, 0, "exported ", ""},
		{"unknown report", []string{"report", "run", "Nope", "--workspace", dir, "--user", "root", "-o", plain}, 1, "", "no report"},
		{"needs -o", []string{"report", "run", "Pipeline by stage", "--workspace", dir, "--user", "root"}, 2, "", "-o FILE"},
		{"empty password variable", []string{"report", "run", "Pipeline by stage", "--workspace", dir, "--user", "root", "-o", plain, "--password-env", "UNSET"}, 2, "", "UNSET"},
	}
	for _, s := range steps {
		t.Run(s.name, func(t *testing.T) {
			r := run(kc, env, "", s.args...)
			if r.code != s.code || !strings.Contains(r.stdout, s.out) || !strings.Contains(r.stderr, s.errIn) {
				t.Fatalf("got %+v", r)
			}
			if strings.Contains(r.stdout+r.stderr, "book password 1") {
				t.Fatal("the workbook password was printed")
			}
		})
	}
	t.Run("files", func(t *testing.T) {
		f, err := excelize.OpenFile(plain)
		if err != nil {
			t.Fatal(err)
		}
		f.Close()
		if _, err := excelize.OpenFile(locked); err == nil {
			t.Fatal("the password-protected workbook opened without its password")
		}
		f, err = excelize.OpenFile(locked, excelize.Options{Password: "book password 1"})
		if err != nil {
			t.Fatal(err)
		}
		f.Close()
		entries, _ := os.ReadDir(base)
		for _, e := range entries {
			if strings.HasPrefix(e.Name(), ".fieldvault-export") {
				t.Fatalf("temporary left behind: %s", e.Name())
			}
		}
	})
}
