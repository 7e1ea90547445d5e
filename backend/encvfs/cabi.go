package encvfs

import (
	"unsafe"

	"modernc.org/libc"
	sqlite3 "modernc.org/sqlite/lib"
)

// cfp turns a Go func into the uintptr form modernc's transpiled C uses for
// function pointers (the func value's word). Only pass top-level funcs: their
// func values are static, so C memory may hold them without the GC seeing it.
func cfp[T any](f T) uintptr { return *(*uintptr)(unsafe.Pointer(&struct{ f T }{f})) }

// gofn is the inverse of cfp: a C function pointer slot back to a Go func.
func gofn[T any](p uintptr) T { return *(*T)(unsafe.Pointer(&struct{ uintptr }{p})) }

// cptr turns the address of C memory (allocated by modernc's libc, never by
// Go) into a pointer. The Go rules for uintptr -> unsafe.Pointer are about Go
// heap objects the GC may free; C memory is outside the heap, so this is
// sound, and routing it through one helper keeps go vet's unsafeptr check
// meaningful for the rest of the package.
func cptr(p uintptr) unsafe.Pointer { return *(*unsafe.Pointer)(unsafe.Pointer(&p)) }

// bytesAt views n bytes of C memory at p as a Go slice.
func bytesAt(p uintptr, n int) []byte { return unsafe.Slice((*byte)(cptr(p)), n) }

// Layout of our sqlite3_file: [pMethods][handle][base VFS's sqlite3_file ...].
const (
	offHandle = 8
	hdrSize   = 16
)

func fileHandle(pFile uintptr) uint32 { return uint32(*(*uintptr)(cptr(pFile + offHandle))) }

func setFile(pFile, methods uintptr, h uint32) {
	*(*uintptr)(cptr(pFile)) = methods
	*(*uintptr)(cptr(pFile + offHandle)) = uintptr(h)
}

// subIO holds the base VFS's io methods of one open file as Go funcs, resolved
// once at open so the hot paths do no pointer chasing.
type subIO struct {
	file  uintptr // base sqlite3_file*
	m     *sqlite3.Tsqlite3_io_methods
	read  func(*libc.TLS, uintptr, uintptr, int32, int64) int32
	write func(*libc.TLS, uintptr, uintptr, int32, int64) int32
	size  func(*libc.TLS, uintptr, uintptr) int32
}

func newSubIO(file uintptr) subIO {
	m := (*sqlite3.Tsqlite3_io_methods)(cptr(*(*uintptr)(cptr(file))))
	return subIO{
		file:  file,
		m:     m,
		read:  gofn[func(*libc.TLS, uintptr, uintptr, int32, int64) int32](m.FxRead),
		write: gofn[func(*libc.TLS, uintptr, uintptr, int32, int64) int32](m.FxWrite),
		size:  gofn[func(*libc.TLS, uintptr, uintptr) int32](m.FxFileSize),
	}
}

func (s *subIO) readAt(tls *libc.TLS, buf uintptr, n int, off int64) int32 {
	return s.read(tls, s.file, buf, int32(n), off)
}

func (s *subIO) writeAt(tls *libc.TLS, buf uintptr, n int, off int64) int32 {
	return s.write(tls, s.file, buf, int32(n), off)
}

// fileSize returns the base file's size, or an SQLite error code.
func (s *subIO) fileSize(tls *libc.TLS) (int64, int32) {
	p := tls.Alloc(8)
	defer tls.Free(8)
	if rc := s.size(tls, s.file, p); rc != sqlite3.SQLITE_OK {
		return 0, rc
	}
	return *(*int64)(cptr(p)), sqlite3.SQLITE_OK
}

func (s *subIO) close(tls *libc.TLS) int32 {
	return gofn[func(*libc.TLS, uintptr) int32](s.m.FxClose)(tls, s.file)
}
