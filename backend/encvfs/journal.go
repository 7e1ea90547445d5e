package encvfs

import (
	"encoding/binary"

	"modernc.org/libc"
	sqlite3 "modernc.org/sqlite/lib"
)

// A rollback journal is headers (plaintext) and records of
// [4-byte page number][page image][4-byte checksum]; with the 512-byte
// journal header and 4096-byte pages every page image starts at offset%8 == 4
// and is read and written as one PageSize call. Only page images are sealed.

func isJournalPage(n int, off int64) bool { return n == PageSize && off%8 == 4 }

// readJournal decrypts page images. One that fails authentication (a torn
// record after a crash, or tampering) is recorded and returned as zeros:
// SQLite's record checksum then rejects it and ends the rollback there, as it
// does for a torn plaintext record.
func (f *fileState) readJournal(tls *libc.TLS, zBuf uintptr, n int, off int64) int32 {
	rc := f.sub.readAt(tls, zBuf, n, off)
	if rc != sqlite3.SQLITE_OK || !isJournalPage(n, off) {
		return rc
	}
	buf := bytesAt(zBuf, PageSize)
	if !f.k.open(buf, f.bufs.setAAD(aadJournal, uint64(off))) {
		clear(buf)
		var pgno uint32
		if f.sub.readAt(tls, f.scratch, 4, off-4) == sqlite3.SQLITE_OK {
			pgno = binary.BigEndian.Uint32(bytesAt(f.scratch, 4))
		}
		f.v.recordPageError(pgno, KindJournal)
	}
	return sqlite3.SQLITE_OK
}

// writeJournal seals page images and passes everything else through.
func (f *fileState) writeJournal(tls *libc.TLS, zBuf uintptr, n int, off int64) int32 {
	if !isJournalPage(n, off) {
		return f.sub.writeAt(tls, zBuf, n, off)
	}
	f.k.seal(&f.bufs, bytesAt(f.scratch, PageSize), bytesAt(zBuf, PageSize), f.bufs.setAAD(aadJournal, uint64(off)))
	return f.sub.writeAt(tls, f.scratch, n, off)
}
