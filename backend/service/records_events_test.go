package service_test

import (
	"sync"
	"testing"
	"time"

	"fieldvault/backend/detect"
	"fieldvault/backend/model"
	"fieldvault/backend/service"
)

// recordsRecorder keeps the payloads of records:changed beside the names.
type recordsRecorder struct {
	service.Emitter
	mu      sync.Mutex
	changed []service.RecordsChanged
}

func (e *recordsRecorder) Emit(name string, data ...any) {
	e.mu.Lock()
	if name == service.EventRecordsChanged && len(data) == 1 {
		e.changed = append(e.changed, data[0].(service.RecordsChanged))
	}
	e.mu.Unlock()
	e.Emitter.Emit(name, data...)
}

func (e *recordsRecorder) events() []service.RecordsChanged {
	e.mu.Lock()
	defer e.mu.Unlock()
	return append([]service.RecordsChanged(nil), e.changed...)
}

// fakeAfter collects the windows the relay schedules; fire runs them.
type fakeAfter struct {
	mu  sync.Mutex
	fns []func()
}

func (f *fakeAfter) after(_ time.Duration, fn func()) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.fns = append(f.fns, fn)
}

func (f *fakeAfter) pending() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.fns)
}

func (f *fakeAfter) fire() {
	f.mu.Lock()
	fns := f.fns
	f.fns = nil
	f.mu.Unlock()
	for _, fn := range fns {
		fn()
	}
}

// A burst of committed record writes becomes one records:changed event
// naming the record types; reads, refusals and dashboard views send
// nothing; and the alert watcher still sees every entry as it commits.
func TestRecordsChangedDebounced(t *testing.T) {
	timer := &fakeAfter{}
	service.SetRecordsAfterForTest(timer.after)
	t.Cleanup(func() { service.SetRecordsAfterForTest(nil) })
	w := newDashWorld(t)
	rec := &recordsRecorder{Emitter: w.em}
	w.core.SetEmitter(rec)
	w.as(t, "admin")
	if _, err := w.dash.List(); err != nil { // the dashboard page starts the relay
		t.Fatal(err)
	}
	steps := []struct {
		name   string
		do     func(t *testing.T)
		events []service.RecordsChanged // after firing the window
	}{
		{"burst of 40 writes", func(t *testing.T) {
			for i := 0; i < 30; i++ {
				w.create(t, "contacts", "admin", map[string]any{"lastName": "Burst"})
			}
			for i := 0; i < 10; i++ {
				w.create(t, "deals", "sales_rep", map[string]any{"name": "Burst"})
			}
			if n := timer.pending(); n != 1 {
				t.Fatalf("%d windows scheduled for one burst, want 1", n)
			}
			if len(rec.events()) != 0 {
				t.Fatal("an event went out before the window closed")
			}
		}, []service.RecordsChanged{{Entities: []string{"contacts", "deals"}}}},
		{"reads, refusals and views are not changes", func(t *testing.T) {
			list, err := w.records.List(model.ListQuery{Entity: "contacts"})
			if err != nil || len(list.Rows) == 0 {
				t.Fatal(err)
			}
			if _, err := w.records.Get("contacts", list.Rows[0].ID); err != nil {
				t.Fatal(err)
			}
			if _, err := w.dash.Data("", service.DashboardFilters{}); err != nil {
				t.Fatal(err)
			}
			w.as(t, "sales_rep")
			_, _ = w.users.List() // denied, audited
			if n := timer.pending(); n != 0 {
				t.Fatalf("%d windows scheduled without a change", n)
			}
		}, []service.RecordsChanged{{Entities: []string{"contacts", "deals"}}}},
		{"next change, next event", func(t *testing.T) {
			w.create(t, "activities", "sales_rep", map[string]any{"kind": "call", "subject": "Follow-up"})
		}, []service.RecordsChanged{{Entities: []string{"contacts", "deals"}}, {Entities: []string{"activities"}}}},
	}
	for _, s := range steps {
		t.Run(s.name, func(t *testing.T) {
			s.do(t)
			timer.fire()
			got := rec.events()
			if len(got) != len(s.events) { // every event so far
				t.Fatalf("events %v, want %v", got, s.events)
			}
			for i, want := range s.events {
				if len(got[i].Entities) != len(want.Entities) {
					t.Fatalf("event %d = %v, want %v", i, got[i], want)
				}
				for j := range want.Entities {
					if got[i].Entities[j] != want.Entities[j] {
						t.Fatalf("event %d = %v, want %v", i, got[i], want)
					}
				}
			}
		})
	}
	t.Run("signed out: nothing goes to the window", func(t *testing.T) {
		before := len(rec.events())
		w.create(t, "tasks", "sales_rep", map[string]any{"title": "Later"})
		_ = w.sessions.SignOut()
		timer.fire()
		if len(rec.events()) != before {
			t.Fatal("records:changed sent to a signed-out window")
		}
	})
}

// The relay composes with the alert watcher on the store's one observer
// slot: an alert still fires as its entry commits, well before the
// watcher's next poll of the log.
func TestRecordsRelayKeepsAlertWatcher(t *testing.T) {
	m := newMatrix(t)
	m.setRule(t, detect.RuleOffHoursAdmin, func(r *model.AlertRule) { r.Enabled = false })
	m.core.FlushAlertsForTest()
	m.clock.Advance(11 * time.Minute)
	dash := service.NewDashboardService(m.core)
	if _, err := dash.List(); err != nil { // composes the observer
		t.Fatal(err)
	}
	before := count(m.em.Names(), service.EventAlertNew)
	if _, err := m.roles.Create(model.RoleInput{Name: "Auditors", CopyFrom: "support_agent"}); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(2 * time.Second) // the watcher polls every 3 s
	for count(m.em.Names(), service.EventAlertNew) == before {
		if time.Now().After(deadline) {
			t.Fatal("the alert watcher no longer observes commits")
		}
		time.Sleep(10 * time.Millisecond)
	}
}
