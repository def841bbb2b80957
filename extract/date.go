package extract

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Date is a calendar date with the precision the text supports: Year alone,
// Year and Month, or Year, Month and Day. Zero fields are unknown; the zero
// Date means "no date" and encodes as JSON null.
type Date struct {
	Year  int
	Month int // 1-12, or 0 when only the year is known
	Day   int // 1-31, or 0 when only the month is known
}

// ParseDate parses "YYYY", "YYYY-MM" or "YYYY-MM-DD", and also accepts an
// RFC 3339 timestamp, of which it keeps the date. It returns an error naming
// the value when it is none of these or is not a real calendar date.
func ParseDate(s string) (Date, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Date{}, nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return Date{t.Year(), int(t.Month()), t.Day()}, nil
	}
	parts := strings.Split(s, "-")
	if len(parts) > 3 || len(parts[0]) != 4 {
		return Date{}, fmt.Errorf("date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
	}
	var n [3]int
	for i, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil || (i > 0 && len(p) != 2) {
			return Date{}, fmt.Errorf("date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
		}
		n[i] = v
	}
	d := Date{n[0], n[1], n[2]}
	if !d.valid() {
		return Date{}, fmt.Errorf("date %q: not a calendar date", s)
	}
	return d, nil
}

func (d Date) valid() bool {
	if d.Year < 1 || d.Year > 9999 || d.Month < 0 || d.Month > 12 || d.Day < 0 {
		return false
	}
	if d.Month == 0 {
		return d.Day == 0
	}
	if d.Day == 0 {
		return true
	}
	return d.Day <= daysIn(d.Year, d.Month)
}

func daysIn(year, month int) int {
	return time.Date(year, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// IsZero reports whether d is the zero Date, meaning no date.
func (d Date) IsZero() bool { return d.Year == 0 }

// String formats d as "YYYY", "YYYY-MM" or "YYYY-MM-DD", or "" for no date.
func (d Date) String() string {
	switch {
	case d.Year == 0:
		return ""
	case d.Month == 0:
		return fmt.Sprintf("%04d", d.Year)
	case d.Day == 0:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}

// MarshalJSON encodes d as a string of its precision, or null for no date.
func (d Date) MarshalJSON() ([]byte, error) {
	if d.IsZero() {
		return []byte("null"), nil
	}
	return json.Marshal(d.String())
}

// UnmarshalJSON decodes null, "" or a date accepted by ParseDate.
func (d *Date) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*d = Date{}
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("date: %w", err)
	}
	v, err := ParseDate(s)
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// Compatible reports whether d and e can name the same day: one is zero, or
// they agree on every field both of them know ("2023" and "2023-03").
func (d Date) Compatible(e Date) bool {
	if d.IsZero() || e.IsZero() {
		return true
	}
	if d.Year != e.Year {
		return false
	}
	if d.Month == 0 || e.Month == 0 {
		return true
	}
	if d.Month != e.Month {
		return false
	}
	return d.Day == 0 || e.Day == 0 || d.Day == e.Day
}

// precision is 0 for no date, 1 year, 2 month, 3 day.
func (d Date) precision() int {
	switch {
	case d.Year == 0:
		return 0
	case d.Month == 0:
		return 1
	case d.Day == 0:
		return 2
	}
	return 3
}

// Before reports whether d is earlier than e, comparing at the precision both
// share ("2024-05" is not before "2024-05-16").
func (d Date) Before(e Date) bool {
	if d.Year != e.Year {
		return d.Year < e.Year
	}
	if d.Month == 0 || e.Month == 0 {
		return false
	}
	if d.Month != e.Month {
		return d.Month < e.Month
	}
	if d.Day == 0 || e.Day == 0 {
		return false
	}
	return d.Day < e.Day
}

func (d Date) time() time.Time {
	return time.Date(d.Year, time.Month(max(d.Month, 1)), max(d.Day, 1), 0, 0, 0, 0, time.UTC)
}

func dateOf(t time.Time) Date { return Date{t.Year(), int(t.Month()), t.Day()} }

// addDays moves a day-precision date by n days.
func (d Date) addDays(n int) Date { return dateOf(d.time().AddDate(0, 0, n)) }

// addMonths moves d by n months, keeping month precision.
func (d Date) addMonths(n int) Date {
	t := time.Date(d.Year, time.Month(d.Month)+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
	return Date{t.Year(), int(t.Month()), 0}
}

func (d Date) weekday() time.Weekday { return d.time().Weekday() }
