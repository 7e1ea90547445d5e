package cli_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"filippo.io/age"

	"fieldvault/backend/cli"
	"fieldvault/backend/crypto"
	"fieldvault/backend/model"
	"fieldvault/backend/service"
	"fieldvault/backend/testutil"
)

// oldWorkspace creates a workspace whose whole log was written in 2020,
// with a 30-day retention policy: all of it may be archived today.
func oldWorkspace(t *testing.T, dir string, kc crypto.Keychain) {
	t.Helper()
	clock := testutil.NewClock(time.Date(2020, 1, 1, 9, 0, 0, 0, time.UTC))
	core := service.NewCore(service.Config{Dir: dir, Keychain: kc, Now: clock.Now, Version: "test", NoAlertRules: true})
	defer core.Shutdown()
	_, err := service.NewWorkspaceService(core).Create(model.CreateWorkspaceRequest{Name: "Acme", Unlock: model.UnlockPassphrase,
		Passphrase: "workspace passphrase 1", AdminUsername: "root", AdminPassword: "admin password 1"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := service.NewAuditService(core).SetRetention(model.AuditRetention{KeepDays: 30}); err != nil {
		t.Fatal(err)
	}
}

// Archive with the CLI, then check the file with nothing but an identity
// file and the public key; the workspace's log still verifies.
func TestAuditArchiveCLI(t *testing.T) {
	base := t.TempDir()
	dir := filepath.Join(base, "ws")
	kc := testutil.NewFakeKeychain()
	kc.Broken = testutil.ErrNoDBus
	oldWorkspace(t, dir, kc)
	id, _ := age.GenerateX25519Identity()
	stranger, _ := age.GenerateX25519Identity()
	idFile, strangerFile := filepath.Join(base, "key.txt"), filepath.Join(base, "other.txt")
	_ = os.WriteFile(idFile, []byte("# created: test\n"+id.String()+"\n"), 0o600)
	_ = os.WriteFile(strangerFile, []byte(stranger.String()+"\n"), 0o600)
	env := map[string]string{cli.EnvPassword: "admin password 1", cli.EnvPassphrase: "workspace passphrase 1", "ARCHIVE_PASS": "archive passphrase 1"}
	key := strings.TrimSpace(run(kc, env, "", "audit", "pubkey", "--workspace", dir).stdout)
	file, passFile := filepath.Join(base, "audit-2020.age"), filepath.Join(base, "pass.age")
	steps := []struct {
		name       string
		args       []string
		code       int
		out, errIn string
	}{
		{"needs -o", []string{"audit", "archive", "--workspace", dir, "--user", "root", "--recipient", id.Recipient().String()}, 2, "", "-o FILE"},
		{"needs a recipient", []string{"audit", "archive", "--workspace", dir, "--user", "root", "-o", file}, 2, "", "--recipient"},
		{"bad recipient", []string{"audit", "archive", "--workspace", dir, "--user", "root", "-o", file, "--recipient", "age1nope"}, 1, "", "Not an age public key"},
		{"too recent", []string{"audit", "archive", "--workspace", dir, "--user", "root", "-o", file, "--recipient", id.Recipient().String(),
			"--before", time.Now().UTC().Format(time.DateOnly)}, 1, "", "stay in the log"},
		{"archive", []string{"audit", "archive", "--workspace", dir, "--user", "root", "-o", file, "--recipient", id.Recipient().String()},
			0, "archived ", "audit.archive:"},
		{"nothing left", []string{"audit", "archive", "--workspace", dir, "--user", "root", "-o", passFile, "--passphrase-env", "ARCHIVE_PASS"},
			0, "nothing to archive", ""},
		{"verify-archive", []string{"audit", "verify-archive", file, "--identity", idFile, "--pubkey", key}, 0, "OK: ", ""},
		{"verify-archive, flags first", []string{"audit", "verify-archive", "--pubkey", key, "--identity", idFile, file}, 0, "file sha256: ", ""},
		{"another identity", []string{"audit", "verify-archive", file, "--identity", strangerFile, "--pubkey", key}, 1, "", "none of the given keys"},
		{"another public key", []string{"audit", "verify-archive", file, "--identity", idFile, "--pubkey", "fieldvault-audit-ed25519:" + strings.Repeat("A", 43) + "="},
			1, "", "signature does not verify"},
		{"needs an identity", []string{"audit", "verify-archive", file, "--pubkey", key}, 2, "", "--identity"},
		{"needs the pubkey", []string{"audit", "verify-archive", file, "--identity", idFile}, 2, "", "--pubkey"},
		{"workspace still verifies", []string{"audit", "verify", "--workspace", dir}, 0, "result:          OK", ""},
	}
	var archived string
	for _, s := range steps {
		t.Run(s.name, func(t *testing.T) {
			r := run(kc, env, "", s.args...)
			if r.code != s.code || !strings.Contains(r.stdout, s.out) || !strings.Contains(r.stderr, s.errIn) {
				t.Fatalf("got %+v", r)
			}
			if s.name == "archive" {
				archived = r.stdout
			}
			if s.name == "verify-archive" {
				// the chain the file ends with is the anchor the workspace keeps
				anchor := archived[strings.Index(archived, "hash ")+5:]
				if !strings.Contains(r.stdout, "hash "+strings.TrimSpace(anchor)) {
					t.Fatalf("archive said %q, verify said %q", archived, r.stdout)
				}
			}
		})
	}
	if _, err := os.Stat(passFile); !os.IsNotExist(err) {
		t.Fatal("a file was written for nothing")
	}
	// The standard age tool opens it too, when it is installed.
	if ageBin, err := exec.LookPath("age"); err == nil {
		out, err := exec.Command(ageBin, "-d", "-i", idFile, file).Output()
		if err != nil || !strings.HasPrefix(string(out), `{"n":1,"seq":1,`) || !strings.Contains(string(out), `{"manifest":{"format":"fieldvault-audit-archive"`) {
			t.Fatalf("age -d: %v\n%.200s", err, out)
		}
	} else {
		t.Log("age is not installed: skipped opening the archive with it")
	}
}
