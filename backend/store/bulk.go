package store

import (
	"context"
	"fmt"
)

// Bulk-write settings of the writer connection (BulkWrites).
const (
	bulkCheckpointPages = 16_000   // ~64 MiB of WAL between checkpoints
	bulkCachePages      = -256_000 // 250 MiB of decrypted pages
	normalCheckpoint    = 1000     // SQLite's default
)

// BulkWrites tunes the writer connection for a long series of large write
// transactions (an import): a bigger page cache and fewer WAL checkpoints,
// so hot index pages are not encrypted and written again at every chunk.
// Durability is unchanged (every commit still syncs). The returned restore
// puts the defaults back and checkpoints; call it when done.
func (s *Store) BulkWrites(ctx context.Context) (restore func(), err error) {
	set := func(ctx context.Context, checkpoint, cache int) error {
		if _, err := s.w.ExecContext(ctx, fmt.Sprintf("PRAGMA wal_autocheckpoint = %d", checkpoint)); err != nil {
			return err
		}
		_, err := s.w.ExecContext(ctx, fmt.Sprintf("PRAGMA cache_size = %d", cache))
		return err
	}
	if err := set(ctx, bulkCheckpointPages, bulkCachePages); err != nil {
		return nil, s.mapErr(err)
	}
	return func() {
		_ = set(context.Background(), normalCheckpoint, -32000)
		_, _ = s.w.ExecContext(context.Background(), "PRAGMA wal_checkpoint(PASSIVE)")
	}, nil
}
