package service_test

import (
	"testing"

	"fieldvault/backend/apperr"
	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
)

// The secrets of the scope test: a personal phone and a deal amount.
const (
	secretPhone  = "+44 7700 900123"
	secretDigits = "7700900123"
	secretAmount = 987654.25
	amountText   = "987654"
)

// Two users in different teams and roles, and an administrator: each sees,
// edits, searches and deletes exactly what the matrix allows, a record
// outside scope reads as not_found everywhere, and sensitive values never
// leave the backend for a role without sensitive.view.
func TestRecordScopesEndToEnd(t *testing.T) {
	c := newCRM(t)
	c.as(t, "admin")
	north := c.create(t, "contacts", "sales_rep", map[string]any{"firstName": "Nora", "lastName": "Northam", "personalPhone": secretPhone})
	mate := c.create(t, "contacts", "support_agent", map[string]any{"lastName": "Nieminen"})
	south := c.create(t, "contacts", "sales_manager", map[string]any{"firstName": "Sam", "lastName": "Southgate"})
	deal := c.create(t, "deals", "sales_rep", map[string]any{"name": "Northwind renewal", "amount": secretAmount, "stageId": "proposal"})
	if _, err := c.records.Update(model.RecordInput{Entity: "deals", ID: deal.ID, Values: map[string]any{"amount": secretAmount + 1}}); err != nil {
		t.Fatal(err)
	}
	c.create(t, "activities", "sales_rep", map[string]any{"kind": "call", "subject": "Called Nora", "relatedEntity": "contacts", "relatedId": north.ID})

	type expect struct {
		user      string
		sees      []string // contact ids visible in List and Search
		hidden    []string // contact ids that read as not found
		canUpdate []string
		masked    bool
	}
	tests := []expect{
		{"sales_rep", []string{north.ID, mate.ID}, []string{south.ID}, []string{north.ID}, true},
		{"sales_manager", []string{south.ID}, []string{north.ID, mate.ID}, []string{south.ID}, false},
		{"admin", []string{north.ID, mate.ID, south.ID}, nil, []string{north.ID, mate.ID, south.ID}, false},
	}
	for _, tt := range tests {
		t.Run(tt.user, func(t *testing.T) {
			c.as(t, tt.user)
			page, err := c.records.List(model.ListQuery{Entity: "contacts"})
			if err != nil {
				t.Fatal(err)
			}
			got := ids(page.Rows)
			if len(got) != len(tt.sees) || page.Total != len(tt.sees) {
				t.Fatalf("list: got %v (total %d), want %v", got, page.Total, tt.sees)
			}
			hits, err := c.search.Search("N S", 50)
			if err != nil {
				t.Fatal(err)
			}
			for _, id := range tt.sees {
				if !got[id] {
					t.Errorf("list misses %s", id)
				}
				if _, err := c.records.Get("contacts", id); err != nil {
					t.Errorf("get %s: %v", id, err)
				}
			}
			for _, id := range tt.hidden {
				hidden := map[string]error{}
				_, hidden["get"] = c.records.Get("contacts", id)
				_, hidden["update"] = c.records.Update(model.RecordInput{Entity: "contacts", ID: id, Values: map[string]any{"title": "x"}})
				_, hidden["timeline"] = c.records.Timeline("contacts", id)
				if tt.user == "sales_manager" {
					hidden["delete"] = c.records.Delete("contacts", id)
				}
				for what, err := range hidden {
					if !apperr.Is(err, apperr.CodeNotFound) {
						t.Errorf("%s of a record outside scope: %v, want not_found", what, err)
					}
				}
				if hitIDs(hits)[id] {
					t.Errorf("search finds %s outside scope", id)
				}
				look, _ := c.records.Lookup("contacts", "", 50)
				if hitIDs(look)[id] {
					t.Errorf("lookup finds %s outside scope", id)
				}
			}
			for _, id := range tt.canUpdate {
				if _, err := c.records.Update(model.RecordInput{Entity: "contacts", ID: id, Values: map[string]any{"title": "Buyer"}}); err != nil {
					t.Errorf("update %s: %v", id, err)
				}
			}
			if !tt.masked {
				return
			}
			// Every response a masked role gets: no sensitive value in its JSON.
			responses := map[string]func() (any, error){
				"get contact":   func() (any, error) { return c.records.Get("contacts", north.ID) },
				"list contacts": func() (any, error) { return c.records.List(model.ListQuery{Entity: "contacts"}) },
				"get deal":      func() (any, error) { return c.records.Get("deals", deal.ID) },
				"list deals":    func() (any, error) { return c.records.List(model.ListQuery{Entity: "deals"}) },
				"search":        func() (any, error) { return c.search.Search("Nor", 50) },
				"lookup":        func() (any, error) { return c.records.Lookup("deals", "North", 10) },
				"timeline deal": func() (any, error) { return c.records.Timeline("deals", deal.ID) },
				"timeline contact": func() (any, error) {
					return c.records.Timeline("contacts", north.ID)
				},
				"update with mask": func() (any, error) {
					return c.records.Update(model.RecordInput{Entity: "contacts", ID: north.ID,
						Values: map[string]any{"personalPhone": rbac.Masked, "title": "Owner"}})
				},
			}
			for what, fn := range responses {
				v, err := fn()
				if err != nil {
					t.Fatalf("%s: %v", what, err)
				}
				leak(t, what, v, secretPhone, secretDigits, amountText)
			}
			d, _ := c.records.Get("deals", deal.ID)
			if d.Values["amount"] != rbac.Masked || len(d.Masked) != 1 {
				t.Fatalf("deal amount not masked: %+v", d)
			}
			// Writing a sensitive field without sensitive.view: forbidden, audited.
			before := c.deniedCount(t)
			_, err = c.records.Update(model.RecordInput{Entity: "contacts", ID: north.ID, Values: map[string]any{"personalPhone": "+1 555 0100"}})
			if !apperr.Is(err, apperr.CodeForbidden) || c.deniedCount(t) != before+1 {
				t.Fatalf("sensitive write: %v", err)
			}
			// Filtering or sorting on a masked field would reveal it.
			if _, err := c.records.List(model.ListQuery{Entity: "deals", Sort: "amount"}); !apperr.Is(err, apperr.CodeInvalid) {
				t.Fatalf("sort by masked field: %v", err)
			}
			// Creating for someone outside the create scope (own).
			_, err = c.records.Create(model.RecordInput{Entity: "contacts", OwnerID: c.user["sales_manager"], Values: map[string]any{"lastName": "X"}})
			if !apperr.Is(err, apperr.CodeForbidden) {
				t.Fatalf("create for another owner: %v", err)
			}
			// A rep may not delete contacts at all.
			if err := c.records.Delete("contacts", north.ID); !apperr.Is(err, apperr.CodeForbidden) {
				t.Fatalf("rep delete: %v", err)
			}
		})
	}
	// The manager sees the amount; nobody finds a record by a sensitive value.
	c.as(t, "sales_manager")
	c.as(t, "admin")
	d, err := c.records.Get("deals", deal.ID)
	if err != nil || d.Values["amount"] != secretAmount+1 {
		t.Fatalf("admin deal: %+v %v", d.Values, err)
	}
	if hits, _ := c.search.Search(secretDigits, 50); len(hits) != 0 {
		t.Fatalf("a sensitive value is searchable: %+v", hits)
	}
	tl, err := c.records.Timeline("contacts", north.ID)
	if err != nil || len(tl) < 2 || tl[0].At < tl[len(tl)-1].At {
		t.Fatalf("timeline: %+v %v", tl, err)
	}
	leak(t, "admin timeline (audit keeps sensitive values masked)", tl, secretDigits)
}

// Schema lists only readable entities; the Support Agent has no leads.
func TestSchemaOnlyReadableEntities(t *testing.T) {
	c := newCRM(t)
	c.as(t, "support_agent")
	defs, err := c.records.Schema()
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range defs {
		if d.Name == "leads" {
			t.Fatal("support agent sees the leads schema")
		}
	}
	if len(defs) != 5 {
		t.Fatalf("got %d entities", len(defs))
	}
	if _, err := c.records.List(model.ListQuery{Entity: "leads"}); !apperr.Is(err, apperr.CodeForbidden) {
		t.Fatalf("list leads: %v", err)
	}
}
