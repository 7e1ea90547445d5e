package auditarchive

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"time"

	"fieldvault/backend/apperr"
	"fieldvault/backend/audit"
	"fieldvault/backend/model"
)

// Writer writes an archive's plaintext line by line; Finish seals it with
// the signed manifest. It is not safe for concurrent use.
type Writer struct {
	w         *bufio.Writer
	prev      [32]byte
	n         int64 // lines written
	entries   int64
	cps       []audit.Checkpoint // still to write, by seq
	written   int64              // checkpoints written
	first     int64
	last      int64
	firstPrev []byte
	lastHash  []byte
}

// NewWriter returns a Writer on w (buffered; Finish flushes). cps are the
// workspace's signed checkpoints over entries of the range, by seq: each
// is written right after its entry.
func NewWriter(w io.Writer, cps []audit.Checkpoint) *Writer {
	return &Writer{w: bufio.NewWriterSize(w, 1<<20), prev: Genesis(), cps: cps}
}

// Add writes r as the next entry line, then the checkpoints over it.
// Entries must come with consecutive seqs. Errors: CodeInvalid when r's seq
// does not follow; CodeInternal for write errors.
func (w *Writer) Add(r *model.AuditStoredRow) error {
	if w.entries > 0 && r.Seq != w.last+1 {
		return apperr.New(apperr.CodeInvalid, "Archived entries must come in order, without gaps.")
	}
	l := Line{N: w.n + 1, Seq: r.Seq, Prev: hex.EncodeToString(w.prev[:]), ID: r.ID, At: r.At,
		ActorID: r.ActorID, ActorName: r.ActorName, ActorRole: r.ActorRole, DeviceID: r.DeviceID, Hostname: r.Hostname,
		OSUser: r.OSUser, AppVersion: r.AppVersion, SessionHash: r.SessionHash, Category: r.Category, Action: r.Action,
		ObjectType: r.ObjectType, ObjectID: r.ObjectID, ObjectLabel: r.ObjectLabel, Changes: r.Changes,
		Outcome: r.Outcome, Reason: r.Reason, Rows: r.Rows,
		PrevHash: hex.EncodeToString(r.PrevHash), Hash: hex.EncodeToString(r.Hash), Extra: r.Extra}
	if err := w.line(l); err != nil {
		return err
	}
	if w.entries == 0 {
		w.first, w.firstPrev = r.Seq, append([]byte(nil), r.PrevHash...)
	}
	w.entries, w.last, w.lastHash = w.entries+1, r.Seq, append(w.lastHash[:0], r.Hash...)
	for len(w.cps) > 0 && w.cps[0].Seq <= r.Seq {
		c := w.cps[0]
		w.cps = w.cps[1:]
		if c.Seq != r.Seq {
			continue // over an entry before the range: not this archive's
		}
		cl := checkpointLine{N: w.n + 1, Prev: hex.EncodeToString(w.prev[:]), Checkpoint: Checkpoint{Seq: c.Seq,
			At: c.At.UTC().Format(timeLayout), LastHash: hex.EncodeToString(c.LastHash), Signature: hex.EncodeToString(c.Signature)}}
		if err := w.line(cl); err != nil {
			return err
		}
		w.written++
	}
	return nil
}

// Count returns how many entries were added.
func (w *Writer) Count() int64 { return w.entries }

// timeLayout is how times are written: RFC 3339, UTC, milliseconds.
const timeLayout = "2006-01-02T15:04:05.000Z07:00"

// Finish completes m from the lines written, signs its JSON with sign and
// writes the manifest line, then flushes. Errors: sign's, or CodeInternal
// for write errors.
func (w *Writer) Finish(m Manifest, at time.Time, sign func(manifest []byte) ([]byte, error)) error {
	m.Format, m.Version, m.Count, m.FirstSeq, m.LastSeq, m.Checkpoints = Format, Version, w.entries, w.first, w.last, w.written
	m.FinalHash, m.FirstPrevHash, m.LastHash = hex.EncodeToString(w.prev[:]), hex.EncodeToString(w.firstPrev), hex.EncodeToString(w.lastHash)
	m.ArchivedAt = at.UTC().Format(timeLayout)
	mb, err := json.Marshal(m)
	if err != nil {
		return apperr.Wrap(err, apperr.CodeInternal, "The archive manifest could not be encoded.")
	}
	sig, err := sign(mb)
	if err != nil {
		return err
	}
	sb, _ := json.Marshal(sig) // base64 in quotes
	line := append(append(append(append([]byte(`{"manifest":`), mb...), `,"signature":`...), sb...), '}')
	if err := w.raw(line); err != nil {
		return err
	}
	if err := w.w.Flush(); err != nil {
		return apperr.Wrap(err, apperr.CodeInternal, "The archive could not be written.")
	}
	return nil
}

// line writes v as JSON and a newline, and chains it.
func (w *Writer) line(v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return apperr.Wrap(err, apperr.CodeInternal, "An archived entry could not be encoded.")
	}
	if err := w.raw(b); err != nil {
		return err
	}
	w.n++
	w.prev = sha256.Sum256(b)
	return nil
}

func (w *Writer) raw(b []byte) error {
	if _, err := w.w.Write(b); err != nil {
		return apperr.Wrap(err, apperr.CodeInternal, "The archive could not be written.")
	}
	if err := w.w.WriteByte('\n'); err != nil {
		return apperr.Wrap(err, apperr.CodeInternal, "The archive could not be written.")
	}
	return nil
}
