package store

import (
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
)

// ErasedFileName replaces a file name that named an erased person.
const ErasedFileName = "[erased]"

// minNameTerm is the shortest term that erases a file name: shorter ones
// ("Al", "Li") are inside too many unrelated names.
const minNameTerm = 3

// EraseImportFileNames replaces with ErasedFileName the file name of every
// import batch that created or updated record (entity, id) where the name
// holds one of terms (the erased person's names and email addresses; case
// is ignored, terms shorter than three letters are skipped) — in the batch
// (file name and options) and in the integration runs of imports of that
// file (name, source; they can no longer be retried). Inside tx, part of a
// GDPR erasure; it returns how many batches it changed.
func EraseImportFileNames(ctx context.Context, tx *Tx, entity, id string, terms []string) (int, error) {
	var lower []string
	for _, t := range terms {
		if t = strings.ToLower(strings.TrimSpace(t)); len([]rune(t)) >= minNameTerm {
			lower = append(lower, t)
		}
	}
	if len(lower) == 0 {
		return 0, nil
	}
	type batch struct{ id, name, options string }
	var found []batch
	rows, err := tx.QueryContext(ctx, `SELECT DISTINCT b.id, b.file_name, b.options FROM import_items i
		JOIN import_batches b ON b.id = i.batch_id WHERE i.entity = ? AND i.record_id = ?`, entity, id)
	if err != nil {
		return 0, tx.s.mapErr(err)
	}
	for rows.Next() {
		var b batch
		if err := rows.Scan(&b.id, &b.name, &b.options); err != nil {
			rows.Close()
			return 0, err
		}
		found = append(found, b)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, err
	}
	changed := 0
	for _, b := range found {
		if b.name == ErasedFileName || !containsAny(strings.ToLower(b.name), lower) {
			continue
		}
		var opts map[string]any
		_ = json.Unmarshal([]byte(b.options), &opts)
		path, _ := opts["path"].(string)
		if opts != nil {
			opts["path"] = ErasedFileName
		}
		clean, _ := json.Marshal(opts)
		if opts == nil {
			clean = []byte("{}")
		}
		if _, err := tx.ExecContext(ctx, `UPDATE import_batches SET file_name = ?, options = ? WHERE id = ?`,
			ErasedFileName, string(clean), b.id); err != nil {
			return 0, tx.s.mapErr(err)
		}
		if path != "" {
			if _, err := tx.ExecContext(ctx, `UPDATE integration_runs SET name = replace(name, ?, ?), source = ?, retry = ''
				WHERE kind = 'import' AND source = ?`, filepath.Base(path), ErasedFileName, ErasedFileName, path); err != nil {
				return 0, tx.s.mapErr(err)
			}
		}
		changed++
	}
	return changed, nil
}

func containsAny(s string, terms []string) bool {
	for _, t := range terms {
		if strings.Contains(s, t) {
			return true
		}
	}
	return false
}
