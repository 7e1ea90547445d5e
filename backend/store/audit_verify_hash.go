package store

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"hash"

	"fieldvault/backend/audit"
)

// rowState is a hashed row's verdict.
type rowState uint8

const (
	rowOK  rowState = iota + 1 // its HMAC matches
	rowBad                     // it does not, or it could not be parsed
)

// verifyFields is how many values verifyScanSQL joins per entry: seq,
// rows, then id, at, the 13 Stored.Text columns, changes, outcome, reason.
const verifyFields = 20

// hasher checks rows' HMACs; one per worker goroutine, reusing its buffers.
type hasher struct {
	mac   hash.Hash
	buf   []byte
	sum   []byte
	parts [verifyFields][]byte
	st    audit.Stored
}

func newHasher(key []byte) *hasher {
	return &hasher{mac: hmac.New(sha256.New, key), buf: make([]byte, 0, 2048), sum: make([]byte, 0, sha256.Size)}
}

// batch splits b into entries and judges each. A batch that does not split
// into exactly b.count entries gets none, so the linker stops at its start.
func (h *hasher) batch(b *verifyBatch) {
	if !b.good {
		return
	}
	rest := b.blob
	for i := int64(0); i < b.count; i++ {
		k := bytes.IndexByte(rest, 0xfe)
		if (k < 0) != (i == b.count-1) {
			b.seq, b.state = b.seq[:0], b.state[:0]
			return
		}
		row := rest
		if k >= 0 {
			row, rest = rest[:k], rest[k+1:]
		}
		seq, st := h.row(row, b.hashes[64*i:64*i+32], b.hashes[64*i+32:64*i+64])
		b.seq, b.state = append(b.seq, seq), append(b.state, st)
	}
}

// row parses one entry's joined values and recomputes its HMAC.
func (h *hasher) row(blob, prev, want []byte) (int64, rowState) {
	n := 0
	for n < verifyFields-1 {
		k := bytes.IndexByte(blob, 0xff)
		if k < 0 {
			return -1, rowBad
		}
		h.parts[n], blob = blob[:k], blob[k+1:]
		n++
	}
	h.parts[n] = blob
	seq, ok1 := parseInt(h.parts[0])
	rows, ok2 := parseInt(h.parts[1])
	if !ok1 || !ok2 || bytes.IndexByte(blob, 0xff) >= 0 {
		return seq, rowBad
	}
	p := h.parts[2:]
	st := &h.st
	st.Seq, st.ID, st.AtMilli = seq, p[0], auditMilli(p[1])
	copy(st.Text[:], p[2:15])
	st.Changes, st.Outcome, st.Reason, st.Rows, st.PrevHash = p[15], p[16], p[17], rows, prev
	if h.authentic(st, want) {
		return seq, rowOK
	}
	return seq, rowBad
}

// authentic reports whether want is the chain hash of the stored entry st
// (its PrevHash set).
func (h *hasher) authentic(st *audit.Stored, want []byte) bool {
	h.buf = audit.AppendCanonicalStored(h.buf[:0], st, decodeChanges)
	h.mac.Reset()
	h.mac.Write(st.PrevHash)
	h.mac.Write(h.buf)
	h.sum = h.mac.Sum(h.sum[:0])
	return hmac.Equal(h.sum, want)
}

// parseInt reads SQLite's text form of an integer.
func parseInt(b []byte) (int64, bool) {
	neg := len(b) > 0 && b[0] == '-'
	if neg {
		b = b[1:]
	}
	if len(b) == 0 || len(b) > 18 {
		return 0, false
	}
	var v int64
	for _, c := range b {
		if c < '0' || c > '9' {
			return 0, false
		}
		v = v*10 + int64(c-'0')
	}
	if neg {
		v = -v
	}
	return v, true
}

// auditMilli is parseAuditTime(b).UnixMilli(), with a fast path for the
// one layout the store writes ("2006-01-02T15:04:05.000Z").
func auditMilli(b []byte) int64 {
	if len(b) != 24 || b[4] != '-' || b[7] != '-' || b[10] != 'T' || b[13] != ':' || b[16] != ':' || b[19] != '.' || b[23] != 'Z' {
		return parseAuditTime(b).UnixMilli()
	}
	num := func(i, n int) int {
		v := 0
		for _, c := range b[i : i+n] {
			if c < '0' || c > '9' {
				return -1
			}
			v = v*10 + int(c-'0')
		}
		return v
	}
	y, mo, d, hh, mi, ss, ms := num(0, 4), num(5, 2), num(8, 2), num(11, 2), num(14, 2), num(17, 2), num(20, 3)
	if y < 1 || mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo) || hh < 0 || hh > 23 || mi < 0 || mi > 59 || ss < 0 || ss > 59 || ms < 0 {
		return parseAuditTime(b).UnixMilli()
	}
	return daysFromCivil(y, mo, d)*86_400_000 + int64(hh*3_600_000+mi*60_000+ss*1000+ms)
}

func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// daysFromCivil returns the days since 1970-01-01 of a proleptic Gregorian
// date (Howard Hinnant's algorithm).
func daysFromCivil(y, m, d int) int64 {
	if m <= 2 {
		y--
	}
	era := y / 400
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return int64(era)*146097 + int64(doe) - 719468
}
