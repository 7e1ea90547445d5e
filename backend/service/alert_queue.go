package service

import (
	"context"
	"log/slog"
	"slices"
	"strings"

	"fieldvault/backend/detect"
	"fieldvault/backend/store"
)

// queue holds f until the end of the batch, merged with a pending finding
// of the same rule and subject whose first entry lies within f's window: a
// bulk action of 10,000 entries then costs one alert write, not 10,000. A
// pending finding whose window is over is raised at once and f starts a new
// one, so ongoing activity raises an alert per window, not one forever.
func (w *alertWatch) queue(ctx context.Context, f detect.Finding) {
	for i := len(w.pending) - 1; i >= 0; i-- { // the newest of the rule and subject
		p := &w.pending[i]
		if p.Rule.ID != f.Rule.ID || p.SubjectID != f.SubjectID || !strings.EqualFold(p.SubjectName, f.SubjectName) {
			continue
		}
		if f.At.Sub(p.firstAt) <= f.DedupWindow() {
			f.Evidence = mergeSeqs(p.Evidence, f.Evidence)
			p.Finding = f // the latest title, counts and session, the evidence of all
			return
		}
		if p.failures == 0 { // one that failed waits for the next poll
			w.raiseQueued(ctx, i)
		}
		break
	}
	w.pending = append(w.pending, queued{Finding: f, first: f.Seq, firstAt: f.At})
}

// raisePending raises the queued findings, then saves the cursor if it is
// due. Findings whose raise failed before are tried again only when retry
// is set (at each poll), up to maxRaiseAttempts.
func (w *alertWatch) raisePending(ctx context.Context, retry bool) {
	for i := 0; i < len(w.pending); {
		if w.stopping() {
			return
		}
		if w.pending[i].failures > 0 && !retry {
			i++
			continue
		}
		if !w.raiseQueued(ctx, i) {
			i++
		}
	}
	w.saveCursor(ctx, false)
}

// raiseQueued raises pending[i], saving the cursor with it, and reports
// whether it left the queue: raised, or given up after maxRaiseAttempts
// failures. A failed raise stays queued, holding the saved cursor before
// its entries, so that neither a crash nor the failure loses it.
func (w *alertWatch) raiseQueued(ctx context.Context, i int) bool {
	q := &w.pending[i]
	err := w.raise(ctx, q.Finding, q.firstAt, w.safeCursor(i))
	if err != nil && w.stopping() {
		return false // the next start evaluates its entries again
	}
	if err != nil {
		q.failures++
		logAlertErr("raising an alert", q.Seq, err)
		if q.failures < maxRaiseAttempts {
			return false
		}
		slog.Error("giving up raising an alert", "rule", q.Rule.ID, "first", q.first, "seq", q.Seq, "attempts", q.failures)
	}
	w.pending = slices.Delete(w.pending, i, i+1)
	return true
}

// mergeSeqs returns the union of a and b, ascending, cut to the earliest
// store.MaxAlertEvidence (as the store keeps them).
func mergeSeqs(a, b []int64) []int64 {
	out := slices.Compact(slices.Sorted(slices.Values(append(slices.Clone(a), b...))))
	return out[:min(len(out), store.MaxAlertEvidence)]
}
