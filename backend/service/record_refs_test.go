package service_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"fieldvault/backend/apperr"
	"fieldvault/backend/model"
)

// A deal links several contacts: the list is validated and checked for
// readability, the primary contact is always one of them, titles are only
// given for contacts the viewer may read, the "contains" filter finds a
// contact's deals through the link index, and the timeline names the
// contacts of a change.
func TestDealContacts(t *testing.T) {
	c := newCRM(t)
	c.as(t, "admin")
	ann := c.create(t, "contacts", "sales_rep", map[string]any{"lastName": "Ann North"})
	bob := c.create(t, "contacts", "sales_rep", map[string]any{"lastName": "Bob North"})
	sue := c.create(t, "contacts", "sales_manager", map[string]any{"lastName": "Sue South"})

	c.as(t, "sales_rep")
	tests := []struct {
		name   string
		values map[string]any
		field  string // "" = valid
		want   []string
	}{
		{"several contacts", map[string]any{"name": "D1", "contactIds": []any{ann.ID, bob.ID}}, "", []string{ann.ID, bob.ID}},
		{"duplicates dropped", map[string]any{"name": "D2", "contactIds": []any{ann.ID, ann.ID, ""}}, "", []string{ann.ID}},
		{"primary joins the list", map[string]any{"name": "D3", "primaryContactId": bob.ID, "contactIds": []any{ann.ID}}, "", []string{bob.ID, ann.ID}},
		{"primary only", map[string]any{"name": "D4", "primaryContactId": bob.ID}, "", []string{bob.ID}},
		{"unreadable contact", map[string]any{"name": "D5", "contactIds": []any{sue.ID}}, "contactIds", nil},
		{"absent contact", map[string]any{"name": "D6", "contactIds": []any{"nope"}}, "contactIds", nil},
		{"not a list", map[string]any{"name": "D7", "contactIds": ann.ID}, "contactIds", nil},
		{"not ids", map[string]any{"name": "D8", "contactIds": []any{1, 2}}, "contactIds", nil},
		{"hostile id", map[string]any{"name": "D9", "contactIds": []any{"x' OR 1=1 --"}}, "contactIds", nil},
		{"too many", map[string]any{"name": "D10", "contactIds": manyIDs(21)}, "contactIds", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := c.records.Create(model.RecordInput{Entity: "deals", Values: tt.values})
			if tt.field != "" {
				var e *apperr.Error
				if !asAppErr(err, &e) || e.Code != apperr.CodeInvalid || e.Fields[tt.field] == "" {
					t.Fatalf("got %v, want invalid on %s", err, tt.field)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if list, _ := got.Values["contactIds"].([]string); !slices.Equal(list, tt.want) {
				t.Fatalf("contactIds = %v, want %v", got.Values["contactIds"], tt.want)
			}
			for _, id := range tt.want {
				if got.RefTitles[id] == "" {
					t.Fatalf("no title for %s: %v", id, got.RefTitles)
				}
			}
		})
	}

	// The manager (other team) links Sue to a deal the rep can read.
	c.as(t, "admin")
	deal := c.create(t, "deals", "sales_rep", map[string]any{"name": "Shared", "contactIds": []any{ann.ID, sue.ID}})
	c.as(t, "sales_rep")
	got, err := c.records.Get("deals", deal.ID)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := got.RefTitles[sue.ID]; ok || got.RefTitles[ann.ID] != "Ann North" {
		t.Fatalf("titles = %v: Sue's must be hidden, Ann's shown", got.RefTitles)
	}
	leak(t, "deal as rep", got, "Sue South")
	// The rep may keep the hidden contact while adding Bob...
	upd, err := c.records.Update(model.RecordInput{Entity: "deals", ID: deal.ID, Values: map[string]any{"contactIds": []any{ann.ID, sue.ID, bob.ID}}})
	if err != nil {
		t.Fatal(err)
	}
	if list, _ := upd.Values["contactIds"].([]string); len(list) != 3 {
		t.Fatalf("after adding Bob: %v", upd.Values["contactIds"])
	}
	// ...and the timeline names the change without Sue's name.
	tl, err := c.records.Timeline("deals", deal.ID)
	if err != nil {
		t.Fatal(err)
	}
	leak(t, "timeline as rep", tl, "Sue South", sue.ID)
	found := false
	for _, it := range tl {
		for _, ch := range it.Changes {
			if ch.Field == "contactIds" && strings.Contains(fmt.Sprint(ch.After), "Bob North") {
				found = true
			}
		}
	}
	if !found {
		t.Fatalf("timeline does not name Bob in a contactIds change: %+v", tl)
	}

	// Deals of a contact: the filter uses the links; unlinking updates them.
	dealsOf := func(contact string) map[string]bool {
		t.Helper()
		page, err := c.records.List(model.ListQuery{Entity: "deals", Filters: []model.Filter{{Field: "contactIds", Op: model.OpContains, Value: contact}}})
		if err != nil {
			t.Fatal(err)
		}
		return ids(page.Rows)
	}
	if d := dealsOf(bob.ID); !d[deal.ID] || len(d) != 4 { // D1, D3, D4 and Shared
		t.Fatalf("deals of Bob: %v", d)
	}
	if _, err := c.records.Update(model.RecordInput{Entity: "deals", ID: deal.ID, Values: map[string]any{"contactIds": []any{ann.ID}}}); err != nil {
		t.Fatal(err)
	}
	if d := dealsOf(bob.ID); d[deal.ID] {
		t.Fatalf("unlinked deal still listed for Bob: %v", d)
	}
	page, err := c.records.List(model.ListQuery{Entity: "deals", Filters: []model.Filter{{Field: "contactIds", Op: model.OpEmpty}}})
	if err != nil || len(page.Rows) != 0 {
		t.Fatalf("deals without contacts: %v %v", page.Rows, err)
	}
}

func manyIDs(n int) []any {
	out := make([]any, n)
	for i := range out {
		out[i] = fmt.Sprintf("id%02d", i)
	}
	return out
}
