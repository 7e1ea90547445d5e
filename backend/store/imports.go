package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"time"

	"fieldvault/backend/apperr"
	"fieldvault/backend/model"
)

// ImportBatch is a stored import run (see migration 0015).
type ImportBatch struct {
	ID, Entity, FileName, FileSHA256 string
	Options                          string // the model.ImportRequest as JSON
	Counts                           model.ImportCounts
	Status, Message                  string
	CreatedBy                        string
	CreatedAt, FinishedAt            time.Time
	RevertedBy                       string
	RevertedAt                       time.Time
	Items                            int // records it created or updated
}

// ImportItem is one record an import created or updated.
type ImportItem struct {
	Seq            int64
	Entity         string
	RecordID       string
	Action         string         // "create" | "update"
	Before         map[string]any // updates: previous values of the changed fields, ownerId, teamId
	AfterUpdatedAt string
	Erased         bool
}

const batchColumns = `b.id, b.entity, b.file_name, b.file_sha256, b.options, b.counts, b.status, b.message, b.created_by,
	b.created_at, b.finished_at, b.reverted_by, b.reverted_at, (SELECT count(*) FROM import_items i WHERE i.batch_id = b.id)`

// InsertImportBatch records a batch as running.
func InsertImportBatch(ctx context.Context, tx *Tx, b ImportBatch) error {
	counts, _ := json.Marshal(b.Counts)
	_, err := tx.ExecContext(ctx, `INSERT INTO import_batches(id, entity, file_name, file_sha256, options, counts, status, created_by, created_at)
		VALUES (?, ?, ?, ?, ?, ?, 'running', ?, ?)`, b.ID, b.Entity, b.FileName, b.FileSHA256, b.Options, string(counts), b.CreatedBy, FormatTime(b.CreatedAt))
	return tx.s.mapErr(err)
}

// FinishImportBatch stores a batch's counts, status and message.
func FinishImportBatch(ctx context.Context, tx *Tx, id string, counts model.ImportCounts, status, message string, at time.Time) error {
	c, _ := json.Marshal(counts)
	res, err := tx.ExecContext(ctx, `UPDATE import_batches SET counts = ?, status = ?, message = ?, finished_at = ? WHERE id = ?`,
		string(c), status, truncate(message, 500), FormatTime(at), id)
	if err != nil {
		return tx.s.mapErr(err)
	}
	return mustAffect(res, "There is no such import.")
}

// MarkImportReverted records that userID reverted batch id.
func MarkImportReverted(ctx context.Context, tx *Tx, id, userID string, at time.Time) error {
	res, err := tx.ExecContext(ctx, `UPDATE import_batches SET status = 'reverted', reverted_by = ?, reverted_at = ? WHERE id = ? AND status <> 'reverted'`,
		userID, FormatTime(at), id)
	if err != nil {
		return tx.s.mapErr(err)
	}
	return mustAffect(res, "This import was already reverted.")
}

