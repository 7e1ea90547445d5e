package backup_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"filippo.io/age"

	"fieldvault/backend/backup"
	"fieldvault/backend/model"
	"fieldvault/backend/vault"
)

// scanNoPlaintext fails if any file in dir (recursively) holds the marker
// or SQLite's magic string in the clear.
func scanNoPlaintext(t *testing.T, dir, when string) {
	t.Helper()
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil // a temporary file may vanish while we walk
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return nil
		}
		for _, s := range []string{marker, "SQLite format 3"} {
			if bytes.Contains(b, []byte(s)) {
				t.Errorf("%s: %s holds plaintext %q", when, p, s)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// While a backup runs, at every step of the copy and of the stream, no
// file in the workspace folder or the output folder holds plaintext; the
// output never does; nothing is left behind.
func TestBackupNoPlaintextOnDisk(t *testing.T) {
	w := newWorkspace(t, 3000)
	id, _ := ageKey(t)
	rs, _, _ := backupRecipients(t, id.Recipient().String())
	outDir := t.TempDir()
	out, err := os.Create(filepath.Join(outDir, "backup.age"))
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	ctx := context.Background()
	steps := 0
	snap, err := backup.TakeSnapshot(ctx, w.st.Reader(), backup.SnapshotOptions{Dir: w.dir, Cipher: w.st.Cipher(), StepPages: 32,
		Progress: func(done, total int64) {
			steps++
			scanNoPlaintext(t, w.dir, "during the copy")
		}})
	if err != nil {
		t.Fatal(err)
	}
	defer snap.Remove()
	if steps < 5 || !strings.HasPrefix(filepath.Base(snap.Path()), ".fieldvault-backup-") || filepath.Dir(snap.Path()) != w.dir {
		t.Fatalf("%d steps, temporary copy %s", steps, snap.Path())
	}
	m := snap.Manifest()
	m.CreatedBy, m.KeyFile = "admin", mustKeyFile(t, w)
	b, _ := m.Bytes()
	m.MAC, _ = w.s.BackupMAC(b)
	if err := snap.Finish(ctx, m); err != nil {
		t.Fatal(err)
	}
	scanNoPlaintext(t, w.dir, "after the manifest")
	streamed := 0
	if _, err := snap.Encrypt(ctx, out, rs, func(int64) {
		streamed++
		scanNoPlaintext(t, w.dir, "during the stream")
		scanNoPlaintext(t, outDir, "during the stream")
	}, nil); err != nil {
		t.Fatal(err)
	}
	snap.Remove()
	out.Close()
	scanNoPlaintext(t, w.dir, "after the backup")
	scanNoPlaintext(t, outDir, "after the backup")
	if streamed < 2 {
		t.Fatalf("the stream reported %d times", streamed)
	}
	for _, n := range listDir(t, w.dir) {
		if strings.HasPrefix(n, ".fieldvault-backup-") {
			t.Fatalf("left %s behind", n)
		}
	}
	// the check above would pass on an empty file: the output does decrypt
	// to the marker
	file, _ := os.ReadFile(out.Name())
	plain, _ := os.ReadFile(decryptPlain(t, file, id))
	if !bytes.Contains(plain, []byte(marker)) {
		t.Fatal("the backup does not hold the marker")
	}
}

func mustKeyFile(t *testing.T, w *workspace) []byte {
	t.Helper()
	kf, err := w.s.BackupKeyFile()
	if err != nil {
		t.Fatal(err)
	}
	return kf
}

func backupRecipients(t *testing.T, keys ...string) ([]age.Recipient, []backup.Recipient, error) {
	t.Helper()
	rs, desc, err := backup.ParseRecipients(keys, "")
	if err != nil {
		t.Fatal(err)
	}
	return rs, desc, nil
}

// A stop requested between steps — in the copy or in the stream — ends the
// backup with that error and leaves no temporary file.
func TestBackupStops(t *testing.T) {
	w := newWorkspace(t, 3000)
	id, _ := ageKey(t)
	rs, _, _ := backupRecipients(t, id.Recipient().String())
	errStop := errors.New("stop")
	for _, at := range []string{"copy", "stream"} {
		t.Run(at, func(t *testing.T) {
			calls, streaming := 0, false
			o := w.options(t, rs)
			o.StepPages = 16
			o.Progress = func(done, total int64) { streaming = done >= total/2 }
			o.Check = func() error {
				calls++
				if at == "copy" && calls == 3 || at == "stream" && streaming {
					return errStop
				}
				return nil
			}
			var out bytes.Buffer
			_, err := backup.Create(context.Background(), &out, w.st.Reader(), o)
			if !errors.Is(err, errStop) || at == "stream" && calls < 10 {
				t.Fatalf("got %v after %d checks", err, calls)
			}
			for _, n := range listDir(t, w.dir) {
				if strings.HasPrefix(n, ".fieldvault-backup-") {
					t.Fatalf("left %s behind", n)
				}
			}
		})
	}
	t.Run("cancelled context", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		_, err := backup.Create(ctx, &bytes.Buffer{}, w.st.Reader(), w.options(t, rs))
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("got %v", err)
		}
	})
}

