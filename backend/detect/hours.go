package detect

import (
	"context"
	"fmt"

	"fieldvault/backend/audit"
	"fieldvault/backend/model"
)

// hoursFor returns the hours for roleID: its own entry, else the entry
// without a role; ok is false when neither exists (no restriction).
func hoursFor(list []model.RoleHours, roleID string) (model.RoleHours, bool) {
	var def *model.RoleHours
	for i := range list {
		switch list[i].RoleID {
		case roleID:
			return list[i], true
		case "":
			def = &list[i]
		}
	}
	if def != nil {
		return *def, true
	}
	return model.RoleHours{}, false
}

// within reports whether hour h (0..23) lies in [From, To), wrapping
// midnight when From > To.
func within(hr model.RoleHours, h int) bool {
	if hr.From <= hr.To {
		return h >= hr.From && h < hr.To
	}
	return h >= hr.From || h < hr.To
}

func span(hr model.RoleHours) string { return fmt.Sprintf("%02d:00–%02d:00", hr.From, hr.To) }

// outsideHours: rule 4, a sign-in outside the hours of the user's role.
func outsideHours(ctx context.Context, x *evalCtx, r model.AlertRule, e *entryView) (*Finding, error) {
	return offHours(ctx, x, r, e, "Sign-in outside allowed hours", "signed in")
}

// offHoursAdmin: rule 11, a configuration, security or key change off-hours.
func offHoursAdmin(ctx context.Context, x *evalCtx, r model.AlertRule, e *entryView) (*Finding, error) {
	return offHours(ctx, x, r, e, "Administrative action off-hours", "did "+e.Action)
}

func offHours(ctx context.Context, x *evalCtx, r model.AlertRule, e *entryView, title, did string) (*Finding, error) {
	if len(r.Hours) == 0 {
		return nil, nil
	}
	roleID, err := x.h.UserRoleID(ctx, e.Actor.UserID)
	if err != nil {
		return nil, err
	}
	hr, ok := hoursFor(r.Hours, roleID)
	if !ok || within(hr, e.local.Hour()) {
		return nil, nil
	}
	return &Finding{SubjectID: e.Actor.UserID, SubjectName: e.Actor.Username, Evidence: []int64{e.Seq},
		Title:  fmt.Sprintf("%s: %s at %s", title, e.Actor.Username, clock(e.local)),
		Detail: fmt.Sprintf("%s (%s) %s at %s local time; allowed hours are %s.", e.Actor.Username, e.Actor.Role, did, clock(e.local), span(hr)),
	}, nil
}

// unusualHour: rule 5, a sign-in at an hour when fewer than Threshold
// percent of the user's previous sign-ins (at least MinSignInHistory, the
// newest 1,000) fall within an hour of it.
func unusualHour(ctx context.Context, x *evalCtx, r model.AlertRule, e *entryView) (*Finding, error) {
	past, err := x.h.Find(ctx, Query{Actions: []string{ActionSignIn}, UserID: e.Actor.UserID, UpTo: e.Seq - 1, Limit: 1000})
	if err != nil || len(past) < MinSignInHistory {
		return nil, err
	}
	now := minuteOfDay(e.local.Hour(), e.local.Minute())
	near := 0
	for _, p := range past {
		t := p.At.In(x.g.loc)
		d := now - minuteOfDay(t.Hour(), t.Minute())
		d = max(d, -d)
		if min(d, 24*60-d) <= 60 {
			near++
		}
	}
	if near*100 >= r.Threshold*len(past) {
		return nil, nil
	}
	return &Finding{SubjectID: e.Actor.UserID, SubjectName: e.Actor.Username, Evidence: []int64{e.Seq},
		Title: fmt.Sprintf("Unusual sign-in hour for %s: %s", e.Actor.Username, clock(e.local)),
		Detail: fmt.Sprintf("%s signed in at %s local time; only %d of their previous %d sign-ins were within an hour of that time.",
			e.Actor.Username, clock(e.local), near, len(past)),
	}, nil
}

func minuteOfDay(h, m int) int { return h*60 + m }

// Actions that are configuration but routine: creating the workspace (its
// first administrator creates themselves in the same step) and the key slot
// a user gets at sign-in.
var routineAdmin = map[string]bool{"workspace.create": true, "key.userslot.add": true}

func isAdminAction(e *entryView) bool {
	switch e.Category {
	case audit.CatConfig, audit.CatSecurity, audit.CatKey:
	default:
		return false
	}
	return e.Outcome == audit.OutcomeSuccess && e.Actor.UserID != "" && !routineAdmin[e.Action] && !selfCreated(e)
}

// selfCreated reports the first administrator's user.create at setup (the
// only time anyone creates their own account).
func selfCreated(e *entryView) bool {
	return e.Action == "user.create" && e.ObjectID != "" && e.ObjectID == e.Actor.UserID
}
