package store_test

import (
	"context"
	"fmt"
	"testing"

	"fieldvault/backend/testutil"
)

func TestAuditCheckpoints(t *testing.T) {
	s := testutil.OpenStore(t, fixedClock(clockTime))
	ctx := context.Background()
	appendN(t, s, 2500)
	var seqs []int64
	rows, err := s.Reader().QueryContext(ctx, `SELECT c.seq FROM audit_checkpoints c JOIN audit_log l ON l.seq = c.seq AND l.hash = c.last_hash ORDER BY c.seq`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var q int64
		_ = rows.Scan(&q)
		seqs = append(seqs, q)
	}
	rows.Close()
	if fmt.Sprint(seqs) != "[1000 2000]" {
		t.Fatalf("checkpoints matching their entry at %v", seqs)
	}
	var calls [][2]int64
	rep, err := s.VerifyAudit(ctx, func(done, total int64) { calls = append(calls, [2]int64{done, total}) })
	if err != nil || rep.Problem != nil || rep.Entries != 2500 || rep.LastSeq != 2500 || rep.LastCheckpoint == nil || rep.LastCheckpoint.Seq != 2000 {
		t.Fatalf("%+v %v", rep, err)
	}
	if fmt.Sprint(calls) != "[[2500 2500]]" {
		t.Fatalf("progress calls %v", calls)
	}
	if n, err := s.AuditCount(ctx); n != 2500 || err != nil {
		t.Fatalf("count %d %v", n, err)
	}
	// a checkpoint on demand covers the tail, once
	for range 2 {
		if err := s.AuditCheckpointNow(ctx); err != nil {
			t.Fatal(err)
		}
	}
	rep, _ = s.VerifyAudit(ctx, nil)
	if rep.Problem != nil || rep.LastCheckpoint == nil || rep.LastCheckpoint.Seq != 2500 {
		t.Fatalf("%+v", rep)
	}
}

func TestVerifyAuditProgressAndEmptyLog(t *testing.T) {
	s := testutil.OpenStore(t)
	ctx := context.Background()
	rep, err := s.VerifyAudit(ctx, nil)
	if err != nil || rep.Problem != nil || rep.Entries != 0 {
		t.Fatalf("empty log: %+v %v", rep, err)
	}
	if err := s.AuditCheckpointNow(ctx); err != nil {
		t.Fatalf("checkpoint of an empty log: %v", err)
	}
	appendN(t, s, 25_000)
	var calls []int64
	rep, err = s.VerifyAudit(ctx, func(done, total int64) {
		if total != 25_000 {
			t.Errorf("total %d", total)
		}
		calls = append(calls, done)
	})
	if err != nil || rep.Problem != nil || rep.Entries != 25_000 {
		t.Fatalf("%+v %v", rep, err)
	}
	if fmt.Sprint(calls) != "[10000 20000 25000]" {
		t.Fatalf("progress calls %v", calls)
	}
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := s.VerifyAudit(cctx, nil); err == nil {
		t.Fatal("a cancelled verification returned no error")
	}
}
