package extract

// visionWords name plans called after a year.
var visionWords = map[string]bool{"رؤيه": true, "لرؤيه": true, "برؤيه": true, "vision": true, "agenda": true, "اجنده": true}

// dateExpr is a date the text gives, over tokens [lo, hi). Absolute dates
// may lack the year; weekdays and relative words need the publication date.
type dateExpr struct {
	lo, hi  int
	abs     Date   // Year may be 0: inferred from the publication date
	yearRel string // "last-year" ...: the year of a month ("مارس من العام الماضي")
	weekday int    // -1 when none
	rel     string
	// since is the token of a "since"/"منذ" that opens the date's clause,
	// or -1.
	since int
	// effective marks a date that says when a change takes effect
	// ("from January 1", "اعتبارا من مطلع العام").
	effective bool
	// anchored marks "a day after the summit": the day of the event it
	// names, not of one told after it.
	anchored bool
	// dir is +1 for a month the text says is coming ("مايو المقبل",
	// "next May"), -1 for one gone ("last May"), else 0.
	dir int
}

// findDates collects the date expressions of the whole text.
func (d *doc) findDates() {
	usedTok := resize(d.usedTok, len(d.toks))
	d.usedTok = usedTok
	for i := 0; i < len(d.units); i++ {
		u := d.units[i]
		switch {
		case u.month > 0:
			lo, hi := u.lo, u.hi
			// "أيار (مايو)": two names of one month.
			for i+1 < len(d.units) && d.units[i+1].month == u.month && d.units[i+1].lo <= hi+1 {
				i++
				hi = d.units[i].hi
			}
			e := dateExpr{lo: lo, hi: hi, weekday: -1, abs: Date{Month: u.month}}
			if t, ok := d.numTok(lo-1, 1, 31, 2); ok { // 16 مايو / 16 May
				e.abs.Day, e.lo = t.num, lo-1
			} else if lo >= 2 && d.toks[lo-1].norm == "من" && d.toks[lo-2].norm == "الاول" { // الأول من يناير
				e.abs.Day, e.lo = 1, lo-2
			} else if t, ok := d.numTok(hi, 1, 31, 2); ok { // May 16
				e.abs.Day, e.hi = t.num, hi+1
			}
			if t, ok := d.numTok(e.hi, 1900, 2100, 4); ok {
				e.abs.Year, e.hi = t.num, e.hi+1
			} else if j := i + 1; j < len(d.units) && yearRels[d.units[j].rel] &&
				(d.units[j].lo == e.hi || d.units[j].lo == e.hi+1 && d.toks[e.hi].norm == "من") {
				// "March last year", "مارس من العام الماضي"
				e.yearRel, e.hi = d.units[j].rel, d.units[j].hi
				i = j
			}
			if e.abs.Year == 0 && e.yearRel == "" {
				if e.hi < len(d.toks) {
					switch d.toks[e.hi].norm {
					case "المقبل", "القادم":
						e.dir, e.hi = 1, e.hi+1
					case "الماضي":
						e.dir, e.hi = -1, e.hi+1
					}
				}
				if e.lo > 0 {
					switch d.toks[e.lo-1].norm {
					case "next":
						e.dir, e.lo = 1, e.lo-1
					case "last":
						e.dir, e.lo = -1, e.lo-1
					}
				}
			}
			if e.abs.Day == 0 && e.abs.Year == 0 && e.yearRel == "" && e.dir == 0 && !d.hasMark(lo-1, mMonthLead) && !d.hasMark(lo-1, mLoc) {
				continue // "May" or "آب" alone is too often another word
			}
			if e.abs.Day > 0 && e.abs.Year > 0 && e.abs.Day > daysIn(e.abs.Year, e.abs.Month) {
				continue
			}
			for k := e.lo; k < e.hi; k++ {
				usedTok[k] = true
			}
			d.addDate(e)
		case u.weekday >= 0:
			d.addDate(dateExpr{lo: u.lo, hi: u.hi, weekday: u.weekday})
		case u.rel != "":
			if u.rel == "today" && (d.hasMark(u.hi, mOrdinal)) {
				continue // "اليوم الأول": the first day
			}
			d.addDate(dateExpr{lo: u.lo, hi: u.hi, weekday: -1, rel: u.rel})
		}
	}
	for k, t := range d.toks {
		if usedTok[k] || t.script != scriptDigit || t.ndigits != 4 || t.num < 1900 || t.num > 2100 {
			continue
		}
		// "رؤية المملكة 2030", "Vision 2030", "Agenda 2063": a plan's name.
		if k > 0 && visionWords[d.toks[k-1].norm] || k > 1 && visionWords[d.toks[k-2].norm] {
			continue
		}
		d.addDate(dateExpr{lo: k, hi: k + 1, weekday: -1, abs: Date{Year: t.num}})
	}
	// A weekday next to a full date or a relative day ("غدًا الجمعة",
	// "Thursday, May 16") adds nothing; keep the other.
	out := d.dates[:0]
	for _, e := range d.dates {
		if e.weekday >= 0 && d.besideDay(e) {
			continue
		}
		if e.rel == "same-day" || e.rel == "same-month" || e.rel == "same-year" {
			var ok bool
			if e, ok = d.sameAsBefore(e); !ok {
				continue
			}
		}
		if e.rel == "day-after-ref" || e.rel == "day-before-ref" {
			var ok bool
			if e, ok = d.dayOff(e); !ok {
				continue
			}
		}
		out = append(out, e)
	}
	d.dates = out
}

