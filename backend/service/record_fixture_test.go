package service_test

import (
	"encoding/json"
	"strings"
	"testing"

	"fieldvault/backend/model"
)

// crm is the permission matrix plus two teams: the Sales Rep, the Support
// Agent and the Marketing Manager work in North, the Sales Manager in South.
type crm struct {
	*matrix
	user  map[string]string // user name → id
	north string
	south string
}

func newCRM(t *testing.T) *crm {
	t.Helper()
	m := newMatrix(t)
	c := &crm{matrix: m, user: map[string]string{}}
	c.as(t, "admin")
	n, err := m.teams.Create("North")
	if err != nil {
		t.Fatal(err)
	}
	s, err := m.teams.Create("South")
	if err != nil {
		t.Fatal(err)
	}
	c.north, c.south = n.ID, s.ID
	users, err := m.users.List()
	if err != nil {
		t.Fatal(err)
	}
	teamOf := map[string]string{"sales_rep": n.ID, "support_agent": n.ID, "marketing_manager": n.ID, "sales_manager": s.ID}
	for _, u := range users {
		c.user[u.Username] = u.ID
		if team, ok := teamOf[u.Username]; ok {
			teams := []string{team}
			if _, err := m.users.Update(model.UserUpdate{ID: u.ID, TeamIDs: &teams}); err != nil {
				t.Fatal(err)
			}
		}
	}
	return c
}

// as signs in as user ("admin" or a built-in role id).
func (c *crm) as(t *testing.T, user string) {
	t.Helper()
	pw := "their own password 1"
	if user == "admin" {
		pw = "admin password 1"
	}
	c.signInAs(t, user, pw)
}

// create makes a record as the signed-in user or fails the test.
func (c *crm) create(t *testing.T, entity, owner string, values map[string]any) model.RecordItem {
	t.Helper()
	r, err := c.records.Create(model.RecordInput{Entity: entity, OwnerID: c.user[owner], Values: values})
	if err != nil {
		t.Fatalf("create %s for %s: %v", entity, owner, err)
	}
	return r
}

// leak fails the test when v's JSON contains any of the secrets.
func leak(t *testing.T, what string, v any, secrets ...string) {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range secrets {
		if strings.Contains(string(b), s) {
			t.Fatalf("%s leaks %q: %s", what, s, b)
		}
	}
}

func ids(recs []model.RecordItem) map[string]bool {
	out := map[string]bool{}
	for _, r := range recs {
		out[r.ID] = true
	}
	return out
}

func hitIDs(hits []model.SearchHit) map[string]bool {
	out := map[string]bool{}
	for _, h := range hits {
		out[h.ID] = true
	}
	return out
}
