package detect

import (
	"context"
	"time"

	"fieldvault/backend/audit"
)

// Query selects audit entries for a rule. Empty fields do not filter; every
// non-empty field must match.
type Query struct {
	Actions  []string // action is one of these
	Suffixes []string // action ends with one of these (".view")
	Category string
	Outcome  string
	UserID   string
	Username string // actor user name, case-insensitive (failed sign-ins of unknown names have no UserID)
	DeviceID string
	OSUser   string
	Since    time.Time // At >= Since (zero: no bound)
	Before   time.Time // At < Before (zero: no bound)
	AfterSeq int64     // Seq > AfterSeq
	UpTo     int64     // Seq <= UpTo (0: no bound). Rules always set it to the entry under evaluation, so a catch-up scan sees what a live evaluation saw.
	Limit    int       // Find and Seqs: at most this many (0 = EvidenceCap)
	Cap      int       // Count: stop counting at Cap (0 = count all), so a burst costs at most Cap rows per entry
}

// History is what rules read besides the entry they evaluate: the audit log
// and two facts about users and roles. The store implements it (through a
// thin adapter in the service layer, since store may not import detect).
type History interface {
	// Find returns the entries q selects, newest first, at most q.Limit.
	Find(ctx context.Context, q Query) ([]audit.Entry, error)
	// Seqs returns the seqs of the entries q selects, newest first, at most q.Limit.
	Seqs(ctx context.Context, q Query) ([]int64, error)
	// Count returns how many entries q selects (at most q.Cap when set).
	Count(ctx context.Context, q Query) (int, error)
	// Buckets splits [q.Since, q.Before) into slots of width and returns the
	// number of selected entries in each slot that has any (empty slots are
	// left out; order does not matter).
	Buckets(ctx context.Context, q Query, width time.Duration) ([]int, error)
	// UserRoleID returns the user's current role id, "" when there is no such user.
	UserRoleID(ctx context.Context, userID string) (string, error)
	// IsAdminRole reports whether the role named roleName (case-insensitive)
	// is an administrator role; false when there is none.
	IsAdminRole(ctx context.Context, roleName string) (bool, error)
}
