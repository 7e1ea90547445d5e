package auditbundle

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"runtime"
	"sync"
)

// Line kinds as the readers see them.
const (
	lineBad      = iota // not an entry line
	lineEntry           // {"n":…,"seq":…,"prev":"…", …}
	lineManifest        // {"manifest":…}
	linePartial         // the file ended inside it (no newline)
)

// lineInfo is what the order-dependent checks need of one line.
type lineInfo struct {
	num  int64 // position in the file, 1-based
	kind int
	n    int64
	seq  int64
	prev [32]byte
	hash [32]byte // SHA-256 of the line's bytes
	raw  []byte   // a manifest line's bytes
}

// blockSize is how much of the file one worker hashes at a time.
const blockSize = 4 << 20

type block struct {
	idx   int
	data  []byte // whole lines; the last one may lack its newline at EOF
	eof   bool
	lines []lineInfo
}

// readLines feeds every line of r, in order, to add (until it returns
// false). Blocks of whole lines are hashed and parsed on all cores while
// add checks the chain in order.
func readLines(r io.Reader, add func(*lineInfo) bool) error {
	todo, done := make(chan *block, 4), make(chan *block, 4)
	stop := make(chan struct{})
	var readErr error
	go func() {
		defer close(todo)
		readErr = split(r, todo, stop)
	}()
	var wg sync.WaitGroup
	for range max(2, runtime.GOMAXPROCS(0)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for b := range todo {
				b.parse()
				done <- b
			}
		}()
	}
	go func() { wg.Wait(); close(done) }()
	pending, want, num, going := map[int]*block{}, 0, int64(0), true
	for b := range done {
		pending[b.idx] = b
		for p := pending[want]; p != nil; p = pending[want] {
			delete(pending, want)
			want++
			for i := range p.lines {
				num++
				p.lines[i].num = num
				if going && !add(&p.lines[i]) {
					going = false
					close(stop)
				}
			}
		}
	}
	if !going {
		return nil
	}
	return readErr
}

// split cuts r into blocks that end at a newline (or at EOF).
func split(r io.Reader, todo chan<- *block, stop <-chan struct{}) error {
	var carry []byte
	for idx := 0; ; idx++ {
		buf := make([]byte, len(carry), len(carry)+blockSize)
		copy(buf, carry)
		n, err := io.ReadFull(r, buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		eof := err == io.EOF || err == io.ErrUnexpectedEOF
		if err != nil && !eof {
			return err
		}
		cut := len(buf)
		if !eof {
			cut = bytes.LastIndexByte(buf, '\n') + 1 // 0: one line longer than a block: keep reading
		}
		carry = append([]byte(nil), buf[cut:]...)
		if cut > 0 || eof {
			select {
			case todo <- &block{idx: idx, data: buf[:cut], eof: eof}:
			case <-stop:
				return nil
			}
		} else {
			idx--
		}
		if eof {
			return nil
		}
	}
}

// parse hashes and reads the head of every line of b.
func (b *block) parse() {
	data := b.data
	for len(data) > 0 {
		k := bytes.IndexByte(data, '\n')
		line := data
		partial := k < 0
		if !partial {
			line, data = data[:k], data[k+1:]
		} else {
			data = nil
		}
		li := lineInfo{hash: sha256.Sum256(line)}
		li.kind, li.n, li.seq, li.prev = head(line)
		if li.kind == lineManifest {
			li.raw = line
		}
		if partial {
			li.kind = linePartial
		}
		b.lines = append(b.lines, li)
	}
}

// head reads the fixed start of an entry line: {"n":N,"seq":S,"prev":"<64 hex>".
func head(line []byte) (kind int, n, seq int64, prev [32]byte) {
	if bytes.HasPrefix(line, []byte(`{"manifest":`)) {
		return lineManifest, 0, 0, prev
	}
	rest, ok := bytes.CutPrefix(line, []byte(`{"n":`))
	if !ok {
		return lineBad, 0, 0, prev
	}
	if n, rest, ok = number(rest); !ok {
		return lineBad, 0, 0, prev
	}
	if rest, ok = bytes.CutPrefix(rest, []byte(`,"seq":`)); !ok {
		return lineBad, n, 0, prev
	}
	if seq, rest, ok = number(rest); !ok {
		return lineBad, n, 0, prev
	}
	if rest, ok = bytes.CutPrefix(rest, []byte(`,"prev":"`)); !ok || len(rest) < 65 || rest[64] != '"' {
		return lineBad, n, seq, prev
	}
	if _, err := hex.Decode(prev[:], rest[:64]); err != nil {
		return lineBad, n, seq, prev
	}
	return lineEntry, n, seq, prev
}

// number reads a positive decimal integer of at most 18 digits.
func number(b []byte) (int64, []byte, bool) {
	var v int64
	i := 0
	for i < len(b) && i < 18 && b[i] >= '0' && b[i] <= '9' {
		v = v*10 + int64(b[i]-'0')
		i++
	}
	return v, b[i:], i > 0
}
