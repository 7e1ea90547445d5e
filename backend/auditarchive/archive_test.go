package auditarchive_test

import (
	"bytes"
	"crypto/ed25519"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"

	"filippo.io/age"

	"fieldvault/backend/apperr"
	"fieldvault/backend/audit"
	"fieldvault/backend/auditarchive"
	"fieldvault/backend/model"
)

func init() { auditarchive.ScryptWorkFactor = 10 } // age's default costs ~1 s and 256 MiB a file

var at0 = time.Date(2025, 1, 2, 3, 4, 5, 678_000_000, time.UTC)

// chain returns n stored rows seq first.. that link up from prev.
func chain(first int64, n int, prev []byte) []model.AuditStoredRow {
	var out []model.AuditStoredRow
	for i := range n {
		h := make([]byte, 32)
		_, _ = rand.Read(h)
		out = append(out, model.AuditStoredRow{Seq: first + int64(i), ID: fmt.Sprintf("id%d", i), At: at0.Add(time.Duration(i) * time.Minute).Format(time.RFC3339Nano),
			ActorID: "u1", ActorName: "ana", ActorRole: "Administrator", Category: "data", Action: "contact.update",
			ObjectType: "contact", ObjectID: "c1", ObjectLabel: "pd1:contact:c1:k1:sealed" + fmt.Sprint(i),
			Changes: `[{"field":"name","before":"pd1:…","after":"pd1:…"}]`, Outcome: "success", PrevHash: prev, Hash: h})
		prev = h
	}
	return out
}

type fixture struct {
	pub   ed25519.PublicKey
	priv  ed25519.PrivateKey
	rows  []model.AuditStoredRow
	plain []byte
}

