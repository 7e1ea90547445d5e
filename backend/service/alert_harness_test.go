package service

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"sync"
	"testing"
	"time"

	"fieldvault/backend/audit"
	"fieldvault/backend/detect"
	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
	"fieldvault/backend/store"
	"fieldvault/backend/testutil"
)

// fakeEffects records what raising alerts did to the "session": user
// signedIn in session (sessionOf(name) for the harness's entries).
type fakeEffects struct {
	mu       sync.Mutex
	signedIn string
	session  string
	reauths  []string
	slots    int
	raised   []model.Alert
}

func (f *fakeEffects) signedInHere(id, hash string) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	return id != "" && id == f.signedIn && hash == f.session
}

func (f *fakeEffects) requireReauth(id, hash string) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.reauths = append(f.reauths, id)
	return id == f.signedIn && hash == f.session
}

// signIn makes user's session sessionOf(user) the one open "here".
func (f *fakeEffects) signIn(user string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.signedIn, f.session = "u-"+user, sessionOf(user)
}

func (f *fakeEffects) keySlotsChanged() {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.slots++
}

func (f *fakeEffects) notifyRaised(_ context.Context, _ *store.Store, a model.Alert) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.raised = append(f.raised, a)
}

// harnessStart is a Monday, 10:00 on this machine's clock (rules judge
// hours in local time).
var harnessStart = time.Date(2026, 3, 2, 10, 0, 0, 0, time.Local)

// ruleHarness is a real encrypted store with users admin (Administrator),
// ana and bo (Sales Representative), a fake clock and a running watcher.
type ruleHarness struct {
	t     *testing.T
	ctx   context.Context
	clock *testutil.Clock
	st    *store.Store
	w     *alertWatch
	fx    *fakeEffects
}

var harnessUsers = map[string]string{"admin": rbac.RoleAdministrator, "ana": rbac.RoleSalesRep, "bo": rbac.RoleSalesRep}

