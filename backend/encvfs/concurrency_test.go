package encvfs_test

import (
	"context"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"fieldvault/backend/encvfs"
)

// TestConcurrentReadersAndWriter runs one writer connection committing in a
// loop beside a pool of 4 readers (the store's layout) for ~2 s with the
// store's DSN: no error at all, in particular no "database is locked", and
// every reader sees a consistent, never shrinking table.
func TestConcurrentReadersAndWriter(t *testing.T) {
	name := registerVFS(t, newKey(t), encvfs.AES256GCM)
	path := filepath.Join(t.TempDir(), "conc.db")
	dsn := storeDSN(path, name, "WAL")
	writer := openDB(t, dsn)
	writer.SetMaxOpenConns(1)
	mustExec(t, writer, `CREATE TABLE t(id INTEGER PRIMARY KEY, v TEXT, n INTEGER)`)
	readers := openDB(t, dsn)
	readers.SetMaxOpenConns(4)

	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	errs := make(chan error, 8)
	var wg sync.WaitGroup
	commits := 0
	wg.Go(func() {
		for i := 0; ctx.Err() == nil; i++ {
			tx, err := writer.Begin()
			if err != nil {
				errs <- err
				return
			}
			for j := range 20 {
				if _, err := tx.Exec(`INSERT INTO t(v, n) VALUES(printf('%.*c', 200, 'v'), ?)`, i*20+j); err != nil {
					tx.Rollback()
					errs <- err
					return
				}
			}
			if err := tx.Commit(); err != nil {
				errs <- err
				return
			}
			commits++
		}
	})
	reads := make([]int, 4)
	for r := range 4 {
		wg.Go(func() {
			last := 0
			for ctx.Err() == nil {
				var n, sum int
				if err := readers.QueryRow(`SELECT count(*), coalesce(sum(length(v)), 0) FROM t`).Scan(&n, &sum); err != nil {
					errs <- err
					return
				}
				if n < last || sum != 200*n || n%20 != 0 {
					t.Errorf("reader %d: inconsistent snapshot n=%d (last %d) sum=%d", r, n, last, sum)
					return
				}
				last = n
				reads[r]++
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if commits == 0 || reads[0] == 0 {
		t.Fatalf("no progress: %d commits, reads %v", commits, reads)
	}
	if ic, err := integrity(writer); err != nil || ic != "ok" {
		t.Fatalf("integrity_check %q %v", ic, err)
	}
	t.Logf("%d commits, reads per reader %v", commits, reads)
}
