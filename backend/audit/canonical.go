package audit

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"slices"
	"unicode/utf8"
)

// CanonicalVersion is the first byte of every canonical encoding. A change
// to the layout below must bump it (and the verifier must keep the old one).
const CanonicalVersion byte = 1

// Canonical returns the deterministic, unambiguous encoding of every field
// of e except Hash, which is what the hash chain authenticates. Layout
// (integers big-endian, str = uint32 byte length + bytes):
//
//	version byte (CanonicalVersion)
//	Seq int64 · ID str · At int64 (Unix milliseconds)
//	Actor.UserID, Username, Role str · Device.DeviceID, Hostname, OSUser, AppVersion str
//	SessionHash, Category, Action, ObjectType, ObjectID, ObjectLabel str
//	Changes: uint32 count, then per change: Field str · Masked byte (0/1) · Before value · After value
//	Outcome, Reason str · Rows int64 · PrevHash str
//
// A value is a type tag then its body: 'z' nil; 't'/'f' bool; 's' str;
// 'n' str (json.Number text); 'a' uint32 count + values; 'm' uint32 count +
// (key str, value) pairs in sorted key order. Any other Go value is first
// normalised through encoding/json (so int 5, float64 5 and json.Number "5"
// encode alike, as they do once stored and read back); a value JSON cannot
// encode becomes 'x' + its type name (Validate rejects such entries).
// Strings are encoded as JSON would carry them: each invalid UTF-8 byte
// becomes U+FFFD. Never fails.
func Canonical(e *Entry) []byte { return appendCanonical(make([]byte, 0, 512), e) }

// ChainHash returns HMAC-SHA256(key, prev || Canonical(e)). The first entry
// of a log uses Genesis as prev.
func ChainHash(key, prev []byte, e *Entry) []byte {
	m := hmac.New(sha256.New, key)
	m.Write(prev)
	m.Write(Canonical(e))
	return m.Sum(nil)
}

// Genesis returns the prev hash of the first entry: 32 zero bytes.
func Genesis() []byte { return make([]byte, sha256.Size) }

func appendCanonical(b []byte, e *Entry) []byte {
	b = append(b, CanonicalVersion)
	b = binary.BigEndian.AppendUint64(b, uint64(e.Seq))
	b = appendStr(b, e.ID)
	b = binary.BigEndian.AppendUint64(b, uint64(e.At.UnixMilli()))
	for _, s := range [...]string{e.Actor.UserID, e.Actor.Username, e.Actor.Role,
		e.Device.DeviceID, e.Device.Hostname, e.Device.OSUser, e.Device.AppVersion,
		e.SessionHash, e.Category, e.Action, e.ObjectType, e.ObjectID, e.ObjectLabel} {
		b = appendStr(b, s)
	}
	b = appendChanges(b, e.Changes)
	b = appendStr(b, e.Outcome)
	b = appendStr(b, e.Reason)
	b = binary.BigEndian.AppendUint64(b, uint64(e.Rows))
	b = binary.BigEndian.AppendUint32(b, uint32(len(e.PrevHash)))
	return append(b, e.PrevHash...)
}

func appendChanges(b []byte, changes []Change) []byte {
	b = binary.BigEndian.AppendUint32(b, uint32(len(changes)))
	for i := range changes {
		c := &changes[i]
		b = appendStr(b, c.Field)
		if c.Masked {
			b = append(b, 1)
		} else {
			b = append(b, 0)
		}
		b = appendValue(b, c.Before)
		b = appendValue(b, c.After)
	}
	return b
}

// appendStr appends a length-prefixed string, with invalid UTF-8 bytes
// replaced one by one by U+FFFD as encoding/json does.
func appendStr(b []byte, s string) []byte {
	if utf8.ValidString(s) {
		b = binary.BigEndian.AppendUint32(b, uint32(len(s)))
		return append(b, s...)
	}
	fixed := make([]byte, 0, len(s)+8)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			fixed = utf8.AppendRune(fixed, utf8.RuneError)
		} else {
			fixed = append(fixed, s[i:i+n]...)
		}
		i += n
	}
	b = binary.BigEndian.AppendUint32(b, uint32(len(fixed)))
	return append(b, fixed...)
}

func appendValue(b []byte, v any) []byte {
	switch x := v.(type) {
	case nil:
		return append(b, 'z')
	case bool:
		if x {
			return append(b, 't')
		}
		return append(b, 'f')
	case string:
		return appendStr(append(b, 's'), x)
	case json.Number:
		return appendStr(append(b, 'n'), string(x))
	case []any:
		b = binary.BigEndian.AppendUint32(append(b, 'a'), uint32(len(x)))
		for _, el := range x {
			b = appendValue(b, el)
		}
		return b
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		b = binary.BigEndian.AppendUint32(append(b, 'm'), uint32(len(x)))
		for _, k := range keys {
			b = appendStr(b, k)
			b = appendValue(b, x[k])
		}
		return b
	}
	n, err := normalize(v)
	if err != nil {
		return appendStr(append(b, 'x'), fmt.Sprintf("%T", v))
	}
	return appendValue(b, n)
}
