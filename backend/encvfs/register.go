package encvfs

import (
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"unsafe"

	"modernc.org/libc"
	_ "modernc.org/sqlite" // the driver's init (sqlite3_config) must run before sqlite3_initialize
	sqlite3 "modernc.org/sqlite/lib"
)

// vfsState is the Go side of one registered VFS.
type vfsState struct {
	name  string
	id    uintptr // stored in sqlite3_vfs.pAppData
	key   []byte  // our copy, wiped on Unregister
	codec *codec
	base  uintptr // the wrapped sqlite3_vfs* ("unix")
	cvfs  uintptr // our C-allocated sqlite3_vfs
	cname uintptr // its C name

	open    atomic.Int32              // files currently open through this VFS
	lastErr atomic.Pointer[PageError] // most recent authentication failure
	initMu  sync.Mutex                // serialises "create encrypted page 1"
}

// recordPageError remembers e for LastPageError.
func (v *vfsState) recordPageError(page uint32, kind string) {
	v.lastErr.Store(&PageError{Page: page, Kind: kind})
}

// The VFS registry. xOpen looks a VFS up by id (pAppData); the public API by
// name. Both maps shrink on Unregister.
var (
	regMu  sync.RWMutex
	byID   = map[uintptr]*vfsState{}
	byName = map[string]*vfsState{}
	nextID uintptr
)

func vfsByID(id uintptr) *vfsState {
	regMu.RLock()
	defer regMu.RUnlock()
	return byID[id]
}

// Register creates a VFS called name that wraps SQLite's default VFS and seals
// pages with key (32 bytes, copied) under cipher c, and registers it with
// SQLite (not as the default). It returns an error, registering nothing, if
// name is empty or already names a VFS (ours or SQLite's), the key is not 32
// bytes, or c is unknown.
func Register(name string, key []byte, c Cipher) error {
	if name == "" {
		return errors.New("encvfs: empty VFS name")
	}
	k, err := newCodec(c, key)
	if err != nil {
		return err
	}
	ioOnce.Do(initIOMethods)

	tls := libc.NewTLS()
	defer tls.Close()
	if rc := sqlite3.Xsqlite3_initialize(tls); rc != sqlite3.SQLITE_OK {
		return fmt.Errorf("encvfs: sqlite3_initialize: rc %d", rc)
	}
	cname, err := libc.CString(name)
	if err != nil {
		return err
	}

	regMu.Lock()
	defer regMu.Unlock()
	if byName[name] != nil || sqlite3.Xsqlite3_vfs_find(tls, cname) != 0 {
		libc.Xfree(tls, cname)
		return fmt.Errorf("encvfs: a VFS named %q is already registered", name)
	}
	base := sqlite3.Xsqlite3_vfs_find(tls, 0)
	if base == 0 {
		libc.Xfree(tls, cname)
		return errors.New("encvfs: SQLite has no default VFS")
	}
	cvfs := libc.Xcalloc(tls, 1, uint64(unsafe.Sizeof(sqlite3.Tsqlite3_vfs{})))
	if cvfs == 0 {
		libc.Xfree(tls, cname)
		return errors.New("encvfs: out of memory")
	}
	nextID++
	v := &vfsState{name: name, id: nextID, key: append([]byte(nil), key...), codec: k, base: base, cvfs: cvfs, cname: cname}

	cv := (*sqlite3.Tsqlite3_vfs)(cptr(cvfs))
	bv := (*sqlite3.Tsqlite3_vfs)(cptr(base))
	*cv = *bv // the unix methods other than xOpen do not use pVfs's private fields
	cv.FpNext = 0
	cv.FzName = cname
	cv.FszOsFile = bv.FszOsFile + hdrSize
	cv.FxOpen = cfp(xOpen)
	cv.FpAppData = v.id

	byID[v.id], byName[name] = v, v
	if rc := sqlite3.Xsqlite3_vfs_register(tls, cvfs, 0); rc != sqlite3.SQLITE_OK {
		delete(byID, v.id)
		delete(byName, name)
		v.free(tls)
		return fmt.Errorf("encvfs: sqlite3_vfs_register: rc %d", rc)
	}
	return nil
}

// Unregister removes the VFS name from SQLite and from this package, frees its
// C memory and wipes its copy of the key. It returns an error, changing
// nothing, if no VFS of that name was registered by Register or if files of it
// are still open (close every *sql.DB using it first). It must not run
// concurrently with opening a connection on that VFS. The expanded key
// schedule inside the AEAD cannot be wiped; it becomes garbage.
func Unregister(name string) error {
	regMu.Lock()
	defer regMu.Unlock()
	v := byName[name]
	if v == nil {
		return fmt.Errorf("encvfs: no VFS named %q", name)
	}
	if n := v.open.Load(); n > 0 {
		return fmt.Errorf("encvfs: VFS %q still has %d open files", name, n)
	}
	tls := libc.NewTLS()
	defer tls.Close()
	if rc := sqlite3.Xsqlite3_vfs_unregister(tls, v.cvfs); rc != sqlite3.SQLITE_OK {
		return fmt.Errorf("encvfs: sqlite3_vfs_unregister: rc %d", rc)
	}
	delete(byID, v.id)
	delete(byName, name)
	v.free(tls)
	return nil
}

func (v *vfsState) free(tls *libc.TLS) {
	clear(v.key)
	libc.Xfree(tls, v.cvfs)
	libc.Xfree(tls, v.cname)
	v.cvfs, v.cname = 0, 0
}

// LastPageError returns the most recent authentication failure seen by any
// connection of the VFS name since Register: a copy, so callers may keep it.
// It returns nil if there was none or name is not registered. Besides the
// failures that surface as SQLITE_NOTADB (page 1) or SQLITE_IOERR_DATA, it
// also records torn WAL frames and journal records met during crash recovery,
// which SQLite discards without an error; so consult it only after an error.
// Pages of a journal or WAL are reported with Kind KindJournal or KindWAL.
func LastPageError(name string) *PageError {
	regMu.RLock()
	v := byName[name]
	regMu.RUnlock()
	if v == nil {
		return nil
	}
	e := v.lastErr.Load()
	if e == nil {
		return nil
	}
	c := *e
	return &c
}
