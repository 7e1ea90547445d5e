// Package report turns a report Spec (what a saved report stores) into
// parameterized SQL for the viewer and runs it: tabular lists, summaries
// with subtotals, matrices with totals, period comparisons, drill-downs,
// the built-in reports and KPI targets.
//
// Safety. A Spec is data from the client. Compile looks every name up in a
// whitelist (schema descriptors, the pseudo fields of every record and the
// joined fields of catalog.go) and refuses anything else with
// apperr.Invalid naming the spec part ("columns[2]", "filters[0].op", ...).
// The SQL holds only descriptor columns, this package's own constants and
// "?" placeholders; every value travels as an argument. Keys and labels
// never reach SQL.
//
// Authorization. The viewer's read scope on the base entity (rbac.Where)
// and "deleted_at is empty" are part of every WHERE; a joined record (a deal's
// company or lead) is joined only when it is live and inside the viewer's
// read scope of its own entity, else its fields read as empty. A sensitive
// field (schema `sensitive`) used anywhere in a spec by a viewer without
// sensitive.view is refused, never silently dropped: an aggregate over a
// masked value would reveal it. Whether the viewer may run reports at all
// (reports.view) is the service's check.
//
// Dates. Date fields hold local calendar dates "YYYY-MM-DD" and are used as
// they are. Datetime fields (createdAt, updatedAt, activity times, lead
// conversion) hold UTC text ("…T10:00:00.000Z" or "…T10:00:00Z"). One
// report uses ONE UTC offset for the viewer: the offset of loc at now. It
// applies to datetime buckets (strftime with a "+N minutes" modifier), to
// relative periods on datetime fields and to date-only values given for a
// datetime field, so a bucket and its drill-down always agree. The cost is
// that across a DST change inside the range, boundaries of the other half
// of the year are one hour off; SQLite has no time-zone database, and
// converting per row in Go would forgo the indexes.
//
// Datetime comparisons are always half-open ranges (>= lo AND < hi) at
// one-second precision, because stored values mix "…:05Z" and "…:05.000Z"
// and only >= and < order both forms correctly as text.
//
// Speed. A summary or matrix is one statement: keys and partial aggregate
// states per group, combined in Go into subtotals and totals. It reads a
// covering index when the database has one, a selective index when a
// capped count says so, else the table once; never an index walk with a
// row lookup per record (access.go has the measurements).
//
// Empty values: an empty text, date or NULL number never matches lt, le,
// gt, ge, between, eq or a relative period; ne and notIn match it.
package report
