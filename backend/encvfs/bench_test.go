package encvfs_test

import (
	"database/sql"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"testing"

	"fieldvault/backend/encvfs"
)

// BenchmarkStore compares plain modernc SQLite (default VFS) with this VFS
// (AES-256-GCM) on the same schema, WAL, synchronous NORMAL. Operations:
//
//	insert100k  100,000 rows, 1,000 per transaction, prepared statement (fresh DB each op)
//	pointSelect 1,000 lookups by the indexed column k (one op = 1,000 lookups)
//	fullScan    sum(length(v)) over 100,000 rows
//	aggregate   GROUP BY n%100 with avg and count
//
// Run: go test -run '^$' -bench BenchmarkStore -benchtime 3x ./backend/encvfs | bash scripts/benchtable.sh
func BenchmarkStore(b *testing.B) {
	key := make([]byte, 32)
	vfs := registerVFS(b, key, encvfs.AES256GCM)
	variants := []struct{ name, vfs string }{{"plain", ""}, {"encrypted", vfs}}
	dir := b.TempDir()

	// One populated database per variant for the read benchmarks.
	readDBs := map[string]*sql.DB{}
	for _, v := range variants {
		db := openDB(b, storeDSN(filepath.Join(dir, "read-"+v.name+".db"), v.vfs, "WAL"))
		db.SetMaxOpenConns(1)
		fill(b, db)
		readDBs[v.name] = db
	}

	b.Run("insert100k", func(b *testing.B) {
		for _, v := range variants {
			b.Run(v.name, func(b *testing.B) {
				for b.Loop() {
					b.StopTimer()
					db := openDB(b, storeDSN(filepath.Join(b.TempDir(), "ins.db"), v.vfs, "WAL"))
					db.SetMaxOpenConns(1)
					b.StartTimer()
					fill(b, db)
					b.StopTimer()
					db.Close()
					b.StartTimer()
				}
			})
		}
	})
	b.Run("pointSelect", func(b *testing.B) {
		for _, v := range variants {
			b.Run(v.name, func(b *testing.B) {
				db := readDBs[v.name]
				stmt, err := db.Prepare(`SELECT id, v, n FROM t WHERE k = ?`)
				if err != nil {
					b.Fatal(err)
				}
				defer stmt.Close()
				rng := rand.New(rand.NewPCG(1, 2))
				var id, n int
				var s string
				for i := range 1000 { // warm the page cache as later ops find it
					if err := stmt.QueryRow(benchKey(i)).Scan(&id, &s, &n); err != nil {
						b.Fatal(err)
					}
				}
				for b.Loop() {
					for range 1000 {
						if err := stmt.QueryRow(benchKey(rng.IntN(benchRows))).Scan(&id, &s, &n); err != nil {
							b.Fatal(err)
						}
					}
				}
			})
		}
	})
	for _, q := range []struct{ name, sql string }{
		{"fullScan", `SELECT sum(length(v)) FROM t`},
		{"aggregate", `SELECT n % 100, avg(n), count(*) FROM t GROUP BY n % 100`},
	} {
		b.Run(q.name, func(b *testing.B) {
			for _, v := range variants {
				b.Run(v.name, func(b *testing.B) {
					db := readDBs[v.name]
					if _, err := digest(db, q.sql); err != nil { // warm-up run
						b.Fatal(err)
					}
					for b.Loop() {
						rows, err := db.Query(q.sql)
						if err != nil {
							b.Fatal(err)
						}
						cnt := 0
						for rows.Next() {
							cnt++
						}
						if err := rows.Err(); err != nil || cnt == 0 {
							b.Fatal(err, cnt)
						}
						rows.Close()
					}
				})
			}
		})
	}
}

const benchRows = 100_000

func benchKey(i int) string { return fmt.Sprintf("key-%08d", i) }

// fill creates t and inserts benchRows rows, 1,000 per transaction.
func fill(b *testing.B, db *sql.DB) {
	mustExec(b, db, `CREATE TABLE t(id INTEGER PRIMARY KEY, k TEXT UNIQUE, v TEXT, n INTEGER)`)
	val := make([]byte, 100)
	rng := rand.New(rand.NewPCG(3, 4))
	for start := 0; start < benchRows; start += 1000 {
		tx, err := db.Begin()
		if err != nil {
			b.Fatal(err)
		}
		stmt, err := tx.Prepare(`INSERT INTO t(k, v, n) VALUES(?, ?, ?)`)
		if err != nil {
			b.Fatal(err)
		}
		for i := start; i < start+1000; i++ {
			for j := range val {
				val[j] = 'a' + byte(rng.IntN(26))
			}
			if _, err := stmt.Exec(benchKey(i), string(val), i); err != nil {
				b.Fatal(err)
			}
		}
		stmt.Close()
		if err := tx.Commit(); err != nil {
			b.Fatal(err)
		}
	}
}
