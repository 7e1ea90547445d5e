package auditbundle_test

import (
	"bytes"
	"crypto/ed25519"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"fieldvault/backend/audit"
	"fieldvault/backend/auditbundle"
	"fieldvault/backend/model"
)

var (
	signer = ed25519.NewKeyFromSeed(bytes.Repeat([]byte{7}, ed25519.SeedSize))
	pub    = signer.Public().(ed25519.PublicKey)
	t0     = time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
)

func sign(m []byte) ([]byte, error) { return audit.SignBundle(signer, m), nil }

// bundle writes n entries with seqs 10, 12, 14, … (a filtered export).
func bundle(t testing.TB, n int) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := auditbundle.NewWriter(&buf)
	for i := range n {
		e := &audit.Entry{Seq: int64(10 + 2*i), ID: fmt.Sprintf("id%d", i), At: t0.Add(time.Duration(i) * time.Second),
			Actor: audit.Actor{UserID: "u1", Username: "ana", Role: "Auditor"}, Category: audit.CatData, Action: "contact.update",
			ObjectType: "contact", ObjectID: "c1", ObjectLabel: fmt.Sprintf("=Contact %d <b>", i),
			Changes: []audit.Change{{Field: "email", Before: "a@x.io", After: "b@x.io"}}, Outcome: audit.OutcomeSuccess,
			PrevHash: bytes.Repeat([]byte{byte(i)}, 32), Hash: bytes.Repeat([]byte{byte(i + 1)}, 32)}
		if err := w.Add(e, i%3 == 0); err != nil {
			t.Fatal(err)
		}
	}
	m := auditbundle.Manifest{WorkspaceID: "ws1", Exporter: auditbundle.Exporter{UserID: "u1", Username: "ana"},
		Query: model.AuditQuery{Action: "contact."}, PublicKey: auditbundle.FormatPublicKey(pub)}
	if err := w.Finish(m, t0, sign); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestBundleRoundTrip(t *testing.T) {
	for _, n := range []int{0, 1, 5, 3000} {
		res, err := auditbundle.Verify(bytes.NewReader(bundle(t, n)), pub)
		if err != nil {
			t.Fatalf("%d entries: %v", n, err)
		}
		if res.Count != int64(n) || n > 0 && (res.FirstSeq != 10 || res.LastSeq != int64(10+2*(n-1))) ||
			res.Manifest.WorkspaceID != "ws1" || res.Manifest.Query.Action != "contact." {
			t.Fatalf("%d entries: %+v", n, res)
		}
	}
}

// lines splits a bundle into its lines (without newlines).
func lines(b []byte) [][]byte { return bytes.Split(bytes.TrimSuffix(b, []byte("\n")), []byte("\n")) }

func join(ls [][]byte) []byte { return append(bytes.Join(ls, []byte("\n")), '\n') }

// Every kind of tampering fails and names the first bad line and its seq.
func TestBundleTampering(t *testing.T) {
	good := bundle(t, 8) // lines 1..8 hold seqs 10..24; line 9 is the manifest
	_, otherKey, _ := ed25519.GenerateKey(nil)
	tests := []struct {
		name      string
		tamper    func(ls [][]byte) []byte
		key       ed25519.PublicKey
		line, seq int64
		detail    string
	}{
		{"edited byte", func(ls [][]byte) []byte {
			ls[3] = bytes.Replace(ls[3], []byte("Contact 3"), []byte("Contact X"), 1)
			return join(ls)
		}, pub, 4, 16, "edited"},
		{"edited last entry", func(ls [][]byte) []byte {
			ls[7] = bytes.Replace(ls[7], []byte("Contact 7"), []byte("Contact X"), 1)
			return join(ls)
		}, pub, 8, 24, "edited"},
		{"edited first entry", func(ls [][]byte) []byte {
			ls[0] = bytes.Replace(ls[0], []byte(`"rows":0`), []byte(`"rows":9`), 1)
			return join(ls)
		}, pub, 1, 10, "edited"},
		{"removed line", func(ls [][]byte) []byte { return join(append(ls[:4:4], ls[5:]...)) }, pub, 5, 20, "line 5 was removed"},
		{"removed lines", func(ls [][]byte) []byte { return join(append(ls[:2:2], ls[5:]...)) }, pub, 3, 20, "lines 3 to 5 were removed"},
		{"reordered lines", func(ls [][]byte) []byte { ls[2], ls[5] = ls[5], ls[2]; return join(ls) }, pub, 3, 20, "written as line 6: lines were moved"},
		{"inserted line", func(ls [][]byte) []byte {
			return join(append(ls[:6:6], append([][]byte{ls[1]}, ls[6:]...)...))
		}, pub, 7, 12, "written as line 2"},
		{"truncated file", func(ls [][]byte) []byte { b := join(ls); return b[:len(b)-200] }, pub, 9, 0, "cut short"},
		{"cut at a line end", func(ls [][]byte) []byte { return join(ls[:6]) }, pub, 7, 0, "manifest is missing"},
		{"entries cut, manifest kept", func(ls [][]byte) []byte { return join(append(ls[:5:5], ls[8])) }, pub, 6, 0, "removed"},
		{"manifest edited", func(ls [][]byte) []byte {
			ls[8] = bytes.Replace(ls[8], []byte(`"username":"ana"`), []byte(`"username":"bob"`), 1)
			return join(ls)
		}, pub, 9, 0, "signature does not verify"},
		{"wrong public key", func(ls [][]byte) []byte { return join(ls) }, otherKey.Public().(ed25519.PublicKey), 9, 0, "signature does not verify"},
		{"garbage line", func(ls [][]byte) []byte { ls[2] = []byte("hello"); return join(ls) }, pub, 3, 0, "damaged"},
		{"data after manifest", func(ls [][]byte) []byte { return join(append(ls, ls[0])) }, pub, 10, 0, "after the signed manifest"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := tt.tamper(lines(bytes.Clone(good)))
			_, err := auditbundle.Verify(bytes.NewReader(b), tt.key)
			var p *auditbundle.Problem
			if !errors.As(err, &p) {
				t.Fatalf("got %v, want a problem", err)
			}
			if p.Line != tt.line || p.Seq != tt.seq || !strings.Contains(p.Error(), tt.detail) {
				t.Fatalf("got %q (line %d, seq %d), want line %d seq %d %q", p.Error(), p.Line, p.Seq, tt.line, tt.seq, tt.detail)
			}
			t.Log(p.Error())
		})
	}
}

func TestPublicKeyLine(t *testing.T) {
	s := auditbundle.FormatPublicKey(pub)
	if !strings.HasPrefix(s, auditbundle.KeyPrefix) || strings.ContainsAny(s, "\n ") {
		t.Fatalf("%q", s)
	}
	for _, in := range []string{s, strings.TrimPrefix(s, auditbundle.KeyPrefix), " " + s + "\n"} {
		if k, err := auditbundle.ParsePublicKey(in); err != nil || !k.Equal(pub) {
			t.Fatalf("%q: %v", in, err)
		}
	}
	if _, err := auditbundle.ParsePublicKey("fieldvault-audit-ed25519:abc"); err == nil {
		t.Fatal("a short key parsed")
	}
}
