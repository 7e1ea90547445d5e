package service_test

import (
	"context"
	"strings"
	"testing"

	"fieldvault/backend/apperr"
	"fieldvault/backend/model"
)

func TestRecordValidation(t *testing.T) {
	c := newCRM(t)
	c.as(t, "admin")
	company := c.create(t, "companies", "admin", map[string]any{"name": "Acme"})
	tests := []struct {
		name   string
		entity string
		values map[string]any
		field  string // "" = valid
	}{
		{"valid contact", "contacts", map[string]any{"lastName": "Ok", "email": "a@b.co", "phone": "+49 (30) 123-45.6", "companyId": company.ID, "tags": []any{"vip"}}, ""},
		{"required missing", "contacts", map[string]any{"firstName": "A"}, "lastName"},
		{"required blank", "contacts", map[string]any{"lastName": "   "}, "lastName"},
		{"text too long", "contacts", map[string]any{"lastName": strings.Repeat("x", 201)}, "lastName"},
		{"two emails", "contacts", map[string]any{"lastName": "A", "email": "a@b.co, c@d.co"}, "email"},
		{"email with name", "contacts", map[string]any{"lastName": "A", "email": "Bob <a@b.co>"}, "email"},
		{"phone letters", "contacts", map[string]any{"lastName": "A", "phone": "call me"}, "phone"},
		{"phone too short", "contacts", map[string]any{"lastName": "A", "phone": "12"}, "phone"},
		{"bad date", "contacts", map[string]any{"lastName": "A", "optInDate": "31/12/2025"}, "optInDate"},
		{"bad enum", "contacts", map[string]any{"lastName": "A", "region": "Mars"}, "region"},
		{"bool as text", "contacts", map[string]any{"lastName": "A", "marketingOptIn": "yes"}, "marketingOptIn"},
		{"unknown field", "contacts", map[string]any{"lastName": "A", "is_admin": true}, "is_admin"},
		{"missing ref", "contacts", map[string]any{"lastName": "A", "companyId": "nope"}, "companyId"},
		{"number as text", "deals", map[string]any{"name": "D", "amount": "100"}, "amount"},
		{"huge number", "deals", map[string]any{"name": "D", "amount": 1e300}, "amount"},
		{"bad stage", "deals", map[string]any{"name": "D", "stageId": "nope"}, "stageId"},
		{"read-only set", "deals", map[string]any{"name": "D", "leadId": "x"}, "leadId"},
		{"control char", "companies", map[string]any{"name": "A\x00B"}, "name"},
		{"newline in one-line text", "companies", map[string]any{"name": "A\nB"}, "name"},
		{"related without entity", "activities", map[string]any{"kind": "call", "subject": "S", "relatedId": company.ID}, "relatedId"},
		{"valid related", "activities", map[string]any{"kind": "note", "subject": "S", "relatedEntity": "companies", "relatedId": company.ID}, ""},
		{"bad datetime", "activities", map[string]any{"kind": "call", "subject": "S", "at": "yesterday"}, "at"},
		{"assignee must be a user", "tasks", map[string]any{"title": "T", "assigneeId": "nobody"}, "assigneeId"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := c.records.Create(model.RecordInput{Entity: tt.entity, Values: tt.values})
			if tt.field == "" {
				if err != nil {
					t.Fatalf("unexpected %v", err)
				}
				return
			}
			var e *apperr.Error
			if !asAppErr(err, &e) || e.Code != apperr.CodeInvalid || e.Fields[tt.field] == "" {
				t.Fatalf("got %v, want invalid on %s", err, tt.field)
			}
		})
	}
}

func asAppErr(err error, e **apperr.Error) bool {
	ae, ok := err.(*apperr.Error)
	*e = ae
	return ok
}

// Hostile text is data: stored and returned verbatim, never interpreted;
// a 1 MB field is refused with a field error, never truncated.
func TestHostileStringsVerbatim(t *testing.T) {
	c := newCRM(t)
	c.as(t, "admin")
	tests := []struct {
		name, value string
		ok          bool
	}{
		{"html", `<script>alert("x")</script><img src=x onerror=alert(1)>`, true},
		{"sql", `Robert'); DROP TABLE contacts;-- " OR 1=1`, true},
		{"rtl", "مرحبا بالعالم \u202Eevil\u202C", true},
		{"emoji", "👩‍💻 Zoë 🚀", true},
		{"format string", "%s %d %n {{.}} ${x}", true},
		{"1 MB", strings.Repeat("A", 1<<20), false},
		{"control", "bell\x07", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := c.records.Create(model.RecordInput{Entity: "activities",
				Values: map[string]any{"kind": "note", "subject": truncateRunes(tt.value, 200), "notes": tt.value}})
			if !tt.ok {
				var e *apperr.Error
				if !asAppErr(err, &e) || e.Fields["subject"] == "" && e.Fields["notes"] == "" {
					t.Fatalf("got %v, want a field error", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			got, err := c.records.Get("activities", r.ID)
			if err != nil || got.Values["notes"] != tt.value || got.Values["subject"] != truncateRunes(tt.value, 200) {
				t.Fatalf("not verbatim: %q %v", got.Values["notes"], err)
			}
		})
	}
	var n int
	if err := c.core.StoreForTest().Reader().QueryRowContext(context.Background(), `SELECT count(*) FROM contacts`).Scan(&n); err != nil {
		t.Fatalf("contacts table after hostile input: %v", err)
	}
}

func truncateRunes(s string, n int) string {
	r := []rune(s)
	if len(r) > n {
		return string(r[:n])
	}
	return s
}
