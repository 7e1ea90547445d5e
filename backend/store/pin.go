package store

import (
	"context"
	"sync"

	"fieldvault/backend/apperr"
)

// pins are the long reads running outside the app's lock (see Pin).
type pins struct {
	mu     sync.Mutex
	closed bool
	next   int
	cancel map[int]context.CancelFunc
	wg     sync.WaitGroup
}

// errPinClosed is what Pin returns once the store is closing.
var errPinClosed = apperr.New(apperr.CodeLocked, "The workspace was locked, so the task stopped.")

// Pin keeps the store open for one long read — a streamed export — that
// runs without the app's lock: Close first cancels the context Pin returns
// (the running query is interrupted), then waits for release before it
// closes the pools and wipes the keys. The caller must use the returned
// context for its queries and call release exactly when done (it is safe
// to call more than once). Errors: CodeLocked when the store is closing.
func (s *Store) Pin(ctx context.Context) (context.Context, func(), error) {
	p := &s.pins
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return nil, nil, errPinClosed
	}
	if p.cancel == nil {
		p.cancel = map[int]context.CancelFunc{}
	}
	ctx, cancel := context.WithCancel(ctx)
	id := p.next
	p.next++
	p.cancel[id] = cancel
	p.wg.Add(1)
	return ctx, sync.OnceFunc(func() {
		p.mu.Lock()
		delete(p.cancel, id)
		p.mu.Unlock()
		cancel()
		p.wg.Done()
	}), nil
}

// closePins refuses new pins, cancels the running ones and waits for them
// to be released.
func (s *Store) closePins() {
	p := &s.pins
	p.mu.Lock()
	p.closed = true
	for _, cancel := range p.cancel {
		cancel()
	}
	p.mu.Unlock()
	p.wg.Wait()
}
