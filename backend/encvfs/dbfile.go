package encvfs

import (
	"bytes"

	"modernc.org/libc"
	sqlite3 "modernc.org/sqlite/lib"
)

// page1Cache keeps the last authenticated page 1, keyed by its ciphertext.
// SQLite re-reads the 16-byte change counter of page 1 at the start of every
// read transaction in rollback-journal mode; comparing 4 KiB of ciphertext is
// far cheaper than authenticating it again. Equal ciphertext under the same
// key and AAD authenticates to the same plaintext, so the cache is exact.
type page1Cache struct {
	valid bool
	ct    [PageSize]byte
	pt    [PageSize]byte
}

// readDB serves a read of the main database. Whole pages are decrypted in
// place; smaller reads (the header) decrypt the containing page in scratch.
// A read that spans two pages is refused: with a 4096-byte page SQLite never
// does one. A page that fails authentication is recorded for LastPageError and
// reported as SQLITE_NOTADB (page 1: wrong key or not ours) or
// SQLITE_IOERR_DATA; a partial page at the end of a truncated file likewise.
func (f *fileState) readDB(tls *libc.TLS, zBuf uintptr, n int, off int64) int32 {
	pg := off / PageSize
	if (off+int64(n)-1)/PageSize != pg {
		return sqlite3.SQLITE_IOERR_READ
	}
	whole := n == PageSize
	dst := zBuf
	if !whole {
		dst = f.scratch
	}
	rc := f.sub.readAt(tls, dst, PageSize, pg*PageSize)
	if rc == sqlite3.SQLITE_IOERR_SHORT_READ {
		size, rc2 := f.sub.fileSize(tls)
		if rc2 != sqlite3.SQLITE_OK {
			return rc2
		}
		if size > pg*PageSize { // part of the page exists: truncated file
			return f.pageFailed(pg)
		}
		clear(bytesAt(zBuf, n)) // wholly past EOF: zeros, as SQLite expects
		return rc
	}
	if rc != sqlite3.SQLITE_OK {
		return rc
	}
	page := bytesAt(dst, PageSize)
	if !f.openDBPage(page, pg) {
		return f.pageFailed(pg)
	}
	if !whole {
		copy(bytesAt(zBuf, n), page[off-pg*PageSize:])
	}
	return sqlite3.SQLITE_OK
}

// openDBPage authenticates and decrypts database page index pg (0-based) in
// place, using the page 1 cache for pg 0.
func (f *fileState) openDBPage(page []byte, pg int64) bool {
	if pg != 0 {
		return f.k.open(page, f.bufs.setAAD(aadDB, uint64(pg+1)))
	}
	c := f.p1
	if c.valid && bytes.Equal(page, c.ct[:]) {
		copy(page, c.pt[:])
		return true
	}
	copy(c.ct[:], page)
	c.valid = f.k.open(page, f.bufs.setAAD(aadDB, 1))
	if c.valid {
		copy(c.pt[:], page)
	}
	return c.valid
}

func (f *fileState) pageFailed(pg int64) int32 {
	f.v.recordPageError(uint32(pg+1), KindDatabase)
	if pg == 0 {
		return sqlite3.SQLITE_NOTADB
	}
	return sqlite3.SQLITE_IOERR_DATA
}

// writeDB seals one whole, aligned page and writes it. Anything else, and a
// page 1 whose header declares another page size or reserve, is refused with
// SQLITE_IOERR_WRITE before anything reaches the file.
func (f *fileState) writeDB(tls *libc.TLS, zBuf uintptr, n int, off int64) int32 {
	if n != PageSize || off%PageSize != 0 {
		return sqlite3.SQLITE_IOERR_WRITE
	}
	src := bytesAt(zBuf, PageSize)
	if off == 0 && !f.k.headerOK(src) {
		return sqlite3.SQLITE_IOERR_WRITE
	}
	pg := off / PageSize
	ct := bytesAt(f.scratch, PageSize)
	f.k.seal(&f.bufs, ct, src, f.bufs.setAAD(aadDB, uint64(pg+1)))
	rc := f.sub.writeAt(tls, f.scratch, PageSize, off)
	if pg == 0 {
		c := f.p1
		c.valid = rc == sqlite3.SQLITE_OK
		copy(c.ct[:], ct)
		copy(c.pt[:], src)
		clear(c.pt[f.k.usable:])
	}
	return rc
}
