package encvfs

import (
	"crypto/cipher"
	"crypto/rand"
	"encoding/binary"
)

// AAD domain tags: they bind a sealed page to the kind of file it is in, so a
// page image cannot be moved from the WAL or a journal into the database.
const (
	aadDB      = 'D' // followed by the page number
	aadJournal = 'J' // followed by the file offset of the page image
	aadWAL     = 'W' // followed by the file offset of the frame
)

const sqliteMagic = "SQLite format 3\x00"

// codec seals and opens PageSize-byte pages. It is immutable after newCodec
// and safe for concurrent use; callers bring their own scratch (pageBufs).
type codec struct {
	aead    cipher.AEAD
	reserve int // R: reserved bytes per page
	usable  int // PageSize - R: the part SQLite uses, and the plaintext we seal
	tagEnd  int // usable + tag size: end of ciphertext||tag
	nonEnd  int // tagEnd + nonce size: end of the nonce; zero pad follows
}

func newCodec(c Cipher, key []byte) (*codec, error) {
	a, err := c.newAEAD(key)
	if err != nil {
		return nil, err
	}
	k := &codec{aead: a, reserve: c.Reserve()}
	k.usable = PageSize - k.reserve
	k.tagEnd = k.usable + a.Overhead()
	k.nonEnd = k.tagEnd + a.NonceSize()
	return k, nil
}

// pageBufs is per-file scratch for AAD and a batch of random bytes for
// nonces (one getrandom call per 64 pages instead of one per page).
type pageBufs struct {
	aad [9]byte
	rnd [64 * 24]byte
	off int // next unused byte of rnd
	n   int // bytes of rnd filled
}

func (b *pageBufs) setAAD(tag byte, n uint64) []byte {
	b.aad[0] = tag
	binary.BigEndian.PutUint64(b.aad[1:], n)
	return b.aad[:]
}

// nonce fills dst with fresh random bytes.
func (b *pageBufs) nonce(dst []byte) {
	if b.off+len(dst) > b.n {
		// crypto/rand.Read never returns an error (it crashes the program
		// rather than return weak randomness), so there is nothing to handle.
		rand.Read(b.rnd[:])
		b.off, b.n = 0, len(b.rnd)
	}
	b.off += copy(dst, b.rnd[b.off:b.off+len(dst)])
}

// seal encrypts the PageSize-byte page src into dst (same length, must not
// overlap): ciphertext of src[:usable] || tag || random nonce || zero pad.
// The reserved tail of src is ignored.
func (k *codec) seal(b *pageBufs, dst, src, aad []byte) {
	nonce := dst[k.tagEnd:k.nonEnd]
	b.nonce(nonce)
	k.aead.Seal(dst[:0], nonce, src[:k.usable], aad)
	clear(dst[k.nonEnd:PageSize])
}

// open authenticates and decrypts the PageSize-byte page buf in place and
// reports whether it authenticated. On success the reserved tail is zeroed, so
// SQLite sees exactly the bytes it wrote (its WAL checksums depend on that).
// On failure buf holds unspecified bytes and must not be used. A non-zero pad
// counts as a failure, so every byte of a page is covered.
func (k *codec) open(buf, aad []byte) bool {
	if len(buf) != PageSize || !isZero(buf[k.nonEnd:]) {
		return false
	}
	if _, err := k.aead.Open(buf[:0], buf[k.tagEnd:k.nonEnd], buf[:k.tagEnd], aad); err != nil {
		return false
	}
	clear(buf[k.usable:])
	return true
}

// headerOK reports whether p, if it is page 1 (starts with the SQLite magic),
// declares our page size and reserve. Anything else means SQLite laid out the
// b-tree without room for nonce and tag, or is changing the page size.
func (k *codec) headerOK(p []byte) bool {
	if len(p) < 21 || string(p[:16]) != sqliteMagic {
		return true
	}
	return binary.BigEndian.Uint16(p[16:]) == PageSize && int(p[20]) == k.reserve
}

// EmptyPage1 returns page 1 (plaintext) of an empty SQLite database: page size
// ps, reserve bytes per page, file format 4, UTF-8, rollback journal mode.
// Invalid arguments (ps not a power of two in 512..65536, reserve > 255)
// produce a header SQLite will reject; callers pass PageSize and
// Cipher.Reserve().
func EmptyPage1(ps, reserve int) []byte {
	p := make([]byte, ps)
	copy(p, sqliteMagic)
	binary.BigEndian.PutUint16(p[16:], uint16(ps))
	p[18], p[19] = 1, 1 // legacy read/write versions; WAL mode sets 2
	p[20] = byte(reserve)
	p[21], p[22], p[23] = 64, 32, 32
	binary.BigEndian.PutUint32(p[24:], 1)       // file change counter
	binary.BigEndian.PutUint32(p[28:], 1)       // database size in pages
	binary.BigEndian.PutUint32(p[44:], 4)       // schema format number
	binary.BigEndian.PutUint32(p[56:], 1)       // text encoding UTF-8
	binary.BigEndian.PutUint32(p[92:], 1)       // version-valid-for
	binary.BigEndian.PutUint32(p[96:], 3054001) // SQLITE_VERSION_NUMBER (informational)
	p[100] = 0x0d                               // leaf table b-tree page (sqlite_schema)
	binary.BigEndian.PutUint16(p[105:], uint16(ps-reserve))
	return p
}

func isZero(b []byte) bool {
	for _, c := range b {
		if c != 0 {
			return false
		}
	}
	return true
}
