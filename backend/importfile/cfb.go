package importfile

import (
	"encoding/binary"
	"io"
	"unicode/utf16"
)

// An OLE compound file (CFB) is the container of both an encrypted .xlsx
// and an old binary .xls. Telling them apart needs only the names in its
// directory, so this reads the header, the FAT sectors it needs and the
// directory chain — a few KB — instead of pulling in a CFB library.

const (
	cfbHeaderSize   = 512
	cfbEndOfChain   = 0xFFFFFFFE
	cfbMaxSector    = 0xFFFFFFFA // larger values are markers, not sectors
	cfbHeaderDIFATs = 109
	cfbMaxDirSects  = 256 // a real directory has a handful
	cfbDirEntrySize = 128
)

// cfbError returns the error Open reports for a compound file: password
// protection for an encrypted OOXML package, an .xls hint for a legacy
// workbook, and "not a CSV or Excel workbook" otherwise.
func cfbError(r io.ReaderAt, size int64) error {
	names := cfbNames(r, size)
	for _, n := range names {
		if n == "EncryptedPackage" || n == "EncryptionInfo" {
			return errPassword()
		}
	}
	for _, n := range names {
		if n == "Workbook" || n == "Book" {
			return errLegacyWorkbook()
		}
	}
	return errNotImportable()
}

// cfbNames returns the names in a compound file's directory, as many as it
// can read; a damaged file yields fewer (or none), never an error.
func cfbNames(r io.ReaderAt, size int64) []string {
	hdr := make([]byte, cfbHeaderSize)
	if _, err := r.ReadAt(hdr, 0); err != nil {
		return nil
	}
	shift := binary.LittleEndian.Uint16(hdr[0x1E:])
	if shift != 9 && shift != 12 {
		return nil
	}
	secSize := int64(1) << shift
	sectorAt := func(sect uint32) int64 { return (int64(sect) + 1) << shift }
	next := func(sect uint32) uint32 {
		perFAT := uint32(secSize / 4)
		idx := sect / perFAT
		if idx >= cfbHeaderDIFATs {
			return cfbEndOfChain
		}
		fat := binary.LittleEndian.Uint32(hdr[0x4C+4*idx:])
		if fat >= cfbMaxSector {
			return cfbEndOfChain
		}
		var b [4]byte
		if _, err := r.ReadAt(b[:], sectorAt(fat)+int64(sect%perFAT)*4); err != nil {
			return cfbEndOfChain
		}
		return binary.LittleEndian.Uint32(b[:])
	}
	var names []string
	buf := make([]byte, secSize)
	sect := binary.LittleEndian.Uint32(hdr[0x30:])
	for i := 0; sect < cfbMaxSector && i < cfbMaxDirSects; i++ {
		off := sectorAt(sect)
		if off+secSize > size {
			break
		}
		if _, err := r.ReadAt(buf, off); err != nil {
			break
		}
		for e := 0; e+cfbDirEntrySize <= len(buf); e += cfbDirEntrySize {
			if name := cfbEntryName(buf[e : e+cfbDirEntrySize]); name != "" {
				names = append(names, name)
			}
		}
		sect = next(sect)
	}
	return names
}

// cfbEntryName decodes the UTF-16LE name of one directory entry ("" for an
// unused one).
func cfbEntryName(entry []byte) string {
	n := int(binary.LittleEndian.Uint16(entry[0x40:]))
	if entry[0x42] == 0 || n < 2 || n > 64 || n%2 != 0 {
		return ""
	}
	units := make([]uint16, 0, n/2-1)
	for i := 0; i+1 < n-2; i += 2 {
		units = append(units, binary.LittleEndian.Uint16(entry[i:]))
	}
	return string(utf16.Decode(units))
}
