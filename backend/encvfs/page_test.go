package encvfs

import (
	"bytes"
	"encoding/binary"
	"testing"
)

func testCodec(t testing.TB, c Cipher) *codec {
	t.Helper()
	key := bytes.Repeat([]byte{0x42}, 32)
	k, err := newCodec(c, key)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// TestSealOpen: a sealed page opens to the original under the same AAD; a
// different page number, file kind or any flipped byte fails.
func TestSealOpen(t *testing.T) {
	for _, c := range []Cipher{AES256GCM, XChaCha20Poly1305} {
		k := testCodec(t, c)
		var b pageBufs
		plain := EmptyPage1(PageSize, k.reserve)
		for i := 110; i < k.usable; i++ {
			plain[i] = byte(i * 7)
		}
		sealed := make([]byte, PageSize)
		k.seal(&b, sealed, plain, b.setAAD(aadDB, 5))
		if bytes.Contains(sealed, []byte(sqliteMagic)) {
			t.Fatal("sealed page holds plaintext")
		}
		for _, tc := range []struct {
			name   string
			aadTag byte
			aadN   uint64
			flip   int // -1: none
			want   bool
		}{
			{"same AAD", aadDB, 5, -1, true},
			{"other page", aadDB, 6, -1, false},
			{"other kind", aadWAL, 5, -1, false},
			{"ciphertext flipped", aadDB, 5, 0, false},
			{"tag flipped", aadDB, 5, k.usable, false},
			{"nonce flipped", aadDB, 5, k.tagEnd, false},
			{"last byte flipped", aadDB, 5, PageSize - 1, false},
		} {
			t.Run(c.String()+"/"+tc.name, func(t *testing.T) {
				buf := bytes.Clone(sealed)
				if tc.flip >= 0 {
					buf[tc.flip] ^= 1
				}
				got := k.open(buf, b.setAAD(tc.aadTag, tc.aadN))
				if got != tc.want {
					t.Fatalf("open = %v, want %v", got, tc.want)
				}
				if got && !bytes.Equal(buf[:k.usable], plain[:k.usable]) || got && !isZero(buf[k.usable:]) {
					t.Fatal("opened page differs from the original")
				}
			})
		}
		other := make([]byte, PageSize)
		k.seal(&b, other, plain, b.setAAD(aadDB, 5))
		if bytes.Equal(other[k.tagEnd:k.nonEnd], sealed[k.tagEnd:k.nonEnd]) {
			t.Error("two seals used the same nonce")
		}
	}
}

func TestEmptyPage1AndHeaderOK(t *testing.T) {
	k := testCodec(t, AES256GCM)
	p := EmptyPage1(PageSize, 32)
	if binary.BigEndian.Uint16(p[16:]) != PageSize || p[20] != 32 || p[100] != 0x0d ||
		binary.BigEndian.Uint16(p[105:]) != PageSize-32 {
		t.Fatalf("bad header % x", p[:108])
	}
	for _, tc := range []struct {
		name string
		page []byte
		want bool
	}{
		{"ours", p, true},
		{"not page 1", make([]byte, PageSize), true},
		{"other reserve", EmptyPage1(PageSize, 0), false},
		{"other page size", EmptyPage1(8192, 32), false},
		{"XChaCha reserve", EmptyPage1(PageSize, 40), false},
	} {
		if got := k.headerOK(tc.page); got != tc.want {
			t.Errorf("%s: headerOK = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestWALPageRegions(t *testing.T) {
	f1 := int64(walHdr) // frame 0 header
	for _, tc := range []struct {
		name   string
		off    int64
		n      int
		want   []int64 // frame offsets
		wantOK bool
	}{
		{"wal header", 0, walHdr, nil, true},
		{"frame header", f1, walFrameHdr, nil, true},
		{"page of frame 0", f1 + walFrameHdr, PageSize, []int64{f1}, true},
		{"header+page of frame 1", f1 + walFrame, walFrame, []int64{f1 + walFrame}, true},
		{"two whole frames", f1, 2 * walFrame, []int64{f1, f1 + walFrame}, true},
		{"part of a page", f1 + walFrameHdr + 8, 100, nil, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []int64
			ok := walPageRegions(tc.off, tc.n, func(rel int, frame int64) {
				if tc.off+int64(rel) != frame+walFrameHdr {
					t.Errorf("rel %d does not point at frame %d's page", rel, frame)
				}
				got = append(got, frame)
			})
			if ok != tc.wantOK || len(got) != len(tc.want) {
				t.Fatalf("ok=%v frames=%v, want %v %v", ok, got, tc.wantOK, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Fatalf("frames %v, want %v", got, tc.want)
				}
			}
		})
	}
}

// BenchmarkCodec measures sealing and opening one page, the VFS's per-page
// CPU cost on top of plain SQLite.
func BenchmarkCodec(b *testing.B) {
	for _, c := range []Cipher{AES256GCM, XChaCha20Poly1305} {
		k := testCodec(b, c)
		var bufs pageBufs
		plain := EmptyPage1(PageSize, k.reserve)
		sealed := make([]byte, PageSize)
		b.Run(c.String()+"/seal", func(b *testing.B) {
			b.SetBytes(PageSize)
			for b.Loop() {
				k.seal(&bufs, sealed, plain, bufs.setAAD(aadDB, 2))
			}
		})
		work := make([]byte, PageSize)
		b.Run(c.String()+"/open", func(b *testing.B) {
			b.SetBytes(PageSize)
			for b.Loop() {
				copy(work, sealed)
				if !k.open(work, bufs.setAAD(aadDB, 2)) {
					b.Fatal("open failed")
				}
			}
		})
	}
}
