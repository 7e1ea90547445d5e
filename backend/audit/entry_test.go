package audit_test

import (
	"math"
	"strings"
	"testing"
	"unicode/utf8"

	"fieldvault/backend/apperr"
	"fieldvault/backend/audit"
)

func TestValidate(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(e *audit.Entry)
		bad    string // field named in the error; "" = valid
	}{
		{"valid", func(e *audit.Entry) {}, ""},
		{"every category", func(e *audit.Entry) { e.Category = audit.CatKey }, ""},
		{"unknown category", func(e *audit.Entry) { e.Category = "misc" }, "category"},
		{"empty action", func(e *audit.Entry) { e.Action = "" }, "action"},
		{"upper-case action", func(e *audit.Entry) { e.Action = "Contact.update" }, "action"},
		{"action with newline", func(e *audit.Entry) { e.Action = "auth.login\nauth.ok" }, "action"},
		{"action of 64", func(e *audit.Entry) { e.Action = strings.Repeat("a", 64) }, ""},
		{"action of 65", func(e *audit.Entry) { e.Action = strings.Repeat("a", 65) }, "action"},
		{"unknown outcome", func(e *audit.Entry) { e.Outcome = "maybe" }, "outcome"},
		{"negative rows", func(e *audit.Entry) { e.Rows = -1 }, "rows"},
		{"raw token as session", func(e *audit.Entry) { e.SessionHash = "tok_live_abcdef" }, "sessionHash"},
		{"no session", func(e *audit.Entry) { e.SessionHash = "" }, ""},
		{"secret with value", func(e *audit.Entry) {
			e.Changes = []audit.Change{{Field: "password_hash", After: "$argon2id$..."}}
		}, "changes"},
		{"secret unmasked", func(e *audit.Entry) { e.Changes = []audit.Change{{Field: "apiToken"}} }, "changes"},
		{"secret masked", func(e *audit.Entry) { e.Changes = []audit.Change{{Field: "password", Masked: true}} }, ""},
		{"masked with value", func(e *audit.Entry) {
			e.Changes = []audit.Change{{Field: "amount", Before: 10, Masked: true}}
		}, "changes"},
		{"masked with mask", func(e *audit.Entry) {
			e.Changes = []audit.Change{{Field: "amount", Before: audit.Mask, After: audit.Mask, Masked: true}}
		}, ""},
		{"duplicate field", func(e *audit.Entry) {
			e.Changes = []audit.Change{{Field: "a", After: 1}, {Field: "a", After: 2}}
		}, "changes"},
		{"empty field", func(e *audit.Entry) { e.Changes = []audit.Change{{After: 1}} }, "changes"},
		{"NaN", func(e *audit.Entry) { e.Changes = []audit.Change{{Field: "x", After: math.NaN()}} }, "changes"},
		{"channel", func(e *audit.Entry) { e.Changes = []audit.Change{{Field: "x", After: make(chan int)}} }, "changes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := sample()
			tt.mutate(e)
			err := e.Validate()
			if tt.bad == "" {
				if err != nil {
					t.Fatalf("got %v", err)
				}
				return
			}
			var ae *apperr.Error
			if !apperr.Is(err, apperr.CodeInvalid) || !asAppErr(err, &ae) || ae.Fields[tt.bad] == "" {
				t.Fatalf("got %v, want invalid %s", err, tt.bad)
			}
		})
	}
}

func asAppErr(err error, out **apperr.Error) bool {
	ae, ok := err.(*apperr.Error)
	*out = ae
	return ok
}

func TestValidateCutsLongText(t *testing.T) {
	tests := []struct {
		name, in string
		runes    int
		cut      bool
	}{
		{"short", "Jane", 4, false},
		{"exactly max", strings.Repeat("é", audit.MaxText), audit.MaxText, false},
		{"one over", strings.Repeat("é", audit.MaxText+1), audit.MaxText, true},
		{"huge", strings.Repeat("x", 100_000), audit.MaxText, true},
		{"bad utf-8", "a\xffb", 3, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := sample()
			e.ObjectLabel, e.Reason = tt.in, tt.in
			if err := e.Validate(); err != nil {
				t.Fatal(err)
			}
			for _, got := range []string{e.ObjectLabel, e.Reason} {
				if !utf8.ValidString(got) || utf8.RuneCountInString(got) != tt.runes || strings.HasSuffix(got, "…") != tt.cut {
					t.Fatalf("got %d runes, cut=%v", utf8.RuneCountInString(got), strings.HasSuffix(got, "…"))
				}
			}
		})
	}
}
