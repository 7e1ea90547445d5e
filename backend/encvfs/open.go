package encvfs

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"

	"modernc.org/libc"
	sqlite3 "modernc.org/sqlite/lib"
)

// Kinds of file, from the xOpen flags; they decide how pages are sealed.
const (
	kindPlain   = iota // super-journal: file names only, stays plaintext
	kindDB             // main database
	kindJournal        // rollback journal
	kindWAL            // write-ahead log
	kindTemp           // temp DB, transient DB, temp journal, subjournal
)

// fileState is the Go side of one open file. SQLite serialises the calls on a
// single sqlite3_file, so its scratch buffers need no lock.
type fileState struct {
	v       *vfsState
	k       *codec
	kind    int
	sub     subIO
	scratch uintptr // C memory for ciphertext, scrLen bytes (>= 2 pages)
	scrLen  int
	bufs    pageBufs
	ctr     cipher.Block // temp files: AES under a random per-file key
	p1      *page1Cache  // main database only
}

// xOpen opens zName with the base VFS into the tail of pFile and puts our io
// methods in front. A new, empty main database gets an encrypted empty page 1
// (see initIfEmpty) unless the URI has encvfs_notemplate=1, which is only
// valid when SQLite copies the reserve from an encrypted source (VACUUM INTO,
// backup).
func xOpen(tls *libc.TLS, pVfs, zName, pFile uintptr, flags int32, pOutFlags uintptr) int32 {
	setFile(pFile, 0, 0) // SQLite calls xClose only if pMethods is set
	v := vfsByID((*sqlite3.Tsqlite3_vfs)(cptr(pVfs)).FpAppData)
	if v == nil {
		return sqlite3.SQLITE_CANTOPEN
	}
	sub := pFile + hdrSize
	bv := (*sqlite3.Tsqlite3_vfs)(cptr(v.base))
	rc := gofn[func(*libc.TLS, uintptr, uintptr, uintptr, int32, uintptr) int32](bv.FxOpen)(tls, v.base, zName, sub, flags, pOutFlags)
	if rc != sqlite3.SQLITE_OK || *(*uintptr)(cptr(sub)) == 0 {
		return rc
	}
	f := &fileState{v: v, k: v.codec, kind: kindOf(flags), sub: newSubIO(sub)}
	if f.kind == kindTemp {
		var key [32]byte
		rand.Read(key[:])
		f.ctr, _ = aes.NewCipher(key[:]) // a 32-byte key cannot fail
	}
	if f.kind == kindDB {
		f.p1 = new(page1Cache)
	}
	f.scrLen = 2 * PageSize
	f.scratch = libc.Xmalloc(tls, uint64(f.scrLen))
	h := uint32(0)
	if f.scratch != 0 {
		h = handles.add(f)
	}
	if h == 0 {
		libc.Xfree(tls, f.scratch)
		f.sub.close(tls)
		return sqlite3.SQLITE_NOMEM
	}
	v.open.Add(1)
	setFile(pFile, ioMethods, h)

	if f.kind == kindDB && flags&sqlite3.SQLITE_OPEN_READWRITE != 0 && !uriBool(tls, zName, "encvfs_notemplate") {
		if rc := f.initIfEmpty(tls); rc != sqlite3.SQLITE_OK {
			xClose(tls, pFile)
			setFile(pFile, 0, 0)
			return rc
		}
	}
	return sqlite3.SQLITE_OK
}

func kindOf(flags int32) int {
	switch {
	case flags&sqlite3.SQLITE_OPEN_MAIN_DB != 0:
		return kindDB
	case flags&sqlite3.SQLITE_OPEN_MAIN_JOURNAL != 0:
		return kindJournal
	case flags&sqlite3.SQLITE_OPEN_WAL != 0:
		return kindWAL
	case flags&(sqlite3.SQLITE_OPEN_TEMP_DB|sqlite3.SQLITE_OPEN_TRANSIENT_DB|
		sqlite3.SQLITE_OPEN_TEMP_JOURNAL|sqlite3.SQLITE_OPEN_SUBJOURNAL) != 0:
		return kindTemp
	}
	return kindPlain
}

func uriBool(tls *libc.TLS, zName uintptr, param string) bool {
	if zName == 0 {
		return false
	}
	cp, err := libc.CString(param)
	if err != nil {
		return false
	}
	defer libc.Xfree(tls, cp)
	return sqlite3.Xsqlite3_uri_boolean(tls, zName, cp, 0) != 0
}

// initIfEmpty writes an encrypted empty page 1 that declares our reserve, if
// the file is empty, so SQLite leaves room for nonce and tag on every page.
// The VFS-wide lock keeps two connections from both initialising one file.
func (f *fileState) initIfEmpty(tls *libc.TLS) int32 {
	f.v.initMu.Lock()
	defer f.v.initMu.Unlock()
	size, rc := f.sub.fileSize(tls)
	if rc != sqlite3.SQLITE_OK || size != 0 {
		return rc
	}
	buf := libc.Xmalloc(tls, PageSize)
	if buf == 0 {
		return sqlite3.SQLITE_NOMEM
	}
	defer libc.Xfree(tls, buf)
	copy(bytesAt(buf, PageSize), EmptyPage1(PageSize, f.k.reserve))
	return f.writeDB(tls, buf, PageSize, 0)
}

// ensureScratch grows the scratch buffer to at least n bytes.
func (f *fileState) ensureScratch(tls *libc.TLS, n int) bool {
	if n <= f.scrLen {
		return true
	}
	p := libc.Xrealloc(tls, f.scratch, uint64(n))
	if p == 0 {
		return false
	}
	f.scratch, f.scrLen = p, n
	return true
}
