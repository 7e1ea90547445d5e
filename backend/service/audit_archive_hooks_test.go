package service

// SetArchiveHookForTest makes fn run after each batch an archive writes
// (nil removes it); tests use it to act while an archive is running.
func SetArchiveHookForTest(fn func(done int64)) { archiveHook = fn }
