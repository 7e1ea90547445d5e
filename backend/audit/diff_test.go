package audit_test

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"fieldvault/backend/audit"
)

func TestDiff(t *testing.T) {
	sensitive := func(f string) bool { return f == "amount" || f == "personalPhone" }
	secret := func(f string) bool { return f == "pin_code" }
	hostile := []string{
		"'; DROP TABLE audit_log; --",
		"line1\n2025-01-01 INFO auth.login.success user=admin",
		"<img src=x onerror=alert(1)>",
		"\u202egnp.exe",
		"\x00nul",
		"{{.Secret}} %s %n",
	}
	tests := []struct {
		name          string
		before, after map[string]any
		want          []audit.Change
	}{
		{"nothing", map[string]any{"a": 1}, map[string]any{"a": 1}, nil},
		{"both nil", nil, nil, nil},
		{"int equals float", map[string]any{"a": 1}, map[string]any{"a": 1.0}, nil},
		{"changed", map[string]any{"name": "A", "city": "X"}, map[string]any{"name": "B", "city": "X"},
			[]audit.Change{{Field: "name", Before: "A", After: "B"}}},
		{"added and removed, sorted", map[string]any{"z": 1}, map[string]any{"a": 2},
			[]audit.Change{{Field: "a", After: 2}, {Field: "z", Before: 1}}},
		{"to empty string", map[string]any{"a": "x"}, map[string]any{"a": ""},
			[]audit.Change{{Field: "a", Before: "x", After: ""}}},
		{"to null", map[string]any{"a": "x"}, map[string]any{"a": nil},
			[]audit.Change{{Field: "a", Before: "x"}}},
		{"sensitive masked", map[string]any{"amount": 1000}, map[string]any{"amount": 2000},
			[]audit.Change{{Field: "amount", Before: audit.Mask, After: audit.Mask, Masked: true}}},
		{"sensitive added", nil, map[string]any{"personalPhone": "+33 6"},
			[]audit.Change{{Field: "personalPhone", After: audit.Mask, Masked: true}}},
		{"sensitive unchanged", map[string]any{"amount": 1}, map[string]any{"amount": 1}, nil},
		{"secret by rule", map[string]any{"pin_code": "1234"}, map[string]any{"pin_code": "9876"},
			[]audit.Change{{Field: "pin_code", Masked: true}}},
		{"secret by name", map[string]any{"passwordHash": "old"}, map[string]any{"passwordHash": "hunter2-hash"},
			[]audit.Change{{Field: "passwordHash", Masked: true}}},
		{"secret by name wins over sensitive", map[string]any{"api_key": "k1"}, map[string]any{"api_key": "k2"},
			[]audit.Change{{Field: "api_key", Masked: true}}},
		{"hostile text verbatim", map[string]any{"note": hostile[0]}, map[string]any{"note": strings.Join(hostile, "|")},
			[]audit.Change{{Field: "note", Before: hostile[0], After: strings.Join(hostile, "|")}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := audit.Diff(tt.before, tt.after, sensitive, secret)
			if !reflect.DeepEqual(got, tt.want) {
				t.Fatalf("got  %#v\nwant %#v", got, tt.want)
			}
			e := sample()
			e.Changes = got
			if err := e.Validate(); err != nil {
				t.Fatalf("Diff's output does not validate: %v", err)
			}
		})
	}
}

// A secret must not reach the JSON in any form: value, hash, encoding.
func TestDiffNeverRecordsSecrets(t *testing.T) {
	secrets := []string{"hunter2-correct-horse", "tok_live_5f3a9c", "AKIAIOSFODNN7EXAMPLE"}
	for _, s := range secrets {
		for _, field := range []string{"password", "sessionToken", "recovery_key", "custom"} {
			t.Run(field, func(t *testing.T) {
				got := audit.Diff(map[string]any{field: "old-" + s}, map[string]any{field: s},
					nil, func(f string) bool { return f == "custom" })
				raw, err := json.Marshal(got)
				if err != nil {
					t.Fatal(err)
				}
				sum := sha256.Sum256([]byte(s))
				for _, form := range []string{s, "old-" + s, hex.EncodeToString(sum[:]),
					base64.StdEncoding.EncodeToString(sum[:]), base64.StdEncoding.EncodeToString([]byte(s))} {
					if strings.Contains(string(raw), form) {
						t.Fatalf("%s leaked into %s", form, raw)
					}
				}
				if string(raw) != `[{"field":"`+field+`","masked":true}]` {
					t.Fatalf("got %s", raw)
				}
			})
		}
	}
}

func TestSecretName(t *testing.T) {
	tests := map[string]bool{
		"password": true, "Password_Hash": true, "api-key": true, "API_KEY": true, "refreshToken": true,
		"client.secret": true, "pin": true, "key": true, "privateKey": true,
		"name": false, "email": false, "shipping": false, "keyAccount": false, "monkey": false, "tokens_used": true,
	}
	for name, want := range tests {
		t.Run(name, func(t *testing.T) {
			if got := audit.SecretName(name); got != want {
				t.Fatalf("SecretName(%q) = %v, want %v", name, got, want)
			}
		})
	}
}
