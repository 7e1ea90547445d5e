package dedup

import (
	"context"
	"errors"
	"hash/maphash"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

// Bounds that keep a scan near-linear. A block (all records sharing one
// key) of more than MaxBlock records is split by the sub-block key (see
// the package doc); a sub-block still larger than MaxBlock is sorted by
// name and each record is compared with the next Window records only.
const (
	MaxBlock = 500
	Window   = 20
)

// CommonName is the size of a phonetic block above which its name counts
// as common: Scan and Index do not match records on such a name alone
// (with no company, domain, postcode or exact key in common), because among
// many namesakes a name says little about which one a record is. Compare,
// which sees one pair, treats every name as rare.
const CommonName = 4

// ErrCancelled is returned by Scan when its Progress callback asked to stop.
var ErrCancelled = errors.New("dedup: scan cancelled")

// Progress is told how much of a scan is done, from the goroutine that
// called Scan, at most every 8192 records while reading and every 50ms
// while comparing. Reading is the first 60% of the work (done runs from 0
// to 0.6·total), comparing within blocks the rest; the last call is
// (total, total). total is the caller's estimate, raised to the number of
// records read when that is larger. When the caller passed total ≤ 0
// (unknown), reading reports (records read, 0) and comparing reports
// against the number of records read. Returning false cancels the scan.
type Progress func(done, total int) bool

// share of a scan's work that is reading and preparing records
const readShare = 0.6

// Scan reads records from next until it returns ok=false and returns the
// duplicates among them, clustered: each Group is a connected component of
// the matches (Compare's answers within blocks), IDs sorted, at most
// MaxPairs of its matches listed, groups sorted by their first ID. Records without duplicates are in no group. IDs must
// be unique; a record repeated with the same ID is treated as two records.
//
// Errors: invalid rules return the *apperr.Error of Validate; an error from
// next is returned wrapped; a cancelled ctx returns ctx.Err(); a Progress
// returning false returns ErrCancelled. No groups are returned with an
// error. progress may be nil.
//
// Cost: about 150 bytes per record plus its ID and about five 16-byte
// keys, and 16 bytes per match found (twice while grouping; a pair found
// in several blocks counts each time), so a million records stay near half
// a gigabyte of heap, and under one where common names chain millions of
// matches; time is linear in the records times the average block size,
// bounded by MaxBlock and Window. Company comparisons are remembered per
// worker (a fixed 1 MiB each). It prepares, compares and groups on every
// CPU; next and progress are only called from the calling goroutine.
func Scan(ctx context.Context, r Rules, next func() (Record, bool, error), total int, progress Progress) ([]Group, error) {
	if err := r.Validate(); err != nil {
		return nil, err
	}
	if progress == nil {
		progress = func(int, int) bool { return true }
	}
	s := &scanner{m: compile(r), seed: maphash.MakeSeed()}
	if err := s.read(ctx, next, total, progress); err != nil {
		return nil, err
	}
	if total < len(s.recs) {
		total = len(s.recs)
	}
	results, err := s.compareBlocks(ctx, total, progress)
	if err != nil {
		return nil, err
	}
	return s.groups(results), nil
}

// scanner holds one scan's prepared records and keys.
type scanner struct {
	m    *matcher
	seed maphash.Seed
	ids  []string
	recs []prep
	keys []keyEntry
	cids map[string]uint32 // interned companies (prep.cid)
}

// keyEntry is one key of one record.
type keyEntry struct {
	h    uint64
	idx  int32
	kind uint8
}

// pairMatch is a match between two records by index, a < b.
type pairMatch struct {
	a, b   int32
	score  float32
	reason uint8
}

// compareBlocks sorts the keys into blocks and compares within each block
// on every CPU, reporting progress from this goroutine. It returns each
// worker's matches; a pair may be found in several blocks.
func (s *scanner) compareBlocks(ctx context.Context, total int, progress Progress) ([][]pairMatch, error) {
	buckets := partitionByTopByte(s.keys)
	workers := runtime.GOMAXPROCS(0)
	var (
		nextBucket atomic.Int64
		processed  atomic.Int64
		stop       atomic.Bool
		wg         sync.WaitGroup
		results    = make([][]pairMatch, workers)
	)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			bw := &blockWorker{s: s}
			for !stop.Load() {
				b := int(nextBucket.Add(1) - 1)
				if b >= len(buckets) {
					break
				}
				bw.bucket(buckets[b], &stop)
				processed.Add(int64(len(buckets[b])))
			}
			results[w] = bw.out
		}()
	}
	finished := make(chan struct{})
	go func() { wg.Wait(); close(finished) }()
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	base := int(float64(total) * readShare)
	var err error
	for running := true; running; {
		select {
		case <-finished:
			running = false
		case <-ctx.Done():
			err = ctx.Err()
		case <-tick.C:
			frac := 1.0
			if len(s.keys) > 0 {
				frac = float64(processed.Load()) / float64(len(s.keys))
			}
			if !progress(base+int(float64(total-base)*frac), total) {
				err = ErrCancelled
			}
		}
		if err != nil {
			stop.Store(true)
			<-finished
			return nil, err
		}
	}
	if !progress(total, total) {
		return nil, ErrCancelled
	}
	s.keys = nil
	return results, nil
}
