package importfile

// Limits applied when the matching Options field is zero or negative.
const (
	DefaultMaxBytes     int64 = 512 << 20 // 512 MiB
	DefaultMaxRows            = 2_000_000
	DefaultMaxCellBytes       = 32 << 10 // 32 KiB
	DefaultMaxColumns         = 500
)

// Formats reported in Dialect.Format and returned by Looks.
const (
	FormatCSV  = "csv"
	FormatXLSX = "xlsx"
)

// Encodings reported in Dialect.Encoding and accepted in Options.Encoding.
const (
	EncodingUTF8        = "utf-8"
	EncodingUTF8BOM     = "utf-8-bom"
	EncodingUTF16LE     = "utf-16le"
	EncodingUTF16BE     = "utf-16be"
	EncodingWindows1252 = "windows-1252"
)

// Dialect describes how a file was read, so the wizard can show it and let
// the user override a wrong guess.
type Dialect struct {
	Format    string   // "csv" | "xlsx"
	Encoding  string   // csv: one of the Encoding constants; xlsx: ""
	Delimiter string   // csv: ",", ";", "\t", "|" (or the forced one); xlsx: ""
	Sheet     string   // xlsx: the sheet read; csv: ""
	Sheets    []string // xlsx: every sheet name in workbook order; csv: nil
	HeaderRow int      // the row (as Row.Line counts) the column names were read from
}

// Options tunes Open. The zero value detects everything and applies the
// default limits.
type Options struct {
	// Sheet is the xlsx sheet to read; "" reads the first sheet that has a
	// non-empty row. Ignored for CSV.
	Sheet string
	// Delimiter forces the CSV delimiter: any single ASCII character except
	// a quote, CR or LF ("tab" is accepted for "\t"); "" detects it.
	Delimiter string
	// Encoding forces the CSV encoding: one of the Encoding constants (also
	// "utf8", "latin-1", "latin1", "iso-8859-1", "cp1252"); "" detects it.
	Encoding string
	// HeaderRow is the row holding the column names, counted as Row.Line
	// counts (1 for the first); rows above it are skipped, and when it is
	// blank the next non-blank row is the header. 0 detects it: the first
	// non-blank row, unless the file opens with title rows — the first row
	// has text in one cell only and one of the first ten rows has text in
	// two or more —, then the first row with text in two cells or more
	// (unless that row holds values: numbers, dates, emails).
	HeaderRow int
	// MaxBytes refuses larger files; 0 means DefaultMaxBytes.
	MaxBytes int64
	// MaxRows makes Next fail once a file has more non-blank data rows;
	// 0 means DefaultMaxRows.
	MaxRows int
	// MaxCellBytes caps a cell; a longer one is cut and its row gets a
	// Problem. 0 means DefaultMaxCellBytes.
	MaxCellBytes int
	// MaxColumns caps the header width (a wider header is refused) and the
	// cells kept per record. 0 means DefaultMaxColumns.
	MaxColumns int
}

// withDefaults returns o with every unset limit replaced by its default.
func (o Options) withDefaults() Options {
	if o.MaxBytes <= 0 {
		o.MaxBytes = DefaultMaxBytes
	}
	if o.MaxRows <= 0 {
		o.MaxRows = DefaultMaxRows
	}
	if o.MaxCellBytes <= 0 {
		o.MaxCellBytes = DefaultMaxCellBytes
	}
	if o.MaxColumns <= 0 {
		o.MaxColumns = DefaultMaxColumns
	}
	return o
}

// maxRecordBytes is the most bytes one CSV record may span before it is cut
// and reading resyncs at the next line.
func (o Options) maxRecordBytes() int64 {
	return int64(o.MaxCellBytes) * int64(o.MaxColumns)
}
