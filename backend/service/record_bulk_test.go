package service_test

import (
	"strings"
	"testing"

	"fieldvault/backend/apperr"
	"fieldvault/backend/model"
)

// Bulk tag stores the tag as a normal update would (normalized, within the
// tag limits) and refuses one that normalizes to nothing.
func TestBulkTagIsNormalized(t *testing.T) {
	c := newCRM(t)
	c.as(t, "admin")
	r := c.create(t, "contacts", "admin", map[string]any{"lastName": "Nord"})
	tests := []struct {
		name, value string
		want        string // "" = refused as invalid on "value"
	}{
		{"blank", "   ", ""},
		{"empty", "", ""},
		{"huge", "x" + strings.Repeat(" ", 200_000) + "y", ""},
		{"too long", strings.Repeat("t", 51), ""},
		{"padded", " vip ", "vip"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := c.records.Bulk(model.BulkRequest{Entity: "contacts", Action: model.BulkTag, IDs: []string{r.ID}, Value: tt.value})
			if tt.want == "" {
				var e *apperr.Error
				if !asAppErr(err, &e) || e.Code != apperr.CodeInvalid || e.Fields["value"] == "" {
					t.Fatalf("got %+v %v, want invalid on value", res, err)
				}
				return
			}
			if err != nil || res.Done != 1 {
				t.Fatalf("got %+v %v", res, err)
			}
		})
	}
	got, err := c.records.Get("contacts", r.ID)
	if err != nil {
		t.Fatal(err)
	}
	if tags, _ := got.Values["tags"].([]string); len(tags) != 1 || tags[0] != "vip" {
		t.Fatalf("stored tags %q", got.Values["tags"])
	}
	// The stored tags survive a normal update.
	if _, err := c.records.Update(model.RecordInput{Entity: "contacts", ID: r.ID, Values: map[string]any{"tags": got.Values["tags"]}}); err != nil {
		t.Fatalf("round trip: %v", err)
	}
}

// Bulk handles each record once, and a record the action does not change
// is neither written nor audited.
func TestBulkDedupesAndSkipsUnchanged(t *testing.T) {
	c := newCRM(t)
	c.as(t, "admin")
	r := c.create(t, "contacts", "admin", map[string]any{"lastName": "Nord"})
	same := make([]string, 10_000)
	for i := range same {
		same[i] = r.ID
	}
	tests := []struct {
		name      string
		req       model.BulkRequest
		done      int
		newAudits int
		action    string
	}{
		{"10,000 copies of one id", model.BulkRequest{Entity: "contacts", Action: model.BulkAssign, IDs: same, Value: c.user["sales_rep"]}, 1, 1, "contact.assign"},
		{"assign to the current owner", model.BulkRequest{Entity: "contacts", Action: model.BulkAssign, IDs: []string{r.ID}, Value: c.user["sales_rep"]}, 1, 0, "contact.assign"},
		{"tag twice in one batch", model.BulkRequest{Entity: "contacts", Action: model.BulkTag, IDs: []string{r.ID, r.ID}, Value: "vip"}, 1, 1, "contact.tag"},
		{"tag it already has", model.BulkRequest{Entity: "contacts", Action: model.BulkTag, IDs: []string{r.ID}, Value: "vip"}, 1, 0, "contact.tag"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := auditCount(t, c, tt.action)
			beforeRec, _ := c.records.Get("contacts", r.ID)
			res, err := c.records.Bulk(tt.req)
			if err != nil || res.Done != tt.done || len(res.Failed) != 0 {
				t.Fatalf("got %+v %v", res, err)
			}
			if n := auditCount(t, c, tt.action) - before; n != tt.newAudits {
				t.Fatalf("%d new %s entries, want %d", n, tt.action, tt.newAudits)
			}
			after, _ := c.records.Get("contacts", r.ID)
			if tt.newAudits == 0 && after.UpdatedAt != beforeRec.UpdatedAt {
				t.Fatalf("unchanged record rewritten: %s → %s", beforeRec.UpdatedAt, after.UpdatedAt)
			}
		})
	}
}

// An update that changes nothing is not written or audited either.
func TestUpdateWithoutChangesIsNotAudited(t *testing.T) {
	c := newCRM(t)
	c.as(t, "admin")
	r := c.create(t, "contacts", "admin", map[string]any{"lastName": "Nord", "region": "North"})
	tests := []struct {
		name   string
		values map[string]any
		audits int
	}{
		{"no values", map[string]any{}, 0},
		{"same value", map[string]any{"lastName": "Nord"}, 0},
		{"new value", map[string]any{"lastName": "Sud"}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := auditCount(t, c, "contact.update")
			if _, err := c.records.Update(model.RecordInput{Entity: "contacts", ID: r.ID, Values: tt.values}); err != nil {
				t.Fatal(err)
			}
			if n := auditCount(t, c, "contact.update") - before; n != tt.audits {
				t.Fatalf("%d entries, want %d", n, tt.audits)
			}
		})
	}
}
