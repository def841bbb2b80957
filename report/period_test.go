package report

import (
	"strings"
	"testing"
	"time"
)

func TestParsePeriod(t *testing.T) {
	// A Wednesday.
	now := time.Date(2026, 3, 18, 15, 4, 0, 0, time.UTC)
	tests := []struct {
		spec, from, to, label string
		prevFrom, prevTo      string
	}{
		{"last-30-days", "2026-02-17", "2026-03-18", "2026-02-17 to 2026-03-18", "2026-01-18", "2026-02-16"},
		{"last-1-days", "2026-03-18", "2026-03-18", "2026-03-18 to 2026-03-18", "2026-03-17", "2026-03-17"},
		{"last-2-weeks", "2026-03-05", "2026-03-18", "2026-03-05 to 2026-03-18", "2026-02-19", "2026-03-04"},
		{"last-3-months", "2026-01-01", "2026-03-18", "2026-01-01 to 2026-03-18", "2025-10-01", "2025-12-18"},
		{"previous-week", "2026-03-09", "2026-03-15", "2026-03-09 to 2026-03-15", "2026-03-02", "2026-03-08"},
		{"previous-month", "2026-02-01", "2026-02-28", "February 2026", "2026-01-01", "2026-01-31"},
		{"previous-year", "2025-01-01", "2025-12-31", "2025", "2024-01-01", "2024-12-31"},
		{"month-to-date", "2026-03-01", "2026-03-18", "2026-03-01 to 2026-03-18", "2026-02-01", "2026-02-18"},
		{"year-to-date", "2026-01-01", "2026-03-18", "2026-01-01 to 2026-03-18", "2025-01-01", "2025-03-18"},
		{"2024", "2024-01-01", "2024-12-31", "2024", "2023-01-01", "2023-12-31"},
		{"2024-02", "2024-02-01", "2024-02-29", "February 2024", "2024-01-01", "2024-01-31"},
		{"2024-03", "2024-03-01", "2024-03-31", "March 2024", "2024-02-01", "2024-02-29"},
		{"2023:2024", "2023-01-01", "2024-12-31", "2023-01-01 to 2024-12-31", "2021-01-01", "2022-12-31"},
		{"2024-05-01:2024-05-10", "2024-05-01", "2024-05-10", "2024-05-01 to 2024-05-10", "2024-04-21", "2024-04-30"},
	}
	for _, tc := range tests {
		t.Run(tc.spec, func(t *testing.T) {
			p, err := ParsePeriod(tc.spec, now)
			if err != nil {
				t.Fatal(err)
			}
			w := windowInfo(p)
			if w.From != tc.from || w.To != tc.to || w.Label != tc.label {
				t.Errorf("got %s..%s %q, want %s..%s %q", w.From, w.To, w.Label, tc.from, tc.to, tc.label)
			}
			pw := windowInfo(p.Previous())
			if pw.From != tc.prevFrom || pw.To != tc.prevTo {
				t.Errorf("previous: got %s..%s, want %s..%s", pw.From, pw.To, tc.prevFrom, tc.prevTo)
			}
			if !p.Window().Contains(p.Window().From) || p.Window().Contains(p.Previous().Window().To) {
				t.Errorf("window %v and its previous overlap", p.Window())
			}
		})
	}
}

func TestParsePeriodAll(t *testing.T) {
	p, err := ParsePeriod("all", time.Now())
	if err != nil || !p.IsAll() || p.Label() != "all time" || !p.Previous().IsAll() {
		t.Fatalf("all: %+v %v", p, err)
	}
	if w := p.Window(); !w.From.IsZero() || !w.To.IsZero() {
		t.Errorf("all is not the open window: %v", w)
	}
}

func TestParsePeriodErrors(t *testing.T) {
	for _, spec := range []string{"last-0-days", "last-days", "next-month", "2024-13", "2024:2023", "yesterday", "2024-05-01:", "last-5-years"} {
		_, err := ParsePeriod(spec, time.Now())
		if err == nil {
			t.Errorf("%q: no error", spec)
			continue
		}
		if !strings.Contains(err.Error(), spec) || !strings.Contains(err.Error(), "last-N-days") {
			t.Errorf("%q: error %q should name the value and the choices", spec, err)
		}
	}
}
