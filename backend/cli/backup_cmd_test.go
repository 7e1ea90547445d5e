package cli_test

import (
	"bytes"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/pem"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"filippo.io/age"
	"golang.org/x/crypto/ssh"

	"fieldvault/backend/backup"
	"fieldvault/backend/cli"
	"fieldvault/backend/testutil"
)

func init() { backup.ScryptWorkFactor = 10 }

// Back up from the command line (to an age key, an SSH key from a
// recipients file, a passphrase) and restore each into a new folder with
// each kind of workspace secret; the restored workspace passes check and
// audit verify. Refusals exit 1 or 2 with one line on stderr.
func TestBackupRestoreCLI(t *testing.T) {
	base := t.TempDir()
	dir := filepath.Join(base, "ws")
	kc := testutil.NewFakeKeychain()
	kc.Broken = testutil.ErrNoDBus
	root := map[string]string{cli.EnvPassword: "admin password 1", cli.EnvPassphrase: "workspace passphrase 1"}
	if r := run(kc, root, "", "init", "--workspace", dir, "--name", "Acme", "--admin", "root", "--unlock", "passphrase"); r.code != 0 {
		t.Fatal(r)
	}
	recovery := recoveryRe.FindString(run(kc, root, "", "init", "--workspace", filepath.Join(base, "other"), "--name", "Other", "--admin", "root",
		"--unlock", "passphrase").stdout)
	if recovery == "" {
		t.Fatal("no recovery key")
	}
	asRoot := map[string]string{cli.EnvPassword: "admin password 1", cli.EnvNewPassword: "rep password 123"}
	if r := run(kc, asRoot, "", "user", "add", "--workspace", dir, "--user", "root", "--name", "rita", "--role", "Sales Representative"); r.code != 0 {
		t.Fatal(r)
	}
	id, _ := age.GenerateX25519Identity()
	stranger, _ := age.GenerateX25519Identity()
	pub, priv, _ := ed25519.GenerateKey(rand.Reader)
	sshPub, _ := ssh.NewPublicKey(pub)
	block, _ := ssh.MarshalPrivateKey(priv, "")
	files := map[string][]byte{
		"key.txt":     []byte("# created: test\n" + id.String() + "\n"),
		"other.txt":   []byte(stranger.String() + "\n"),
		"id_ed25519":  pem.EncodeToMemory(block),
		"team.keys":   []byte("# the team\n" + string(ssh.MarshalAuthorizedKey(sshPub))),
		"bad.keys":    []byte(id.Recipient().String() + "\n" + id.String() + "\n"),
		"exists.age":  []byte("keep me"),
		"notes/a.txt": []byte("mine"),
	}
	p := func(name string) string { return filepath.Join(base, name) }
	for name, b := range files {
		_ = os.MkdirAll(filepath.Dir(p(name)), 0o700)
		if err := os.WriteFile(p(name), b, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	withPass := map[string]string{cli.EnvPassword: "admin password 1", cli.EnvPassphrase: "workspace passphrase 1", "BACKUP_PASS": "backup passphrase 1"}
	ws := func(args ...string) []string { return append(args, "--workspace", dir) }
	steps := []struct {
		name       string
		env        map[string]string
		args       []string
		code       int
		out, errIn string
	}{
		{"needs -o", root, ws("backup", "--user", "root", "--recipient", id.Recipient().String()), 2, "", "-o FILE"},
		{"needs a recipient", root, ws("backup", "--user", "root", "-o", p("a.age")), 2, "", "--recipient"},
		{"needs a user", root, ws("backup", "--recipient", id.Recipient().String(), "-o", p("a.age")), 2, "", "--user NAME"},
		{"to an age key", root, ws("backup", "--user", "root", "--recipient", id.Recipient().String(), "-o", p("a.age")), 0,
			"encrypted to age " + id.Recipient().String(), ""},
		{"to an ssh key from a file", root, ws("backup", "--user", "root", "--recipients-file", p("team.keys"), "-o", p("s.age")), 0,
			"encrypted to ssh-ed25519 SHA256:", ""},
		{"to a passphrase", withPass, ws("backup", "--user", "root", "--passphrase-env", "BACKUP_PASS", "-o", p("p.age")), 0, "encrypted to passphrase", ""},
		{"passphrase and a key", withPass, ws("backup", "--user", "root", "--passphrase-env", "BACKUP_PASS", "--recipient", id.Recipient().String(),
			"-o", p("x.age")), 1, "", "not both"},
		{"a private key in the recipients file", root, ws("backup", "--user", "root", "--recipients-file", p("bad.keys"), "-o", p("x.age")), 1, "",
			"Line 2 of " + p("bad.keys") + " is a private key"},
		{"an existing file", root, ws("backup", "--user", "root", "--recipient", id.Recipient().String(), "-o", p("exists.age")), 1, "", "already exists"},
		{"not an administrator", map[string]string{cli.EnvPassword: "rep password 123"}, ws("backup", "--user", "rita", "--recipient",
			id.Recipient().String(), "-o", p("x.age")), 1, "", ""},

		{"restore needs an identity", root, []string{"restore", p("a.age"), "--workspace", p("r0")}, 2, "", "--identity"},
		{"restore with the workspace passphrase", root, []string{"restore", p("a.age"), "--workspace", p("r1"), "--identity", p("key.txt")}, 0,
			"entries verified", ""},
		{"restored workspace checks", root, []string{"check", "--workspace", p("r1")}, 0, "integrity:      ok", ""},
		{"restored log verifies", root, []string{"audit", "verify", "--workspace", p("r1")}, 0, "result:          OK", ""},
		{"restore from an ssh key with the admin's password", map[string]string{cli.EnvPassword: "admin password 1"},
			[]string{"restore", p("s.age"), "--workspace", p("r2"), "--identity", p("id_ed25519"), "--user", "root"}, 0, "made ", ""},
		{"restore a passphrase backup", withPass, []string{"restore", p("p.age"), "--workspace", p("r3"), "--passphrase-env", "BACKUP_PASS"}, 0,
			"integrity ok", ""},
		{"restore into a workspace", root, []string{"restore", p("a.age"), "--workspace", dir, "--identity", p("key.txt")}, 1, "", "not empty"},
		{"restore into a folder with files", root, []string{"restore", p("a.age"), "--workspace", p("notes"), "--identity", p("key.txt")}, 1, "", "not empty"},
		{"restore with another key", root, []string{"restore", p("a.age"), "--workspace", p("r4"), "--identity", p("other.txt")}, 1, "",
			"None of the given keys"},
		{"restore with another workspace's recovery key", map[string]string{cli.EnvRecoveryKey: recovery},
			[]string{"restore", p("a.age"), "--workspace", p("r5"), "--identity", p("key.txt")}, 1, "", "Wrong recovery key"},
		{"restore without a workspace secret", nil, []string{"restore", p("a.age"), "--workspace", p("r6"), "--identity", p("key.txt")}, 2, "",
			"workspace key needs"},
	}
	for _, s := range steps {
		t.Run(s.name, func(t *testing.T) {
			r := run(kc, s.env, "", s.args...)
			if r.code != s.code || !strings.Contains(r.stdout, s.out) || !strings.Contains(r.stderr, s.errIn) {
				t.Fatalf("got %+v", r)
			}
			if r.code != 0 && strings.Count(strings.TrimRight(r.stderr, "\n"), "\n") > 0 && !strings.Contains(r.stderr, "\r") {
				t.Fatalf("more than one line on stderr: %q", r.stderr)
			}
		})
	}
	if b, _ := os.ReadFile(p("exists.age")); !bytes.Equal(b, []byte("keep me")) {
		t.Fatal("an existing file was replaced")
	}
	for _, d := range []string{"r4", "r5", "r6"} {
		if _, err := os.Stat(p(d)); !os.IsNotExist(err) {
			t.Fatalf("a failed restore left %s", d)
		}
	}
	if entries, _ := os.ReadDir(p("notes")); len(entries) != 1 {
		t.Fatal("a restore wrote into a folder with files")
	}
}
