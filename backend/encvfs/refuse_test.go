package encvfs_test

import (
	"path/filepath"
	"testing"

	"fieldvault/backend/encvfs"
)

// TestRefusePageSizeChange: PRAGMA page_size=8192 followed by VACUUM must not
// change the page size. In rollback mode SQLite tries and gets an I/O error;
// in WAL mode SQLite ignores it. Either way the data stays intact.
func TestRefusePageSizeChange(t *testing.T) {
	for _, tc := range []struct {
		mode    string
		wantErr bool
	}{
		{"delete", true},
		{"wal", false},
	} {
		t.Run(tc.mode, func(t *testing.T) {
			key := newKey(t)
			name := registerVFS(t, key, encvfs.AES256GCM)
			path := filepath.Join(t.TempDir(), "ps.db")
			dsn := storeDSN(path, name, tc.mode)
			db := openDB(t, dsn)
			db.SetMaxOpenConns(1)
			mustExec(t, db, `CREATE TABLE t(id INTEGER PRIMARY KEY, v TEXT);
				WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM s WHERE i < 2000)
				INSERT INTO t(v) SELECT printf('%.*c', 100, 'p') || i FROM s`)
			want, err := digest(db, `SELECT * FROM t ORDER BY id`)
			if err != nil {
				t.Fatal(err)
			}
			mustExec(t, db, `PRAGMA page_size=8192`)
			_, err = db.Exec(`VACUUM`)
			if tc.wantErr && err == nil {
				t.Fatal("VACUUM to page_size 8192 succeeded")
			}
			if !tc.wantErr && err != nil {
				t.Fatalf("VACUUM: %v", err)
			}
			db.Close()

			db = openDB(t, dsn)
			var ps int
			if err := db.QueryRow(`PRAGMA page_size`).Scan(&ps); err != nil || ps != encvfs.PageSize {
				t.Fatalf("page_size = %d, %v", ps, err)
			}
			if got, err := digest(db, `SELECT * FROM t ORDER BY id`); err != nil || got != want {
				t.Fatalf("data changed (err %v)", err)
			}
			if ic, err := integrity(db); err != nil || ic != "ok" {
				t.Fatalf("integrity_check %q %v", ic, err)
			}
			db.Close()
			if _, err := encvfs.VerifyFile(path, key, encvfs.AES256GCM); err != nil {
				t.Fatal(err)
			}
		})
	}
}

// TestNoTemplate: with encvfs_notemplate=1 SQLite itself creates page 1 with
// no reserve; the VFS refuses to write it. The flag's legitimate use, VACUUM
// INTO an encrypted target (reserve copied from the source), works.
func TestNoTemplate(t *testing.T) {
	key := newKey(t)
	name := registerVFS(t, key, encvfs.AES256GCM)
	dir := t.TempDir()

	db := openDB(t, storeDSN(filepath.Join(dir, "empty.db"), name, "delete", "encvfs_notemplate=1"))
	if _, err := db.Exec(`CREATE TABLE z(a)`); err == nil {
		t.Fatal("created a database without reserved bytes")
	}
	db.Close()

	src := openDB(t, storeDSN(filepath.Join(dir, "src.db"), name, "wal"))
	mustExec(t, src, `CREATE TABLE t(v); INSERT INTO t VALUES('copied')`)
	dst := filepath.Join(dir, "copy.db")
	mustExec(t, src, `VACUUM INTO ?`, "file:"+dst+"?vfs="+name+"&encvfs_notemplate=1")
	src.Close()
	if _, err := encvfs.VerifyFile(dst, key, encvfs.AES256GCM); err != nil {
		t.Fatalf("VACUUM INTO target: %v", err)
	}
	cp := openDB(t, storeDSN(dst, name, "wal"))
	var v string
	if err := cp.QueryRow(`SELECT v FROM t`).Scan(&v); err != nil || v != "copied" {
		t.Fatalf("copy: %q %v", v, err)
	}
	cp.Close()
}
