package backup_test

import (
	"bytes"
	"crypto/rand"
	"crypto/rsa"
	"io"
	"strings"
	"testing"

	"filippo.io/age"
	"filippo.io/age/agessh"
	"golang.org/x/crypto/ssh"

	"fieldvault/backend/apperr"
	"fieldvault/backend/backup"
)

func TestBackupParseRecipients(t *testing.T) {
	x, xfile := ageKey(t)
	y, _ := ageKey(t)
	pq, err := age.GenerateHybridIdentity()
	if err != nil {
		t.Fatal(err)
	}
	ed, edPriv := sshKey(t, "ssh-ed25519", "")
	rsaPub, _ := sshKey(t, "ssh-rsa", "")
	small, _ := rsa.GenerateKey(rand.Reader, 1024)
	smallPub, _ := ssh.NewPublicKey(&small.PublicKey)
	smallLine := strings.TrimSpace(string(ssh.MarshalAuthorizedKey(smallPub)))
	secret := strings.TrimSpace(strings.Split(string(xfile), "\n")[1])
	edFP := func() string {
		pub, _, _, _, _ := ssh.ParseAuthorizedKey([]byte(ed))
		return ssh.FingerprintSHA256(pub)
	}()
	tests := []struct {
		name    string
		keys    []string
		pass    string
		want    []backup.Recipient
		field   string // the invalid field, "" when valid
		msg     string
		noEchos []string // text the message must not contain
	}{
		{"one age key", []string{x.Recipient().String()}, "", []backup.Recipient{{Type: backup.TypeAge, Fingerprint: x.Recipient().String()}}, "", "", nil},
		{"ssh ed25519 with comment", []string{ed}, "", []backup.Recipient{{Type: backup.TypeSSHEd25519, Fingerprint: edFP, Comment: "tester@laptop"}}, "", "", nil},
		{"mixed kinds, blanks and duplicates", []string{" " + x.Recipient().String(), "", ed, rsaPub, x.Recipient().String()}, "", nil, "", "", nil},
		{"post-quantum alone", []string{pq.Recipient().String()}, "", []backup.Recipient{{Type: backup.TypeAgePQ, Fingerprint: pq.Recipient().String()}}, "", "", nil},
		{"passphrase", nil, "backup passphrase 1", []backup.Recipient{{Type: backup.TypePassphrase}}, "", "", nil},
		{"nothing", []string{" ", ""}, "", nil, "recipients", "at least one", nil},
		{"passphrase beside keys", []string{y.Recipient().String()}, "backup passphrase 1", nil, "passphrase", "sole recipient", nil},
		{"short passphrase", nil, "short", nil, "passphrase", "at least 12", nil},
		{"age secret key", []string{x.Recipient().String(), secret}, "", nil, "recipients", "Recipient 2 is a private key", []string{secret, "AGE-SECRET"}},
		{"ssh private key", []string{string(edPriv)}, "", nil, "recipients", "Recipient 1 is a private key", []string{"BEGIN"}},
		{"typo in an age key", []string{x.Recipient().String()[:20] + "q" + x.Recipient().String()[21:]}, "", nil, "recipients", "not a valid age public key", nil},
		{"truncated ssh key", []string{ed[:40]}, "", nil, "recipients", "not a valid SSH public key", []string{ed[12:40]}},
		{"small rsa key", []string{smallLine}, "", nil, "recipients", "shorter than 2048 bits", nil},
		{"ecdsa key", []string{"ecdsa-sha2-nistp256 AAAAE2VjZHNh"}, "", nil, "recipients", "ssh-ed25519 or ssh-rsa", nil},
		{"a password pasted by mistake", []string{"hunter2-my-password"}, "", nil, "recipients", "Recipient 1 is not an age public key", []string{"hunter2"}},
		{"post-quantum mixed", []string{pq.Recipient().String(), x.Recipient().String()}, "", nil, "recipients", "Post-quantum", nil},
		{"too many", func() []string {
			var ks []string
			for range backup.MaxRecipients + 1 {
				k, _ := ageKey(t)
				ks = append(ks, k.Recipient().String())
			}
			return ks
		}(), "", nil, "recipients", "at most", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs, desc, err := backup.ParseRecipients(tt.keys, tt.pass)
			if tt.field == "" {
				if err != nil {
					t.Fatal(err)
				}
				if len(rs) != len(desc) || (tt.want != nil && !equalRecipients(desc, tt.want)) {
					t.Fatalf("got %+v, want %+v", desc, tt.want)
				}
				if tt.name == "mixed kinds, blanks and duplicates" && (len(desc) != 3 || desc[2].Type != backup.TypeSSHRSA) {
					t.Fatalf("got %+v", desc)
				}
				return
			}
			var ae *apperr.Error
			if !apperr.Is(err, apperr.CodeInvalid) || !errorsAs(err, &ae) || ae.Fields[tt.field] == "" || !strings.Contains(ae.Message, tt.msg) {
				t.Fatalf("got %v, want invalid %s mentioning %q", err, tt.field, tt.msg)
			}
			for _, s := range tt.noEchos {
				if strings.Contains(ae.Message, s) {
					t.Fatalf("the message echoes %q: %s", s, ae.Message)
				}
			}
		})
	}
}

func equalRecipients(a, b []backup.Recipient) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func errorsAs(err error, ae **apperr.Error) bool {
	e, ok := err.(*apperr.Error)
	*ae = e
	return ok
}

