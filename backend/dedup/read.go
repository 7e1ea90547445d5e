package dedup

import (
	"context"
	"fmt"
	"runtime"
	"sync"
)

// readBatch is how many records travel together from the reader to the
// preparing goroutines: large enough to make channel traffic negligible,
// small enough to keep a few in flight.
const readBatch = 1024

// batch is a run of consecutive records and, once prepared, their preps
// and keys (key indexes relative to the batch).
type batch struct {
	seq   int
	recs  []Record
	preps []prep
	keys  []keyEntry
}

// read pulls every record from next on this goroutine (next need not be
// safe for concurrent use), prepares them on every CPU, and appends preps,
// IDs and keys in input order.
func (s *scanner) read(ctx context.Context, next func() (Record, bool, error), total int, progress Progress) error {
	capHint := max(total, 0)
	s.ids = make([]string, 0, capHint)
	s.recs = make([]prep, 0, capHint)
	s.keys = make([]keyEntry, 0, capHint*6)
	s.cids = make(map[string]uint32, 1024)

	workers := runtime.GOMAXPROCS(0)
	in := make(chan *batch, workers)
	out := make(chan *batch, workers)
	free := make(chan *batch, 3*workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p := newPreparer(s.m, s.seed, true)
			for b := range in {
				for i := range b.recs {
					b.preps = append(b.preps, p.prepare(&b.recs[i]))
					for _, k := range p.keys {
						b.keys = append(b.keys, keyEntry{h: k.h, idx: int32(i), kind: k.kind})
					}
				}
				out <- b
			}
		}()
	}
	assembled := make(chan struct{})
	go func() {
		defer close(assembled)
		pending := map[int]*batch{}
		want := 0
		for b := range out {
			pending[b.seq] = b
			for b, ok := pending[want]; ok; b, ok = pending[want] {
				delete(pending, want)
				want++
				s.append(b)
				select {
				case free <- b:
				default:
				}
			}
		}
	}()

	err := s.pull(ctx, next, total, progress, in, free)
	close(in)
	wg.Wait()
	close(out)
	<-assembled
	return err
}

// append adds a prepared batch to the scan and empties it for reuse.
func (s *scanner) append(b *batch) {
	base := int32(len(s.recs))
	for i := range b.preps {
		if c := b.preps[i].company; c != "" {
			id, ok := s.cids[c]
			if !ok {
				id = uint32(len(s.cids) + 1)
				s.cids[c] = id
			}
			b.preps[i].cid = id
		}
	}
	s.recs = append(s.recs, b.preps...)
	for i := range b.recs {
		s.ids = append(s.ids, b.recs[i].ID)
	}
	for _, k := range b.keys {
		k.idx += base
		s.keys = append(s.keys, k)
	}
	clear(b.recs) // let the records' other strings go
	b.recs, b.preps, b.keys = b.recs[:0], b.preps[:0], b.keys[:0]
}

// pull calls next until it is done, sending full batches to in and
// reporting progress every 8192 records.
func (s *scanner) pull(ctx context.Context, next func() (Record, bool, error), total int, progress Progress, in, free chan *batch) error {
	get := func() *batch {
		select {
		case b := <-free:
			return b
		default:
			return &batch{recs: make([]Record, 0, readBatch)}
		}
	}
	cur, seq, n := get(), 0, 0
	send := func() {
		cur.seq = seq
		seq++
		in <- cur
		cur = get()
	}
	for {
		rec, ok, err := next()
		if err != nil {
			return fmt.Errorf("dedup: reading records: %w", err)
		}
		if !ok {
			break
		}
		cur.recs = append(cur.recs, rec)
		if len(cur.recs) == readBatch {
			send()
		}
		if n++; n%8192 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
			done, t := n, total
			if t > 0 {
				done = int(float64(min(n, t)) * readShare)
			} else {
				t = 0
			}
			if !progress(done, t) {
				return ErrCancelled
			}
		}
	}
	if len(cur.recs) > 0 {
		send()
	}
	return nil
}
