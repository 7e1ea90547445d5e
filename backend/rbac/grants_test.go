package rbac

import (
	"errors"
	"strings"
	"testing"

	"fieldvault/backend/apperr"
)

func TestGrantsScopeAndHas(t *testing.T) {
	g := Grants{
		Scopes:   map[Entity]map[Action]Scope{EntityDeals: {ActionRead: ScopeTeam, ActionUpdate: "bogus"}},
		Advanced: map[Perm]bool{PermReportsView: true, PermDataExport: false},
	}
	tests := []struct {
		name string
		got  any
		want any
	}{
		{"set", g.Scope(EntityDeals, ActionRead), ScopeTeam},
		{"missing action", g.Scope(EntityDeals, ActionDelete), ScopeNone},
		{"missing entity", g.Scope(EntityTasks, ActionRead), ScopeNone},
		{"unknown value fails closed", g.Scope(EntityDeals, ActionUpdate), ScopeNone},
		{"zero grants", Grants{}.Scope(EntityDeals, ActionRead), ScopeNone},
		{"held", g.Has(PermReportsView), true},
		{"false", g.Has(PermDataExport), false},
		{"absent", g.Has(PermAuditView), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got != tt.want {
				t.Fatalf("got %v, want %v", tt.got, tt.want)
			}
		})
	}
}

func TestGrantsCloneIsDeep(t *testing.T) {
	orig := grantsOf(map[Entity]map[Action]Scope{EntityDeals: crud(ScopeOwn, ScopeOwn, ScopeOwn, ScopeOwn)}, PermReportsView)
	c := orig.Clone()
	c.Scopes[EntityDeals][ActionRead] = ScopeAll
	c.Advanced[PermAuditView] = true
	if orig.Scope(EntityDeals, ActionRead) != ScopeOwn || orig.Has(PermAuditView) {
		t.Fatal("clone shares maps with its source")
	}
	if z := (Grants{}).Clone(); z.Scopes == nil || z.Advanced == nil {
		t.Fatal("clone of zero grants has nil maps")
	}
}

func TestGrantsValidate(t *testing.T) {
	tests := []struct {
		name       string
		g          Grants
		wantFields []string
	}{
		{"zero", Grants{}, nil},
		{"full", FullGrants(), nil},
		{"none is fine", Grants{Scopes: map[Entity]map[Action]Scope{EntityLeads: {ActionRead: ScopeNone}}}, nil},
		{"unknown entity", Grants{Scopes: map[Entity]map[Action]Scope{"invoices": {ActionRead: ScopeAll}}}, []string{"scopes.invoices"}},
		{"unknown action", Grants{Scopes: map[Entity]map[Action]Scope{EntityLeads: {"approve": ScopeAll}}}, []string{"scopes.leads.approve"}},
		{"unknown scope", Grants{Scopes: map[Entity]map[Action]Scope{EntityLeads: {ActionRead: "world"}}}, []string{"scopes.leads.read"}},
		{"unknown perm", Grants{Advanced: map[Perm]bool{"root": true}}, []string{"advanced.root"}},
		{"several", Grants{
			Scopes:   map[Entity]map[Action]Scope{EntityLeads: {ActionRead: ""}},
			Advanced: map[Perm]bool{"x": false},
		}, []string{"scopes.leads.read", "advanced.x"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.g.Validate()
			if len(tt.wantFields) == 0 {
				if err != nil {
					t.Fatalf("unexpected %v", err)
				}
				return
			}
			var e *apperr.Error
			if !errors.As(err, &e) || e.Code != apperr.CodeInvalid || len(e.Fields) != len(tt.wantFields) {
				t.Fatalf("got %#v, want invalid on %v", err, tt.wantFields)
			}
			for _, f := range tt.wantFields {
				if e.Fields[f] == "" {
					t.Fatalf("field %q missing in %v", f, e.Fields)
				}
			}
		})
	}
}

func TestCanGrant(t *testing.T) {
	rep, _ := DefaultRole(RoleSalesRep)
	mgr, _ := DefaultRole(RoleSalesManager)
	wider := rep.Grants.Clone()
	wider.Scopes[EntityDeals][ActionRead] = ScopeAll
	withExport := rep.Grants.Clone()
	withExport.Advanced[PermDataExport] = true
	withAudit := mgr.Grants.Clone()
	withAudit.Advanced[PermAuditView] = true
	narrower := rep.Grants.Clone()
	narrower.Scopes[EntityDeals][ActionRead] = ScopeOwn
	delete(narrower.Advanced, PermReportsView)

	tests := []struct {
		name     string
		granter  Grants
		g        Grants
		wantCode apperr.Code
		naming   string
	}{
		{"equal grants", rep.Grants, rep.Grants.Clone(), "", ""},
		{"narrower", rep.Grants, narrower, "", ""},
		{"nothing", Grants{}, Grants{}, "", ""},
		{"explicit none from nothing", Grants{}, Grants{Scopes: map[Entity]map[Action]Scope{EntityDeals: {ActionRead: ScopeNone}}}, "", ""},
		{"one scope wider", rep.Grants, wider, apperr.CodeForbidden, "deals.read"},
		{"scope from nothing", Grants{}, rep.Grants, apperr.CodeForbidden, "contacts.read"},
		{"advanced not held", rep.Grants, withExport, apperr.CodeForbidden, "data.export"},
		{"manager cannot grant audit", mgr.Grants, withAudit, apperr.CodeForbidden, "audit.view"},
		{"manager cannot grant all-scope", mgr.Grants, FullGrants(), apperr.CodeForbidden, "contacts.read"},
		{"administrator grants full", FullGrants(), FullGrants(), "", ""},
		{"unknown entry is invalid", FullGrants(), Grants{Advanced: map[Perm]bool{"root": true}}, apperr.CodeInvalid, "advanced.root"},
	}
	for _, r := range DefaultRoles() {
		tests = append(tests, struct {
			name     string
			granter  Grants
			g        Grants
			wantCode apperr.Code
			naming   string
		}{"administrator grants " + r.ID, FullGrants(), r.Grants, "", ""})
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := CanGrant(tt.granter, tt.g)
			if tt.wantCode == "" {
				if err != nil {
					t.Fatalf("unexpected %v", err)
				}
				return
			}
			var e *apperr.Error
			if !errors.As(err, &e) || e.Code != tt.wantCode {
				t.Fatalf("got %v, want %s", err, tt.wantCode)
			}
			if _, ok := e.Fields[tt.naming]; !ok {
				t.Fatalf("fields %v do not name %s", e.Fields, tt.naming)
			}
			if tt.wantCode == apperr.CodeForbidden && !strings.Contains(e.Message, tt.naming) {
				t.Fatalf("message %q does not name %s", e.Message, tt.naming)
			}
		})
	}
}
