package encvfs

import (
	"encoding/binary"

	"modernc.org/libc"
	sqlite3 "modernc.org/sqlite/lib"
)

// A WAL file is a 32-byte header, then frames of a 24-byte header and a page.
// Only the page part of a frame is sealed (AAD = 'W' || frame offset); the
// headers, with SQLite's own salts and checksums, stay plaintext.
const (
	walHdr      = 32
	walFrameHdr = 24
	walFrame    = walFrameHdr + PageSize
)

// walPageRegions calls fn for every frame page lying fully inside
// [off, off+n), with the page's position relative to off and the frame's file
// offset. It returns false, having possibly called fn for earlier pages, if
// the range covers only part of some page: SQLite never does that.
func walPageRegions(off int64, n int, fn func(rel int, frameOff int64)) bool {
	end := off + int64(n)
	k := int64(0)
	if off > walHdr {
		k = (off - walHdr) / walFrame
	}
	for ; ; k++ {
		frame := walHdr + k*walFrame
		ps := frame + walFrameHdr
		if ps >= end {
			return true
		}
		pe := ps + PageSize
		if pe <= off {
			continue
		}
		if ps < off || pe > end {
			return false
		}
		fn(int(ps-off), frame)
	}
}

// readWAL decrypts every frame page in the range. When SQLite reads a frame
// header together with its page (recovery after a crash), a page that fails
// authentication is a torn frame: it is recorded and returned as zeros, so
// SQLite's frame checksum rejects it and recovery stops there. A page read on
// its own (a committed frame) that fails is SQLITE_IOERR_DATA.
func (f *fileState) readWAL(tls *libc.TLS, zBuf uintptr, n int, off int64) int32 {
	rc := f.sub.readAt(tls, zBuf, n, off)
	if rc != sqlite3.SQLITE_OK {
		return rc
	}
	buf := bytesAt(zBuf, n)
	withHdr := n > PageSize
	bad := false
	ok := walPageRegions(off, n, func(rel int, frame int64) {
		pg := buf[rel : rel+PageSize]
		if f.k.open(pg, f.bufs.setAAD(aadWAL, uint64(frame))) {
			return
		}
		var pgno uint32
		if withHdr && rel >= walFrameHdr {
			pgno = binary.BigEndian.Uint32(buf[rel-walFrameHdr:])
		} else if f.sub.readAt(tls, f.scratch, 4, frame) == sqlite3.SQLITE_OK {
			pgno = binary.BigEndian.Uint32(bytesAt(f.scratch, 4))
		}
		f.v.recordPageError(pgno, KindWAL)
		if withHdr {
			clear(pg)
		} else {
			bad = true
		}
	})
	switch {
	case !ok:
		return sqlite3.SQLITE_IOERR_READ
	case bad:
		return sqlite3.SQLITE_IOERR_DATA
	}
	return sqlite3.SQLITE_OK
}

// writeWAL seals every frame page in the range. A WAL header declaring another
// page size, a frame page with a non-zero reserve, a page 1 with the wrong
// header, or a partial page is refused with SQLITE_IOERR_WRITE.
func (f *fileState) writeWAL(tls *libc.TLS, zBuf uintptr, n int, off int64) int32 {
	if off == 0 && n >= 12 && binary.BigEndian.Uint32(bytesAt(zBuf, 12)[8:]) != PageSize {
		return sqlite3.SQLITE_IOERR_WRITE
	}
	if !f.ensureScratch(tls, n) {
		return sqlite3.SQLITE_NOMEM
	}
	src, dst := bytesAt(zBuf, n), bytesAt(f.scratch, n)
	sealed, bad := false, false
	ok := walPageRegions(off, n, func(rel int, frame int64) {
		if !sealed {
			copy(dst, src) // headers in the range pass through
			sealed = true
		}
		p := src[rel : rel+PageSize]
		if !isZero(p[f.k.usable:]) || !f.k.headerOK(p) {
			bad = true
			return
		}
		f.k.seal(&f.bufs, dst[rel:rel+PageSize], p, f.bufs.setAAD(aadWAL, uint64(frame)))
	})
	switch {
	case !ok || bad:
		return sqlite3.SQLITE_IOERR_WRITE
	case !sealed:
		return f.sub.writeAt(tls, zBuf, n, off)
	}
	return f.sub.writeAt(tls, f.scratch, n, off)
}