// newArchive writes seq 5..14 with a checkpoint over entry 10: lines 1–6
// are entries 5–10, line 7 the checkpoint, lines 8–11 entries 11–14, line
// 12 the manifest.
func newArchive(t *testing.T, rows []model.AuditStoredRow) fixture {
	t.Helper()
	pub, priv, _ := ed25519.GenerateKey(nil)
	if rows == nil {
		rows = chain(5, 10, bytes.Repeat([]byte{7}, 32))
	}
	cp := audit.SignCheckpoint(priv, 10, rows[5].Hash, at0)
	var buf bytes.Buffer
	w := auditarchive.NewWriter(&buf, []audit.Checkpoint{cp})
	for i := range rows {
		if err := w.Add(&rows[i]); err != nil {
			t.Fatal(err)
		}
	}
	err := w.Finish(auditarchive.Manifest{WorkspaceID: "ws1", Before: "2025-02-01"}, at0, func(m []byte) ([]byte, error) {
		return audit.SignArchive(priv, m), nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return fixture{pub: pub, priv: priv, rows: rows, plain: buf.Bytes()}
}

func seal(t *testing.T, plain []byte, r ...age.Recipient) []byte {
	t.Helper()
	var out bytes.Buffer
	w, err := auditarchive.Seal(&out, r)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Write(plain); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

func TestArchiveVerifies(t *testing.T) {
	f := newArchive(t, nil)
	res, err := auditarchive.Verify(bytes.NewReader(f.plain), f.pub)
	if err != nil || res.Count != 10 || res.FirstSeq != 5 || res.LastSeq != 14 || res.Checkpoints != 1 ||
		res.LastHash != fmt.Sprintf("%x", f.rows[9].Hash) || res.Manifest.FirstPrevHash != strings.Repeat("07", 32) {
		t.Fatalf("%+v %v", res, err)
	}
	if n := bytes.Count(f.plain, []byte("\n")); n != 12 {
		t.Fatalf("%d lines", n)
	}
	// stored form kept verbatim: the sealed label and the changes text
	if !bytes.Contains(f.plain, []byte(`"objectLabel":"pd1:contact:c1:k1:sealed0"`)) || !bytes.Contains(f.plain, []byte(`"changes":"[{\"field\":\"name\"`)) {
		t.Fatalf("stored form not kept: %s", f.plain[:300])
	}
	id, _ := age.GenerateX25519Identity()
	file := seal(t, f.plain, id.Recipient())
	// the age library alone opens it (what `age -d` does)
	r, err := age.Decrypt(bytes.NewReader(file), id)
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := io.ReadAll(r); !bytes.Equal(got, f.plain) {
		t.Fatal("age.Decrypt does not give the plaintext back")
	}
	if _, err := auditarchive.VerifyFile(bytes.NewReader(file), []age.Identity{id}, f.pub); err != nil {
		t.Fatal(err)
	}
}

func lines(b []byte) [][]byte {
	return bytes.SplitAfter(b, []byte("\n"))[:bytes.Count(b, []byte("\n"))]
}

func join(ls [][]byte) []byte { return bytes.Join(ls, nil) }

// Tampering with a decrypted archive (someone who holds a recipient key
// re-encrypts it) is named: the line, its entry and what happened.
func TestArchiveTamperingIsNamed(t *testing.T) {
	f := newArchive(t, nil)
	other, _, _ := ed25519.GenerateKey(nil)
	tests := []struct {
		name   string
		edit   func(ls [][]byte) [][]byte
		pub    ed25519.PublicKey
		expect string
	}{
		{"edited entry", func(ls [][]byte) [][]byte {
			ls[2] = bytes.Replace(ls[2], []byte("contact.update"), []byte("contact.view__"), 1)
			return ls
		}, nil, "line 3 (audit entry 7): this line was edited: its hash is not what the next line recorded"},
		{"removed entry", func(ls [][]byte) [][]byte { return append(ls[:2:2], ls[3:]...) }, nil,
			"line 3 (audit entry 8): the line written as line 3 was removed before it"},
		{"reordered entries", func(ls [][]byte) [][]byte { ls[2], ls[3] = ls[3], ls[2]; return ls }, nil,
			"line 3 (audit entry 8): it was written as line 4: lines were moved"},
		{"entry copied", func(ls [][]byte) [][]byte { return append(ls[:3:3], append([][]byte{ls[2]}, ls[3:]...)...) }, nil,
			"line 4 (audit entry 7): it was written as line 3"},
		{"checkpoint removed", func(ls [][]byte) [][]byte { return append(ls[:6:6], ls[7:]...) }, nil,
			"line 7 (audit entry 11): the line written as line 7 was removed"},
		{"checkpoint edited", func(ls [][]byte) [][]byte {
			ls[6] = bytes.Replace(ls[6], []byte(`"seq":10`), []byte(`"seq":11`), 1)
			return ls
		}, nil, "line 7 (audit entry 11): this line was edited"},
		{"last entry edited", func(ls [][]byte) [][]byte {
			ls[10] = bytes.Replace(ls[10], []byte(`"rows":0`), []byte(`"rows":9`), 1)
			return ls
		}, nil, "line 11 (audit entry 14): this line was edited: its hash does not match the signed manifest"},
		{"manifest edited", func(ls [][]byte) [][]byte {
			ls[11] = bytes.Replace(ls[11], []byte(`"count":10`), []byte(`"count":11`), 1)
			return ls
		}, nil, "line 12: the manifest's signature does not verify"},
		{"manifest cut off", func(ls [][]byte) [][]byte { return ls[:11] }, nil,
			"line 12: the archive is cut short after line 11 (audit entry 14): its signed manifest is missing"},
		{"file cut in a line", func(ls [][]byte) [][]byte { ls[11] = ls[11][:40]; return ls }, nil, "line 12: the file is cut short in this line"},
		{"data after the manifest", func(ls [][]byte) [][]byte { return append(ls, ls[0]) }, nil, "line 13: there is data after the signed manifest"},
		{"damaged line", func(ls [][]byte) [][]byte { ls[4] = []byte("garbage\n"); return ls }, nil, "line 5: this line is damaged"},
		{"wrong public key", func(ls [][]byte) [][]byte { return ls }, other,
			"the manifest's signature does not verify with this public key"},
	}
	id, _ := age.GenerateX25519Identity()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pub := f.pub
			if tt.pub != nil {
				pub = tt.pub
			}
			plain := join(tt.edit(lines(bytes.Clone(f.plain))))
			file := seal(t, plain, id.Recipient())
			_, err := auditarchive.VerifyFile(bytes.NewReader(file), []age.Identity{id}, pub)
			var p *auditarchive.Problem
			if !errors.As(err, &p) || !strings.Contains(p.Error(), tt.expect) {
				t.Fatalf("got %v\nwant %q", err, tt.expect)
			}
		})
	}
}

