package encvfs_test

import (
	"bufio"
	"bytes"
	"database/sql"
	"encoding/hex"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"fieldvault/backend/encvfs"
)

// Environment of the crash child (TestCrashChild).
const (
	envCrashChild = "FIELDVAULT_CRASH_CHILD" // "1" in the child
	envCrashDB    = "FIELDVAULT_CRASH_DB"
	envCrashKey   = "FIELDVAULT_CRASH_KEY" // hex
	envCrashMode  = "FIELDVAULT_CRASH_MODE"
	envCrashKills = "FIELDVAULT_CRASH_KILLS" // kills per journal mode, default 30
)

// TestCrash SIGKILLs a child process that commits numbered transactions at a
// random moment (5-150 ms after start), then opens the database: the
// integrity check must pass and every transaction the child acknowledged
// (after Commit returned) must be there. WAL and rollback (delete) modes.
func TestCrash(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode")
	}
	kills := 30
	if s := os.Getenv(envCrashKills); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 {
			t.Fatalf("%s=%q: want a positive integer", envCrashKills, s)
		}
		kills = n
	}
	for _, mode := range []string{"wal", "delete"} {
		t.Run(mode, func(t *testing.T) {
			key := newKey(t)
			name := registerVFS(t, key, encvfs.AES256GCM)
			path := filepath.Join(t.TempDir(), "crash.db")
			acked := map[int]bool{}
			for round := range kills {
				for _, n := range runCrashChild(t, path, key, mode, time.Duration(5+rand.IntN(146))*time.Millisecond) {
					acked[n] = true
				}
				checkCrashDB(t, storeDSN(path, name, mode), acked, round)
			}
			if len(acked) < kills {
				t.Errorf("only %d transactions acknowledged in %d runs: the child barely ran", len(acked), kills)
			}
			t.Logf("%s: %d kills, %d acknowledged transactions, none lost", mode, kills, len(acked))
		})
	}
}

// runCrashChild starts the child, kills it after delay and returns the
// numbers it acknowledged.
func runCrashChild(t *testing.T, path string, key []byte, mode string, delay time.Duration) []int {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), envCrashChild+"=1", envCrashDB+"="+path,
		envCrashKey+"="+hex.EncodeToString(key), envCrashMode+"="+mode)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var acks []int
	var wg sync.WaitGroup
	wg.Go(func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			if s, ok := strings.CutPrefix(sc.Text(), "ack "); ok {
				if n, err := strconv.Atoi(s); err == nil {
					acks = append(acks, n)
				}
			}
		}
	})
	time.Sleep(delay)
	_ = cmd.Process.Kill() // SIGKILL
	wg.Wait()
	if err := cmd.Wait(); err != nil && !strings.Contains(err.Error(), "killed") {
		t.Fatalf("child: %v\n%s", err, stderr.String())
	}
	if strings.Contains(stderr.String(), "child error") {
		t.Fatalf("child failed:\n%s", stderr.String())
	}
	return acks
}

func checkCrashDB(t *testing.T, dsn string, acked map[int]bool, round int) {
	t.Helper()
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if ic, err := integrity(db); err != nil || ic != "ok" {
		t.Fatalf("round %d: integrity_check %q, %v", round, ic, err)
	}
	present := map[int]bool{}
	rows, err := db.Query(`SELECT n FROM t`)
	if err != nil {
		if len(acked) == 0 && strings.Contains(err.Error(), "no such table") {
			return // killed before the first commit
		}
		t.Fatalf("round %d: %v", round, err)
	}
	for rows.Next() {
		var n int
		if err := rows.Scan(&n); err != nil {
			t.Fatal(err)
		}
		present[n] = true
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	for n := range acked {
		if !present[n] {
			t.Fatalf("round %d: acknowledged transaction %d lost", round, n)
		}
	}
}

// TestCrashChild is the child side of TestCrash; it skips unless run by it.
// It commits transaction n (row n in t plus ~8 KiB in bulk, so a transaction
// spans several pages, and a delete of old bulk rows) and prints "ack n" after
// each Commit returns, until it is killed (or 30 s pass).
func TestCrashChild(t *testing.T) {
	if os.Getenv(envCrashChild) != "1" {
		t.Skip("child of TestCrash")
	}
	fail := func(err error) {
		fmt.Fprintln(os.Stderr, "child error:", err)
		os.Exit(3)
	}
	key, err := hex.DecodeString(os.Getenv(envCrashKey))
	if err != nil {
		fail(err)
	}
	if err := encvfs.Register("crashchild", key, encvfs.AES256GCM); err != nil {
		fail(err)
	}
	db, err := sql.Open("sqlite", storeDSN(os.Getenv(envCrashDB), "crashchild", os.Getenv(envCrashMode)))
	if err != nil {
		fail(err)
	}
	db.SetMaxOpenConns(1)
	if _, err := db.Exec(`CREATE TABLE IF NOT EXISTS t(n INTEGER PRIMARY KEY);
		CREATE TABLE IF NOT EXISTS bulk(id INTEGER PRIMARY KEY, n INT, b BLOB)`); err != nil {
		fail(err)
	}
	var n int
	if err := db.QueryRow(`SELECT coalesce(max(n), 0) FROM t`).Scan(&n); err != nil {
		fail(err)
	}
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); {
		n++
		tx, err := db.Begin()
		if err != nil {
			fail(err)
		}
		for _, q := range []string{
			`INSERT INTO t(n) VALUES(?1)`,
			`INSERT INTO bulk(n, b) SELECT ?1, randomblob(2048) FROM (SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4)`,
			`DELETE FROM bulk WHERE n < ?1 - 100`,
		} {
			if _, err := tx.Exec(q, n); err != nil {
				fail(err)
			}
		}
		if err := tx.Commit(); err != nil {
			fail(err)
		}
		fmt.Printf("ack %d\n", n)
	}
}
