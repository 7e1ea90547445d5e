package testutil

import "sync"

// Emitter records events instead of sending them to a window.
type Emitter struct {
	mu     sync.Mutex
	Events []string
}

// Emit implements service.Emitter.
func (e *Emitter) Emit(name string, _ ...any) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.Events = append(e.Events, name)
}

// Names returns a copy of the recorded event names.
func (e *Emitter) Names() []string {
	e.mu.Lock()
	defer e.mu.Unlock()
	return append([]string(nil), e.Events...)
}
