package store

import (
	"context"
	"strconv"
	"time"

	"fieldvault/backend/model"
)

// Meta keys of the security settings and their defaults.
const (
	MetaIdleTimeout      = "settings.idle_timeout_minutes"
	MetaLockoutThreshold = "settings.lockout_threshold"
	DefaultIdleTimeout   = 15
	DefaultLockout       = 5
)

// SecuritySettings reads the stored settings with defaults for missing ones.
// RememberOnDevice lives in the key file, not here; it is left false.
func (s *Store) SecuritySettings(ctx context.Context) (model.SecuritySettings, error) {
	out := model.SecuritySettings{IdleTimeoutMinutes: DefaultIdleTimeout, LockoutThreshold: DefaultLockout}
	for key, dst := range map[string]*int{MetaIdleTimeout: &out.IdleTimeoutMinutes, MetaLockoutThreshold: &out.LockoutThreshold} {
		v, ok, err := s.Meta(ctx, key)
		if err != nil {
			return out, err
		}
		if n, err := strconv.Atoi(v); ok && err == nil {
			*dst = n
		}
	}
	return out, nil
}

// SetSecuritySettings stores the numeric settings inside tx.
func SetSecuritySettings(ctx context.Context, tx *Tx, st model.SecuritySettings, now time.Time) error {
	if err := SetMeta(ctx, tx, MetaIdleTimeout, strconv.Itoa(st.IdleTimeoutMinutes), now); err != nil {
		return err
	}
	return SetMeta(ctx, tx, MetaLockoutThreshold, strconv.Itoa(st.LockoutThreshold), now)
}
