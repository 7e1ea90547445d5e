package service_test

import (
	"context"
	"testing"

	"fieldvault/backend/apperr"
	"fieldvault/backend/audit"
	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
)

// auditorRole makes a role that may read the audit log but not sensitive
// fields, gives it to the support_agent user and signs them in.
func auditorRole(t *testing.T, w *auditWorld) {
	t.Helper()
	w.signInAs(t, "admin", "admin password 1")
	r, err := w.roles.Create(model.RoleInput{Name: "Auditor", CopyFrom: rbac.RoleSupportAgent})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.roles.SetPermissions(model.RolePermissions{RoleID: r.ID, Grants: r.Grants,
		Advanced: append(r.Advanced, string(rbac.PermAuditView))}); err != nil {
		t.Fatal(err)
	}
	users, _ := w.users.List()
	for _, u := range users {
		if u.Username == "support_agent" {
			if _, err := w.users.Update(model.UserUpdate{ID: u.ID, RoleID: &r.ID}); err != nil {
				t.Fatal(err)
			}
		}
	}
	w.signInAs(t, "support_agent", "their own password 1")
}

// A sensitive field's values in an entry about a record read as masked
// for a viewer without sensitive.view; other fields, and viewers who may
// see them, get the values.
func TestAuditGetMasksSensitiveFields(t *testing.T) {
	w := newAuditWorld(t)
	e := &audit.Entry{Actor: audit.Actor{UserID: "u9", Username: "old-import"}, Category: audit.CatData,
		Action: "contact.update", ObjectType: "contact", ObjectID: "c1", ObjectLabel: "Jane", Outcome: audit.OutcomeSuccess,
		Changes: []audit.Change{{Field: "personalPhone", Before: "+49 111", After: "+49 222"},
			{Field: "title", Before: "CEO", After: "CTO"}, {Field: "amount", Masked: true, Before: audit.Mask, After: audit.Mask}}}
	cfg := &audit.Entry{Actor: audit.Actor{UserID: "u9"}, Category: audit.CatConfig, Action: "setting.update",
		ObjectType: "contact", Outcome: audit.OutcomeSuccess, Changes: []audit.Change{{Field: "personalPhone", Before: "a", After: "b"}}}
	for _, x := range []*audit.Entry{e, cfg} {
		if err := w.core.StoreForTest().AuditWrite(context.Background(), x); err != nil {
			t.Fatal(err)
		}
	}
	type diff struct{ before, after any }
	tests := []struct {
		name string
		as   func()
		seq  int64
		want map[string]diff
	}{
		{"administrator", func() {}, e.Seq, map[string]diff{"personalPhone": {"+49 111", "+49 222"}, "title": {"CEO", "CTO"}, "amount": {rbac.Masked, rbac.Masked}}},
		{"auditor without sensitive.view", func() { auditorRole(t, w) }, e.Seq, map[string]diff{"personalPhone": {rbac.Masked, rbac.Masked}, "title": {"CEO", "CTO"}, "amount": {rbac.Masked, rbac.Masked}}},
		{"not a record entry", func() {}, cfg.Seq, map[string]diff{"personalPhone": {"a", "b"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.as()
			d, err := w.audit.Get(tt.seq)
			if err != nil {
				t.Fatal(err)
			}
			if d.Seq != tt.seq || len(d.FieldDiffs) != len(tt.want) || len(d.Hash) != 64 || len(d.PrevHash) != 64 || d.DeviceID == "" {
				t.Fatalf("detail %+v", d)
			}
			for _, c := range d.FieldDiffs {
				if w := tt.want[c.Field]; c.Before != w.before || c.After != w.after || c.Masked != (w.before == rbac.Masked) {
					t.Errorf("%s: got %v → %v (masked %v), want %v → %v", c.Field, c.Before, c.After, c.Masked, w.before, w.after)
				}
			}
		})
	}
	if _, err := w.audit.Get(1 << 40); !apperr.Is(err, apperr.CodeNotFound) {
		t.Fatalf("absent seq: %v", err)
	}
}
