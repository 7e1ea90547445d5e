package service_test

import (
	"encoding/json"
	"strings"
	"testing"

	"fieldvault/backend/model"
)

// The timeline names linked records instead of showing ids — but only those
// the viewer may read; others are "(a record you cannot see)".
func TestTimelineNamesLinkedRecords(t *testing.T) {
	c := newCRM(t)
	c.as(t, "admin")
	northCo := c.create(t, "companies", "sales_rep", map[string]any{"name": "Visible Co"})
	southCo := c.create(t, "companies", "sales_manager", map[string]any{"name": "Secret South Co"})
	contact := c.create(t, "contacts", "sales_rep", map[string]any{"lastName": "Lindqvist", "companyId": northCo.ID})
	if _, err := c.records.Update(model.RecordInput{Entity: "contacts", ID: contact.ID, Values: map[string]any{"companyId": southCo.ID}}); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		user       string
		want, hide []string
	}{
		{"admin", []string{"Visible Co", "Secret South Co"}, []string{northCo.ID, southCo.ID}},
		{"sales_rep", []string{"Visible Co", "(a record you cannot see)"}, []string{"Secret South Co", northCo.ID, southCo.ID}},
	}
	for _, tt := range tests {
		t.Run(tt.user, func(t *testing.T) {
			c.as(t, tt.user)
			tl, err := c.records.Timeline("contacts", contact.ID)
			if err != nil {
				t.Fatal(err)
			}
			raw, _ := json.Marshal(tl)
			for _, w := range tt.want {
				if !strings.Contains(string(raw), w) {
					t.Errorf("timeline lacks %q: %s", w, raw)
				}
			}
			for _, h := range tt.hide {
				if strings.Contains(string(raw), h) {
					t.Errorf("timeline shows %q", h)
				}
			}
		})
	}
}
