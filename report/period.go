package report

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/diplograph/diplograph/extract"
	"github.com/diplograph/diplograph/graph"
)

// Period is a report's window of days, with the rule that finds the window
// before it. Its ends are whole days, both inclusive.
type Period struct {
	Spec     string    // as written: last-30-days, previous-month, 2024, ...
	From, To time.Time // midnight of the first and last day; zero for all time
	unit     unit
	n        int // length in units for days and months; 0 for to-date periods
}

type unit int

const (
	unitAll unit = iota
	unitDays
	unitMonths
	unitYears
)

var lastN = regexp.MustCompile(`^last-([0-9]{1,4})-(days|weeks|months)$`)

// PeriodSpecs documents the window names ParsePeriod accepts.
const PeriodSpecs = "all, last-N-days, last-N-weeks, last-N-months, previous-week, previous-month, previous-year, " +
	"month-to-date, year-to-date, YYYY, YYYY-MM, or FROM:TO with YYYY[-MM[-DD]] ends"

// ParsePeriod resolves a window name against now (its date in now's
// location is "today"). Relative windows end today or at the end of the
// previous week, month or year; weeks start on Monday.
func ParsePeriod(spec string, now time.Time) (Period, error) {
	today := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC)
	p := Period{Spec: spec}
	bad := func(why string) (Period, error) {
		return Period{}, fmt.Errorf("window %q: %s; want %s", spec, why, PeriodSpecs)
	}
	switch {
	case spec == "all" || spec == "":
		p.Spec, p.unit = "all", unitAll
		return p, nil
	case lastN.MatchString(spec):
		m := lastN.FindStringSubmatch(spec)
		n, _ := strconv.Atoi(m[1])
		if n < 1 {
			return bad("N must be at least 1")
		}
		switch m[2] {
		case "days":
			p.unit, p.n, p.From, p.To = unitDays, n, today.AddDate(0, 0, 1-n), today
		case "weeks":
			p.unit, p.n, p.From, p.To = unitDays, 7*n, today.AddDate(0, 0, 1-7*n), today
		case "months":
			p.unit, p.n, p.From, p.To = unitMonths, n, firstOfMonth(today).AddDate(0, 1-n, 0), today
		}
		return p, nil
	case spec == "previous-week":
		monday := today.AddDate(0, 0, -((int(today.Weekday()) + 6) % 7))
		p.unit, p.n, p.From, p.To = unitDays, 7, monday.AddDate(0, 0, -7), monday.AddDate(0, 0, -1)
		return p, nil
	case spec == "previous-month":
		first := firstOfMonth(today)
		p.unit, p.n, p.From, p.To = unitMonths, 1, first.AddDate(0, -1, 0), first.AddDate(0, 0, -1)
		return p, nil
	case spec == "previous-year":
		p.unit, p.From, p.To = unitYears, time.Date(today.Year()-1, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(today.Year()-1, 12, 31, 0, 0, 0, 0, time.UTC)
		return p, nil
	case spec == "month-to-date":
		p.unit, p.n, p.From, p.To = unitMonths, 1, firstOfMonth(today), today
		return p, nil
	case spec == "year-to-date":
		p.unit, p.From, p.To = unitYears, time.Date(today.Year(), 1, 1, 0, 0, 0, 0, time.UTC), today
		return p, nil
	}
	from, to, ok := strings.Cut(spec, ":")
	if !ok {
		to = from
	}
	a, err := extract.ParseDate(from)
	if err != nil || a.IsZero() {
		return bad("not a window name or date")
	}
	b, err := extract.ParseDate(to)
	if err != nil || b.IsZero() {
		return bad("not a window name or date")
	}
	if b.Before(a) {
		return bad("the end is before the start")
	}
	p.From, p.To = firstDay(a), lastDay(b)
	switch {
	case a.Month == 0 && b.Month == 0:
		p.unit = unitYears
		p.n = b.Year - a.Year + 1
	case a.Day == 0 && b.Day == 0 && a.Month != 0 && b.Month != 0:
		p.unit = unitMonths
		p.n = (b.Year-a.Year)*12 + b.Month - a.Month + 1
	default:
		p.unit = unitDays
		p.n = int(p.To.Sub(p.From).Hours()/24) + 1
	}
	return p, nil
}

// Previous returns the window before p: the same number of days, months or
// years immediately before it; for to-date windows, the same span of the
// previous month or year. The previous of all time is all time.
func (p Period) Previous() Period {
	q := Period{Spec: "before " + p.Spec, unit: p.unit, n: p.n}
	switch p.unit {
	case unitAll:
		return p
	case unitDays:
		q.To = p.From.AddDate(0, 0, -1)
		q.From = q.To.AddDate(0, 0, 1-p.n)
	case unitMonths, unitYears:
		months := p.n
		if p.unit == unitYears {
			months = 12 * max(p.n, 1)
		}
		q.From = p.From.AddDate(0, -months, 0)
		q.To = shiftMonths(p.To, -months)
	}
	return q
}

// shiftMonths moves a day by whole months, keeping the day of the month
// where it exists and mapping a month's last day to the last day.
func shiftMonths(d time.Time, months int) time.Time {
	first := firstOfMonth(d).AddDate(0, months, 0)
	last := first.AddDate(0, 1, -1)
	if d.Day() == firstOfMonth(d).AddDate(0, 1, -1).Day() || d.Day() > last.Day() {
		return last
	}
	return first.AddDate(0, 0, d.Day()-1)
}

// Window is p as a graph window with day precision.
func (p Period) Window() graph.Window {
	if p.unit == unitAll {
		return graph.Window{}
	}
	return graph.Window{From: dateOf(p.From), To: dateOf(p.To)}
}

// IsAll reports whether p is all time.
func (p Period) IsAll() bool { return p.unit == unitAll }

// Label is a short human name: "2024", "May 2024", "2024-05-01 to
// 2024-05-31" or "all time".
func (p Period) Label() string {
	if p.unit == unitAll {
		return "all time"
	}
	if p.From.Month() == 1 && p.From.Day() == 1 && p.To.Month() == 12 && p.To.Day() == 31 && p.From.Year() == p.To.Year() {
		return strconv.Itoa(p.From.Year())
	}
	if p.From.Day() == 1 && p.To.Equal(firstOfMonth(p.From).AddDate(0, 1, -1)) {
		return p.From.Format("January 2006")
	}
	return p.From.Format("2006-01-02") + " to " + p.To.Format("2006-01-02")
}

func firstOfMonth(d time.Time) time.Time {
	return time.Date(d.Year(), d.Month(), 1, 0, 0, 0, 0, time.UTC)
}

func firstDay(d extract.Date) time.Time {
	m, day := max(d.Month, 1), max(d.Day, 1)
	return time.Date(d.Year, time.Month(m), day, 0, 0, 0, 0, time.UTC)
}

func lastDay(d extract.Date) time.Time {
	switch {
	case d.Month == 0:
		return time.Date(d.Year, 12, 31, 0, 0, 0, 0, time.UTC)
	case d.Day == 0:
		return time.Date(d.Year, time.Month(d.Month)+1, 0, 0, 0, 0, 0, time.UTC)
	}
	return time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
}

func dateOf(t time.Time) extract.Date {
	return extract.Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day()}
}
