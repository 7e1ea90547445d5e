package model_test

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fieldvault/backend/apperr"
	"fieldvault/backend/model"
)

func TestScheduleInputValidate(t *testing.T) {
	abs, _ := filepath.Abs(string(filepath.Separator) + "reports")
	ok := model.ScheduleInput{ReportID: "r1", Frequency: model.FrequencyDaily, Time: "09:00", TimeZone: "Europe/Berlin", Folder: abs}
	with := func(f func(in *model.ScheduleInput)) model.ScheduleInput { in := ok; f(&in); return in }
	cases := []struct {
		name  string
		in    model.ScheduleInput
		field string // "" = valid
	}{
		{"daily", ok, ""},
		{"weekly sunday", with(func(in *model.ScheduleInput) { in.Frequency, in.Weekday = model.FrequencyWeekly, 7 }), ""},
		{"monthly last", with(func(in *model.ScheduleInput) { in.Frequency, in.DayOfMonth = model.FrequencyMonthly, -1 }), ""},
		{"no report", with(func(in *model.ScheduleInput) { in.ReportID = " " }), "reportId"},
		{"hourly", with(func(in *model.ScheduleInput) { in.Frequency = "hourly" }), "frequency"},
		{"weekday 9", with(func(in *model.ScheduleInput) { in.Frequency, in.Weekday = model.FrequencyWeekly, 9 }), "weekday"},
		{"weekday 0", with(func(in *model.ScheduleInput) { in.Frequency = model.FrequencyWeekly }), "weekday"},
		{"day 29", with(func(in *model.ScheduleInput) { in.Frequency, in.DayOfMonth = model.FrequencyMonthly, 29 }), "dayOfMonth"},
		{"day 0", with(func(in *model.ScheduleInput) { in.Frequency = model.FrequencyMonthly }), "dayOfMonth"},
		{"bad time", with(func(in *model.ScheduleInput) { in.Time = "25:00" }), "time"},
		{"time with seconds", with(func(in *model.ScheduleInput) { in.Time = "09:00:00" }), "time"},
		{"unknown zone", with(func(in *model.ScheduleInput) { in.TimeZone = "Nowhere/City" }), "timeZone"},
		{"relative folder", with(func(in *model.ScheduleInput) { in.Folder = "reports/out" }), "folder"},
		{"parent pattern", with(func(in *model.ScheduleInput) { in.FilePattern = "../{report}" }), "filePattern"},
		{"dot dot pattern", with(func(in *model.ScheduleInput) { in.FilePattern = "..{date}" }), "filePattern"},
		{"backslash pattern", with(func(in *model.ScheduleInput) { in.FilePattern = `..\x` }), "filePattern"},
		{"unknown token", with(func(in *model.ScheduleInput) { in.FilePattern = "{secret}" }), "filePattern"},
		{"stray brace", with(func(in *model.ScheduleInput) { in.FilePattern = "{report" }), "filePattern"},
		{"too long pattern", with(func(in *model.ScheduleInput) { in.FilePattern = strings.Repeat("a", 121) }), "filePattern"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			in := tc.in
			err := in.Validate()
			if tc.field == "" {
				if err != nil {
					t.Fatal(err)
				}
				if in.FilePattern != model.DefaultFilePattern {
					t.Fatalf("pattern %q", in.FilePattern)
				}
				return
			}
			p := apperr.ToPayload(err)
			if !apperr.Is(err, apperr.CodeInvalid) || p.Fields[tc.field] == "" {
				t.Fatalf("got %v (%v), want invalid %s", err, p.Fields, tc.field)
			}
		})
	}
}

func TestFileName(t *testing.T) {
	at := time.Date(2026, 3, 2, 9, 5, 0, 0, time.UTC)
	cases := []struct{ pattern, report, want string }{
		{"{report} {date}", "Pipeline", "Pipeline 2026-03-02.xlsx"},
		{"{report}-{date}-{time}", "Q1/Q2: deals", "Q1_Q2_ deals-2026-03-02-0905.xlsx"},
		{"{report}", "../../etc/passwd", "____etc_passwd.xlsx"},
		{"{report}", "..", "_.xlsx"},
		{"{report}", ".hidden", "hidden.xlsx"},
		{"{report}", "CON", "_CON.xlsx"},
		{"{report}.xlsx", "A", "A.xlsx"},
		{"{report}", "x{date}", "x{date}.xlsx"},
	}
	for _, tc := range cases {
		t.Run(tc.report, func(t *testing.T) {
			got := model.FileName(tc.pattern, tc.report, at)
			if got != tc.want || filepath.Base(got) != got || !filepath.IsLocal(got) {
				t.Fatalf("FileName(%q, %q) = %q, want %q", tc.pattern, tc.report, got, tc.want)
			}
		})
	}
}
