package encvfs_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"fieldvault/backend/encvfs"
)

const marker = "PLAINTEXTMARKER"

// TestRoundTrip writes, updates, searches (FTS5) and VACUUMs in every journal
// mode with both ciphers, and checks that the database, its WAL and its
// rollback journal never hold plaintext: while a transaction is open, while
// the WAL still holds frames, and after close. Temp files go to disk
// (temp_store FILE) so their encryption is exercised too.
func TestRoundTrip(t *testing.T) {
	for _, c := range []encvfs.Cipher{encvfs.AES256GCM, encvfs.XChaCha20Poly1305} {
		for _, tc := range []struct {
			mode        string
			wantJournal bool // a -journal file exists while a write tx is open
			wantWAL     bool
		}{
			{"wal", false, true},
			{"delete", true, false},
			{"truncate", true, false},
			{"persist", true, false},
			{"memory", false, false},
		} {
			t.Run(c.String()+"/"+tc.mode, func(t *testing.T) {
				key := newKey(t)
				name := registerVFS(t, key, c)
				path := filepath.Join(t.TempDir(), "rt.db")
				dsn := storeDSN(path, name, tc.mode, "_pragma=temp_store(FILE)")
				db := openDB(t, dsn)
				db.SetMaxOpenConns(1)
				mustExec(t, db, `CREATE TABLE c(id INTEGER PRIMARY KEY, v TEXT); CREATE VIRTUAL TABLE f USING fts5(v)`)
				tx, err := db.Begin()
				if err != nil {
					t.Fatal(err)
				}
				for i := range 3000 {
					v := fmt.Sprintf("%s %d %s", marker, i, strings.Repeat("z", i%300))
					mustExec(t, tx, `INSERT INTO c(v) VALUES(?)`, v)
					mustExec(t, tx, `INSERT INTO f(v) VALUES(?)`, v)
				}
				if err := tx.Commit(); err != nil {
					t.Fatal(err)
				}

				// Rewrite pages holding the marker and look at the files mid-transaction.
				tx, err = db.Begin()
				if err != nil {
					t.Fatal(err)
				}
				mustExec(t, tx, `UPDATE c SET v = v || ' updated' WHERE id <= 1500`)
				mustExec(t, tx, `CREATE TEMP TABLE s AS SELECT v FROM c ORDER BY v DESC`)
				journal := readRaw(t, path+"-journal")
				if tc.wantJournal && len(journal) == 0 {
					t.Errorf("expected a rollback journal during the transaction")
				}
				assertCiphertext(t, "db mid-tx", readRaw(t, path), marker)
				assertCiphertext(t, "journal mid-tx", journal, marker)
				assertCiphertext(t, "wal mid-tx", readRaw(t, path+"-wal"), marker)
				mustExec(t, tx, `DROP TABLE s`)
				if err := tx.Commit(); err != nil {
					t.Fatal(err)
				}

				var n int
				if err := db.QueryRow(`SELECT count(*) FROM f WHERE f MATCH 'plaintextmarker'`).Scan(&n); err != nil || n != 3000 {
					t.Fatalf("fts: n=%d err=%v", n, err)
				}
				if ic, err := integrity(db); err != nil || ic != "ok" {
					t.Fatalf("integrity_check: %q %v", ic, err)
				}
				mustExec(t, db, `VACUUM`)
				want, err := digest(db, `SELECT id, v FROM c ORDER BY id`)
				if err != nil {
					t.Fatal(err)
				}
				wal := readRaw(t, path+"-wal")
				if tc.wantWAL && len(wal) == 0 {
					t.Errorf("expected WAL frames before close")
				}
				assertCiphertext(t, "wal before close", wal, marker)
				assertCiphertext(t, "db before close", readRaw(t, path), marker)
				assertCiphertext(t, "journal before close", readRaw(t, path+"-journal"), marker)
				if err := db.Close(); err != nil {
					t.Fatal(err)
				}
				for _, suffix := range []string{"", "-wal", "-journal"} {
					assertCiphertext(t, "after close: file"+suffix, readRaw(t, path+suffix), marker)
				}
				if pages, err := encvfs.VerifyFile(path, key, c); err != nil || pages < 10 {
					t.Fatalf("VerifyFile: pages=%d err=%v", pages, err)
				}

				db = openDB(t, dsn)
				got, err := digest(db, `SELECT id, v FROM c ORDER BY id`)
				if err != nil || got != want {
					t.Fatalf("reopen: digest mismatch (err %v)", err)
				}
				db.Close()
			})
		}
	}
}
