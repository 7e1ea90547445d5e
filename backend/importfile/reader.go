package importfile

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"

	"github.com/xuri/excelize/v2"

	"fieldvault/backend/apperr"
)

// Reader streams the rows of one import file. It is not safe for
// concurrent use.
type Reader struct {
	src        source
	file       io.Closer // the file Open opened; nil for OpenReader
	dialect    Dialect
	header     []string
	headerLine int
	o          Options
	size       int64
	strict     bool // csv: a row shorter than the header is a problem
	rows       int  // non-blank data rows returned since the last rewind
	err        error
}

// Open opens the CSV or .xlsx file at path, sniffs its format, encoding
// and delimiter (or takes them from o), and reads its header. Errors are
// *apperr.Error: CodeNotFound when the file does not exist; CodeInvalid
// when it is a folder, empty, larger than o.MaxBytes, not a CSV or Excel
// workbook, password-protected, an old .xls, has no header row (every row
// blank), a malformed or too wide header, or when o names an unknown
// sheet, encoding or delimiter; CodeInternal for an I/O failure. The
// caller must Close the Reader.
func Open(path string, o Options) (*Reader, error) {
	o = o.withDefaults()
	name := filepath.Base(path)
	f, err := os.Open(path)
	if err != nil {
		return nil, errOpen(name, err)
	}
	fi, err := f.Stat()
	if err != nil {
		_ = f.Close()
		return nil, errOpen(name, err)
	}
	if fi.IsDir() {
		_ = f.Close()
		return nil, errFolder()
	}
	r, err := open(f, fi.Size(), name, o, func(eo excelize.Options) (*excelize.File, error) {
		return excelize.OpenFile(path, eo)
	})
	if err != nil {
		_ = f.Close()
		return nil, err
	}
	r.file = f
	return r, nil
}

// OpenReader is Open for a file already in memory (or any io.ReaderAt of
// size bytes); name is used only for hints such as a .tsv extension. A
// workbook is read into memory whole; a CSV is streamed.
func OpenReader(ra io.ReaderAt, size int64, name string, o Options) (*Reader, error) {
	return open(ra, size, name, o.withDefaults(), func(eo excelize.Options) (*excelize.File, error) {
		return excelize.OpenReader(io.NewSectionReader(ra, 0, size), eo)
	})
}

// open tells a workbook from text by the first bytes and reads the header.
func open(ra io.ReaderAt, size int64, name string, o Options, openBook func(excelize.Options) (*excelize.File, error)) (*Reader, error) {
	switch {
	case size > o.MaxBytes:
		return nil, errTooLarge(o.MaxBytes)
	case size <= 0:
		return nil, errEmpty()
	}
	head := make([]byte, min(size, binarySniffBytes))
	n, err := ra.ReadAt(head, 0)
	if err != nil && !errors.Is(err, io.EOF) {
		return nil, errRead(err)
	}
	head = head[:n]

	r := &Reader{o: o, size: size}
	switch {
	case bytes.HasPrefix(head, magicCFB):
		return nil, cfbError(ra, size)
	case bytes.HasPrefix(head, magicZip):
		r.src, r.dialect, err = openXLSX(ra, size, o, openBook)
	case hasBinaryMagic(head):
		return nil, errNotImportable()
	default:
		r.src, r.dialect, err = openCSV(ra, size, name, o)
		r.strict = true
	}
	if err != nil {
		return nil, err
	}
	if err := r.readHeader(); err != nil {
		_ = r.src.close()
		return nil, err
	}
	return r, nil
}

// readHeader takes the first non-blank record as the header.
func (r *Reader) readHeader() error {
	for {
		rec, err := r.src.next()
		if err == io.EOF {
			if r.dialect.Format == FormatXLSX {
				return errEmptySheet(r.dialect.Sheet)
			}
			return errNoHeader()
		}
		if err != nil {
			return err
		}
		if rec.blank() {
			continue
		}
		if rec.count > r.o.MaxColumns {
			return errTooManyColumns(rec.count, r.o.MaxColumns)
		}
		if p := fit(rec, rec.count, r.o, false).Problem; p != "" {
			return errHeaderProblem(p)
		}
		r.header = headerNames(rec.cells)
		r.headerLine = rec.line
		return nil
	}
}

// Dialect returns how the file is being read.
func (r *Reader) Dialect() Dialect {
	d := r.dialect
	d.Sheets = slices.Clone(d.Sheets)
	return d
}

// Header returns the column names: trimmed, BOM stripped, empty ones named
// "Column N" and repeated ones (ignoring case) numbered "Email (2)", so
// every name is unique. The slice is the caller's.
func (r *Reader) Header() []string { return slices.Clone(r.header) }

// Next returns the next data row. Blank rows (every cell empty or
// whitespace) are skipped. A malformed row is returned with Problem set,
// not as an error, and reading goes on. At the end it returns io.EOF. Once
// the file has more than MaxRows data rows it returns a CodeInvalid error;
// a read failure is CodeInternal. Errors and io.EOF repeat on later calls
// until Reset.
func (r *Reader) Next() (Row, error) {
	if r.err != nil {
		return Row{}, r.err
	}
	for {
		rec, err := r.src.next()
		if err != nil {
			r.err = err
			return Row{}, err
		}
		if rec.blank() {
			continue
		}
		r.rows++
		if r.rows > r.o.MaxRows {
			r.err = errTooManyRows(r.o.MaxRows, rec.line)
			return Row{}, r.err
		}
		return fit(rec, len(r.header), r.o, r.strict), nil
	}
}

// Sample returns up to n first data rows (fewer at the end of the file)
// for the wizard's preview. It rewinds before and after, so the next Next
// returns the first data row again. Errors are those of Next and Reset.
func (r *Reader) Sample(n int) ([]Row, error) {
	if err := r.Reset(); err != nil {
		return nil, err
	}
	rows := make([]Row, 0, min(max(n, 0), 1024))
	for len(rows) < n {
		row, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return rows, err
		}
		rows = append(rows, row)
	}
	return rows, r.Reset()
}

// Reset rewinds to the first data row. It fails (CodeInternal) after Close
// or when the file can no longer be read.
func (r *Reader) Reset() error {
	if r.src == nil {
		return errClosed()
	}
	if err := r.src.rewind(); err != nil {
		return err
	}
	r.rows, r.err = 0, nil
	for {
		rec, err := r.src.next()
		if err == io.EOF {
			return errRead(errors.New("the header row is gone"))
		}
		if err != nil {
			return err
		}
		if rec.line >= r.headerLine {
			return nil
		}
	}
}

// BytesRead returns how far reading has got, in bytes of the file, for a
// progress bar against Size. For a workbook it is an estimate from the row
// reached, since its content is compressed.
func (r *Reader) BytesRead() int64 {
	if r.src == nil {
		return r.size
	}
	return min(r.src.bytesRead(), r.size)
}

// Size returns the file's size in bytes.
func (r *Reader) Size() int64 { return r.size }

// Close releases the file and any temporary files of a workbook. Next and
// Reset fail after it; closing twice is harmless.
func (r *Reader) Close() error {
	if r.src == nil {
		return nil
	}
	err := r.src.close()
	r.src = nil
	r.err = errClosed()
	if r.file != nil {
		if cerr := r.file.Close(); err == nil {
			err = cerr
		}
		r.file = nil
	}
	if err != nil {
		return errRead(err)
	}
	return nil
}

func errClosed() error {
	return apperr.New(apperr.CodeInternal, "The import file is already closed.")
}