func newRuleHarness(t *testing.T) *ruleHarness {
	t.Helper()
	clock := testutil.NewClock(harnessStart)
	h := &ruleHarness{t: t, ctx: context.Background(), clock: clock, fx: &fakeEffects{}}
	h.st = testutil.OpenStore(t, func(o *store.Options) { o.Now = clock.Now })
	err := h.st.Write(h.ctx, func(tx *store.Tx) error {
		if err := store.SeedDefaultRoles(h.ctx, tx, clock.Now()); err != nil {
			return err
		}
		for name, role := range harnessUsers {
			u := store.UserRecord{User: model.User{ID: "u-" + name, Username: name, DisplayName: name, RoleID: role}, PasswordHash: "x"}
			if err := store.InsertUser(h.ctx, tx, u, clock.Now()); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	h.start()
	return h
}

func (h *ruleHarness) start() { h.startWith(nil) }

// startWith starts a watcher whose rules read history through wrap(the
// store's) when wrap is set.
func (h *ruleHarness) startWith(wrap func(detect.History) detect.History) {
	h.w = newAlertWatch(h.st, h.fx, h.clock.Now, time.Local, audit.Device{DeviceID: "watch"})
	if wrap != nil {
		h.w.hist = wrap(h.w.hist)
	}
	h.w.start()
	w := h.w
	h.t.Cleanup(func() {
		if h.w == w {
			w.close()
		}
	})
}

// setRule changes a rule's stored settings (validated like SaveRule, saved
// by admin).
func (h *ruleHarness) setRule(id string, change func(r *model.AlertRule)) {
	h.t.Helper()
	h.setRuleBy("u-admin", id, change)
}

func (h *ruleHarness) setRuleBy(editorID, id string, change func(r *model.AlertRule)) {
	h.t.Helper()
	r := ruleByID(detect.Defaults(), id)
	change(&r)
	r, err := detect.Validate(r)
	if err == nil {
		err = h.st.Write(h.ctx, func(tx *store.Tx) error {
			return store.SaveAlertRuleSettings(h.ctx, tx, r, editorID, h.clock.Now())
		})
	}
	if err != nil {
		h.t.Fatal(err)
	}
	h.w.reloadRules()
}

// cursor returns the saved alert cursor.
func (h *ruleHarness) cursor() int64 {
	h.t.Helper()
	c, err := store.AlertCursor(h.ctx, h.st.Reader())
	if err != nil {
		h.t.Fatal(err)
	}
	return c
}

// exec runs statements on the store (tests that break it on purpose).
func (h *ruleHarness) exec(sql string) {
	h.t.Helper()
	if err := h.st.Write(h.ctx, func(tx *store.Tx) error { _, err := tx.ExecContext(h.ctx, sql); return err }); err != nil {
		h.t.Fatal(err)
	}
}

// do writes the entries, n times each, the clock moving by step after each.
func (h *ruleHarness) do(n int, step time.Duration, entries ...audit.Entry) {
	h.t.Helper()
	for i := 0; i < n; i++ {
		for _, e := range entries {
			if err := h.st.AuditWrite(h.ctx, &e); err != nil {
				h.t.Fatal(err)
			}
			h.clock.Advance(step)
		}
	}
}

// at moves the clock to the next local hh:mm.
func (h *ruleHarness) at(hour, minute int) {
	now := h.clock.Now().In(time.Local)
	next := time.Date(now.Year(), now.Month(), now.Day(), hour, minute, 0, 0, time.Local)
	if !next.After(now) {
		next = next.AddDate(0, 0, 1)
	}
	h.clock.Advance(next.Sub(now))
}

// alerts waits for the watcher and returns the alerts of rule, newest first.
func (h *ruleHarness) alerts(rule string) []model.Alert {
	h.t.Helper()
	h.w.flush()
	page, err := store.ListAlerts(h.ctx, h.st.Reader(), model.AlertQuery{RuleID: rule, Limit: 200})
	if err != nil {
		h.t.Fatal(err)
	}
	return page.Rows
}

func actor(user string) audit.Actor {
	role := map[string]string{rbac.RoleAdministrator: "Administrator", rbac.RoleSalesRep: "Sales Representative"}[harnessUsers[user]]
	return audit.Actor{UserID: "u-" + user, Username: user, Role: role}
}

// sessionOf is the session hash of user's entries in the harness.
func sessionOf(user string) string {
	sum := sha256.Sum256([]byte("session of " + user))
	return hex.EncodeToString(sum[:])
}

func failedSignIn(name string) audit.Entry {
	a := actor(name)
	if _, known := harnessUsers[name]; !known {
		a = audit.Actor{Username: name}
	}
	return audit.Entry{Actor: a, Category: audit.CatAuth, Action: "auth.login.failed", ObjectType: "user", Outcome: audit.OutcomeFailed}
}

func signIn(user, device, osUser string) audit.Entry {
	return audit.Entry{Actor: actor(user), Category: audit.CatAuth, Action: "auth.login.success", ObjectType: "user", SessionHash: sessionOf(user),
		ObjectID: "u-" + user, Outcome: audit.OutcomeSuccess, Device: audit.Device{DeviceID: device, Hostname: "host", OSUser: osUser}}
}

func ofUser(user, category, action, outcome string) audit.Entry {
	return audit.Entry{Actor: actor(user), Category: category, Action: action, ObjectType: "x", ObjectID: "1", Outcome: outcome, SessionHash: sessionOf(user)}
}

func exported(user string, rows int64) audit.Entry {
	e := ofUser(user, audit.CatExport, "report.export", audit.OutcomeSuccess)
	e.Rows = rows
	return e
}

func created(by, user, roleName string) audit.Entry {
	e := ofUser(by, audit.CatConfig, "user.create", audit.OutcomeSuccess)
	e.ObjectType, e.ObjectID, e.ObjectLabel = "user", "u-"+user, user
	e.Changes = []audit.Change{{Field: "role", After: roleName}}
	return e
}
