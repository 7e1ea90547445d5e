package rbac

import (
	"testing"

	"fieldvault/backend/apperr"
)

func TestParse(t *testing.T) {
	tests := []struct {
		name    string
		parse   func(string) (string, error)
		in      string
		wantErr bool
	}{
		{"entity ok", wrap(ParseEntity), "deals", false},
		{"entity plural only", wrap(ParseEntity), "deal", true},
		{"entity case", wrap(ParseEntity), "Deals", true},
		{"entity empty", wrap(ParseEntity), "", true},
		{"action ok", wrap(ParseAction), "delete", false},
		{"action unknown", wrap(ParseAction), "export", true},
		{"scope ok", wrap(ParseScope), "team", false},
		{"scope none ok", wrap(ParseScope), "none", false},
		{"scope unknown", wrap(ParseScope), "everything", true},
		{"perm ok", wrap(ParsePerm), "alerts.manage", false},
		{"perm unknown", wrap(ParsePerm), "root", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.parse(tt.in)
			if tt.wantErr {
				if !apperr.Is(err, apperr.CodeInvalid) || got != "" {
					t.Fatalf("got %q, %v; want invalid", got, err)
				}
				return
			}
			if err != nil || got != tt.in {
				t.Fatalf("got %q, %v; want %q", got, err, tt.in)
			}
		})
	}
}

func wrap[T ~string](f func(string) (T, error)) func(string) (string, error) {
	return func(s string) (string, error) { v, err := f(s); return string(v), err }
}

func TestScopeCovers(t *testing.T) {
	tests := []struct {
		s, other Scope
		want     bool
	}{
		{ScopeAll, ScopeTeam, true},
		{ScopeTeam, ScopeTeam, true},
		{ScopeTeam, ScopeOwn, true},
		{ScopeOwn, ScopeTeam, false},
		{ScopeNone, ScopeOwn, false},
		{ScopeNone, ScopeNone, true},
		{ScopeOwn, ScopeAll, false},
		{ScopeAll, "bogus", false},
		{"bogus", ScopeNone, false},
	}
	for _, tt := range tests {
		t.Run(string(tt.s)+">="+string(tt.other), func(t *testing.T) {
			if got := tt.s.Covers(tt.other); got != tt.want {
				t.Fatalf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestVocabularySizes(t *testing.T) {
	if len(Entities) != 6 || len(Actions) != 4 || len(Scopes) != 4 || len(AdvancedPerms) != 13 {
		t.Fatalf("vocabulary changed: %d entities, %d actions, %d scopes, %d perms",
			len(Entities), len(Actions), len(Scopes), len(AdvancedPerms))
	}
	for _, p := range AdvancedPerms {
		if l, d := PermLabel(p); l == string(p) || d == "" {
			t.Errorf("%s has no label or description", p)
		}
	}
}
