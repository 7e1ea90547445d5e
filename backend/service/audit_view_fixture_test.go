package service_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"fieldvault/backend/audit"
	"fieldvault/backend/model"
)

// auditWorld is the permission matrix plus 30 audit entries written at
// base+1min … base+30min by three made-up users, with the admin signed in
// again afterwards (entries the tests cause come later).
type auditWorld struct {
	*matrix
	base    time.Time
	entries []audit.Entry // as appended (Seq set), oldest first
}

func newAuditWorld(t *testing.T) *auditWorld {
	t.Helper()
	m := newMatrix(t)
	w := &auditWorld{matrix: m, base: m.clock.Now()}
	st := m.core.StoreForTest()
	names := []string{"ana", "bob", "cyd"}
	for i := range 30 {
		m.clock.Advance(time.Minute)
		e := audit.Entry{
			Actor:    audit.Actor{UserID: fmt.Sprintf("u%d", i%3), Username: names[i%3], Role: "Made Up"},
			Category: audit.CatData, Action: "contact.update", ObjectType: "contact", ObjectID: fmt.Sprintf("c%d", i%5),
			ObjectLabel: fmt.Sprintf("Contact %d", i), Outcome: audit.OutcomeSuccess,
		}
		switch {
		case i%7 == 0:
			e.Category, e.Action, e.Outcome, e.Reason = audit.CatSecurity, "contact.delete", audit.OutcomeDenied, "missing permission"
		case i%4 == 0:
			e.Category, e.Action, e.ObjectType, e.ObjectLabel = audit.CatAuth, "auth.login", "user", names[i%3]
		}
		if i%6 == 0 {
			e.ObjectLabel = "Zoë Müller-Strauß " + e.ObjectLabel
		}
		label := e.ObjectLabel
		if err := st.AuditWrite(context.Background(), &e); err != nil {
			t.Fatal(err)
		}
		e.ObjectLabel = label // a contact's label is stored sealed; the viewer shows it opened
		w.entries = append(w.entries, e)
	}
	m.clock.Advance(time.Minute)
	m.signInAs(t, "admin", "admin password 1")
	return w
}

// at is base + n minutes in RFC 3339.
func (w *auditWorld) at(n int) string {
	return w.base.Add(time.Duration(n) * time.Minute).Format(time.RFC3339)
}

// window limits q to the seeded entries.
func (w *auditWorld) window(q model.AuditQuery) model.AuditQuery {
	if q.From == "" {
		q.From = w.at(1) // the setup wrote its entries at base
	}
	if q.To == "" {
		q.To = w.at(31)
	}
	return q
}

// want returns the seqs of the seeded entries keep accepts, newest first.
func (w *auditWorld) want(keep func(e audit.Entry) bool) []int64 {
	out := []int64{}
	for i := len(w.entries) - 1; i >= 0; i-- {
		if keep(w.entries[i]) {
			out = append(out, w.entries[i].Seq)
		}
	}
	return out
}

// countAction counts the log's entries with action a.
func (w *auditWorld) countAction(t *testing.T, a string) int {
	t.Helper()
	var n int
	if err := w.core.StoreForTest().Reader().QueryRowContext(context.Background(),
		`SELECT count(*) FROM audit_log WHERE action = ?`, a).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// lastEntry returns the newest entry with action a.
func (w *auditWorld) lastEntry(t *testing.T, a string) model.AuditRow {
	t.Helper()
	p, err := w.audit.List(model.AuditQuery{Action: a, Limit: 1})
	if err != nil || len(p.Rows) == 0 {
		t.Fatalf("no %s entry: %v", a, err)
	}
	return p.Rows[0]
}
