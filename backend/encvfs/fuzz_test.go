package encvfs

import (
	"bytes"
	"testing"
)

// FuzzPageOpen feeds arbitrary bytes to the page open path: it must never
// panic and never authenticate anything but the one page sealed here (with
// its own page number). Without -fuzz it runs the seed corpus.
func FuzzPageOpen(f *testing.F) {
	codecs := map[Cipher]*codec{}
	sealed := map[Cipher][]byte{}
	plain := EmptyPage1(PageSize, 0)
	copy(plain[200:], "seed content")
	for _, c := range []Cipher{AES256GCM, XChaCha20Poly1305} {
		k := testCodec(f, c)
		// A fixed (zero) nonce: every fuzz worker process must seal the same page.
		b := pageBufs{n: len(pageBufs{}.rnd)}
		s := make([]byte, PageSize)
		k.seal(&b, s, plain, b.setAAD(aadDB, 3))
		codecs[c], sealed[c] = k, s
		f.Add(bytes.Clone(s), uint32(3), uint8(c))
		f.Add(bytes.Clone(s), uint32(4), uint8(c))
		tweaked := bytes.Clone(s)
		tweaked[PageSize-1] = 1
		f.Add(tweaked, uint32(3), uint8(c))
		f.Add(bytes.Clone(s[:PageSize-1]), uint32(3), uint8(c))
	}
	f.Add([]byte{}, uint32(1), uint8(0))
	f.Add(make([]byte, PageSize), uint32(1), uint8(1))
	f.Add(bytes.Repeat([]byte{0xff}, 2*PageSize), uint32(0), uint8(0))

	f.Fuzz(func(t *testing.T, data []byte, pgno uint32, which uint8) {
		c := Cipher(which % 2)
		k := codecs[c]
		var b pageBufs
		buf := bytes.Clone(data)
		ok := k.open(buf, b.setAAD(aadDB, uint64(pgno)))
		valid := pgno == 3 && bytes.Equal(data, sealed[c])
		if ok != valid {
			t.Fatalf("open = %v for len %d pgno %d which %d (valid %v)", ok, len(data), pgno, which, valid)
		}
		if ok && !bytes.Equal(buf[:k.usable], plain[:k.usable]) {
			t.Fatal("authenticated page decrypted to other bytes")
		}
		// the WAL geometry must hold for any range, too
		off, n := int64(pgno)%(1<<30), len(data)
		walPageRegions(off, n, func(rel int, frame int64) {
			if rel < 0 || rel+PageSize > n || off+int64(rel) != frame+walFrameHdr {
				t.Fatalf("bad region rel=%d frame=%d for off=%d n=%d", rel, frame, off, n)
			}
		})
	})
}
