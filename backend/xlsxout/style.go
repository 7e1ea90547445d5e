package xlsxout

import "github.com/xuri/excelize/v2"

// rowKind is what a row is: data, a group subtotal or the grand total.
type rowKind uint8

const (
	dataRow rowKind = iota
	subtotalRow
	grandTotalRow
	headerRow
)

// styleKey identifies a cell style: the column's number format and
// alignment, and the row's emphasis.
type styleKey struct {
	kind     Kind
	currency string
	row      rowKind
}

// House colours: the header as in the audit export, totals in lighter
// shades of the same blue.
const (
	headerFill   = "1F4E79"
	subtotalFill = "DDEBF7"
	grandFill    = "BDD7EE"
)

// style returns the style ID for a cell of column c in a row of kind r; 0
// (no style) for plain text data cells. excelize deduplicates equal styles.
func (w *Writer) style(c Column, r rowKind) (int, error) {
	k := styleKey{kind: c.Kind, row: r}
	if c.Kind == Money {
		k.currency = c.Currency
	}
	if r == headerRow {
		k = styleKey{row: headerRow}
	}
	if id, ok := w.styles[k]; ok {
		return id, nil
	}
	st := &excelize.Style{}
	if f := c.numFmt(); f != "" && r != headerRow {
		st.CustomNumFmt = &f
	}
	if c.Kind == Bool {
		st.Alignment = &excelize.Alignment{Horizontal: "center"}
	}
	switch r {
	case headerRow:
		st.Font = &excelize.Font{Bold: true, Color: "FFFFFF"}
		st.Fill = excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{headerFill}}
		st.Alignment = &excelize.Alignment{Vertical: "center"}
	case subtotalRow:
		st.Font = &excelize.Font{Bold: true}
		st.Fill = excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{subtotalFill}}
		st.Border = []excelize.Border{{Type: "top", Color: headerFill, Style: 1}}
	case grandTotalRow:
		st.Font = &excelize.Font{Bold: true}
		st.Fill = excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{grandFill}}
		st.Border = []excelize.Border{{Type: "top", Color: headerFill, Style: 1}, {Type: "bottom", Color: headerFill, Style: 6}}
	}
	id := 0
	if r != dataRow || st.CustomNumFmt != nil || st.Alignment != nil {
		var err error
		if id, err = w.f.NewStyle(st); err != nil {
			return 0, err
		}
	}
	w.styles[k] = id
	return id, nil
}
