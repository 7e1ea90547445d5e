package model

import (
	"path/filepath"
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"fieldvault/backend/apperr"
)

// Schedule frequencies, run statuses and the monthly "last day".
const (
	FrequencyDaily   = "daily"
	FrequencyWeekly  = "weekly"
	FrequencyMonthly = "monthly"

	RunRunning = "running"
	RunOK      = "ok"
	RunFailed  = "failed"
	// RunSkipped: the run stopped because the workspace was locked; its
	// slot runs again, caught up, at the next unlock.
	RunSkipped = "skipped"

	// LastDayOfMonth as DayOfMonth runs on the month's last day.
	LastDayOfMonth = -1

	// DefaultFilePattern names scheduled files when the pattern is empty.
	DefaultFilePattern = "{report} {date}"
	MaxFilePattern     = 120
)

// ReportSchedule is a saved report written as .xlsx into Folder at Time
// (HH:MM in TimeZone, an IANA name) daily, weekly on Weekday or monthly on
// DayOfMonth, run as its owner. Times are RFC 3339 UTC.
type ReportSchedule struct {
	ID          string `json:"id"`
	ReportID    string `json:"reportId"`
	ReportName  string `json:"reportName"`
	Frequency   string `json:"frequency"`  // daily | weekly | monthly
	Weekday     int    `json:"weekday"`    // weekly: 1 Monday .. 7 Sunday; else 0
	DayOfMonth  int    `json:"dayOfMonth"` // monthly: 1..28 or -1 (last day); else 0
	Time        string `json:"time"`       // HH:MM, 24 h
	TimeZone    string `json:"timeZone"`
	Folder      string `json:"folder"`
	FilePattern string `json:"filePattern"`
	Enabled     bool   `json:"enabled"`
	NextRunAt   string `json:"nextRunAt"` // "" while disabled
	CreatedAt   string `json:"createdAt"`
	UpdatedAt   string `json:"updatedAt"`
	// LastRun is the newest run (nil before the first): its Status badges
	// the schedule in the window.
	LastRun *ScheduleRun `json:"lastRun,omitempty"`
}

// ScheduleInput creates (ID "") or changes a schedule. FilePattern may use
// {report}, {date} (YYYY-MM-DD) and {time} (HHMM), in TimeZone at run
// time; ".xlsx" is added. TimeZone "" is the machine's zone.
type ScheduleInput struct {
	ID          string `json:"id,omitempty"`
	ReportID    string `json:"reportId"`
	Frequency   string `json:"frequency"`
	Weekday     int    `json:"weekday"`
	DayOfMonth  int    `json:"dayOfMonth"`
	Time        string `json:"time"`
	TimeZone    string `json:"timeZone"`
	Folder      string `json:"folder"`
	FilePattern string `json:"filePattern"`
	Enabled     bool   `json:"enabled"`
}

// ScheduleRun is one run of a schedule. Status: running, ok, failed,
// skipped. DueAt is the slot it ran for; CaughtUp marks a slot that passed
// while the app was closed; Manual a RunNow.
type ScheduleRun struct {
	ID         string `json:"id"`
	ScheduleID string `json:"scheduleId"`
	ReportID   string `json:"reportId"`
	DueAt      string `json:"dueAt"`
	StartedAt  string `json:"startedAt"`
	FinishedAt string `json:"finishedAt"`
	Status     string `json:"status"`
	Rows       int64  `json:"rows"`
	File       string `json:"file"`
	Error      string `json:"error"`
	CaughtUp   bool   `json:"caughtUp"`
	Manual     bool   `json:"manual"`
}

// ScheduleFailed is the payload of the "schedules:failed" event.
type ScheduleFailed struct {
	ScheduleID string `json:"scheduleId"`
	ReportName string `json:"reportName"`
	Error      string `json:"error"`
}

var clockRE = regexp.MustCompile(`^([01][0-9]|2[0-3]):([0-5][0-9])$`)

// ParseClock reads "HH:MM" (00:00..23:59); ok is false otherwise.
func ParseClock(s string) (hour, minute int, ok bool) {
	m := clockRE.FindStringSubmatch(s)
	if m == nil {
		return 0, 0, false
	}
	return int(m[1][0]-'0')*10 + int(m[1][1]-'0'), int(m[2][0]-'0')*10 + int(m[2][1]-'0'), true
}

