package service_test

import (
	"fmt"
	"strings"
	"testing"

	"fieldvault/backend/apperr"
	"fieldvault/backend/model"
)

// keysetIDs lists the ids of rows in order.
func keysetIDs(rows []model.RecordItem) []string {
	out := make([]string, len(rows))
	for i, r := range rows {
		out[i] = r.ID
	}
	return out
}

// List pages by NextAfter through the bound service exactly like one big
// page, for the administrator and for team-scoped roles (whose cursors
// never reach past their scope), and refuses a tampered cursor or one from
// another sort as CodeInvalid.
func TestListPagesByCursor(t *testing.T) {
	c := newCRM(t)
	c.as(t, "admin")
	owners := []string{"sales_rep", "support_agent", "sales_manager", "admin"}
	last := []string{"Ahl", "Berg", "Cole", "Berg", "Dunn"}
	for i := range 45 {
		c.create(t, "contacts", owners[i%4], map[string]any{"firstName": fmt.Sprintf("F%02d", i), "lastName": last[i%5],
			"region": []string{"North", "South", "East"}[i%3]})
		deal := map[string]any{"name": fmt.Sprintf("Deal %02d", i%7), "stageId": "proposal"}
		if i%3 != 0 {
			deal["amount"] = float64(i%4) * 250.5
		}
		c.create(t, "deals", owners[(i+1)%4], deal)
	}
	queries := []model.ListQuery{
		{Entity: "contacts"},
		{Entity: "contacts", Sort: "lastName"},
		{Entity: "contacts", Sort: "lastName", Desc: true, Filters: []model.Filter{{Field: "region", Op: model.OpNe, Value: "East"}}},
		{Entity: "deals", Sort: "amount"},
		{Entity: "deals", Sort: "amount", Desc: true},
		{Entity: "deals", Sort: "name", Search: "deal"},
	}
	for _, user := range []string{"admin", "sales_manager", "sales_rep"} {
		c.as(t, user)
		for _, q := range queries {
			t.Run(fmt.Sprintf("%s/%s/%s desc=%v", user, q.Entity, q.Sort, q.Desc), func(t *testing.T) {
				q.Limit = 500
				all, err := c.records.List(q)
				if user == "sales_rep" && q.Sort == "amount" {
					// No sensitive.view: a masked field does not sort, by cursor or not.
					if apperr.CodeOf(err) != apperr.CodeInvalid {
						t.Fatalf("sort by a masked field: %v", err)
					}
					return
				}
				if err != nil || all.NextAfter != "" || len(all.Rows) < 5 {
					t.Fatalf("one page: %d rows, next %q, %v", len(all.Rows), all.NextAfter, err)
				}
				want := keysetIDs(all.Rows)
				q.Limit = 4
				var got []string
				for page := 0; ; page++ {
					p, err := c.records.List(q)
					if err != nil {
						t.Fatalf("page %d: %v", page, err)
					}
					if page == 0 && p.Total != len(want) {
						t.Fatalf("total %d, want %d", p.Total, len(want))
					}
					if page > 0 && p.Total != -1 {
						t.Fatalf("page %d counted: %d", page, p.Total)
					}
					got = append(got, keysetIDs(p.Rows)...)
					if p.NextAfter == "" {
						break
					}
					q.After = p.NextAfter
				}
				if strings.Join(got, ",") != strings.Join(want, ",") {
					t.Fatalf("by cursor %v\nwant %v", got, want)
				}
			})
		}
	}

	// A cursor is a position, not a grant: the administrator's cursor gives
	// the team-scoped user their own rows after it and nothing else.
	c.as(t, "admin")
	adminPage, err := c.records.List(model.ListQuery{Entity: "contacts", Sort: "lastName", Limit: 3})
	if err != nil {
		t.Fatal(err)
	}
	c.as(t, "sales_manager")
	scoped, err := c.records.List(model.ListQuery{Entity: "contacts", Sort: "lastName", Limit: 500})
	if err != nil {
		t.Fatal(err)
	}
	mine := ids(scoped.Rows)
	after, err := c.records.List(model.ListQuery{Entity: "contacts", Sort: "lastName", Limit: 500, After: adminPage.NextAfter})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range after.Rows {
		if !mine[r.ID] {
			t.Fatalf("a cursor reached %s outside the scope", r.ID)
		}
	}

	bad := []struct {
		name string
		q    model.ListQuery
	}{
		{"tampered", model.ListQuery{Entity: "contacts", Sort: "lastName", After: adminPage.NextAfter[:len(adminPage.NextAfter)-2] + "x"}},
		{"other sort", model.ListQuery{Entity: "contacts", Sort: "firstName", After: adminPage.NextAfter}},
		{"other direction", model.ListQuery{Entity: "contacts", Sort: "lastName", Desc: true, After: adminPage.NextAfter}},
		{"other entity", model.ListQuery{Entity: "leads", Sort: "lastName", After: adminPage.NextAfter}},
		{"garbage", model.ListQuery{Entity: "contacts", Sort: "lastName", After: "' OR 1=1 --"}},
	}
	for _, tt := range bad {
		if _, err := c.records.List(tt.q); apperr.CodeOf(err) != apperr.CodeInvalid {
			t.Errorf("%s cursor: got %v, want invalid", tt.name, err)
		}
	}
}
