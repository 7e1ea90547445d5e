// Package store opens the workspace's encrypted SQLite database and runs
// every read and write in it: one writer connection (writes are serialised
// and begin IMMEDIATE, so they never fail half-way with "database is locked")
// beside a pool of read-only connections, embedded numbered migrations, and
// transaction helpers. Errors leave the package as *apperr.Error with
// SQLite's raw text kept for the log only.
package store

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"database/sql"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"sync/atomic"
	"time"

	"fieldvault/backend/audit"
	"fieldvault/backend/crypto"
	"fieldvault/backend/encvfs"

	_ "modernc.org/sqlite" // the database/sql driver "sqlite"
)

// Options say which file to open and with which page key.
type Options struct {
	Path    string        // database file; created if absent
	PageKey []byte        // 32 bytes; copied
	Cipher  encvfs.Cipher // page cipher
	Readers int           // reader pool size; 0 = max(2, GOMAXPROCS)
	// Create allows creating a missing file; without it a missing database is
	// an error, never silently replaced by an empty one.
	Create bool
	// AuditKey is the 32-byte HMAC key of the audit hash chain (copied);
	// without it every audit append fails with CodeInternal.
	AuditKey []byte
	// AuditSigningKey signs audit checkpoints (copied); without it an append
	// that is due a checkpoint fails with CodeInternal.
	AuditSigningKey ed25519.PrivateKey
	Now             func() time.Time // audit clock; time.Now when nil
	Device          audit.Device     // recorded on entries that name no device
}

// Store is an open encrypted database. It is safe for concurrent use.
type Store struct {
	path    string
	vfs     string
	key     []byte
	cipher  encvfs.Cipher
	w       *sql.DB // exactly one connection: all writes
	r       *sql.DB // read-only pool
	create  bool
	closing bool

	auditKey  []byte
	auditSign ed25519.PrivateKey
	now       func() time.Time
	device    audit.Device
	// observer receives the entries of each committed write (SetAuditObserver).
	observer atomic.Pointer[func([]audit.Entry)]
	pins     pins // long reads outside the app's lock (Pin)
}

// Pragmas applied to every connection, busy_timeout first so that the others
// already wait instead of failing on a lock.
var pragmas = []string{
	"busy_timeout(10000)",
	"journal_mode(WAL)",
	"synchronous(FULL)",
	"foreign_keys(ON)",
	"temp_store(MEMORY)",
	// 32 MiB of decrypted pages per connection: hot pages are not decrypted again.
	"cache_size(-32000)",
}

// Open registers a VFS for the key, opens (or creates) the database, applies
// pending migrations and opens the reader pool. Errors: CodeCorrupt when a
// page fails authentication (the message names the page), CodeLocked when the
// file does not decrypt with this key, CodeInternal otherwise.
func Open(ctx context.Context, o Options) (*Store, error) {
	abs, err := filepath.Abs(o.Path)
	if err != nil {
		return nil, err
	}
	s := &Store{path: abs, vfs: "fieldvault-" + randomHex(8), key: append([]byte(nil), o.PageKey...), cipher: o.Cipher, create: o.Create,
		auditKey: bytes.Clone(o.AuditKey), auditSign: bytes.Clone(o.AuditSigningKey), now: o.Now, device: o.Device}
	if s.now == nil {
		s.now = time.Now
	}
	if err := encvfs.Register(s.vfs, s.key, o.Cipher); err != nil {
		return nil, fmt.Errorf("register encrypting VFS: %w", err)
	}
	fail := func(err error) (*Store, error) {
		s.Close()
		return nil, err
	}
	if s.w, err = sql.Open("sqlite", s.dsn(false)); err != nil {
		return fail(err)
	}
	s.w.SetMaxOpenConns(1)
	s.w.SetMaxIdleConns(1)
	s.w.SetConnMaxLifetime(0)
	if err := s.w.PingContext(ctx); err != nil {
		return fail(s.mapErr(err))
	}
	// SQLite creates files 0644; its -wal and -shm copy the database's mode.
	if err := os.Chmod(abs, 0o600); err != nil {
		return fail(err)
	}
	list, err := loadMigrations(migrationFS)
	if err != nil {
		return fail(err)
	}
	if err := s.migrate(ctx, list); err != nil {
		return fail(err)
	}
	if s.r, err = sql.Open("sqlite", s.dsn(true)); err != nil {
		return fail(err)
	}
	n := o.Readers
	if n <= 0 {
		n = max(2, runtime.GOMAXPROCS(0))
	}
	s.r.SetMaxOpenConns(n)
	s.r.SetMaxIdleConns(n)
	if err := s.r.PingContext(ctx); err != nil {
		return fail(s.mapErr(err))
	}
	return s, nil
}

func (s *Store) dsn(readOnly bool) string {
	q := url.Values{}
	q.Set("vfs", s.vfs)
	for _, p := range pragmas {
		q.Add("_pragma", p)
	}
	if readOnly {
		q.Add("_pragma", "query_only(1)")
	} else {
		q.Set("_txlock", "immediate")
	}
	if !s.create || readOnly {
		q.Set("mode", "rw")
	}
	u := url.URL{Scheme: "file", Path: s.path, RawQuery: q.Encode()}
	return u.String()
}

// Path returns the absolute path of the database file.
func (s *Store) Path() string { return s.path }

// Cipher returns the page cipher.
func (s *Store) Cipher() encvfs.Cipher { return s.cipher }

// Reader returns the read-only pool for queries outside a transaction.
func (s *Store) Reader() *sql.DB { return s.r }

func (s *Store) reader() *sql.DB {
	if s.r != nil {
		return s.r
	}
	return s.w
}

// Close cancels and waits for the pinned reads (Pin), then closes both
// pools, unregisters the VFS and wipes the key copies. It is safe to call
// twice.
func (s *Store) Close() error {
	if s.closing {
		return nil
	}
	s.closePins()
	s.closing = true
	var first error
	for _, db := range []*sql.DB{s.r, s.w} {
		if db != nil {
			if err := db.Close(); err != nil && first == nil {
				first = err
			}
		}
	}
	if err := encvfs.Unregister(s.vfs); err != nil && first == nil {
		first = err
	}
	crypto.Wipe(s.key)
	crypto.Wipe(s.auditKey)
	crypto.Wipe(s.auditSign)
	return first
}

func randomHex(n int) string { return hex.EncodeToString(crypto.RandomKey()[:n]) }