func TestBackupRecipientsFile(t *testing.T) {
	x, xfile := ageKey(t)
	ed, _ := sshKey(t, "ssh-ed25519", "")
	secret := strings.TrimSpace(strings.Split(string(xfile), "\n")[1])
	good := "# team keys\n\n" + x.Recipient().String() + "\n  " + ed + "  \n# the end\n"
	keys, err := backup.ReadRecipientsFile(strings.NewReader(good), "team.txt")
	if err != nil || len(keys) != 2 || keys[1] != ed {
		t.Fatalf("got %q %v", keys, err)
	}
	tests := []struct{ name, in, msg string }{
		{"a private key on line 3", "# keys\n" + x.Recipient().String() + "\n" + secret + "\n", "Line 3 of team.txt is a private key"},
		{"junk on line 2", x.Recipient().String() + "\nnot a key\n", "Line 2 of team.txt is not an age public key"},
		{"only comments", "# nothing\n\n", "holds no public key"},
		{"a line too long", strings.Repeat("a", 20000) + "\n", "cannot be read"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := backup.ReadRecipientsFile(strings.NewReader(tt.in), "team.txt")
			wantCode(t, err, apperr.CodeInvalid, tt.msg)
			if strings.Contains(err.Error(), secret) {
				t.Fatal("the message echoes the secret key")
			}
		})
	}
}

// age's own rule, which ParseRecipients enforces with a clearer message:
// a passphrase (scrypt) recipient cannot share a file with any other.
func TestBackupAgeRefusesPassphraseBesideKeys(t *testing.T) {
	x, _ := ageKey(t)
	p, _ := age.NewScryptRecipient("backup passphrase 1")
	p.SetWorkFactor(10)
	if _, err := age.Encrypt(&bytes.Buffer{}, x.Recipient(), p); err == nil {
		t.Fatal("age encrypted to a passphrase and a key in one file")
	}
	if _, err := age.Encrypt(&bytes.Buffer{}, p, x.Recipient()); err == nil {
		t.Fatal("age encrypted to a passphrase and a key in one file")
	}
}

func TestBackupParseIdentities(t *testing.T) {
	x, xfile := ageKey(t)
	_, edPriv := sshKey(t, "ssh-ed25519", "")
	_, encPriv := sshKey(t, "ssh-ed25519", "key passphrase")
	tests := []struct {
		name string
		in   []byte
		n    int
		msg  string
	}{
		{"age identity file", xfile, 1, ""},
		{"two age keys", append(bytes.Clone(xfile), []byte(x.String()+"\n")...), 2, ""},
		{"openssh ed25519", edPriv, 1, ""},
		{"passphrase-protected ssh key", encPriv, 0, "protected by a passphrase: give its passphrase"},
		{"a public key", []byte(x.Recipient().String() + "\n"), 0, "not an age identity file"},
		{"garbage pem", []byte("-----BEGIN OPENSSH PRIVATE KEY-----\nAAAA\n-----END OPENSSH PRIVATE KEY-----\n"), 0, "not an OpenSSH private key"},
		{"empty", nil, 0, "not an age identity file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ids, err := backup.ParseIdentities(tt.in, "key.txt")
			if tt.msg == "" {
				if err != nil || len(ids) != tt.n {
					t.Fatalf("got %d, %v", len(ids), err)
				}
				return
			}
			wantCode(t, err, apperr.CodeInvalid, tt.msg)
			if strings.Contains(err.Error(), x.String()) || strings.Contains(err.Error(), x.Recipient().String()) {
				t.Fatal("the message echoes a secret key")
			}
		})
	}
}

// An SSH key protected by a passphrase opens what was encrypted to it once
// its passphrase is given; without it, or with a wrong one, the message
// names the passphrase field and echoes neither key nor passphrase.
func TestBackupProtectedSSHIdentities(t *testing.T) {
	for _, kind := range []string{"ssh-ed25519", "ssh-rsa"} {
		t.Run(kind, func(t *testing.T) {
			pub, priv := sshKey(t, kind, "correct horse battery")
			r, err := agessh.ParseRecipient(pub)
			if err != nil {
				t.Fatal(err)
			}
			var sealed bytes.Buffer
			w, err := age.Encrypt(&sealed, r)
			if err != nil {
				t.Fatal(err)
			}
			_, _ = io.WriteString(w, "the backup")
			_ = w.Close()

			ids, err := backup.ParseIdentitiesWithPassphrase(priv, "id_key", "correct horse battery")
			if err != nil || len(ids) != 1 {
				t.Fatalf("right passphrase: %d identities, %v", len(ids), err)
			}
			out, err := age.Decrypt(bytes.NewReader(sealed.Bytes()), ids...)
			if err != nil {
				t.Fatal(err)
			}
			if b, _ := io.ReadAll(out); string(b) != "the backup" {
				t.Fatalf("decrypted %q", b)
			}
			for pass, msg := range map[string]string{"": "give its passphrase", "wrong horse": "The passphrase does not open id_key"} {
				_, err := backup.ParseIdentitiesWithPassphrase(priv, "id_key", pass)
				wantCode(t, err, apperr.CodeInvalid, msg)
				if _, ok := apperr.ToPayload(err).Fields["identityPassphrase"]; !ok {
					t.Errorf("passphrase %q: error %v does not name the passphrase field", pass, err)
				}
				if pass != "" && strings.Contains(err.Error(), pass) {
					t.Error("the message echoes the passphrase")
				}
			}
			// an unprotected key ignores a passphrase given by mistake
			_, plain := sshKey(t, kind, "")
			if ids, err := backup.ParseIdentitiesWithPassphrase(plain, "id_plain", "unneeded"); err != nil || len(ids) != 1 {
				t.Fatalf("unprotected key with a passphrase: %v", err)
			}
		})
	}
}
