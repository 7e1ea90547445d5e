package detect

import (
	"strings"
	"testing"

	"fieldvault/backend/apperr"
	"fieldvault/backend/audit"
	"fieldvault/backend/model"
)

func TestValidate(t *testing.T) {
	def := func(id string) model.AlertRule {
		for _, r := range Defaults() {
			if r.ID == id {
				return r
			}
		}
		t.Fatalf("no rule %s", id)
		return model.AlertRule{}
	}
	cases := []struct {
		name  string
		rule  func() model.AlertRule
		field string // "" = valid
	}{
		{"every default is valid", nil, ""},
		{"threshold below range", func() model.AlertRule { r := def(RuleFailedUser); r.Threshold = 1; return r }, "threshold"},
		{"threshold on a rule without", func() model.AlertRule { r := def(RuleNewDevice); r.Threshold = 3; return r }, "threshold"},
		{"window on a rule without", func() model.AlertRule { r := def(RuleLargeExport); r.WindowMinutes = 5; return r }, "windowMinutes"},
		{"window over a day", func() model.AlertRule { r := def(RuleDeniedBurst); r.WindowMinutes = 1441; return r }, "windowMinutes"},
		{"severity", func() model.AlertRule { r := def(RuleDeniedBurst); r.Severity = ""; return r }, "severity"},
		{"action", func() model.AlertRule { r := def(RuleDeniedBurst); r.Action = "ban"; return r }, "action"},
		{"empty hours", func() model.AlertRule {
			r := def(RuleOutsideHours)
			r.Hours = []model.RoleHours{{RoleID: "a", From: 9, To: 9}}
			return r
		}, "hours"},
		{"hour 25", func() model.AlertRule {
			r := def(RuleOffHoursAdmin)
			r.Hours = []model.RoleHours{{From: 7, To: 25}}
			return r
		}, "hours"},
		{"role twice", func() model.AlertRule {
			r := def(RuleOutsideHours)
			r.Hours = []model.RoleHours{{RoleID: "a", From: 9, To: 17}, {RoleID: "a", From: 22, To: 6}}
			return r
		}, "hours"},
		{"wrapping hours", func() model.AlertRule {
			r := def(RuleOutsideHours)
			r.Hours = []model.RoleHours{{RoleID: "night", From: 22, To: 6}, {From: 0, To: 24}}
			return r
		}, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rules := Defaults()
			if c.rule != nil {
				rules = []model.AlertRule{c.rule()}
			}
			for _, r := range rules {
				got, err := Validate(r)
				if c.field == "" && (err != nil || got.Name == "" || got.Hours == nil) {
					t.Fatalf("%s: %+v %v", r.ID, got, err)
				}
				if c.field != "" {
					e, ok := err.(*apperr.Error)
					if !ok || e.Code != apperr.CodeInvalid || e.Fields[c.field] == "" {
						t.Fatalf("got %v, want invalid %s", err, c.field)
					}
				}
			}
		})
	}
	if _, err := Validate(model.AlertRule{ID: "nope"}); !apperr.Is(err, apperr.CodeNotFound) {
		t.Fatalf("unknown rule: %v", err)
	}
}

func TestHours(t *testing.T) {
	day := model.RoleHours{From: 7, To: 20}
	night := model.RoleHours{RoleID: "n", From: 22, To: 6}
	cases := []struct {
		h    model.RoleHours
		hour int
		want bool
	}{
		{day, 7, true}, {day, 19, true}, {day, 20, false}, {day, 6, false},
		{night, 23, true}, {night, 2, true}, {night, 6, false}, {night, 12, false},
		{model.RoleHours{From: 0, To: 24}, 23, true},
	}
	for _, c := range cases {
		if got := within(c.h, c.hour); got != c.want {
			t.Errorf("within(%v, %d) = %v", c.h, c.hour, got)
		}
	}
	list := []model.RoleHours{day, night}
	if h, ok := hoursFor(list, "n"); !ok || h != night {
		t.Errorf("own entry: %v", h)
	}
	if h, ok := hoursFor(list, "other"); !ok || h != day {
		t.Errorf("default entry: %v", h)
	}
	if _, ok := hoursFor([]model.RoleHours{night}, "other"); ok {
		t.Error("no entry must mean no restriction")
	}
}

