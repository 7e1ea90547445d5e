package backup

import (
	"bufio"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"io"
	"os"
	"time"

	"filippo.io/age"

	"fieldvault/backend/apperr"
	"fieldvault/backend/encvfs"
)

// checkEvery is how many bytes a stream passes between two stop checks.
const checkEvery = 4 << 20

// Encrypt streams the finished copy, decrypted page by page (PlainCopy),
// into an age file to recipients on dst; progress (may be nil) gets the
// pages written so far every few MiB, check (may be nil) runs as often and
// its error stops the stream. It returns the pages written. No plaintext
// page touches the disk. Errors: CodeInternal when age refuses the
// recipients; check's or ctx's error; dst's errors; a *encvfs.PageError
// when the temporary copy was damaged on disk.
func (s *Snapshot) Encrypt(ctx context.Context, dst io.Writer, recipients []age.Recipient, progress func(pages int64), check func() error) (int64, error) {
	if !s.done {
		return 0, errors.New("backup: Encrypt before Finish")
	}
	f, err := os.Open(s.path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	aw, err := age.Encrypt(dst, recipients...)
	if err != nil {
		return 0, apperr.Wrap(err, apperr.CodeInternal, "The backup could not be encrypted to these recipients.")
	}
	src := &watchedReader{r: bufio.NewReaderSize(f, 1<<20), ctx: ctx, check: check, progress: progress}
	pages, err := encvfs.PlainCopy(aw, src, s.key, s.cipher)
	if err != nil {
		return pages, err
	}
	src.report()
	return pages, aw.Close()
}

// watchedReader counts what passes, reports it and checks for a stop every
// checkEvery bytes.
type watchedReader struct {
	r        io.Reader
	ctx      context.Context
	check    func() error
	progress func(pages int64)
	n, next  int64
}

func (w *watchedReader) Read(p []byte) (int, error) {
	if w.n >= w.next {
		w.next = w.n + checkEvery
		if err := stopped(w.ctx, w.check); err != nil {
			return 0, err
		}
		w.report()
	}
	n, err := w.r.Read(p)
	w.n += int64(n)
	return n, err
}

func (w *watchedReader) report() {
	if w.progress != nil {
		w.progress(w.n / encvfs.PageSize)
	}
}

// Options of Create.
type Options struct {
	Dir        string        // the workspace folder (for the temporary copy)
	Cipher     encvfs.Cipher // the store's page cipher
	Recipients []age.Recipient
	CreatedBy  string
	AppVersion string
	Now        time.Time
	KeyFile    []byte                                // vault.Session.BackupKeyFile
	MAC        func(manifest []byte) ([]byte, error) // vault.Session.BackupMAC
	// Progress (may be nil) gets (done, total) in pages: the copy, then the
	// stream (total is twice the database's pages).
	Progress func(done, total int64)
	Check    func() error // may be nil; see SnapshotOptions.Check
	// StepPages is the copy's step (DefaultStepPages when 0).
	StepPages int
}

// Create writes a backup of the database behind src (the store's read
// pool) to dst in one go: TakeSnapshot, the manifest, Encrypt, Remove. It
// returns the manifest written. The service runs the same steps itself, to
// release the store between them. Errors: those of the steps.
func Create(ctx context.Context, dst io.Writer, src *sql.DB, o Options) (Manifest, error) {
	var total int64
	snap, err := TakeSnapshot(ctx, src, SnapshotOptions{Dir: o.Dir, Cipher: o.Cipher, Check: o.Check, StepPages: o.StepPages,
		Progress: func(done, all int64) {
			total = 2 * all
			if o.Progress != nil {
				o.Progress(done, total)
			}
		}})
	if err != nil {
		return Manifest{}, err
	}
	defer snap.Remove()
	m := snap.Manifest()
	m.CreatedAt, m.CreatedBy, m.AppVersion, m.KeyFile = o.Now, o.CreatedBy, o.AppVersion, o.KeyFile
	if m.WorkspaceID, err = WorkspaceID(o.KeyFile); err != nil {
		return Manifest{}, err
	}
	b, err := m.Bytes()
	if err != nil {
		return Manifest{}, err
	}
	if m.MAC, err = o.MAC(b); err != nil {
		return Manifest{}, err
	}
	if err := snap.Finish(ctx, m); err != nil {
		return Manifest{}, err
	}
	copied := total / 2
	if total, err = snap.Pages(); err != nil {
		return Manifest{}, err
	}
	total += copied
	_, err = snap.Encrypt(ctx, dst, o.Recipients, func(pages int64) {
		if o.Progress != nil {
			o.Progress(copied+pages, total)
		}
	}, o.Check)
	return m, err
}

// Pages returns the size of the sealed copy in pages (after Finish: with
// the manifest): what Encrypt will stream.
func (s *Snapshot) Pages() (int64, error) {
	st, err := os.Stat(s.path)
	if err != nil {
		return 0, err
	}
	return st.Size() / encvfs.PageSize, nil
}

// WorkspaceID reads the workspace id from a key file's JSON.
func WorkspaceID(keyFile []byte) (string, error) {
	var kf struct {
		WorkspaceID string `json:"workspaceId"`
	}
	if err := json.Unmarshal(keyFile, &kf); err != nil || kf.WorkspaceID == "" {
		return "", errors.New("backup: the key file names no workspace")
	}
	return kf.WorkspaceID, nil
}
