package audit_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"fieldvault/backend/audit"
)

// stored returns e in the form the store keeps it.
func stored(t *testing.T, e *audit.Entry) *audit.Stored {
	t.Helper()
	changes := []byte("[]")
	if len(e.Changes) > 0 {
		var err error
		if changes, err = json.Marshal(e.Changes); err != nil {
			t.Fatal(err)
		}
	}
	return &audit.Stored{Seq: e.Seq, ID: []byte(e.ID), AtMilli: e.At.UnixMilli(),
		Text: [13][]byte{[]byte(e.Actor.UserID), []byte(e.Actor.Username), []byte(e.Actor.Role), []byte(e.Device.DeviceID),
			[]byte(e.Device.Hostname), []byte(e.Device.OSUser), []byte(e.Device.AppVersion), []byte(e.SessionHash),
			[]byte(e.Category), []byte(e.Action), []byte(e.ObjectType), []byte(e.ObjectID), []byte(e.ObjectLabel)},
		Changes: changes, Outcome: []byte(e.Outcome), Reason: []byte(e.Reason), Rows: e.Rows, PrevHash: e.PrevHash}
}

func decodeChanges(b []byte) []audit.Change {
	var out []audit.Change
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	if dec.Decode(&out) != nil {
		return []audit.Change{{Field: "\x00undecodable", After: string(b)}}
	}
	return out
}

// Encoding an entry from its stored form gives Canonical of the entry,
// on the fast path and through the decoder alike.
func TestAppendCanonicalStoredEqualsCanonical(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(e *audit.Entry)
	}{
		{"sample", func(*audit.Entry) {}},
		{"no changes", func(e *audit.Entry) { e.Changes = nil }},
		{"html and unicode", func(e *audit.Entry) {
			e.ObjectLabel = "<Zoë & \u2028 😀>"
			e.Changes = []audit.Change{{Field: "note", Before: "a<b", After: map[string]any{"z": []any{1, "x"}, "a": nil}}}
		}},
		{"masked", func(e *audit.Entry) { e.Changes = []audit.Change{{Field: "password", Masked: true}} }},
		{"invalid utf-8 text", func(e *audit.Entry) { e.Reason = "bad \xff byte" }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := sample()
			tt.mutate(e)
			if err := e.Validate(); err != nil {
				t.Fatal(err)
			}
			st := stored(t, e)
			if got := audit.AppendCanonicalStored(nil, st, decodeChanges); !bytes.Equal(got, audit.Canonical(e)) {
				t.Fatalf("fast encoding differs:\n%x\n%x", got, audit.Canonical(e))
			}
			st.Changes = append([]byte(" "), st.Changes...) // not json.Marshal's form: decoded instead
			if got := audit.AppendCanonicalStored(nil, st, decodeChanges); !bytes.Equal(got, audit.Canonical(e)) {
				t.Fatal("decoded encoding differs")
			}
		})
	}
}

// A verifier resumed after a verified prefix ends where one over the whole
// log ends.
func TestNewVerifierFrom(t *testing.T) {
	entries := chain(t, 30)
	full := audit.NewVerifier(testKey, testPub)
	prefix := audit.NewVerifier(testKey, testPub)
	cp := audit.SignCheckpoint(priv, 10, entries[9].Hash, t0)
	cp2 := audit.SignCheckpoint(priv, 25, entries[24].Hash, t0)
	full.AddCheckpoint(cp)
	full.AddCheckpoint(cp2)
	prefix.AddCheckpoint(cp)
	for i, e := range entries {
		full.Add(e)
		if i < 12 {
			prefix.Add(e)
		}
	}
	rest := audit.NewVerifierFrom(testKey, testPub, prefix.Finish())
	rest.AddCheckpoint(cp2)
	for _, e := range entries[12:] {
		rest.Add(e)
	}
	got, want := rest.Finish(), full.Finish()
	if got.Entries != want.Entries || got.LastSeq != want.LastSeq || !bytes.Equal(got.LastHash, want.LastHash) ||
		got.Problem != nil || got.LastCheckpoint == nil || got.LastCheckpoint.Seq != 25 {
		t.Fatalf("resumed %+v, whole %+v", got, want)
	}
	if r := audit.NewVerifierFrom(testKey, testPub, audit.Report{}).Finish(); r.Entries != 0 || r.Problem != nil {
		t.Fatalf("from nothing: %+v", r)
	}
}

func TestBundleSignatureDomain(t *testing.T) {
	m := []byte(`{"count":3}`)
	sig := audit.SignBundle(priv, m)
	if !audit.VerifyBundle(testPub, m, sig) || audit.VerifyBundle(testPub, []byte(`{"count":4}`), sig) ||
		audit.VerifyBundle(nil, m, sig) || audit.VerifyBundle(testPub, m, sig[:10]) {
		t.Fatal("bundle signature checks wrong")
	}
	c := audit.SignCheckpoint(priv, 3, m, t0)
	if audit.VerifyBundle(testPub, m, c.Signature) {
		t.Fatal("a checkpoint signature passes for a bundle's")
	}
}
