package service_test

import (
	"context"
	"testing"

	"fieldvault/backend/apperr"
	"fieldvault/backend/model"
)

func auditCount(t *testing.T, c *crm, action string) int {
	t.Helper()
	var n int
	if err := c.core.StoreForTest().Reader().QueryRowContext(context.Background(),
		`SELECT count(*) FROM audit_log WHERE action = ? AND outcome = 'success'`, action).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func TestTrashRestorePurge(t *testing.T) {
	c := newCRM(t)
	c.as(t, "sales_manager")
	r := c.create(t, "contacts", "sales_manager", map[string]any{"lastName": "Trashley"})
	if err := c.records.Delete("contacts", r.ID); err != nil {
		t.Fatal(err)
	}
	steps := []struct {
		name string
		do   func() error
		want apperr.Code
	}{
		{"get a trashed record", func() error { _, err := c.records.Get("contacts", r.ID); return err }, apperr.CodeNotFound},
		{"delete twice", func() error { return c.records.Delete("contacts", r.ID) }, apperr.CodeNotFound},
		{"not searchable in Trash", func() error {
			if h, _ := c.search.Search("Trashley", 10); len(h) != 0 {
				return apperr.New(apperr.CodeConflict, "found")
			}
			return nil
		}, ""},
		{"listed in Trash", func() error {
			p, err := c.records.List(model.ListQuery{Entity: "contacts", Trash: true})
			if err == nil && !ids(p.Rows)[r.ID] {
				return apperr.New(apperr.CodeConflict, "missing")
			}
			return err
		}, ""},
		{"manager may not purge", func() error { return c.records.Purge("contacts", r.ID) }, apperr.CodeForbidden},
		{"restore", func() error { _, err := c.records.Restore("contacts", r.ID); return err }, ""},
		{"searchable again", func() error {
			if h, _ := c.search.Search("trashl", 10); !hitIDs(h)[r.ID] {
				return apperr.New(apperr.CodeConflict, "not found")
			}
			return nil
		}, ""},
		{"purge a live record", func() error { c.as(t, "admin"); return c.records.Purge("contacts", r.ID) }, apperr.CodeNotFound},
		{"purge from Trash", func() error {
			if err := c.records.Delete("contacts", r.ID); err != nil {
				return err
			}
			return c.records.Purge("contacts", r.ID)
		}, ""},
		{"gone for good", func() error { _, err := c.records.Restore("contacts", r.ID); return err }, apperr.CodeNotFound},
	}
	for _, s := range steps {
		if err := s.do(); apperr.CodeOf(err) != s.want {
			t.Fatalf("%s: got %v, want %q", s.name, err, s.want)
		}
	}
	for _, a := range []string{"contact.delete", "contact.restore", "contact.purge"} {
		if auditCount(t, c, a) == 0 {
			t.Fatalf("no %s audit entry", a)
		}
	}
}

// Mixed allowed and denied ids: per-record failures, one audit entry per
// changed record.
func TestBulkMixed(t *testing.T) {
	c := newCRM(t)
	c.as(t, "admin")
	mine := c.create(t, "deals", "sales_manager", map[string]any{"name": "South 1"})
	mine2 := c.create(t, "deals", "sales_manager", map[string]any{"name": "South 2"})
	other := c.create(t, "deals", "sales_rep", map[string]any{"name": "North 1"})
	contact := c.create(t, "contacts", "sales_manager", map[string]any{"lastName": "Tagme"})
	c.as(t, "sales_manager")
	tests := []struct {
		req        model.BulkRequest
		done, fail int
		audit      string
		code       apperr.Code
	}{
		{model.BulkRequest{Entity: "deals", Action: model.BulkStage, Value: "closed_won", IDs: []string{mine.ID, other.ID, "nope", mine2.ID}}, 2, 2, "deal.stage", ""},
		{model.BulkRequest{Entity: "contacts", Action: model.BulkTag, Value: "vip", IDs: []string{contact.ID}}, 1, 0, "contact.tag", ""},
		{model.BulkRequest{Entity: "deals", Action: model.BulkAssign, Value: c.user["sales_rep"], IDs: []string{mine.ID}}, 0, 0, "", apperr.CodeForbidden},
		{model.BulkRequest{Entity: "deals", Action: model.BulkTag, Value: "x", IDs: []string{mine.ID}}, 0, 0, "", apperr.CodeInvalid},
		{model.BulkRequest{Entity: "deals", Action: model.BulkDelete, IDs: make([]string, 10_001)}, 0, 0, "", apperr.CodeInvalid},
		{model.BulkRequest{Entity: "deals", Action: model.BulkDelete, IDs: []string{mine.ID, other.ID}}, 1, 1, "deal.delete", ""},
	}
	for _, tt := range tests {
		t.Run(tt.req.Action, func(t *testing.T) {
			before := 0
			if tt.audit != "" {
				before = auditCount(t, c, tt.audit)
			}
			res, err := c.records.Bulk(tt.req)
			if apperr.CodeOf(err) != tt.code {
				t.Fatalf("got %v, want %q", err, tt.code)
			}
			if res.Done != tt.done || len(res.Failed) != tt.fail {
				t.Fatalf("got %+v", res)
			}
			if tt.audit != "" && auditCount(t, c, tt.audit) != before+tt.done {
				t.Fatalf("audit entries: %d, want %d", auditCount(t, c, tt.audit)-before, tt.done)
			}
		})
	}
	c.as(t, "admin")
	d, _ := c.records.Get("deals", mine2.ID)
	if d.Values["stageId"] != "closed_won" || d.Values["outcome"] != "won" {
		t.Fatalf("stage not applied: %+v", d.Values)
	}
	ct, _ := c.records.Get("contacts", contact.ID)
	if tags, _ := ct.Values["tags"].([]string); len(tags) != 1 || tags[0] != "vip" {
		t.Fatalf("tags %v", ct.Values["tags"])
	}
}

func TestLeadConvert(t *testing.T) {
	c := newCRM(t)
	c.as(t, "sales_rep")
	lead := c.create(t, "leads", "sales_rep", map[string]any{"firstName": "Lea", "lastName": "Leadbetter", "companyName": "Leadco", "email": "lea@leadco.test", "status": "qualified"})
	res, err := c.leads.Convert(model.ConvertLeadRequest{LeadID: lead.ID, CreateDeal: true, DealName: "Leadco pilot"})
	if err != nil {
		t.Fatal(err)
	}
	if res.ContactID == "" || res.CompanyID == "" || res.DealID == "" {
		t.Fatalf("result %+v", res)
	}
	got, _ := c.records.Get("leads", lead.ID)
	want := map[string]any{"status": "converted", "convertedContactId": res.ContactID, "convertedCompanyId": res.CompanyID, "convertedDealId": res.DealID}
	for k, v := range want {
		if got.Values[k] != v {
			t.Fatalf("lead %s = %v, want %v", k, got.Values[k], v)
		}
	}
	if got.Refs["convertedContactId"] != "Lea Leadbetter" {
		t.Fatalf("refs %v", got.Refs)
	}
	deal, _ := c.records.Get("deals", res.DealID)
	if deal.Values["leadId"] != lead.ID || deal.Values["primaryContactId"] != res.ContactID || deal.Values["stageId"] != "prospecting" {
		t.Fatalf("deal %+v", deal.Values)
	}
	if _, err := c.leads.Convert(model.ConvertLeadRequest{LeadID: lead.ID}); !apperr.Is(err, apperr.CodeConflict) {
		t.Fatalf("second conversion: %v", err)
	}
	if _, err := c.leads.Convert(model.ConvertLeadRequest{LeadID: lead.ID, CreateDeal: true, DealAmount: 10}); !apperr.Is(err, apperr.CodeForbidden) {
		t.Fatalf("amount without sensitive.view: %v", err)
	}
	if auditCount(t, c, "lead.convert") != 1 {
		t.Fatal("lead.convert not audited once")
	}
	c.as(t, "sales_manager")
	if _, err := c.leads.Convert(model.ConvertLeadRequest{LeadID: lead.ID}); !apperr.Is(err, apperr.CodeNotFound) {
		t.Fatalf("other team's lead: %v", err)
	}
}

func TestSearchAsYouTypeAndHostileQueries(t *testing.T) {
	c := newCRM(t)
	c.as(t, "admin")
	r := c.create(t, "contacts", "admin", map[string]any{"firstName": "Zoë", "lastName": "Müller-Łukasz", "email": "zoe@example.org", "phone": "+49 (30) 555-0199"})
	co := c.create(t, "companies", "admin", map[string]any{"name": "Quantum Widgets"})
	tests := []struct {
		query string
		want  string // id expected among hits; "" = no hits
	}{
		{"zo", r.ID}, {"Zoe", r.ID}, {"mull", r.ID}, {"muller łuk", r.ID}, {"zoe@exa", r.ID},
		{"4930555", r.ID}, {"qua wid", co.ID}, {"quantum nothing", ""},
		{`" OR 1=1 --`, ""}, {"*", ""}, {`"`, ""}, {"NEAR(a b)", ""}, {"title:x", ""}, {"a OR b", ""},
		{"^qua", co.ID}, {"-", ""}, {"'); DROP TABLE search_fts;--", ""},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			hits, err := c.search.Search(tt.query, 20)
			if err != nil {
				t.Fatalf("error: %v", err)
			}
			if tt.want == "" && len(hits) != 0 || tt.want != "" && !hitIDs(hits)[tt.want] {
				t.Fatalf("hits %+v", hits)
			}
		})
	}
	if _, err := c.search.Search("x", 51); !apperr.Is(err, apperr.CodeInvalid) {
		t.Fatalf("limit 51: %v", err)
	}
	page, err := c.records.List(model.ListQuery{Entity: "contacts", Search: "müll", Filters: []model.Filter{{Field: "email", Op: model.OpContains, Value: "%"}}})
	if err != nil || len(page.Rows) != 0 {
		t.Fatalf("LIKE wildcard not escaped: %+v %v", page.Rows, err)
	}
}

