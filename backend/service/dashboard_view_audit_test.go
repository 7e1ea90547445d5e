package service_test

import (
	"testing"
	"time"

	"fieldvault/backend/service"
)

// A live refresh (the same user, dashboard and filters again) is not audited
// again within ten minutes; other filters, another dashboard or a later view are.
func TestDashboardViewAuditedOncePerView(t *testing.T) {
	w := newDashWorld(t)
	w.as(t, "sales_manager")
	views := func() int { return countAction(auditActions(t, w.matrix), "dashboard.view:success") }
	month := service.DashboardFilters{DateRange: "thisMonth"}
	year := service.DashboardFilters{DateRange: "thisYear"}
	tests := []struct {
		name    string
		filters service.DashboardFilters
		advance time.Duration
		want    int // dashboard.view entries so far
	}{
		{"first view", month, 0, 1},
		{"a refresh at once", month, 0, 1},
		{"a refresh 9 minutes later", month, 9 * time.Minute, 1},
		{"other filters", year, 0, 2},
		{"the first filters 11 minutes after their view", month, 2 * time.Minute, 3},
	}
	base := views()
	for _, tt := range tests {
		w.clock.Advance(tt.advance)
		if _, err := w.dash.Data("", tt.filters); err != nil {
			t.Fatal(err)
		}
		if got := views() - base; got != tt.want {
			t.Fatalf("%s: %d dashboard.view entries, want %d", tt.name, got, tt.want)
		}
	}
}
