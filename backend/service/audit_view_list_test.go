package service_test

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"fieldvault/backend/apperr"
	"fieldvault/backend/audit"
	"fieldvault/backend/model"
)

func seqs(rows []model.AuditRow) []int64 {
	out := []int64{}
	for _, r := range rows {
		out = append(out, r.Seq)
	}
	return out
}

// Each filter alone finds exactly the entries it describes, newest first.
func TestAuditListFilters(t *testing.T) {
	w := newAuditWorld(t)
	tests := []struct {
		name string
		q    model.AuditQuery
		keep func(e audit.Entry) bool
	}{
		{"time range", model.AuditQuery{From: w.at(10), To: w.at(20)}, func(e audit.Entry) bool {
			return !e.At.Before(w.base.Add(10*60e9)) && e.At.Before(w.base.Add(20*60e9))
		}},
		{"user", model.AuditQuery{UserID: "u1"}, func(e audit.Entry) bool { return e.Actor.UserID == "u1" }},
		{"category", model.AuditQuery{Category: "auth"}, func(e audit.Entry) bool { return e.Category == "auth" }},
		{"action exact", model.AuditQuery{Action: "contact.delete"}, func(e audit.Entry) bool { return e.Action == "contact.delete" }},
		{"action prefix", model.AuditQuery{Action: "contact."}, func(e audit.Entry) bool { return strings.HasPrefix(e.Action, "contact.") }},
		{"object", model.AuditQuery{ObjectType: "contact", ObjectID: "c2"}, func(e audit.Entry) bool {
			return e.ObjectType == "contact" && e.ObjectID == "c2"
		}},
		{"object type", model.AuditQuery{ObjectType: "user"}, func(e audit.Entry) bool { return e.ObjectType == "user" }},
		{"outcome", model.AuditQuery{Outcome: "denied"}, func(e audit.Entry) bool { return e.Outcome == "denied" }},
		{"text in a label, any case and accents", model.AuditQuery{Text: "MULLER"}, func(e audit.Entry) bool {
			return strings.Contains(e.ObjectLabel, "Müller")
		}},
		{"text in an action", model.AuditQuery{Text: "act.del"}, func(e audit.Entry) bool { return e.Action == "contact.delete" }},
		{"text in a reason", model.AuditQuery{Text: "permission"}, func(e audit.Entry) bool { return e.Reason != "" }},
		{"text in a user name", model.AuditQuery{Text: "cyd"}, func(e audit.Entry) bool { return e.Actor.Username == "cyd" }},
		{"text words all match", model.AuditQuery{Text: "strauß 12"}, func(e audit.Entry) bool {
			return strings.Contains(e.ObjectLabel, "Strauß") && strings.Contains(e.ObjectLabel, "12")
		}},
		{"text with a short word", model.AuditQuery{Text: "Contact 2"}, func(e audit.Entry) bool {
			return strings.Contains(e.ObjectLabel, "Contact") && strings.Contains(e.ObjectLabel, "2")
		}},
		{"text that is FTS syntax", model.AuditQuery{Text: `"NEAR(" OR *`}, func(audit.Entry) bool { return false }},
		{"filters combine", model.AuditQuery{UserID: "u0", Outcome: "success", Action: "contact."}, func(e audit.Entry) bool {
			return e.Actor.UserID == "u0" && e.Outcome == "success" && strings.HasPrefix(e.Action, "contact.")
		}},
		{"no match", model.AuditQuery{UserID: "nobody"}, func(audit.Entry) bool { return false }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := w.want(tt.keep)
			page, err := w.audit.List(w.window(tt.q))
			if err != nil {
				t.Fatal(err)
			}
			if got := seqs(page.Rows); !slices.Equal(got, want) || page.Total != len(want) || page.TotalCapped || page.NextBeforeSeq != 0 {
				t.Fatalf("got %v (total %d, next %d), want %v", got, page.Total, page.NextBeforeSeq, want)
			}
		})
	}
}

// Keyset paging walks every match once, in order; only the first page is
// counted and audited, with the rows it returned and the filters.
func TestAuditListPagingAndViewAudit(t *testing.T) {
	w := newAuditWorld(t)
	q := w.window(model.AuditQuery{Action: "contact.", Limit: 4})
	want := w.want(func(e audit.Entry) bool { return strings.HasPrefix(e.Action, "contact.") })
	views := w.countAction(t, "audit.view")
	var got []int64
	for page := 0; ; page++ {
		p, err := w.audit.List(q)
		if err != nil {
			t.Fatal(err)
		}
		if page == 0 && (p.Total != len(want) || p.TotalCapped) || page > 0 && p.Total != -1 {
			t.Fatalf("page %d: total %d", page, p.Total)
		}
		if n := w.countAction(t, "audit.view"); n != views+1 {
			t.Fatalf("page %d: %d audit.view entries written, want 1 for the whole query", page, n-views)
		}
		got = append(got, seqs(p.Rows)...)
		if p.NextBeforeSeq == 0 {
			break
		}
		q.BeforeSeq = p.NextBeforeSeq
	}
	if !slices.Equal(got, want) {
		t.Fatalf("pages gave %v, want %v", got, want)
	}
	e := w.lastEntry(t, "audit.view")
	if e.Category != audit.CatSecurity || e.Rows != 4 || !strings.Contains(e.Reason, `action="contact."`) || e.ActorName != "admin" {
		t.Fatalf("view entry %+v", e)
	}
}

func TestAuditListRefusesBadFilters(t *testing.T) {
	w := newAuditWorld(t)
	for field, q := range map[string]model.AuditQuery{
		"from": {From: "yesterday"}, "to": {To: "2026-13-01"}, "category": {Category: "fun"},
		"outcome": {Outcome: "maybe"}, "action": {Action: "Contact Update"}, "limit": {Limit: 501},
		"beforeSeq": {BeforeSeq: -1}, "text": {Text: strings.Repeat("x", 201)},
	} {
		t.Run(field, func(t *testing.T) {
			_, err := w.audit.List(q)
			var ae *apperr.Error
			if !apperr.Is(err, apperr.CodeInvalid) || !errors.As(err, &ae) || ae.Fields[field] == "" {
				t.Fatalf("got %v, want invalid %s", err, field)
			}
		})
	}
}

// Status is cheap and says whether the log was verified yet.
func TestAuditStatusBeforeAndAfterVerify(t *testing.T) {
	w := newAuditWorld(t)
	st, err := w.audit.Status()
	if err != nil || st.Entries < 30 || st.VerifiedUpTo != 0 || st.OK || st.Problem != "" {
		t.Fatalf("before: %+v %v", st, err)
	}
	v, err := w.audit.Verify()
	if err != nil || !v.OK || v.VerifiedUpTo != v.Entries {
		t.Fatalf("verify: %+v %v", v, err)
	}
	st, err = w.audit.Status()
	if err != nil || !st.OK || st.VerifiedUpTo != v.VerifiedUpTo || st.Entries <= v.Entries-1 {
		t.Fatalf("after: %+v %v", st, err)
	}
	if !slices.Contains(w.em.Names(), "job:progress") {
		t.Fatalf("no progress event: %v", w.em.Names())
	}
}
