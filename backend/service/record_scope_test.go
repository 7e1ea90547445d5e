package service_test

import (
	"testing"

	"fieldvault/backend/apperr"
	"fieldvault/backend/model"
)

// A role may not update or delete records it cannot read: the role editor
// refuses such grants (a write returns the record, so it would read through
// it), and a refused edit leaves the role and the records as they were.
func TestRoleWriteScopeWithinReadScope(t *testing.T) {
	c := newCRM(t)
	c.as(t, "admin")
	secret := c.create(t, "contacts", "sales_manager", map[string]any{"lastName": "Southgate", "email": "hidden@south.example"})
	tests := []struct {
		name   string
		entity string
		action string
		scope  string
		field  string // "" = accepted
	}{
		{"update all over read team", "contacts", "update", "all", "grants.contacts.update"},
		{"delete all over read team", "deals", "delete", "all", "grants.deals.delete"},
		{"update team equal to read team", "contacts", "update", "team", ""},
		{"delete own within read team", "companies", "delete", "own", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c.as(t, "admin")
			roles, err := c.roles.List()
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range roles {
				if r.ID != "sales_rep" {
					continue
				}
				var grants []model.Grant
				for _, g := range r.Grants {
					if g.Entity == tt.entity && g.Action == tt.action {
						g.Scope = tt.scope
					}
					grants = append(grants, g)
				}
				grants = append(grants, model.Grant{Entity: tt.entity, Action: tt.action, Scope: tt.scope})
				_, err = c.roles.SetPermissions(model.RolePermissions{RoleID: r.ID, Grants: grants, Advanced: r.Advanced})
			}
			var e *apperr.Error
			switch {
			case tt.field == "" && err != nil:
				t.Fatalf("unexpected %v", err)
			case tt.field != "" && (!asAppErr(err, &e) || e.Code != apperr.CodeInvalid || e.Fields[tt.field] == ""):
				t.Fatalf("got %v, want invalid naming %s", err, tt.field)
			}
			c.as(t, "sales_rep")
			got, err := c.records.Update(model.RecordInput{Entity: "contacts", ID: secret.ID, Values: map[string]any{}})
			if !apperr.Is(err, apperr.CodeNotFound) {
				t.Fatalf("update outside read scope: %v", err)
			}
			leak(t, "update result", got, "hidden@south.example", "Southgate")
		})
	}
}
