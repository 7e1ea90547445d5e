package importfile

import (
	"bytes"
	"strings"
)

// delimSniffBytes is how much of the decoded text delimiter detection reads,
// and delimSniffRecords the most records it looks at.
const (
	delimSniffBytes   = 64 << 10
	delimSniffRecords = 500
)

// detectDelimiter picks, among , ; tab and |, the delimiter that splits the
// sampled records into the most consistent number of cells greater than
// one: the highest share of records having the most common count wins,
// then the higher count, then the order above (tab first for a .tsv or
// .tab name). The sample is scanned quote-aware with the same scanner
// Next uses; blank records are ignored and, when the sample is only the
// start of the file, so is its possibly cut last record. A file whose
// records never split (one column) gets a comma.
func detectDelimiter(sample []byte, truncated bool, name string) byte {
	order := []byte{',', ';', '\t', '|'}
	if ext := strings.ToLower(name); strings.HasSuffix(ext, ".tsv") || strings.HasSuffix(ext, ".tab") {
		order = []byte{'\t', ',', ';', '|'}
	}
	best, bestShare, bestCount := byte(','), 0.0, 1
	for _, d := range order {
		share, count := consistency(sampleCounts(sample, d, truncated))
		if count < 2 {
			continue
		}
		if share > bestShare || share == bestShare && count > bestCount {
			best, bestShare, bestCount = d, share, count
		}
	}
	return best
}

// sampleCounts returns the cell count of each non-blank record of sample
// split by d.
func sampleCounts(sample []byte, d byte, truncated bool) []int {
	s := newCSVScanner(bytes.NewReader(sample), d, false, Options{MaxColumns: 4096}.withDefaults())
	var counts []int
	exhausted := true
	for s.scan() {
		if len(counts) == delimSniffRecords {
			exhausted = false
			break
		}
		if rec := s.record(); !rec.blank() {
			counts = append(counts, rec.count)
		}
	}
	if truncated && exhausted && len(counts) > 1 {
		counts = counts[:len(counts)-1]
	}
	return counts
}

// consistency returns the most common count and the share of records that
// have it (the larger count on a tie).
func consistency(counts []int) (share float64, mode int) {
	if len(counts) == 0 {
		return 0, 0
	}
	freq := map[int]int{}
	best := 0
	for _, c := range counts {
		freq[c]++
		if f := freq[c]; f > best || f == best && c > mode {
			best, mode = f, c
		}
	}
	return float64(best) / float64(len(counts)), mode
}