func TestMergeAndOwn(t *testing.T) {
	stored := map[string]model.AlertRule{RuleLargeExport: {ID: RuleLargeExport, Threshold: 5, Severity: model.SeverityLow, Action: model.RuleActionLock}, "gone": {ID: "gone"}}
	rules := Merge(stored)
	if len(rules) != len(catalog) {
		t.Fatalf("%d rules", len(rules))
	}
	for _, r := range rules {
		if r.ID == RuleLargeExport && (r.Threshold != 5 || r.Name == "" || r.Enabled) {
			t.Fatalf("stored settings not used: %+v", r)
		}
	}
}

// Only the subsystem's own entries (alert.raise, alert.action.*, written by
// no user) are skipped: what people do to rules and alerts is evaluated.
func TestOwnIsOnlyTheSystemsEntries(t *testing.T) {
	admin := audit.Actor{UserID: "u1", Username: "admin", Role: "Administrator"}
	cases := []struct {
		action string
		actor  audit.Actor
		own    bool
	}{
		{"alert.raise", systemActor, true},
		{"alert.action.lock", systemActor, true},
		{"alert.action.reauth", systemActor, true},
		{"alert.rule.update", admin, false},
		{"alert.acknowledge", admin, false},
		{"alert.resolve", admin, false},
		{"alert.reopen", admin, false},
		{"alert.raise", admin, false}, // no user can write it; if one did, it is theirs
		{"auth.login.failed", systemActor, false},
	}
	for _, c := range cases {
		e := audit.Entry{Action: c.action, Actor: c.actor, Outcome: audit.OutcomeSuccess}
		if Own(&e) != c.own {
			t.Errorf("Own(%s by %q) = %v", c.action, c.actor.Username, !c.own)
		}
	}
}

var systemActor = audit.Actor{Username: "system", Role: "system"}

// Changing an alert rule is a critical change (rule 10): otherwise turning
// the rules off would go unnoticed.
func TestRuleChangeIsCritical(t *testing.T) {
	if _, ok := criticalLabel("alert.rule.update"); !ok {
		t.Fatal("alert.rule.update is not a critical change")
	}
	e := &entryView{Entry: &audit.Entry{Action: "alert.rule.update", Outcome: audit.OutcomeSuccess, Actor: audit.Actor{UserID: "u1"}}}
	if !isCriticalOrDelete(e) {
		t.Fatal("the critical-change rule does not apply to alert.rule.update")
	}
}

// The sign-in failure rules name whoever's user name was typed: they may
// not lock, in validation and at raise time (CanLock); every other rule may.
func TestSignInRulesCannotLock(t *testing.T) {
	noLock := map[string]bool{RuleFailedUser: true, RuleFailedAll: true, RuleSuccessAfter: true}
	for _, r := range Defaults() {
		r.Action = model.RuleActionLock
		_, err := Validate(r)
		if noLock[r.ID] {
			e, ok := err.(*apperr.Error)
			if !ok || e.Code != apperr.CodeInvalid || !strings.Contains(e.Fields["action"], "sign-in screen") {
				t.Errorf("%s with lock: %v, want invalid action", r.ID, err)
			}
			if CanLock(r.ID) || !strings.Contains(r.Description, "cannot lock") {
				t.Errorf("%s: CanLock or description does not say it cannot lock", r.ID)
			}
			r.Action = model.RuleActionReauth
			if _, err := Validate(r); err != nil {
				t.Errorf("%s with reauth: %v", r.ID, err)
			}
			continue
		}
		if _, err := Validate(r); err != nil || !CanLock(r.ID) {
			t.Errorf("%s with lock: %v", r.ID, err)
		}
	}
	if CanLock("no.such.rule") {
		t.Error("an unknown rule may lock")
	}
}
