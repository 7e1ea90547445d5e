package audit_test

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"
	"time"

	"fieldvault/backend/audit"
)

func TestCanonicalChangesWithEveryField(t *testing.T) {
	tests := []struct {
		field  string // Entry field the mutation touches (checked for coverage)
		mutate func(e *audit.Entry)
	}{
		{"Seq", func(e *audit.Entry) { e.Seq++ }},
		{"ID", func(e *audit.Entry) { e.ID += "x" }},
		{"At", func(e *audit.Entry) { e.At = e.At.Add(time.Millisecond) }},
		{"Actor", func(e *audit.Entry) { e.Actor.UserID = "u2" }},
		{"Actor", func(e *audit.Entry) { e.Actor.Username = "bob" }},
		{"Actor", func(e *audit.Entry) { e.Actor.Role = "Administrator" }},
		{"Device", func(e *audit.Entry) { e.Device.DeviceID = "d2" }},
		{"Device", func(e *audit.Entry) { e.Device.Hostname = "other" }},
		{"Device", func(e *audit.Entry) { e.Device.OSUser = "root" }},
		{"Device", func(e *audit.Entry) { e.Device.AppVersion = "1.2.4" }},
		{"SessionHash", func(e *audit.Entry) { e.SessionHash = "" }},
		{"Category", func(e *audit.Entry) { e.Category = audit.CatConfig }},
		{"Action", func(e *audit.Entry) { e.Action = "contact.delete" }},
		{"ObjectType", func(e *audit.Entry) { e.ObjectType = "company" }},
		{"ObjectID", func(e *audit.Entry) { e.ObjectID = "c43" }},
		{"ObjectLabel", func(e *audit.Entry) { e.ObjectLabel = "Jane Do" }},
		{"Changes", func(e *audit.Entry) { e.Changes[0].Field = "mail" }},
		{"Changes", func(e *audit.Entry) { e.Changes[0].Before = "c@x.io" }},
		{"Changes", func(e *audit.Entry) { e.Changes[0].After = nil }},
		{"Changes", func(e *audit.Entry) { e.Changes[0].Masked = true }},
		{"Changes", func(e *audit.Entry) { e.Changes[1].After = "2" }}, // string vs number
		{"Changes", func(e *audit.Entry) { e.Changes = e.Changes[:1] }},
		{"Changes", func(e *audit.Entry) { e.Changes[0], e.Changes[1] = e.Changes[1], e.Changes[0] }},
		{"Outcome", func(e *audit.Entry) { e.Outcome = audit.OutcomeDenied }},
		{"Reason", func(e *audit.Entry) { e.Reason = "ok." }},
		{"Rows", func(e *audit.Entry) { e.Rows = 4 }},
		{"PrevHash", func(e *audit.Entry) { e.PrevHash = bytes.Repeat([]byte{1}, 32) }},
		// moving a byte across a field boundary must not give the same bytes
		{"ObjectLabel", func(e *audit.Entry) { e.ObjectID, e.ObjectLabel = "c42J", "ane Doe" }},
	}
	base := audit.Canonical(sample())
	if !bytes.Equal(base, audit.Canonical(sample())) {
		t.Fatal("Canonical is not deterministic")
	}
	if base[0] != audit.CanonicalVersion {
		t.Fatalf("first byte %d, want the version", base[0])
	}
	covered := map[string]bool{}
	for _, tt := range tests {
		t.Run(tt.field, func(t *testing.T) {
			e := sample()
			tt.mutate(e)
			if bytes.Equal(audit.Canonical(e), base) {
				t.Fatalf("changing %s left the encoding unchanged", tt.field)
			}
		})
		covered[tt.field] = true
	}
	// Every field but Hash must be covered, so a new field cannot be
	// forgotten. Subject is not hashed: the sealed values carry it (their
	// envelopes are hashed), see personal.go.
	typ := reflect.TypeOf(audit.Entry{})
	for i := 0; i < typ.NumField(); i++ {
		if name := typ.Field(i).Name; name != "Hash" && name != "Subject" && !covered[name] {
			t.Errorf("no test changes Entry.%s", name)
		}
	}
	t.Run("Hash is excluded", func(t *testing.T) {
		e := sample()
		e.Hash = []byte("different")
		if !bytes.Equal(audit.Canonical(e), base) {
			t.Fatal("Hash is part of the encoding")
		}
	})
}

// What is hashed before storing must equal what is hashed after the values
// went through JSON (the store's changes column).
func TestCanonicalSurvivesJSONRoundTrip(t *testing.T) {
	tests := []struct {
		name string
		v    any
	}{
		{"int", 5},
		{"float", 2.5},
		{"big int", int64(1<<60 + 1)},
		{"map", map[string]any{"b": 1, "a": []any{"x", true, nil}}},
		{"struct", struct {
			B string `json:"b"`
			A int    `json:"a"`
		}{"x", 1}},
		{"bad utf-8", "a\xffb\xfe"},
		{"html", "<script>&</script>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := sample()
			e.Changes = []audit.Change{{Field: "f", After: tt.v}}
			if err := e.Validate(); err != nil {
				t.Fatal(err)
			}
			before := audit.Canonical(e)
			raw, err := json.Marshal(e.Changes)
			if err != nil {
				t.Fatal(err)
			}
			dec := json.NewDecoder(bytes.NewReader(raw))
			dec.UseNumber()
			var back []audit.Change
			if err := dec.Decode(&back); err != nil {
				t.Fatal(err)
			}
			e.Changes = back
			if !bytes.Equal(before, audit.Canonical(e)) {
				t.Fatalf("encoding changed after a JSON round trip of %#v", tt.v)
			}
		})
	}
}

func TestChainHash(t *testing.T) {
	e := sample()
	h := audit.ChainHash(testKey, audit.Genesis(), e)
	tests := []struct {
		name string
		key  []byte
		prev []byte
		same bool
	}{
		{"same inputs", testKey, audit.Genesis(), true},
		{"other key", []byte("another key of thirty-two bytes!"), audit.Genesis(), false},
		{"other prev", testKey, bytes.Repeat([]byte{9}, 32), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := audit.ChainHash(tt.key, tt.prev, e)
			if len(got) != 32 || bytes.Equal(got, h) != tt.same {
				t.Fatalf("same=%v, want %v", bytes.Equal(got, h), tt.same)
			}
		})
	}
}
