package store

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"testing"

	"fieldvault/backend/audit"
	"fieldvault/backend/encvfs"
)

// referenceVerify is the plain algorithm: every checkpoint, then every
// entry row by row through one audit.Verifier.
func referenceVerify(t *testing.T, s *Store) audit.Report {
	t.Helper()
	ctx := context.Background()
	v := audit.NewVerifier(s.auditKey, s.AuditPublicKey())
	err := s.Read(ctx, func(tx *Tx) error {
		cps, err := loadCheckpoints(ctx, tx)
		for _, c := range cps {
			v.AddCheckpoint(c)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	lk := &linker{}
	for from := int64(-1 << 62); ; {
		n, last, more, err := feedEntries(ctx, s.reader(), v, from, 1<<62, lk)
		if err != nil {
			t.Fatal(err)
		}
		if !more || n < slowChunk {
			return v.Finish()
		}
		from = last + 1
	}
}

// tamperings are what an attacker with the database key (not the audit
// keys) might do with SQL; %d is a random seq.
var tamperings = []string{
	`UPDATE audit_log SET object_label = object_label || 'x' WHERE seq = %d`,
	`UPDATE audit_log SET actor_name = CAST(x'ff' AS TEXT) WHERE seq = %d`,
	`UPDATE audit_log SET reason = reason || CAST(x'fe' AS TEXT) WHERE seq = %d`,
	`UPDATE audit_log SET at = '2020-01-01T00:00:00.000Z' WHERE seq = %d`,
	`UPDATE audit_log SET at = 'yesterday' WHERE seq = %d`,
	`UPDATE audit_log SET rows = rows + 1 WHERE seq = %d`,
	`UPDATE audit_log SET changes = replace(changes, '"field"', '"FIELD"') WHERE seq = %d`,
	`UPDATE audit_log SET changes = '{broken' WHERE seq = %d`,
	`UPDATE audit_log SET hash = randomblob(32) WHERE seq = %d`,
	`UPDATE audit_log SET prev_hash = randomblob(32) WHERE seq = %d`,
	`DELETE FROM audit_log WHERE seq = %d`,
	`PRAGMA ignore_check_constraints = ON; UPDATE audit_log SET seq = 0 WHERE seq = %d`,
	`DELETE FROM audit_log WHERE seq >= %d`,
	`UPDATE audit_log SET seq = seq + 1000000 WHERE seq = %[1]d; UPDATE audit_log SET seq = %[1]d WHERE seq = %[1]d + 1; UPDATE audit_log SET seq = %[1]d + 1 WHERE seq = %[1]d + 1000000`,
	`UPDATE audit_checkpoints SET signature = randomblob(64) WHERE seq = (SELECT min(seq) FROM audit_checkpoints WHERE seq >= %d)`,
	`UPDATE audit_checkpoints SET seq = seq - 1 WHERE seq = (SELECT min(seq) FROM audit_checkpoints WHERE seq >= %d)`,
}

// The parallel fast path reports exactly what the row-by-row verifier
// reports, on intact logs and after random tampering, with batches small
// enough that a log spans many rounds.
func TestFastVerifyAgreesWithReference(t *testing.T) {
	old := verifyBatchRows
	verifyBatchRows = 7
	defer func() { verifyBatchRows = old }()
	r := rand.New(rand.NewPCG(7, 11))
	values := []any{nil, true, "x < y & z", "Zoë", json.Number("-1.5e3"), []any{"a", json.Number("2")},
		map[string]any{"b": "1", "a": nil}, "\u2028", "tab\tand\nnewline"}
	for round := range 3 * len(tamperings) {
		t.Run(fmt.Sprint(round), func(t *testing.T) {
			_, sign, _ := ed25519.GenerateKey(nil)
			s, err := Open(context.Background(), Options{Path: filepath.Join(t.TempDir(), "a.db"), PageKey: bytes.Repeat([]byte{1}, 32),
				Cipher: encvfs.AES256GCM, Create: true, AuditKey: bytes.Repeat([]byte{2}, 32), AuditSigningKey: sign})
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			n := 20 + r.IntN(60)
			for i := 1; i <= n; i++ {
				e := &audit.Entry{Actor: audit.Actor{UserID: "u", Username: "ana"}, Category: audit.CatData, Action: "contact.update",
					ObjectType: "contact", ObjectID: fmt.Sprint(i), ObjectLabel: fmt.Sprintf("Contact %d <b>", i), Outcome: audit.OutcomeSuccess,
					Changes: []audit.Change{{Field: "a", Before: values[r.IntN(len(values))], After: values[r.IntN(len(values))]},
						{Field: "secret", Masked: true}}}
				if err := s.AuditWrite(context.Background(), e); err != nil {
					t.Fatal(err)
				}
				if i%15 == 0 || i == n {
					if err := s.AuditCheckpointNow(context.Background()); err != nil {
						t.Fatal(err)
					}
				}
			}
			if round > 0 {
				q := fmt.Sprintf(tamperings[round%len(tamperings)], 1+r.Int64N(int64(n))) // every kind, twice or more
				tamper(t, s, q)
			}
			want := referenceVerify(t, s)
			got, err := s.VerifyAudit(context.Background(), nil)
			if err != nil {
				t.Fatal(err)
			}
			if fmt.Sprint(got.Problem) != fmt.Sprint(want.Problem) || got.Entries != want.Entries || got.LastSeq != want.LastSeq ||
				!bytes.Equal(got.LastHash, want.LastHash) || cpSeq(got) != cpSeq(want) {
				t.Fatalf("fast %+v (%v, cp %d)\nwant %+v (%v, cp %d)", got, got.Problem, cpSeq(got), want, want.Problem, cpSeq(want))
			}
			if round == 0 && got.Problem != nil {
				t.Fatalf("an intact log failed: %v", got.Problem)
			}
		})
	}
}

func cpSeq(r audit.Report) int64 {
	if r.LastCheckpoint == nil {
		return 0
	}
	return r.LastCheckpoint.Seq
}

func tamper(t *testing.T, s *Store, q string) {
	t.Helper()
	err := s.Write(context.Background(), func(tx *Tx) error {
		for _, d := range []string{`DROP TRIGGER IF EXISTS audit_log_no_update`, `DROP TRIGGER IF EXISTS audit_log_no_delete`,
			`DROP TRIGGER IF EXISTS audit_checkpoints_no_update`, `DROP TRIGGER IF EXISTS audit_checkpoints_no_delete`, q} {
			if _, err := tx.ExecContext(context.Background(), d); err != nil {
				return fmt.Errorf("%s: %w", d, err)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
