package service_test

import (
	"testing"

	"fieldvault/backend/apperr"
	"fieldvault/backend/model"
)

// A record's team is one of its owner's teams ("" = the owner's first):
// nobody plants a record in a team its owner is not in.
func TestRecordTeamIsOneOfTheOwnersTeams(t *testing.T) {
	c := newCRM(t)
	c.as(t, "admin")
	existing := c.create(t, "contacts", "sales_rep", map[string]any{"lastName": "Existing"})
	tests := []struct {
		name     string
		as       string
		update   bool
		owner    string // user name; "" = default
		team     func() string
		wantTeam func() string // nil = invalid on teamId
	}{
		{"rep creates in own team", "sales_rep", false, "", func() string { return c.north }, func() string { return c.north }},
		{"rep creates without team", "sales_rep", false, "", func() string { return "" }, func() string { return c.north }},
		{"rep creates in foreign team", "sales_rep", false, "", func() string { return c.south }, nil},
		{"admin creates for rep in foreign team", "admin", false, "sales_rep", func() string { return c.south }, nil},
		{"admin creates for manager without team", "admin", false, "sales_manager", func() string { return "" }, func() string { return c.south }},
		{"admin moves rep record to foreign team", "admin", true, "", func() string { return c.south }, nil},
		{"admin gives record to manager and rep's team", "admin", true, "sales_manager", func() string { return c.north }, nil},
		{"admin gives record to manager", "admin", true, "sales_manager", func() string { return "" }, func() string { return c.south }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c.as(t, tt.as)
			in := model.RecordInput{Entity: "contacts", OwnerID: c.user[tt.owner], TeamID: tt.team(), Values: map[string]any{"lastName": "Placed"}}
			var r model.RecordItem
			var err error
			if tt.update {
				in.ID, in.Values = existing.ID, map[string]any{}
				r, err = c.records.Update(in)
			} else {
				r, err = c.records.Create(in)
			}
			if tt.wantTeam == nil {
				var e *apperr.Error
				if !asAppErr(err, &e) || e.Code != apperr.CodeInvalid || e.Fields["teamId"] == "" {
					t.Fatalf("got %v, want invalid on teamId", err)
				}
				return
			}
			if err != nil || r.TeamID != tt.wantTeam() {
				t.Fatalf("got team %q, %v; want %q", r.TeamID, err, tt.wantTeam())
			}
		})
	}
}
