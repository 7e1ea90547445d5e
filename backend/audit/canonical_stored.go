package audit

import (
	"encoding/binary"
	"unicode/utf8"
)

// Stored is an entry in the form it is stored in: text as bytes, At as Unix
// milliseconds and Changes as the JSON text json.Marshal wrote. It lets a
// verifier encode entries straight from database rows, with no per-field
// allocation.
type Stored struct {
	Seq     int64
	ID      []byte
	AtMilli int64
	// Text holds Actor.UserID, Username, Role, Device.DeviceID, Hostname,
	// OSUser, AppVersion, SessionHash, Category, Action, ObjectType,
	// ObjectID and ObjectLabel, in that (canonical) order.
	Text     [13][]byte
	Changes  []byte
	Outcome  []byte
	Reason   []byte
	Rows     int64
	PrevHash []byte
}

// AppendCanonicalStored appends Canonical of the entry s describes. When
// the changes text is not in the form json.Marshal writes, decode turns it
// into Changes (the store's own decoder, which maps undecodable text to a
// change that fails the hash check) and those are encoded instead, so the
// result always equals Canonical of the entry as the store reads it back.
func AppendCanonicalStored(b []byte, s *Stored, decode func([]byte) []Change) []byte {
	b = append(b, CanonicalVersion)
	b = binary.BigEndian.AppendUint64(b, uint64(s.Seq))
	b = appendBytes(b, s.ID)
	b = binary.BigEndian.AppendUint64(b, uint64(s.AtMilli))
	for _, t := range s.Text {
		b = appendBytes(b, t)
	}
	mark := len(b)
	b, ok := appendChangesJSON(b, s.Changes)
	if !ok {
		b = appendChanges(b[:mark], decode(s.Changes))
	}
	b = appendBytes(b, s.Outcome)
	b = appendBytes(b, s.Reason)
	b = binary.BigEndian.AppendUint64(b, uint64(s.Rows))
	b = binary.BigEndian.AppendUint32(b, uint32(len(s.PrevHash)))
	return append(b, s.PrevHash...)
}

// appendBytes is appendStr for text held as bytes.
func appendBytes(b, s []byte) []byte {
	if utf8.Valid(s) {
		b = binary.BigEndian.AppendUint32(b, uint32(len(s)))
		return append(b, s...)
	}
	return appendStr(b, string(s))
}
