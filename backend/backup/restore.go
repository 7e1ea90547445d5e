package backup

import (
	"bufio"
	"context"
	"database/sql"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"time"

	"filippo.io/age"

	"fieldvault/backend/apperr"
	"fieldvault/backend/audit"
	"fieldvault/backend/crypto"
	"fieldvault/backend/encvfs"
	"fieldvault/backend/vault"
)

// RestoreOptions say where and how Restore rebuilds a workspace.
type RestoreOptions struct {
	Dir        string         // the new workspace folder: absent, or empty
	Identities []age.Identity // what opens the age file (keys, or a passphrase)
	// Unlock is the secret that unwraps the workspace key the backup
	// carries: its passphrase, its recovery key or a user's sign-in.
	Unlock   vault.RestoreUnlock
	Keychain crypto.Keychain // the new workspace's (used when Unlock.Keychain)
	Now      func() time.Time
	Device   audit.Device // stamped on the restore's audit entry
	// Progress (may be nil) gets (done, total) pages: the file is read,
	// then moved under the workspace key (total is twice its pages).
	Progress func(done, total int64)
}

// Report is what a restore made and checked.
type Report struct {
	Dir           string           `json:"dir"`
	WorkspaceName string           `json:"workspaceName"`
	WorkspaceID   string           `json:"workspaceId"`
	CreatedAt     string           `json:"createdAt"`
	CreatedBy     string           `json:"createdBy"`
	AppVersion    string           `json:"appVersion"`
	SchemaVersion int              `json:"schemaVersion"`
	Counts        map[string]int64 `json:"counts"`       // rows per table, as restored (and as backed up)
	AuditEntries  int64            `json:"auditEntries"` // entries whose chain and checkpoints verified
	AuditLastSeq  int64            `json:"auditLastSeq"`
	Pages         int64            `json:"pages"`
	Integrity     string           `json:"integrity"`
}

// Restore decrypts the backup read from in with o.Identities and rebuilds
// its workspace in o.Dir, which must be absent or empty (a workspace is
// never overwritten), under the workspace key the backup carries, unwrapped
// with o.Unlock. Before it reports success it checks the manifest's MAC,
// verifies the whole audit chain and requires it to end at the entry the
// backup was taken at, compares the row counts and runs SQLite's
// integrity check; then it appends "workspace.restore" (category
// security) to the restored log. On any error o.Dir is left as it was
// found (a folder Restore created is removed).
//
// Errors: CodeConflict when o.Dir holds anything, or the backup came from
// a newer FieldVault; CodeInvalid when the file is not an age file or not
// a FieldVault backup, or no identity was given; CodeUnauthenticated when
// no identity opens it, or o.Unlock's secret is wrong; CodeCorrupt when
// the file is damaged or cut short, or any check fails; vault.Restore's
// errors; ctx's when cancelled.
func Restore(ctx context.Context, in io.Reader, o RestoreOptions) (rep Report, err error) {
	if len(o.Identities) == 0 {
		return rep, openError(errNoIdentity)
	}
	dir, err := filepath.Abs(o.Dir)
	if err != nil {
		return rep, err
	}
	created, err := prepareTarget(dir)
	if err != nil {
		return rep, err
	}
	defer func() {
		if err != nil && created {
			_ = os.RemoveAll(dir)
		}
	}()
	r, err := age.Decrypt(in, o.Identities...)
	if err != nil {
		return rep, openError(err)
	}
	br := bufio.NewReaderSize(ageReader{r}, 1<<20)
	c, pages, err := plainHeader(br)
	if err != nil {
		return rep, err
	}
	progress := func(base int64) func(int64) {
		return func(n int64) {
			if o.Progress != nil {
				o.Progress(min(base+n, 2*pages), 2*pages)
			}
		}
	}
	tmp, err := newSealedTemp(dir, c)
	if err != nil {
		return rep, err
	}
	defer tmp.remove()
	if err := tmp.fill(&watchedReader{r: br, ctx: ctx, progress: progress(0)}); err != nil {
		return rep, err
	}
	m, rows, counts, err := tmp.takeManifest(ctx)
	if err != nil {
		return rep, err
	}
	rep.Counts = counts
	if m.Cipher != c.String() {
		return rep, apperr.New(apperr.CodeCorrupt, "The backup's manifest names cipher %q, but its pages are laid out for %s.", m.Cipher, c)
	}
	f, err := os.Open(tmp.path)
	if err != nil {
		return rep, err
	}
	defer f.Close()
	v := vault.New(dir, o.Keychain)
	v.Now, v.Device = o.Now, o.Device
	src := vault.RestoreSource{Sealed: &watchedReader{r: bufio.NewReaderSize(f, 1<<20), ctx: ctx, progress: progress(pages)},
		Key: tmp.key, KeyFile: m.KeyFile, Manifest: ManifestBytes(rows), MAC: m.MAC}
	err = v.Restore(ctx, src, o.Unlock, func(s *vault.Session) error { return checkRestored(ctx, s, m, o, &rep) })
	if err != nil {
		return rep, err
	}
	rep.Dir, rep.WorkspaceName, rep.WorkspaceID, rep.CreatedBy = dir, m.WorkspaceName, m.WorkspaceID, m.CreatedBy
	rep.CreatedAt, rep.AppVersion, rep.SchemaVersion = m.CreatedAt.UTC().Format(timeFormat), m.AppVersion, m.SchemaVersion
	if o.Progress != nil {
		o.Progress(2*pages, 2*pages)
	}
	return rep, nil
}

