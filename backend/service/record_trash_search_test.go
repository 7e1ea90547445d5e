package service_test

import (
	"testing"

	"fieldvault/backend/model"
)

// Trash records are out of the search index: searching the Trash matches
// their titles instead (substring, LIKE wildcards taken literally).
func TestTrashSearchMatchesTitles(t *testing.T) {
	c := newCRM(t)
	c.as(t, "admin")
	zeb := c.create(t, "contacts", "admin", map[string]any{"firstName": "Anna", "lastName": "Zebedee"})
	pct := c.create(t, "contacts", "admin", map[string]any{"lastName": "Hundred_%"})
	live := c.create(t, "contacts", "admin", map[string]any{"lastName": "Zebulon"})
	for _, r := range []model.RecordItem{zeb, pct} {
		if err := c.records.Delete("contacts", r.ID); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		search string
		want   []string
	}{
		{"Zeb", []string{zeb.ID}},
		{"zebedee", []string{zeb.ID}},
		{"Anna Zeb", []string{zeb.ID}},
		{"Anna Nope", nil},
		{"_%", []string{pct.ID}},
		{"%", []string{pct.ID}},
		{"d_e", nil},
		{"—", nil},
	}
	for _, tt := range tests {
		t.Run(tt.search, func(t *testing.T) {
			p, err := c.records.List(model.ListQuery{Entity: "contacts", Trash: true, Search: tt.search})
			if err != nil {
				t.Fatal(err)
			}
			got := ids(p.Rows)
			if len(got) != len(tt.want) || got[live.ID] {
				t.Fatalf("got %v, want %v", got, tt.want)
			}
			for _, id := range tt.want {
				if !got[id] {
					t.Fatalf("got %v, want %v", got, tt.want)
				}
			}
		})
	}
}
