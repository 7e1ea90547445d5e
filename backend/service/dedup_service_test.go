package service_test

import (
	"reflect"
	"testing"
	"time"

	"fieldvault/backend/apperr"
	"fieldvault/backend/model"
	"fieldvault/backend/service"
)

func TestDuplicateCheckWarnsOnCreate(t *testing.T) {
	w := newImportWorld(t)
	d := service.NewDuplicateService(w.core)
	w.create(t, "contacts", "admin", map[string]any{"firstName": "Jonathan", "lastName": "Smith", "email": "jsmith@acme.example", "companyId": w.acme})
	tests := []struct {
		name   string
		values map[string]any
		want   string // title of the expected first candidate, "" for none
	}{
		{"same email other case", map[string]any{"lastName": "Other", "email": "JSmith@Acme.example"}, "Jonathan Smith"},
		{"typo in the name, same company", map[string]any{"firstName": "Jonathon", "lastName": "Smith", "companyId": w.acme}, "Jonathan Smith"},
		{"swapped names", map[string]any{"firstName": "Smith", "lastName": "Jonathan", "companyId": w.acme}, "Jonathan Smith"},
		{"someone else", map[string]any{"firstName": "Maria", "lastName": "Garcia", "email": "maria@example.org"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := d.Check(model.RecordInput{Entity: "contacts", Values: tt.values})
			if err != nil {
				t.Fatal(err)
			}
			switch {
			case tt.want == "" && len(got) != 0:
				t.Fatalf("unexpected candidates %+v", got)
			case tt.want != "" && (len(got) == 0 || got[0].Title != tt.want):
				t.Fatalf("candidates %+v, want %s first", got, tt.want)
			}
		})
	}
	// records outside the caller's read scope are never candidates
	w.as(t, "sales_manager")
	got, err := d.Check(model.RecordInput{Entity: "contacts", Values: map[string]any{"lastName": "Smith", "email": "jsmith@acme.example"}})
	if err != nil || len(got) != 0 {
		t.Fatalf("out of scope: %+v %v", got, err)
	}
}

func TestDuplicateScanFindsGroups(t *testing.T) {
	w := newImportWorld(t)
	d := service.NewDuplicateService(w.core)
	w.create(t, "contacts", "admin", map[string]any{"firstName": "Ann", "lastName": "Leigh", "email": "ANN@example.com"})
	w.create(t, "contacts", "admin", map[string]any{"firstName": "Zoe", "lastName": "Quinn", "phone": "+1 (555) 010-9999"})
	w.create(t, "contacts", "admin", map[string]any{"firstName": "Zoë", "lastName": "Quinn", "phone": "555-010-9999"})
	w.create(t, "contacts", "admin", map[string]any{"firstName": "Max", "lastName": "Power", "email": "max@example.net"})
	res, err := d.Scan("contacts")
	if err != nil {
		t.Fatal(err)
	}
	if res.Records != 5 || res.GroupCount != 2 {
		t.Fatalf("scan: %+v", res)
	}
	titles := map[string]string{} // title → subtitle, read after the scan for the records shown
	for _, g := range res.Groups {
		if len(g.Records) != 2 || g.Score <= 0 || g.Size != 2 {
			t.Fatalf("group %+v", g)
		}
		for _, r := range g.Records {
			titles[r.Title] = r.Subtitle
		}
	}
	if _, ok := titles["Zoë Quinn"]; !ok || titles["Ann Leigh"] != "ANN@example.com" {
		t.Fatalf("titles %v", titles)
	}
	// a manager whose scope holds none of these records finds nothing
	w.as(t, "sales_manager")
	res, err = d.Scan("contacts")
	if err != nil || res.Records != 0 || res.GroupCount != 0 || len(res.Groups) != 0 {
		t.Fatalf("out of scope: %+v %v", res, err)
	}
}

func TestMergeMovesLinksAndUndoRestoresBoth(t *testing.T) {
	w := newImportWorld(t)
	d := service.NewDuplicateService(w.core)
	dup := w.create(t, "contacts", "admin", map[string]any{"firstName": "Ann", "lastName": "Lee", "email": "ann.lee@example.com", "phone": "555 1234"})
	call := w.create(t, "activities", "admin", map[string]any{"kind": "call", "subject": "Intro call", "relatedEntity": "contacts", "relatedId": dup.ID})
	deal := w.create(t, "deals", "admin", map[string]any{"name": "Big deal", "primaryContactId": dup.ID})
	annBefore, _ := w.records.Get("contacts", w.ann.ID)
	dupBefore, _ := w.records.Get("contacts", dup.ID)
	w.clock.Advance(time.Second)

	res, err := d.Merge(model.MergeRequest{Entity: "contacts", Survivor: w.ann.ID, Other: dup.ID,
		Values: map[string]any{"phone": "555 1234"}})
	if err != nil {
		t.Fatal(err)
	}
	if res.Moved != 3 || res.Survivor.Values["phone"] != "555 1234" || res.Survivor.Values["email"] != "ann@example.com" {
		t.Fatalf("merge %+v", res)
	}
	a, _ := w.records.Get("activities", call.ID)
	dl, _ := w.records.Get("deals", deal.ID)
	if a.Values["relatedId"] != w.ann.ID || dl.Values["primaryContactId"] != w.ann.ID || !reflect.DeepEqual(dl.Values["contactIds"], []string{w.ann.ID}) {
		t.Fatalf("links not moved: %v %v %v", a.Values["relatedId"], dl.Values["primaryContactId"], dl.Values["contactIds"])
	}
	if _, err := w.records.Get("contacts", dup.ID); !apperr.Is(err, apperr.CodeNotFound) {
		t.Fatalf("the merged record is still live: %v", err)
	}
	merges, err := d.Merges("contacts")
	if err != nil || len(merges) != 1 || merges[0].Moved != 3 {
		t.Fatalf("merges %+v %v", merges, err)
	}

	w.clock.Advance(time.Second)
	if _, err := d.UndoMerge(res.ID); err != nil {
		t.Fatal(err)
	}
	annAfter, _ := w.records.Get("contacts", w.ann.ID)
	dupAfter, err := w.records.Get("contacts", dup.ID)
	if err != nil || !reflect.DeepEqual(annAfter.Values, annBefore.Values) || !reflect.DeepEqual(dupAfter.Values, dupBefore.Values) {
		t.Fatalf("undo did not restore both:\n%+v\n%+v\n%v", annAfter.Values, dupAfter.Values, err)
	}
	a, _ = w.records.Get("activities", call.ID)
	dl, _ = w.records.Get("deals", deal.ID)
	if a.Values["relatedId"] != dup.ID || dl.Values["primaryContactId"] != dup.ID || !reflect.DeepEqual(dl.Values["contactIds"], []string{dup.ID}) {
		t.Fatalf("links not moved back: %v %v %v", a.Values["relatedId"], dl.Values["primaryContactId"], dl.Values["contactIds"])
	}
	if _, err := d.UndoMerge(res.ID); !apperr.Is(err, apperr.CodeConflict) {
		t.Fatalf("second undo: %v", err)
	}
}

