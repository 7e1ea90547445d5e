package service_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"fieldvault/backend/apperr"
	"fieldvault/backend/report"
	"fieldvault/backend/service"
)

// A streaming export does not hold the app's lock: other calls answer
// while it runs, and locking the workspace mid-stream stops it (no file).
func TestReportExportLeavesTheWindowResponsive(t *testing.T) {
	tests := []struct {
		name   string
		during func(t *testing.T, w *reportWorld) error // runs on another goroutine at the first row
		want   apperr.Code                              // of the export; "" = success
	}{
		{"another call answers meanwhile", func(t *testing.T, w *reportWorld) error {
			_, err := w.svc.List()
			return err
		}, ""},
		{"locking the workspace stops it", func(t *testing.T, w *reportWorld) error {
			return w.ws.Lock()
		}, apperr.CodeLocked},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := newReportWorld(t)
			w.as(t, "admin")
			dir := t.TempDir()
			spec := report.Spec{Entity: "deals", Columns: []string{"name", "amount"}}
			done := make(chan error, 1)
			first := true
			service.SetReportExportHookForTest(func(int64) {
				if !first {
					return
				}
				first = false
				go func() { done <- tt.during(t, w) }()
				if tt.want == "" {
					select { // the export waits here for the other call: it holds no lock
					case err := <-done:
						done <- err
					case <-time.After(10 * time.Second):
						t.Error("the other call did not answer while the export ran")
					}
					return
				}
				// the lock is closing the store (new pins are refused): let the stream go on and notice
				st := w.core.StoreForTest()
				for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
					_, release, err := st.Pin(context.Background())
					if err != nil {
						return
					}
					release()
				}
				t.Error("locking never started closing the store")
			})
			defer service.SetReportExportHookForTest(nil)
			path := filepath.Join(dir, "x.xlsx")
			_, err := w.svc.Export(service.ReportExportRequest{Spec: &spec, Path: path})
			if got := apperr.CodeOf(err); got != tt.want && !(tt.want == "" && err == nil) {
				t.Fatalf("export: %v, want %q", err, tt.want)
			}
			if err := <-done; err != nil {
				t.Fatalf("the other call: %v", err)
			}
			_, statErr := os.Stat(path)
			if (tt.want == "") != (statErr == nil) {
				t.Fatalf("file present: %v (want one: %v)", statErr == nil, tt.want == "")
			}
		})
	}
}
