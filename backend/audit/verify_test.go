package audit_test

import (
	"bytes"
	"crypto/ed25519"
	"strings"
	"testing"

	"fieldvault/backend/audit"
)

// In-memory tampering; the store's tests repeat the important cases
// through SQL on a real encrypted database.
func TestVerifier(t *testing.T) {
	const n = 30
	type log struct {
		entries []*audit.Entry
		cps     []audit.Checkpoint
	}
	resign := func(e *audit.Entry) {
		e.Hash = audit.ChainHash([]byte("attacker's guess at the key....."), e.PrevHash, e)
	}
	tests := []struct {
		name   string
		tamper func(l *log)
		want   *audit.Problem // nil = clean
	}{
		{"clean", func(*log) {}, nil},
		{"empty log", func(l *log) { l.entries, l.cps = nil, nil }, nil},
		{"edited label", func(l *log) { l.entries[9].ObjectLabel = "x" }, &audit.Problem{Seq: 10, Kind: audit.KindEdited}},
		{"edited first", func(l *log) { l.entries[0].Rows = 99 }, &audit.Problem{Seq: 1, Kind: audit.KindEdited}},
		{"edited last", func(l *log) { l.entries[n-1].Reason = "x" }, &audit.Problem{Seq: n, Kind: audit.KindEdited}},
		{"edited and re-hashed without the key", func(l *log) { l.entries[9].Outcome = "denied"; resign(l.entries[9]) },
			&audit.Problem{Seq: 10, Kind: audit.KindEdited}},
		{"hash replaced", func(l *log) { l.entries[9].Hash = bytes.Repeat([]byte{1}, 32) }, &audit.Problem{Seq: 10, Kind: audit.KindEdited}},
		{"deleted", func(l *log) { l.entries = append(l.entries[:9], l.entries[10:]...) }, &audit.Problem{Seq: 10, Kind: audit.KindMissing}},
		{"deleted first", func(l *log) { l.entries = l.entries[1:] }, &audit.Problem{Seq: 1, Kind: audit.KindMissing}},
		{"deleted and renumbered", func(l *log) {
			l.entries = append(l.entries[:9], l.entries[12:]...)
			for i := 9; i < len(l.entries); i++ {
				l.entries[i] = renumbered(l.entries[i], int64(i+1))
			}
		}, &audit.Problem{Seq: 10, Kind: audit.KindMissing}},
		{"forged inserted", func(l *log) {
			f := renumbered(l.entries[9], 10)
			f.ObjectLabel = "forged"
			resign(f)
			l.entries = insertRenumbered(l.entries, 9, f)
		}, &audit.Problem{Seq: 10, Kind: audit.KindInserted}},
		{"replayed copy", func(l *log) { l.entries = insertRenumbered(l.entries, 9, renumbered(l.entries[4], 10)) },
			&audit.Problem{Seq: 10, Kind: audit.KindInserted}},
		{"copy of previous", func(l *log) { l.entries = insertRenumbered(l.entries, 9, renumbered(l.entries[8], 10)) },
			&audit.Problem{Seq: 10, Kind: audit.KindInserted}},
		{"duplicate seq", func(l *log) {
			l.entries = append(l.entries[:10], append([]*audit.Entry{l.entries[9]}, l.entries[10:]...)...)
		},
			&audit.Problem{Seq: 10, Kind: audit.KindInserted}},
		{"swapped seqs", func(l *log) {
			a, b := l.entries[9], l.entries[10]
			l.entries[9], l.entries[10] = renumbered(b, 10), renumbered(a, 11)
		}, &audit.Problem{Seq: 10, Kind: audit.KindReordered}},
		{"swapped far apart", func(l *log) {
			a, b := l.entries[4], l.entries[24]
			l.entries[4], l.entries[24] = renumbered(b, 5), renumbered(a, 25)
		}, &audit.Problem{Seq: 5, Kind: audit.KindReordered}},
		{"out of order", func(l *log) { l.entries[9], l.entries[10] = l.entries[10], l.entries[9] },
			&audit.Problem{Seq: 11, Kind: audit.KindReordered}},
		{"deleted last but one", func(l *log) { l.entries = append(l.entries[:n-2], l.entries[n-1]) },
			&audit.Problem{Seq: n - 1, Kind: audit.KindMissing}},
		{"truncated before checkpoint", func(l *log) { l.entries = l.entries[:n-3] }, &audit.Problem{Seq: n - 2, Kind: audit.KindTruncated}},
		{"checkpoint signature", func(l *log) { l.cps[1].Signature[0] ^= 1 }, &audit.Problem{Seq: 20, Kind: audit.KindCheckpoint}},
		{"checkpoint hash", func(l *log) { l.cps[0] = audit.SignCheckpoint(priv, 10, l.entries[10].Hash, t0) },
			&audit.Problem{Seq: 10, Kind: audit.KindCheckpoint}},
		{"forged checkpoint beyond the end", func(l *log) {
			_, other, _ := ed25519.GenerateKey(nil)
			l.cps = append(l.cps, audit.SignCheckpoint(other, 99, nil, t0))
		}, &audit.Problem{Seq: 99, Kind: audit.KindCheckpoint}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := &log{entries: chain(t, n)}
			for _, s := range []int{10, 20, 30} {
				l.cps = append(l.cps, audit.SignCheckpoint(priv, int64(s), l.entries[s-1].Hash, t0))
			}
			tt.tamper(l)
			v := audit.NewVerifier(testKey, testPub)
			for _, c := range l.cps {
				v.AddCheckpoint(c)
			}
			for _, e := range l.entries {
				if !v.Add(e) {
					break
				}
			}
			r := v.Finish()
			if tt.want == nil {
				if r.Problem != nil || r.Entries != int64(len(l.entries)) || r.LastSeq != int64(len(l.entries)) {
					t.Fatalf("got %+v", r)
				}
				return
			}
			if r.Problem == nil || r.Problem.Seq != tt.want.Seq || r.Problem.Kind != tt.want.Kind {
				t.Fatalf("got %+v, want %d %s", r.Problem, tt.want.Seq, tt.want.Kind)
			}
			msg := r.Problem.Error()
			if !strings.Contains(msg, "audit") || r.Problem.Detail == "" {
				t.Fatalf("message %q", msg)
			}
			t.Log(msg)
		})
	}
}

