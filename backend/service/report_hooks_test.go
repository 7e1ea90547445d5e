package service

// SetReportExportHookForTest makes fn run after each row a report export
// writes (nil clears it).
func SetReportExportHookForTest(fn func(rows int64)) { reportExportHook = fn }
