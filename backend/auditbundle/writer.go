package auditbundle

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"time"

	"fieldvault/backend/apperr"
	"fieldvault/backend/audit"
)

// Writer writes a bundle line by line; Finish seals it. It is not safe for
// concurrent use.
type Writer struct {
	w         *bufio.Writer
	prev      [32]byte
	n         int64
	first     int64
	last      int64
	lastChain []byte
}

// NewWriter returns a Writer on w (buffered; Finish flushes).
func NewWriter(w io.Writer) *Writer {
	return &Writer{w: bufio.NewWriterSize(w, 1<<20), prev: Genesis()}
}

// Add writes e as the next line. Entries must come in ascending seq order.
// redacted says e's field changes were masked for the exporter. Errors:
// CodeInvalid when e's seq does not ascend; CodeInternal for write errors.
func (w *Writer) Add(e *audit.Entry, redacted bool) error {
	if w.n > 0 && e.Seq <= w.last {
		return apperr.New(apperr.CodeInvalid, "Audit entries must be exported in ascending order.")
	}
	changes := e.Changes
	if changes == nil {
		changes = []audit.Change{}
	}
	l := Line{N: w.n + 1, Seq: e.Seq, Prev: hex.EncodeToString(w.prev[:]), ID: e.ID,
		At:      e.At.UTC().Format("2006-01-02T15:04:05.000Z07:00"),
		ActorID: e.Actor.UserID, ActorName: e.Actor.Username, ActorRole: e.Actor.Role,
		DeviceID: e.Device.DeviceID, Hostname: e.Device.Hostname, OSUser: e.Device.OSUser, AppVersion: e.Device.AppVersion,
		SessionHash: e.SessionHash, Category: e.Category, Action: e.Action,
		ObjectType: e.ObjectType, ObjectID: e.ObjectID, ObjectLabel: e.ObjectLabel, Changes: changes,
		Outcome: e.Outcome, Reason: e.Reason, Rows: e.Rows,
		PrevHash: hex.EncodeToString(e.PrevHash), Hash: hex.EncodeToString(e.Hash), Redacted: redacted}
	b, err := json.Marshal(l)
	if err != nil {
		return apperr.Wrap(err, apperr.CodeInternal, "An audit entry could not be encoded.")
	}
	if err := w.line(b); err != nil {
		return err
	}
	if w.n == 0 {
		w.first = e.Seq
	}
	w.n, w.last, w.lastChain = w.n+1, e.Seq, append(w.lastChain[:0], e.Hash...)
	return nil
}

// Count returns how many entries were added.
func (w *Writer) Count() int64 { return w.n }

// Finish completes m from the lines written, signs its JSON with sign and
// writes the manifest line, then flushes. Errors: sign's, or CodeInternal
// for write errors.
func (w *Writer) Finish(m Manifest, at time.Time, sign func(manifest []byte) ([]byte, error)) error {
	m.Format, m.Version, m.Count, m.FirstSeq, m.LastSeq = Format, Version, w.n, w.first, w.last
	m.FinalHash, m.ChainHashAtLastSeq = hex.EncodeToString(w.prev[:]), hex.EncodeToString(w.lastChain)
	m.ExportedAt = at.UTC().Format(time.RFC3339)
	mb, err := json.Marshal(m)
	if err != nil {
		return apperr.Wrap(err, apperr.CodeInternal, "The bundle manifest could not be encoded.")
	}
	sig, err := sign(mb)
	if err != nil {
		return err
	}
	sb, _ := json.Marshal(sig) // base64 in quotes
	line := append(append(append(append([]byte(`{"manifest":`), mb...), `,"signature":`...), sb...), '}')
	if err := w.line(line); err != nil {
		return err
	}
	if err := w.w.Flush(); err != nil {
		return apperr.Wrap(err, apperr.CodeInternal, "The bundle could not be written.")
	}
	return nil
}

// line writes b and a newline and chains b's hash.
func (w *Writer) line(b []byte) error {
	w.prev = sha256.Sum256(b)
	if _, err := w.w.Write(b); err != nil {
		return apperr.Wrap(err, apperr.CodeInternal, "The bundle could not be written.")
	}
	if err := w.w.WriteByte('\n'); err != nil {
		return apperr.Wrap(err, apperr.CodeInternal, "The bundle could not be written.")
	}
	return nil
}
