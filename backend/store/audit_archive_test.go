package store_test

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/sha256"
	"fmt"
	"strings"
	"testing"
	"time"

	"fieldvault/backend/apperr"
	"fieldvault/backend/audit"
	"fieldvault/backend/model"
	"fieldvault/backend/store"
	"fieldvault/backend/testutil"
)

var archiveBase = time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)

// archiveStore is a store on a fake clock whose signing key the test knows.
type archiveStore struct {
	*store.Store
	clock *testutil.Clock
	sign  ed25519.PrivateKey
}

func newArchiveStore(t *testing.T) archiveStore {
	_, sign, _ := ed25519.GenerateKey(nil)
	clock := testutil.NewClock(archiveBase)
	s := testutil.OpenStore(t, func(o *store.Options) { o.Now, o.AuditSigningKey = clock.Now, sign })
	return archiveStore{Store: s, clock: clock, sign: sign}
}

// appendMinutes appends n entries, one a minute.
func (a archiveStore) appendMinutes(t *testing.T, n int) {
	t.Helper()
	ctx := context.Background()
	err := a.Write(ctx, func(tx *store.Tx) error {
		for i := range n {
			a.clock.Advance(time.Minute)
			if err := store.AppendAudit(ctx, tx, entry(fmt.Sprintf("Contact %d", i))); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// archive plans, reads and commits an archive of the entries before
// `before` (at most up to upTo), as the service's job does (the file is
// the rows' seqs, for its checksum).
func (a archiveStore) archive(t *testing.T, before time.Time, upTo int64) (store.ArchivePlan, []model.AuditStoredRow, error) {
	t.Helper()
	ctx := context.Background()
	plan, err := store.PlanAuditArchive(ctx, a.Reader(), before, upTo)
	if err != nil || plan.Entries == 0 {
		return plan, nil, err
	}
	rd, err := a.NewArchiveReader(ctx, plan)
	if err != nil {
		return plan, nil, err
	}
	defer rd.Close()
	var rows []model.AuditStoredRow
	for !rd.Done() {
		batch, err := rd.Next(ctx, a.Reader(), 100)
		if err != nil {
			return plan, rows, err
		}
		rows = append(rows, batch...)
	}
	sum := sha256.Sum256([]byte(fmt.Sprint(plan.FirstSeq, plan.LastSeq)))
	e := &audit.Entry{Actor: audit.Actor{UserID: "u1", Username: "ana", Role: "Administrator"}, Category: audit.CatSecurity,
		Action: "audit.archive", ObjectType: "audit", Outcome: audit.OutcomeSuccess, Rows: plan.Entries}
	_, err = a.CommitAuditArchive(ctx, store.ArchiveCommit{Plan: plan, FileName: "a.age", FileSHA256: sum[:], ActorID: "u1", ActorName: "ana", Entry: e})
	return plan, rows, err
}

func (a archiveStore) verify(t *testing.T) audit.Report {
	t.Helper()
	rep, err := a.VerifyAudit(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

func minutes(n int) time.Time { return archiveBase.Add(time.Duration(n) * time.Minute) }

// Archive twice: each time the range leaves the log, the rest verifies
// from the newest anchor, checkpoints and search included.
func TestArchiveThenVerifyFromAnchor(t *testing.T) {
	a := newArchiveStore(t)
	ctx := context.Background()
	a.appendMinutes(t, 2500) // entry n at minute n; checkpoints over 1000 and 2000
	if _, err := a.IndexAuditSearch(ctx); err != nil {
		t.Fatal(err)
	}
	steps := []struct {
		name        string
		before      time.Time
		upTo        int64
		first, last int64
		checkpoints int
	}{
		{"first archive", minutes(1500), 0, 1, 1499, 1},
		{"cut at a seq", minutes(2400), 2100, 1500, 2100, 1},
		{"nothing older", minutes(1000), 0, 0, 0, 0},
	}
	for _, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			plan, rows, err := a.archive(t, st.before, st.upTo)
			if err != nil {
				t.Fatal(err)
			}
			if plan.FirstSeq != st.first || plan.LastSeq != st.last {
				t.Fatalf("planned %d..%d", plan.FirstSeq, plan.LastSeq)
			}
			if st.first == 0 {
				if plan.Entries != 0 || rows != nil {
					t.Fatalf("%+v", plan)
				}
				return
			}
			if int64(len(rows)) != st.last-st.first+1 || rows[0].Seq != st.first || !bytes.Equal(rows[len(rows)-1].Hash, plan.LastHash) {
				t.Fatalf("read %d rows", len(rows))
			}
			if !strings.HasPrefix(rows[0].ObjectLabel, "pd1:") && !strings.HasPrefix(rows[0].ObjectLabel, "Contact") {
				t.Fatalf("label %q", rows[0].ObjectLabel)
			}
			var n, min int64
			_ = a.Reader().QueryRowContext(ctx, `SELECT count(*), min(seq) FROM audit_log`).Scan(&n, &min)
			if min != st.last+1 {
				t.Fatalf("log starts at %d", min)
			}
			rep := a.verify(t)
			if rep.Problem != nil || rep.Entries != n || rep.LastSeq != min+n-1 {
				t.Fatalf("after archiving: %+v (%v)", rep, rep.Problem)
			}
			var fts, live int64
			_ = a.Reader().QueryRowContext(ctx, `SELECT count(*) FROM audit_fts WHERE rowid <= ?`, st.last).Scan(&fts)
			_ = a.Reader().QueryRowContext(ctx, `SELECT count(*) FROM audit_fts WHERE rowid > ?`, st.last).Scan(&live)
			if fts != 0 || live == 0 {
				t.Fatalf("%d archived entries still in the search index (%d live ones)", fts, live)
			}
		})
	}
	anchors, err := store.AuditAnchors(ctx, a.Reader())
	if err != nil || len(anchors) != 2 || anchors[0].FirstSeq != 1500 || anchors[1].LastSeq != 1499 || anchors[0].FileName != "a.age" {
		t.Fatalf("%+v %v", anchors, err)
	}
	// the archive entries: appended before the deletion, each covered by a checkpoint
	var cps int
	_ = a.Reader().QueryRowContext(ctx, `SELECT count(*) FROM audit_checkpoints c JOIN audit_log l ON l.seq = c.seq
		WHERE l.action = 'audit.archive' AND c.last_hash = l.hash`).Scan(&cps)
	if cps != 2 {
		t.Fatalf("%d checkpoints over the archive entries", cps)
	}
	// cutting the log short after an archive is caught by that checkpoint
	tamper(t, a.Store, `DELETE FROM audit_log WHERE seq > 2100`)
	if rep := a.verify(t); rep.Problem == nil || rep.Problem.Kind != audit.KindTruncated {
		t.Fatalf("%+v", rep.Problem)
	}
}

// tamper runs SQL with every append-only trigger dropped.
func tamper(t *testing.T, s *store.Store, sql ...string) {
	t.Helper()
	ctx := context.Background()
	err := s.Write(ctx, func(tx *store.Tx) error {
		for _, q := range append([]string{`DROP TRIGGER IF EXISTS audit_log_no_update`, `DROP TRIGGER IF EXISTS audit_log_no_delete`,
			`DROP TRIGGER IF EXISTS audit_anchors_no_update`, `DROP TRIGGER IF EXISTS audit_anchors_no_delete`,
			`DROP TRIGGER IF EXISTS audit_anchors_in_order`}, sql...) {
			if _, err := tx.ExecContext(ctx, q); err != nil {
				return fmt.Errorf("%s: %w", q, err)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// After an archive of 1..40, an attacker with the database key (not the
// audit keys) edits the log or the anchor with plain SQL.
func TestArchiveAnchorTampering(t *testing.T) {
	_, stranger, _ := ed25519.GenerateKey(nil)
	tests := []struct {
		name   string
		sql    []string
		resign func(a archiveStore) // re-signs the stored anchor with the workspace key (a forger who has it)
		seq    int64
		kind   string
		detail string
	}{
		{"delete the first live entry", []string{`DELETE FROM audit_log WHERE seq = 41`}, nil, 41, audit.KindMissing, "entry 41 was removed"},
		{"delete a live entry", []string{`DELETE FROM audit_log WHERE seq = 50`}, nil, 50, audit.KindMissing, ""},
		{"anchor deleted: rows gone without one", []string{`DELETE FROM audit_anchors`}, nil, 1, audit.KindMissing, "entries 1 to 40 were removed"},
		{"anchor hash changed", []string{`UPDATE audit_anchors SET hash = randomblob(32)`}, nil, 40, audit.KindAnchor, "signature is not valid"},
		{"anchor range stretched", []string{`UPDATE audit_anchors SET seq = 45, entries = 45`}, nil, 45, audit.KindAnchor, "signature"},
		{"anchor signed by another key", nil, func(a archiveStore) { resign(a, stranger, nil) }, 40, audit.KindAnchor, "signature is not valid"},
		{"anchor re-signed over another hash", nil, func(a archiveStore) {
			resign(a, a.sign, func(x *audit.Anchor) { x.Hash = bytes.Repeat([]byte{9}, 32) })
		}, 40, audit.KindAnchor, "entry 41, the first after the archive, does not continue from the anchor's hash"},
		{"anchor re-signed not from entry 1", nil, func(a archiveStore) {
			resign(a, a.sign, func(x *audit.Anchor) { x.FirstSeq, x.Entries = 2, 39 })
		}, 40, audit.KindAnchor, "it starts at entry 2"},
		{"first live entry's link edited", []string{`UPDATE audit_log SET prev_hash = randomblob(32) WHERE seq = 41`}, nil, 40, audit.KindAnchor, "does not continue"},
		{"an archived entry put back", []string{`INSERT INTO audit_log(seq, ` + cols + `) SELECT 7, 'back', ` + colsAfterID + ` FROM audit_log WHERE seq = 41`},
			nil, 7, audit.KindInserted, "range an archive took"},
		{"checkpoint below the anchor edited (ignored: the archive has it)", []string{`UPDATE audit_checkpoints SET signature = randomblob(64) WHERE seq < 40`}, nil, 0, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := newArchiveStore(t)
			a.appendMinutes(t, 60)
			if err := a.AuditCheckpointNow(context.Background()); err != nil {
				t.Fatal(err)
			}
			if _, _, err := a.archive(t, minutes(41), 0); err != nil {
				t.Fatal(err)
			}
			if rep := a.verify(t); rep.Problem != nil {
				t.Fatalf("before tampering: %v", rep.Problem)
			}
			if tt.sql != nil {
				tamper(t, a.Store, append([]string{`DROP TRIGGER audit_checkpoints_no_update`}, tt.sql...)...)
			}
			if tt.resign != nil {
				tt.resign(a)
			}
			p := a.verify(t).Problem
			if tt.kind == "" {
				if p != nil {
					t.Fatalf("unexpected %v", p)
				}
				return
			}
			if p == nil || p.Seq != tt.seq || p.Kind != tt.kind || !strings.Contains(p.Error(), tt.detail) {
				t.Fatalf("got %+v, want entry %d %s %q", p, tt.seq, tt.kind, tt.detail)
			}
			t.Log(p.Error())
		})
	}
}

// resign replaces the stored anchor with one edited by edit and signed by key.
func resign(a archiveStore, key ed25519.PrivateKey, edit func(*audit.Anchor)) {
	ctx := context.Background()
	var x audit.Anchor
	var at string
	_ = a.Reader().QueryRowContext(ctx, `SELECT seq, first_seq, entries, prev_hash, hash, at, actor_id, actor_name, file_name, file_sha256
		FROM audit_anchors`).Scan(&x.Seq, &x.FirstSeq, &x.Entries, &x.PrevHash, &x.Hash, &at, &x.ActorID, &x.ActorName, &x.FileName, &x.FileSHA256)
	x.At, _ = time.Parse(time.RFC3339Nano, at)
	if edit != nil {
		edit(&x)
	}
	audit.SignAnchor(key, &x)
	_ = a.Write(ctx, func(tx *store.Tx) error {
		for _, q := range []string{`DROP TRIGGER audit_anchors_no_delete`, `DROP TRIGGER audit_anchors_in_order`, `DELETE FROM audit_anchors`} {
			if _, err := tx.ExecContext(ctx, q); err != nil {
				return err
			}
		}
		_, err := tx.ExecContext(ctx, `INSERT INTO audit_anchors(seq, first_seq, entries, prev_hash, hash, at, actor_id, actor_name,
			file_name, file_sha256, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, x.Seq, x.FirstSeq, x.Entries, x.PrevHash, x.Hash,
			x.At.Format(time.RFC3339Nano), x.ActorID, x.ActorName, x.FileName, x.FileSHA256, x.Signature)
		return err
	})
}

// The triggers keep the log append-only above the newest anchor, and the
// anchors append-only and in order; nothing here needs the audit keys.
func TestArchiveTriggers(t *testing.T) {
	a := newArchiveStore(t)
	ctx := context.Background()
	a.appendMinutes(t, 20)
	exec := func(q string) error {
		return a.Write(ctx, func(tx *store.Tx) error { _, err := tx.ExecContext(ctx, q); return err })
	}
	if err := exec(`DELETE FROM audit_log WHERE seq = 1`); err == nil {
		t.Fatal("deleted an entry no anchor covers")
	}
	if _, _, err := a.archive(t, minutes(11), 0); err != nil {
		t.Fatal(err)
	}
	tests := []struct{ name, sql string }{
		{"delete above the anchor", `DELETE FROM audit_log WHERE seq = 11`},
		{"update an entry", `UPDATE audit_log SET reason = 'x' WHERE seq = 12`},
		{"update the anchor", `UPDATE audit_anchors SET file_name = 'x'`},
		{"delete the anchor", `DELETE FROM audit_anchors`},
		{"anchor out of order", `INSERT INTO audit_anchors SELECT 15, 12, 4, prev_hash, hash, at, actor_id, actor_name, file_name, file_sha256, signature FROM audit_anchors`},
		{"anchor over a hash that is not there", `INSERT INTO audit_anchors(seq, first_seq, entries, prev_hash, hash, at, actor_id, actor_name, file_name, file_sha256, signature)
			SELECT 15, 11, 5, l.prev_hash, randomblob(32), '', '', '', '', randomblob(32), x'' FROM audit_log l WHERE seq = 11`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := exec(tt.sql); err == nil || !strings.Contains(err.Error(), "audit") {
				t.Fatalf("allowed: %v", err)
			}
		})
	}
	if rep := a.verify(t); rep.Problem != nil {
		t.Fatal(rep.Problem)
	}
}

// A range that does not verify is never archived: the reader names the
// entry and nothing changes.
func TestArchiveRefusesTamperedRange(t *testing.T) {
	tests := []struct {
		name string
		sql  string
		want string
	}{
		{"edited entry", `UPDATE audit_log SET reason = 'innocent' WHERE seq = 5`, "Audit entry 5 does not verify (its hash does not match"},
		{"removed entry", `DELETE FROM audit_log WHERE seq = 6`, "Audit entry 6 does not verify (it is missing)"},
		{"broken link", `UPDATE audit_log SET prev_hash = randomblob(32) WHERE seq = 7`, "Audit entry 7 does not verify (it does not continue"},
		{"forged checkpoint", `UPDATE audit_checkpoints SET signature = randomblob(64)`, "Audit entry 8 does not verify (its signed checkpoint"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := newArchiveStore(t)
			a.appendMinutes(t, 8)
			if err := a.AuditCheckpointNow(context.Background()); err != nil { // over entry 8
				t.Fatal(err)
			}
			a.appendMinutes(t, 4)
			tamper(t, a.Store, `DROP TRIGGER audit_checkpoints_no_update`, tt.sql)
			_, _, err := a.archive(t, minutes(10), 0)
			if !apperr.Is(err, apperr.CodeCorrupt) || !strings.Contains(apperr.ToPayload(err).Message, tt.want) {
				t.Fatalf("got %v, want %q", err, tt.want)
			}
			var anchors int
			_ = a.Reader().QueryRowContext(context.Background(), `SELECT count(*) FROM audit_anchors`).Scan(&anchors)
			if anchors != 0 {
				t.Fatal("anchored anyway")
			}
		})
	}
}

// The plan takes the longest run of old entries from the start: an entry
// written under a clock set back does not pull newer ones in.
func TestPlanAuditArchive(t *testing.T) {
	a := newArchiveStore(t)
	ctx := context.Background()
	a.appendMinutes(t, 10) // minutes 1..10
	a.clock.Advance(-30 * time.Minute)
	a.appendMinutes(t, 1) // entry 11 at minute -19
	a.clock.Advance(30 * time.Minute)
	a.appendMinutes(t, 5) // entries 12..16 at minutes 12..16
	tests := []struct {
		name        string
		before      time.Time
		upTo        int64
		first, last int64
	}{
		{"nothing before", minutes(1), 0, 0, 0},
		{"an older entry later in the log is not pulled in", minutes(6), 0, 1, 5},
		{"cut at seq", minutes(9), 3, 1, 3},
		{"the entry under the clock set back is taken in its place", minutes(12), 0, 1, 11},
		{"everything", minutes(100), 0, 1, 16},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := store.PlanAuditArchive(ctx, a.Reader(), tt.before, tt.upTo)
			if err != nil || p.FirstSeq != tt.first || p.LastSeq != tt.last || p.Entries != max(0, tt.last-tt.first+min(tt.first, 1)) || p.Live != 16 && tt.first != 0 {
				t.Fatalf("%+v %v", p, err)
			}
		})
	}
}

// A commit from a stale plan (another archive ran meanwhile) changes nothing.
func TestArchiveCommitConflict(t *testing.T) {
	a := newArchiveStore(t)
	ctx := context.Background()
	a.appendMinutes(t, 10)
	stale, err := store.PlanAuditArchive(ctx, a.Reader(), minutes(5), 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := a.archive(t, minutes(3), 0); err != nil {
		t.Fatal(err)
	}
	before, _ := a.AuditCount(ctx)
	e := &audit.Entry{Category: audit.CatSecurity, Action: "audit.archive", ObjectType: "audit", Outcome: audit.OutcomeSuccess}
	_, err = a.CommitAuditArchive(ctx, store.ArchiveCommit{Plan: stale, FileName: "b.age", FileSHA256: make([]byte, 32), Entry: e})
	if after, _ := a.AuditCount(ctx); !apperr.Is(err, apperr.CodeConflict) || after != before {
		t.Fatalf("%v; %d entries, was %d", err, after, before)
	}
	if rep := a.verify(t); rep.Problem != nil {
		t.Fatal(rep.Problem)
	}
}

func TestAuditRetentionDays(t *testing.T) {
	a := newArchiveStore(t)
	ctx := context.Background()
	if d, err := a.AuditRetentionDays(ctx); d != 0 || err != nil {
		t.Fatalf("default %d %v", d, err)
	}
	_ = a.Write(ctx, func(tx *store.Tx) error { return store.SetAuditRetentionDays(ctx, tx, 90, a.clock.Now()) })
	if d, _ := a.AuditRetentionDays(ctx); d != 90 {
		t.Fatalf("got %d", d)
	}
}
