package dedup

import "math/bits"

// osaDistance returns the optimal-string-alignment distance of a and b (the
// Levenshtein distance that also counts swapping two adjacent characters as
// one edit) when it is at most k, k+1 when it is larger, and -1 when either
// string is longer than 32 bytes or not ASCII, which folded names rarely
// are. It does not allocate.
func osaDistance(a, b string, k int) int {
	if len(a) > maxOSA || len(b) > maxOSA || !isASCII(a) || !isASCII(b) {
		return -1
	}
	return osaASCII(a, b, k)
}

const maxOSA = 32

// osaASCII is osaDistance for ASCII strings of at most maxOSA bytes. The
// common prefix and suffix are dropped first (typos leave most of a name
// alone), then only the diagonal band |i-j| ≤ k is computed, stopping as
// soon as the distance must exceed k (Ukkonen's cut-off).
func osaASCII(a, b string, k int) int {
	for len(a) > 0 && len(b) > 0 && a[0] == b[0] {
		a, b = a[1:], b[1:]
	}
	for len(a) > 0 && len(b) > 0 && a[len(a)-1] == b[len(b)-1] {
		a, b = a[:len(a)-1], b[:len(b)-1]
	}
	la, lb := len(a), len(b)
	if d := la - lb; d > k || -d > k {
		return k + 1
	}
	if la == 0 || lb == 0 {
		return max(la, lb)
	}
	const inf = 1 << 20
	var rows [3][maxOSA + 2]int // rows i-2, i-1, i (rotating)
	r0, r1, r2 := &rows[0], &rows[1], &rows[2]
	for j := 0; j <= lb+1; j++ {
		r1[j] = inf
		if j <= k {
			r1[j] = j
		}
	}
	for i := 1; i <= la; i++ {
		lo, hi := max(1, i-k), min(lb, i+k)
		r2[lo-1] = inf
		best := inf
		if lo == 1 {
			r2[0] = i
			best = i
		}
		for j := lo; j <= hi; j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := min(r1[j]+1, r2[j-1]+1, r1[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, r0[j-2]+1)
			}
			r2[j] = v
			best = min(best, v)
		}
		r2[hi+1] = inf
		if best > k {
			return k + 1
		}
		r0, r1, r2 = r1, r2, r0
	}
	return min(r1[lb], k+1)
}

// letterMask returns the set of ASCII letters in s as bits 0–25, the first
// letter (1 for "a" ... 26 for "z", 0 for anything else) in bits 26–30 and
// bit 31 when s has other bytes. Comparisons read it instead of the string:
// different masks mean different strings, equal initials show in the mask,
// and two strings whose letter sets differ in more than 2k letters are more
// than k edits apart (an edit changes the letter counts by at most 2), which
// rejects most pairs of different names before any edit distance is
// computed.
func letterMask(s string) uint32 {
	var m uint32
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 'a' && c <= 'z':
			m |= 1 << (c - 'a')
		case c >= 0x80:
			m |= 1 << 31
		}
	}
	if len(s) > 0 && s[0] >= 'a' && s[0] <= 'z' {
		m |= uint32(s[0]-'a'+1) << 26
	}
	return m
}

const (
	maskLetters = 1<<26 - 1
	maskInitial = 31 << 26
	maskOther   = 1 << 31
)

// sameInitial reports whether the strings behind two letter masks start
// with the same letter; false when either does not start with a-z.
func sameInitial(mx, my uint32) bool {
	return mx&maskInitial != 0 && mx&maskInitial == my&maskInitial
}

// lettersAllow reports whether the letter masks mx and my allow their
// strings to be at most k edits apart; false means they certainly are not.
func lettersAllow(mx, my uint32, k int) bool {
	if (mx|my)&maskOther != 0 {
		return true
	}
	return bits.OnesCount32((mx^my)&maskLetters) <= 2*k
}