// The encrypted file itself: a changed or missing byte, another key.
func TestArchiveFileDamage(t *testing.T) {
	f := newArchive(t, nil)
	id, _ := age.GenerateX25519Identity()
	stranger, _ := age.GenerateX25519Identity()
	pr, _ := age.NewScryptRecipient("correct horse battery")
	pr.SetWorkFactor(10)
	good := seal(t, f.plain, id.Recipient())
	pass := seal(t, f.plain, pr)
	idPass := func(p string) age.Identity { i, _ := auditarchive.PassphraseIdentity(p); return i }
	tests := []struct {
		name   string
		file   []byte
		ids    []age.Identity
		expect string
	}{
		{"intact", good, []age.Identity{id}, ""},
		{"two identities, one fits", good, []age.Identity{stranger, id}, ""},
		{"passphrase", pass, []age.Identity{idPass("correct horse battery")}, ""},
		{"truncated", good[:len(good)-30], []age.Identity{id}, "the encrypted file is damaged or cut short"},
		{"byte flipped", func() []byte { b := bytes.Clone(good); b[len(b)-100] ^= 1; return b }(), []age.Identity{id}, "damaged or cut short"},
		{"another key", good, []age.Identity{stranger}, "none of the given keys or passphrases opens this archive"},
		{"wrong passphrase", pass, []age.Identity{idPass("wrong horse battery")}, "none of the given keys"},
		{"not an age file", f.plain, []age.Identity{id}, "this is not an age-encrypted archive"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := auditarchive.VerifyFile(bytes.NewReader(tt.file), tt.ids, f.pub)
			if tt.expect == "" {
				if err != nil || res.Count != 10 {
					t.Fatalf("%+v %v", res, err)
				}
				return
			}
			var p *auditarchive.Problem
			if !errors.As(err, &p) || !strings.Contains(p.Error(), tt.expect) {
				t.Fatalf("got %v, want %q", err, tt.expect)
			}
		})
	}
}

// A signed archive whose entries do not link up (written from a broken
// range) still fails: the entries' own chain is checked, not only lines.
func TestArchiveEntryChainChecked(t *testing.T) {
	rows := chain(5, 10, bytes.Repeat([]byte{7}, 32))
	rows[6].PrevHash = bytes.Repeat([]byte{1}, 32) // entry 11 (line 8)
	f := newArchive(t, rows)
	_, err := auditarchive.Verify(bytes.NewReader(f.plain), f.pub)
	if err == nil || !strings.Contains(err.Error(), "line 8 (audit entry 11): it does not continue the workspace's hash chain from entry 10") {
		t.Fatal(err)
	}
}

func TestRecipients(t *testing.T) {
	x, _ := age.GenerateX25519Identity()
	pq, _ := age.GenerateHybridIdentity()
	key := x.Recipient().String()
	tests := []struct {
		name   string
		keys   []string
		pass   string
		field  string // "" = valid
		wantTo []string
	}{
		{"one key", []string{" " + key + " "}, "", "", []string{key}},
		{"duplicates and blanks dropped", []string{key, "", key}, "", "", []string{key}},
		{"post-quantum key", []string{pq.Recipient().String(), key}, "", "", []string{pq.Recipient().String(), key}},
		{"passphrase", nil, "a long passphrase", "", []string{auditarchive.PassphraseLabel}},
		{"nothing", nil, "", "recipients", nil},
		{"not a key", []string{"ssh-ed25519 AAAA"}, "", "recipients", nil},
		{"a secret key", []string{x.String()}, "", "recipients", nil},
		{"both", []string{key}, "a long passphrase", "passphrase", nil},
		{"short passphrase", nil, "short", "passphrase", nil},
		{"too many", slicesRepeat(21), "", "recipients", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs, to, err := auditarchive.Recipients(tt.keys, tt.pass)
			if tt.field == "" {
				if err != nil || len(rs) != len(tt.wantTo) || fmt.Sprint(to) != fmt.Sprint(tt.wantTo) {
					t.Fatalf("%v %v %v", rs, to, err)
				}
				return
			}
			var ae *apperr.Error
			if !errors.As(err, &ae) || ae.Code != apperr.CodeInvalid || ae.Fields[tt.field] == "" {
				t.Fatalf("got %v, want invalid %s", err, tt.field)
			}
			if strings.Contains(err.Error(), "AGE-SECRET-KEY") || strings.Contains(fmt.Sprint(ae.Fields), "AGE-SECRET-KEY") {
				t.Fatal("a secret key was echoed")
			}
		})
	}
}

func slicesRepeat(n int) []string {
	out := make([]string, n)
	for i := range out {
		id, _ := age.GenerateX25519Identity()
		out[i] = id.Recipient().String()
	}
	return out
}
