package service

import (
	"strings"
	"sync"
	"time"
)

// throttle counts sign-in failures that the database cannot record: those
// made while the workspace is still locked, and those for user names that
// do not exist (treated exactly like real ones, so a lockout message never
// reveals whether a name exists). Keys are lower-cased user names.
type throttle struct {
	mu    sync.Mutex
	state map[string]*failState
}

type failState struct {
	attempts, lockouts int
	until              time.Time
}

const maxThrottleKeys = 10000

func newThrottle() *throttle { return &throttle{state: map[string]*failState{}} }

// lockedUntil returns when the name may try again (zero when it may now).
func (t *throttle) lockedUntil(name string, now time.Time) time.Time {
	t.mu.Lock()
	defer t.mu.Unlock()
	if st := t.state[strings.ToLower(name)]; st != nil && now.Before(st.until) {
		return st.until
	}
	return time.Time{}
}

// fail records a failure and returns the new lock deadline (zero if none).
func (t *throttle) fail(name string, threshold int, now time.Time) time.Time {
	t.mu.Lock()
	defer t.mu.Unlock()
	key := strings.ToLower(name)
	st := t.state[key]
	if st == nil {
		if len(t.state) >= maxThrottleKeys {
			t.state = map[string]*failState{} // bounded memory; an attacker gains nothing by flooding
		}
		st = &failState{}
		t.state[key] = st
	}
	st.attempts++
	if st.attempts >= threshold {
		st.attempts = 0
		st.lockouts++
		st.until = now.Add(lockoutDelay(st.lockouts))
		return st.until
	}
	return time.Time{}
}

// clear forgets a name's failures (after a successful sign-in).
func (t *throttle) clear(name string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	delete(t.state, strings.ToLower(name))
}

// lockoutDelay grows with each lockout: 1, 2, 4, 8 ... minutes, at most 1 h.
func lockoutDelay(lockouts int) time.Duration {
	d := time.Minute
	for i := 1; i < lockouts && d < time.Hour; i++ {
		d *= 2
	}
	return min(d, time.Hour)
}
