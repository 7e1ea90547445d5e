package importfile

import (
	"fmt"
	"strings"
)

// headerNames turns the header cells into unique column names: each is
// trimmed (a stray BOM, which some tools write twice, counts as space), an
// empty one becomes "Column N" (N its 1-based position), and a name seen
// before, ignoring case, gets the first free " (k)" suffix from 2 on:
// "Email", "Email (2)". Names are compared case-insensitively because the
// mapping layer matches them that way.
func headerNames(cells []string) []string {
	names := make([]string, len(cells))
	taken := make(map[string]bool, len(cells))
	for i, c := range cells {
		name := strings.TrimSpace(strings.ReplaceAll(c, "\uFEFF", ""))
		if name == "" {
			name = fmt.Sprintf("Column %d", i+1)
		}
		unique := name
		for k := 2; taken[strings.ToLower(unique)]; k++ {
			unique = fmt.Sprintf("%s (%d)", name, k)
		}
		taken[strings.ToLower(unique)] = true
		names[i] = unique
	}
	return names
}
