package service

// SetExportHookForTest makes fn run after each batch an export writes (nil
// removes it); tests use it to act while an export is running.
func SetExportHookForTest(fn func(done int64)) { exportHook = fn }

// SetJobHoldHookForTest makes fn run each time a job is about to take the
// core's lock for a batch of store work (nil removes it).
func SetJobHoldHookForTest(fn func(job string)) { jobHoldHook = fn }