func TestMergeRefusals(t *testing.T) {
	w := newImportWorld(t)
	d := service.NewDuplicateService(w.core)
	other := w.create(t, "contacts", "admin", map[string]any{"lastName": "Other"})
	res, err := d.Merge(model.MergeRequest{Entity: "contacts", Survivor: w.ann.ID, Other: other.ID})
	if err != nil {
		t.Fatal(err)
	}
	w.clock.Advance(time.Second)
	if _, err := w.records.Update(model.RecordInput{Entity: "contacts", ID: w.ann.ID, Values: map[string]any{"title": "Boss"}}); err != nil {
		t.Fatal(err)
	}
	if _, err := d.UndoMerge(res.ID); !apperr.Is(err, apperr.CodeConflict) {
		t.Fatalf("undo after a change: %v", err)
	}
	if _, err := d.Merge(model.MergeRequest{Entity: "contacts", Survivor: w.ann.ID, Other: w.ann.ID}); !apperr.Is(err, apperr.CodeInvalid) {
		t.Fatalf("same record: %v", err)
	}
	third := w.create(t, "contacts", "admin", map[string]any{"lastName": "Third"})
	w.as(t, "sales_rep") // no delete scope on contacts
	if _, err := d.Merge(model.MergeRequest{Entity: "contacts", Survivor: w.ann.ID, Other: third.ID}); !apperr.Is(err, apperr.CodeForbidden) {
		t.Fatalf("rep merges: %v", err)
	}
}

// The merge preview counts every record a merge would move — also those
// outside the merger's scope and in the Trash — and how many the merger
// can read.
func TestMergePreviewCountsEveryLink(t *testing.T) {
	c := newCRM(t)
	c.as(t, "admin")
	d := service.NewDuplicateService(c.core)
	keep := c.create(t, "contacts", "sales_manager", map[string]any{"firstName": "Ann", "lastName": "Lee", "email": "ann@example.com"})
	dup := c.create(t, "contacts", "sales_manager", map[string]any{"firstName": "Ann", "lastName": "Lee", "phone": "555 1234"})
	c.create(t, "activities", "sales_rep", map[string]any{"kind": "call", "subject": "North's call", "relatedEntity": "contacts", "relatedId": dup.ID})
	c.create(t, "deals", "sales_manager", map[string]any{"name": "Big deal", "primaryContactId": dup.ID, "contactIds": []string{dup.ID}})
	north := c.create(t, "contacts", "sales_rep", map[string]any{"firstName": "Ann", "lastName": "Lee"}).ID
	gone := c.create(t, "activities", "sales_manager", map[string]any{"kind": "note", "subject": "Old note", "relatedEntity": "contacts", "relatedId": dup.ID})
	if err := c.records.Delete("activities", gone.ID); err != nil {
		t.Fatal(err)
	}
	c.as(t, "sales_manager")
	p, err := d.MergePreview("contacts", keep.ID, dup.ID)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string][2]int{}
	for _, l := range p.Links {
		got[l.Entity] = [2]int{l.Total, l.Readable}
		if l.Label == "" || l.LabelPlural == "" {
			t.Errorf("links %+v without labels", l)
		}
	}
	want := map[string][2]int{"activities": {2, 0}, "deals": {1, 1}} // the deal links twice, counted once
	if !reflect.DeepEqual(got, want) || p.Moved != 3 {
		t.Fatalf("preview %+v, want %v and 3 moved", p, want)
	}
	tests := []struct {
		name                    string
		entity, survivor, other string
		code                    apperr.Code
	}{
		{"the same record twice", "contacts", keep.ID, keep.ID, apperr.CodeInvalid},
		{"a record that does not exist", "contacts", keep.ID, "no-such-id", apperr.CodeNotFound},
		{"a record outside the merger's scope", "contacts", keep.ID, north, apperr.CodeNotFound},
		{"an entity without rules", "deals", keep.ID, dup.ID, apperr.CodeInvalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := d.MergePreview(tt.entity, tt.survivor, tt.other); !apperr.Is(err, tt.code) {
				t.Fatalf("err %v, want %s", err, tt.code)
			}
		})
	}
}
