package service

import "fieldvault/backend/store"

// StoreForTest exposes the open store to tests (nil while locked).
func (c *Core) StoreForTest() *store.Store {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.session == nil {
		return nil
	}
	return c.session.Store()
}

// SetImportRunHookForTest makes fn run after each import chunk (nil: none).
func SetImportRunHookForTest(fn func(rows int)) { importRunHook = fn }
