package service

import "time"

// SetRecordsAfterForTest makes the records:changed relay schedule its
// window with fn instead of time.AfterFunc (nil restores it). It applies to
// relays created afterwards.
func SetRecordsAfterForTest(fn func(d time.Duration, f func())) {
	if fn == nil {
		fn = func(d time.Duration, f func()) { time.AfterFunc(d, f) }
	}
	recordsAfter = fn
}
