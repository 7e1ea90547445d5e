package encvfs

import (
	"crypto/cipher"
	"encoding/binary"

	"modernc.org/libc"
	sqlite3 "modernc.org/sqlite/lib"
)

// Temp files (sorts, temp tables, subjournals, VACUUM's copy) live no longer
// than the connection and need no integrity, only secrecy: AES-256-CTR under
// a random per-file key, counter = offset/16, so any byte range can be read
// or written without a page structure.

// ctrXOR applies the keystream for absolute file offset off to b.
func (f *fileState) ctrXOR(b []byte, off int64) {
	var iv [16]byte
	binary.BigEndian.PutUint64(iv[8:], uint64(off/16))
	s := cipher.NewCTR(f.ctr, iv[:])
	if skip := int(off % 16); skip > 0 {
		var junk [16]byte
		s.XORKeyStream(junk[:skip], junk[:skip])
	}
	s.XORKeyStream(b, b)
}

// readTemp decrypts what exists; on a short read the zero tail past EOF stays
// zero, as SQLite expects.
func (f *fileState) readTemp(tls *libc.TLS, zBuf uintptr, n int, off int64) int32 {
	rc := f.sub.readAt(tls, zBuf, n, off)
	switch rc {
	case sqlite3.SQLITE_OK:
		f.ctrXOR(bytesAt(zBuf, n), off)
	case sqlite3.SQLITE_IOERR_SHORT_READ:
		if size, rc2 := f.sub.fileSize(tls); rc2 == sqlite3.SQLITE_OK && size > off {
			f.ctrXOR(bytesAt(zBuf, int(min(size-off, int64(n)))), off)
		}
	}
	return rc
}

func (f *fileState) writeTemp(tls *libc.TLS, zBuf uintptr, n int, off int64) int32 {
	if !f.ensureScratch(tls, n) {
		return sqlite3.SQLITE_NOMEM
	}
	dst := bytesAt(f.scratch, n)
	copy(dst, bytesAt(zBuf, n))
	f.ctrXOR(dst, off)
	return f.sub.writeAt(tls, f.scratch, n, off)
}
