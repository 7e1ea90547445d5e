package backup

import (
	"context"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"os"

	"modernc.org/sqlite"

	"fieldvault/backend/apperr"
	"fieldvault/backend/crypto"
	"fieldvault/backend/encvfs"
)

// DefaultStepPages is how many pages one backup step copies (4 MiB): the
// grain of progress and of Cancel.
const DefaultStepPages = 1024

// tempPattern names the sealed temporaries in the workspace folder (a
// crash leaves one behind: it is sealed under a key that died with the
// process, so it is garbage, never plaintext).
const tempPattern = ".fieldvault-backup-*.db"

// SnapshotOptions say where and how TakeSnapshot copies.
type SnapshotOptions struct {
	Dir       string        // the workspace folder: the sealed copy is written there
	Cipher    encvfs.Cipher // the store's page cipher (the reserve bytes must match)
	StepPages int           // pages per step; DefaultStepPages when 0
	// Progress (may be nil) gets (pages copied, pages in all) after each step.
	Progress func(done, total int64)
	// Check (may be nil) runs between steps; its error stops the copy and
	// is returned (a cancelled job, a locked workspace).
	Check func() error
}

// Snapshot is a consistent copy of a workspace database in a temporary
// file in the workspace folder, sealed under a random key only this value
// holds. Remove it when done, whatever happened.
type Snapshot struct {
	path   string
	vfs    string
	key    []byte
	cipher encvfs.Cipher
	db     *sql.DB // the copy, open between TakeSnapshot and Finish
	facts  Manifest
	done   bool // Finish succeeded
}

// TakeSnapshot copies the database behind src (the store's read pool) with
// SQLite's online backup API into a new sealed temporary file. The copy runs
// inside one read transaction on one connection of src, so it is the
// database as of that moment, whatever is written meanwhile, and never
// restarts. It then reads the copy's facts (Manifest).
//
// Errors: Check's or ctx's error when stopped; CodeUnavailable when the
// temporary file cannot be created (full disk, read-only folder); store
// errors otherwise. Nothing is left behind on error.
func TakeSnapshot(ctx context.Context, src *sql.DB, o SnapshotOptions) (_ *Snapshot, err error) {
	s := &Snapshot{key: crypto.RandomKey(), cipher: o.Cipher, vfs: "fieldvault-backup-" + hex.EncodeToString(crypto.RandomKey()[:8])}
	if err := encvfs.Register(s.vfs, s.key, o.Cipher); err != nil {
		crypto.Wipe(s.key)
		return nil, err
	}
	defer func() {
		if err != nil {
			s.Remove()
		}
	}()
	f, err := os.CreateTemp(o.Dir, tempPattern) // 0600, a name nobody else holds
	if err != nil {
		return nil, apperr.Wrap(err, apperr.CodeUnavailable, "The backup's temporary copy cannot be created in the workspace folder.")
	}
	s.path = f.Name()
	if err := f.Close(); err != nil {
		return nil, err
	}
	if err := s.copyFrom(ctx, src, o); err != nil {
		return nil, err
	}
	if s.db, err = sql.Open("sqlite", s.dsn()); err != nil {
		return nil, err
	}
	s.db.SetMaxOpenConns(1)
	if err := s.readFacts(ctx); err != nil {
		return nil, fmt.Errorf("backup: read the snapshot: %w", err)
	}
	return s, nil
}

// dsn opens the copy through its VFS in rollback-journal mode: the backup
// copied page 1 of a WAL database, and the plain file must not need a WAL.
func (s *Snapshot) dsn() string {
	q := url.Values{}
	q.Set("vfs", s.vfs)
	q.Add("_pragma", "busy_timeout(10000)")
	q.Add("_pragma", "journal_mode(DELETE)")
	q.Add("_pragma", "synchronous(FULL)")
	q.Set("mode", "rw")
	return (&url.URL{Scheme: "file", Path: s.path, RawQuery: q.Encode()}).String()
}

// backuper is the modernc driver connection's backup API.
type backuper interface {
	NewBackup(dstURI string) (*sqlite.Backup, error)
}