func TestStagesAndViews(t *testing.T) {
	c := newCRM(t)
	c.as(t, "sales_rep")
	st, err := c.pipeline.Stages()
	if err != nil || len(st) != 6 || st[0].Name != "Prospecting" || !st[4].Won || !st[5].Lost {
		t.Fatalf("seeded stages %+v %v", st, err)
	}
	if _, err := c.pipeline.SaveStages(st); !apperr.Is(err, apperr.CodeForbidden) {
		t.Fatalf("rep saves stages: %v", err)
	}
	v, err := c.views.Save(model.SavedView{Entity: "contacts", Name: "Mine", Shared: true,
		Query: model.ListQuery{Filters: []model.Filter{{Field: "region", Op: model.OpEq, Value: "North"}}}})
	if err != nil || !v.Mine {
		t.Fatalf("save view %+v %v", v, err)
	}
	if _, err := c.views.Save(model.SavedView{Entity: "contacts", Name: "x", Query: model.ListQuery{Sort: "drop table"}}); !apperr.Is(err, apperr.CodeInvalid) {
		t.Fatalf("bad query saved: %v", err)
	}
	c.as(t, "admin")
	st[1].Name, st[2].Name = st[2].Name, st[1].Name
	st = append(st[:3], st[3:]...)
	saved, err := c.pipeline.SaveStages(append(st, model.Stage{Name: "On hold", Probability: 5}))
	if err != nil || len(saved) != 7 || saved[1].Name != "Proposal" || saved[6].ID == "" {
		t.Fatalf("save stages %+v %v", saved, err)
	}
	if _, err := c.pipeline.SaveStages([]model.Stage{{Name: "", Probability: 101}}); !apperr.Is(err, apperr.CodeInvalid) {
		t.Fatalf("invalid stages: %v", err)
	}
	c.as(t, "sales_manager")
	views, _ := c.views.List("contacts")
	if len(views) != 1 || views[0].Mine {
		t.Fatalf("shared view: %+v", views)
	}
	if err := c.views.Delete(v.ID); !apperr.Is(err, apperr.CodeForbidden) {
		t.Fatalf("someone else's view: %v", err)
	}
	c.as(t, "sales_rep")
	if err := c.views.Delete(v.ID); err != nil {
		t.Fatal(err)
	}
}
