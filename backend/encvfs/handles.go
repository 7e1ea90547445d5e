package encvfs

import (
	"sync"
	"sync/atomic"
)

// handleTable maps the small integer stored in each sqlite3_file to its Go
// state. Lookups (every xRead/xWrite) take no lock: the table is a fixed array
// of lazily allocated chunks of atomic pointers. Handles are reused after
// close, so the table stays as large as the peak number of open files.
//
// Handle 0 is never issued: a zero handle means "not ours / not open".
type handleTable struct {
	mu     sync.Mutex
	chunks [handleChunks]atomic.Pointer[[handleChunk]atomic.Pointer[fileState]]
	free   []uint32
	next   uint32
}

const (
	handleChunk  = 256
	handleChunks = 4096 // up to ~1M simultaneously open files
)

var handles handleTable

// add stores f and returns its handle, or 0 if the table is full.
func (t *handleTable) add(f *fileState) uint32 {
	t.mu.Lock()
	defer t.mu.Unlock()
	var h uint32
	if n := len(t.free); n > 0 {
		h, t.free = t.free[n-1], t.free[:n-1]
	} else {
		if t.next+1 >= handleChunk*handleChunks {
			return 0
		}
		t.next++
		h = t.next
	}
	c := t.chunks[h/handleChunk].Load()
	if c == nil {
		c = new([handleChunk]atomic.Pointer[fileState])
		t.chunks[h/handleChunk].Store(c)
	}
	c[h%handleChunk].Store(f)
	return h
}

// get returns the state for h, or nil for 0 or a closed handle.
func (t *handleTable) get(h uint32) *fileState {
	if h == 0 || h >= handleChunk*handleChunks {
		return nil
	}
	c := t.chunks[h/handleChunk].Load()
	if c == nil {
		return nil
	}
	return c[h%handleChunk].Load()
}

// remove clears h and returns its state (nil if it was not set).
func (t *handleTable) remove(h uint32) *fileState {
	f := t.get(h)
	if f == nil {
		return nil
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	t.chunks[h/handleChunk].Load()[h%handleChunk].Store(nil)
	t.free = append(t.free, h)
	return f
}
