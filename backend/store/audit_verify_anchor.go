package store

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"fieldvault/backend/audit"
)

// fromAnchors sets where the live log must start: right after the newest
// archive anchor, continuing from its hash, once every anchor checks out
// (signature, order, counts: audit.CheckAnchors); entry 1 and Genesis when
// there is none. Checkpoints over archived entries are dropped: the
// archive carries them. A log whose anchors do not hold, whose first live
// entry does not continue from the newest anchor, or that still holds an
// entry an anchor covers, gets st.problem. Without any anchor, entries
// missing from the start are left to the Verifier ("missing").
func (st *verifyState) fromAnchors(ctx context.Context, tx *Tx) error {
	st.start, st.startHash = 1, audit.Genesis()
	anchors, err := loadAnchors(ctx, tx)
	if err != nil || len(anchors) == 0 {
		return err
	}
	if p := audit.CheckAnchors(st.pub, anchors); p != nil {
		st.problem = p
		return nil
	}
	a := anchors[len(anchors)-1]
	st.start, st.startHash = a.Seq+1, a.Hash
	keep := st.cps[:0]
	for _, c := range st.cps {
		if c.Seq > a.Seq {
			keep = append(keep, c)
		}
	}
	st.cps = keep
	if st.maxSeq == 0 { // nothing live (only a doctored file gets here: archiving appends its own entry)
		return nil
	}
	if st.minSeq <= a.Seq {
		st.problem = &audit.Problem{Seq: st.minSeq, Kind: audit.KindInserted,
			Detail: fmt.Sprintf("it lies in the range an archive took (entries %d to %d), so it should not be in the live log", a.FirstSeq, a.Seq)}
		return nil
	}
	if st.minSeq != st.start {
		return nil // the Verifier names the missing entries after the anchor
	}
	var prev []byte
	if err := tx.QueryRowContext(ctx, `SELECT prev_hash FROM audit_log WHERE seq = ?`, st.start).Scan(&prev); err != nil {
		return err
	}
	if !bytes.Equal(prev, a.Hash) {
		st.problem = &audit.Problem{Seq: a.Seq, Kind: audit.KindAnchor, Detail: fmt.Sprintf(
			"entry %d, the first after the archive, does not continue from the anchor's hash: the anchor or that entry was changed", st.start)}
	}
	return nil
}

// loadAnchors returns every archive anchor, oldest first.
func loadAnchors(ctx context.Context, q Querier) ([]audit.Anchor, error) {
	rows, err := q.QueryContext(ctx, `SELECT seq, first_seq, entries, prev_hash, hash, at, actor_id, actor_name,
		file_name, file_sha256, signature FROM audit_anchors ORDER BY seq`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []audit.Anchor
	for rows.Next() {
		var a audit.Anchor
		var at string
		if err := rows.Scan(&a.Seq, &a.FirstSeq, &a.Entries, &a.PrevHash, &a.Hash, &at, &a.ActorID, &a.ActorName,
			&a.FileName, &a.FileSHA256, &a.Signature); err != nil {
			return nil, err
		}
		a.At, _ = time.Parse(time.RFC3339Nano, at) // unparsable: zero time, the signature fails
		out = append(out, a)
	}
	return out, rows.Err()
}

// latestAnchor returns the newest anchor's seq, 0 when there is none.
func latestAnchor(ctx context.Context, q Querier) (int64, error) {
	var seq sql.NullInt64
	err := q.QueryRowContext(ctx, `SELECT max(seq) FROM audit_anchors`).Scan(&seq)
	if errors.Is(err, sql.ErrNoRows) {
		err = nil
	}
	return seq.Int64, err
}
