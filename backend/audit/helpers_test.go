package audit_test

import (
	"crypto/ed25519"
	"encoding/json"
	"fmt"
	"testing"
	"time"

	"fieldvault/backend/audit"
)

var (
	testKey       = []byte("0123456789abcdef0123456789abcdef")
	testPub, priv = mustKey()
	t0            = time.Date(2025, 3, 4, 5, 6, 7, 891_000_000, time.UTC)
)

func mustKey() (ed25519.PublicKey, ed25519.PrivateKey) {
	seed := make([]byte, ed25519.SeedSize)
	p := ed25519.NewKeyFromSeed(seed)
	return p.Public().(ed25519.PublicKey), p
}

// sample returns a fully populated entry: every field non-zero.
func sample() *audit.Entry {
	return &audit.Entry{
		Seq: 7, ID: "0f1e2d3c4b5a69788796a5b4c3d2e1f0", At: t0,
		Actor:       audit.Actor{UserID: "u1", Username: "ana", Role: "Sales Manager"},
		Device:      audit.Device{DeviceID: "d1", Hostname: "laptop", OSUser: "ana", AppVersion: "1.2.3"},
		SessionHash: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
		Category:    audit.CatData, Action: "contact.update",
		ObjectType: "contact", ObjectID: "c42", ObjectLabel: "Jane Doe",
		Changes: []audit.Change{
			{Field: "email", Before: "a@x.io", After: "b@x.io"},
			{Field: "score", Before: json.Number("1"), After: json.Number("2")},
		},
		Outcome: audit.OutcomeSuccess, Reason: "ok", Rows: 3,
		PrevHash: audit.Genesis(), Hash: []byte("not part of the encoding"),
	}
}

// chain returns n entries chained under testKey, seq 1..n.
func chain(t testing.TB, n int) []*audit.Entry {
	t.Helper()
	prev := audit.Genesis()
	out := make([]*audit.Entry, n)
	for i := range out {
		e := sample()
		e.Seq = int64(i + 1)
		e.ID = fmt.Sprintf("id-%d", i+1)
		e.At = t0.Add(time.Duration(i) * time.Second)
		e.ObjectLabel = fmt.Sprintf("Contact %d", i+1)
		if err := e.Validate(); err != nil {
			t.Fatal(err)
		}
		e.PrevHash = prev
		e.Hash = audit.ChainHash(testKey, prev, e)
		prev = e.Hash
		out[i] = e
	}
	return out
}