// Writes while the copy runs (in small steps: some land between two
// steps, from the check hook, some anywhere, from another goroutine) are
// not in the backup, and the backup is consistent: the restore verifies
// its chain and counts.
func TestBackupConsistentWhileWriting(t *testing.T) {
	w := newWorkspace(t, 3000)
	id, idFile := ageKey(t)
	rs, _, _ := backupRecipients(t, id.Recipient().String())
	before := count(t, w.st.Reader(), "contacts")
	var stop atomic.Bool
	var wg sync.WaitGroup
	var werr error
	wg.Add(1)
	go func() {
		defer wg.Done()
		for !stop.Load() && werr == nil {
			werr = w.insertContacts(20, false)
		}
	}()
	o := w.options(t, rs)
	checks := 0
	o.Check = func() error {
		checks++
		return w.insertContacts(5, false)
	}
	var out bytes.Buffer
	m, err := backupSmallSteps(&out, w, o)
	stop.Store(true)
	wg.Wait()
	if err != nil || werr != nil {
		t.Fatal(err, werr)
	}
	after := count(t, w.st.Reader(), "contacts")
	if checks < 5 || m.Counts["contacts"] < before || after < m.Counts["contacts"]+int64(5*checks) {
		t.Fatalf("%d checks; backup holds %d contacts; before %d, after %d", checks, m.Counts["contacts"], before, after)
	}
	dir := filepath.Join(t.TempDir(), "restored")
	rep, err := restore(t, out.Bytes(), dir, idFile, "", vault.RestoreUnlock{Method: model.UnlockPassphrase, Secret: wsPass})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Counts["contacts"] != m.Counts["contacts"] || rep.AuditLastSeq != m.AuditSeq {
		t.Fatalf("report %+v, manifest %+v", rep, m)
	}
}

// backupSmallSteps is backup.Create with 16-page steps (many chances for a
// concurrent write to land in the middle of the copy).
func backupSmallSteps(out *bytes.Buffer, w *workspace, o backup.Options) (backup.Manifest, error) {
	ctx := context.Background()
	snap, err := backup.TakeSnapshot(ctx, w.st.Reader(), backup.SnapshotOptions{Dir: o.Dir, Cipher: o.Cipher, StepPages: 16,
		Progress: o.Progress, Check: o.Check})
	if err != nil {
		return backup.Manifest{}, err
	}
	defer snap.Remove()
	m := snap.Manifest()
	m.CreatedAt, m.CreatedBy, m.AppVersion, m.KeyFile = o.Now, o.CreatedBy, o.AppVersion, o.KeyFile
	m.WorkspaceID, _ = backup.WorkspaceID(o.KeyFile)
	b, err := m.Bytes()
	if err != nil {
		return m, err
	}
	if m.MAC, err = o.MAC(b); err != nil {
		return m, err
	}
	if err := snap.Finish(ctx, m); err != nil {
		return m, err
	}
	_, err = snap.Encrypt(ctx, out, o.Recipients, nil, nil)
	return m, err
}
