package service

import (
	"strings"
	"unicode/utf8"

	"fieldvault/backend/apperr"
	"fieldvault/backend/audit"
	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
	"fieldvault/backend/store"
)

// alertSteps are the allowed moves and the action each is audited as.
var alertSteps = map[string]map[string]string{
	model.AlertOpen:         {model.AlertAcknowledged: "alert.acknowledge", model.AlertResolved: "alert.resolve"},
	model.AlertAcknowledged: {model.AlertResolved: "alert.resolve", model.AlertOpen: "alert.reopen"},
	model.AlertResolved:     {model.AlertOpen: "alert.reopen"},
}

// Transition moves an alert along open → acknowledged → resolved (open
// may be resolved directly; acknowledged and resolved alerts may be
// reopened) with a comment, audited as alert.acknowledge, alert.resolve or
// alert.reopen (category security), and emits alerts:changed. Nobody
// handles an alert about themselves: CodeForbidden (audited). CodeNotFound
// when absent; CodeInvalid for an unknown or not allowed status ("status")
// or a comment empty or over 1,000 characters ("comment").
func (s *AlertService) Transition(t model.AlertTransition) (model.Alert, error) {
	var out model.Alert
	err := s.core.with(rbac.PermAlertsManage, "alert.transition", "alert", t.ID, func(cl call) error {
		text := strings.TrimSpace(t.Comment)
		if text == "" || utf8.RuneCountInString(text) > MaxAlertComment {
			return apperr.Invalid("Add a comment (up to 1,000 characters).", map[string]string{"comment": "1 to 1,000 characters"})
		}
		// The subject never changes, so it is checked before the write
		// (deny writes its own audit entry).
		cur, err := store.GetAlert(cl.ctx, cl.st.Reader(), t.ID)
		if err != nil {
			return err
		}
		if aboutActor(cur, cl.actor.UserID, cl.actor.Username) {
			return s.core.deny(cl, "alert.transition", "alert", cur.ID, "users cannot handle alerts about themselves")
		}
		err = cl.st.Write(cl.ctx, func(tx *store.Tx) error {
			cur, err := store.GetAlert(cl.ctx, tx, t.ID)
			if err != nil {
				return err
			}
			action, ok := alertSteps[cur.Status][t.Status]
			if !ok {
				return apperr.Invalid("An alert that is "+cur.Status+" cannot become "+t.Status+".", map[string]string{"status": "not allowed from " + cur.Status})
			}
			c := model.AlertComment{At: store.FormatTime(s.core.now()), UserID: cl.actor.UserID, Name: cl.actor.Username, Status: t.Status, Text: text}
			if err := store.SetAlertStatus(cl.ctx, tx, t.ID, c); err != nil {
				return err
			}
			e := s.core.entry(cl.actor, audit.CatSecurity, action, "alert", cur.ID, cur.Title)
			e.Changes = []audit.Change{{Field: "status", Before: cur.Status, After: t.Status}, {Field: "comment", After: text}}
			return store.AppendAudit(cl.ctx, tx, e)
		})
		if err != nil {
			return err
		}
		s.core.emitter.Emit(EventAlertsChanged)
		out, err = store.GetAlert(cl.ctx, cl.st.Reader(), t.ID)
		return err
	})
	return out, err
}

// aboutActor reports whether alert a is about the user userID (by id, or by
// name when the alert names no account).
func aboutActor(a model.Alert, userID, username string) bool {
	if a.SubjectID != "" {
		return a.SubjectID == userID
	}
	return a.SubjectName != "" && strings.EqualFold(a.SubjectName, username)
}
