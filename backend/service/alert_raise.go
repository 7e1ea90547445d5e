package service

import (
	"context"
	"time"

	"fieldvault/backend/apperr"
	"fieldvault/backend/audit"
	"fieldvault/backend/detect"
	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
	"fieldvault/backend/store"
)

// systemActor is who writes the alert subsystem's own entries.
var systemActor = audit.Actor{Username: "system", Role: "system"}

// raise stores f: more evidence on the open alert of the same rule and
// subject whose first evidence lies within the rule's window before f, or
// else a new alert, audited as alert.raise (category security) with its
// action in the same transaction, then applied to the session and
// announced. firstAt is the time of the first entry merged into f. The
// transaction also saves the alert cursor (cursor: the entries up to it
// have raised everything they found), so that a crash neither loses nor
// repeats the alert. Evidence added to an open alert is neither audited
// again nor acted on again: the entries themselves are the record. An
// acknowledged or resolved alert takes no more evidence: what follows is a
// new alert, and its action applies again.
func (w *alertWatch) raise(ctx context.Context, f detect.Finding, firstAt time.Time, cursor int64) error {
	now := w.now()
	f.Evidence = mergeSeqs(f.Evidence, nil)
	var raised *model.Alert
	var locked bool
	// A reauth applies to the session that did it only (a catch-up may run
	// after the user signed in again).
	reauth := f.Rule.Action == model.RuleActionReauth && w.fx.signedInHere(f.SubjectID, f.SessionHash)
	err := w.st.Write(ctx, func(tx *store.Tx) error {
		raised, locked = nil, false
		if err := store.SetAlertCursor(ctx, tx, cursor); err != nil {
			return err
		}
		open, ok, err := store.FindOpenAlert(ctx, tx, f.Rule.ID, f.SubjectID, f.SubjectName, f.At.Add(-f.DedupWindow()))
		if err != nil {
			return err
		}
		if ok {
			return store.AddAlertEvidence(ctx, tx, open, f.Evidence, f.At, now)
		}
		a := model.Alert{ID: store.NewID(), RuleID: f.Rule.ID, RuleName: f.Rule.Name, Severity: f.Rule.Severity,
			Status: model.AlertOpen, Title: audit.Clip(f.Title), Detail: audit.Clip(f.Detail), SubjectID: f.SubjectID,
			SubjectName: f.SubjectName, CreatedAt: store.FormatTime(now), UpdatedAt: store.FormatTime(now),
			Evidence: f.Evidence, Comments: []model.AlertComment{}, ActionTaken: "Alert only."}
		var acted *audit.Entry
		switch f.Rule.Action {
		case model.RuleActionLock:
			if a.ActionTaken, acted, err = w.lockSubject(ctx, tx, f); err != nil {
				return err
			}
			locked = acted != nil
		case model.RuleActionReauth:
			a.ActionTaken = "Not asked for the password: " + orName(f.SubjectName) + " is not signed in on this device in the session that did this."
			if reauth {
				a.ActionTaken = "Asked " + f.SubjectName + " for their password again."
				acted = w.entry("alert.action.reauth", "user", f.SubjectID, f.SubjectName)
			}
		}
		if err := store.InsertAlert(ctx, tx, a, firstAt, f.At); err != nil {
			return err
		}
		e := w.entry("alert.raise", "alert", a.ID, a.Title)
		e.Reason = f.Rule.ID
		e.Changes = []audit.Change{{Field: "rule", After: f.Rule.ID}, {Field: "severity", After: a.Severity},
			{Field: "subject", After: f.SubjectName}, {Field: "evidence", After: firstSeqs(f.Evidence, 50)},
			{Field: "action", After: a.ActionTaken}}
		if err := store.AppendAudit(ctx, tx, e); err != nil {
			return err
		}
		if acted != nil {
			acted.Reason = "alert " + a.ID + " (" + f.Rule.ID + ")"
			if err := store.AppendAudit(ctx, tx, acted); err != nil {
				return err
			}
		}
		raised = &a
		return nil
	})
	if err != nil {
		return err
	}
	w.saved = max(w.saved, cursor)
	if raised == nil {
		return nil
	}
	if locked {
		w.fx.keySlotsChanged()
	}
	if reauth {
		w.fx.requireReauth(f.SubjectID, f.SessionHash)
	}
	w.fx.notifyRaised(ctx, w.st, *raised)
	return nil
}

