package encvfs

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
)

// VerifyFile authenticates every page of the main database file at path with
// key and cipher c, without SQLite, and returns the number of pages (the
// lock-byte page of a file over 1 GiB, which SQLite never uses, is skipped). It does
// not read the WAL: checkpoint first (PRAGMA wal_checkpoint(TRUNCATE)).
//
// Errors: a *PageError for the first page that fails (page 1 also matches
// ErrPage1: wrong key or not an encrypted database); an error wrapping
// ErrTruncated if the file is empty, its size is not a multiple of PageSize,
// or it has fewer pages than its header declares; an error for an invalid
// key or cipher, an unreadable file, or a page 1 that authenticates but
// declares another page size or reserve. On error, pages is the number of
// pages that verified before the failure.
func VerifyFile(path string, key []byte, c Cipher) (pages int, err error) {
	k, err := newCodec(c, key)
	if err != nil {
		return 0, err
	}
	fh, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer fh.Close()
	st, err := fh.Stat()
	if err != nil {
		return 0, err
	}
	size := st.Size()
	if size == 0 || size%PageSize != 0 {
		return 0, fmt.Errorf("%w: %s is %d bytes, not a positive multiple of %d", ErrTruncated, path, size, PageSize)
	}
	total := int(size / PageSize)

	var bufs pageBufs
	chunk := make([]byte, 256*PageSize)
	for done := 0; done < total; {
		n := min(total-done, len(chunk)/PageSize)
		if _, err := io.ReadFull(fh, chunk[:n*PageSize]); err != nil {
			if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
				return done, fmt.Errorf("%w: %s shrank while being read", ErrTruncated, path)
			}
			return done, err
		}
		for i := range n {
			pg := done + 1
			p := chunk[i*PageSize : (i+1)*PageSize]
			if pg == lockBytePage {
				done++ // never written by SQLite: nothing to authenticate
				continue
			}
			if !k.open(p, bufs.setAAD(aadDB, uint64(pg))) {
				return done, &PageError{Page: uint32(pg), Kind: KindDatabase}
			}
			if pg == 1 {
				if err := checkHeader(k, p, total); err != nil {
					return 0, err
				}
			}
			done++
		}
	}
	return total, nil
}

// lockBytePage is the page holding SQLite's lock bytes (the 512 bytes from
// offset 0x40000000, "PENDING_BYTE"). SQLite never writes or reads it, so
// in a database over 1 GiB it holds zeros (or a hole), not a sealed page.
const lockBytePage = 0x40000000/PageSize + 1

// checkHeader validates a decrypted page 1 against the codec and file size.
func checkHeader(k *codec, p []byte, filePages int) error {
	if string(p[:16]) != sqliteMagic || !k.headerOK(p) {
		return errors.New("encvfs: page 1 authenticates but is not a 4096-byte page header with our reserve")
	}
	declared := binary.BigEndian.Uint32(p[28:])
	valid := binary.BigEndian.Uint32(p[24:]) == binary.BigEndian.Uint32(p[92:])
	if valid && int64(declared) > int64(filePages) {
		return fmt.Errorf("%w: header declares %d pages, file has %d", ErrTruncated, declared, filePages)
	}
	return nil
}
