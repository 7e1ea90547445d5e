package service

import (
	"context"
	"io"

	"fieldvault/backend/dedup"
	"fieldvault/backend/importfile"
	"fieldvault/backend/model"
)

// run loads the lookups outside the lock and handles the rows chunk by chunk.
func (ir *importRunner) run(file *importfile.Reader) error {
	j := ir.j
	ctx, unpin, err := j.st.Pin(j.ctx)
	if err != nil {
		return err
	}
	rules, err := ir.rules(ctx)
	if err == nil {
		ir.lk, err = loadLookups(ctx, j.st.Reader(), ir.e, ir.actor, ir.req.MatchKey, rules)
	}
	unpin()
	if err != nil {
		return err
	}
	j.progress(0, file.Size())
	if !ir.dry {
		var restore func()
		if err := j.do(func(cl call) error {
			var err error
			restore, err = cl.st.BulkWrites(cl.ctx)
			return err
		}); err != nil {
			return err
		}
		// back to normal even when the session ended meanwhile (the pool
		// serializes it with other writes; on a closed store it does nothing)
		defer restore()
	}
	return ir.pipeline(file)
}

// readChunk is a chunk of classified rows and how far the file was read.
type readChunk struct {
	rows []*importRow
	read int64
	err  error
}

// pipeline reads, converts and classifies rows on one goroutine (what
// only it touches: the lookups, the duplicate index, the keys seen) while
// this one checks or writes the previous chunk (SQLite's single writer),
// so the CPU work of the file overlaps the store's.
func (ir *importRunner) pipeline(file *importfile.Reader) error {
	j := ir.j
	chunks := make(chan readChunk, 2)
	stop := make(chan struct{})
	defer func() { // the reader must be gone before the file closes
		close(stop)
		for range chunks {
		}
	}()
	go func() {
		defer close(chunks)
		send := func(c readChunk) bool {
			select {
			case chunks <- c:
				return true
			case <-stop:
				return false
			}
		}
		rows := make([]*importRow, 0, importChunk)
		for {
			if j.ctx.Err() != nil {
				send(readChunk{err: errCancelled})
				return
			}
			row, err := file.Next()
			if err == io.EOF {
				send(readChunk{rows: rows, read: file.Size()})
				return
			}
			if err != nil {
				send(readChunk{err: err})
				return
			}
			rows = append(rows, ir.classify(ir.convertRow(row)))
			if len(rows) == importChunk {
				if !send(readChunk{rows: rows, read: file.BytesRead()}) {
					return
				}
				rows = make([]*importRow, 0, importChunk)
			}
		}
	}()
	for c := range chunks {
		if c.err != nil {
			return c.err
		}
		if err := ir.flush(c.rows); err != nil {
			return err
		}
		j.progress(c.read, file.Size())
	}
	return nil
}

// rules returns the entity's duplicate rules (the defaults when none are set).
func (ir *importRunner) rules(ctx context.Context) (dedup.Rules, error) {
	return loadDedupRules(ctx, ir.j.st.Reader(), string(ir.e.Name))
}

// flush checks (dry run) or writes (import) a chunk and tallies it.
func (ir *importRunner) flush(chunk []*importRow) error {
	if len(chunk) == 0 {
		return nil
	}
	err := ir.j.do(func(cl call) error {
		if ir.dry {
			return ir.checkChunk(cl, chunk)
		}
		return ir.writeChunk(cl, chunk)
	})
	if err != nil {
		return err
	}
	for _, r := range chunk {
		ir.tally(r)
	}
	if importRunHook != nil {
		importRunHook(ir.counts.Rows)
	}
	return nil
}

// tally counts a finished row and keeps its problems.
func (ir *importRunner) tally(r *importRow) {
	c := &ir.counts
	c.Rows++
	switch r.outcome {
	case model.RowNew:
		c.New++
	case model.RowUpdate:
		c.Update++
	case model.RowUnchanged:
		c.Unchanged++
	case model.RowDuplicate:
		c.Duplicate++
	case model.RowSkipped:
		c.Skipped++
	default:
		c.Invalid++
	}
	for _, p := range r.problems {
		ir.total++
		if len(ir.problems) < maxKeptProblems {
			ir.problems = append(ir.problems, p)
		}
	}
}
