package detect

import (
	"context"
	"fmt"
	"strings"

	"fieldvault/backend/audit"
	"fieldvault/backend/model"
)

// Sign-in actions the rules watch (written by the service's SessionService
// and WorkspaceService).
const (
	ActionSignIn       = "auth.login.success"
	ActionSignInFailed = "auth.login.failed"
	ActionSignInLocked = "auth.login.locked" // an attempt while the name is locked out
	ActionUnlockFailed = "auth.unlock.failed"
)

var (
	userFailures = []string{ActionSignInFailed, ActionSignInLocked}
	allFailures  = []string{ActionSignInFailed, ActionSignInLocked, ActionUnlockFailed}
)

func isFailedSignIn(e *entryView) bool {
	return (e.Action == ActionSignInFailed || e.Action == ActionSignInLocked) && e.Actor.Username != ""
}

func isAnyFailedSignIn(e *entryView) bool {
	return e.Action == ActionSignInFailed || e.Action == ActionSignInLocked || e.Action == ActionUnlockFailed
}

func isSignIn(e *entryView) bool {
	return e.Action == ActionSignIn && e.Outcome == audit.OutcomeSuccess && e.Actor.UserID != ""
}

// failedUser: rule 1, N failures for one user name within W.
func failedUser(ctx context.Context, x *evalCtx, r model.AlertRule, e *entryView) (*Finding, error) {
	q := Query{Actions: userFailures, Username: e.Actor.Username, Since: windowStart(r, e), UpTo: e.Seq}
	n, err := x.count(ctx, q, r.Threshold)
	if err != nil || n < r.Threshold {
		return nil, err
	}
	seqs, err := x.evidence(ctx, q)
	if err != nil {
		return nil, err
	}
	return &Finding{SubjectID: e.Actor.UserID, SubjectName: e.Actor.Username, Evidence: seqs,
		Title:  fmt.Sprintf("%s failed sign-ins for %s", amount(n, r.Threshold), e.Actor.Username),
		Detail: fmt.Sprintf("The user name %q failed to sign in %s times in %d minutes (up to %s).", e.Actor.Username, amount(n, r.Threshold), r.WindowMinutes, clock(e.local)),
	}, nil
}

// failedAll: rule 2, N failures across all names within W.
func failedAll(ctx context.Context, x *evalCtx, r model.AlertRule, e *entryView) (*Finding, error) {
	q := Query{Actions: allFailures, Since: windowStart(r, e), UpTo: e.Seq}
	n, seqs, list, fired, err := x.burst(ctx, q, r.Threshold)
	if !fired {
		return nil, err
	}
	names := map[string]bool{}
	for _, f := range list {
		names[strings.ToLower(f.Actor.Username)] = true
	}
	return &Finding{Evidence: seqs,
		Title: fmt.Sprintf("%s failed sign-ins in %d minutes", amount(n, r.Threshold), r.WindowMinutes),
		Detail: fmt.Sprintf("%s failed sign-ins or unlocks in %d minutes (up to %s); the latest %d tried %d different user names.",
			amount(n, r.Threshold), r.WindowMinutes, clock(e.local), len(list), len(names)),
	}, nil
}

// successAfterFailures: rule 3, a success preceded by ≥N failures for that
// name within W, counting only failures after the user's previous success.
func successAfterFailures(ctx context.Context, x *evalCtx, r model.AlertRule, e *entryView) (*Finding, error) {
	prev, err := x.h.Find(ctx, Query{Actions: []string{ActionSignIn}, UserID: e.Actor.UserID, Since: windowStart(r, e), UpTo: e.Seq - 1, Limit: 1})
	if err != nil {
		return nil, err
	}
	q := Query{Actions: []string{ActionSignInFailed}, Username: e.Actor.Username, Since: windowStart(r, e), UpTo: e.Seq - 1}
	if len(prev) > 0 {
		q.AfterSeq = prev[0].Seq
	}
	n, err := x.count(ctx, q, r.Threshold)
	if err != nil || n < r.Threshold {
		return nil, err
	}
	seqs, err := x.evidence(ctx, q, e.Seq)
	if err != nil {
		return nil, err
	}
	return &Finding{SubjectID: e.Actor.UserID, SubjectName: e.Actor.Username, Evidence: seqs,
		Title:  fmt.Sprintf("%s signed in after %s failures", e.Actor.Username, amount(n, r.Threshold)),
		Detail: fmt.Sprintf("%s signed in at %s after %s failed attempts in the previous %d minutes.", e.Actor.Username, clock(e.local), amount(n, r.Threshold), r.WindowMinutes),
	}, nil
}
