package service_test

import (
	"os"
	"path/filepath"
	"sync"
	"testing"

	"fieldvault/backend/apperr"
	"fieldvault/backend/model"
	"fieldvault/backend/service"
)

// pause blocks the first call of a hook until released, and says when it
// is blocked.
type pause struct {
	once    sync.Once
	blocked chan struct{}
	release chan struct{}
}

func newPause() *pause { return &pause{blocked: make(chan struct{}), release: make(chan struct{})} }

func (p *pause) hit() {
	p.once.Do(func() {
		close(p.blocked)
		<-p.release
	})
}

// exportInBackground starts an export that stops after its first batch
// until released; it returns the export's outcome channel.
func exportInBackground(t *testing.T, w *auditWorld, req model.AuditExportRequest) (*pause, chan error) {
	t.Helper()
	p := newPause()
	service.SetExportHookForTest(func(int64) { p.hit() })
	t.Cleanup(func() { service.SetExportHookForTest(nil) })
	done := make(chan error, 1)
	go func() {
		_, err := w.audit.Export(req)
		done <- err
	}()
	<-p.blocked
	return p, done
}

// While an export runs, other calls go on; a second export is refused;
// Cancel stops it and no file is left, not even a temporary one.
func TestAuditExportCancel(t *testing.T) {
	for _, format := range []string{"bundle", "xlsx"} {
		t.Run(format, func(t *testing.T) {
			w := newAuditWorld(t)
			dir := t.TempDir()
			req := model.AuditExportRequest{Format: format, Path: filepath.Join(dir, "audit."+format)}
			p, done := exportInBackground(t, w, req)
			if _, err := w.audit.Status(); err != nil {
				t.Fatalf("a call during the export: %v", err)
			}
			if _, err := w.audit.Export(req); !apperr.Is(err, apperr.CodeConflict) {
				t.Fatalf("second export: %v", err)
			}
			if err := w.audit.Cancel(service.JobAuditVerify); !apperr.Is(err, apperr.CodeNotFound) {
				t.Fatalf("cancel of nothing: %v", err)
			}
			if err := w.audit.Cancel(service.JobAuditExport); err != nil {
				t.Fatalf("cancel: %v", err)
			}
			close(p.release)
			if err := <-done; !apperr.Is(err, apperr.CodeConflict) {
				t.Fatalf("cancelled export returned %v", err)
			}
			if entries, _ := os.ReadDir(dir); len(entries) != 0 {
				t.Fatalf("files left: %v", entries)
			}
			if e := w.lastEntry(t, "audit.export"); e.Outcome != "failed" || e.Reason == "" {
				t.Fatalf("the cancelled export was not audited as failed: %+v", e)
			}
		})
	}
}

// An export stops cleanly when the workspace is locked under it.
func TestAuditExportStopsWhenLocked(t *testing.T) {
	w := newAuditWorld(t)
	dir := t.TempDir()
	p, done := exportInBackground(t, w, model.AuditExportRequest{Format: "bundle", Path: filepath.Join(dir, "a.bundle")})
	if err := w.ws.Lock(); err != nil {
		t.Fatal(err)
	}
	close(p.release)
	if err := <-done; !apperr.Is(err, apperr.CodeLocked) {
		t.Fatalf("export after lock returned %v", err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Fatalf("files left: %v", entries)
	}
}

// A verification can be cancelled too.
func TestAuditVerifyCancel(t *testing.T) {
	w := newAuditWorld(t)
	p := newPause()
	calls := 0
	service.SetJobHoldHookForTest(func(string) {
		if calls++; calls == 2 { // the snapshot is taken; the first read is next
			p.hit()
		}
	})
	defer service.SetJobHoldHookForTest(nil)
	done := make(chan error, 1)
	go func() { _, err := w.audit.Verify(); done <- err }()
	<-p.blocked
	if err := w.audit.Cancel(service.JobAuditVerify); err != nil {
		t.Fatal(err)
	}
	close(p.release)
	if err := <-done; !apperr.Is(err, apperr.CodeConflict) {
		t.Fatalf("cancelled verify returned %v", err)
	}
	if st, _ := w.audit.Status(); st.OK || st.VerifiedUpTo != 0 {
		t.Fatalf("a cancelled verification counts: %+v", st)
	}
}
