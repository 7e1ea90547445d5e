package encvfs

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
)

// Streaming conversions between a sealed main database file and a plain
// SQLite file, page by page, without SQLite and without a plaintext file on
// disk: the backup streams a snapshot into an age writer (PlainCopy), the
// restore seals the decrypted stream again (EncryptCopy) and moves it under
// the workspace's own key (Reseal). Memory stays at copyChunk pages whatever
// the size of the database.
//
// The plain form is an ordinary SQLite database whose header still declares
// the reserve R (header byte 20) and whose reserved tails are zero: any
// SQLite opens it, and EncryptCopy accepts only that layout back. None of
// them reads a WAL or journal: the source must be a closed database in
// rollback-journal mode (or checkpointed).

// ErrNotPlainDatabase is returned by EncryptCopy when the stream does not
// start with a SQLite header declaring PageSize and the cipher's reserve.
var ErrNotPlainDatabase = errors.New("encvfs: not a SQLite database with 4096-byte pages and this cipher's reserved bytes")

// copyChunk is how many pages a copy reads per call (256 KiB).
const copyChunk = 64

// PlainCopy reads a main database file sealed under key and c from src,
// authenticates and decrypts every page and writes the plain database to
// dst. It returns the number of pages written (the lock-byte page of a file
// over 1 GiB, which SQLite never uses, is written as zeros).
//
// Errors: a *PageError for the first page that fails authentication (page 1
// also matches ErrPage1: wrong key or not an encrypted database); an error
// wrapping ErrTruncated when src is empty, ends inside a page or holds fewer
// pages than its header declares; an error for a bad key or cipher, for a
// page 1 that authenticates but declares another layout, and src's or
// dst's errors. Whatever was written to dst before an error must be
// discarded.
func PlainCopy(dst io.Writer, src io.Reader, key []byte, c Cipher) (int64, error) {
	k, err := newCodec(c, key)
	if err != nil {
		return 0, err
	}
	return copyPages(dst, src, func(b *pageBufs, in, out []byte, pg uint64) error {
		if !k.open(in, b.setAAD(aadDB, pg)) {
			return &PageError{Page: uint32(pg), Kind: KindDatabase}
		}
		if pg == 1 && (string(in[:16]) != sqliteMagic || !k.headerOK(in)) {
			return errors.New("encvfs: page 1 authenticates but is not a 4096-byte page header with our reserve")
		}
		copy(out, in)
		return nil
	})
}

// EncryptCopy reads a plain SQLite database from src — as PlainCopy writes
// it: PageSize pages, header byte 20 equal to c.Reserve() — and writes it to
// dst sealed under key and c, as this package's VFS would have written it
// (fresh random nonces). It returns the number of pages written.
//
// Errors: ErrNotPlainDatabase (wrapped) when page 1 is not such a header;
// an error wrapping ErrTruncated when src is empty, ends inside a page or
// holds fewer pages than its header declares; src's and dst's errors.
func EncryptCopy(dst io.Writer, src io.Reader, key []byte, c Cipher) (int64, error) {
	k, err := newCodec(c, key)
	if err != nil {
		return 0, err
	}
	return copyPages(dst, src, func(b *pageBufs, in, out []byte, pg uint64) error {
		if pg == 1 && (string(in[:16]) != sqliteMagic || !k.headerOK(in)) {
			return fmt.Errorf("%w (page size %d, reserve %d; want %d and %d)", ErrNotPlainDatabase,
				binary.BigEndian.Uint16(in[16:]), in[20], PageSize, k.reserve)
		}
		k.seal(b, out, in, b.setAAD(aadDB, pg))
		return nil
	})
}

// Reseal reads a main database file sealed under from (cipher c) and writes
// it to dst sealed under to, page by page: the plaintext exists only in
// memory, one chunk at a time. It returns the number of pages written.
// Errors as PlainCopy's.
func Reseal(dst io.Writer, src io.Reader, from, to []byte, c Cipher) (int64, error) {
	kin, err := newCodec(c, from)
	if err != nil {
		return 0, err
	}
	kout, err := newCodec(c, to)
	if err != nil {
		return 0, err
	}
	return copyPages(dst, src, func(b *pageBufs, in, out []byte, pg uint64) error {
		if !kin.open(in, b.setAAD(aadDB, pg)) {
			return &PageError{Page: uint32(pg), Kind: KindDatabase}
		}
		if pg == 1 && (string(in[:16]) != sqliteMagic || !kin.headerOK(in)) {
			return errors.New("encvfs: page 1 authenticates but is not a 4096-byte page header with our reserve")
		}
		kout.seal(b, out, in, b.setAAD(aadDB, pg))
		return nil
	})
}

// copyPages reads src in whole pages and writes conv's output for each;
// the lock-byte page is written as zeros without conv. It checks, from the
// plain page 1 conv leaves in its input, that src holds every page the
// header declares. Both buffers are wiped before it returns.
func copyPages(dst io.Writer, src io.Reader, conv func(b *pageBufs, in, out []byte, pg uint64) error) (int64, error) {
	var bufs pageBufs
	in := make([]byte, copyChunk*PageSize)
	out := make([]byte, copyChunk*PageSize)
	defer clear(in)
	defer clear(out)
	var pages int64
	declared := int64(-1) // pages page 1 declares, when its header says the count is valid
	for {
		n, rerr := io.ReadFull(src, in)
		if rerr != nil && !errors.Is(rerr, io.EOF) && !errors.Is(rerr, io.ErrUnexpectedEOF) {
			return pages, rerr
		}
		if n%PageSize != 0 {
			return pages, fmt.Errorf("%w: the stream ends inside page %d", ErrTruncated, pages+int64(n/PageSize)+1)
		}
		for i := 0; i < n/PageSize; i++ {
			pg := uint64(pages) + 1
			p, o := in[i*PageSize:(i+1)*PageSize], out[i*PageSize:(i+1)*PageSize]
			if pg == lockBytePage {
				clear(o)
			} else if err := conv(&bufs, p, o, pg); err != nil {
				return pages, err
			}
			if pg == 1 {
				declared = declaredPages(p, o)
			}
			pages++
		}
		if n > 0 {
			if _, err := dst.Write(out[:n]); err != nil {
				return pages, err
			}
		}
		if rerr != nil { // EOF or a short last chunk: the end
			break
		}
	}
	switch {
	case pages == 0:
		return 0, fmt.Errorf("%w: the stream holds no page", ErrTruncated)
	case declared > pages:
		return pages, fmt.Errorf("%w: the header declares %d pages, the stream holds %d", ErrTruncated, declared, pages)
	}
	return pages, nil
}

// declaredPages returns the database size page 1 declares when the header
// marks it valid (change counter == version-valid-for), else -1. Page 1's
// plaintext is whichever of in and out starts with the SQLite magic.
func declaredPages(in, out []byte) int64 {
	p := in
	if string(p[:16]) != sqliteMagic {
		p = out
	}
	if string(p[:16]) != sqliteMagic || binary.BigEndian.Uint32(p[24:]) != binary.BigEndian.Uint32(p[92:]) {
		return -1
	}
	return int64(binary.BigEndian.Uint32(p[28:]))
}
