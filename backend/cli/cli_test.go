package cli_test

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"fieldvault/backend/cli"
	"fieldvault/backend/crypto"
	"fieldvault/backend/encvfs"
	"fieldvault/backend/testutil"
)

func TestMain(m *testing.M) {
	crypto.DefaultArgon2 = crypto.Argon2Params{Time: 1, MemKiB: 8 * 1024, Threads: 1}
	os.Exit(m.Run())
}

type result struct {
	code           int
	stdout, stderr string
}

func run(kc crypto.Keychain, env map[string]string, stdin string, args ...string) result {
	var out, errb bytes.Buffer
	code := cli.Run(args, cli.Deps{
		Keychain: kc, Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb,
		Getenv: func(k string) string { return env[k] },
	})
	return result{code, out.String(), errb.String()}
}

var recoveryRe = regexp.MustCompile(`[A-Z2-7]{4}(-[A-Z2-7]{4}){13}`)

func TestInitCheckPassphraseChange(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "ws")
	kc := testutil.NewFakeKeychain()
	kc.Broken = testutil.ErrNoDBus // a headless box: no Secret Service
	old := map[string]string{cli.EnvPassphrase: "old passphrase 123"}

	r := run(kc, map[string]string{cli.EnvPassword: "admin password 1"}, "", "init", "--workspace", dir, "--name", "Acme", "--admin", "root")
	if r.code != 1 || !strings.Contains(r.stderr, "keychain is not available") || strings.Count(r.stderr, "\n") != 1 {
		t.Fatalf("init with a missing keychain: %+v", r)
	}
	r = run(kc, nil, "old passphrase 123\nadmin password 1\n", "init", "--workspace", dir, "--name", "Acme", "--admin", "root",
		"--unlock", "passphrase", "--passphrase-stdin", "--password-stdin")
	if r.code != 0 || !recoveryRe.MatchString(r.stdout) {
		t.Fatalf("init: %+v", r)
	}
	recovery := recoveryRe.FindString(r.stdout)

	steps := []struct {
		name       string
		env        map[string]string
		args       []string
		code       int
		out, errIn string
	}{
		{"init twice", map[string]string{cli.EnvPassphrase: "old passphrase 123", cli.EnvPassword: "admin password 1"},
			[]string{"init", "--workspace", dir, "--name", "B", "--admin", "root", "--unlock", "passphrase"}, 1, "", "already exists"},
		{"check", old, []string{"check", "--workspace", dir}, 0, "integrity:      ok", ""},
		{"check prints facts", old, []string{"check", "--workspace", dir}, 0, "cipher:         AES-256-GCM", ""},
		{"check without secret", nil, []string{"check", "--workspace", dir}, 1, "", "needs its passphrase"},
		{"check wrong passphrase", map[string]string{cli.EnvPassphrase: "not it at all"}, []string{"check", "--workspace", dir}, 1, "", "Wrong passphrase."},
		{"check with recovery key", map[string]string{cli.EnvRecoveryKey: strings.ToLower(recovery)}, []string{"check", "--workspace", dir}, 0, "workspace:      Acme", ""},
		{"change without new", old, []string{"passphrase", "change", "--workspace", dir}, 1, "", "FIELDVAULT_NEW_PASSPHRASE"},
		{"change too short", map[string]string{cli.EnvPassphrase: "old passphrase 123", cli.EnvNewPassphrase: "short"}, []string{"passphrase", "change", "--workspace", dir}, 1, "", "at least 12"},
		{"change", map[string]string{cli.EnvPassphrase: "old passphrase 123", cli.EnvNewPassphrase: "new passphrase 456"}, []string{"passphrase", "change", "--workspace", dir}, 0, "not modified", ""},
		{"old no longer opens", old, []string{"check", "--workspace", dir}, 1, "", "Wrong passphrase."},
		{"new opens", map[string]string{cli.EnvPassphrase: "new passphrase 456"}, []string{"check", "--workspace", dir}, 0, "integrity:      ok", ""},
		{"no workspace", old, []string{"check", "--workspace", filepath.Join(dir, "nope")}, 1, "", "no FieldVault workspace"},
		{"version", nil, []string{"version"}, 0, "fieldvault ", ""},
		{"unknown flag", nil, []string{"check", "--bogus"}, 2, "", "unknown flag"},
		{"flag with =", map[string]string{cli.EnvPassphrase: "new passphrase 456"}, []string{"check", "--workspace=" + dir}, 0, "pages:", ""},
	}
	for _, s := range steps {
		t.Run(s.name, func(t *testing.T) {
			r := run(kc, s.env, "", s.args...)
			if r.code != s.code || !strings.Contains(r.stdout, s.out) || !strings.Contains(r.stderr, s.errIn) {
				t.Fatalf("got %+v", r)
			}
			if r.code != 0 && strings.Count(r.stderr, "\n") != 1 {
				t.Fatalf("error is not one line: %q", r.stderr)
			}
			for _, secret := range []string{"old passphrase 123", "new passphrase 456", "admin password 1", recovery} {
				if strings.Contains(r.stdout+r.stderr, secret) {
					t.Fatal("a secret was printed")
				}
			}
		})
	}
}

func TestCheckNamesTheDamagedPage(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "ws")
	kc := testutil.NewFakeKeychain()
	env := map[string]string{cli.EnvPassphrase: "old passphrase 123", cli.EnvPassword: "admin password 1"}
	if r := run(kc, env, "", "init", "--workspace", dir, "--name", "Acme", "--admin", "root", "--unlock", "passphrase"); r.code != 0 {
		t.Fatal(r)
	}
	db := filepath.Join(dir, "fieldvault.db")
	b, err := os.ReadFile(db)
	if err != nil {
		t.Fatal(err)
	}
	pages := len(b) / encvfs.PageSize
	if pages < 2 {
		t.Fatalf("%d pages", pages)
	}
	b[(pages-1)*encvfs.PageSize+100] ^= 0x04
	if err := os.WriteFile(db, b, 0o600); err != nil {
		t.Fatal(err)
	}
	r := run(kc, env, "", "check", "--workspace", dir)
	want := "page " + strconv.Itoa(pages) + " of the database failed authentication"
	if r.code != 1 || !strings.Contains(r.stderr, want) || strings.Contains(r.stderr, "not a database") {
		t.Fatalf("got %+v, want %q", r, want)
	}
}