// lockSubject disables the subject's account (the same mechanism as
// UserService.SetDisabled: the session ends at its next call and the key
// slot goes; an administrator re-enables the user in Admin → Users). It
// returns what was done, and the audit entry when it locked. It locks only
// as the rule's last editor could have by hand: never for a rule whose
// subject is a typed user name (detect.CanLock), never a user whose role
// holds permissions that editor does not hold (or when the editor no longer
// may manage users), and never the last active administrator, so nobody is
// shut out.
func (w *alertWatch) lockSubject(ctx context.Context, tx *store.Tx, f detect.Finding) (string, *audit.Entry, error) {
	if !detect.CanLock(f.Rule.ID) {
		return "Not locked: this rule cannot lock accounts (anyone at the sign-in screen can type a user name).", nil, nil
	}
	if f.SubjectID == "" {
		return "Not locked: the alert is not about one existing account.", nil, nil
	}
	u, err := store.GetUser(ctx, tx, f.SubjectID)
	if apperr.Is(err, apperr.CodeNotFound) {
		return "Not locked: the account no longer exists.", nil, nil
	}
	if err != nil {
		return "", nil, err
	}
	if u.Disabled {
		return "Not locked again: the account is already disabled.", nil, nil
	}
	if why, err := editorMayLock(ctx, tx, f.Rule.ID, u); err != nil || why != "" {
		return "Not locked: " + why, nil, err
	}
	if last, err := lastActiveAdmin(ctx, tx, u.ID); err != nil || last {
		return "Not locked: " + u.Username + " is the last active Administrator.", nil, err
	}
	if err := store.SetUserDisabled(ctx, tx, u.ID, true, w.now()); err != nil {
		return "", nil, err
	}
	e := w.entry("alert.action.lock", "user", u.ID, u.Username)
	e.Changes = []audit.Change{{Field: "disabled", Before: false, After: true}}
	return "Locked " + u.Username + "'s account; an administrator re-enables it in Admin → Users.", e, nil
}

// editorMayLock returns why the last editor of ruleID could not disable u
// themselves ("" when they could): as UserService.SetDisabled requires, they
// must be an enabled user holding users.manage and every permission u's
// role grants (requireCovers). Read in the write transaction q.
func editorMayLock(ctx context.Context, q store.Querier, ruleID string, u store.UserRecord) (string, error) {
	editorID, err := store.AlertRuleEditor(ctx, q, ruleID)
	if err != nil {
		return "", err
	}
	if editorID == "" {
		return "nobody who manages users set this rule to lock.", nil
	}
	ed, err := store.GetUser(ctx, q, editorID)
	if apperr.Is(err, apperr.CodeNotFound) {
		return "the user who set this rule to lock no longer exists.", nil
	}
	if err != nil {
		return "", err
	}
	edRole, err := store.GetRole(ctx, q, ed.RoleID)
	if err != nil {
		return "", err
	}
	if ed.Disabled || !edRole.Grants.Has(rbac.PermUsersManage) {
		return ed.Username + ", who set this rule to lock, may no longer manage users.", nil
	}
	role, err := store.GetRole(ctx, q, u.RoleID)
	if err != nil {
		return "", err
	}
	if rbac.CanGrant(edRole.Grants, role.Grants) != nil {
		return u.Username + " holds permissions that " + ed.Username + ", who set this rule to lock, does not hold.", nil
	}
	return "", nil
}

// lastActiveAdmin reports whether userID is the only enabled user holding
// an administrator role (read in the write transaction q).
func lastActiveAdmin(ctx context.Context, q store.Querier, userID string) (bool, error) {
	users, err := store.ListUsers(ctx, q)
	if err != nil {
		return false, err
	}
	roles, err := store.ListRoles(ctx, q)
	if err != nil {
		return false, err
	}
	admin := map[string]bool{}
	for _, r := range roles {
		admin[r.ID] = rbac.IsAdministrator(r.Grants)
	}
	if u := findUser(users, userID); u == nil || !admin[u.RoleID] {
		return false, nil
	}
	for _, u := range users {
		if u.ID != userID && !u.Disabled && admin[u.RoleID] {
			return false, nil
		}
	}
	return true, nil
}

func findUser(users []model.User, id string) *model.User {
	for i := range users {
		if users[i].ID == id {
			return &users[i]
		}
	}
	return nil
}

func (w *alertWatch) entry(action, objType, objID, label string) *audit.Entry {
	return &audit.Entry{Actor: systemActor, Device: w.device, Category: audit.CatSecurity, Action: action,
		ObjectType: objType, ObjectID: objID, ObjectLabel: label, Outcome: audit.OutcomeSuccess}
}

func firstSeqs(seqs []int64, n int) []int64 { return seqs[:min(len(seqs), n)] }

func orName(name string) string {
	if name == "" {
		return "nobody"
	}
	return name
}
