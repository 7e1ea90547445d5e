package encvfs

import (
	"sync"
	"unsafe"

	"modernc.org/libc"
	sqlite3 "modernc.org/sqlite/lib"
)

// ioMethods is the one C-allocated sqlite3_io_methods shared by all our files.
// Version 2: shared memory (WAL) yes, xFetch/xUnfetch no, so SQLite never
// memory-maps an encrypted file.
var (
	ioMethods uintptr
	ioOnce    sync.Once
)

func initIOMethods() {
	tls := libc.NewTLS()
	defer tls.Close()
	ioMethods = libc.Xcalloc(tls, 1, uint64(unsafe.Sizeof(sqlite3.Tsqlite3_io_methods{})))
	if ioMethods == 0 {
		panic("encvfs: out of memory allocating io methods")
	}
	m := (*sqlite3.Tsqlite3_io_methods)(cptr(ioMethods))
	m.FiVersion = 2
	m.FxClose = cfp(xClose)
	m.FxRead = cfp(xRead)
	m.FxWrite = cfp(xWrite)
	m.FxTruncate = cfp(xTruncate)
	m.FxSync = cfp(xSync)
	m.FxFileSize = cfp(xFileSize)
	m.FxLock = cfp(xLock)
	m.FxUnlock = cfp(xUnlock)
	m.FxCheckReservedLock = cfp(xCheckReservedLock)
	m.FxFileControl = cfp(xFileControl)
	m.FxSectorSize = cfp(xSectorSize)
	m.FxDeviceCharacteristics = cfp(xDeviceCharacteristics)
	m.FxShmMap = cfp(xShmMap)
	m.FxShmLock = cfp(xShmLock)
	m.FxShmBarrier = cfp(xShmBarrier)
	m.FxShmUnmap = cfp(xShmUnmap)
}

func fileOf(pFile uintptr) *fileState { return handles.get(fileHandle(pFile)) }

func xRead(tls *libc.TLS, pFile, zBuf uintptr, iAmt int32, iOfst int64) int32 {
	f := fileOf(pFile)
	if f == nil {
		return sqlite3.SQLITE_IOERR_READ
	}
	switch f.kind {
	case kindDB:
		return f.readDB(tls, zBuf, int(iAmt), iOfst)
	case kindJournal:
		return f.readJournal(tls, zBuf, int(iAmt), iOfst)
	case kindWAL:
		return f.readWAL(tls, zBuf, int(iAmt), iOfst)
	case kindTemp:
		return f.readTemp(tls, zBuf, int(iAmt), iOfst)
	}
	return f.sub.readAt(tls, zBuf, int(iAmt), iOfst)
}

func xWrite(tls *libc.TLS, pFile, zBuf uintptr, iAmt int32, iOfst int64) int32 {
	f := fileOf(pFile)
	if f == nil {
		return sqlite3.SQLITE_IOERR_WRITE
	}
	switch f.kind {
	case kindDB:
		return f.writeDB(tls, zBuf, int(iAmt), iOfst)
	case kindJournal:
		return f.writeJournal(tls, zBuf, int(iAmt), iOfst)
	case kindWAL:
		return f.writeWAL(tls, zBuf, int(iAmt), iOfst)
	case kindTemp:
		return f.writeTemp(tls, zBuf, int(iAmt), iOfst)
	}
	return f.sub.writeAt(tls, zBuf, int(iAmt), iOfst)
}

// xClose closes the base file and releases the handle, scratch memory and
// the VFS's open-file count.
func xClose(tls *libc.TLS, pFile uintptr) int32 {
	h := fileHandle(pFile)
	f := handles.remove(h)
	if f == nil {
		return sqlite3.SQLITE_OK
	}
	rc := f.sub.close(tls)
	libc.Xfree(tls, f.scratch)
	f.scratch = 0
	f.v.open.Add(-1)
	return rc
}

// xDeviceCharacteristics hides atomic-write and other capabilities that would
// let SQLite write less than a whole page to an encrypted file.
func xDeviceCharacteristics(tls *libc.TLS, pFile uintptr) int32 {
	f := fileOf(pFile)
	dc := gofn[func(*libc.TLS, uintptr) int32](f.sub.m.FxDeviceCharacteristics)(tls, f.sub.file)
	return dc & (sqlite3.SQLITE_IOCAP_POWERSAFE_OVERWRITE | sqlite3.SQLITE_IOCAP_SEQUENTIAL |
		sqlite3.SQLITE_IOCAP_UNDELETABLE_WHEN_OPEN | sqlite3.SQLITE_IOCAP_IMMUTABLE)
}