// AddImportItems appends records a batch wrote (inside the batch's chunk
// transaction).
func AddImportItems(ctx context.Context, tx *Tx, batchID string, items []ImportItem) error {
	if len(items) == 0 {
		return nil
	}
	stmt, err := tx.PrepareContext(ctx, `INSERT INTO import_items(batch_id, seq, entity, record_id, action, before, after_updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return tx.s.mapErr(err)
	}
	defer stmt.Close()
	for _, it := range items {
		before := []byte("{}")
		if it.Before != nil {
			if before, err = json.Marshal(it.Before); err != nil {
				return err
			}
		}
		if _, err := stmt.ExecContext(ctx, batchID, it.Seq, it.Entity, it.RecordID, it.Action, string(before), it.AfterUpdatedAt); err != nil {
			return tx.s.mapErr(err)
		}
	}
	return nil
}

// GetImportBatch returns batch id. CodeNotFound when absent.
func GetImportBatch(ctx context.Context, q Querier, id string) (ImportBatch, error) {
	list, err := queryBatches(ctx, q, `SELECT `+batchColumns+` FROM import_batches b WHERE b.id = ?`, id)
	if err != nil {
		return ImportBatch{}, err
	}
	if len(list) == 0 {
		return ImportBatch{}, apperr.New(apperr.CodeNotFound, "There is no such import.")
	}
	return list[0], nil
}

// ListImportBatches returns the newest limit batches, of createdBy only
// when it is not "".
func ListImportBatches(ctx context.Context, q Querier, createdBy string, limit int) ([]ImportBatch, error) {
	return queryBatches(ctx, q, `SELECT `+batchColumns+` FROM import_batches b WHERE (? = '' OR b.created_by = ?)
		ORDER BY b.created_at DESC, b.rowid DESC LIMIT ?`, createdBy, createdBy, limit)
}

func queryBatches(ctx context.Context, q Querier, query string, args ...any) ([]ImportBatch, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []ImportBatch{}
	for rows.Next() {
		var b ImportBatch
		var counts, created, finished, reverted string
		if err := rows.Scan(&b.ID, &b.Entity, &b.FileName, &b.FileSHA256, &b.Options, &counts, &b.Status, &b.Message, &b.CreatedBy,
			&created, &finished, &b.RevertedBy, &reverted, &b.Items); err != nil {
			return nil, err
		}
		_ = json.Unmarshal([]byte(counts), &b.Counts)
		b.CreatedAt, b.FinishedAt, b.RevertedAt = ParseTime(created), ParseTime(finished), ParseTime(reverted)
		out = append(out, b)
	}
	return out, rows.Err()
}

// ImportItems returns the records batch id wrote, in the order it wrote them.
func ImportItems(ctx context.Context, q Querier, id string) ([]ImportItem, error) {
	rows, err := q.QueryContext(ctx, `SELECT seq, entity, record_id, action, before, after_updated_at, erased
		FROM import_items WHERE batch_id = ? ORDER BY seq`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []ImportItem
	for rows.Next() {
		var it ImportItem
		var before string
		if err := rows.Scan(&it.Seq, &it.Entity, &it.RecordID, &it.Action, &before, &it.AfterUpdatedAt, &it.Erased); err != nil {
			return nil, err
		}
		if err := json.Unmarshal([]byte(before), &it.Before); err != nil {
			return nil, err
		}
		out = append(out, it)
	}
	return out, rows.Err()
}

// EraseImportItems blanks what imports remembered of record (entity, id)
// (GDPR erasure, inside its transaction): a later revert can no longer put
// the person's old values back.
func EraseImportItems(ctx context.Context, tx *Tx, entity, id string) error {
	_, err := tx.ExecContext(ctx, `UPDATE import_items SET before = '{}', erased = 1 WHERE entity = ? AND record_id = ?`, entity, id)
	return tx.s.mapErr(err)
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && s[n]&0xC0 == 0x80 {
		n--
	}
	return s[:n]
}

// FailStaleImports marks import batches still "running" failed at now:
// called as the app starts its background work, when none of its own runs,
// so they belonged to a process that ended (or a workspace locked) mid-
// import. What they wrote stays and can be reverted.
func FailStaleImports(ctx context.Context, tx *Tx, now time.Time) error {
	_, err := tx.ExecContext(ctx, `UPDATE import_batches SET status = 'failed', finished_at = ?,
		message = 'The import stopped before it finished (the app ended or the workspace was locked); what it wrote can be reverted.'
		WHERE status = 'running'`, FormatTime(now))
	return tx.s.mapErr(err)
}

// ImportOrigin is the import that created a record.
type ImportOrigin struct {
	BatchID, FileName, CreatedBy string
	CreatedAt                    time.Time
}

// ImportOriginOf returns the import that created record id of entity, and
// whether one did.
func ImportOriginOf(ctx context.Context, q Querier, entity, id string) (ImportOrigin, bool, error) {
	var o ImportOrigin
	var at string
	err := q.QueryRowContext(ctx, `SELECT b.id, b.file_name, b.created_by, b.created_at FROM import_items i
		JOIN import_batches b ON b.id = i.batch_id WHERE i.entity = ? AND i.record_id = ? AND i.action = 'create' LIMIT 1`,
		entity, id).Scan(&o.BatchID, &o.FileName, &o.CreatedBy, &at)
	if errors.Is(err, sql.ErrNoRows) {
		return o, false, nil
	}
	o.CreatedAt = ParseTime(at)
	return o, err == nil, err
}