// Validate trims in, settles the fields a frequency does not use (0) and
// the defaults (pattern, zone), and returns CodeInvalid naming the first
// bad field: frequency, weekday, dayOfMonth, time, timeZone, folder (must
// be absolute; that it exists is checked by the service) or filePattern.
func (in *ScheduleInput) Validate() error {
	bad := func(field, msg string) error { return apperr.Invalid(msg, map[string]string{field: msg}) }
	in.Time, in.TimeZone = strings.TrimSpace(in.Time), strings.TrimSpace(in.TimeZone)
	in.Folder, in.FilePattern = strings.TrimSpace(in.Folder), strings.TrimSpace(in.FilePattern)
	if strings.TrimSpace(in.ReportID) == "" {
		return bad("reportId", "Choose a saved report.")
	}
	switch in.Frequency {
	case FrequencyDaily:
		in.Weekday, in.DayOfMonth = 0, 0
	case FrequencyWeekly:
		if in.Weekday < 1 || in.Weekday > 7 {
			return bad("weekday", "Choose a weekday (1 Monday to 7 Sunday).")
		}
		in.DayOfMonth = 0
	case FrequencyMonthly:
		if in.DayOfMonth != LastDayOfMonth && (in.DayOfMonth < 1 || in.DayOfMonth > 28) {
			return bad("dayOfMonth", "Choose a day from 1 to 28, or the last day of the month.")
		}
		in.Weekday = 0
	default:
		return bad("frequency", "Choose daily, weekly or monthly.")
	}
	if _, _, ok := ParseClock(in.Time); !ok {
		return bad("time", "Enter a time as HH:MM (00:00 to 23:59).")
	}
	if in.TimeZone == "" {
		in.TimeZone = LocalZoneName()
	}
	if _, err := LoadZone(in.TimeZone); err != nil {
		return bad("timeZone", "Choose a known time zone (such as Europe/Berlin).")
	}
	if !utf8.ValidString(in.Folder) || len(in.Folder) > 1024 || strings.IndexFunc(in.Folder, unicode.IsControl) >= 0 ||
		!filepath.IsAbs(in.Folder) {
		return bad("folder", "Choose a folder (a full path).")
	}
	in.Folder = filepath.Clean(in.Folder)
	if in.FilePattern == "" {
		in.FilePattern = DefaultFilePattern
	}
	if msg := ValidateFilePattern(in.FilePattern); msg != "" {
		return bad("filePattern", msg)
	}
	return nil
}

var tokenRE = regexp.MustCompile(`\{[^{}]*\}`)

// ValidateFilePattern returns "" when p is an acceptable file name pattern:
// one file name (no folder separators, no "..", no characters Windows
// forbids), at most MaxFilePattern characters, with only the known tokens.
func ValidateFilePattern(p string) string {
	switch {
	case !utf8.ValidString(p) || utf8.RuneCountInString(p) > MaxFilePattern:
		return "Use at most 120 characters."
	case strings.ContainsAny(p, `/\:*?"<>|`) || strings.IndexFunc(p, unicode.IsControl) >= 0:
		return `The file name cannot contain / \ : * ? " < > | or control characters.`
	case strings.Contains(p, ".."):
		return `The file name cannot contain "..".`
	}
	for _, tok := range tokenRE.FindAllString(p, -1) {
		switch tok {
		case "{report}", "{date}", "{time}":
		default:
			return "Unknown placeholder " + tok + ": use {report}, {date} or {time}."
		}
	}
	if strings.ContainsAny(tokenRE.ReplaceAllString(p, ""), "{}") {
		return "Braces are only for {report}, {date} and {time}."
	}
	return ""
}

// FileName renders a validated pattern for report name at t (in the
// schedule's zone): one safe file name ending in ".xlsx", whatever the
// report is called — separators and reserved characters become "_", and
// it never starts with a dot or is a Windows device name.
func FileName(pattern, report string, t time.Time) string {
	name := strings.NewReplacer("{report}", report, "{date}", t.Format("2006-01-02"), "{time}", t.Format("1504")).Replace(pattern)
	name = strings.Map(func(r rune) rune {
		if r < 32 || r == 127 || strings.ContainsRune(`/\:*?"<>|`, r) || unicode.IsControl(r) {
			return '_'
		}
		return r
	}, strings.ToValidUTF8(name, "_"))
	name = strings.ReplaceAll(name, "..", "_")
	name = strings.Trim(name, " .")
	if r := []rune(name); len(r) > 150 {
		name = strings.TrimRight(string(r[:150]), " .")
	}
	if name == "" {
		name = "report"
	}
	base := strings.ToUpper(strings.SplitN(name, ".", 2)[0])
	switch base {
	case "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
		"LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9":
		name = "_" + name
	}
	if !strings.HasSuffix(strings.ToLower(name), ".xlsx") {
		name += ".xlsx"
	}
	return name
}