// prepareTarget makes sure dir is an empty folder and says whether it made
// it. CodeConflict when dir holds anything or is a file.
func prepareTarget(dir string) (bool, error) {
	entries, err := os.ReadDir(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return false, apperr.Wrap(err, apperr.CodeUnavailable, "The folder "+dir+" cannot be created.")
		}
		return true, nil
	case err != nil:
		return false, apperr.Wrap(err, apperr.CodeConflict, "Restore into a new or empty folder: "+dir+" is not one.")
	case len(entries) > 0:
		return false, apperr.New(apperr.CodeConflict,
			"The folder %s is not empty. Restore into a new or empty folder: FieldVault never overwrites a workspace.", dir)
	}
	return false, nil
}

// ageReader reports a failure inside the age payload — a changed byte, a
// cut — as a damaged backup.
type ageReader struct{ r io.Reader }

func (a ageReader) Read(p []byte) (int, error) {
	n, err := a.r.Read(p)
	if err != nil && !errors.Is(err, io.EOF) {
		err = apperr.Wrap(err, apperr.CodeCorrupt, "The backup file is damaged or cut short: "+err.Error()+".")
	}
	return n, err
}

// plainHeader reads the decrypted stream's page 1 header: a SQLite file
// with encvfs's page size and one of its ciphers' reserve. It returns the
// cipher and the pages the header declares. CodeInvalid otherwise.
func plainHeader(br *bufio.Reader) (encvfs.Cipher, int64, error) {
	h, err := br.Peek(100)
	if isApp(err) {
		return 0, 0, err
	}
	notOurs := apperr.New(apperr.CodeInvalid, "This is not a FieldVault backup: the decrypted file is not a FieldVault database.")
	if err != nil || string(h[:16]) != "SQLite format 3\x00" || binary.BigEndian.Uint16(h[16:]) != encvfs.PageSize {
		return 0, 0, notOurs
	}
	for _, c := range []encvfs.Cipher{encvfs.AES256GCM, encvfs.XChaCha20Poly1305} {
		if int(h[20]) == c.Reserve() {
			return c, int64(binary.BigEndian.Uint32(h[28:])), nil
		}
	}
	return 0, 0, notOurs
}

// sealedTemp is the restore's working copy in the target folder, sealed
// under a random key of its own VFS.
type sealedTemp struct {
	path, vfs string
	key       []byte
	cipher    encvfs.Cipher
}

func newSealedTemp(dir string, c encvfs.Cipher) (*sealedTemp, error) {
	t := &sealedTemp{key: crypto.RandomKey(), cipher: c, vfs: "fieldvault-restore-" + hex.EncodeToString(crypto.RandomKey()[:8])}
	f, err := os.CreateTemp(dir, ".fieldvault-restore-*.db")
	if err != nil {
		crypto.Wipe(t.key)
		return nil, apperr.Wrap(err, apperr.CodeUnavailable, "A file cannot be created in "+dir+".")
	}
	t.path = f.Name()
	f.Close()
	if err := encvfs.Register(t.vfs, t.key, c); err != nil {
		t.vfs = ""
		t.remove()
		return nil, err
	}
	return t, nil
}

// fill seals the plain stream into the file.
func (t *sealedTemp) fill(src io.Reader) error {
	f, err := os.OpenFile(t.path, os.O_WRONLY|os.O_TRUNC, 0o600)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	_, err = encvfs.EncryptCopy(w, src, t.key, t.cipher)
	if err == nil {
		err = w.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	switch {
	case err == nil, isApp(err):
		return err
	case errors.Is(err, encvfs.ErrNotPlainDatabase):
		return apperr.Wrap(err, apperr.CodeInvalid, "This is not a FieldVault backup: the decrypted file is not a FieldVault database.")
	case errors.Is(err, encvfs.ErrTruncated):
		return apperr.Wrap(err, apperr.CodeCorrupt, "The backup is damaged: the database inside is cut short.")
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		return err
	}
	return apperr.Wrap(err, apperr.CodeUnavailable, "The restore cannot write to "+filepath.Dir(t.path)+".")
}

// takeManifest reads the manifest, counts the rows against it and drops
// its table (secure_delete: the freed pages are zeroed), leaving the
// database as it was backed up.
func (t *sealedTemp) takeManifest(ctx context.Context) (Manifest, map[string]string, map[string]int64, error) {
	q := url.Values{}
	q.Set("vfs", t.vfs)
	q.Set("mode", "rw")
	q.Add("_pragma", "busy_timeout(10000)")
	q.Add("_pragma", "journal_mode(DELETE)")
	q.Add("_pragma", "secure_delete(ON)")
	db, err := sql.Open("sqlite", (&url.URL{Scheme: "file", Path: t.path, RawQuery: q.Encode()}).String())
	if err != nil {
		return Manifest{}, nil, nil, err
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	m, rows, err := readManifest(ctx, db)
	if err != nil {
		return m, nil, nil, err
	}
	counts, err := checkCounts(ctx, db, m)
	if err != nil {
		return m, nil, nil, err
	}
	if _, err := db.ExecContext(ctx, `DROP TABLE `+Table); err != nil {
		return m, nil, nil, apperr.Wrap(err, apperr.CodeCorrupt, "The database inside the backup is damaged.")
	}
	return m, rows, counts, db.Close()
}

func (t *sealedTemp) remove() {
	for _, sfx := range []string{"", "-journal", "-wal", "-shm"} {
		_ = os.Remove(t.path + sfx)
	}
	t.vfs = unregister(t.vfs)
	crypto.Wipe(t.key)
}
