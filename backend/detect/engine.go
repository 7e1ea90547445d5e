package detect

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"time"

	"fieldvault/backend/audit"
	"fieldvault/backend/model"
)

// Finding is one rule firing on one entry: what the service layer turns
// into a new alert or more evidence on an open one.
type Finding struct {
	Rule        model.AlertRule // the settings that fired (id, name, severity, action, window)
	SubjectID   string          // user id; "" for a name that matched no user, or workspace-wide
	SubjectName string          // user name; "" when workspace-wide
	Title       string
	Detail      string
	Evidence    []int64   // audit seqs, ascending, at most EvidenceCap
	At          time.Time // time of the entry that fired
	Seq         int64     // seq of the entry that fired
	// SessionHash is the session of the entry that fired: a "reauth" action
	// applies to that session only, never to a later one of the same user.
	SessionHash string
}

// DedupWindow is how long after its first evidence an open alert of the
// same rule and subject takes this finding's evidence instead of a new
// alert: the rule's window, DefaultDedupMinutes for rules without one.
func (f Finding) DedupWindow() time.Duration {
	if f.Rule.WindowMinutes > 0 {
		return minutes(f.Rule.WindowMinutes)
	}
	return minutes(DefaultDedupMinutes)
}

// Engine evaluates rules. It caches users' view baselines for an hour, so
// one Engine serves one goroutine.
type Engine struct {
	loc       *time.Location
	baselines map[string]baseline
}

// NewEngine returns an engine judging hours in loc (the machine's local
// time in the app; nil means time.Local).
func NewEngine(loc *time.Location) *Engine {
	if loc == nil {
		loc = time.Local
	}
	return &Engine{loc: loc, baselines: map[string]baseline{}}
}

// Own reports whether the alert subsystem itself wrote e: alert.raise and
// alert.action.* (written by no user). Rules never evaluate such entries, so
// raising an alert and acting on it cannot raise another one. What people do
// with alerts and rules (alert.rule.update, acknowledging, resolving) is
// evaluated like any other entry: turning the rules off is itself a
// critical change.
func Own(e *audit.Entry) bool {
	return e.Actor.UserID == "" && (e.Action == "alert.raise" || strings.HasPrefix(e.Action, "alert.action."))
}

// Evaluate runs every enabled rule of rules (unknown ids are ignored) on e,
// a stored entry (Seq set), and returns what fired in rule order. Rules read
// only entries up to e.Seq, so a late evaluation (catch-up) decides as a
// live one would have. Own entries raise nothing. On a History error it
// returns the findings so far and the error.
func (g *Engine) Evaluate(ctx context.Context, h History, rules []model.AlertRule, e audit.Entry) ([]Finding, error) {
	if Own(&e) || e.Seq <= 0 {
		return nil, nil
	}
	v := &entryView{Entry: &e, local: e.At.In(g.loc)}
	x := &evalCtx{h: h, g: g}
	var out []Finding
	for _, r := range rules {
		d := find(r.ID)
		if d == nil || !r.Enabled || !d.applies(v) {
			continue
		}
		f, err := d.eval(ctx, x, r, v)
		if err != nil {
			return out, err
		}
		if f != nil {
			f.Rule, f.At, f.Seq, f.SessionHash = clone(r), e.At, e.Seq, e.SessionHash
			f.Rule.Name, f.Rule.Description = d.Name, d.Description
			out = append(out, *f)
		}
	}
	return out, nil
}

type entryView struct {
	*audit.Entry
	local time.Time // At in the engine's location
}

type evalCtx struct {
	h History
	g *Engine
}

type evalFunc func(ctx context.Context, x *evalCtx, r model.AlertRule, e *entryView) (*Finding, error)

func minutes(n int) time.Duration { return time.Duration(n) * time.Minute }

// windowStart is the first instant of the rule's window ending at e.
func windowStart(r model.AlertRule, e *entryView) time.Time {
	return e.At.Add(-minutes(r.WindowMinutes))
}

// count counts what q selects, up to max(threshold, EvidenceCap): enough
// to compare with the threshold and to say how many, at a bounded cost.
func (x *evalCtx) count(ctx context.Context, q Query, threshold int) (int, error) {
	q.Cap = max(threshold, EvidenceCap)
	return x.h.Count(ctx, q)
}

// amount says n for titles, "200+" when count stopped at its cap.
func amount(n, threshold int) string {
	if n >= max(threshold, EvidenceCap) {
		return strconv.Itoa(n) + "+"
	}
	return strconv.Itoa(n)
}

// evidence returns the seqs of the newest EvidenceCap entries q selects,
// ascending, with extra (e.g. the entry itself) merged in.
func (x *evalCtx) evidence(ctx context.Context, q Query, extra ...int64) ([]int64, error) {
	q.Limit = EvidenceCap
	list, err := x.h.Seqs(ctx, q)
	if err != nil {
		return nil, err
	}
	seqs := append(list, extra...)
	slices.Sort(seqs)
	seqs = slices.Compact(seqs)
	if len(seqs) > EvidenceCap {
		seqs = seqs[len(seqs)-EvidenceCap:]
	}
	return seqs, nil
}

// sample returns up to 50 of the newest entries q selects, for details.
func (x *evalCtx) sample(ctx context.Context, q Query) ([]audit.Entry, error) {
	q.Limit = 50
	return x.h.Find(ctx, q)
}

// burst is count, evidence and sample together for a rule that fires when
// q selects at least threshold entries: fired false (and nothing else) below
// it.
func (x *evalCtx) burst(ctx context.Context, q Query, threshold int) (n int, seqs []int64, list []audit.Entry, fired bool, err error) {
	if n, err = x.count(ctx, q, threshold); err != nil || n < threshold {
		return n, nil, nil, false, err
	}
	if seqs, err = x.evidence(ctx, q); err != nil {
		return n, nil, nil, false, err
	}
	if list, err = x.sample(ctx, q); err != nil {
		return n, nil, nil, false, err
	}
	return n, seqs, list, true, nil
}

// clock formats a local time for titles and details.
func clock(t time.Time) string { return t.Format("15:04") }

func subjectName(e *entryView) string {
	if e.Actor.Username != "" {
		return e.Actor.Username
	}
	return "(unknown)"
}
