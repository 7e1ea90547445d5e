package store_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"testing/fstest"
	"time"

	"fieldvault/backend/apperr"
	"fieldvault/backend/crypto"
	"fieldvault/backend/encvfs"
	"fieldvault/backend/store"
	"fieldvault/backend/testutil"
)

func TestReadersWhileWriterCommits(t *testing.T) {
	s := testutil.OpenStore(t)
	ctx := context.Background()
	if err := s.Write(ctx, func(tx *store.Tx) error {
		_, err := tx.ExecContext(ctx, `CREATE TABLE counter(id INTEGER PRIMARY KEY, n INTEGER NOT NULL, pad TEXT)`)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(1500 * time.Millisecond)
	var wg sync.WaitGroup
	var reads, writes atomic.Int64
	errs := make(chan error, 16)
	// Several writers contend for the one writer connection: they queue, never fail.
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for time.Now().Before(deadline) {
				err := s.Write(ctx, func(tx *store.Tx) error {
					_, err := tx.ExecContext(ctx, `INSERT INTO counter(n, pad) VALUES (?, ?)`, writes.Load(), strings.Repeat("x", 500))
					return err
				})
				if err != nil {
					errs <- fmt.Errorf("write: %w", err)
					return
				}
				writes.Add(1)
			}
		}()
	}
	for r := 0; r < 4; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for time.Now().Before(deadline) {
				err := s.Read(ctx, func(tx *store.Tx) error {
					var a, b int
					if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM counter`).Scan(&a); err != nil {
						return err
					}
					// a snapshot: the same query inside the transaction sees the same rows
					if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM counter`).Scan(&b); err != nil {
						return err
					}
					if a != b {
						return fmt.Errorf("snapshot moved: %d then %d", a, b)
					}
					return nil
				})
				if err != nil {
					errs <- fmt.Errorf("read: %w", err)
					return
				}
				reads.Add(1)
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if reads.Load() < 10 || writes.Load() < 10 {
		t.Fatalf("too little work: %d reads, %d writes", reads.Load(), writes.Load())
	}
	t.Logf("%d reads and %d writes without an error", reads.Load(), writes.Load())
}

func TestWriteRollsBack(t *testing.T) {
	s := testutil.OpenStore(t)
	ctx := context.Background()
	boom := errors.New("boom")
	tests := []struct {
		name string
		fn   func(tx *store.Tx) error
		want error
	}{
		{"error", func(tx *store.Tx) error {
			if err := store.SetMeta(ctx, tx, "k", "v", time.Now()); err != nil {
				return err
			}
			return boom
		}, boom},
		{"constraint", func(tx *store.Tx) error {
			if err := store.SetMeta(ctx, tx, "k", "v", time.Now()); err != nil {
				return err
			}
			return store.SetMeta(ctx, tx, "", "empty key violates CHECK", time.Now())
		}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := s.Write(ctx, tt.fn)
			if err == nil || (tt.want != nil && !errors.Is(err, tt.want)) {
				t.Fatalf("got %v", err)
			}
			if _, ok, _ := s.Meta(ctx, "k"); ok {
				t.Fatal("the failed transaction left a row")
			}
		})
	}
	t.Run("panic", func(t *testing.T) {
		func() {
			defer func() { _ = recover() }()
			_ = s.Write(ctx, func(tx *store.Tx) error {
				_ = store.SetMeta(ctx, tx, "k", "v", time.Now())
				panic("bug")
			})
		}()
		if _, ok, _ := s.Meta(ctx, "k"); ok {
			t.Fatal("a panicking transaction committed")
		}
		if err := s.Write(ctx, func(tx *store.Tx) error { return store.SetMeta(ctx, tx, "k", "v", time.Now()) }); err != nil {
			t.Fatalf("writer unusable after a panic: %v", err)
		}
	})
}

func TestReadIsReadOnly(t *testing.T) {
	s := testutil.OpenStore(t)
	ctx := context.Background()
	err := s.Read(ctx, func(tx *store.Tx) error { return store.SetMeta(ctx, tx, "k", "v", time.Now()) })
	if err == nil {
		t.Fatal("a write went through the reader pool")
	}
}

func TestMigrations(t *testing.T) {
	s := testutil.OpenStore(t)
	v, err := s.SchemaVersion(context.Background())
	if err != nil || v < 1 {
		t.Fatalf("schema version %d, %v", v, err)
	}
	tests := []struct {
		name  string
		files fstest.MapFS
		ok    bool
	}{
		{"ordered", fstest.MapFS{"migrations/0002_b.sql": {}, "migrations/0001_a.sql": {}}, true},
		{"no number", fstest.MapFS{"migrations/init.sql": {}}, false},
		{"no name", fstest.MapFS{"migrations/0001.sql": {}}, false},
		{"zero", fstest.MapFS{"migrations/0000_x.sql": {}}, false},
		{"duplicate", fstest.MapFS{"migrations/0001_a.sql": {}, "migrations/001_b.sql": {}}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			list, err := store.LoadMigrationsForTest(tt.files)
			if (err == nil) != tt.ok {
				t.Fatalf("err = %v, want ok=%v", err, tt.ok)
			}
			if tt.ok && (list[0] != 1 || list[1] != 2) {
				t.Fatalf("order %v", list)
			}
		})
	}
}

func TestNotFoundIsMapped(t *testing.T) {
	s := testutil.OpenStore(t)
	ctx := context.Background()
	err := s.Read(ctx, func(tx *store.Tx) error {
		var v string
		return tx.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = 'absent'`).Scan(&v)
	})
	if !apperr.Is(err, apperr.CodeNotFound) {
		t.Fatalf("got %v", err)
	}
}

func TestFilesArePrivate(t *testing.T) {
	s := testutil.OpenStore(t)
	ctx := context.Background()
	if err := s.Write(ctx, func(tx *store.Tx) error { return store.SetMeta(ctx, tx, "k", "v", time.Now()) }); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{s.Path(), s.Path() + "-wal"} {
		fi, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		if fi.Mode().Perm() != 0o600 {
			t.Errorf("%s has mode %v, want 0600", p, fi.Mode().Perm())
		}
	}
}

func TestNewerSchemaIsRefused(t *testing.T) {
	ctx := context.Background()
	opts := store.Options{Path: filepath.Join(t.TempDir(), "x.db"), PageKey: crypto.RandomKey(), Cipher: encvfs.AES256GCM, Create: true}
	s, err := store.Open(ctx, opts)
	if err != nil {
		t.Fatal(err)
	}
	err = s.Write(ctx, func(tx *store.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations(version, name, applied_at) VALUES (9999, 'future', 'x')`)
		return err
	})
	s.Close()
	if err != nil {
		t.Fatal(err)
	}
	if s, err := store.Open(ctx, opts); err == nil || !strings.Contains(err.Error(), "newer than this app") {
		if s != nil {
			s.Close()
		}
		t.Fatalf("got %v", err)
	}
	// the refusal changed nothing: a wrong-key open is still told apart
	opts.PageKey = crypto.RandomKey()
	if _, err := store.Open(ctx, opts); !apperr.Is(err, apperr.CodeLocked) {
		t.Fatalf("wrong key: %v", err)
	}
}
