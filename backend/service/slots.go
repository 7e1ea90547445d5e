package service

import (
	"context"
	"log/slog"

	"fieldvault/backend/store"
)

// afterUnlockLocked runs once the store is open: attempts made while locked
// are written to the audit log, and user key slots are reconciled.
func (c *Core) afterUnlockLocked(ctx context.Context) {
	c.flushPendingLocked(ctx)
	c.reconcileSlotsLocked(ctx)
}

// reconcileSlotsLocked removes user key slots that no enabled user owns (a
// disable or delete whose key-file step failed, an interrupted password
// change), so that an old password never keeps unwrapping the key.
func (c *Core) reconcileSlotsLocked(ctx context.Context) {
	st := c.session.Store()
	users, err := store.ListUserSlots(ctx, st.Reader())
	if err != nil {
		slog.Error("reading user key slots", "err", err)
		return
	}
	for _, id := range c.session.UserSlotIDs() {
		if !users[id] {
			if err := c.session.RemoveUserSlot(id); err != nil {
				slog.Warn("removing an orphaned user key slot", "err", err)
			}
		}
	}
}
