package store

import (
	"context"
	"database/sql"

	"fieldvault/backend/model"
	"fieldvault/backend/schema"
)

// linkWriter keeps record_links (the index of refs fields) in step with
// the JSON lists stored in the records, with statements prepared on first
// use in tx.
type linkWriter struct {
	tx       *Tx
	ins, del *sql.Stmt
}

// set writes the links of record id for every refs field of e present in
// values (storage form). With replace, a field's old links are removed
// first (an update); without, the record is new.
func (w *linkWriter) set(ctx context.Context, e *schema.Entity, id string, values map[string]any, replace bool) error {
	for i := range e.Fields {
		f := &e.Fields[i]
		v, present := values[f.Name]
		if f.Type != model.FieldRefs || !present {
			continue
		}
		list, _ := v.([]string)
		if err := w.prepare(ctx); err != nil {
			return err
		}
		if replace {
			if _, err := w.del.ExecContext(ctx, e.Table, f.Name, id); err != nil {
				return err
			}
		}
		for _, target := range list {
			if _, err := w.ins.ExecContext(ctx, e.Table, f.Name, target, id); err != nil {
				return err
			}
		}
	}
	return nil
}

func (w *linkWriter) prepare(ctx context.Context) error {
	if w.ins != nil {
		return nil
	}
	ins, err := w.tx.PrepareContext(ctx, `INSERT OR IGNORE INTO record_links(entity, field, target_id, record_id) VALUES (?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	del, err := w.tx.PrepareContext(ctx, `DELETE FROM record_links WHERE entity = ? AND field = ? AND record_id = ?`)
	if err != nil {
		ins.Close()
		return err
	}
	w.ins, w.del = ins, del
	return nil
}

func (w *linkWriter) close() {
	if w.ins != nil {
		w.ins.Close()
		w.del.Close()
	}
}

// linkedCond is the WHERE part choosing the records of e whose refs field f
// lists target (an index range of record_links).
func linkedCond(e *schema.Entity, f *schema.Field, target string) (string, []any) {
	return "t.id IN (SELECT record_id FROM record_links WHERE entity = ? AND field = ? AND target_id = ?)",
		[]any{e.Table, f.Name, target}
}
