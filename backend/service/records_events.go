package service

import (
	"slices"
	"strings"
	"sync"
	"time"

	"fieldvault/backend/audit"
	"fieldvault/backend/schema"
	"fieldvault/backend/store"
)

// EventRecordsChanged tells the window that records changed (open
// dashboards refetch their data). Its payload is a RecordsChanged.
const EventRecordsChanged = "records:changed"

// RecordsChanged is the payload of EventRecordsChanged: the record types
// (plural entity names, sorted) changed by the transactions it covers.
// Only names: the window refetches through the bound methods, which apply
// the viewer's scope.
type RecordsChanged struct {
	Entities []string `json:"entities"`
}

// recordsChangedWindow is how long changes are gathered into one event.
const recordsChangedWindow = 500 * time.Millisecond

// recordsAfter schedules f after d (time.AfterFunc); tests replace it to
// fire the window by hand.
var recordsAfter = func(d time.Duration, f func()) { time.AfterFunc(d, f) }

// recordEvents coalesces committed record changes into EventRecordsChanged:
// the first change after a quiet spell opens a window of
// recordsChangedWindow, and everything committed in it goes out as one
// event when it closes (trailing edge). The window is not extended by later
// changes, so a long bulk import still refreshes dashboards twice a second
// rather than only at its end, and never sends one event per record.
type recordEvents struct {
	mu      sync.Mutex
	pending map[string]bool
	armed   bool
	after   func(time.Duration, func())
	emit    func(RecordsChanged)
}

func newRecordEvents(emit func(RecordsChanged)) *recordEvents {
	return &recordEvents{pending: map[string]bool{}, after: recordsAfter, emit: emit}
}

// observe takes the audit entries of one committed transaction. It runs on
// the committing goroutine (the store's observer) and never blocks.
func (r *recordEvents) observe(entries []audit.Entry) {
	changed := changedEntities(entries)
	if len(changed) == 0 {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, e := range changed {
		r.pending[e] = true
	}
	if !r.armed {
		r.armed = true
		r.after(recordsChangedWindow, r.fire)
	}
}

// fire sends what the window gathered.
func (r *recordEvents) fire() {
	r.mu.Lock()
	list := make([]string, 0, len(r.pending))
	for e := range r.pending {
		list = append(list, e)
	}
	r.pending, r.armed = map[string]bool{}, false
	r.mu.Unlock()
	if len(list) > 0 {
		slices.Sort(list)
		r.emit(RecordsChanged{Entities: list})
	}
}

// readVerbs are record audit actions that change nothing.
var readVerbs = []string{"view", "list", "search", "timeline", "export", "access"}

// changedEntities returns the record types that successful record writes
// among entries changed: data or import entries whose object type is an
// entity (singular, as record entries name it, or plural) and whose verb
// is not a read. Views, reports, dashboards, alerts and configuration are
// not records.
func changedEntities(entries []audit.Entry) []string {
	var out []string
	for _, e := range entries {
		if e.Outcome != audit.OutcomeSuccess || (e.Category != audit.CatData && e.Category != audit.CatImport) {
			continue
		}
		_, verb, _ := strings.Cut(e.Action, ".")
		if slices.Contains(readVerbs, verb) {
			continue
		}
		for _, ent := range schema.All() {
			if (e.ObjectType == ent.Singular || e.ObjectType == string(ent.Name)) && !slices.Contains(out, string(ent.Name)) {
				out = append(out, string(ent.Name))
			}
		}
	}
	return out
}

// relayState is the records:changed relay of one DashboardService: which
// store and alert watcher its observer was composed with.
type relayState struct {
	events *recordEvents
	st     *store.Store
	watch  *alertWatch
}

// relayRecordEvents makes the open store's audit observer feed the
// records:changed relay as well as the alert watcher. The store has one
// observer slot, which the watcher claims when it starts (in every call's
// session check, before this runs) and clears when it stops (locking the
// workspace); so the slot gets a composition, the watcher's observe first
// and unchanged, then the relay's, and is composed again whenever the
// store or the watcher changed. Without a watcher (the CLI) the relay
// observes alone. It starts with the first dashboard call of a session
// (the window's dashboard page), which is who listens. Callers hold c.mu.
func (s *DashboardService) relayRecordEvents() {
	c := s.core
	if c.session == nil {
		return
	}
	st, w := c.session.Store(), c.watch
	if s.relay.events != nil && s.relay.st == st && s.relay.watch == w {
		return
	}
	if s.relay.events == nil {
		s.relay.events = newRecordEvents(c.emitRecordsChanged)
	}
	ev := s.relay.events
	if w != nil {
		st.SetAuditObserver(func(entries []audit.Entry) {
			w.observe(entries)
			ev.observe(entries)
		})
	} else {
		st.SetAuditObserver(ev.observe)
	}
	s.relay.st, s.relay.watch = st, w
}

// emitRecordsChanged sends EventRecordsChanged while someone is signed in
// (never to a locked or signed-out window). It takes only the live
// session's lock, never Core.mu: it runs on a timer.
func (c *Core) emitRecordsChanged(p RecordsChanged) {
	c.live.mu.Lock()
	defer c.live.mu.Unlock()
	if c.live.userID != "" && c.live.emitter != nil {
		c.live.emitter.Emit(EventRecordsChanged, p)
	}
}
