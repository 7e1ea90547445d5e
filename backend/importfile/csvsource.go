package importfile

import (
	"bytes"
	"io"
)

// encodingSniffBytes is how much of a CSV file encoding detection reads:
// enough that a stray windows-1252 byte in the first rows is seen.
const encodingSniffBytes = 1 << 20

// csvSource reads the records of a CSV file with a fixed dialect; rewind
// starts over from the first byte after the BOM.
type csvSource struct {
	ra    io.ReaderAt
	size  int64
	bom   int64
	enc   string
	delim byte
	o     Options
	in    *countingReader
	sc    *csvScanner
}

// openCSV sniffs (or takes from o) the encoding and delimiter of a text
// file. It refuses a file that is empty after its BOM, and one whose start
// decodes to mostly control characters (errNotImportable).
func openCSV(ra io.ReaderAt, size int64, name string, o Options) (*csvSource, Dialect, error) {
	head := make([]byte, min(size, encodingSniffBytes))
	n, err := ra.ReadAt(head, 0)
	if err != nil && err != io.EOF {
		return nil, Dialect{}, errRead(err)
	}
	head = head[:n]
	complete := int64(n) == size

	var enc string
	var bom int
	if o.Encoding != "" {
		forced, ok := normalizeEncoding(o.Encoding)
		if !ok {
			return nil, Dialect{}, errUnknownEncoding(o.Encoding)
		}
		enc, bom = forcedBOM(forced, head)
	} else {
		enc, bom = sniffEncoding(head, complete)
	}
	if int64(bom) == size {
		return nil, Dialect{}, errEmpty()
	}

	raw := head[bom:]
	cut := len(raw) > delimSniffBytes
	if cut {
		raw = raw[:delimSniffBytes]
	}
	sample, err := io.ReadAll(newDecoder(bytes.NewReader(raw), enc))
	if err != nil {
		return nil, Dialect{}, errRead(err)
	}
	if looksBinary(sample) {
		return nil, Dialect{}, errNotImportable()
	}

	var delim byte
	if o.Delimiter != "" {
		if delim, err = parseDelimiter(o.Delimiter); err != nil {
			return nil, Dialect{}, err
		}
	} else {
		delim = detectDelimiter(sample, cut || !complete, name)
	}
	src := &csvSource{ra: ra, size: size, bom: int64(bom), enc: enc, delim: delim, o: o}
	_ = src.rewind()
	return src, Dialect{Format: FormatCSV, Encoding: enc, Delimiter: string(delim)}, nil
}

// parseDelimiter accepts one ASCII character other than a quote, CR or
// LF, or the word "tab".
func parseDelimiter(d string) (byte, error) {
	switch {
	case d == "tab" || d == `\t`:
		return '\t', nil
	case len(d) == 1 && d[0] < 0x80 && d[0] != '"' && d[0] != '\r' && d[0] != '\n':
		return d[0], nil
	}
	return 0, errBadDelimiter(d)
}

func (c *csvSource) rewind() error {
	c.in = &countingReader{r: io.NewSectionReader(c.ra, c.bom, c.size-c.bom), n: c.bom}
	repair := c.enc == EncodingUTF8 || c.enc == EncodingUTF8BOM
	c.sc = newCSVScanner(newDecoder(c.in, c.enc), c.delim, repair, c.o)
	return nil
}

func (c *csvSource) next() (record, error) {
	if !c.sc.scan() {
		if c.sc.err != nil {
			return record{}, errRead(c.sc.err)
		}
		return record{}, io.EOF
	}
	return c.sc.record(), nil
}

func (c *csvSource) bytesRead() int64 { return c.in.n }

func (c *csvSource) close() error { return nil }

// countingReader counts the bytes read through it, for progress bars.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}
