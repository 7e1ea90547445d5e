package service_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fieldvault/backend/apperr"
	"fieldvault/backend/audit"
	"fieldvault/backend/model"
	"fieldvault/backend/store"
)

func TestPrivacyEraseAnonymisesThePersonEverywhere(t *testing.T) {
	w := newPrivacyWorld(t)
	ctx := context.Background()
	st := w.core.StoreForTest()
	before, err := st.AuditCount(ctx)
	if err != nil {
		t.Fatal(err)
	}
	res, err := w.privacy.Erase(model.ErasureRequest{Entity: "contacts", ID: w.contact, Reason: "DSR-2026-114"})
	if err != nil {
		t.Fatal(err)
	}
	// the contact and the lead it came from; those two, the activity and the task
	if res.People != 2 || res.Records != 4 || res.Keys != 2 || res.PurgeFailed {
		t.Fatalf("result %+v", res)
	}
	// the records keep their ids and links, not the person
	c, err := w.records.Get("contacts", w.contact)
	if err != nil {
		t.Fatal(err)
	}
	if c.Values["lastName"] != "Erased" || c.Values["firstName"] != "" || c.Values["email"] != "" || c.Values["personalPhone"] != "" || c.Values["companyId"] != w.firm {
		t.Fatalf("contact after erasure: %v", c.Values)
	}
	l, err := w.records.Get("leads", w.lead)
	if err != nil || l.Values["email"] != "" || l.Values["companyName"] != "Subjectco" {
		t.Fatalf("lead after erasure: %v %v", l.Values, err)
	}
	a, err := w.records.Get("activities", w.activity)
	if err != nil || a.Values["subject"] != "Erased" || a.Values["notes"] != "" || a.Values["relatedId"] != w.contact {
		t.Fatalf("activity after erasure: %v %v", a.Values, err)
	}
	// the chain verifies and nothing in the log reads the person any more
	if rep, err := st.VerifyAudit(ctx, nil); err != nil || rep.Problem != nil {
		t.Fatalf("verify: %+v %v", rep, err)
	}
	last, _ := st.AuditCount(ctx)
	var all []audit.Entry
	for seq := int64(1); seq <= last; seq++ {
		e, err := store.GetAuditEntry(ctx, st.Reader(), seq)
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, e)
	}
	text, _ := json.Marshal(all)
	for _, gone := range []string{"Dana", "dana@subject.test", "7700 900123", "Tabbed street", "call about", "Follow up"} {
		if strings.Contains(string(text), gone) {
			t.Errorf("%q is still readable in the audit log", gone)
		}
	}
	if !strings.Contains(string(text), audit.Erased) || !strings.Contains(string(text), "Subjectco") {
		t.Fatal("erased values must read [erased] and non-personal ones stay")
	}
	// four "<type>.erase" updates, then the erasure itself
	var erase audit.Entry
	for _, e := range all[before:] {
		if e.Action == "privacy.erase" {
			erase = e
			break
		}
	}
	if erase.ObjectID != w.contact || erase.Rows != 4 || !strings.Contains(erase.Reason, "DSR-2026-114") || erase.Seq != before+5 {
		t.Fatalf("erasure entry %+v after %d", erase, before)
	}
	if upd := all[before]; upd.Action != "contact.erase" || upd.ObjectLabel != "Erased contact" {
		t.Fatalf("first erase update %+v", upd)
	}
	// the timeline and the subject access report show the erasure, not the person
	path := filepath.Join(t.TempDir(), "after.json")
	if _, err := w.privacy.SubjectAccess(model.SubjectAccessRequest{ContactID: w.contact, Format: "json", Path: path}); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(path)
	if strings.Contains(string(b), "Dana") || strings.Contains(string(b), "dana@subject.test") {
		t.Fatal("the subject access report still names the person")
	}
	// search finds nothing by the old name
	for _, entity := range []string{"contacts", "leads", "activities"} {
		page, err := w.records.List(model.ListQuery{Entity: entity, Search: "Dana"})
		if err != nil || len(page.Rows) != 0 {
			t.Fatalf("%s search for the old name: %v %v", entity, page.Rows, err)
		}
	}
}

func TestPrivacyEraseRefusals(t *testing.T) {
	tests := []struct {
		name  string
		as    string
		req   func(w *privacyWorld) model.ErasureRequest
		prep  func(t *testing.T, w *privacyWorld)
		code  apperr.Code
		field string
	}{
		{"without privacy.manage", "sales_manager", func(w *privacyWorld) model.ErasureRequest {
			return model.ErasureRequest{Entity: "contacts", ID: w.contact, Reason: "r"}
		}, nil, apperr.CodeForbidden, ""},
		{"not a person", "admin", func(w *privacyWorld) model.ErasureRequest {
			return model.ErasureRequest{Entity: "companies", ID: w.firm, Reason: "r"}
		}, nil, apperr.CodeInvalid, "entity"},
		{"no reason", "admin", func(w *privacyWorld) model.ErasureRequest {
			return model.ErasureRequest{Entity: "contacts", ID: w.contact, Reason: "  "}
		}, nil, apperr.CodeInvalid, "reason"},
		{"reason too long", "admin", func(w *privacyWorld) model.ErasureRequest {
			return model.ErasureRequest{Entity: "contacts", ID: w.contact, Reason: strings.Repeat("x", 301)}
		}, nil, apperr.CodeInvalid, "reason"},
		{"no such person", "admin", func(w *privacyWorld) model.ErasureRequest {
			return model.ErasureRequest{Entity: "contacts", ID: "nobody", Reason: "r"}
		}, nil, apperr.CodeNotFound, ""},
		{"a linked activity in the Trash", "admin", func(w *privacyWorld) model.ErasureRequest {
			return model.ErasureRequest{Entity: "contacts", ID: w.contact, Reason: "r"}
		}, func(t *testing.T, w *privacyWorld) {
			if err := w.records.Delete("activities", w.activity); err != nil {
				t.Fatal(err)
			}
		}, apperr.CodeConflict, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := newPrivacyWorld(t)
			if tt.prep != nil {
				tt.prep(t, w)
			}
			w.as(t, tt.as)
			ctx := context.Background()
			n0, _ := w.core.StoreForTest().AuditCount(ctx)
			_, err := w.privacy.Erase(tt.req(w))
			p := apperr.ToPayload(err)
			if apperr.CodeOf(err) != tt.code || (tt.field != "" && p.Fields[tt.field] == "") {
				t.Fatalf("got %v (%+v), want %s %s", err, p, tt.code, tt.field)
			}
			// nothing was changed or erased
			w.as(t, "admin")
			c, err := w.records.Get("contacts", w.contact)
			if err != nil || c.Values["firstName"] != "Dana" {
				t.Fatalf("the contact changed: %v %v", c.Values, err)
			}
			e, err := store.GetAuditEntry(ctx, w.core.StoreForTest().Reader(), n0)
			if err != nil || strings.Contains(e.ObjectLabel, "Erased") {
				t.Fatalf("%+v %v", e, err)
			}
		})
	}
}
