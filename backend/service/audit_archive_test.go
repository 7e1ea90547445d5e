package service_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"filippo.io/age"

	"fieldvault/backend/apperr"
	"fieldvault/backend/auditarchive"
	"fieldvault/backend/auditbundle"
	"fieldvault/backend/model"
	"fieldvault/backend/service"
)

func init() { auditarchive.ScryptWorkFactor = 10 } // age's default costs ~1 s and 256 MiB a file

// agedWorld is the audit world 40 days later, with the admin signed in
// again: everything before the advance is past a 30-day retention.
func agedWorld(t *testing.T, keepDays int) *auditWorld {
	t.Helper()
	w := newAuditWorld(t)
	w.clock.Advance(40 * 24 * time.Hour)
	w.signInAs(t, "admin", "admin password 1")
	if keepDays > 0 {
		if _, err := w.audit.SetRetention(model.AuditRetention{KeepDays: keepDays}); err != nil {
			t.Fatal(err)
		}
	}
	return w
}

func (w *auditWorld) minSeq(t *testing.T) int64 {
	t.Helper()
	var n int64
	if err := w.core.StoreForTest().Reader().QueryRowContext(context.Background(), `SELECT min(seq) FROM audit_log`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// Archive to a key and to a passphrase: the file opens with the age
// library's own Decrypt, verifies offline with the public key, matches the
// anchor and the audit entry, and the live log verifies from the anchor.
func TestAuditArchiveFlow(t *testing.T) {
	id, _ := age.GenerateX25519Identity()
	tests := []struct {
		name string
		req  model.AuditArchiveRequest
		ids  []age.Identity
	}{
		{"to an age key", model.AuditArchiveRequest{Recipients: []string{id.Recipient().String()}}, []age.Identity{id}},
		{"to a passphrase", model.AuditArchiveRequest{Passphrase: "archive passphrase 1"}, func() []age.Identity {
			p, _ := age.NewScryptIdentity("archive passphrase 1")
			return []age.Identity{p}
		}()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := agedWorld(t, 30)
			ret, err := w.audit.Retention()
			if err != nil || ret.KeepDays != 30 || ret.Cutoff != "2026-03-12" || ret.Due == 0 {
				t.Fatalf("retention %+v %v", ret, err)
			}
			pre, err := w.audit.ArchivePreview("")
			if err != nil || pre.Entries != ret.Due || pre.FirstSeq != 1 || pre.Blocked != "" || pre.Before != "2026-03-12" {
				t.Fatalf("preview %+v %v", pre, err)
			}
			tt.req.Path = filepath.Join(t.TempDir(), "audit-2026.age")
			res, err := w.audit.Archive(tt.req)
			if err != nil || res.Entries != pre.Entries || res.FirstSeq != 1 || res.LastSeq != pre.LastSeq || res.Path != tt.req.Path {
				t.Fatalf("archive %+v %v", res, err)
			}
			file, err := os.ReadFile(res.Path)
			if err != nil {
				t.Fatal(err)
			}
			if sum := sha256.Sum256(file); hex.EncodeToString(sum[:]) != res.FileSHA256 {
				t.Fatal("the result's sha256 is not the file's")
			}
			// the age library alone opens it, as `age -d` would
			r, err := age.Decrypt(bytes.NewReader(file), tt.ids...)
			if err != nil {
				t.Fatal(err)
			}
			plain, err := io.ReadAll(r)
			if err != nil {
				t.Fatal(err)
			}
			key, _ := w.audit.PublicKey()
			pub, _ := auditbundle.ParsePublicKey(key)
			got, err := auditarchive.Verify(bytes.NewReader(plain), pub)
			if err != nil || got.Count != res.Entries || got.LastHash != res.AnchorHash || got.FirstSeq != 1 {
				t.Fatalf("offline verify %+v %v", got, err)
			}
			if _, err := auditarchive.VerifyFile(bytes.NewReader(file), tt.ids, pub); err != nil {
				t.Fatal(err)
			}
			// the entries in their stored form: personal labels still sealed
			if !bytes.Contains(plain, []byte(`"objectLabel":"pd1:contact:`)) || bytes.Contains(plain, []byte("Müller-Strauß Contact")) {
				t.Fatal("archived entries are not in their stored (sealed) form")
			}
			// the live log: starts after the anchor, verifies, records the archive
			if min := w.minSeq(t); min != res.LastSeq+1 {
				t.Fatalf("log starts at %d", min)
			}
			st, err := w.audit.Verify()
			if err != nil || !st.OK {
				t.Fatalf("verify after archiving: %+v %v", st, err)
			}
			e := w.lastEntry(t, "audit.archive")
			if e.Category != "security" || e.Outcome != "success" || e.Rows != res.Entries || !strings.Contains(e.Reason, res.FileSHA256) {
				t.Fatalf("audit entry %+v", e)
			}
			anchors, err := w.audit.Archives()
			if err != nil || len(anchors) != 1 || anchors[0].LastSeq != res.LastSeq || anchors[0].FileSHA256 != res.FileSHA256 ||
				anchors[0].Hash != res.AnchorHash || anchors[0].FileName != "audit-2026.age" || anchors[0].ActorName != "admin" {
				t.Fatalf("anchors %+v %v", anchors, err)
			}
			if entries, _ := os.ReadDir(filepath.Dir(res.Path)); len(entries) != 1 {
				t.Fatalf("files left beside the archive: %v", entries)
			}
			// nothing older is left: a second archive is a no-op
			again, err := w.audit.Archive(model.AuditArchiveRequest{Recipients: []string{id.Recipient().String()}, Path: filepath.Join(t.TempDir(), "b.age")})
			if err != nil || again.Entries != 0 {
				t.Fatalf("second archive %+v %v", again, err)
			}
		})
	}
}

// Archiving nothing changes nothing: no file, no anchor, no entry.
func TestAuditArchiveNothing(t *testing.T) {
	w := newAuditWorld(t)
	if _, err := w.audit.SetRetention(model.AuditRetention{KeepDays: 30}); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	id, _ := age.GenerateX25519Identity()
	res, err := w.audit.Archive(model.AuditArchiveRequest{Recipients: []string{id.Recipient().String()}, Path: filepath.Join(dir, "a.age")})
	if err != nil || res != (model.AuditArchiveResult{}) {
		t.Fatalf("%+v %v", res, err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 || w.countAction(t, "audit.archive") != 0 || w.minSeq(t) != 1 {
		t.Fatalf("something changed: %v", entries)
	}
	if a, _ := w.audit.Archives(); len(a) != 0 {
		t.Fatalf("%+v", a)
	}
}

// Cancel while the file is written: no file, nothing removed from the
// log, which still verifies; the attempt is audited as failed.
func TestAuditArchiveCancel(t *testing.T) {
	w := agedWorld(t, 30)
	dir := t.TempDir()
	p := newPause()
	service.SetArchiveHookForTest(func(int64) { p.hit() })
	t.Cleanup(func() { service.SetArchiveHookForTest(nil) })
	id, _ := age.GenerateX25519Identity()
	req := model.AuditArchiveRequest{Recipients: []string{id.Recipient().String()}, Path: filepath.Join(dir, "a.age")}
	before, _ := w.core.StoreForTest().AuditCount(context.Background())
	done := make(chan error, 1)
	go func() { _, err := w.audit.Archive(req); done <- err }()
	<-p.blocked
	if _, err := w.audit.Archive(req); !apperr.Is(err, apperr.CodeConflict) {
		t.Fatalf("second archive: %v", err)
	}
	if err := w.audit.Cancel(service.JobAuditArchive); err != nil {
		t.Fatal(err)
	}
	close(p.release)
	if err := <-done; !apperr.Is(err, apperr.CodeConflict) {
		t.Fatalf("cancelled archive returned %v", err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Fatalf("files left: %v", entries)
	}
	if w.minSeq(t) != 1 {
		t.Fatal("entries were removed")
	}
	if after, _ := w.core.StoreForTest().AuditCount(context.Background()); after <= before {
		t.Fatalf("%d entries, were %d", after, before)
	}
	if a, _ := w.audit.Archives(); len(a) != 0 {
		t.Fatalf("anchored: %+v", a)
	}
	if e := w.lastEntry(t, "audit.archive"); e.Outcome != "failed" || !strings.Contains(e.Reason, "Cancelled") {
		t.Fatalf("%+v", e)
	}
	if st, err := w.audit.Verify(); err != nil || !st.OK {
		t.Fatalf("%+v %v", st, err)
	}
}

// What the policy and the request checks refuse, before anything is read.
func TestAuditArchiveRefusals(t *testing.T) {
	id, _ := age.GenerateX25519Identity()
	key := id.Recipient().String()
	tests := []struct {
		name     string
		keepDays int
		req      func(dir string) model.AuditArchiveRequest
		code     apperr.Code
		field    string
	}{
		{"keep forever", 0, func(d string) model.AuditArchiveRequest {
			return model.AuditArchiveRequest{Recipients: []string{key}, Path: filepath.Join(d, "a.age")}
		}, apperr.CodeConflict, ""},
		{"younger than the retention", 30, func(d string) model.AuditArchiveRequest {
			return model.AuditArchiveRequest{Before: "2026-04-01", Recipients: []string{key}, Path: filepath.Join(d, "a.age")}
		}, apperr.CodeInvalid, "before"},
		{"unreadable date", 30, func(d string) model.AuditArchiveRequest {
			return model.AuditArchiveRequest{Before: "last year", Recipients: []string{key}, Path: filepath.Join(d, "a.age")}
		}, apperr.CodeInvalid, "before"},
		{"no recipient", 30, func(d string) model.AuditArchiveRequest {
			return model.AuditArchiveRequest{Path: filepath.Join(d, "a.age")}
		}, apperr.CodeInvalid, "recipients"},
		{"key and passphrase", 30, func(d string) model.AuditArchiveRequest {
			return model.AuditArchiveRequest{Recipients: []string{key}, Passphrase: "archive passphrase 1", Path: filepath.Join(d, "a.age")}
		}, apperr.CodeInvalid, "passphrase"},
		{"relative path", 30, func(string) model.AuditArchiveRequest {
			return model.AuditArchiveRequest{Recipients: []string{key}, Path: "a.age"}
		}, apperr.CodeInvalid, "path"},
		{"negative last seq", 30, func(d string) model.AuditArchiveRequest {
			return model.AuditArchiveRequest{UpToSeq: -1, Recipients: []string{key}, Path: filepath.Join(d, "a.age")}
		}, apperr.CodeInvalid, "upToSeq"},
	}
	w := agedWorld(t, 0)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := w.audit.SetRetention(model.AuditRetention{KeepDays: tt.keepDays}); err != nil {
				t.Fatal(err)
			}
			dir := t.TempDir()
			_, err := w.audit.Archive(tt.req(dir))
			var ae *apperr.Error
			if !errors.As(err, &ae) || ae.Code != tt.code || (tt.field != "" && ae.Fields[tt.field] == "") {
				t.Fatalf("got %v, want %s %s", err, tt.code, tt.field)
			}
			if entries, _ := os.ReadDir(dir); len(entries) != 0 || w.minSeq(t) != 1 {
				t.Fatal("something changed")
			}
		})
	}
	// the preview says why instead of refusing
	if _, err := w.audit.SetRetention(model.AuditRetention{KeepDays: 30}); err != nil {
		t.Fatal(err)
	}
	if p, err := w.audit.ArchivePreview("2026-04-01"); err != nil || !strings.Contains(p.Blocked, "2026-03-12 or earlier") || p.Entries == 0 {
		t.Fatalf("%+v %v", p, err)
	}
}

// The retention setting: validated, audited once per change as a config
// change with before and after.
func TestAuditRetentionSetting(t *testing.T) {
	w := newAuditWorld(t)
	tests := []struct {
		days    int
		invalid bool
		audited bool
	}{
		{0, false, false}, // already the default
		{29, true, false},
		{-1, true, false},
		{30, false, true},
		{30, false, false},
		{36_500, false, true},
		{36_501, true, false},
		{0, false, true},
	}
	for _, tt := range tests {
		before := w.countAction(t, "audit.retention.update")
		got, err := w.audit.SetRetention(model.AuditRetention{KeepDays: tt.days, Due: 99, Cutoff: "x"})
		if tt.invalid {
			var ae *apperr.Error
			if !errors.As(err, &ae) || ae.Fields["keepDays"] == "" {
				t.Fatalf("%d days: %v", tt.days, err)
			}
		} else if err != nil || got.KeepDays != tt.days || (tt.days == 0) != (got.Cutoff == "") || got.Due != 0 {
			t.Fatalf("%d days: %+v %v", tt.days, got, err)
		}
		if n := w.countAction(t, "audit.retention.update") - before; n != map[bool]int{true: 1}[tt.audited] {
			t.Fatalf("%d days: %d entries", tt.days, n)
		}
		if tt.audited {
			e := w.lastEntry(t, "audit.retention.update")
			if e.Category != "config" || e.Changes != 1 || !strings.HasSuffix(e.Reason, describe(tt.days)) {
				t.Fatalf("%+v", e)
			}
		}
	}
}

func describe(days int) string {
	if days == 0 {
		return "forever"
	}
	return strconv.Itoa(days) + " days"
}
