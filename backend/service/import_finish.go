package service

import (
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"

	"fieldvault/backend/apperr"
	"fieldvault/backend/audit"
	"fieldvault/backend/model"
	"fieldvault/backend/store"
)

// finish records how the run ended and builds the result.
func (ir *importRunner) finish(runErr error) (model.ImportResult, error) {
	runErr = ir.j.failed(runErr)
	res := model.ImportResult{DryRun: ir.dry, Entity: string(ir.e.Name), Counts: ir.counts, Status: "done",
		DurationMs: ir.s.core.now().Sub(ir.started).Milliseconds(), ProblemsTotal: ir.total}
	res.Counts.CompaniesCreated = len(ir.newCompanies)
	switch {
	case runErr == nil:
	case errors.Is(runErr, errCancelled) || apperr.CodeOf(runErr) == apperr.CodeConflict && runErr.Error() == errCancelled.Error():
		res.Status, res.Message = "cancelled", "Cancelled."
	default:
		res.Status, res.Message = "failed", apperr.ToPayload(runErr).Message
	}
	if !ir.dry {
		res.ID = ir.batchID
		if err := ir.record(res); err != nil && runErr == nil {
			runErr = err
		}
	} else {
		res.ID = store.NewID()
		if res.Status == "done" {
			_ = ir.j.final(func(cl call) error { // best effort: the dry run itself changed nothing
				en := ir.s.core.entry(cl.actor, audit.CatImport, "import.dryrun", "import", res.ID, filepath.Base(ir.req.Path))
				en.Reason = ir.summary(res)
				return cl.st.AuditWrite(cl.ctx, en)
			})
		}
	}
	// kept only while the session lasts (a lock meanwhile forgot the others)
	_ = ir.j.final(func(call) error {
		ir.s.keepReport(ir.actor.UserID, res.ID, ir)
		return nil
	})
	res.Problems = ir.problems[:min(len(ir.problems), model.MaxImportProblems)]
	if res.Status == "failed" && ir.dry {
		return model.ImportResult{}, runErr
	}
	if res.Status == "cancelled" && ir.dry {
		return model.ImportResult{}, errCancelled
	}
	return res, nil
}

// record finishes the batch and integration run and audits the import.
func (ir *importRunner) record(res model.ImportResult) error {
	return ir.j.final(func(cl call) error {
		return cl.st.Write(cl.ctx, func(tx *store.Tx) error {
			now := ir.s.core.now()
			if err := store.FinishImportBatch(cl.ctx, tx, ir.batchID, res.Counts, res.Status, res.Message, now); err != nil {
				return err
			}
			outcome := model.OutcomeSucceeded
			switch {
			case res.Status == "cancelled":
				outcome = model.OutcomeCancelled
			case res.Status == "failed":
				outcome = model.OutcomeFailed
			case res.Counts.Invalid > 0 || res.Counts.Duplicate > 0:
				outcome = model.OutcomeWarnings
			}
			counts := map[string]int{"rows": res.Counts.Rows, "new": res.Counts.New, "updated": res.Counts.Update,
				"unchanged": res.Counts.Unchanged, "duplicates": res.Counts.Duplicate, "skipped": res.Counts.Skipped,
				"invalid": res.Counts.Invalid, "companiesCreated": res.Counts.CompaniesCreated}
			retry := ""
			if outcome == model.OutcomeFailed || outcome == model.OutcomeCancelled {
				retry = ir.retry
			}
			if err := store.FinishIntegrationRun(cl.ctx, tx, store.IntegrationRun{IntegrationRun: model.IntegrationRun{ID: ir.runID,
				Counts: counts, Warnings: res.Counts.Duplicate + res.Counts.Skipped, Errors: res.Counts.Invalid, Outcome: outcome,
				Message: res.Message}, Retry: retry, Started: ir.started, Finished: now}); err != nil {
				return err
			}
			if ir.retryOf != "" && res.Status == "done" { // retried successfully: the old run is settled
				if err := store.ClearRetry(cl.ctx, tx, ir.retryOf); err != nil {
					return err
				}
			}
			en := ir.s.core.entry(cl.actor, audit.CatImport, "import.run", "import", ir.batchID, filepath.Base(ir.req.Path))
			en.Rows = int64(res.Counts.New + res.Counts.Update)
			en.Reason = ir.summary(res)
			return store.AppendAudit(cl.ctx, tx, en)
		})
	})
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}

// importRetry is what the integration log keeps to retry a failed import:
// the request and the file's SHA-256 (a retry refuses a changed file).
type importRetry struct {
	Request model.ImportRequest `json:"request"`
	SHA256  string              `json:"sha256"`
}

func retryOf(req model.ImportRequest, sum string) string {
	b, _ := json.Marshal(importRetry{Request: req, SHA256: sum})
	return string(b)
}

// summary is a run's audit reason: file, entity, mode, key and counts
// (never a cell value).
func (ir *importRunner) summary(res model.ImportResult) string {
	c := res.Counts
	return fmt.Sprintf("%s into %s (%s, match %s): %d rows, %d new, %d updated, %d duplicates, %d invalid (%d refused by scope); %s",
		filepath.Base(ir.req.Path), ir.e.Name, ir.req.Mode, orNone(ir.req.MatchKey), c.Rows, c.New, c.Update, c.Duplicate,
		c.Invalid, ir.refused, res.Status)
}
