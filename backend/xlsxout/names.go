package xlsxout

import (
	"strconv"
	"strings"
)

// maxSheetName is Excel's limit on a sheet name, in UTF-16 code units.
const maxSheetName = 31

// uniqueName turns name into a sheet name Excel accepts and no other sheet
// of the workbook has (case-insensitively): cleaned, the characters
// : \ / ? * [ ] replaced by "-", no apostrophe at either end, at most 31
// characters, "Sheet <n>" when nothing is left, and " (2)", " (3)", ...
// appended on a clash. It records the name as taken.
func (w *Writer) uniqueName(name string, n int) string {
	name = strings.Map(func(r rune) rune {
		switch r {
		case ':', '\\', '/', '?', '*', '[', ']':
			return '-'
		case '\n', '\t':
			return ' '
		}
		return r
	}, cleanText(name))
	name = strings.Trim(name, "' ")
	if name == "" {
		name = "Sheet " + strconv.Itoa(n)
	}
	base := strings.TrimRight(cutUTF16(name, maxSheetName), "' ")
	name = base
	for i := 2; w.names[lower(name)]; i++ {
		suffix := " (" + strconv.Itoa(i) + ")"
		name = strings.TrimRight(cutUTF16(base, maxSheetName-len(suffix)), "' ") + suffix
	}
	w.names[lower(name)] = true
	return name
}

func lower(s string) string { return strings.ToLower(s) }

// quoteSheet returns name in apostrophes for a cell reference, an
// apostrophe inside doubled.
func quoteSheet(name string) string {
	return "'" + strings.ReplaceAll(name, "'", "''") + "'"
}