// copyFrom runs the online backup from one connection of src, holding a
// read transaction on it throughout: sqlite3_backup_step uses an open read
// transaction of the source instead of opening one per step, so every step
// reads the same snapshot (WAL), and a write by another connection neither
// shows up in the copy nor restarts it.
func (s *Snapshot) copyFrom(ctx context.Context, src *sql.DB, o SnapshotOptions) error {
	step := o.StepPages
	if step <= 0 {
		step = DefaultStepPages
	}
	conn, err := src.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, `BEGIN`); err != nil {
		return err
	}
	defer conn.ExecContext(context.Background(), `ROLLBACK`) //nolint:errcheck // a read transaction: nothing to lose
	var n int
	if err := conn.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_schema`).Scan(&n); err != nil { // the read starts here
		return err
	}
	dst := (&url.URL{Scheme: "file", Path: s.path, RawQuery: url.Values{"vfs": {s.vfs}}.Encode()}).String()
	return conn.Raw(func(dc any) error {
		bk, ok := dc.(backuper)
		if !ok {
			return errors.New("backup: the SQLite driver has no backup API")
		}
		b, err := bk.NewBackup(dst)
		if err != nil {
			return err
		}
		for {
			more, err := b.Step(int32(step))
			if err != nil {
				_ = b.Finish()
				return err
			}
			if o.Progress != nil {
				total := int64(b.PageCount())
				o.Progress(total-int64(b.Remaining()), total)
			}
			if !more {
				break
			}
			if err := stopped(ctx, o.Check); err != nil {
				_ = b.Finish()
				return err
			}
		}
		return b.Finish()
	})
}

// stopped returns ctx's error, else check's.
func stopped(ctx context.Context, check func() error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if check != nil {
		return check()
	}
	return nil
}

// Manifest returns the facts read from the copy: pages, schema version,
// workspace name, audit head and row counts. The caller adds who and
// when, the key file and the MAC, and passes it to Finish.
func (s *Snapshot) Manifest() Manifest {
	m := s.facts
	m.Format = FormatVersion
	m.Counts = make(map[string]int64, len(s.facts.Counts))
	for k, v := range s.facts.Counts {
		m.Counts[k] = v
	}
	return m
}

// Finish writes m (MAC set) into the copy's manifest table and closes it,
// in rollback-journal mode with no journal left. Errors: CodeInvalid when
// m has no MAC or key file; store errors.
func (s *Snapshot) Finish(ctx context.Context, m Manifest) error {
	if s.db == nil || s.done {
		return errors.New("backup: Finish on a snapshot that is not open")
	}
	if len(m.MAC) == 0 || len(m.KeyFile) == 0 || m.Format != FormatVersion {
		return apperr.New(apperr.CodeInvalid, "A backup needs its format, key file and manifest MAC.")
	}
	if err := writeManifest(ctx, s.db, &m); err != nil {
		return err
	}
	var mode string
	if err := s.db.QueryRowContext(ctx, `PRAGMA journal_mode`).Scan(&mode); err != nil {
		return err
	}
	if mode != "delete" {
		return fmt.Errorf("backup: the snapshot is in journal mode %q", mode)
	}
	err := s.db.Close()
	s.db = nil
	if err != nil {
		return err
	}
	for _, sfx := range []string{"-wal", "-journal"} {
		if _, err := os.Stat(s.path + sfx); err == nil {
			return fmt.Errorf("backup: the snapshot left a %s file", sfx)
		}
	}
	s.done = true
	return nil
}

// Remove closes and deletes the copy (and its journal, WAL and shared
// memory files), unregisters its VFS and wipes its key. Safe to call more
// than once, and on a partly made snapshot.
func (s *Snapshot) Remove() {
	if s.db != nil {
		_ = s.db.Close()
		s.db = nil
	}
	if s.path != "" {
		for _, sfx := range []string{"", "-journal", "-wal", "-shm"} {
			_ = os.Remove(s.path + sfx)
		}
		s.path = ""
	}
	s.vfs = unregister(s.vfs)
	crypto.Wipe(s.key)
}

// unregister removes VFS name when set and returns "".
func unregister(name string) string {
	if name != "" {
		_ = encvfs.Unregister(name)
	}
	return ""
}

// Path is the sealed copy's file (for tests: it must never hold plaintext).
func (s *Snapshot) Path() string { return s.path }