func TestVerifierReport(t *testing.T) {
	entries := chain(t, 25)
	v := audit.NewVerifier(testKey, testPub)
	v.AddCheckpoint(audit.SignCheckpoint(priv, 20, entries[19].Hash, t0))
	v.AddCheckpoint(audit.SignCheckpoint(priv, 10, entries[9].Hash, t0)) // out of order is fine
	for _, e := range entries {
		v.Add(e)
	}
	r := v.Finish()
	if r.Problem != nil || r.Entries != 25 || r.LastSeq != 25 || !bytes.Equal(r.LastHash, entries[24].Hash) ||
		r.LastCheckpoint == nil || r.LastCheckpoint.Seq != 20 {
		t.Fatalf("got %+v", r)
	}
	t.Run("nil public key fails closed", func(t *testing.T) {
		v := audit.NewVerifier(testKey, nil)
		v.AddCheckpoint(audit.SignCheckpoint(priv, 10, entries[9].Hash, t0))
		for _, e := range entries {
			v.Add(e)
		}
		if p := v.Finish().Problem; p == nil || p.Kind != audit.KindCheckpoint {
			t.Fatalf("got %+v", p)
		}
	})
	t.Run("wrong HMAC key", func(t *testing.T) {
		v := audit.NewVerifier([]byte("wrong"), testPub)
		for _, e := range entries {
			v.Add(e)
		}
		if p := v.Finish().Problem; p == nil || p.Seq != 1 || p.Kind != audit.KindEdited {
			t.Fatalf("got %+v", p)
		}
	})
}

// renumbered returns a copy of e claiming seq s (its hash untouched).
func renumbered(e *audit.Entry, s int64) *audit.Entry {
	c := *e
	c.Seq = s
	return &c
}

func insertRenumbered(list []*audit.Entry, at int, f *audit.Entry) []*audit.Entry {
	out := append(append(append([]*audit.Entry{}, list[:at]...), f), list[at:]...)
	for i := at + 1; i < len(out); i++ {
		out[i] = renumbered(out[i], int64(i+1))
	}
	return out
}
