package service

import (
	"errors"
	"log/slog"
	"time"

	"fieldvault/backend/apperr"
	"fieldvault/backend/model"
	"fieldvault/backend/store"
)

// runEntry describes a finished run for the integration log.
type runEntry struct {
	kind, name, source, target string
	started                    time.Time
	counts                     map[string]int
	warnings                   int
	failure                    error // nil: succeeded
}

// logRun records a finished run in the integration log as cl's actor.
// Best effort: a run that cannot be logged is reported to the app log and
// never fails the work it describes (that is audited already).
func (c *Core) logRun(cl call, r runEntry) {
	now := c.now()
	if r.started.IsZero() || r.started.After(now) {
		r.started = now
	}
	run := store.IntegrationRun{IntegrationRun: model.IntegrationRun{ID: store.NewID(), Kind: r.kind, Name: r.name,
		PrincipalID: cl.actor.UserID, PrincipalName: cl.actor.Username, Source: r.source, Target: r.target,
		Counts: r.counts, Warnings: r.warnings, Outcome: model.OutcomeSucceeded}, Started: r.started, Finished: now}
	switch {
	case r.failure == nil && r.warnings > 0:
		run.Outcome = model.OutcomeWarnings
	case r.failure == nil:
	case errors.Is(r.failure, errCancelled) || apperr.ToPayload(r.failure).Message == errCancelled.Message:
		run.Outcome, run.Message = model.OutcomeCancelled, "Cancelled."
	default:
		run.Outcome, run.Message, run.Errors = model.OutcomeFailed, apperr.ToPayload(r.failure).Message, 1
	}
	err := cl.st.Write(cl.ctx, func(tx *store.Tx) error {
		if err := store.StartIntegrationRun(cl.ctx, tx, run); err != nil {
			return err
		}
		return store.FinishIntegrationRun(cl.ctx, tx, run)
	})
	if err != nil {
		slog.Error("integration log", "kind", r.kind, "err", err)
	}
}
