package xlsxout

import (
	"archive/zip"
	"bytes"
	"encoding/binary"
	"errors"
	"io"
	"math"
	"os"

	"github.com/xuri/excelize/v2"
)

// save writes the finished workbook to w.out. excelize's WriteTo builds the
// whole zip in a memory buffer; its ZipWriter hook lets the zip go to a
// temporary file in TmpDir instead, so memory stays flat however many rows
// were written. The file is then copied to out, or read back and encrypted
// (excelize encrypts a byte slice: a password costs memory).
func (w *Writer) save() (err error) {
	tmp, err := os.CreateTemp(w.opts.TmpDir, "fieldvault-xlsx-*.zip")
	if err != nil {
		return err
	}
	defer func() {
		err = errors.Join(err, tmp.Close(), os.Remove(tmp.Name()))
	}()
	w.f.SetZipWriter(func(io.Writer) excelize.ZipWriter { return zip.NewWriter(tmp) })
	if _, err := w.f.WriteTo(io.Discard); err != nil { // the zip goes to tmp; the buffer stays empty
		return err
	}
	size, err := tmp.Seek(0, io.SeekEnd)
	if err != nil {
		return err
	}
	if err := markZip64(tmp, size); err != nil {
		return err
	}
	if _, err := tmp.Seek(0, io.SeekStart); err != nil {
		return err
	}
	if w.opts.Password == "" {
		_, err = io.Copy(w.out, tmp)
		return err
	}
	raw := make([]byte, size)
	if _, err := io.ReadFull(tmp, raw); err != nil {
		return err
	}
	enc, err := excelize.Encrypt(raw, &excelize.Options{Password: w.opts.Password})
	if err != nil {
		return err
	}
	_, err = w.out.Write(enc)
	return err
}

// markZip64 sets "version needed to extract" to 4.5 in the local header of
// every entry over 4 GiB, as excelize does to its buffered zip: Go writes
// 2.0 there for entries of unknown size, and Excel refuses a zip64 entry
// whose local header says 2.0. Go's zip writer puts no extra field in the
// local headers excelize creates, so a header is 30 bytes plus the name
// before the data; anything else is an error rather than a guess.
func markZip64(f *os.File, size int64) error {
	z, err := zip.NewReader(f, size)
	if err != nil {
		return err
	}
	for _, e := range z.File {
		if e.UncompressedSize64 < math.MaxUint32 && e.CompressedSize64 < math.MaxUint32 {
			continue
		}
		data, err := e.DataOffset()
		if err != nil {
			return err
		}
		at := data - 30 - int64(len(e.Name))
		head := make([]byte, 30+len(e.Name))
		if _, err := f.ReadAt(head, at); err != nil {
			return err
		}
		if !bytes.HasPrefix(head, []byte("PK\x03\x04")) || string(head[30:]) != e.Name {
			return errors.New("xlsxout: unexpected zip local header for " + e.Name)
		}
		var version [2]byte
		binary.LittleEndian.PutUint16(version[:], 45)
		if _, err := f.WriteAt(version[:], at+4); err != nil {
			return err
		}
	}
	return nil
}
