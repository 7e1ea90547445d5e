package service_test

import (
	"strings"
	"testing"

	"fieldvault/backend/apperr"
	"fieldvault/backend/model"
)

// What a user types into a search, a filter or a saved view is bounded.
func TestSearchFilterAndViewSizeLimits(t *testing.T) {
	c := newCRM(t)
	c.as(t, "admin")
	long := strings.Repeat("x", 201)
	ok200 := "  " + strings.Repeat("x", 200) + "  "
	big := strings.Repeat("y", 801)
	tests := []struct {
		name  string
		run   func() error
		field string // "" = accepted
	}{
		{"list search of 200 bytes and spaces", func() error {
			_, err := c.records.List(model.ListQuery{Entity: "contacts", Search: ok200})
			return err
		}, ""},
		{"list search over 200 bytes", func() error {
			_, err := c.records.List(model.ListQuery{Entity: "contacts", Search: long})
			return err
		}, "search"},
		{"trash search over 200 bytes", func() error {
			_, err := c.records.List(model.ListQuery{Entity: "contacts", Trash: true, Search: long})
			return err
		}, "search"},
		{"global search over 200 bytes", func() error { _, err := c.search.Search(long, 10); return err }, "search"},
		{"lookup over 200 bytes", func() error { _, err := c.records.Lookup("contacts", long, 10); return err }, "search"},
		{"in value over the scalar max", func() error {
			_, err := c.records.List(model.ListQuery{Entity: "contacts", Filters: []model.Filter{{Field: "phone", Op: model.OpIn, Value: []any{"1", big}}}})
			return err
		}, "phone"},
		{"view with search over 200 bytes", func() error {
			_, err := c.views.Save(model.SavedView{Entity: "contacts", Name: "v", Query: model.ListQuery{Search: long}})
			return err
		}, "search"},
		{"view query over 16 KB", func() error {
			in := make([]any, 100)
			for i := range in {
				in[i] = strings.Repeat("z", 200)
			}
			_, err := c.views.Save(model.SavedView{Entity: "contacts", Name: "v", Shared: true,
				Query: model.ListQuery{Filters: []model.Filter{{Field: "phone", Op: model.OpIn, Value: in}}}})
			return err
		}, "query"},
		{"view query under 16 KB", func() error {
			_, err := c.views.Save(model.SavedView{Entity: "contacts", Name: "v", Shared: true,
				Query: model.ListQuery{Filters: []model.Filter{{Field: "phone", Op: model.OpIn, Value: []any{strings.Repeat("z", 800)}}}}})
			return err
		}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.run()
			if tt.field == "" {
				if err != nil {
					t.Fatalf("unexpected %v", err)
				}
				return
			}
			var e *apperr.Error
			if !asAppErr(err, &e) || e.Code != apperr.CodeInvalid || e.Fields[tt.field] == "" {
				t.Fatalf("got %v, want invalid on %s", err, tt.field)
			}
		})
	}
}
