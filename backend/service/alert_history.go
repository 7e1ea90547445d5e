package service

import (
	"context"
	"strings"
	"time"

	"fieldvault/backend/apperr"
	"fieldvault/backend/audit"
	"fieldvault/backend/detect"
	"fieldvault/backend/rbac"
	"fieldvault/backend/store"
)

// auditHistory lets the rules read the store: detect.History over the
// reader pool (store may not import detect, so the query is translated).
type auditHistory struct{ st *store.Store }

func toScan(q detect.Query) store.AuditScan {
	return store.AuditScan{Actions: q.Actions, Suffixes: q.Suffixes, Category: q.Category, Outcome: q.Outcome,
		UserID: q.UserID, Username: q.Username, DeviceID: q.DeviceID, OSUser: q.OSUser,
		Since: q.Since, Before: q.Before, AfterSeq: q.AfterSeq, UpTo: q.UpTo}
}

func limitOf(q detect.Query) int {
	if q.Limit <= 0 {
		return detect.EvidenceCap
	}
	return q.Limit
}

func (h auditHistory) Find(ctx context.Context, q detect.Query) ([]audit.Entry, error) {
	return store.FindAudit(ctx, h.st.Reader(), toScan(q), limitOf(q))
}

func (h auditHistory) Seqs(ctx context.Context, q detect.Query) ([]int64, error) {
	return store.AuditSeqs(ctx, h.st.Reader(), toScan(q), limitOf(q))
}

func (h auditHistory) Count(ctx context.Context, q detect.Query) (int, error) {
	return store.CountAudit(ctx, h.st.Reader(), toScan(q), q.Cap)
}

func (h auditHistory) Buckets(ctx context.Context, q detect.Query, width time.Duration) ([]int, error) {
	return store.AuditBuckets(ctx, h.st.Reader(), toScan(q), width)
}

func (h auditHistory) UserRoleID(ctx context.Context, userID string) (string, error) {
	if userID == "" {
		return "", nil
	}
	u, err := store.GetUser(ctx, h.st.Reader(), userID)
	if apperr.Is(err, apperr.CodeNotFound) {
		return "", nil
	}
	return u.RoleID, err
}

func (h auditHistory) IsAdminRole(ctx context.Context, roleName string) (bool, error) {
	roles, err := store.ListRoles(ctx, h.st.Reader())
	if err != nil {
		return false, err
	}
	for _, r := range roles {
		if strings.EqualFold(r.Name, roleName) {
			return rbac.IsAdministrator(r.Grants), nil
		}
	}
	return false, nil
}
