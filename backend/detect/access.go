package detect

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"fieldvault/backend/audit"
	"fieldvault/backend/model"
)

// The record service audits a record view as "<entity>.view" (category data).
var viewSuffix = []string{".view"}

func isView(e *entryView) bool {
	return e.Category == audit.CatData && strings.HasSuffix(e.Action, ".view") && e.Outcome == audit.OutcomeSuccess && e.Actor.UserID != ""
}

func isExport(e *entryView) bool {
	return e.Category == audit.CatExport && e.Outcome == audit.OutcomeSuccess
}

// Refusals are audited by the service's guard with category security and
// outcome denied (sign-in refusals are category auth: the sign-in rules).
func isDenied(e *entryView) bool {
	return e.Outcome == audit.OutcomeDenied && e.Category == audit.CatSecurity && e.Actor.UserID != ""
}

// excessiveViews: rule 7, at least Threshold views within W, or far above
// the user's own baseline (see BaselineFactor).
func excessiveViews(ctx context.Context, x *evalCtx, r model.AlertRule, e *entryView) (*Finding, error) {
	q := Query{Category: audit.CatData, Suffixes: viewSuffix, Outcome: audit.OutcomeSuccess, UserID: e.Actor.UserID, Since: windowStart(r, e), UpTo: e.Seq}
	n, err := x.count(ctx, q, r.Threshold)
	if err != nil || n < min(r.Threshold, BaselineFloor) {
		return nil, err
	}
	why := fmt.Sprintf("the limit is %d", r.Threshold)
	if n < r.Threshold {
		median, err := x.g.baseline(ctx, x.h, r, e)
		if err != nil || median == 0 || n <= BaselineFactor*median {
			return nil, err
		}
		why = fmt.Sprintf("their usual %d minutes hold about %d", r.WindowMinutes, median)
	}
	seqs, err := x.evidence(ctx, q)
	if err != nil {
		return nil, err
	}
	return &Finding{SubjectID: e.Actor.UserID, SubjectName: e.Actor.Username, Evidence: seqs,
		Title:  fmt.Sprintf("%s viewed %s records in %d minutes", e.Actor.Username, amount(n, r.Threshold), r.WindowMinutes),
		Detail: fmt.Sprintf("%s viewed %s records in %d minutes (up to %s); %s.", e.Actor.Username, amount(n, r.Threshold), r.WindowMinutes, clock(e.local), why),
	}, nil
}

// baseline is a user's median views per window over the last BaselineDays.
type baseline struct {
	median int
	at     time.Time
	window int
}

// baseline returns the median of the user's non-empty windows over the last
// BaselineDays before the current window, 0 when fewer than
// MinBaselineWindows had views. It is cached for an hour of entry time.
func (g *Engine) baseline(ctx context.Context, h History, r model.AlertRule, e *entryView) (int, error) {
	key := e.Actor.UserID
	if b, ok := g.baselines[key]; ok && b.window == r.WindowMinutes && !e.At.Before(b.at) && e.At.Sub(b.at) < time.Hour {
		return b.median, nil
	}
	end := windowStart(r, e)
	counts, err := h.Buckets(ctx, Query{Category: audit.CatData, Suffixes: viewSuffix, Outcome: audit.OutcomeSuccess,
		UserID: key, Since: end.Add(-BaselineDays * 24 * time.Hour), Before: end, UpTo: e.Seq}, minutes(r.WindowMinutes))
	if err != nil {
		return 0, err
	}
	median := 0
	if len(counts) >= MinBaselineWindows {
		slices.Sort(counts)
		median = counts[len(counts)/2]
	}
	g.baselines[key] = baseline{median: median, at: e.At, window: r.WindowMinutes}
	return median, nil
}

// largeExport: rule 8, an export of more than Threshold rows.
func largeExport(_ context.Context, _ *evalCtx, r model.AlertRule, e *entryView) (*Finding, error) {
	if e.Rows <= int64(r.Threshold) {
		return nil, nil
	}
	return &Finding{SubjectID: e.Actor.UserID, SubjectName: subjectName(e), Evidence: []int64{e.Seq},
		Title:  fmt.Sprintf("%s exported %d rows", subjectName(e), e.Rows),
		Detail: fmt.Sprintf("%s exported %d rows (%s) at %s; the limit is %d.", subjectName(e), e.Rows, e.Action, clock(e.local), r.Threshold),
	}, nil
}

// deniedBurst: rule 9, at least Threshold refused attempts by one user within W.
func deniedBurst(ctx context.Context, x *evalCtx, r model.AlertRule, e *entryView) (*Finding, error) {
	q := Query{Outcome: audit.OutcomeDenied, Category: audit.CatSecurity, UserID: e.Actor.UserID, Since: windowStart(r, e), UpTo: e.Seq}
	n, seqs, list, fired, err := x.burst(ctx, q, r.Threshold)
	if !fired {
		return nil, err
	}
	acts := map[string]bool{}
	for _, d := range list {
		acts[d.Action] = true
	}
	names := make([]string, 0, len(acts))
	for a := range acts {
		names = append(names, a)
	}
	slices.Sort(names)
	if len(names) > 5 {
		names = append(names[:5], "…")
	}
	return &Finding{SubjectID: e.Actor.UserID, SubjectName: e.Actor.Username, Evidence: seqs,
		Title:  fmt.Sprintf("%s was refused %s times in %d minutes", e.Actor.Username, amount(n, r.Threshold), r.WindowMinutes),
		Detail: fmt.Sprintf("%s (%s) tried %s things their role does not allow in %d minutes: %s.", e.Actor.Username, e.Actor.Role, amount(n, r.Threshold), r.WindowMinutes, strings.Join(names, ", ")),
	}, nil
}
