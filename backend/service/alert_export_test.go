package service

import "fieldvault/backend/store"

// FlushAlertsForTest waits until the rules have evaluated every audit entry
// committed so far and their alerts are raised and acted on.
func (c *Core) FlushAlertsForTest() {
	c.mu.Lock()
	w := c.watch
	c.mu.Unlock()
	if w != nil {
		w.flush()
	}
}

// SetWatchHookForTest runs fn with the open store at the start of every
// watchLocked (nil: none). fn runs under Core.mu.
func SetWatchHookForTest(fn func(st *store.Store)) { watchHook = fn }

// SessionHashForTest returns the open session's hash.
func (c *Core) SessionHashForTest() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.sessionHash
}

// UserIDForTest returns the signed-in user's id.
func (c *Core) UserIDForTest() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.userID
}

// SessionGoneForTest is sessionGoneLocked under the lock.
func (c *Core) SessionGoneForTest(hash string) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	ctx, cancel := c.ctx()
	defer cancel()
	return c.sessionGoneLocked(ctx, hash)
}