// dayOff resolves "a day after the summit" and "قبل يوم من": the day before
// (after) the nearest day-precise date told before it in its sentence.
func (d *doc) dayOff(e dateExpr) (dateExpr, bool) {
	si := d.sentenceOf(e.lo)
	if si < 0 {
		return e, false
	}
	var prev *dateExpr
	for i := range d.dates {
		p := &d.dates[i]
		if p.hi <= e.lo && p.lo >= d.sents[si].lo && p.rel != "day-after-ref" && p.rel != "day-before-ref" && (prev == nil || p.lo > prev.lo) {
			prev = p
		}
	}
	if prev == nil {
		return e, false
	}
	// "arrived on Saturday for a visit, met Xi a day after talks with
	// Li": the day is the meeting's, not the arrival's, and unknown.
	for _, o := range d.trigsBetween(prev.hi, e.lo) {
		if o.lo >= prev.hi && o.hi <= e.lo && eventClasses[o.class] {
			return e, false
		}
	}
	at := resolveDate(*prev, d.a.Published, false)
	if at.Day == 0 {
		return e, false
	}
	if e.rel == "day-after-ref" {
		at = at.addDays(-1)
	} else {
		at = at.addDays(1)
	}
	e.abs, e.rel, e.anchored = at, "", true
	return e, true
}

// sameAsBefore resolves "اليوم نفسه", "في الشهر نفسه", "the same year": the day, month or year
// of the nearest date before e that gives one (a year told in between,
// "the agreement of 2008", gives no day).
func (d *doc) sameAsBefore(e dateExpr) (dateExpr, bool) {
	var at Date
	found := -1
	for i := range d.dates {
		p := &d.dates[i]
		if p.lo >= e.lo || p.lo <= found || p.rel == "same-day" || p.rel == "same-month" || p.rel == "same-year" {
			continue
		}
		r := resolveDate(*p, d.a.Published, false)
		if r.Year == 0 || e.rel == "same-month" && r.Month == 0 || e.rel == "same-day" && r.Day == 0 {
			continue
		}
		at, found = r, p.lo
	}
	if found < 0 {
		return e, false
	}
	switch e.rel {
	case "same-day":
		e.abs = at
	case "same-month":
		e.abs = Date{Year: at.Year, Month: at.Month}
	default:
		e.abs = Date{Year: at.Year}
	}
	e.rel = ""
	return e, true
}

func (d *doc) addDate(e dateExpr) {
	// A horizon ("حتى عام 2030", "until 2030") is not when the event happens.
	if d.hasMark(e.lo-1, mUntil) || (d.hasMark(e.lo-2, mUntil) && e.lo >= 1 && d.toks[e.lo-1].script == scriptArabic) {
		return
	}
	// "since Ukraine became independent in 1991": a date inside a
	// since-clause dates an earlier state of affairs, not an event told
	// before "since" (but "منذ زيارته إلى روسيا الشهر الماضي" dates the
	// visit inside the clause).
	e.since = -1
	for k := e.lo - 1; k >= 0 && k >= e.lo-6; k-- {
		if p := d.toks[k].punctAfter; k < e.lo-1 && (p == ',' || p == '،' || p == ';' || p == '؛' || p == '.') {
			break
		}
		if n := d.toks[k].norm; n == "since" || n == "منذ" {
			e.since = k
			break
		}
	}
	e.effective = d.hasMark(e.lo-1, mEffective)
	d.dates = append(d.dates, e)
}

