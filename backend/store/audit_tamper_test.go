package store_test

import (
	"context"
	"testing"

	"fieldvault/backend/audit"
	"fieldvault/backend/store"
	"fieldvault/backend/testutil"
)

// cols lists audit_log's columns but seq, for copying rows in SQL.
const cols = `id, at, actor_id, actor_name, actor_role, device_id, hostname, os_user, app_version,
	session_hash, category, action, object_type, object_id, object_label, changes, outcome, reason, rows, prev_hash, hash`

// An attacker who has the database key (but not the audit keys) edits the
// log with plain SQL, after dropping the append-only triggers.
func TestVerifyAuditCatchesTampering(t *testing.T) {
	const n = 20 // entries; a checkpoint covers entry 20
	tests := []struct {
		name string
		sql  []string
		seq  int64
		kind string
	}{
		{"edit label", []string{`UPDATE audit_log SET object_label = 'Innocent' WHERE seq = 7`}, 7, audit.KindEdited},
		{"edit role snapshot", []string{`UPDATE audit_log SET actor_role = 'Support Agent' WHERE seq = 7`}, 7, audit.KindEdited},
		{"edit time", []string{`UPDATE audit_log SET at = '2020-01-01T00:00:00.000Z' WHERE seq = 7`}, 7, audit.KindEdited},
		{"edit outcome", []string{`UPDATE audit_log SET outcome = 'denied' WHERE seq = 7`}, 7, audit.KindEdited},
		{"edit rows", []string{`UPDATE audit_log SET rows = 99 WHERE seq = 7`}, 7, audit.KindEdited},
		{"edit a change", []string{`UPDATE audit_log SET changes = replace(changes, '"name"', '"nome"') WHERE seq = 7`}, 7, audit.KindEdited},
		{"changes made unreadable", []string{`UPDATE audit_log SET changes = '{not json' WHERE seq = 7`}, 7, audit.KindEdited},
		{"changes emptied", []string{`UPDATE audit_log SET changes = '[]' WHERE seq = 7`}, 7, audit.KindEdited},
		{"hash replaced", []string{`UPDATE audit_log SET hash = randomblob(32) WHERE seq = 7`}, 7, audit.KindEdited},
		{"delete in the middle", []string{`DELETE FROM audit_log WHERE seq = 7`}, 7, audit.KindMissing},
		{"delete the first", []string{`DELETE FROM audit_log WHERE seq = 1`}, 1, audit.KindMissing},
		{"delete the last 3", []string{`DELETE FROM audit_log WHERE seq > 17`}, 18, audit.KindTruncated},
		{"insert a forged entry", []string{
			`UPDATE audit_log SET seq = seq + 1000000 WHERE seq >= 8`,
			`UPDATE audit_log SET seq = seq - 999999 WHERE seq >= 1000000`,
			`INSERT INTO audit_log(seq, ` + cols + `) SELECT 8, 'forged', at, actor_id, actor_name, actor_role, device_id,
				hostname, os_user, app_version, session_hash, category, 'contact.delete', object_type, object_id, 'Forged',
				changes, outcome, reason, rows, hash, randomblob(32) FROM audit_log WHERE seq = 7`,
		}, 8, audit.KindInserted},
		{"replay an old entry", []string{
			`UPDATE audit_log SET seq = seq + 1000000 WHERE seq >= 8`,
			`UPDATE audit_log SET seq = seq - 999999 WHERE seq >= 1000000`,
			`INSERT INTO audit_log(seq, ` + cols + `) SELECT 8, 'replayed', ` + colsAfterID + ` FROM audit_log WHERE seq = 3`,
		}, 8, audit.KindInserted},
		{"swap two entries", []string{
			`UPDATE audit_log SET seq = 1000007 WHERE seq = 7`,
			`UPDATE audit_log SET seq = 7 WHERE seq = 8`,
			`UPDATE audit_log SET seq = 8 WHERE seq = 1000007`,
		}, 7, audit.KindReordered},
		{"checkpoint signature", []string{`UPDATE audit_checkpoints SET signature = randomblob(64) WHERE seq = 20`}, 20, audit.KindCheckpoint},
		{"checkpoint moved", []string{`UPDATE audit_checkpoints SET seq = 19 WHERE seq = 20`}, 19, audit.KindCheckpoint},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := testutil.OpenStore(t)
			ctx := context.Background()
			appendN(t, s, n)
			if err := s.AuditCheckpointNow(ctx); err != nil {
				t.Fatal(err)
			}
			if rep, err := s.VerifyAudit(ctx, nil); err != nil || rep.Problem != nil || rep.Entries != n {
				t.Fatalf("before tampering: %+v %v", rep, err)
			}
			err := s.Write(ctx, func(tx *store.Tx) error {
				for _, q := range append([]string{
					`DROP TRIGGER audit_log_no_update`, `DROP TRIGGER audit_log_no_delete`,
					`DROP TRIGGER audit_checkpoints_no_update`, `DROP TRIGGER audit_checkpoints_no_delete`,
				}, tt.sql...) {
					if _, err := tx.ExecContext(ctx, q); err != nil {
						return err
					}
				}
				return nil
			})
			if err != nil {
				t.Fatalf("tampering: %v", err)
			}
			rep, err := s.VerifyAudit(ctx, nil)
			if err != nil {
				t.Fatalf("a tampered log is a report, not an error: %v", err)
			}
			p := rep.Problem
			if p == nil || p.Seq != tt.seq || p.Kind != tt.kind {
				t.Fatalf("got %+v, want entry %d %s", p, tt.seq, tt.kind)
			}
			// the verified prefix stops right before the bad entry
			if tt.kind != audit.KindCheckpoint && (rep.LastSeq != tt.seq-1 || rep.Entries != tt.seq-1) {
				t.Fatalf("verified %d entries up to %d", rep.Entries, rep.LastSeq)
			}
			t.Log(p.Error())
		})
	}
}

const colsAfterID = `at, actor_id, actor_name, actor_role, device_id, hostname, os_user, app_version,
	session_hash, category, action, object_type, object_id, object_label, changes, outcome, reason, rows, prev_hash, hash`
