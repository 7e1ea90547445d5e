package encvfs

import (
	"modernc.org/libc"
)

// The io methods below need no encryption and forward to the base VFS.

func xTruncate(tls *libc.TLS, pFile uintptr, size int64) int32 {
	f := fileOf(pFile)
	return gofn[func(*libc.TLS, uintptr, int64) int32](f.sub.m.FxTruncate)(tls, f.sub.file, size)
}

func xSync(tls *libc.TLS, pFile uintptr, flags int32) int32 {
	f := fileOf(pFile)
	return gofn[func(*libc.TLS, uintptr, int32) int32](f.sub.m.FxSync)(tls, f.sub.file, flags)
}

func xFileSize(tls *libc.TLS, pFile, pSize uintptr) int32 {
	f := fileOf(pFile)
	return f.sub.size(tls, f.sub.file, pSize)
}

func xLock(tls *libc.TLS, pFile uintptr, lock int32) int32 {
	f := fileOf(pFile)
	return gofn[func(*libc.TLS, uintptr, int32) int32](f.sub.m.FxLock)(tls, f.sub.file, lock)
}

func xUnlock(tls *libc.TLS, pFile uintptr, lock int32) int32 {
	f := fileOf(pFile)
	return gofn[func(*libc.TLS, uintptr, int32) int32](f.sub.m.FxUnlock)(tls, f.sub.file, lock)
}

func xCheckReservedLock(tls *libc.TLS, pFile, pResOut uintptr) int32 {
	f := fileOf(pFile)
	return gofn[func(*libc.TLS, uintptr, uintptr) int32](f.sub.m.FxCheckReservedLock)(tls, f.sub.file, pResOut)
}

func xFileControl(tls *libc.TLS, pFile uintptr, op int32, pArg uintptr) int32 {
	f := fileOf(pFile)
	return gofn[func(*libc.TLS, uintptr, int32, uintptr) int32](f.sub.m.FxFileControl)(tls, f.sub.file, op, pArg)
}

func xSectorSize(tls *libc.TLS, pFile uintptr) int32 {
	f := fileOf(pFile)
	return gofn[func(*libc.TLS, uintptr) int32](f.sub.m.FxSectorSize)(tls, f.sub.file)
}

func xShmMap(tls *libc.TLS, pFile uintptr, iPg, pgsz, bExtend int32, pp uintptr) int32 {
	f := fileOf(pFile)
	return gofn[func(*libc.TLS, uintptr, int32, int32, int32, uintptr) int32](f.sub.m.FxShmMap)(tls, f.sub.file, iPg, pgsz, bExtend, pp)
}

func xShmLock(tls *libc.TLS, pFile uintptr, offset, n, flags int32) int32 {
	f := fileOf(pFile)
	return gofn[func(*libc.TLS, uintptr, int32, int32, int32) int32](f.sub.m.FxShmLock)(tls, f.sub.file, offset, n, flags)
}

func xShmBarrier(tls *libc.TLS, pFile uintptr) {
	f := fileOf(pFile)
	gofn[func(*libc.TLS, uintptr)](f.sub.m.FxShmBarrier)(tls, f.sub.file)
}

func xShmUnmap(tls *libc.TLS, pFile uintptr, deleteFlag int32) int32 {
	f := fileOf(pFile)
	return gofn[func(*libc.TLS, uintptr, int32) int32](f.sub.m.FxShmUnmap)(tls, f.sub.file, deleteFlag)
}