func (d *doc) besideDay(w dateExpr) bool {
	for _, e := range d.dates {
		if e.weekday >= 0 {
			continue
		}
		dayLevel := e.abs.Day > 0 || e.rel == "today" || e.rel == "yesterday" || e.rel == "tomorrow" || e.rel == "after-tomorrow"
		if dayLevel && (e.hi >= w.lo-1 && e.hi <= w.lo || w.hi >= e.lo-1 && w.hi <= e.lo) {
			return true
		}
	}
	return false
}

func (d *doc) numTok(k, min, max, maxDigits int) (token, bool) {
	if k < 0 || k >= len(d.toks) {
		return token{}, false
	}
	t := d.toks[k]
	if t.script != scriptDigit || t.ndigits > maxDigits || t.num < min || t.num > max {
		return token{}, false
	}
	if maxDigits == 4 && t.ndigits != 4 {
		return token{}, false
	}
	return t, true
}

var yearRels = map[string]bool{"last-year": true, "this-year": true, "next-year": true}

// resolveDate gives e's date against the publication date pub, looking
// forward for planned events and backward otherwise. It returns the zero
// Date when e needs pub and pub is unknown.
func resolveDate(e dateExpr, pub Date, forward bool) Date {
	if e.abs.Year > 0 {
		return e.abs
	}
	if pub.precision() < 3 {
		return Date{}
	}
	if e.abs.Month > 0 && e.yearRel != "" {
		y := resolveDate(dateExpr{weekday: -1, rel: e.yearRel}, pub, forward).Year
		return Date{y, e.abs.Month, e.abs.Day}
	}
	if e.abs.Month > 0 {
		if e.dir != 0 {
			forward = e.dir > 0
		}
		y := pub.Year
		m := Date{y, e.abs.Month, e.abs.Day}
		// "last September" told in September is a year back, "next
		// September" a year on.
		if forward && (e.abs.Month < pub.Month || e.dir > 0 && e.abs.Month == pub.Month) {
			m.Year++
		} else if !forward && (e.abs.Month > pub.Month || e.dir < 0 && e.abs.Month == pub.Month) {
			m.Year--
		}
		if m.Day > daysIn(m.Year, m.Month) {
			return Date{}
		}
		return m
	}
	if e.weekday >= 0 {
		wd := int(pub.weekday())
		if forward {
			return pub.addDays((e.weekday - wd + 7) % 7)
		}
		return pub.addDays(-((wd - e.weekday + 7) % 7))
	}
	switch e.rel {
	case "today":
		return pub
	case "yesterday":
		return pub.addDays(-1)
	case "tomorrow":
		return pub.addDays(1)
	case "after-tomorrow":
		return pub.addDays(2)
	case "spring", "summer", "autumn", "winter":
		// The year of the nearest such season: ahead for plans (from
		// the season's first month on, next year's), behind otherwise.
		first := 12
		switch e.rel {
		case "spring":
			first = 3
		case "summer":
			first = 6
		case "autumn":
			first = 9
		}
		switch {
		case forward && pub.Month > first+2:
			return Date{Year: pub.Year + 1}
		case !forward && pub.Month < first:
			return Date{Year: pub.Year - 1}
		}
		return Date{Year: pub.Year}
	case "last-year":
		return Date{Year: pub.Year - 1}
	case "this-year":
		return Date{Year: pub.Year}
	case "next-year":
		return Date{Year: pub.Year + 1}
	case "last-month":
		return Date{pub.Year, pub.Month, 0}.addMonths(-1)
	case "this-month":
		return Date{pub.Year, pub.Month, 0}
	case "next-month":
		return Date{pub.Year, pub.Month, 0}.addMonths(1)
	case "last-week":
		return weekOf(pub.addDays(-7))
	case "this-week":
		return weekOf(pub)
	case "next-week":
		return weekOf(pub.addDays(7))
	}
	return Date{}
}

// weekOf is the Monday-to-Sunday week around d at the precision it allows:
// its month when the week lies within one, else its year, else nothing.
func weekOf(d Date) Date {
	back := (int(d.weekday()) + 6) % 7 // days since Monday
	mon, sun := d.addDays(-back), d.addDays(6-back)
	switch {
	case mon.Year == sun.Year && mon.Month == sun.Month:
		return Date{mon.Year, mon.Month, 0}
	case mon.Year == sun.Year:
		return Date{Year: mon.Year}
	}
	return Date{}
}
