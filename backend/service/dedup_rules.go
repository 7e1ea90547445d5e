package service

import (
	"context"
	"encoding/json"

	"fieldvault/backend/dedup"
	"fieldvault/backend/store"
)

// loadDedupRules returns the duplicate rules an administrator set for
// entity, or dedup.DefaultRules(entity).
func loadDedupRules(ctx context.Context, q store.Querier, entity string) (dedup.Rules, error) {
	raw, ok, err := store.DedupRules(ctx, q, entity)
	if err != nil || !ok {
		return dedup.DefaultRules(entity), err
	}
	r := dedup.DefaultRules(entity)
	if err := json.Unmarshal([]byte(raw), &r); err != nil || r.Validate() != nil {
		return dedup.DefaultRules(entity), nil
	}
	return r, nil
}
