package extract

import (
	"cmp"
	"slices"
	"sort"
	"strings"
)

// talkWords are meeting triggers that CAMEO codes as negotiation (046).
var talkWords = map[string]bool{"talks": true, "held talks": true, "مباحثات": true, "المباحثات": true, "محادثات": true, "المحادثات": true}

// candidate relation before merging.
type cand struct {
	Relation
	derived bool
	trip    bool // a country visit derived from a city visit
	guest   bool // a visit derived from a meeting at the host's home
}

func (d *doc) relations() []Relation {
	cs := d.cands[:0]
	for si, s := range d.sents {
		refs := d.refsIn(s)
		first := sort.Search(len(d.trigs), func(i int) bool { return d.trigs[i].lo >= s.lo })
		for _, t := range d.trigs[first:] {
			if t.lo >= s.hi {
				break
			}
			if t.hi > s.hi {
				continue
			}
			cs = append(cs, d.applyTrigger(si, s, t, refs)...)
		}
		cs = d.meetingPlaces(cs, s, refs)
		cs = d.guestVisits(cs, si, s, refs)
		if ex := d.excepted(refs); len(ex) > 0 {
			cs = slices.DeleteFunc(cs, func(c cand) bool {
				return c.Type != HoldsOffice && c.Evidence.Start == s.start && (slices.Contains(ex, c.Source) || slices.Contains(ex, c.Target))
			})
		}
		for _, r := range refs {
			// "former President Donald Trump", "الرئيس الأمريكي السابق":
			// an office no longer held on the day is not stated as held
			// (one the gazetteer says is held belongs to another "former").
			if r.kind == Person && r.fromTitle && r.role != "" && r.of != "" && !((d.hasMark(r.lo-1, mFormer) || d.formerIn(r)) && !d.g.holdsOn(r.id, r.role, r.of, d.a.Published)) {
				conf := 0.85
				if r.named {
					conf = 0.95
				}
				cs = append(cs, cand{Relation: Relation{Type: HoldsOffice, Source: r.id, Target: r.of, Status: Occurred, Confidence: conf, Role: r.role, Evidence: d.evidence(s)}})
			}
		}
	}
	cs = d.companions(cs)
	d.shareVisitDates(cs)
	// A visit a meeting implies adds nothing to one the article tells of
	// itself with a day of its own (the arrival's, the month's); an
	// undated one merges with it below.
	cs = slices.DeleteFunc(cs, func(c cand) bool {
		return c.guest && slices.ContainsFunc(cs, func(o cand) bool {
			return !o.guest && o.Type == Visited && o.Source == c.Source && o.Target == c.Target && !o.Date.IsZero() && o.Status == c.Status
		})
	})
	// A city that hosts a summit hosts it for its country: "Kazan will host
	// the BRICS summit" also says Russia hosts it.
	for _, c := range cs {
		if c.Type != HostedSummit {
			continue
		}
		if info, ok := d.g.entities[c.Source]; ok && info.country != "" {
			x := c
			x.Source, x.derived = info.country, true
			cs = append(cs, x)
		}
	}
	// Trading partners is a standing relation, not an event: the year of a
	// trade figure ("reached $30 billion last year") dates the figure, and
	// "will work to raise trade" plans more of a trade that exists.
	// Membership is one too: the date of a sentence that states it ("met in
	// Kazan on Tuesday, where both are members of BRICS") is another
	// event's; an accession's date goes with JOINED.
	for i := range cs {
		switch cs[i].Type {
		case TradePartnerOf:
			cs[i].Date, cs[i].Status = Date{}, Occurred
		case MemberOf:
			cs[i].Date = Date{}
		}
	}
	d.cands = cs
	var out []Relation
	d.kept, d.mergeOrder, out = merge(cs, d.kept[:0], d.mergeOrder)
	return out
}

// shareVisitDates dates an undated meeting by the guest's visit to the
// host's country told in the same sentence or the one before, and an
// undated visit by the guest's meeting there, with someone of that country,
// told in the same sentence or the one after: "On Monday Kishida travelled
// to Abu Dhabi, where Sheikh Mohamed received him"; "زيارة أجراها السوداني
// إلى برلين، حيث التقى شولتس في 13 يناير". A relation the article also
// dates elsewhere is left to merge with that one.
func (d *doc) shareVisitDates(cs []cand) {
	undated := func(c *cand) bool {
		return c.Status == Occurred && c.Date.IsZero() && (c.Type == Met || c.Type == Visited)
	}
	needed := false
	for i := range cs {
		if undated(&cs[i]) {
			needed = true
			break
		}
	}
	if !needed {
		return
	}
	countryOf := func(id string) string {
		info := d.g.entities[id]
		switch info.kind {
		case Country:
			return id
		case City:
			return info.country
		case Person:
			return d.personCountry(ref{id: id, kind: Person})
		}
		return ""
	}
	// Each candidate's sentence, found once.
	at := resize(d.candSent, len(cs))
	d.candSent = at
	for i := range cs {
		start := cs[i].Evidence.Start
		at[i] = int32(sort.Search(len(d.sents), func(k int) bool { return d.sents[k].start >= start }))
	}
	dated := func(c *cand) bool {
		for i := range cs {
			o := &cs[i]
			if o.Type == c.Type && o.Source == c.Source && o.Target == c.Target && o.Status == c.Status && !o.Date.IsZero() {
				return true
			}
		}
		return false
	}
	// near is the one day the occurred candidates keep gives, told in
	// sentence si or the one after it (dir 1) or before it (dir -1).
	near := func(si int32, dir int32, keep func(c *cand) bool) (Date, bool) {
		var day Date
		for i := range cs {
			c := &cs[i]
			if c.Status != Occurred || c.Date.precision() != 3 || at[i] != si && at[i] != si+dir || !keep(c) {
				continue
			}
			if !day.IsZero() && day != c.Date {
				return Date{}, false
			}
			day = c.Date
		}
		return day, !day.IsZero()
	}
	for i := range cs {
		c := &cs[i]
		if !undated(c) || dated(c) {
			continue
		}
		si := at[i]
		switch c.Type {
		case Met:
			// "held talks with Macron after the parade": the sentence
			// times the meeting by another event.
			if sn := d.sents[si]; d.wordBetween(sn.lo, sn.hi, sequenceAfter) {
				continue
			}
			for _, pair := range [2][2]string{{c.Source, c.Target}, {c.Target, c.Source}} {
				guest, home := pair[0], countryOf(pair[1])
				if home == "" || home == countryOf(guest) {
					continue
				}
				if day, ok := near(si, -1, func(v *cand) bool {
					return v.Type == Visited && v.Source == guest && v.Target == home
				}); ok {
					c.Date = day
					break
				}
			}
		case Visited:
			home := countryOf(c.Target)
			if home == "" || home == countryOf(c.Source) {
				continue
			}
			if day, ok := near(si, 1, func(m *cand) bool {
				if m.Type != Met || m.Source != c.Source && m.Target != c.Source {
					return false
				}
				other := m.Target
				if other == c.Source {
					other = m.Source
				}
				return countryOf(other) == home
			}); ok {
				c.Date = day
			}
		}
	}
}

// sequenceAfter time one event by another.
var sequenceAfter = map[string]bool{"after": true, "following": true, "بعد": true, "عقب": true, "اعقب": true}

// refsIn lists the references inside sentence s. The refs are sorted by
// start, so this is usually a sub-slice of d.refs, capped so that appending
// to it copies; callers must not modify its elements.
func (d *doc) refsIn(s sentence) []ref {
	lo := sort.Search(len(d.refs), func(i int) bool { return d.refs[i].lo >= s.lo })
	hi := lo
	inside := true
	for hi < len(d.refs) && d.refs[hi].lo < s.hi {
		inside = inside && d.refs[hi].hi <= s.hi
		hi++
	}
	if inside {
		return d.refs[lo:hi:hi]
	}
	var out []ref
	for _, r := range d.refs[lo:hi] {
		if r.hi <= s.hi {
			out = append(out, r)
		}
	}
	return out
}

func (d *doc) evidence(s sentence) Span {
	return Span{Text: d.slice(s.start, s.end), Start: s.start, End: s.end}
}

func dist(r ref, t trig) int {
	if r.hi <= t.lo {
		return t.lo - r.hi
	}
	if r.lo >= t.hi {
		return r.lo - t.hi
	}
	return 0
}

// lookBack reports whether a marker of class lies within n tokens before t,
// stopping at a clause break or another trigger.
func (d *doc) lookBack(t trig, s sentence, class markSet, n int) bool {
	for k := t.lo - 1; k >= s.lo && k >= t.lo-n; k-- {
		if d.hasMark(k, class) {
			return true
		}
		if p := d.toks[k].punctAfter; p == ',' || p == '،' || p == ';' || p == '؛' || p == ':' {
			return false
		}
		if o := d.trigAt(k); o != nil && o.class != t.class && o.class != "agreement" {
			return false // another event; the same one named twice goes on
		}
	}
	return false
}

func (d *doc) lookAhead(t trig, s sentence, class markSet, n int) bool {
	for k := t.hi; k < s.hi && k < t.hi+n; k++ {
		if d.hasMark(k, class) {
			return true
		}
		if p := d.toks[k].punctAfter; p == ',' || p == '،' || p == '.' {
			return false
		}
	}
	return false
}

// trigsBetween are the triggers that start in tokens [lo, hi); the
// triggers are sorted by start.
func (d *doc) trigsBetween(lo, hi int) []trig {
	i := sort.Search(len(d.trigs), func(i int) bool { return d.trigs[i].lo >= lo })
	j := i
	for j < len(d.trigs) && d.trigs[j].lo < hi {
		j++
	}
	return d.trigs[i:j]
}

// trigAt is the trigger covering token k, or nil.
func (d *doc) trigAt(k int) *trig {
	if k < 0 || k >= len(d.trigOf) || d.trigOf[k] == 0 {
		return nil
	}
	return &d.trigs[d.trigOf[k]-1]
}

func (d *doc) trigNear(s sentence, pos, n int, classes ...string) (trig, bool) {
	for _, t := range d.trigsBetween(s.lo, s.hi) {
		if t.lo < s.lo || t.hi > s.hi {
			continue
		}
		for _, c := range classes {
			if t.class == c && (abs(t.lo-pos) <= n || abs(t.hi-pos) <= n) {
				return t, true
			}
		}
	}
	return trig{}, false
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// status and date of an event announced by t.
func (d *doc) when(t trig, s sentence) (Status, Date) {
	// One trigger often yields several relations; its time is the same.
	memo := t.lo < len(d.whenMemo)
	if memo {
		if m := d.whenMemo[t.lo]; m.set && m.hi == t.hi {
			return m.status, m.date
		}
	}
	st, date := d.whenOf(t, s)
	if d.standingPartner(t, s) {
		date = Date{}
	}
	if memo {
		d.whenMemo[t.lo] = whenMemo{set: true, hi: t.hi, status: st, date: date}
	}
	return st, date
}

// standingPartner reports a partner named by a possessive, "as Beijing
// showered its closest partner in Europe with praise": a standing tie
// described, whose date is not the sentence's.
func (d *doc) standingPartner(t trig, s sentence) bool {
	if t.class != "partner" {
		return false
	}
	// "signed their strategic partnership on Tuesday": made that day.
	for _, o := range d.trigsBetween(max(s.lo, t.lo-8), t.lo) {
		if o.class == "sign" || o.class == "agree" {
			return false
		}
	}
	if d.wordBetween(max(s.lo, t.lo-8), t.lo, upgradeWords) {
		return false
	}
	for k := t.lo - 1; k >= s.lo && k >= t.lo-3; k-- {
		switch d.toks[k].norm {
		case "its", "their", "his", "her":
			return true
		case "close", "closest", "biggest", "largest", "main", "key", "top", "most", "important", "trusted", "strategic":
			continue
		}
		return false
	}
	return false
}

// whenMemo is a trigger's status and date, once worked out.
type whenMemo struct {
	set    bool
	hi     int
	status Status
	date   Date
}

func (d *doc) whenOf(t trig, s sentence) (Status, Date) {
	// "the G20 summit in Johannesburg in November, which South Africa
	// hosts": hosting the summit just named is on its time.
	if t.class == "host" {
		if st, ok := d.antecedentSummit(t, s); ok {
			return d.when(st, s)
		}
	}
	// "preparing for the Arab League summit it hosted in Baghdad on May
	// 17": the summit is as its verb says.
	// (And "قمة مجموعة العشرين التي استضافتها الهند يومي السبت والأحد":
	// past the organisation and the relative pronoun.)
	if t.class == "summit" {
		for _, o := range d.trigsBetween(t.hi, min(t.hi+5, s.hi)) {
			if (o.class == "host" || o.class == "attend") && o.lo >= t.hi && !d.clauseBreak(t.hi-1, o.lo) && (o.lo-t.hi <= 2 || d.wordBetween(t.hi, o.lo, relativeWords)) {
				if _, ok := d.antecedentSummit(o, s); !ok {
					return d.when(o, s)
				}
			}
		}
	}
	// "will not attend the APEC forum, which ended in Lima on Saturday":
	// a summit its own relative clause tells as past is past.
	if t.class == "summit" && d.heldClauseAfter(t, s) {
		if e := d.dateFor(t, s); e != nil {
			return Occurred, resolveDate(*e, d.a.Published, false)
		}
		return Occurred, Date{}
	}
	// "...، ليكون أول زعيم عربي يزور واشنطن", "the first Arab leader to
	// visit Washington since ...": the event just told, seen as a first.
	if d.firstTo(t, s) {
		// It shares the main event's time ("سيزور ... غدا، ليكون أول
		// وزير يلتقي الشرع" is ahead too).
		var main *trig
		for _, o := range d.trigsBetween(s.lo, t.lo) {
			if o.lo >= s.lo && o.hi <= t.lo && eventClasses[o.class] {
				main = &o
			}
		}
		if main != nil {
			return d.when(*main, s)
		}
		if e := d.lastDateBefore(t.lo, s); e != nil {
			return Occurred, resolveDate(*e, d.a.Published, false)
		}
		return Occurred, Date{}
	}
	own := d.plannedAt(t, s) || d.gerundPlanned(t, s)
	planned, ahead := own, d.imperfect(t)
	for _, o := range d.trigsBetween(s.lo, t.lo) {
		if o.lo >= t.lo || o.lo < s.lo {
			continue
		}
		// "will go on to Vienna, in the first visit ...": a trigger
		// restating an earlier one of the sentence shares its status.
		if o.class == t.class && d.plannedAt(o, s) {
			planned = true
		}
		// "will fly on to Doha for talks with the emir": talks that are
		// a planned trip's purpose are planned too.
		if t.class == "meet" && o.class == "visit" && d.plannedAt(o, s) && (!d.clauseBreak(o.hi-1, t.lo) || t.lo > 0 && d.toks[t.lo-1].norm == "for") {
			planned = true
		}
		// "will attend a summit in Riyadh": the summit shares its verb's
		// status.
		if t.class == "summit" && (o.class == "attend" || o.class == "host") && t.lo-o.hi <= 6 && (d.plannedAt(o, s) || d.gerundPlanned(o, s)) {
			planned = true
		}
		// "Brazil hosts the BRICS summit in July", "تستضيف القمة في
		// مايو": the summit is as far ahead as its verb.
		if t.class == "summit" && (o.class == "attend" || o.class == "host") && t.lo-o.hi <= 6 && d.imperfect(o) {
			ahead = true
		}
		// "would meet again on the sidelines of the G20 summit": so
		// would the summit.
		if t.class == "summit" && o.class == "meet" && t.lo-o.hi <= 8 && d.plannedAt(o, s) && slices.ContainsFunc(d.toks[o.hi:t.lo], func(k token) bool { return sidelinesWord(k.norm) }) {
			planned = true
		}
	}
	best := d.dateFor(t, s)
	// "agreed in a call on Friday to meet": Friday is the call's.
	if best != nil && best.hi <= t.lo && d.agreedTo(t, s) {
		best = nil
	}
	// "يشارك في قمة ... التي تستضيفها الدوحة يوم الخميس": attending takes
	// the date of the summit it names.
	if best == nil && t.class == "attend" {
		best = d.summitDate(t, s)
		// "Li Qiang and Sergei Lavrov also attended": the summit told
		// before, on its day.
		// So does "وشارك في القمة", a summit named before.
		if best == nil && d.onlyEarlierSummitOrgs(s) {
			best = d.earlierSummitDate(s)
		}
	}
	// "due to hold talks on Thursday and to sign agreements": the date of
	// the verb the infinitive is coordinated with.
	// ("before attending the summit" happens another day.)
	if best == nil && !(t.lo > s.lo && sequenceWords[d.toks[t.lo-1].norm]) {
		if o, ok := d.infinitiveHead(t, s); ok {
			best = d.dateFor(o, s)
		}
	}
	// "أعلن بايدن، الاثنين، ...، وذلك خلال استقباله": an event framed
	// by "during" at the end of a dated clause happened when the clause
	// says.
	if best == nil && t.lo > s.lo && (d.toks[t.lo-1].norm == "خلال" || d.toks[t.lo-1].norm == "during" && t.class == "meet") {
		best = d.lastDateBefore(t.lo, s)
	}
	// "a comprehensive strategic partner of Russia since 2012", "شريكان
	// استراتيجيان منذ عام 2012": a partnership in place since a year was
	// made that year.
	if best == nil && t.class == "partner" {
		for k := t.hi; k+1 < s.hi && k < t.hi+6; k++ {
			if n := d.toks[k].norm; n != "since" && n != "منذ" {
				continue
			}
			y := k + 1
			if d.toks[y].norm == "عام" && y+1 < s.hi {
				y++
			}
			if yt := d.toks[y]; yt.script == scriptDigit && yt.ndigits == 4 && yt.num >= 1900 && yt.num <= 2100 {
				best = &dateExpr{lo: y, hi: y + 1, weekday: -1, abs: Date{Year: yt.num}, since: -1}
			}
			break
		}
	}
	// "held talks with Li on Sunday. The two governments then signed":
	// what follows "then" happened that day, as told (the date of the
	// sentence before).
	if best == nil && t.lo > s.lo && (d.toks[t.lo-1].norm == "then" || d.toks[t.lo-1].norm == "ثم") {
		if si := d.sentenceOf(s.lo); si > 0 {
			best = d.lastDateBefore(s.lo, d.sents[si-1])
		}
	}
	// "وعقد أردوغان الاثنين جلسة مباحثات ...، ووقع الجانبان عشر
	// اتفاقيات", "held talks on Monday ..., and the two sides signed": a
	// coordinated clause with no date of its own shares the one before.
	if best == nil && d.coordinatedClause(t, s) {
		for _, o := range d.trigsBetween(s.lo, t.lo) {
			if o.lo >= s.lo && o.hi <= t.lo && eventClasses[o.class] && o.class != t.class {
				if e := d.dateFor(o, s); e != nil {
					best = e
				}
			}
		}
	}
	// "upgraded their ties in 2018 during Modi's visit to Jakarta": an
	// event the date's own event happened during shares the date.
	if best == nil {
		best = d.duringDate(t, s)
	}
	// "وصل بزشكيان إلى بغداد اليوم ...، وكان في استقباله السوداني": a
	// reception on arrival, and "استقبل ... مساء الجمعة ...، في زيارة
	// خاصة", "met ... on Monday, on a visit": a visit framing the main
	// event; each takes the other's date.
	if best == nil && (t.class == "meet" && d.receptionOnArrival(t) || t.class == "visit" && d.framingVisit(t)) {
		for _, o := range d.trigsBetween(s.lo, t.lo) {
			// "زار الرياض في مايو في أول جولة خارجية له": a tour takes
			// the date of the visit it frames.
			if o.lo < s.lo || o.hi > t.lo || !eventClasses[o.class] || o.class == t.class && !tourNouns[d.toks[t.lo].norm] {
				continue
			}
			if e := d.dateFor(o, s); e != nil {
				best = e
			}
		}
		// "Xi, on his first visit to South Korea, met Trump in Busan on
		// Thursday": the main verb after the framing visit.
		if best == nil && t.class == "visit" {
			for _, o := range d.trigsBetween(t.hi, s.hi) {
				if o.lo >= t.hi && o.hi <= s.hi && eventClasses[o.class] && o.class != "visit" {
					best = d.dateFor(o, s)
					break
				}
			}
		}
	}
	// "next year he will host the NATO summit in Ankara": the summit of
	// a host or attend verb just before is on its date.
	if best == nil && t.class == "summit" {
		for _, o := range d.trigsBetween(s.lo, t.lo) {
			if (o.class == "host" || o.class == "attend") && o.lo >= s.lo && o.hi <= t.lo && t.lo-o.hi <= 4 && !d.beforePhrase(o) {
				best = d.dateFor(o, s)
			}
		}
	}
	// "travelled to Kananaskis in June for the G7 summit hosted by
	// Canada": a summit a trip is for has the trip's date.
	if best == nil && (t.class == "summit" || t.class == "host" || t.class == "attend") {
		for _, o := range d.trigsBetween(s.lo, t.lo) {
			if o.class == "visit" && o.lo >= s.lo && o.hi <= t.lo && t.lo-o.hi <= 16 && d.wordBetween(o.hi, t.lo, purposeWords) {
				if _, ok := d.trigNear(s, o.hi, 16, "summit"); ok {
					best = d.dateFor(o, s)
				}
			}
		}
	}
	// "met Japarov on the sidelines of the summit", "على هامش القمة": a
	// meeting at a summit takes the summit's date.
	if best == nil && (t.class == "meet" || t.class == "sign") {
		best = d.sidelinesDate(s)
	}
	// "افتتح ...، مساء الثلاثاء، القمة ...، بحضور ...": attending takes the
	// date of the summit's opening or hosting told in the same sentence.
	if best == nil && t.class == "attend" {
		for _, o := range d.trigsBetween(s.lo, s.hi) {
			// The host verb before it, or the summit word right after.
			if o.lo >= s.lo && o.hi <= t.lo && o.class == "host" || o.lo >= t.hi && o.lo-t.hi <= 3 && o.class == "summit" {
				best = d.dateFor(o, s)
				break
			}
		}
	}
	// "agreed on Thursday to admit six countries from January 1": an
	// accession takes the date it takes effect, not the decision's.
	if t.class == "join" {
		if e := d.effectiveIn(s); e != nil {
			best = e
		}
	}
	var date Date
	if best != nil {
		date = resolveDate(*best, d.a.Published, planned || ahead)
	}
	pub := d.a.Published
	past := best != nil && (pastRels[best.rel] || best.yearRel == "last-year") || !date.IsZero() && date.Before(pub)
	switch {
	case !date.IsZero() && !pub.IsZero() && pub.Before(date):
		planned = true
	case planned && !own && past:
		// "سيلتقيان ... بعد لقائهما في ليما الأسبوع الماضي": a past date
		// overrides the status borrowed from the sentence.
		planned = false
	case planned && best != nil && best.hi <= t.lo && !date.IsZero() && !pub.Before(date):
		// "met Xi in Beijing on Saturday, on the first leg of a tour that
		// will take him to ...": a past date before a plan is another
		// event's.
		date = Date{}
	}
	if planned {
		return Planned, date
	}
	return Occurred, date
}

// presentTense are English event verbs in the present, which news uses for
// what is scheduled.
var presentTense = map[string]bool{"hosts": true, "attends": true, "visits": true, "meets": true, "joins": true}

// coordinatedClause reports a trigger opening a clause joined to the one
// before: "، ووقع", ", and signed".
func (d *doc) coordinatedClause(t trig, s sentence) bool {
	if t.lo > s.lo && (d.toks[t.lo-1].punctAfter == '،' || d.toks[t.lo-1].punctAfter == ',') && d.toks[t.lo].script == scriptArabic {
		return strings.HasPrefix(d.toks[t.lo].norm, "و")
	}
	// ", and signed", ", and the two governments signed": a subject of a
	// few words may stand between.
	for k := t.lo - 1; k > s.lo && k >= t.lo-5; k-- {
		if d.toks[k].norm == "and" {
			return d.toks[k-1].punctAfter == ','
		}
		if d.toks[k].punctAfter != 0 || d.toks[k].script != scriptLatin || d.trigOf[k] != 0 {
			return false
		}
	}
	return false
}

// pastRels are relative dates that lie before publication.
var pastRels = map[string]bool{"yesterday": true, "last-week": true, "last-month": true, "last-year": true}

// antecedentSummit is the summit a relative clause holding t points back
// to: "the summit in Johannesburg in November, which South Africa hosts".
func (d *doc) antecedentSummit(t trig, s sentence) (trig, bool) {
	for k := t.lo - 1; k > s.lo && k >= t.lo-4; k-- {
		if n := d.toks[k].norm; (n == "which" || n == "التي") && d.toks[k-1].punctAfter == ',' || d.toks[k-1].punctAfter == '،' && n == "التي" {
			for _, o := range d.trigsBetween(max(s.lo, k-9), k) {
				if o.class == "summit" && o.hi <= k {
					return o, true
				}
			}
			return trig{}, false
		}
	}
	return trig{}, false
}

// gerundPlanned: "is expected to meet Biden on Tuesday before attending the
// APEC summit": a subordinate gerund shares the main clause's status.
func (d *doc) gerundPlanned(t trig, s sentence) bool {
	if !d.subordinateGerund(t) && !d.beforePhrase(t) {
		return false
	}
	for _, o := range d.trigsBetween(s.lo, t.lo) {
		if o.lo >= s.lo && o.hi <= t.lo && eventClasses[o.class] && d.plannedAt(o, s) {
			return true
		}
	}
	// "... and will address Congress on Thursday, before a three-way
	// summit": the main clause's own future.
	for k := s.lo; k < t.lo; k++ {
		if d.hasMark(k, mPlanned) {
			return true
		}
	}
	// "pledged on Saturday ..., before a summit with Trump" in Saturday's
	// paper: what comes after today is ahead.
	if d.beforePhrase(t) && !d.a.Published.IsZero() {
		for i := range d.dates {
			if e := &d.dates[i]; e.lo >= s.lo && e.hi <= t.lo && resolveDate(*e, d.a.Published, false) == d.a.Published {
				return true
			}
		}
	}
	return false
}

// statusLabel reports "partner" as a status an organisation grants ("became
// partner countries", "دولة شريكة", "بصفة شريك حوار"), not a bilateral
// partnership.
func (d *doc) statusLabel(t trig) bool {
	if t.hi < len(d.toks) {
		switch d.toks[t.hi].norm {
		case "countries", "country", "nations", "nation", "states", "state", "status", "حوار":
			return true
		}
	}
	if t.lo > 0 {
		switch d.toks[t.lo-1].norm {
		case "دول", "دوله", "الدول", "الدوله", "بصفه", "كدوله", "صفه", "other":
			// "other partners": nobody in particular.
			return true
		}
	}
	return false
}

// formerIn reports "السابق" inside an Arabic office phrase ("الرئيس الأمريكي
// السابق دونالد ترامب") or right after it.
func (d *doc) formerIn(r ref) bool {
	for k := r.lo; k <= r.hi && k < len(d.toks); k++ {
		if d.hasMark(k, mFormer) && d.toks[k].script == scriptArabic {
			return true
		}
	}
	return false
}

// relativeWords open a relative clause.
var relativeWords = map[string]bool{"التي": true, "الذي": true, "اللتين": true, "which": true, "that": true}

// economic are the words that make a partnership agreement a trade deal.
var economic = map[string]bool{"economic": true, "trade": true, "الاقتصاديه": true, "اقتصاديه": true, "التجاريه": true}

// sentenceBreak reports a semicolon, colon or dash after any of the tokens
// [lo, hi): a headline's two halves, a list's end.
func (d *doc) sentenceBreak(lo, hi int) bool {
	for k := max(lo, 0); k < hi && k < len(d.toks); k++ {
		if p := d.toks[k].punctAfter; p == ';' || p == '؛' || p == ':' {
			return true
		}
	}
	return false
}

// clauseBreak reports a comma, semicolon or colon after any of the tokens
// [lo, hi).
func (d *doc) clauseBreak(lo, hi int) bool {
	for k := max(lo, 0); k < hi && k < len(d.toks); k++ {
		if p := d.toks[k].punctAfter; p == ',' || p == '،' || p == ';' || p == '؛' || p == ':' {
			return true
		}
	}
	return false
}

// imperfect reports an Arabic present-tense event verb ("يشارك", "تستضيفها"):
// news uses it for what is under way or coming, so a bare weekday after it
// is this week's, not last week's.
func (d *doc) imperfect(t trig) bool {
	switch t.class {
	case "visit", "meet", "attend", "host", "join":
	default:
		return false
	}
	w := d.toks[t.lo].norm
	if d.toks[t.lo].script != scriptArabic {
		// "Brazil hosts the BRICS summit in July": the English present
		// of a scheduled event.
		return presentTense[w]
	}
	w = strings.TrimPrefix(strings.TrimPrefix(w, "و"), "ف")
	return strings.HasPrefix(w, "ي") || strings.HasPrefix(w, "ت") && !strings.HasPrefix(w, "توجه")
}

// summitDate is the first date after an attend trigger when only the
// summit it names, and that summit's host verb, stand between them.
func (d *doc) summitDate(t trig, s sentence) *dateExpr {
	st, ok := d.trigNear(s, t.hi, 6, "summit")
	if !ok || st.lo < t.hi {
		return nil
	}
	for i := range d.dates {
		e := &d.dates[i]
		if e.lo < st.hi || e.hi > s.hi {
			continue
		}
		for _, o := range d.trigsBetween(st.hi, e.lo) {
			if o.lo >= st.hi && o.hi <= e.lo && eventClasses[o.class] && o.class != "host" {
				return nil
			}
		}
		return e
	}
	return nil
}

// leaderWords name an organisation's leaders as a body.
var leaderWords = map[string]bool{"leaders": true, NormalizeArabic("قادة"): true, NormalizeArabic("وقادة"): true, NormalizeArabic("زعماء"): true, NormalizeArabic("وزعماء"): true}

// leadersMeetIn reads "SCO leaders will meet in Tianjin", "the leaders of
// the SCO meet in ...", "..., whose leaders will meet in ...", "يجتمع قادة
// مجموعة العشرين في جوهانسبرغ" as a summit of the organisation that the city
// hosts.
func (d *doc) leadersMeetIn(s sentence, t trig, refs []ref) (cand, bool) {
	k := -1
	for j := max(t.lo-6, s.lo); j < t.lo; j++ {
		if leaderWords[d.toks[j].norm] {
			k = j
		}
	}
	if k < 0 && t.hi < s.hi && leaderWords[d.toks[t.hi].norm] {
		k = t.hi // Arabic verb first
	}
	if k < 0 {
		return cand{}, false
	}
	var org, city *ref
	for i := range refs {
		r := &refs[i]
		switch {
		case r.kind == Organization && org == nil && (r.hi == k || r.lo > k && r.lo-k <= 3 ||
			k >= 2 && d.toks[k-1].norm == "whose" && r.hi <= k-1 && k-1-r.hi <= 1):
			org = r
		case r.kind == City && city == nil && r.prep == "loc" && r.lo >= max(t.hi, k+1) && r.lo-t.hi <= 8:
			city = r
		}
	}
	if org == nil || city == nil {
		return cand{}, false
	}
	return d.rel(s, t, HostedSummit, city.id, org.id, "043", 0.7), true
}

// hostLeaders reads "Lula hosted the G20 leaders", "استضاف قادة مجموعة
// العشرين" as hosting the organisation's summit: the host's country hosts
// it, and so does the city the clause hangs on (", where ...") or names.
func (d *doc) hostLeaders(s sentence, t trig, refs []ref) []cand {
	k := -1
	for j := t.hi; j < s.hi && j <= t.hi+3; j++ {
		if leaderWords[d.toks[j].norm] {
			k = j
			break
		}
	}
	if k < 0 {
		return nil
	}
	var org, host, city *ref
	for i := range refs {
		r := &refs[i]
		switch {
		case r.kind == Organization && org == nil && (r.hi == k || r.lo > k && r.lo-k <= 3):
			org = r
		case r.hi <= t.lo && t.lo-r.hi <= 2 && (r.kind == Person && !r.dependent || r.kind == Country && !r.inOffice):
			host = r
		case r.kind == City && r.lo > k && r.prep == "loc" && city == nil:
			city = r
		}
	}
	if org == nil || host == nil {
		return nil
	}
	// "Rio de Janeiro, where Lula hosted ...": the city before "where".
	if city == nil && host.lo > 0 && (d.toks[host.lo-1].norm == "where" || d.toks[host.lo-1].norm == "حيث") {
		for i := range refs {
			if r := &refs[i]; r.kind == City && r.hi == host.lo-1 {
				city = r
			}
		}
	}
	country := host.id
	if host.kind == Person {
		country = d.personCountry(*host)
	}
	var out []cand
	if country != "" {
		out = append(out, d.rel(s, t, HostedSummit, country, org.id, "043", 0.7))
	}
	if city != nil {
		out = append(out, d.rel(s, t, HostedSummit, city.id, org.id, "043", 0.7))
	}
	return out
}

// receptionOnArrival reports "في استقباله" (he was received by), "was
// greeted by", "was welcomed by".
func (d *doc) receptionOnArrival(t trig) bool {
	if t.lo > 0 && d.toks[t.lo-1].norm == "في" && strings.HasPrefix(strings.TrimPrefix(d.toks[t.lo].norm, "و"), "استقبال") {
		return true
	}
	return t.hi < len(d.toks) && d.toks[t.hi].norm == "by" && (t.norm == "greeted" || t.norm == "welcomed" || t.norm == "received")
}

// framingVisit reports a visit noun that frames a sentence's main event: "في
// زيارة خاصة", "on a state visit", "خلال زيارة".
func (d *doc) framingVisit(t trig) bool {
	for k := t.lo - 1; k >= 0 && k >= t.lo-3; k-- {
		switch d.toks[k].norm {
		case "في", "خلال", "on", "during":
			return true
		case "a", "an", "the", "his", "her", "their", "first", "second", "third", "last", "latest", "state", "official", "private", "working", "two", "day", "three", "اول", "اخر", "ثاني", "ثالث":
			continue
		}
		return false
	}
	return false
}

// otherEdition reports a summit word that names an earlier or later
// edition: "الدورة السابقة", "القمة المقبلة", "the next summit", "last
// year's summit".
func (d *doc) otherEdition(o trig) bool {
	for k := max(o.lo-2, 0); k < min(o.hi+1, len(d.toks)); k++ {
		switch d.toks[k].norm {
		case "previous", "next", "last", "السابقه", "المقبله", "الماضيه", "القادمه":
			return true
		}
	}
	return false
}

// duringWords open a phrase that places an event inside another one's time.
var duringWords = map[string]bool{"during": true, NormalizeArabic("خلال"): true, NormalizeArabic("أثناء"): true, NormalizeArabic("اثناء"): true}

// duringDate is the date told right before "during" (خلال، أثناء) when t
// follows that word closely: "in 2018 during Modi's visit".
// duringVisitAr and duringVisitEn name, after "خلال" and "during the
// (his, her)", a visit or stay already told.
var (
	duringVisitAr = map[string]bool{"الزياره": true, "زيارته": true, "زيارتها": true, "اقامته": true, "اقامتها": true}
	duringVisitEn = map[string]bool{"visit": true, "stay": true, "trip": true}
)

func (d *doc) duringDate(t trig, s sentence) *dateExpr {
	// "وشهدت القمة انضمام الاتحاد الأفريقي", "the summit saw": the
	// summit told before, on its day.
	for k := max(s.lo, t.lo-4); k+1 < t.lo; k++ {
		if n, next := d.toks[k].norm, d.toks[k+1].norm; (n == "شهدت" || n == "وشهدت") && next == "القمه" || n == "summit" && next == "saw" {
			if e := d.earlierSummitDate(s); e != nil {
				return e
			}
		}
	}
	// "والتقى السوداني خلال الزيارة المرشد", "During the visit, he met":
	// the visit already told, dated where it was told.
	for k := max(s.lo, t.lo-6); k+1 < s.hi && k < t.hi+4; k++ {
		n, next := d.toks[k].norm, d.toks[k+1].norm
		// "وشهدت الزيارة توقيع", "the visit saw the signing of" too.
		if !(n == "خلال" && duringVisitAr[next] || n == "during" && (next == "the" || next == "his" || next == "her") && k+2 < s.hi && duringVisitEn[d.toks[k+2].norm] ||
			(n == "شهدت" || n == "وشهدت") && next == "الزياره" || n == "visit" && next == "saw") {
			continue
		}
		for i := len(d.trigs) - 1; i >= 0; i-- {
			o := d.trigs[i]
			if o.class != "visit" || o.hi > k || o.lo >= k-1 && o.lo <= k+2 {
				continue
			}
			// The visit told is one made, not one ahead.
			if si := d.sentenceOf(o.lo); si >= 0 && d.plannedAt(o, d.sents[si]) {
				continue
			}
			if si := d.sentenceOf(o.lo); si >= 0 {
				if e := d.dateFor(o, d.sents[si]); e != nil {
					return e
				}
			}
		}
		return nil
	}
	if t.hi < s.hi && duringPronouns[d.toks[t.hi].norm] {
		// "وقّع خلالها البلدان": the pronoun follows the verb.
		return d.lastDateBefore(t.lo, s)
	}
	for k := t.lo - 1; k >= s.lo && k >= t.lo-6; k-- {
		n := d.toks[k].norm
		switch {
		case duringWords[n]:
			for i := range d.dates {
				if e := &d.dates[i]; e.hi == k && e.lo >= s.lo {
					return e
				}
			}
			if n != "during" || k+1 >= len(d.toks) || d.toks[k+1].norm != "which" {
				return nil
			}
		case duringPronouns[n], n == "where" || n == "حيث":
			// "زار أنقرة في أيلول ...، وقع خلالها البلدان", "visited
			// Riyadh in March, where he met ...": the time of the event the
			// word points back to.
		default:
			continue
		}
		return d.lastDateBefore(k, s)
	}
	return nil
}

// lastDateBefore is the last date of sentence s that ends by token k.
func (d *doc) lastDateBefore(k int, s sentence) *dateExpr {
	var last *dateExpr
	for i := range d.dates {
		if e := &d.dates[i]; e.hi <= k && e.lo >= s.lo && (last == nil || e.lo > last.lo) {
			last = e
		}
	}
	return last
}

// duringPronouns are "during it" in Arabic: خلالها، خلاله، أثناءها.
var duringPronouns = map[string]bool{NormalizeArabic("خلالها"): true, NormalizeArabic("خلاله"): true, NormalizeArabic("أثناءها"): true, NormalizeArabic("اثناءها"): true}

// companyWords name firms, whose deals are not their countries'.
var companyWords = map[string]bool{"company": true, "companies": true, "firm": true, "firms": true, "giant": true, "conglomerate": true,
	"شركه": true, "الشركه": true, "شركات": true, "الشركات": true}

// heldWords say where a summit takes place.
var heldWords = map[string]bool{"held": true, "take": true, "takes": true, "تعقد": true, "ستعقد": true, "عقدت": true}

// theirWords make an event the pair's own.
var theirWords = map[string]bool{"their": true}

// purposeWords say what a trip is for.
var purposeWords = map[string]bool{"for": true, "لحضور": true, "للمشاركه": true}

// sidelinesWord reports a word that places an event at a summit:
// "sidelines", "margins", "على هامش".
func sidelinesWord(n string) bool {
	return n == "sidelines" || n == "margins" || strings.HasSuffix(n, "هامش")
}

// sidelinesDate is, for a sentence that places an event "on the sidelines
// of" a summit (على هامش), the date of that summit: told in the sentence, or
// where the summit was last named before it.
func (d *doc) sidelinesDate(s sentence) *dateExpr {
	for k := s.lo; k < s.hi; k++ {
		if !sidelinesWord(d.toks[k].norm) {
			continue
		}
		// "on the sidelines" alone is the summit last named.
		if st, ok := d.trigNear(s, k+1, 4, "summit"); ok && st.lo > k {
			if e := d.dateFor(st, s); e != nil {
				return e
			}
		}
		// "the summit": the last one named in an earlier sentence, dated
		// where it is named or, failing that, at one of the two named
		// before it.
		// An earlier mention counts only for the same organisation:
		// "their annual summit in Tokyo" does not date "the summit of the
		// SCO" named after it.
		var last *sentence
		var lastAt int
		lastOrg := ""
		seen := 0
		for i := len(d.trigs) - 1; i >= 0 && seen < 3; i-- {
			o := d.trigs[i]
			if o.class != "summit" || o.hi > s.lo || d.otherEdition(o) {
				continue
			}
			seen++
			j := sort.Search(len(d.sents), func(j int) bool { return d.sents[j].hi > o.lo })
			if j == len(d.sents) {
				break
			}
			org := ""
			if r, ok := d.summitOrg(d.sents[j], o, d.refsIn(d.sents[j])); ok {
				org = r.id
			}
			if last != nil && org != lastOrg {
				continue
			}
			if e := d.dateFor(o, d.sents[j]); e != nil {
				return e
			}
			if last == nil {
				last, lastAt, lastOrg = &d.sents[j], o.lo, org
			}
		}
		if last == nil {
			return nil
		}
		// "signed a treaty on Tuesday at the summit": the date another
		// event of that sentence owns is the summit's too.
		var near *dateExpr
		for i := range d.dates {
			if e := &d.dates[i]; e.lo >= last.lo && e.hi <= last.hi && (near == nil || abs(e.lo-lastAt) < abs(near.lo-lastAt)) {
				near = e
			}
		}
		if near == nil {
			// "قمة ... التي استضافتها الهند يومي السبت والأحد" told
			// further back.
			return d.earlierSummitDate(s)
		}
		return near
	}
	return nil
}

// effectiveIn is the first date of sentence s that says when a change takes
// effect, or nil.
func (d *doc) effectiveIn(s sentence) *dateExpr {
	for i := range d.dates {
		if e := &d.dates[i]; e.effective && e.lo >= s.lo && e.hi <= s.hi {
			return e
		}
	}
	return nil
}

// eventClasses are the triggers that name an event of their own; a date
// does not reach across one of them to another trigger.
var eventClasses = map[string]bool{"visit": true, "meet": true, "partner": true, "trade": true, "cooperate": true, "member": true, "join": true, "sign": true, "host": true, "attend": true}

// namesAgreement reports a partnership word that is part of an agreement's
// name, in either order ("partnership agreement", "اتفاقية الشراكة").
func (d *doc) namesAgreement(o trig) bool {
	for _, a := range d.trigsBetween(o.lo-4, o.hi+2) {
		if a.class == "agreement" && (a.lo >= o.hi && a.lo-o.hi <= 1 || a.hi <= o.lo && o.lo-a.hi <= 1) {
			return true
		}
	}
	return false
}

// modifiesAgreement reports a trigger that only qualifies an agreement noun
// ("a strategic partnership agreement", "trade deal").
func (d *doc) modifiesAgreement(o trig) bool {
	for _, a := range d.trigsBetween(o.hi, o.hi+2) {
		if a.class == "agreement" && a.lo >= o.hi && a.lo-o.hi <= 1 {
			return true
		}
	}
	return false
}

func (d *doc) plannedAt(t trig, s sentence) bool {
	// "a state visit that will be followed by a summit": the future is the
	// next event's (but "a tour that will take him to Lima" plans the tour).
	relative := t.hi < s.hi && (clauseOpeners[d.toks[t.hi].norm] || relativeWords[d.toks[t.hi].norm]) && d.wordBetween(t.hi, min(t.hi+6, s.hi), laterWords)
	// "is expected in Washington", "is due in Beijing": a trip ahead.
	if t.class == "visit" && (strings.HasPrefix(t.norm, "expected ") || strings.HasPrefix(t.norm, "due ")) {
		return true
	}
	// "على أن تناقشها قمة": on the understanding that, ahead. (Read
	// here rather than as a lexicon marker: "على" is too frequent a word
	// to send through the name automaton's slow path.)
	for k := max(s.lo, t.lo-3); k+1 <= t.lo && k+1 < s.hi; k++ {
		if d.toks[k].norm == "علي" && d.toks[k+1].norm == "ان" {
			return true
		}
	}
	// "is expected to raise its relations with Beijing to an all-weather
	// strategic partnership": the upgrade verb further back carries the
	// plan.
	if t.class == "partner" {
		for k := t.lo - 1; k >= s.lo && k >= t.lo-14 && !d.clauseBreak(k, k+1); k-- {
			if upgradeWords[d.toks[k].norm] {
				if d.lookBack(trig{lo: k, hi: k + 1}, s, mPlanned, 4) {
					return true
				}
				break
			}
		}
	}
	return t.future || d.lookBack(t, s, mPlanned|mPrepFor, 7) ||
		!relative && d.lookAhead(t, s, mPlanned, 4) && !d.lookAhead(t, s, mOrdinal, 4) && !d.pastThenPlan(t, s) ||
		d.sharedInfinitive(t, s) || d.afterTheSummit(t, s) || d.agreedTo(t, s)
}

// pastThenPlan reports a verb in the past followed by "and" and a plan:
// "Modi also attended and will travel to Brasilia" attended.
func (d *doc) pastThenPlan(t trig, s sentence) bool {
	n := d.toks[t.hi-1].norm
	if d.toks[t.hi-1].script != scriptLatin || !(strings.HasSuffix(n, "ed") || irregularPast[n]) {
		return false
	}
	for k := t.hi; k < s.hi && k < t.hi+4; k++ {
		if d.hasMark(k, mPlanned) {
			return false
		}
		if d.toks[k].norm == "and" || d.toks[k].norm == "but" {
			return true
		}
	}
	return false
}

// irregularPast are event verbs in the past that do not end in "-ed".
var irregularPast = map[string]bool{"met": true, "held": true, "went": true, "flew": true, "took": true, "made": true, "paid": true}

// upgradeWords raise relations to a new level.
var upgradeWords = map[string]bool{"raise": true, "upgrade": true, "elevate": true, "lift": true,
	"يرفع": true, "ترفع": true, "رفع": true, "ترفيع": true, "الارتقاء": true, "للارتقاء": true}

// pastHeldWords tell, in a relative clause, that a summit took place.
var pastHeldWords = map[string]bool{"ended": true, "concluded": true, "closed": true, "took": true, "was": true, "اختتمت": true, "انعقدت": true, "عقدت": true}

// heldClauseAfter reports a summit followed by ", which ended", ", which was
// held", "التي اختتمت", "التي عقدت".
func (d *doc) heldClauseAfter(t trig, s sentence) bool {
	k := t.hi
	for k < s.hi && k < t.hi+5 && d.toks[k-1].punctAfter == 0 {
		k++ // "the forum of leaders, which"
	}
	if k+1 >= s.hi || !(d.toks[k].norm == "which" || d.toks[k].norm == "التي") {
		return false
	}
	n := d.toks[k+1].norm
	return pastHeldWords[n] && (n != "was" || k+2 < s.hi && d.toks[k+2].norm == "held") && (n != "took" || k+2 < s.hi && d.toks[k+2].norm == "place")
}

// expectedAt reads the guests a summit expects: "Brazil hosts the summit in
// Rio on July 6 and 7, where Modi and Ramaphosa are expected" plans each
// one's attendance, on the summit's day.
func (d *doc) expectedAt(s sentence, t trig, refs []ref) []cand {
	w := -1
	for k := t.hi; k < s.hi && k < t.hi+12; k++ {
		if (d.toks[k].norm == "where" || d.toks[k].norm == "حيث") && d.toks[k-1].punctAfter != 0 {
			w = k
			break
		}
	}
	if w < 0 {
		return nil
	}
	var guests []ref
	end := -1
	for _, r := range refs {
		if r.lo <= w || r.kind != Person || r.dependent {
			continue
		}
		if len(guests) > 0 && r.lo-guests[len(guests)-1].hi > 2 {
			break
		}
		guests = append(guests, r)
		end = r.hi
	}
	if end < 0 || end+2 > s.hi || !(d.toks[end].norm == "are" || d.toks[end].norm == "is") || d.toks[end+1].norm != "expected" || d.toks[end+1].punctAfter == 0 && end+2 < s.hi && d.toks[end+2].norm == "to" {
		return nil
	}
	org, ok := d.summitOrg(s, t, refs)
	if !ok {
		return nil
	}
	var out []cand
	for _, g := range guests {
		c := d.rel(s, t, Attended, g.id, org.id, "", confFor(0.75, g))
		c.Status = Planned
		out = append(out, c)
	}
	return out
}

// accompaniedWord reports a word that introduces those who travel with
// someone (a switch: it runs on every token).
func accompaniedWord(n string) bool {
	switch n {
	case "accompanied", "رافقه", "رافقها", "ويرافقه", "يرافقه", "ترافقه":
		return true
	}
	return false
}

// companions extend a traveller's visit and meetings to those who went with
// him: "Zelenskiy was accompanied by Starmer, Macron and Merz, who joined
// the talks", "رافقه ولي العهد": each visited the places he visited last,
// and met whom he met there.
func (d *doc) companions(cs []cand) []cand {
	for k := range d.toks {
		if !accompaniedWord(d.toks[k].norm) {
			continue
		}
		si := d.sentenceOf(k)
		if si < 0 {
			continue
		}
		s := d.sents[si]
		refs := d.refsIn(s)
		var traveller *ref
		for i := range refs {
			if r := &refs[i]; r.kind == Person && !r.dependent && r.hi <= k {
				traveller = r // the nearest before the word
			}
		}
		if d.toks[k].script == scriptArabic {
			// "الذي رافقه ولي العهد": the pronoun is the one named before.
			traveller = nil
			for i := len(refs) - 1; i >= 0; i-- {
				if r := &refs[i]; r.kind == Person && !r.dependent && r.hi <= k {
					traveller = r
					break
				}
			}
		}
		if traveller == nil {
			continue
		}
		// The list right after the word ("accompanied by A, B and C,
		// who ..."), not who is named in a clause after it.
		var with []ref
		start := k + 1
		if start < s.hi && (d.toks[start].norm == "by" || d.toks[start].norm == "of") {
			start++
		}
		for _, r := range d.chain(refs, start, true, Person) {
			if r.id != traveller.id && !slices.ContainsFunc(with, func(w ref) bool { return w.id == r.id }) {
				with = append(with, r)
			}
		}
		// The traveller's visit told last before this sentence, and his
		// meetings on that day.
		var day Date
		found := false
		for i := range cs {
			if c := &cs[i]; c.Type == Visited && c.Source == traveller.id && c.Status == Occurred && c.Evidence.Start <= s.start {
				day, found = c.Date, true
			}
		}
		if !found {
			continue
		}
		n := len(cs)
		for i := 0; i < n; i++ {
			c := cs[i]
			if c.Status != Occurred || c.Date != day || c.Evidence.Start > s.start {
				continue
			}
			for _, w := range with {
				x := c
				switch {
				case c.Type == Visited && c.Source == traveller.id:
					x.Source = w.id
				case c.Type == Met && c.Source == traveller.id && c.Target != w.id:
					x.Source = w.id
				case c.Type == Met && c.Target == traveller.id && c.Source != w.id:
					x.Target = w.id
				default:
					continue
				}
				x.derived, x.Confidence = true, round2(c.Confidence*0.9)
				cs = append(cs, x)
			}
		}
	}
	return cs
}

// sinceWords open a clause of what happened before.
var sinceWords = map[string]bool{"since": true, "منذ": true}

// otherClauseWords open a clause of another time after a meeting: "the
// first meeting since Theresa May visited", "their last meeting before
// Donald Trump returns"; who is named there met nobody.
var otherClauseWords = map[string]bool{"since": true, "منذ": true, "before": true, "until": true}

// unknownSubjectBetween reports an English clause ", and ..." between lo
// and hi whose subject is a name the gazetteer does not know: "Lammy
// visited Beijing, and finance minister Rachel Reeves is expected to
// travel" is not Lammy's trip.
func (d *doc) unknownSubjectBetween(lo, hi int, refs []ref) bool {
	for k := max(lo, 1); k < hi; k++ {
		if d.toks[k].norm != "and" || d.toks[k-1].punctAfter != ',' {
			continue
		}
		for j := k + 1; j < hi; j++ {
			if t := d.toks[j]; t.script == scriptLatin && t.upper && d.trigOf[j] == 0 && !slices.ContainsFunc(refs, func(r ref) bool { return r.lo <= j && j < r.hi }) {
				return true
			}
		}
	}
	return false
}

// firstTo reports a trigger that calls the sentence's main event a first:
// "ليكون أول زعيم عربي يزور", "the first British leader to visit".
func (d *doc) firstTo(t trig, s sentence) bool {
	for k := t.lo - 1; k > s.lo && k >= t.lo-4; k-- {
		n, prev := d.toks[k].norm, d.toks[k-1].norm
		switch {
		case n == "اول" && slices.ContainsFunc(firstToVerbs, func(v string) bool { return strings.HasPrefix(prev, v) }):
			return true
		case n == "first" && prev == "the" && d.toks[t.lo-1].norm == "to" && d.toks[k-1].punctAfter == 0 && k >= 2 && d.toks[k-2].punctAfter == ',':
			return true
		}
	}
	return false
}

// firstToVerbs open "ليكون أول ...": to be the first.
var firstToVerbs = []string{"ليكون", "لتكون", "ليصبح", "لتصبح"}

// agreedTo reports a meeting or trip agreed on: "agreed to meet", "agreed
// in a phone call on Thursday to meet again", not yet held (a partnership
// "agreed to upgrade" is stated by the agreeing).
func (d *doc) agreedTo(t trig, s sentence) bool {
	if t.class != "meet" && t.class != "visit" && t.class != "summit" || t.lo < s.lo+2 || d.toks[t.lo-1].norm != "to" {
		return false
	}
	for _, o := range d.trigsBetween(max(s.lo, t.lo-10), t.lo) {
		if o.class == "agree" && o.hi < t.lo {
			return true
		}
	}
	return false
}

// afterTheSummit reports an Arabic present-tense trip "after the summit"
// the story is about: "ويتوجه السيسي بعد القمة إلى مدريد" is still to come.
func (d *doc) afterTheSummit(t trig, s sentence) bool {
	if t.class != "visit" || !d.imperfect(t) {
		return false
	}
	for k := t.hi; k+1 < s.hi && k < t.hi+3; k++ {
		if d.toks[k].norm == "بعد" {
			o := d.trigAt(k + 1)
			return o != nil && o.class == "summit" && strings.HasPrefix(d.toks[k+1].norm, "ال")
		}
	}
	return false
}

// sharedInfinitive reports "due to hold talks on Thursday and to sign
// agreements": an infinitive after "and to" shares the plan of the verb
// before it.
func (d *doc) sharedInfinitive(t trig, s sentence) bool {
	if o, ok := d.infinitiveHead(t, s); ok {
		return o.future || d.lookBack(o, s, mPlanned|mPrepFor, 7)
	}
	// "will fly on Sunday to Manaus and then attend the G20 summit": a
	// bare verb joined by "and (then)" shares the plan of the verb before.
	if t.lo-2 < s.lo || !baseVerbs[d.toks[t.lo].norm] {
		return false
	}
	end := t.lo - 1
	if d.toks[end].norm == "then" {
		end--
	}
	if d.toks[end].norm != "and" {
		return false
	}
	var head trig
	found := false
	for _, o := range d.trigsBetween(s.lo, end) {
		if o.lo >= s.lo && o.hi <= end && eventClasses[o.class] {
			head, found = o, true
		}
	}
	return found && !d.clauseBreak(head.hi-1, end) && (head.future || d.lookBack(head, s, mPlanned|mPrepFor, 7))
}

// baseVerbs are event verbs in the base form a coordinated plan takes.
var baseVerbs = map[string]bool{"attend": true, "meet": true, "visit": true, "sign": true, "hold": true, "travel": true, "fly": true, "join": true, "host": true, "address": true}

// infinitiveHead is the event trigger that "and to VERB" is coordinated
// with: the last one before it in the sentence.
//
// "will fly on to Tianjin on Sunday to attend the summit": an infinitive of
// purpose after a trip shares the trip's plan and date the same way.
func (d *doc) infinitiveHead(t trig, s sentence) (trig, bool) {
	// "يتوجه إلى القاهرة للمشاركة في القمة": the Arabic purpose is a
	// noun with لـ.
	purpose := t.class == "attend" && d.toks[t.lo].script == scriptArabic && strings.HasPrefix(d.toks[t.lo].norm, "ل")
	if t.lo < s.lo+2 || d.toks[t.lo-1].norm != "to" && !purpose {
		return trig{}, false
	}
	coordinated := !purpose && d.toks[t.lo-2].norm == "and"
	var head trig
	found := false
	end := t.lo - 2
	if purpose {
		end = t.lo
	}
	for _, o := range d.trigsBetween(s.lo, end) {
		if o.lo >= s.lo && o.hi <= end && eventClasses[o.class] {
			head, found = o, true
		}
	}
	if found && !coordinated && (head.class != "visit" || t.lo-head.hi > 10 || d.clauseBreak(head.hi-1, t.lo)) {
		return trig{}, false
	}
	return head, found
}

// dateFor picks the date expression that belongs to t: the first one after
// it (dates usually follow the verb or event noun), else the nearest before
// it, in both cases only when no other event trigger stands between them.
func (d *doc) dateFor(t trig, s sentence) *dateExpr {
	// "signed a strategic partnership treaty": the signing's date.
	if t.class == "partner" {
		for _, o := range d.trigsBetween(max(s.lo, t.lo-5), t.lo) {
			if o.class == "sign" && o.lo >= s.lo && o.hi <= t.lo && t.lo-o.hi <= 4 {
				return d.dateFor(o, s)
			}
		}
	}
	between := func(lo, hi int) bool {
		for _, o := range d.trigsBetween(lo, hi) {
			// "شراكة ... وقعها الرئيسان في يونيو 2023": the signing of a
			// partnership dates the partnership too.
			if t.class == "partner" && o.class == "sign" && o.lo >= t.hi && o.lo-t.hi <= 4 ||
				t.class == "sign" && o.class == "partner" && o.lo >= t.hi && o.lo-t.hi <= 4 {
				continue
			}
			// "agreements on climate change, trade and tourism on
			// Monday": a topic of a list is no event of its own.
			if o.class == "trade" && d.tradeBlocked(o, s) {
				continue
			}
			if o.lo >= lo && o.hi <= hi && eventClasses[o.class] && o.lo != t.lo && !d.modifiesAgreement(o) {
				return true
			}
		}
		return false
	}
	for i := range d.dates {
		e := &d.dates[i]
		if e.since >= t.hi {
			continue // a since-clause after the trigger
		}
		if e.lo >= t.hi && e.hi <= s.hi && e.lo-t.hi <= 20 {
			if between(t.hi, e.lo) || d.relativeBetween(t.hi, e.lo) || d.wordBetween(t.hi, e.lo, laterWords) || d.thatClauseBetween(t.hi, e.lo) ||
				d.toks[t.lo].script == scriptLatin && d.wordBetween(t.hi, e.lo, otherClauseWords) {
				break
			}
			// "hosts this year's summit in Rio on July 6": a possessive
			// date names which summit; the day told after it is when.
			if d.toks[e.hi-1].possessive && slices.ContainsFunc(d.dates, func(o dateExpr) bool { return o.lo >= e.hi && o.lo-e.hi <= 8 && o.hi <= s.hi }) {
				continue
			}
			return e
		}
	}
	for i := len(d.dates) - 1; i >= 0; i-- {
		e := &d.dates[i]
		if e.since >= 0 && e.since < t.lo && e.hi <= t.lo {
			continue
		}
		// "met on Wednesday, a day after announcing ..., in a meeting
		// arranged by": the day after is the announcement's.
		if e.anchored && e.hi <= t.lo && t.lo-e.hi > 3 {
			continue
		}
		if e.hi <= t.lo && e.lo >= s.lo {
			// "... on Tuesday before attending the summit": another day.
			if between(e.hi, t.lo) || d.closerTrigger(e, t, s) || t.lo > e.hi && sequenceWords[d.toks[t.lo-1].norm] {
				break
			}
			// "Modi, who arrived in Calgary on Monday ..., also attended":
			// a relative clause on the subject, closed before the verb,
			// dates its own event.
			if d.closedRelative(s.lo, e.lo, t.lo) {
				break
			}
			return e
		}
	}
	return nil
}

// remoteWords carry a voice from afar: "by video link", "عبر الفيديو".
var remoteWords = map[string]bool{"video": true, "videoconference": true, "videolink": true, "الفيديو": true, "الاتصال": true, "تقنيه": true}

// onlyEarlierSummitOrgs reports a sentence that names no organisation, or
// only those of the summit told before it, and no summit of its own.
func (d *doc) onlyEarlierSummitOrgs(s sentence) bool {
	refs := d.refsIn(s)
	if !slices.ContainsFunc(refs, func(r ref) bool { return r.kind == Organization }) {
		return true
	}
	for _, o := range d.trigsBetween(s.lo, s.hi) {
		if o.class == "summit" && o.lo >= s.lo && o.hi <= s.hi {
			return false
		}
	}
	es := d.earlierSummitOrgs(s)
	return len(es) > 0 && !slices.ContainsFunc(refs, func(r ref) bool {
		return r.kind == Organization && !slices.ContainsFunc(es, func(o ref) bool { return o.id == r.id })
	})
}

// subjectPastRelative is the person or country whose English relative
// clause or aside (", who ...,", ", which ...,", ", a former prime
// minister,", ", on his first trip abroad,") closes just before t, with at
// most an adverb between: the subject of t.
func (d *doc) subjectPastRelative(t trig, s sentence, refs []ref) (ref, bool) {
	k := t.lo - 1
	for k > s.lo && (d.toks[k].norm == "also" || d.toks[k].norm == "later" || d.toks[k].norm == "then") {
		k--
	}
	if k <= s.lo || d.toks[k].punctAfter != ',' {
		return ref{}, false
	}
	if w := d.asideOpener(k, s.lo); w >= 0 {
		for _, r := range refs {
			if r.hi == w && (r.kind == Person && !r.dependent || r.kind == Country && !r.adj) {
				return r, true
			}
		}
	}
	return ref{}, false
}

// asideOpener is the last token at or before from, and after lo, that
// opens an aside after a comma (", who", ", a former ..."), or -1.
func (d *doc) asideOpener(from, lo int) int {
	for k := from; k > lo; k-- {
		if asideOpeners[d.toks[k].norm] && d.toks[k-1].punctAfter == ',' {
			return k
		}
	}
	return -1
}

// asideOpeners open a relative clause or an aside after a name and a comma.
var asideOpeners = map[string]bool{"who": true, "which": true, "whose": true, "a": true, "an": true, "the": true, "on": true, "in": true, "at": true,
	"fresh": true, "having": true, "speaking": true, "during": true}

// closedRelative reports that token at lies in an English relative clause
// or aside (", who", ", which", ", on his first trip") opened after lo and
// closed by a comma before hi.
func (d *doc) closedRelative(lo, at, hi int) bool {
	return d.asideOpener(at-1, lo) >= 0 && d.clauseBreak(at, hi)
}

// thatClauseBetween reports a relative clause on an agreement between lo
// and hi: "sign a peace declaration that ended their clashes in July" dates
// the clashes.
func (d *doc) thatClauseBetween(lo, hi int) bool {
	for k := max(lo, 1); k < hi; k++ {
		if n := d.toks[k].norm; (n == "that" || n == "which") && d.trigOf[k-1] != 0 && d.trigs[d.trigOf[k-1]-1].class == "agreement" {
			return true
		}
	}
	return false
}

// laterWords introduce what comes after an event: "a state visit that will
// be followed by a summit on Friday" dates the summit.
var laterWords = map[string]bool{"followed": true, "preceded": true, "تليها": true, "يليها": true, "يعقبها": true, "تعقبها": true}

// clauseOpeners open a clause of their own after a comma: ", where Lula
// hosted the G20 leaders on Monday" dates the hosting, not what comes
// before; ", as both brace for a review next year" dates the review.
var clauseOpeners = map[string]bool{"where": true, "which": true, "who": true, "whose": true, "as": true, "while": true, "حيث": true, "التي": true, "الذي": true, "فيما": true, "بينما": true}

// relativeBetween reports a clause opening in tokens (lo, hi), or right at
// lo for a subordinator: "a partnership, which dates back to 1998" still
// tells of the partnership; "a partnership, as both brace for ..." does not.
func (d *doc) relativeBetween(lo, hi int) bool {
	for k := max(lo, 1); k < hi && k < len(d.toks); k++ {
		if p := d.toks[k-1].punctAfter; (p == ',' || p == '،') && clauseOpeners[d.toks[k].norm] && (k > lo || subordinators[d.toks[k].norm]) {
			return true
		}
	}
	return false
}

// subordinators open an adverbial clause of their own.
var subordinators = map[string]bool{"as": true, "while": true, "فيما": true, "بينما": true}

// closerTrigger reports whether another event trigger of the sentence lies
// nearer to the date e than t does: that one owns the date.
func (d *doc) closerTrigger(e *dateExpr, t trig, s sentence) bool {
	dt := t.lo - e.hi
	for _, o := range d.trigsBetween(s.lo, s.hi) {
		if o.lo == t.lo || !eventClasses[o.class] || o.lo < s.lo || o.hi > s.hi || o.class == "trade" && d.tradeBlocked(o, s) {
			continue
		}
		if o.hi <= e.lo && e.lo-o.hi < dt || o.lo >= e.hi && o.lo-e.hi < dt {
			return true
		}
	}
	return false
}

// listWords may stand between the items of a list of signatories: "Xi
// Jinping and the leaders of Kazakhstan, Kyrgyzstan and Uzbekistan".
var listWords = map[string]bool{"and": true, "the": true, "leaders": true, "presidents": true, "heads": true, "of": true, "state": true, "قد": true,
	NormalizeArabic("وقادة"): true, NormalizeArabic("قادة"): true, NormalizeArabic("ورؤساء"): true, NormalizeArabic("رؤساء"): true,
	NormalizeArabic("دول"): true, NormalizeArabic("كل"): true, NormalizeArabic("من"): true}

// signatories is the list of countries, and of leaders standing for theirs,
// that ends right before a signing verb ("China, Kazakhstan and Uzbekistan
// signed"), or in Arabic starts right after it ("وقعت الصين وكازاخستان
// وأوزبكستان"), in text order; it has fewer than three when there is no
// such list.
func (d *doc) signatories(t trig, refs []ref) []string {
	ids := d.signatoryList(t, refs, false)
	if len(ids) < 3 && d.toks[t.lo].script == scriptArabic {
		ids = d.signatoryList(t, refs, true)
	}
	return ids
}

func (d *doc) signatoryList(t trig, refs []ref, forward bool) []string {
	var ids []string
	bound := t.lo // the list's edge so far: its start, or its end going forward
	if forward {
		bound = t.hi
	}
	idx := func(k int) int { return len(refs) - 1 - k }
	if forward {
		idx = func(k int) int { return k }
	}
	for k := range refs {
		r := refs[idx(k)]
		if r.kind == Country && r.inOffice {
			continue // "Kazakh" in "Kazakh President Tokayev", inside his ref
		}
		lo, hi := r.hi, bound // the gap between r and the list
		if forward {
			lo, hi = bound, r.lo
		}
		if lo > hi {
			continue // inside the list or the trigger
		}
		first := bound == t.lo || bound == t.hi
		if first && hi-lo > 2 || hi-lo > 4 {
			break
		}
		ok := !d.sentenceBreak(lo-1, hi) // "Italy; Biden and Zelenskiy sign"
		for k := lo; k < hi; k++ {
			if !listWords[d.toks[k].norm] {
				ok = false
			}
		}
		if !ok {
			break
		}
		id := ""
		switch {
		case r.kind == Country && !r.adj:
			id = r.id
		case r.kind == Person && !r.dependent:
			id = d.personCountry(r)
		}
		if id == "" {
			break
		}
		if !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
		if forward {
			bound = r.hi
		} else {
			bound = r.lo
		}
	}
	if !forward {
		slices.Reverse(ids)
	}
	return ids
}

// receiveWords are the meeting verbs that put the meeting at the host's
// home.
var receiveWords = map[string]bool{"استقبل": true, "استقبلت": true, "يستقبل": true, "تستقبل": true, "received": true, "receives": true, "welcomed": true, "welcomes": true, "greeted": true}

// guestVisits adds the visit that a meeting at the host's home implies:
// "التقى ... في البيت الأبيض", "met ... in Sochi", or, in the lede, "القاهرة
// - استقبل السيسي ... عراقجي": the one of the two whose country (on the
// meeting's day) is not the place's came to the place and its country.
// Nothing is added when neither or both belong to the place's country, or
// the sentence gives places in two countries.
func (d *doc) guestVisits(cs []cand, si int, s sentence, refs []ref) []cand {
	// This sentence's candidates are the last ones.
	met := false
	for i := len(cs) - 1; i >= 0 && cs[i].Evidence.Start == s.start && !met; i-- {
		met = cs[i].Type == Met && cs[i].Status == Occurred
	}
	if !met {
		return cs
	}
	var place *ref
	placeCountry := ""
	for i := range refs {
		r := &refs[i]
		if !(r.prep == "loc" && (r.kind == City || r.seat) && d.placeOfMeeting(s, *r)) && !(r.prep == "dateline" && r.kind == City) {
			continue
		}
		c := r.id
		if r.kind == City {
			c = d.g.entities[r.id].country
		}
		if c == "" || place != nil && place.prep != "dateline" && r.prep != "dateline" && r.id != place.id || placeCountry != "" && c != placeCountry {
			return cs // two places: which one is the meeting's is unknown
		}
		if place == nil || place.prep == "dateline" {
			place, placeCountry = r, c
		}
	}
	sidelines := slices.ContainsFunc(d.toks[s.lo:s.hi], func(t token) bool { return sidelinesWord(t.norm) })
	if place == nil && sidelines {
		// "On the sidelines, Modi held talks with Carney", "والتقى على
		// هامش القمة": where the article's summit was held (its city, or
		// only its country when no city is named), else the city the
		// story is filed from.
		for i := len(cs) - 1; i >= 0 && place == nil; i-- {
			if c := cs[i]; c.Type == HostedSummit && c.Status == Occurred && d.g.entities[c.Source].kind == City {
				place, placeCountry = &ref{id: c.Source, kind: City, prep: "loc"}, d.g.entities[c.Source].country
			}
		}
		for i := len(cs) - 1; i >= 0 && place == nil; i-- {
			if c := cs[i]; c.Type == HostedSummit && c.Status == Occurred && d.g.entities[c.Source].kind == Country {
				place, placeCountry = &ref{id: c.Source, kind: Country, prep: "loc"}, c.Source
			}
		}
		for i := range d.refs {
			if r := &d.refs[i]; place == nil && r.prep == "dateline" && r.kind == City {
				place, placeCountry = r, d.g.entities[r.id].country
				break
			}
		}
		if place == nil || placeCountry == "" {
			return cs
		}
	}
	if place == nil && d.freshMeeting(cs, s) {
		// A meeting the story tells as of its day, with no place named:
		// where the story is filed from. (Not for those "who accompanied"
		// a leader: the companions rule gives them his visit.)
		if r := d.datelineCity(); r != nil && !slices.ContainsFunc(refs, func(p ref) bool { return isPlace(p) && p.prep == "loc" }) && !slices.ContainsFunc(d.toks[s.lo:s.hi], func(k token) bool { return accompaniedWord(k.norm) }) {
			place, placeCountry = r, d.g.entities[r.id].country
		}
	}
	if place == nil {
		return cs
	}
	// Under a dateline, a reception, a meeting on a summit's sidelines, or
	// one the story tells as of its day or the day before ("KANANASKIS,
	// June 17 - Zelensky ... met Carney" on that Tuesday) took place there.
	if place.prep == "dateline" && !sidelines && !slices.ContainsFunc(d.toks[s.lo:s.hi], func(t token) bool { return receiveWords[t.norm] }) && !d.freshMeeting(cs, s) {
		return cs
	}
	city := place.id
	if place.kind != City {
		city = ""
		if place.seat {
			city = d.g.capitals[place.id]
		}
	}
	countryOf := func(id string, on Date) string {
		if o, ok := d.g.officeOn(id, on); ok && d.g.entities[o.of].kind == Country {
			return o.of
		}
		return ""
	}
	// "... at the White House on Monday, three days after his summit
	// with Putin in Alaska": who is named after "after" met elsewhere.
	later := func(id string) bool {
		for _, r := range refs {
			if r.id == id && r.lo > place.hi && r.lo <= s.hi && slices.ContainsFunc(d.toks[place.hi:r.lo], func(k token) bool { return sequenceWords[k.norm] || sinceWords[k.norm] }) {
				return true
			}
		}
		return false
	}
	// A story filed from a summit's city: two guests meeting there on its
	// days ("LIMA - On Friday Xi met Ishiba") were at the summit.
	summitHere := false
	if place.prep == "dateline" && d.freshMeeting(cs, s) {
		for i := range cs {
			if c := &cs[i]; c.Type == HostedSummit && c.Status == Occurred && (c.Source == place.id || c.Source == placeCountry) {
				summitHere = true
				break
			}
		}
	}
	n := len(cs)
	first := n
	for first > 0 && cs[first-1].Evidence.Start == s.start {
		first--
	}
	for i := first; i < n; i++ {
		c := cs[i]
		if c.Type != Met || c.Status != Occurred || c.Evidence.Start != s.start || place.lo >= s.lo && place.hi > place.lo && (later(c.Source) || later(c.Target)) {
			continue
		}
		a, b := countryOf(c.Source, c.Date), countryOf(c.Target, c.Date)
		var guests []string
		switch {
		case a == placeCountry && b != "" && b != placeCountry:
			guests = []string{c.Target}
		case b == placeCountry && a != "" && a != placeCountry:
			guests = []string{c.Source}
		case a != "" && b != "" && a != placeCountry && b != placeCountry && (place.prep != "dateline" || sidelines || summitHere):
			// Two guests meeting in a third country ("Lavrov met Rubio in
			// Riyadh") both came there.
			guests = []string{c.Source, c.Target}
		}
		for _, guest := range guests {
			v := c
			v.Type, v.Source, v.Target, v.CAMEO, v.derived, v.guest = Visited, guest, placeCountry, "042", true, true
			cs = append(cs, v)
			if city != "" {
				v.Target = city
				cs = append(cs, v)
			}
		}
	}
	return cs
}

// placeOfMeeting reports a place that the meeting or reception told just
// before it holds: the nearest trigger before r is one of meeting or
// hosting, with no clause opened in between ("the G20 summit in Rio", "whose
// country represents U.S. interests in Tehran" place other things).
func (d *doc) placeOfMeeting(s sentence, r ref) bool {
	var last *trig
	for _, t := range d.trigsBetween(s.lo, r.lo) {
		if t.lo >= s.lo && t.hi <= r.lo && (last == nil || t.lo > last.lo) {
			last = &t
		}
	}
	if last == nil {
		// "In the capital Bandar Seri Begawan he held talks with ...":
		// a place put first holds the meeting told next.
		if r.lo-s.lo > 4 {
			return false
		}
		for _, t := range d.trigsBetween(r.hi, s.hi) {
			if t.lo >= r.hi && t.hi <= s.hi {
				return t.class == "meet" || t.class == "host"
			}
		}
		return false
	}
	// "held talks with Xi on the sidelines of the G20 summit in Rio": a
	// summit that frames the meeting holds it too.
	if last.class == "summit" {
		for _, o := range d.trigsBetween(max(s.lo, last.lo-20), last.lo) {
			near := d.toks[max(o.hi, last.lo-6):last.lo]
			// "met Putin again at the SCO summit in Tianjin" too.
			at := last.lo-o.hi <= 8 && !d.clauseBreak(o.hi-1, last.lo) && slices.ContainsFunc(d.toks[max(o.hi, last.lo-3):last.lo], func(k token) bool { return k.norm == "at" })
			if o.class == "meet" && o.hi <= last.lo && o.lo >= s.lo && (at || slices.ContainsFunc(near, func(k token) bool { return sidelinesWord(k.norm) })) {
				last = &o
				break
			}
		}
	}
	if last.class != "meet" && last.class != "host" {
		return false
	}
	for k := last.hi; k < r.lo; k++ {
		if n := d.toks[k].norm; clauseOpeners[n] || relativeWords[n] {
			return false
		}
	}
	return true
}

// meetingPlaces adds, to a visit of a country told in sentence s, the city
// of that country where the sentence places a meeting: "زار روسيا ... حين
// التقى بوتين في سوتشي" is also a visit to Sochi.
func (d *doc) meetingPlaces(cs []cand, s sentence, refs []ref) []cand {
	n := len(cs)
	first := n // this sentence's candidates are the last ones
	for first > 0 && cs[first-1].Evidence.Start == s.start {
		first--
	}
	for i := first; i < n; i++ {
		c := cs[i]
		if c.Type != Visited || c.Evidence.Start != s.start || d.g.entities[c.Target].kind != Country {
			continue
		}
		lede := d.sentenceOf(s.lo) == 0
		for _, r := range refs {
			// "received ... at the White House", "في الكرملين": a seat of
			// government is in the capital.
			if r.seat && r.prep == "loc" && r.id == c.Target && d.g.capitals[r.id] != "" {
				r.kind, r.id = City, d.g.capitals[r.id]
			}
			// "القاهرة - ... خلال أول زيارة يقوم بها سانشيز إلى مصر": a
			// visit the lede tells of, done, is where the story is filed.
			dateline := r.prep == "dateline" && lede && c.Status == Occurred
			if r.kind != City || r.prep != "loc" && !dateline || d.g.entities[r.id].country != c.Target {
				continue
			}
			if !dateline {
				m, ok := d.trigNear(s, r.lo, 30, "meet")
				if !ok {
					continue
				}
				// "received ... for a state visit that followed the G20
				// summit in Rio": a place after another event is that
				// event's.
				if lo, hi := min(m.hi, r.lo), max(m.hi, r.lo); d.notDestinationBetween(lo, hi) || slices.ContainsFunc(d.trigsBetween(lo, hi), func(o trig) bool { return o.class == "summit" && o.lo >= lo && o.hi <= hi }) {
					continue
				}
			}
			if slices.ContainsFunc(cs, func(o cand) bool { return o.Type == Visited && o.Source == c.Source && o.Target == r.id }) {
				continue
			}
			x := c
			x.Target, x.derived = r.id, true
			cs = append(cs, x)
		}
	}
	return cs
}

// excepted lists the entities a sentence names after "except", "excluding",
// باستثناء، عدا، سوى ("all six except Turkmenistan are members"), with any
// coordinated with them: they take no part in its relations.
func (d *doc) excepted(refs []ref) []string {
	var out []string
	last := -1
	for _, r := range refs {
		k := r.lo - 1
		if k >= 0 && d.toks[k].norm == "for" {
			k-- // "except for"
		}
		switch {
		case k >= 0 && d.hasMark(k, mExcept):
		case last >= 0 && (r.lo == last || r.lo == last+1 && (d.toks[last].norm == "and" || d.toks[last].norm == "or")):
		default:
			continue
		}
		out = append(out, r.id)
		last = r.hi
	}
	return out
}

// blocked reports negated or hypothetical events, which are not emitted.
func (d *doc) blocked(t trig, s sentence) bool {
	neg := d.lookBack(t, s, mNegation, 4)
	// "skipped its summit in Minsk": someone's absence, not the summit's;
	// "skipped the gathering before heading to New Delhi": nor the trip
	// after it.
	if neg && d.wordBetween(max(s.lo, t.lo-4), t.lo, absenceWords) && (t.class == "summit" || d.wordBetween(max(s.lo, t.lo-3), t.lo, sequenceWords)) {
		neg = false
	}
	// "Albanese, who had been due to meet Trump, did not get his meeting":
	// a plan told in the past perfect fell through.
	for k := max(s.lo, t.lo-7); k+2 < t.lo; k++ {
		switch d.toks[k].norm {
		case "had":
			// "had (also) been due to"
			for j := k + 1; j+1 < t.lo && j <= k+2; j++ {
				if d.toks[j].norm == "been" && pastPlanWords[d.toks[j+1].norm] {
					return true
				}
			}
		case "was", "were":
			if d.toks[k+1].norm == "supposed" {
				return true
			}
		}
	}
	// "يطمح الطرفان إلى رفع حجم التبادل التجاري", "hope to double trade":
	// a wish to grow trade tells of trade that exists.
	hyp := d.lookBack(t, s, mHypothetical, 8) && !(t.class == "trade" && d.wordBetween(max(s.lo, t.lo-4), t.lo, growthWords))
	return neg || hyp || d.invertedCondition(t, s)
}

// pastPlanWords, after "had been" ("was supposed to"), tell a plan that
// fell through.
var pastPlanWords = map[string]bool{"due": true, "expected": true, "scheduled": true, "slated": true}

// growthWords grow an existing flow.
var growthWords = map[string]bool{"raise": true, "increase": true, "boost": true, "double": true, "expand": true, "grow": true,
	"رفع": true, "زياده": true, "مضاعفه": true, "تعزيز": true}

// earlierSummitDate is the date of the last summit told with one before
// sentence s.
func (d *doc) earlierSummitDate(s sentence) *dateExpr {
	for i := len(d.trigs) - 1; i >= 0; i-- {
		st := d.trigs[i]
		if st.class != "summit" || st.hi > s.lo {
			continue
		}
		if si := d.sentenceOf(st.lo); si >= 0 {
			sn := d.sents[si]
			if e := d.dateFor(st, sn); e != nil {
				return e
			}
			// "قمة مجموعة العشرين التي استضافتها الهند يومي السبت والأحد":
			// the day of the verb the summit's relative clause holds.
			for _, o := range d.trigsBetween(st.hi, min(st.hi+5, sn.hi)) {
				if (o.class == "host" || o.class == "attend") && o.lo >= st.hi && d.wordBetween(st.hi, o.lo, relativeWords) {
					if e := d.dateFor(o, sn); e != nil {
						return e
					}
				}
			}
		}
	}
	return nil
}

// prevSentenceOrg is the one organisation named in the sentence before s,
// when that sentence also holds a gathering's trigger (a summit, a
// meeting, its opening or hosting).
func (d *doc) prevSentenceOrg(s sentence) (ref, bool) {
	si := d.sentenceOf(s.lo)
	if si <= 0 {
		return ref{}, false
	}
	prev := d.sents[si-1]
	var org ref
	n := 0
	for _, r := range d.refsIn(prev) {
		if r.kind == Organization && r.id != org.id {
			org, n = r, n+1
		}
	}
	if n != 1 || !slices.ContainsFunc(d.trigsBetween(prev.lo, prev.hi), func(o trig) bool {
		return o.lo >= prev.lo && o.hi <= prev.hi && (o.class == "summit" || o.class == "meet" || o.class == "host")
	}) {
		return ref{}, false
	}
	return org, true
}

// forAtWords put a summit as what someone came for or was at.
var forAtWords = map[string]bool{"for": true, "at": true, "في": true, "ل": true}

// refByID is the first reference of refs to id.
func (d *doc) refByID(refs []ref, id string) (ref, bool) {
	for _, r := range refs {
		if r.id == id {
			return r, true
		}
	}
	return ref{}, false
}

// sequenceWords put one event before or after another.
var sequenceWords = map[string]bool{"before": true, "after": true, "قبل": true, "بعد": true}

// absenceWords negate someone's taking part, not the event.
var absenceWords = map[string]bool{"skipped": true, "skip": true, "skips": true, "skipping": true, "snubbed": true, "boycotted": true, "غاب": true, "تغيب": true, "قاطع": true}

// invertedCondition reports an English conditional by inversion before t
// in its clause: "Were the prince to visit Beijing, ...", "Should Riyadh
// sign the pact, ...", "Had Xi attended, ...".
func (d *doc) invertedCondition(t trig, s sentence) bool {
	k := t.lo - 1
	for ; k > s.lo; k-- {
		if p := d.toks[k-1].punctAfter; p == ',' || p == ';' || p == ':' {
			break
		}
	}
	if k < s.lo || k >= t.lo {
		return false
	}
	switch tk := d.toks[k]; tk.norm {
	case "were", "should", "had":
		return tk.upper || k > s.lo
	}
	return false
}

// countryArg is a country standing as a party: a country name, adjective or
// seat of government; a capital used for its government; or the country of
// a person's office.
type countryArg struct {
	id      string
	dist    int
	viaRole bool
}

func (d *doc) countryArgs(refs []ref, t trig, withPersons bool) []countryArg {
	var out []countryArg // a handful: a slice beats a map
	add := func(id string, dd int, viaRole bool) {
		if id == "" {
			return
		}
		for k := range out {
			if out[k].id == id {
				if dd < out[k].dist {
					out[k] = countryArg{id, dd, viaRole}
				}
				return
			}
		}
		out = append(out, countryArg{id, dd, viaRole})
	}
	// A group anaphor in another clause ("with the four leaders, and China
	// and the UAE signed") counts only when the sentence names fewer than
	// two parties itself.
	named := 0
	for _, r := range refs {
		if !r.partial && (r.kind == Country && !r.inOffice || r.kind == Person && !r.dependent) {
			named++
		}
	}
	for _, r := range refs {
		if named >= 2 && r.partial && (r.kind == Country || r.kind == Person) && d.clauseBreak(min(r.hi, t.hi)-1, max(r.lo, t.lo)) {
			continue
		}
		dd := dist(r, t)
		// "agreed to a partnership, as both brace for talks with the
		// United States": a party in a later clause stands behind any
		// of the trigger's own.
		if r.lo >= t.hi && d.clauseBreak(t.hi-1, r.lo) {
			dd += 64
		}
		switch r.kind {
		case Country:
			if !r.inOffice && !r.corporate {
				add(r.id, dd, false)
			}
		case City:
			if c, ok := d.capitalState(r); ok {
				add(c, dd, false)
			}
		case Person:
			if withPersons && !r.dependent {
				add(d.personCountry(r), dd, true)
			}
		}
	}
	slices.SortFunc(out, func(a, b countryArg) int {
		return cmp.Or(cmp.Compare(a.dist, b.dist), cmp.Compare(a.id, b.id))
	})
	return out
}

func (d *doc) personCountry(r ref) string {
	if r.of != "" {
		if d.g.entities[r.of].kind == Country {
			return r.of
		}
		return ""
	}
	if o, ok := d.g.officeOn(r.id, d.a.Published); ok && d.g.entities[o.of].kind == Country {
		return o.of
	}
	return ""
}

func confFor(base float64, rs ...ref) float64 {
	for _, r := range rs {
		if (r.fromTitle && !r.named) || r.partial {
			base *= 0.95
		}
	}
	return round2(base)
}

func (d *doc) applyTrigger(si int, s sentence, t trig, refs []ref) []cand {
	if d.blocked(t, s) {
		return nil
	}
	switch t.class {
	case "visit":
		return d.cameFrom(d.visit(s, t, refs), s, t, refs)
	case "agree":
		return d.agree(s, t, refs)
	case "meet":
		// "called on Israel to halt": urging, not a courtesy call.
		if n := t.norm; n == "called on" || n == "calls on" {
			for k := t.hi; k < s.hi && k < t.hi+10 && d.toks[k].punctAfter != ','; k++ {
				if d.toks[k].norm == "to" {
					return nil
				}
			}
		}
		if c, ok := d.leadersMeetIn(s, t, refs); ok {
			return []cand{c}
		}
		// "Meloni welcomed leaders of the Group of Seven ... for a
		// summit": receiving an organisation's leaders is hosting it.
		if _, ok := d.trigNear(s, t.lo, 40, "summit"); ok {
			if cs := d.hostLeaders(s, t, refs); cs != nil {
				return cs
			}
		}
		return d.meet(s, t, refs)
	case "host":
		// Hosting a summit is not a meeting with whoever is named near
		// (but "will host him on Thursday" hosts a guest).
		if _, ok := d.trigNear(s, t.lo, 12, "summit"); ok && !(t.hi < s.hi && guestPronouns[d.toks[t.hi].norm]) {
			return d.hostSubject(s, t, refs)
		}
		if cs := d.hostLeaders(s, t, refs); cs != nil {
			return cs
		}
		if cs := d.hostedGuests(s, t, refs); cs != nil {
			return cs
		}
		if t.hi < s.hi && guestPronouns[d.toks[t.hi].norm] {
			return d.meet(s, t, refs)
		}
		return append(d.meet(s, t, refs), d.hostSubject(s, t, refs)...)
	case "partner":
		if _, ok := d.trigNear(s, t.lo, 3, "trade"); ok {
			return nil // "trading partner": the trade rule speaks
		}
		if d.statusLabel(t) {
			return nil
		}
		// "doubling alliance's border with Russia": an alliance that owns
		// something is a body already named, not one stated between the
		// countries near it.
		if d.toks[t.hi-1].possessive && strings.HasPrefix(d.toks[t.hi-1].norm, "alliance") {
			return nil
		}
		// "a dialogue partner of ASEAN", "شريك الحوار في المنظمة", "NATO
		// allies": a partner of an organisation, not of the countries
		// near it; and
		// "التحالف" standing for an alliance already named.
		if slices.ContainsFunc(refs, func(r ref) bool { return r.kind == Organization && (r.lo >= t.hi && r.lo-t.hi <= 2 || r.hi == t.lo) }) ||
			d.hasMark(t.lo, mOrgAnaphor) && slices.ContainsFunc(refs, func(r ref) bool { return r.kind == Organization && r.lo == t.lo }) {
			return nil
		}
		// "a comprehensive economic partnership agreement" is a trade
		// deal, not a partnership.
		if t.lo > 0 && d.modifiesAgreement(t) && economic[d.toks[t.lo-1].norm] {
			return nil
		}
		// The Arabic order: "اتفاقية الشراكة الاقتصادية الشاملة".
		if t.hi < s.hi && economic[d.toks[t.hi].norm] && slices.ContainsFunc(d.trigsBetween(max(s.lo, t.lo-2), t.lo), func(a trig) bool { return a.class == "agreement" && a.hi == t.lo }) {
			return nil
		}
		// "لم يوقع الجانبان اتفاقية الشراكة": a partnership named by an
		// agreement that was not signed is not stated.
		if d.namesAgreement(t) {
			if sg, ok := d.trigNear(s, t.lo, 8, "sign"); ok && d.blocked(sg, s) {
				return nil
			}
		}
		// "the two countries are both close allies of the United
		// States": each of them is.
		if strings.HasSuffix(d.toks[t.hi-1].norm, "s") && t.hi < s.hi && d.toks[t.hi].norm == "of" {
			if i := slices.IndexFunc(refs, func(r ref) bool { return r.kind == Country && !r.adj && r.lo > t.hi && r.lo-t.hi <= 3 }); i >= 0 {
				x := refs[i]
				var out []cand
				for _, r := range refs {
					if r.kind == Country && !r.adj && !r.inOffice && r.hi <= t.lo && r.id != x.id && !d.clauseBreak(r.hi-1, t.lo) &&
						!slices.ContainsFunc(out, func(c cand) bool { return c.Source == r.id || c.Target == r.id }) {
						out = append(out, d.rel(s, t, PartnerOf, r.id, x.id, "050", 0.75))
					}
				}
				if len(out) > 0 {
					return out
				}
			}
		}
		return d.pair(s, t, refs, PartnerOf, "050", 0.8)
	case "trade":
		if d.tradeBlocked(t, s) {
			return nil
		}
		// "a trade that prompted Washington to impose tariffs": what a
		// relative clause after the word names is no party of it.
		if t.hi < s.hi && (d.toks[t.hi].norm == "that" || d.toks[t.hi].norm == "which") {
			before := refs
			for i := range refs {
				if refs[i].lo >= t.hi {
					before = refs[:i]
					break
				}
			}
			refs = before
		}
		if out, ok := d.rankedAfter(s, t, refs); ok {
			return out
		}
		if out, ok := d.partnersOfPronoun(s, t, refs); ok {
			return out
		}
		return d.pair(s, t, refs, TradePartnerOf, "061", 0.8)
	case "sign":
		// What is signed: an agreement, or a partnership ("شراكة
		// استراتيجية وقعها الرئيسان", "signed a strategic partnership").
		// Arabic puts the signatories, titles and all, between the verb
		// and what is signed: the agreement may stand further on.
		reach := 12
		if d.toks[t.lo].script == scriptArabic {
			reach = 24
		}
		if _, ok := d.trigNear(s, t.lo, reach, "agreement"); !ok {
			if _, ok := d.trigNear(s, t.lo, 5, "partner"); !ok {
				return nil
			}
		}
		// "ووقعت بغداد مذكرة تفاهم مع شركة سيمنز", "signed a deal with the
		// company": a firm is the other party, and no state.
		for k := t.hi; k+1 < s.hi && k < t.hi+6 && !d.clauseBreak(k-1, k); k++ {
			if d.hasMark(k, mWith) && companyWords[d.toks[k+1].norm] {
				return nil
			}
		}
		// "China, Kazakhstan and Uzbekistan signed", "Xi and the leaders
		// of A, B and C signed": every two of the signatories.
		if ids := d.signatories(t, refs); len(ids) >= 3 {
			var out []cand
			for i := range ids {
				for j := i + 1; j < len(ids); j++ {
					out = append(out, d.rel(s, t, SignedAgreement, ids[i], ids[j], "057", 0.75))
				}
			}
			// "ووقع ترامب والسيسي وأمير قطر والرئيس التركي وثيقة": leaders
			// who sign together met, every two of them.
			if !d.byPhone(s) {
				var ps []ref
				if d.toks[t.lo].script == scriptArabic {
					ps = d.chain(refs, t.hi, true, Person)
				} else {
					ps = d.chain(refs, t.lo, false, Person)
				}
				if len(ps) >= 3 {
					for i := range ps {
						for j := i + 1; j < len(ps); j++ {
							if ps[i].id != ps[j].id {
								out = append(out, d.rel(s, t, Met, ps[i].id, ps[j].id, "040", confFor(0.75, ps[i], ps[j])))
							}
						}
					}
				}
			}
			return out
		}
		out := d.pair(s, t, refs, SignedAgreement, "057", 0.8)
		// "On June 19, he and Kim Jong Un signed a treaty": two leaders
		// signing together met, unless by video link.
		if a, b := d.sideBySide(t, refs); a != nil && len(out) > 0 && !d.byPhone(s) {
			out = append(out, d.rel(s, t, Met, a.id, b.id, "040", confFor(0.75, *a, *b)))
		}
		return out
	case "member":
		// "admitted as a member": the accession rule speaks (but not for
		// "the last member to ratify the accession").
		if j, ok := d.trigNear(s, t.lo, 4, "join"); ok && !(j.lo >= t.hi && d.hasMark(t.hi, mTo)) {
			return nil
		}
		return d.member(s, t, refs)
	case "cooperate":
		return d.member(s, t, refs)
	case "join":
		if st, ok := d.trigNear(s, t.hi, 3, "summit"); ok && st.lo >= t.hi {
			// "an invitation to join during the summit", "بعد انضمامه
			// إليها خلال قمة نيودلهي": the summit is when, and the
			// places near it are no members.
			if slices.ContainsFunc(d.toks[t.hi:st.lo], func(k token) bool { return k.norm == "خلال" || k.norm == "during" || k.norm == "at" }) {
				return nil
			}
			return d.attend(s, t, refs) // "joined the summit"
		}
		// "joined Southeast Asian leaders in Jakarta on Wednesday for the
		// ASEAN-U.S. summit": taking part, not an accession.
		if d.wordBetween(t.hi, min(s.hi, t.hi+4), leaderWords) {
			if st, ok := d.trigNear(s, t.hi, 14, "summit"); ok && st.lo > t.hi && d.wordBetween(max(t.hi, st.lo-6), st.lo, forAtWords) {
				out := d.attend(s, t, refs)
				// "... in Jakarta": where the summit put them.
				for _, p := range refs {
					if p.kind == City && p.prep == "loc" && p.lo > t.hi && p.lo < st.lo {
						for _, a := range out {
							if who, ok := d.refByID(refs, a.Source); ok && who.kind == Person {
								v := d.rel(s, t, Visited, a.Source, p.id, "042", confFor(0.75, who))
								out = d.addStop(out, v, p, who, d.personCountry(who))
							}
						}
						break
					}
				}
				return out
			}
		}
		return d.member(s, t, refs)
	case "attend":
		return d.attend(s, t, refs)
	case "summit":
		if out := d.expectedAt(s, t, refs); out != nil {
			return append(out, d.summitIn(s, t, refs)...)
		}
		if out := d.summitIn(s, t, refs); out != nil {
			return out
		}
		// "قمة تجمع الرئيسين X وY", "a summit between X and Y": with no
		// organisation, a summit of two leaders is their meeting.
		// (But "وشارك في القمة ماكرون وستارمر وميلوني": those taking part
		// in a summit did not all meet.)
		attended := slices.ContainsFunc(d.trigsBetween(max(s.lo, t.lo-3), t.lo), func(o trig) bool { return o.class == "attend" })
		if _, ok := d.summitOrg(s, t, refs); !ok && !attended {
			// The host before ("استضاف السيسي ... قمة ثلاثية جمعته مع X
			// وY") and the leaders after: each pair met.
			var ps []ref
			add := func(r ref) {
				if r.kind == Person && !r.dependent && len(ps) < 4 && !slices.ContainsFunc(ps, func(p ref) bool { return p.id == r.id }) {
					ps = append(ps, r)
				}
			}
			if _, hosted := d.trigNear(s, t.lo, 12, "host"); hosted {
				for i := len(refs) - 1; i >= 0; i-- {
					if r := refs[i]; r.hi <= t.lo && t.lo-r.hi <= 12 && r.kind == Person && !r.dependent {
						add(r)
						break
					}
				}
			}
			// "arrived for a summit with his Iranian and Turkish
			// counterparts": the one arriving meets each of them.
			if k := t.hi; k < s.hi && d.hasMark(k, mWith) && len(ps) == 0 {
				var subj *ref
				for i := range refs {
					if r := &refs[i]; r.hi <= t.lo && r.kind == Person && !r.dependent {
						subj = r
						break
					}
				}
				var out []cand
				others := d.chain(refs, k+1, true, Person)
				for i, r := range others {
					if subj != nil && r.id != subj.id {
						out = append(out, d.rel(s, t, Met, subj.id, r.id, "040", confFor(0.75, *subj, r)))
					}
					// "a three-way summit with X and Y": they meet too.
					if d.wordBetween(max(t.lo-3, s.lo), t.hi, threeWay) {
						for _, o := range others[i+1:] {
							out = append(out, d.rel(s, t, Met, r.id, o.id, "040", confFor(0.75, r, o)))
						}
					}
				}
				return out
			}
			for _, r := range refs {
				if r.lo >= t.hi && r.lo-t.hi <= 10 {
					add(r)
				}
			}
			// "Modi and Ishiba ... at their annual summit": the pair
			// the sentence opens with.
			if len(ps) == 0 && (d.wordBetween(max(t.lo-3, s.lo), t.lo, theirWords) || d.wordBetween(t.lo, min(t.hi+2, s.hi), threeWay) || d.wordBetween(max(t.lo-2, s.lo), t.lo, threeWay)) {
				if first := slices.IndexFunc(refs, func(r ref) bool { return r.kind == Person && !r.dependent }); first >= 0 {
					if c := d.chain(refs, refs[first].lo, true, Person); len(c) >= 2 && c[len(c)-1].hi <= t.lo && d.coordinated(c[len(c)-2], c[len(c)-1]) {
						for _, p := range c {
							add(p)
						}
					}
				}
			}
			var out []cand
			for i := 0; i < len(ps); i++ {
				for j := i + 1; j < len(ps); j++ {
					out = append(out, d.rel(s, t, Met, ps[i].id, ps[j].id, "040", confFor(0.75, ps[i], ps[j])))
				}
			}
			return out
		}
		return nil
	case "chair":
		return d.chair(s, t, refs)
	}
	return nil
}

// rankedAfter reads "the second-largest trading partner of X after China",
// "ثاني أكبر شريك تجاري للمملكة بعد الصين": the country after "after" ranks
// above the subject, so it trades with the possessor too, and it is not the
// subject's partner. It reports false when the sentence has no such rank.
func (d *doc) rankedAfter(s sentence, t trig, refs []ref) ([]cand, bool) {
	for k := t.hi; k+1 < s.hi && k < t.hi+5; k++ {
		if n := d.toks[k].norm; n != "after" && n != "بعد" {
			continue
		}
		i := slices.IndexFunc(refs, func(r ref) bool { return r.lo == k+1 && r.kind == Country && !r.inOffice })
		if i < 0 {
			return nil, false
		}
		above := refs[i]
		rest := slices.Delete(slices.Clone(refs), i, i+1)
		// The possessor: "South Africa's" before the trigger, "للمملكة"
		// between it and "after".
		owner := ""
		for _, r := range rest {
			if r.kind == Country && !r.inOffice && (r.hi <= t.lo && t.lo-r.hi <= 3 && d.toks[r.hi-1].possessive || r.lo >= t.hi && r.hi <= k) {
				owner = r.id
			}
		}
		out := d.pair(s, t, rest, TradePartnerOf, "061", 0.8)
		if owner != "" && owner != above.id {
			out = append(out, d.rel(s, t, TradePartnerOf, owner, above.id, "061", 0.75))
		}
		return out, true
	}
	return nil, false
}

// partnersOfPronoun reads "ألمانيا وإيطاليا أكبر شريكين تجاريين لها": the
// countries before the trigger are partners of the one the pronoun stands
// for (the country named last before them), not of each other.
func (d *doc) partnersOfPronoun(s sentence, t trig, refs []ref) ([]cand, bool) {
	k := t.hi
	if k < s.hi && d.toks[k].script == scriptArabic && !strings.HasPrefix(d.toks[k].norm, "له") {
		k++ // "شريكين تجاريين لها"
	}
	if k >= s.hi || d.toks[k].norm != "لها" && d.toks[k].norm != "له" {
		return nil, false
	}
	// The list the trigger follows ("تعد ألمانيا وإيطاليا أكبر ..."):
	// countries joined by "و", "and" or a comma.
	var subj []ref
	for i := len(refs) - 1; i >= 0; i-- {
		r := refs[i]
		if r.kind != Country || r.adj || r.inOffice || r.hi > t.lo {
			continue
		}
		if len(subj) > 0 {
			prev := subj[len(subj)-1]
			if !(r.hi == prev.lo || prev.lo-r.hi == 1 && d.toks[r.hi].norm == "and" || d.toks[r.hi-1].punctAfter == ',' && prev.lo == r.hi) {
				break
			}
		}
		subj = append(subj, r)
	}
	if len(subj) == 0 {
		return nil, false
	}
	first := subj[0].lo
	for _, r := range subj {
		first = min(first, r.lo)
	}
	var owner *ref
	for i := range d.refs {
		if r := &d.refs[i]; r.kind == Country && !r.adj && r.hi <= first {
			owner = r
		}
	}
	if owner == nil {
		return nil, true
	}
	var out []cand
	for _, r := range subj {
		if r.id != owner.id {
			out = append(out, d.rel(s, t, TradePartnerOf, r.id, owner.id, "061", 0.75))
		}
	}
	return out, true
}

func (d *doc) tradeBlocked(t trig, s sentence) bool {
	for k := max(s.lo, t.lo-3); k < min(s.hi, t.hi+3); k++ {
		if d.hasMark(k, mTradeBlock) {
			return true
		}
	}
	// "the Mercosur trade bloc": a kind of organisation, no tie.
	if t.hi < s.hi && bodyNouns[d.toks[t.hi].norm] {
		return true
	}
	// "negotiations on a trade pact", "مفاوضات اتفاقية تجارة حرة": a
	// deal still being talked about states no trade.
	for k := max(s.lo, t.lo-5); k < t.lo; k++ {
		if negotiationWords[d.toks[k].norm] {
			return true
		}
	}

	// "a meeting which discussed trade, energy and the war": a topic in a
	// list of topics, not a trade between the parties named.
	inList := d.toks[t.hi-1].punctAfter == ',' || t.hi < s.hi && d.toks[t.hi].norm == "and"
	if t.lo > s.lo && topicVerbs[d.toks[t.lo-1].norm] && inList {
		return true
	}
	// "agreements on climate change, trade and tourism": a later item
	// of such a list.
	if t.lo > s.lo && d.toks[t.lo-1].punctAfter == ',' {
		for k := t.lo - 1; k >= max(s.lo, t.lo-6); k-- {
			if topicVerbs[d.toks[k].norm] {
				return true
			}
			if k < t.lo-1 && d.toks[k].punctAfter != 0 && d.toks[k].punctAfter != ',' {
				break
			}
		}
	}
	return false
}

// arrivalWords tell of an arrival.
var arrivalWords = map[string]bool{"landed": true, "arrived": true, "وصل": true, "وصلت": true, "حط": true, "حطت": true}

// stopGlue are the words a list of a trip's stops may hold between them.
var stopGlue = map[string]bool{"and": true, "or": true, "then": true, "the": true, "to": true, "on": true, "و": true, "ثم": true, "الي": true}

// negotiationWords name talks on a deal not yet made.
var negotiationWords = map[string]bool{"negotiations": true, "negotiation": true, "negotiating": true, "talks": true, "مفاوضات": true, "المفاوضات": true, "التفاوض": true}

// topicVerbs take a list of topics.
var topicVerbs = map[string]bool{"discussed": true, "discuss": true, "discussing": true, "covered": true, "covering": true, "covers": true, "including": true, "spanning": true, "in": true, "on": true}

func (d *doc) rel(s sentence, t trig, typ RelationType, src, dst string, cameo string, conf float64) cand {
	st, date := d.when(t, s)
	if st == Planned && (typ == Visited || typ == Met) {
		cameo = "036"
	}
	return cand{Relation: Relation{Type: typ, Source: src, Target: dst, Date: date, Status: st, Confidence: conf, CAMEO: cameo, Evidence: d.evidence(s)}}
}

func isPlace(r ref) bool {
	return (r.kind == Country && !r.adj && !r.inOffice) || r.kind == City
}

func (d *doc) visit(s sentence, t trig, refs []ref) []cand {
	// The visitor: a person right after the trigger ("زيارة الرئيس الصيني
	// لموسكو", "وصل الرئيس الروسي إلى بكين"), else the nearest before it
	// who is away from home there ("Biden met Modi hours after landing in
	// the Indian capital": not Modi).
	var visitors []*ref
	for i := range refs {
		r := &refs[i]
		if r.lo < t.hi {
			continue
		}
		if isPlace(*r) || r.lo-t.hi > 6 || d.clauseBreak(t.hi-1, r.lo) {
			break
		}
		if r.kind == Person && !r.dependent {
			visitors = append(visitors, r)
			break
		}
	}
	// "during a visit to Paris by Communist Party chief To Lam": the
	// visitor after "by".
	if len(visitors) == 0 && d.a.Language == "en" {
		for k := t.hi; k < s.hi && k < t.hi+6; k++ {
			if d.toks[k].norm != "by" {
				continue
			}
			for i := range refs {
				if r := &refs[i]; r.kind == Person && !r.dependent && r.lo > k && r.lo-k <= 5 && !d.clauseBreak(k, r.lo) {
					visitors = append(visitors, r)
					break
				}
			}
			break
		}
	}
	// "Putin arrived ..., his second trip abroad": "his" trip is the
	// subject's.
	if len(visitors) == 0 && d.a.Language == "en" && d.wordBetween(max(t.lo-3, s.lo), t.lo, hisHer) {
		for i := range refs {
			if r := &refs[i]; r.hi <= t.lo && r.kind == Person && !r.dependent {
				visitors = append(visitors, r)
				break
			}
		}
	}
	if len(visitors) == 0 && (d.subordinateGerund(t) || d.a.Language == "en" && d.beforePhrase(t)) {
		// "President Joe Biden, who skipped the gathering before heading
		// to New Delhi": the subject of the relative clause.
		for k := t.lo - 1; k > s.lo && k >= t.lo-10 && len(visitors) == 0; k-- {
			if d.toks[k].norm != "who" {
				continue
			}
			for i := range refs {
				if r := &refs[i]; r.hi == k && r.kind == Person && !r.dependent {
					visitors = append(visitors, r)
				}
			}
			break
		}
		// "Lula arrived in Shanghai, where he met X, before flying to
		// the Chinese capital": the one flying is the sentence's subject.
		for i := range refs {
			if r := &refs[i]; r.hi <= t.lo && r.kind == Person && !r.dependent {
				visitors = append(visitors, r)
				break
			}
		}
	}
	if len(visitors) == 0 {
		// Nearest first, but the object of a meeting ("met Xi in
		// Beijing, on the first leg of a tour") after everyone else.
		var objects []*ref
		for i := len(refs) - 1; i >= 0; i-- {
			if r := &refs[i]; r.hi <= t.lo && r.kind == Person && !r.dependent && !d.unknownSubjectBetween(r.hi, t.lo, refs) {
				if d.meetObject(*r) {
					objects = append(objects, r)
				} else {
					visitors = append(visitors, r)
				}
			}
		}
		visitors = append(visitors, objects...)
		// A story filed from the host's capital: the guest travels, unless
		// the trip is a return home ("بعد يوم من عودته من جولة").
		if home := d.dateline; home != "" {
			returning := d.returning(t)
			slices.SortStableFunc(visitors, func(a, b *ref) int {
				ka, kb := d.personCountry(*a) == home, d.personCountry(*b) == home
				if ka == kb {
					return 0
				}
				if ka == returning {
					return -1
				}
				return 1
			})
		}
	}
	// "وتأتي الزيارة بعد ...", "the visit comes after ...": a definite
	// noun with nobody named refers back to a visit already told.
	definite := strings.HasPrefix(d.toks[t.lo].norm, "ال") || t.lo > 0 && d.toks[t.lo-1].norm == "the"
	// "did not travel to Pakistan after the visit, despite reports in
	// Islamabad": a definite visit noun with no place of its own in its
	// clause is a visit already told, not a new one to a place further on.
	if definite && !slices.ContainsFunc(refs, func(r ref) bool {
		return isPlace(r) && (r.lo >= t.hi && r.lo-t.hi <= 6 && !d.clauseBreak(t.hi-1, r.lo) || r.hi <= t.lo && t.lo-r.hi <= 1)
	}) {
		return nil
	}
	if len(visitors) == 0 && !definite {
		// "He will fly on to Phnom Penh to meet Hun Manet": the subject
		// pronoun is the sentence before's subject, whoever he meets.
		if d.a.Language == "en" && d.pronounBefore(t, s) {
			if c := d.carriedFrom(s); c != nil && c.hi <= s.lo {
				visitors = append(visitors, c)
			}
		}
	}
	if len(visitors) == 0 && !definite {
		if v := d.carriedSubject(s, t, refs); v != nil {
			visitors = append(visitors, v)
		}
	}
	subjects := d.a.Language == "en" && slices.ContainsFunc(visitors, func(v *ref) bool { return !d.meetObject(*v) })
	for _, visitor := range visitors {
		// "Ruto also met Li Qiang, and will travel to ... before returning
		// to Nairobi": the one met is no traveller when the subject is.
		// (But "talks with Qin Gang, who accepted an invitation to visit
		// Washington" is Qin's trip.)
		if subjects && d.meetObject(*visitor) && d.clauseBreak(visitor.hi-1, t.lo) && !(visitor.hi < t.lo && d.toks[visitor.hi].norm == "who") {
			break
		}
		home := d.personCountry(*visitor)
		dest := d.destination(t, refs, home)
		// "لدى وصوله إلى المدينة", "on arriving in the city": the city
		// the story is filed from.
		if dest == nil && home != "" && d.genericCity(t, s) {
			if c := d.datelineCity(); c != nil && d.g.entities[c.id].country != home {
				v := d.rel(s, t, Visited, visitor.id, c.id, "042", confFor(0.7, *visitor))
				return d.addStop(nil, v, *c, *visitor, home)
			}
		}
		if dest == nil && d.dateline != "" && home != "" && home != d.dateline && d.genericDestination(t, s, refs) {
			// "خلال زيارة يقوم بها شريف إلى المملكة" in a story from
			// Riyadh: "the kingdom" is where the story is filed.
			return []cand{d.rel(s, t, Visited, visitor.id, d.dateline, "042", confFor(0.7, *visitor))}
		}
		if dest == nil {
			// "الكويت - ... استقبل الأمير السوداني ... في مستهل زيارة
			// رسمية": a visit with no place of its own, in a story filed
			// from the guest's host country, is to that country.
			if d.dateline != "" && home != "" && home != d.dateline && !definite && (d.datelineIn(s, refs) || d.presentVisit(t)) {
				return []cand{d.rel(s, t, Visited, visitor.id, d.dateline, "042", confFor(0.7, *visitor))}
			}
			// "Putin landed on Thursday evening and was greeted at the
			// airport": an arrival with no place, in a story filed from
			// abroad, is at the dateline's city.
			if d.dateline != "" && home != "" && home != d.dateline && arrivalWords[t.norm] && !d.plannedAt(t, s) {
				for _, r := range d.refs {
					if r.prep == "dateline" && r.kind == City {
						c := d.rel(s, t, Visited, visitor.id, r.id, "042", confFor(0.75, *visitor))
						return d.addStop(nil, c, r, *visitor, home)
					}
				}
			}
			// "وأوضح عبد العاطي أن زيارته تأتي ...": "his visit" is the
			// sentence subject's, to where the story is filed.
			if d.dateline != "" && d.possessedVisit(t) && !d.framingVisit(t) {
				for i := range refs {
					if r := &refs[i]; r.kind == Person && !r.dependent && r.hi <= t.lo {
						if c := d.personCountry(*r); c != "" && c != d.dateline {
							return []cand{d.rel(s, t, Visited, r.id, d.dateline, "042", confFor(0.7, *r))}
						}
						return nil
					}
				}
			}
			continue
		}
		// "a tour that will take him to Washington, Lima and Rio": every
		// place of the list. "في مستهل جولة تشمل قطر وسلطنة عمان", "a tour
		// that includes Qatar and Oman": the stops of a tour under way,
		// but the one the story is filed from, are still ahead.
		ahead := d.wordBetween(t.hi, dest.lo, tourAhead)
		var out []cand
		prevHi := dest.lo
		for _, p := range d.chain(refs, dest.lo, true, City, Country) {
			if p.lo > dest.lo && notDestination[d.toks[p.lo-1].norm] {
				break // "flew to Brasilia from Rio de Janeiro": where he came from
			}
			// "his first visit to India since Russia invaded Ukraine": a
			// list of stops is joined by "and", commas, "then".
			if p.lo > prevHi && slices.ContainsFunc(d.toks[prevHi:p.lo], func(k token) bool { return !stopGlue[k.norm] }) {
				break
			}
			prevHi = p.hi
			if !isPlace(p) || p.partial || d.atHome(p, home) {
				continue
			}
			c := d.rel(s, t, Visited, visitor.id, p.id, "042", confFor(0.9, *visitor))
			if ahead && p.id != d.dateline && (p.kind != City || d.g.entities[p.id].country != d.dateline) {
				c.Status, c.Date, c.CAMEO = Planned, Date{}, "036"
			}
			out = d.addStop(out, c, p, *visitor, home)
		}
		// "يتوجه إلى جاكرتا حيث يلتقي ...، ثم إلى إسلام آباد", "then on to
		// Islamabad": a later stop of the same trip, its day untold.
		for k := dest.hi; k+2 < s.hi; k++ {
			if n := d.toks[k].norm; (n == "ثم" || n == "then") && (d.toks[k+1].norm == "الي" || d.toks[k+1].norm == "to" || d.toks[k+1].norm == "on" && d.toks[k+2].norm == "to") {
				for _, p := range refs {
					if p.lo > k && p.lo-k <= 4 && isPlace(p) && !p.partial && !d.atHome(p, home) {
						c := d.rel(s, t, Visited, visitor.id, p.id, "042", confFor(0.85, *visitor))
						c.Date = Date{}
						out = d.addStop(out, c, p, *visitor, home)
						break
					}
				}
			}
		}
		// "arrived in Beijing on Saturday from Moscow, where he had
		// attended the parade on May 9": where the trip came from was
		// visited, when the where-clause says.
		for _, p := range refs {
			if p.lo <= dest.lo || !isPlace(p) || p.partial || d.atHome(p, home) || p.hi >= s.hi {
				continue
			}
			if n := d.toks[p.lo-1].norm; n != "from" && n != "من" {
				continue
			}
			if !(d.toks[p.hi-1].punctAfter == ',' && d.toks[p.hi].norm == "where" || d.toks[p.hi].norm == "حيث") {
				continue
			}
			// The clause must be the traveller's own: not "from Rio,
			// where Lula hosted the G20".
			if slices.ContainsFunc(refs, func(r ref) bool {
				return r.kind == Person && r.id != visitor.id && r.lo > p.hi && r.lo <= p.hi+2
			}) {
				continue
			}
			for _, o := range d.trigsBetween(p.hi, s.hi) {
				if o.lo > p.hi && eventClasses[o.class] {
					c := d.rel(s, t, Visited, visitor.id, p.id, "042", confFor(0.85, *visitor))
					c.Status, c.Date = d.when(o, s)
					out = d.addStop(out, c, p, *visitor, home)
					break
				}
			}
		}
		// "travelled to Kananaskis in June for the G7 summit", "will fly
		// to Tianjin to attend the SCO summit": the trip is to attend, and
		// the city it goes to hosts.
		if len(out) > 0 {
			// (But not "Modi, who arrived in Calgary on Monday, also
			// attended the summit": the relative clause has ended.)
			if st, ok := d.trigNear(s, dest.hi, 8, "summit"); ok && st.lo >= dest.hi && !d.closedRelative(s.lo, dest.lo, st.lo) && (d.wordBetween(dest.hi, st.lo, purposeWords) ||
				slices.ContainsFunc(d.trigsBetween(dest.hi, st.lo), func(o trig) bool { return o.class == "attend" && o.lo >= dest.hi && o.hi <= st.lo })) {
				if org, ok := d.summitOrg(s, st, refs); ok {
					a := out[0]
					a.Type, a.Target, a.CAMEO, a.derived, a.trip = Attended, org.id, "", false, false
					// "arrived on Tuesday to take part in the summit
					// held today": the summit's own day, when it has one.
					if d.dateFor(st, s) != nil {
						status := a.Status
						a.Status, a.Date = d.when(st, s)
						if status == Planned {
							a.Status = Planned // a trip ahead attends ahead
						}
					}
					out = append(out, a)
					// Unless the summit names a city of its own ("flew
					// to Moscow to attend the summit in Kazan").
					if dest.kind == City && !slices.ContainsFunc(refs, func(r ref) bool { return r.kind == City && r.lo >= st.hi && r.lo-st.hi <= 4 }) {
						h := a
						h.Type, h.Source, h.CAMEO = HostedSummit, dest.id, "043"
						out = append(out, h)
					}
				}
			}
		}
		return out
	}
	return nil
}

// borrowsOrganisation reports an accession or membership told without its
// organisation and without anything else it could be to: "did become full
// members", "انضمتا"; not "joined the charter of cooperation with ...", "to
// become a member", a bare "membership", or one in a sentence that negates or
// supposes.
func (d *doc) borrowsOrganisation(t trig, s sentence) bool {
	// "Turkey was the last member to ratify the accession": a member
	// singled out among those of the organisation just named.
	if t.class == "member" && t.lo-3 >= s.lo && rankWords[d.toks[t.lo-1].norm] && d.toks[t.lo-2].norm == "the" &&
		(d.toks[t.lo-3].norm == "was" || d.toks[t.lo-3].norm == "is") {
		return true
	}
	if t.class == "member" && !d.lookBack(t, s, mBecame, 7) {
		// A bare "membership would help" is no accession of its own.
		return false
	}
	for k := t.hi; k < s.hi && k < t.hi+3; k++ {
		if d.hasMark(k, mTo) || d.toks[k].norm == "الي" {
			return false
		}
	}
	// In the clause of t: "skipped the waiting room: it became a member".
	lo := s.lo
	for k := s.lo; k < t.lo; k++ {
		if p := d.toks[k].punctAfter; p == ':' || p == ';' || p == '؛' {
			lo = k + 1
		}
	}
	for k := lo; k < t.lo; k++ {
		if d.hasMark(k, mNegation|mHypothetical) || d.toks[k].norm == "to" && k+1 < len(d.toks) && d.hasMark(k+1, mBecame) {
			return false
		}
	}
	return true
}

// rankWords single out one of a group.
var rankWords = map[string]bool{"last": true, "first": true, "only": true, "newest": true, "latest": true, "oldest": true, "largest": true, "biggest": true, "smallest": true}

// genericDestination reports a visit to a place named only by its kind:
// "إلى المملكة", "إلى البلاد", "to the kingdom", "to the country".
func (d *doc) genericDestination(t trig, s sentence, refs []ref) bool {
	k := d.kindAfter(t, s, 6, false, genericPlaces)
	// "the first visit ... to the sultanate" after Brunei is named: the
	// word stands for that country, not the dateline's.
	return k >= 0 && !slices.ContainsFunc(refs, func(r ref) bool {
		return r.kind == Country && r.lo > k && r.lo <= k+2 && r.id != d.dateline
	})
}

// kindAfter is the position of "to" (إلى; with in, also "in") within reach
// tokens after t when a place named only by its kind follows it ("to the
// kingdom", "إلى المدينة"), else -1.
func (d *doc) kindAfter(t trig, s sentence, reach int, in bool, kinds map[string]bool) int {
	for k := t.hi; k+1 < s.hi && k < t.hi+reach; k++ {
		n, next := d.toks[k].norm, d.toks[k+1].norm
		if (n == "الي" || n == "to" || in && n == "in") && (kinds[next] || next == "the" && k+2 < s.hi && kinds[d.toks[k+2].norm]) {
			return k
		}
	}
	return -1
}

// bodyNouns, after "trade", make it the kind of an organisation: "trade
// bloc", "trade group".
var bodyNouns = map[string]bool{"bloc": true, "blocs": true, "group": true, "grouping": true, "body": true, "organisation": true, "organization": true}

// lesserStatus reports a status an organisation grants short of
// membership: dialogue partner, observer, partner country, guest.
func lesserStatus(n string) bool {
	switch n {
	case "dialogue", "observer", "partner", "شريك", "شريكه", "مراقب", "مراقبه", "ضيف", "guest":
		return true
	}
	return false
}

// candidateWords stand for a country seeking membership.
var candidateWords = map[string]bool{"candidate": true, "candidates": true, "candidacy": true, "مرشحه": true, "المرشحه": true, "مرشح": true}

// cameFrom adds to the visits out the place their traveller came from:
// "وصل إليها قادما من الإمارات" was in the Emirates before (on a day the
// text does not give).
func (d *doc) cameFrom(out []cand, s sentence, t trig, refs []ref) []cand {
	if len(out) == 0 || out[0].Type != Visited || out[0].Status != Occurred {
		return out
	}
	visitor := out[0].Source
	for k := t.hi; k+2 < s.hi && k < t.hi+16; k++ {
		if !comingWords[d.toks[k].norm] || d.toks[k+1].norm != "من" {
			continue
		}
		for _, p := range refs {
			if p.lo != k+2 || !isPlace(p) || p.partial {
				continue
			}
			vr := ref{id: visitor, kind: Person}
			home := d.personCountry(vr)
			if d.atHome(p, home) || slices.ContainsFunc(out, func(c cand) bool { return c.Type == Visited && c.Target == p.id }) {
				break
			}
			c := out[0]
			c.Target, c.Date, c.Confidence, c.derived, c.trip, c.guest = p.id, Date{}, 0.75, false, false, false
			out = d.addStop(out, c, p, vr, home)
			break
		}
		break
	}
	return out
}

// comingWords say where a traveller comes from: "قادما من".
var comingWords = map[string]bool{"قادما": true, "قادمه": true, "قادمين": true, "قادمان": true}

// freshMeeting reports an occurred meeting among sentence s's candidates
// (the last ones) dated the day the story was published or the day before.
func (d *doc) freshMeeting(cs []cand, s sentence) bool {
	pub := d.a.Published
	if pub.precision() != 3 {
		return false
	}
	for i := len(cs) - 1; i >= 0 && cs[i].Evidence.Start == s.start; i-- {
		c := &cs[i]
		if c.Type != Met || c.Status != Occurred || c.Date.precision() != 3 {
			continue
		}
		if days := pub.time().Sub(c.Date.time()).Hours() / 24; days >= 0 && days <= 1 {
			return true
		}
	}
	return false
}

// genericCity reports a visit to "the city" (المدينة), named only by its
// kind.
func (d *doc) genericCity(t trig, s sentence) bool {
	return d.kindAfter(t, s, 4, true, cityNouns) >= 0
}

// cityNouns name a city by its kind.
var cityNouns = map[string]bool{"المدينه": true, "city": true}

// datelineCity is the city the story is filed from, if its dateline names
// one.
func (d *doc) datelineCity() *ref {
	for i := range d.refs {
		if r := &d.refs[i]; r.prep == "dateline" && r.kind == City {
			return r
		}
	}
	return nil
}

// returnWords take a trip back home.
var returnWords = map[string]bool{"returning": true, "return": true, "returns": true, "العوده": true, "عودته": true}

// addStop appends the visit c to place p and, for a city abroad, the visit
// to its country that it implies (for a seat of government, to its capital).
func (d *doc) addStop(out []cand, c cand, p, visitor ref, home string) []cand {
	out = append(out, c)
	// "زار البيت الأبيض", "visited the Kremlin": a seat of government
	// is in the capital.
	if city := d.g.capitals[p.id]; p.seat && p.kind == Country && city != "" {
		c.Target, c.derived = city, true
		return append(out, c)
	}
	if country := d.g.entities[p.id].country; p.kind == City && country != "" && country != home {
		c.Target, c.Confidence, c.derived, c.trip = country, confFor(0.8, visitor), true, true
		out = append(out, c)
	}
	return out
}

// tourNouns name a trip of several stops.
var tourNouns = map[string]bool{"جوله": true, "الجوله": true, "tour": true, "trip": true}

// tourAhead introduce the stops of a tour under way.
var tourAhead = map[string]bool{"تشمل": true, "وتشمل": true, "يشمل": true, "ستشمل": true, "سيشمل": true, "includes": true, "include": true}

// genericPlaces name a country by its kind.
var genericPlaces = map[string]bool{"المملكه": true, "البلاد": true, "الدوله": true, "السلطنه": true, "الاماره": true, "kingdom": true, "country": true, "sultanate": true, "emirate": true}

// possessedVisit reports a visit noun with its visitor's pronoun: "زيارته",
// "جولتها", "his visit".
func (d *doc) possessedVisit(t trig) bool {
	if d.toks[t.lo].script == scriptArabic {
		n := d.toks[t.lo].norm
		return strings.HasSuffix(n, "ته") || strings.HasSuffix(n, "تها")
	}
	return t.lo > 0 && (d.toks[t.lo-1].norm == "his" || d.toks[t.lo-1].norm == "her")
}

// datelineIn reports a sentence that opens with the story's dateline: the
// lede, which tells the visit the story is about.
// presentVisit reports a visit under way: "Ruto, who is on a five-day state
// visit", "الذي يقوم بزيارة".
func (d *doc) presentVisit(t trig) bool {
	for k := t.lo - 1; k >= 0 && k >= t.lo-5; k-- {
		switch d.toks[k].norm {
		case "يقوم", "تقوم", "يجري", "تجري":
			return true
		case "on":
			if k > 0 && (d.toks[k-1].norm == "is" || d.toks[k-1].norm == "are") {
				return true
			}
		}
	}
	return false
}

func (d *doc) datelineIn(s sentence, refs []ref) bool {
	return len(refs) > 0 && refs[0].prep == "dateline" && refs[0].lo == s.lo
}

// subordinateGerund reports an English -ing trigger after "before", "after",
// "while" or "upon", whose subject is the main clause's.
func (d *doc) subordinateGerund(t trig) bool {
	if t.lo == 0 || !strings.HasSuffix(d.toks[t.lo].norm, "ing") {
		return false
	}
	switch d.toks[t.lo-1].norm {
	case "before", "after", "while", "upon", "when":
		return true
	}
	return false
}

// beforePhrase reports an English event noun in a "before ..." or "after
// ..." phrase ("before a three-way summit"), timed by the main clause.
func (d *doc) beforePhrase(t trig) bool {
	for k := t.lo - 1; k >= 0 && k >= t.lo-4; k-- {
		switch d.toks[k].norm {
		case "before", "ahead":
			return true
		}
	}
	return false
}

// destination is the place a visit trigger goes to for a visitor from home:
// the first place after the trigger, else one right before it ("his Beijing
// trip"); never a place at home.
func (d *doc) destination(t trig, refs []ref, home string) *ref {
	for i := range refs {
		r := &refs[i]
		if r.lo < t.hi {
			continue
		}
		// A place after another event word belongs to that one ("لزيارة
		// بكين ... فيما لم يلتق ... في موسكو"), and one after "since"
		// to that clause ("his second trip since Moscow sent troops into
		// Ukraine").
		// (But "يتوجه بعد القمة إلى مدريد": a place right after "to" is
		// where the trip goes, whatever time phrase stands before it.)
		if d.eventBetween(t, r.lo) || r.lo-t.hi > 12 || d.notDestinationBetween(t.hi, r.lo) && r.prep != "to" {
			break
		}
		// "before returning to Nairobi", "قبل العودة إلى": where the trip
		// ends, not where it goes; "skipped Israel": where it did not.
		if r.lo >= 2 && returnWords[d.toks[r.lo-2].norm] || r.lo >= 1 && absenceWords[d.toks[r.lo-1].norm] {
			continue
		}
		if isPlace(*r) && !r.partial && r.prep != "with" && !d.atHome(*r, home) && !notDestination[d.toks[max(r.lo-1, 0)].norm] {
			return r
		}
	}
	// "his Beijing trip": a place naming the trip, not where something
	// else happened ("يستقبل رئيسي في الكرملين غداة جولته").
	for i := len(refs) - 1; i >= 0; i-- {
		if r := &refs[i]; r.hi <= t.lo && t.lo-r.hi <= 1 && r.prep != "loc" && isPlace(*r) && !r.partial && !d.atHome(*r, home) && !d.clauseBreak(r.hi-1, t.lo) {
			return r
		}
	}
	// "وصل روبيو إلى الرياض ...، فيما وصل لافروف مساء اليوم نفسه": a
	// second arrival "while" the first, with no place of its own, is to
	// the same place.
	if t.lo > 0 && subordinators[d.toks[t.lo-1].norm] {
		si := d.sentenceOf(t.lo)
		for _, o := range d.trigsBetween(d.sents[si].lo, t.lo) {
			if o.class == "visit" && o.hi <= t.lo-1 && o.lo >= d.sents[si].lo {
				if r := d.destination(o, refs, home); r != nil {
					return r
				}
			}
		}
	}
	return nil
}

// threeWay marks a summit of three; hisHer a trip of the sentence's subject.
var (
	threeWay = map[string]bool{"three": true, "trilateral": true, "ثلاثيه": true}
	hisHer   = map[string]bool{"his": true, "her": true}
)

// amongWords say that the subject is one of a group: "was among the leaders
// who attended", "كان من بين القادة".
var amongWords = map[string]bool{"among": true, "بين": true}

// notDestinationBetween reports a word of notDestination in tokens [lo, hi),
// but not "after that", "بعد ذلك" (then), which goes on to the next stop.
func (d *doc) notDestinationBetween(lo, hi int) bool {
	for k := lo; k < hi && k < len(d.toks); k++ {
		if !notDestination[d.toks[k].norm] {
			continue
		}
		if k+1 < len(d.toks) && (d.toks[k].norm == "after" || d.toks[k].norm == "بعد") && (d.toks[k+1].norm == "that" || d.toks[k+1].norm == "ذلك") {
			continue
		}
		return true
	}
	return false
}

// notDestination are the words after which a place is not where a trip
// goes ("since Moscow sent troops", "from Beijing", "against Russia").
var notDestination = map[string]bool{"since": true, "from": true, "against": true, "منذ": true, "ضد": true,
	// "a state visit that followed the G20 summit in Rio": an earlier
	// event's place.
	"after": true, "followed": true, "following": true, "بعد": true}

// wordBetween reports a token of words in [lo, hi).
func (d *doc) wordBetween(lo, hi int, words map[string]bool) bool {
	for k := lo; k < hi && k < len(d.toks); k++ {
		if words[d.toks[k].norm] {
			return true
		}
	}
	return false
}

// returning reports a trip word after "return from" ("عودته من جولة").
func (d *doc) returning(t trig) bool {
	for k := t.lo - 1; k >= 0 && k >= t.lo-3; k-- {
		n := d.toks[k].norm
		if strings.HasPrefix(n, "عوده") || strings.HasPrefix(n, "عودت") || strings.HasPrefix(n, "return") {
			return true
		}
	}
	return false
}

// eventBetween reports another event trigger between t and token pos.
func (d *doc) eventBetween(t trig, pos int) bool {
	for k := t.hi; k < pos; k++ {
		if o := d.trigAt(k); o != nil && eventClasses[o.class] && o.lo != t.lo {
			return true
		}
	}
	return false
}

// meetObject reports a person right after a meeting verb: the one met,
// not the one travelling.
func (d *doc) meetObject(r ref) bool {
	if d.toks[r.lo].script == scriptLatin {
		for k := r.lo - 1; k >= 0 && k >= r.lo-3; k-- {
			if o := d.trigAt(k); o != nil {
				return o.class == "meet"
			}
		}
		return false
	}
	// Arabic verb first: "استقبل بوتين نظيره الإيراني رئيسي": the second
	// person after the verb is the one received.
	for k := r.lo - 1; k >= 0 && k >= r.lo-12; k-- {
		if o := d.trigAt(k); o != nil {
			if o.class != "meet" || d.toks[o.lo].script != scriptArabic {
				return false
			}
			// "حيث يلتقي أمير قطر": in a where-clause the subject is the
			// main clause's, and whoever follows the verb is met.
			if o.lo > 0 && d.toks[o.lo-1].norm == "حيث" {
				return true
			}
			for _, p := range d.refs {
				if p.kind == Person && p.lo >= o.hi && p.hi <= r.lo && p.id != r.id {
					return true
				}
			}
			return false
		}
	}
	return false
}

// carriedSubject is the actor of a sentence that names no person before
// t's where-clause ("He is scheduled to travel to Harbin", "ومن المقرر أن
// يزور هاربين"): the first person named as an actor in the previous
// sentence.
func (d *doc) carriedSubject(s sentence, t trig, refs []ref) *ref {
	// "وانتقل الثلاثاء إلى الدوحة، حيث أجرى محادثات مع أمير قطر": who is
	// named in a where-clause after the verb is met there, not travelling.
	end := s.hi
	for k := t.hi; k < s.hi; k++ {
		if n := d.toks[k].norm; n == "حيث" || n == "where" {
			end = k
			break
		}
	}
	for _, r := range refs {
		if r.kind == Person && r.lo < end {
			return nil
		}
	}
	return d.carriedFrom(s)
}

// pronounBefore reports an English subject pronoun ("he", "she") in the
// clause before t.
func (d *doc) pronounBefore(t trig, s sentence) bool {
	for k := t.lo - 1; k >= s.lo && k >= t.lo-4; k-- {
		switch d.toks[k].norm {
		case "he", "she":
			return true
		}
	}
	// "He will fly on to Budapest later on Wednesday and hold talks with
	// Orban": a pronoun opening the sentence is the subject of a verb
	// joined by "and", when nobody is named between.
	if n := d.toks[s.lo].norm; (n == "he" || n == "she") && t.lo-s.lo > 4 && (d.toks[t.lo-1].norm == "and" || d.toks[t.lo-2].norm == "and" && lightVerbs[d.toks[t.lo-1].norm]) {
		return !slices.ContainsFunc(d.refsIn(s), func(r ref) bool { return r.kind == Person && r.hi <= t.lo })
	}
	return false
}

// lightVerbs carry a meeting noun: "hold talks", "أجرى محادثات".
var lightVerbs = map[string]bool{"hold": true, "holds": true, "held": true, "have": true, "has": true, "had": true,
	"اجري": true, "اجرت": true, "اجريا": true, "عقد": true, "عقدت": true, "عقدا": true}

// carriedFrom is the subject of the sentence before s.
func (d *doc) carriedFrom(s sentence) *ref {
	// The subject of the sentence just before: its first person ("Prabowo,
	// who ..., is expected to meet Biden ... He did not visit Japan").
	si := d.sentenceOf(s.lo)
	if si <= 0 {
		return nil
	}
	prev := d.sents[si-1]
	for k := range d.refs {
		r := &d.refs[k]
		if r.lo >= prev.lo && r.hi <= prev.hi && r.kind == Person && !r.dependent {
			return r
		}
	}
	return nil
}

func (d *doc) sentenceOf(tok int) int {
	i := sort.Search(len(d.sents), func(i int) bool { return d.sents[i].hi > tok })
	if i < len(d.sents) && d.sents[i].lo <= tok {
		return i
	}
	return -1
}

func (d *doc) atHome(r ref, home string) bool {
	if home == "" {
		return false
	}
	if r.kind == Country {
		return r.id == home
	}
	return d.g.entities[r.id].country == home
}

func (d *doc) meet(s sentence, t trig, refs []ref) []cand {
	ps := d.meetBuf[:0]
	for _, r := range refs {
		// "the first meeting ... since Theresa May visited Beijing":
		// who is named in a since-clause after the verb met nobody.
		if r.kind == Person && !r.dependent && !d.inPresenceOf(r) && !(r.lo > t.hi && d.wordBetween(t.hi, r.lo, otherClauseWords)) {
			ps = append(ps, r)
		}
	}
	defer func() { d.meetBuf = ps[:0] }()
	cameo := "040"
	if talkWords[t.norm] {
		cameo = "046"
	}
	// "X and Y were among the leaders at the meeting": those present at a
	// gathering, not a meeting between them.
	if t.lo >= 2 && d.toks[t.lo-1].norm == "the" && d.toks[t.lo-2].norm == "at" && !(t.hi < s.hi && d.hasMark(t.hi, mWith)) {
		return nil
	}
	// "Trump met Zelenskiy on Friday, and is expected to meet Xi next
	// week": a second verb with no subject of its own has the sentence's.
	if subj := d.elidedSubject(ps, t, s); subj != nil {
		for i := range ps {
			if o := &ps[i]; o.lo >= t.hi && o.lo-t.hi <= 4 && o.id != subj.id {
				return []cand{d.rel(s, t, Met, subj.id, o.id, cameo, confFor(0.8, *subj, *o))}
			}
		}
	}
	// "زار دمشق ...، حيث التقى الشرع برفقة نظيرته الألمانية": in a
	// where-clause the main clause's subject meets whoever follows the
	// verb, and so does whoever is "برفقة" (with) it.
	if t.lo > s.lo && d.toks[t.lo-1].norm == "حيث" || t.lo-1 > s.lo && d.toks[t.lo-2].norm == "حيث" && lightVerbs[d.toks[t.lo-1].norm] {
		var subj *ref
		for i := range ps {
			if ps[i].hi <= t.lo {
				subj = &ps[i]
				break
			}
		}
		// "وانتقل الثلاثاء إلى الدوحة، حيث أجرى محادثات مع أمير قطر": a
		// verb with no subject named carries the sentence before's.
		if subj == nil && d.toks[t.lo].script == scriptArabic {
			subj = d.carriedFrom(s)
		}
		if subj != nil {
			var obj *ref
			var out []cand
			for i := range ps {
				p := &ps[i]
				if p.lo < t.hi || p.id == subj.id {
					continue
				}
				if obj == nil && p.lo-t.hi <= 4 {
					obj = p
					out = append(out, d.rel(s, t, Met, subj.id, p.id, cameo, confFor(0.8, *subj, *p)))
					continue
				}
				if obj != nil && d.wordBetween(obj.hi, p.lo, companionWords) && p.lo-obj.hi <= 4 {
					out = append(out, d.rel(s, t, Met, p.id, obj.id, cameo, confFor(0.75, *p, *obj)))
				}
			}
			if len(out) > 0 {
				return out
			}
		}
	}
	// "On Monday he also met Wang Yi": a subject pronoun stands for the
	// previous sentence's subject.
	// "He later met Raisi and Erdogan": each of the list.
	if d.pronounBefore(t, s) {
		objs := ps
		if len(ps) > 1 {
			objs = d.chain(ps, t.hi, true, Person)
		}
		c := d.carriedFrom(s)
		// "Sheinbaum travelled to Kananaskis, where she met Carney": a
		// person named earlier in the sentence comes first.
		for i := range ps {
			if ps[i].hi <= t.lo-1 && !slices.ContainsFunc(objs, func(o ref) bool { return o.id == ps[i].id }) {
				c = &ps[i]
				break
			}
		}
		if c != nil && len(objs) > 0 {
			var out []cand
			for _, o := range objs {
				if o.id != c.id {
					out = append(out, d.rel(s, t, Met, c.id, o.id, cameo, confFor(0.75, *c, o)))
				}
			}
			if len(out) > 0 {
				return out
			}
		}
	}
	// "talks with A and B": the subject met each person of the list.
	if with := d.withAfter(t, s); with >= 0 {
		// The nearest before, but not the one met by an earlier verb:
		// "X met Xi ... a day after talks with Li" are X's talks.
		var subj *ref
		for i := len(ps) - 1; i >= 0; i-- {
			if ps[i].hi <= t.lo {
				if subj == nil || d.meetObject(*subj) && !d.meetObject(ps[i]) {
					subj = &ps[i]
				}
				if !d.meetObject(*subj) {
					break
				}
			}
		}
		list := d.chain(ps, with, true, Person)
		if subj != nil && len(list) > 0 {
			var out []cand
			for _, o := range list {
				if o.id != subj.id {
					out = append(out, d.rel(s, t, Met, subj.id, o.id, cameo, confFor(0.85, *subj, o)))
				}
			}
			return out
		}
	}
	// "X, who flew in on Tuesday, also met Y"; "X ... was greeted by Y":
	// the subject stands before a relative clause, or before a passive.
	passive := t.hi < s.hi && (d.toks[t.hi].norm == "by" || d.toks[t.hi].norm == "قبل" && d.toks[t.hi-1].norm == "من")
	if subj := d.relativeSubject(ps, t, s, passive); subj != nil {
		lo := t.hi
		if passive {
			lo++
		}
		for i := range ps {
			if o := &ps[i]; o.lo >= lo && o.lo-lo <= 4 && o.id != subj.id {
				return []cand{d.rel(s, t, Met, subj.id, o.id, cameo, confFor(0.8, *subj, *o))}
			}
		}
	}
	// "تحضيرا لاجتماع ... الذي سيرأسه الرئيسان السيسي وأردوغان": a
	// meeting noun whose two participants are named together after it.
	subjectBefore := slices.ContainsFunc(ps, func(r ref) bool { return r.hi <= t.lo && t.lo-r.hi <= 3 && !d.clauseBreak(r.hi-1, t.lo) })
	for i := range ps {
		if p := ps[i]; !subjectBefore && p.lo >= t.hi && p.lo-t.hi <= 10 && !d.sentenceBreak(t.hi-1, p.lo) {
			if c := d.chain(ps, p.lo, true, Person); len(c) == 2 && d.coordinated(c[0], c[1]) {
				return []cand{d.rel(s, t, Met, c[0].id, c[1].id, cameo, confFor(0.8, c[0], c[1]))}
			}
			break
		}
	}
	// "أن يلتقي عباس غدا رئيس مجلس الوزراء نواف سلام ورئيس مجلس النواب
	// نبيه بري": an Arabic verb's subject, then the list it meets.
	if d.toks[t.lo].script == scriptArabic {
		if after := d.chain(ps, t.hi, true, Person); len(after) >= 3 && after[0].lo-t.hi <= 1 {
			subj := after[0]
			var out []cand
			for _, o := range after[1:] {
				if o.id != subj.id {
					out = append(out, d.rel(s, t, Met, subj.id, o.id, cameo, confFor(0.8, subj, o)))
				}
			}
			return out
		}
	}
	// "Xi met Uzbek President Mirziyoyev and Kyrgyz President Japarov":
	// the subject before the verb met each person of the list after it.
	if objs := d.chain(ps, t.hi, true, Person); len(objs) >= 2 {
		for i := len(ps) - 1; i >= 0; i-- {
			subj := ps[i]
			if subj.hi > t.lo {
				continue
			}
			if t.lo-subj.hi > 3 || d.clauseBreak(subj.hi-1, t.lo) {
				break
			}
			var out []cand
			for _, o := range objs {
				if o.id != subj.id && !slices.ContainsFunc(out, func(c cand) bool { return c.Target == o.id || c.Source == o.id }) {
					out = append(out, d.rel(s, t, Met, subj.id, o.id, cameo, confFor(0.85, subj, o)))
				}
			}
			return out
		}
	}
	// On the trigger's side of any semicolon ("G7 leaders meet in Italy;
	// Biden and Zelenskiy sign pact").
	// "the talks" already told, or hosting them ("أشاد لافروف بدور
	// المملكة في استضافة المحادثات، فيما يلتقي ..."): on the trigger's
	// side of any comma.
	brk := d.sentenceBreak
	if definiteMeetings[d.toks[t.lo].norm] || t.lo > 0 && d.toks[t.lo-1].norm == "the" || t.class == "host" {
		brk = d.clauseBreak
	}
	ps = slices.DeleteFunc(ps, func(r ref) bool {
		if r.hi <= t.lo {
			return brk(r.hi-1, t.lo)
		}
		return brk(t.hi-1, r.lo)
	})
	slices.SortStableFunc(ps, func(a, b ref) int { return cmp.Compare(dist(a, t), dist(b, t)) })
	var a, b *ref
	for i := range ps {
		if a == nil {
			a = &ps[i]
		} else if ps[i].id != a.id {
			b = &ps[i]
			break
		}
	}
	if b == nil {
		return nil
	}
	return []cand{d.rel(s, t, Met, a.id, b.id, cameo, confFor(0.85, *a, *b))}
}

// elidedVerbWords may stand between "and" and a verb that shares the
// subject of the clause before: "and is expected to meet".
var elidedVerbWords = map[string]bool{"is": true, "was": true, "will": true, "would": true, "has": true, "had": true, "expected": true, "due": true, "hold": true, "holds": true,
	"set": true, "scheduled": true, "to": true, "also": true, "later": true, "then": true, "plans": true, "planned": true}

// companionWords bring someone along: "برفقة نظيرته".
var companionWords = map[string]bool{"برفقه": true, "رفقه": true, "بصحبه": true}

// guestPronouns are the guest a host verb receives.
var guestPronouns = map[string]bool{"him": true, "her": true, "them": true}

// brokerWords bring others together: "a meeting arranged by the crown
// prince".
var brokerWords = map[string]bool{"arranged": true, "brokered": true, "mediated": true, "organised": true, "organized": true}

// definiteMeetings are meeting nouns that point back to talks already told.
var definiteMeetings = map[string]bool{"اللقاء": true, "الاجتماع": true, "المباحثات": true, "المحادثات": true, "الاجتماعات": true}

// inPresenceOf reports a person named as a witness of the talks, not a
// party to them: "بحضور وزير الخارجية السعودي", "in the presence of".
func (d *doc) inPresenceOf(r ref) bool {
	for k := max(r.lo-4, 0); k < r.lo; k++ {
		n := d.toks[k].norm
		if n == "بحضور" || n == "وبحضور" || n == "presence" && k+1 < len(d.toks) && d.toks[k+1].norm == "of" ||
			n == "by" && k > 0 && brokerWords[d.toks[k-1].norm] {
			return true
		}
	}
	return false
}

// elidedSubject is, for an English verb after ", and" with no subject of
// its own, the first person of the sentence: the subject of both verbs.
func (d *doc) elidedSubject(ps []ref, t trig, s sentence) *ref {
	if d.toks[t.lo].script != scriptLatin {
		return nil
	}
	k := t.lo - 1
	for k > s.lo && elidedVerbWords[d.toks[k].norm] {
		k--
	}
	// "called on X and met Y": a finite verb right after "and" too.
	if k <= s.lo || k == t.lo-1 && !finiteMeetVerbs[t.norm] || d.toks[k].norm != "and" {
		return nil
	}
	for i := range ps {
		if ps[i].hi <= k {
			return &ps[i]
		}
	}
	return nil
}

// hostedGuests reads a place that hosts people: "Vietnam, which hosted
// the American president last September and the Chinese leader in
// December" is visited by each, on the day told with each; the guests did
// not meet one another.
func (d *doc) hostedGuests(s sentence, t trig, refs []ref) []cand {
	var host *ref
	for i := len(refs) - 1; i >= 0; i-- {
		r := &refs[i]
		if r.hi > t.lo {
			continue
		}
		if t.lo-r.hi <= 2 && (r.kind == Country && !r.adj && !r.seat || r.kind == City) {
			host = r
		}
		break
	}
	if host == nil {
		return nil
	}
	var guests []ref
	for _, r := range refs {
		if r.lo < t.hi || r.kind != Person || r.dependent {
			continue
		}
		if r.lo-t.hi > 16 || d.clauseBreak(t.hi-1, r.lo) {
			break
		}
		guests = append(guests, r)
	}
	if len(guests) == 0 {
		return nil
	}
	var out []cand
	for i, g := range guests {
		end := s.hi
		if i+1 < len(guests) {
			end = guests[i+1].lo
		}
		c := d.rel(s, t, Visited, g.id, host.id, "042", confFor(0.75, g))
		for j := range d.dates {
			if e := &d.dates[j]; e.lo >= g.hi && e.hi <= end {
				c.Date = resolveDate(*e, d.a.Published, c.Status == Planned)
				break
			}
		}
		out = d.addStop(out, c, *host, g, d.personCountry(g))
	}
	return out
}

// byPhone reports a sentence that tells of a phone or video call.
func (d *doc) byPhone(s sentence) bool {
	return slices.ContainsFunc(d.toks[s.lo:s.hi], func(k token) bool { return callWords[k.norm] })
}

// callWords tell of a phone or video call, which is no meeting.
var callWords = map[string]bool{"phone": true, "call": true, "telephone": true, "video": true, "videoconference": true, "هاتفي": true, "هاتفيا": true, "الهاتفي": true, "اتصال": true, "اتصالا": true, "الاتصال": true, "مكالمه": true}

// agree reads two people who agreed together as having met: "Modi and his
// Singaporean counterpart Lawrence Wong agreed on Thursday", "اتفق الرئيسان
// السيسي وأردوغان", "the two leaders agreed". The two must be the verb's
// subject, side by side; an agreement reached by phone is not a meeting.
func (d *doc) agree(s sentence, t trig, refs []ref) []cand {
	if d.byPhone(s) {
		return nil
	}
	// "agreed to meet in Kazan": the meeting is ahead, and how they
	// agreed on it is not told.
	for _, o := range d.trigsBetween(t.hi, min(s.hi, t.hi+10)) {
		if o.lo >= t.hi && (o.class == "meet" || o.class == "visit") && d.agreedTo(o, s) {
			return nil
		}
	}
	if a, b := d.sideBySide(t, refs); a != nil {
		return []cand{d.rel(s, t, Met, a.id, b.id, "040", confFor(0.75, *a, *b))}
	}
	return nil
}

// sideBySide finds two people named together as the subject of t: the
// last two before an English verb, the first two after an Arabic one, joined
// by "and" within a few words or standing for the same pair anaphor.
func (d *doc) sideBySide(t trig, refs []ref) (a, b *ref) {
	person := func(r *ref) bool { return r.kind == Person && !r.dependent }
	if d.toks[t.lo].script == scriptLatin {
		// The last two before the verb, the second right before it.
		for i := len(refs) - 1; i >= 0 && b == nil; i-- {
			if r := &refs[i]; person(r) && r.hi <= t.lo {
				if t.lo-r.hi > 1 {
					return nil, nil
				}
				b = r
				for j := i - 1; j >= 0; j-- {
					if person(&refs[j]) {
						a = &refs[j]
						break
					}
				}
			}
		}
	} else {
		// Arabic verb first: the first two after it.
		for i := range refs {
			if r := &refs[i]; person(r) && r.lo >= t.hi {
				if r.lo-t.hi > 3 {
					return nil, nil
				}
				a = r
				for j := i + 1; j < len(refs); j++ {
					if person(&refs[j]) {
						b = &refs[j]
						break
					}
				}
				break
			}
		}
	}
	if a == nil || b == nil || a.id == b.id {
		return nil, nil
	}
	// Side by side: the same pair anaphor ("the two leaders"), or joined
	// by "and" within a few words with no other verb between.
	if a.lo != b.lo {
		if b.lo-a.hi > 5 || !d.wordBetween(a.hi, b.lo, andWords) && b.clitic != "و" && !strings.HasPrefix(d.toks[b.lo].norm, "و") {
			return nil, nil
		}
		for k := a.hi; k < b.lo; k++ {
			if d.trigOf[k] != 0 {
				return nil, nil
			}
		}
	}
	return a, b
}

// andWords join two names.
var andWords = map[string]bool{"and": true, "و": true}

// finiteMeetVerbs are meeting triggers that are verbs in the past, which
// can share the subject of a verb before "and" ("talks and meetings" are
// nouns that do not).
var finiteMeetVerbs = map[string]bool{"met": true, "received": true, "welcomed": true, "greeted": true, "held talks": true, "called on": true, "conferred": true}

// coordinated reports two references joined by "and", "و" or a comma.
func (d *doc) coordinated(a, b ref) bool {
	switch gap := b.lo - a.hi; {
	case gap == 0:
		return d.toks[a.hi-1].punctAfter == ',' || d.toks[a.hi-1].punctAfter == '،' || b.clitic == "و" || strings.HasPrefix(d.toks[b.lo].norm, "و")
	case gap == 1:
		return d.toks[a.hi].norm == "and"
	}
	return false
}

// relativeSubject finds, for an English trigger right after a relative
// clause ("Modi, who flew into Kazan on Tuesday, also met ...") or inside
// one in the passive ("Modi, who ... was greeted by Putin"), the person the
// clause hangs on: the one just before ", who".
func (d *doc) relativeSubject(ps []ref, t trig, s sentence, passive bool) *ref {
	if d.a.Language != "en" {
		return nil
	}
	k := t.lo - 1
	for k > s.lo && (d.toks[k].norm == "also" || d.toks[k].norm == "later" || d.toks[k].norm == "then") {
		k--
	}
	if !passive && (k < s.lo || d.toks[k].punctAfter != ',') {
		return nil
	}
	for w := k; w > s.lo; w-- {
		if n := d.toks[w].norm; asideOpeners[n] && d.toks[w-1].punctAfter == ',' {
			for i := range ps {
				if ps[i].hi == w {
					return &ps[i]
				}
			}
			return nil
		}
	}
	return nil
}

// withAfter is the token after a "with"/"مع" within three tokens after t, or -1.
func (d *doc) withAfter(t trig, s sentence) int {
	for k := t.hi; k < s.hi && k < t.hi+3; k++ {
		if d.hasMark(k, mWith) {
			return k + 1
		}
	}
	return -1
}

// chain is a coordinated list of references of kind k: the first one at or
// after token from (forward) or ending at or before it (backward), and the
// ones that follow it in the same direction with at most two tokens ("and",
// a comma) between neighbours.
func (d *doc) chain(refs []ref, from int, forward bool, kinds ...Kind) []ref {
	ok := func(r ref) bool {
		for _, k := range kinds {
			if r.kind == k && !r.dependent && !r.inOffice {
				return true
			}
		}
		return false
	}
	// The result lives in the doc's append-only arena: no allocation of its
	// own, and it stays valid for the article (capped, so appending to it
	// copies).
	start := len(d.refArena)
	if forward {
		last := -1
		for _, r := range refs {
			if r.lo < from || !ok(r) {
				continue
			}
			if last < 0 && r.lo-from > 2 || last >= 0 && r.lo-last > 2 {
				break
			}
			d.refArena = append(d.refArena, r)
			last = r.hi
		}
	} else {
		first := -1
		for i := len(refs) - 1; i >= 0; i-- {
			r := refs[i]
			if r.hi > from || !ok(r) {
				continue
			}
			if first >= 0 && first-r.hi > 2 {
				break
			}
			if first < 0 && from-r.hi > 3 {
				break
			}
			d.refArena = append(d.refArena, r)
			first = r.lo
		}
	}
	if len(d.refArena) == start {
		return nil
	}
	return d.refArena[start:len(d.refArena):len(d.refArena)]
}

// pair links the two countries nearest to t.
func (d *doc) pair(s sentence, t trig, refs []ref, typ RelationType, cameo string, base float64) []cand {
	if out := d.withList(s, t, refs, typ, cameo, base); out != nil {
		return out
	}
	// "Turkey ... is one of Russia's biggest trading partners": the
	// possessor and the sentence's subject, whatever stands nearer.
	for i := len(refs) - 1; i >= 0; i-- {
		r := refs[i]
		if r.hi > t.lo || t.lo-r.hi > 3 {
			continue
		}
		if r.kind == Country && d.toks[r.hi-1].possessive {
			for _, subj := range refs {
				if subj.kind == Country && !subj.inOffice && subj.id != r.id && subj.lo < r.lo {
					return []cand{d.rel(s, t, typ, subj.id, r.id, cameo, base)}
				}
			}
		}
		break
	}
	// "the trade deal between the European Union and Mercosur": the
	// parties after "between", and not a pair of countries if they are not.
	for k := t.hi; k < s.hi && k < t.hi+4; k++ {
		if n := d.toks[k].norm; n == "between" || n == "بين" {
			// "بين شركة سوناطراك الجزائرية وشركة إيني الإيطالية": firms
			// sign, not their countries.
			if k+1 < s.hi && companyWords[d.toks[k+1].norm] {
				return nil
			}
			var parts []ref
			for _, r := range refs {
				if r.lo > k && len(parts) < 2 && (r.kind == Country || r.kind == Organization) && !r.inOffice {
					parts = append(parts, r)
				}
			}
			if len(parts) == 2 && parts[0].kind == Country && parts[1].kind == Country && parts[0].id != parts[1].id {
				return []cand{d.rel(s, t, typ, parts[0].id, parts[1].id, cameo, base)}
			}
			if len(parts) == 2 || slices.ContainsFunc(parts, func(r ref) bool { return r.kind == Organization }) {
				return nil // between organisations, or an organisation and another party
			}
			break
		}
	}
	cs := d.countryArgs(refs, t, true)
	if len(cs) < 2 {
		return nil
	}
	conf := base
	if cs[0].viaRole || cs[1].viaRole {
		conf *= 0.95
	}
	return []cand{d.rel(s, t, typ, cs[0].id, cs[1].id, cameo, round2(conf))}
}

// withList reads an owner's relation "with" a list: "Vietnam's trade with
// China or the United States", "تجارة فيتنام مع الصين والولايات المتحدة":
// the owner with each country of the list.
func (d *doc) withList(s sentence, t trig, refs []ref, typ RelationType, cameo string, base float64) []cand {
	var owner *ref
	with := -1
	for i := range refs {
		r := &refs[i]
		if r.kind != Country || r.inOffice {
			continue
		}
		switch {
		case r.hi == t.lo && d.toks[r.hi-1].possessive && t.hi < s.hi && d.toks[t.hi].norm == "with":
			owner, with = r, t.hi // English: "Vietnam's trade with"
		case r.lo == t.hi && r.hi < s.hi && d.toks[r.hi].norm == "مع":
			owner, with = r, r.hi // Arabic: "تجارة فيتنام مع"
		}
	}
	if owner == nil {
		return nil
	}
	var out []cand
	for _, r := range d.chain(refs, with+1, true, Country) {
		if r.id != owner.id && !r.adj {
			out = append(out, d.rel(s, t, typ, owner.id, r.id, cameo, base))
		}
	}
	return out
}

// summitOrg is the organisation whose summit the sentence speaks of: one
// named next to a summit word ("قمة بريكس", "the SCO summit"), else the only
// organisation of the sentence, else the one of the last summit named
// before ("القمة" in a later sentence).
func (d *doc) summitOrg(s sentence, t trig, refs []ref) (ref, bool) {
	hasSummit, definite, cityNamed := false, false, false
	var best ref
	bestDist := 1 << 30
	for _, st := range d.trigsBetween(s.lo, s.hi) {
		if st.class != "summit" || st.lo < s.lo || st.hi > s.hi {
			continue
		}
		hasSummit = true
		if strings.HasPrefix(d.toks[st.lo].norm, "ال") || st.lo > 0 && d.toks[st.lo-1].norm == "the" {
			definite = true
		}
		if d.cityNamed(st, refs) {
			cityNamed = true
		}
		for _, r := range refs {
			if r.kind == Organization && (dist(r, st) <= 2 || dist(r, st) <= 4 && d.ordinalsBetween(r, st)) && d.summitLink(r, st) {
				if dd := abs(st.lo - t.lo); dd < bestDist {
					best, bestDist = r, dd
				}
			}
		}
	}
	if bestDist < 1<<30 {
		return best, true
	}
	if !hasSummit {
		return ref{}, false
	}
	// "the summit" after one was named is that summit, whatever other
	// organisation the sentence mentions ("the first leader of a NATO
	// member to attend the summit").
	var only []ref
	for _, r := range refs {
		// (Not "the UN Secretary-General": an office's organisation.)
		if r.kind == Organization && r.prep != "with" && !r.inOffice && !slices.ContainsFunc(only, func(o ref) bool { return o.id == r.id }) {
			only = append(only, r)
		}
	}
	// A summit named by its city is the one organisation the sentence
	// names, if it names one ("applied to join BRICS, but was not invited
	// at the Johannesburg summit"), else the summit told before.
	if definite || cityNamed && len(only) != 1 {
		if org, ok := d.earlierSummitOrg(s); ok {
			return org, true
		}
	}
	if len(only) == 1 {
		return only[0], true
	}
	if len(only) > 1 {
		return ref{}, false
	}
	if org, ok := d.earlierSummitOrg(s); ok {
		return org, true
	}
	// "قدمت الجزائر طلب الانضمام إلى مجموعة بريكس ... لكن قمة جوهانسبرغ
	// ...": a summit named by its city right after a sentence about one
	// organisation is that organisation's.
	if si := d.sentenceOf(s.lo); si > 0 && d.cityNamedSummit(s, refs) {
		var prev []ref
		for _, r := range d.refsIn(d.sents[si-1]) {
			if r.kind == Organization && !slices.ContainsFunc(prev, func(o ref) bool { return o.id == r.id }) {
				prev = append(prev, r)
			}
		}
		if len(prev) == 1 {
			return prev[0], true
		}
	}
	return ref{}, false
}

// cityNamedSummit reports a summit word of s with a city right before or
// after it ("قمة جوهانسبرغ", "the Johannesburg summit").
func (d *doc) cityNamedSummit(s sentence, refs []ref) bool {
	for _, st := range d.trigsBetween(s.lo, s.hi) {
		if st.class == "summit" && st.lo >= s.lo && st.hi <= s.hi && d.cityNamed(st, refs) {
			return true
		}
	}
	return false
}

// summitLink reports an organisation joined to a summit word by nothing or
// by "of", an article or "leaders" ("قمة بريكس", "the summit of the G20",
// "قمة قادة مجموعة العشرين"), not by other words ("في القمة لأول مرة
// الاتحاد الأفريقي").
func (d *doc) summitLink(r ref, st trig) bool {
	lo, hi := st.hi, r.lo
	if r.hi <= st.lo {
		lo, hi = r.hi, st.lo
	}
	for k := lo; k < hi; k++ {
		if !d.hasMark(k, mOf|mDet) && !d.countryTok(k) && !ordinalWord(d.toks[k]) {
			switch d.toks[k].norm {
			case "leaders", "قاده", "لقاده", "دول", "لدول", "whose", "its":
			default:
				return false
			}
		}
	}
	return true
}

// ordinalWords number a summit in a series: "القمة الرابعة والأربعين",
// "the 44th summit".
var ordinalWords = map[string]bool{}

func init() {
	// "قادما من إسرائيل": where a traveller comes from is no destination.
	for w := range comingWords {
		notDestination[w] = true
	}
	for _, w := range strings.Fields("الاول الاولي الثاني الثانيه الثالث الثالثه الرابع الرابعه الخامس الخامسه السادس السادسه السابع السابعه الثامن الثامنه التاسع التاسعه العاشر العاشره الحادي الحاديه عشر عشره والعشرين والثلاثين والاربعين والخمسين والستين والسبعين والثمانين والتسعين العشرين الثلاثين الاربعين الخمسين first second third fourth fifth sixth seventh eighth ninth tenth annual") {
		ordinalWords[w] = true
	}
}

// ordinalWord reports a word or number that ranks a summit.
func ordinalWord(t token) bool {
	if ordinalWords[t.norm] {
		return true
	}
	// "44th", "17th"
	n := t.norm
	return len(n) > 2 && n[0] >= '0' && n[0] <= '9' && (strings.HasSuffix(n, "th") || strings.HasSuffix(n, "st") || strings.HasSuffix(n, "nd") || strings.HasSuffix(n, "rd"))
}

// ordinalsBetween reports only ordinals between an organisation and a
// summit word.
func (d *doc) ordinalsBetween(r ref, st trig) bool {
	lo, hi := st.hi, r.lo
	if r.hi <= st.lo {
		lo, hi = r.hi, st.lo
	}
	n := 0
	for k := lo; k < hi; k++ {
		if ordinalWord(d.toks[k]) {
			n++
		} else if !d.hasMark(k, mOf|mDet) {
			return false
		}
	}
	return n > 0
}

// countryTok reports a token inside a country's name: the partner in "the
// ASEAN-U.S. summit".
func (d *doc) countryTok(k int) bool {
	i := sort.Search(len(d.units), func(i int) bool { return d.units[i].hi > k })
	return i < len(d.units) && d.units[i].lo <= k && d.units[i].entity != nil && d.units[i].entity.ekind == Country
}

// cityNamed reports a summit named by its city ("قمة نيودلهي", "the
// Johannesburg summit"), which refers back to the series the article is
// about.
func (d *doc) cityNamed(st trig, refs []ref) bool {
	for _, r := range refs {
		if r.kind == City && (r.lo == st.hi || r.hi == st.lo) {
			return true
		}
	}
	return false
}

// summitOrgs is summitOrg, or both organisations of a joint summit ("the
// first summit between the GCC and ASEAN", "قمة بين ... و...").
func (d *doc) summitOrgs(s sentence, t trig, refs []ref) []ref {
	for _, st := range d.trigsBetween(s.lo, s.hi) {
		if st.class != "summit" {
			continue
		}
		for k := st.hi; k < st.hi+2 && k < s.hi; k++ {
			if n := d.toks[k].norm; n == "between" || n == "بين" {
				var orgs []ref
				for _, r := range refs {
					if r.kind == Organization && r.lo > k && r.lo-k <= 8 && len(orgs) < 2 && !slices.ContainsFunc(orgs, func(o ref) bool { return o.id == r.id }) {
						orgs = append(orgs, r)
					}
				}
				if len(orgs) == 2 {
					return orgs
				}
			}
		}
	}
	// "قمة عربية إسلامية", "an Arab-Islamic summit": the Arab League's
	// and the OIC's together.
	for _, r := range refs {
		if r.id != "ARAB-LEAGUE" || r.lo < s.lo {
			continue
		}
		k := r.hi
		if r.hi-r.lo == 1 && d.toks[r.lo].norm == "arab" {
			k = r.hi // English: "Arab" alone is the adjective of "Arab-Islamic summit"
		}
		if k < s.hi && (d.toks[k].norm == "اسلاميه" || d.toks[k].norm == "الاسلاميه" || d.toks[k].norm == "islamic") {
			start := len(d.refArena)
			d.refArena = append(d.refArena, r, ref{lo: k, hi: k + 1, id: "OIC", kind: Organization, partial: true})
			return d.refArena[start:len(d.refArena):len(d.refArena)]
		}
	}
	if org, ok := d.summitOrg(s, t, refs); ok {
		// "the summit" of a joint summit told before: both sides.
		if !slices.ContainsFunc(refs, func(r ref) bool { return r.id == org.id }) {
			if orgs := d.earlierSummitOrgs(s); len(orgs) > 1 && slices.ContainsFunc(orgs, func(o ref) bool { return o.id == org.id }) {
				return orgs
			}
		}
		// From the article's arena, like chain's results: the memo of
		// earlierSummitOrgs keeps them.
		start := len(d.refArena)
		d.refArena = append(d.refArena, org)
		return d.refArena[start:len(d.refArena):len(d.refArena)]
	}
	return nil
}

// earlierSummitOrg is the organisation of the last summit named before
// sentence s, resolved the same way in its own sentence.
func (d *doc) earlierSummitOrg(s sentence) (ref, bool) {
	if orgs := d.earlierSummitOrgs(s); len(orgs) > 0 {
		return orgs[0], true
	}
	return ref{}, false
}

// earlierSummitOrgs are the organisations of the last summit named before
// sentence s that resolves to any (both, for a joint summit); each summit
// is looked up once.
func (d *doc) earlierSummitOrgs(s sentence) []ref {
	for i := len(d.trigs) - 1; i >= 0; i-- {
		st := d.trigs[i]
		if st.class != "summit" || st.hi > s.lo {
			continue
		}
		si := d.sentenceOf(st.lo)
		if si < 0 {
			continue
		}
		orgs, seen := d.summitMemo[st.lo]
		if !seen {
			ps := d.sents[si]
			orgs = d.summitOrgs(ps, st, d.refsIn(ps))
			if d.summitMemo == nil {
				d.summitMemo = map[int][]ref{}
			}
			d.summitMemo[st.lo] = orgs
		}
		if len(orgs) > 0 {
			return orgs
		}
	}
	return nil
}

// hostSubject: "India hosted the G20 summit", "التي تستضيفها روسيا".
func (d *doc) hostSubject(s sentence, t trig, refs []ref) []cand {
	orgs := d.summitOrgs(s, t, refs)
	if len(orgs) == 0 {
		// "South Korea will host APEC next year": an organisation hosted,
		// with no other noun after it, is its yearly meeting.
		for i := range refs {
			r := refs[i]
			if r.kind != Organization || r.lo < t.hi || r.lo > t.hi+1 || r.lo == t.hi+1 && d.toks[t.hi].norm != "the" {
				continue
			}
			if r.hi == s.hi || d.toks[r.hi-1].punctAfter != 0 || hostTimeWords[d.toks[r.hi].norm] {
				orgs = append(orgs, r)
			}
			break
		}
	}
	if len(orgs) == 0 {
		return nil
	}
	var host *ref
	best := 1 << 30
	for i := range refs {
		r := &refs[i]
		if !(isPlace(*r) || r.kind == Country && r.adj) || r.prep == "loc" {
			continue
		}
		// "Timor-Leste joined ..., as leaders opened the summit": the
		// host is in the verb's own clause.
		if r.hi <= t.lo && d.relativeBetween(r.hi, t.lo) {
			continue
		}
		dd := dist(*r, t)
		if r.lo >= t.hi && !(r.lo == t.hi && d.toks[t.lo].script == scriptArabic) {
			dd += 2 // but "تستضيف العراق": an Arabic verb's subject follows it
		}
		if dd < best {
			host, best = r, dd
		}
	}
	if host == nil {
		return nil
	}
	return d.hosted(s, t, host.id, orgs)
}

// hostTimeWords may follow the organisation a country hosts: "host APEC
// next year".
var hostTimeWords = map[string]bool{"next": true, "this": true, "later": true, "in": true, "on": true, "العام": true, "في": true}

// hosted is host's hosting of the summit of each organisation.
func (d *doc) hosted(s sentence, t trig, host string, orgs []ref) []cand {
	var out []cand
	for _, org := range orgs {
		out = append(out, d.rel(s, t, HostedSummit, host, org.id, "043", 0.8))
	}
	return out
}

// summitIn: "the BRICS summit in Kazan", "قمة بريكس في قازان".
func (d *doc) summitIn(s sentence, t trig, refs []ref) []cand {
	orgs := d.summitOrgs(s, t, refs)
	if len(orgs) > 1 {
		// A joint summit: the place after the last organisation (after
		// the summit word when they were named in an earlier sentence).
		end := orgs[len(orgs)-1].hi
		if end <= s.lo {
			end = t.hi
		}
		r := d.placeAfter(refs, end)
		if r == nil {
			return nil
		}
		return d.hosted(s, t, r.id, orgs)
	}
	if len(orgs) == 0 {
		return nil
	}
	return d.summitInOrg(s, t, refs, orgs[0])
}

// placeAfter is a city or country named as a place ("in Kazan") within
// three tokens after end, or nil.
func (d *doc) placeAfter(refs []ref, end int) *ref {
	for i := range refs {
		r := &refs[i]
		if !(r.kind == City || r.kind == Country && !r.adj && !r.inOffice) || r.prep != "loc" || r.lo < end {
			continue
		}
		// "in the nearby city of Gyeongju": a place noun and its
		// adjective may stand between; "will be held in Bishkek" a verb.
		if r.lo-end <= 3 || r.lo-end <= 6 && r.lo >= 2 && r.kind == City && d.toks[r.lo-2].norm == "city" && d.toks[r.lo-1].norm == "of" ||
			r.lo-end <= 5 && d.wordBetween(end, r.lo, heldWords) {
			return r
		}
	}
	return nil
}

// summitInOrg finds the place of a summit of org.
func (d *doc) summitInOrg(s sentence, t trig, refs []ref, org ref) []cand {
	end := t.hi
	if org.hi > end && (org.lo-t.hi <= 2 || org.lo-t.hi <= 5 && !slices.ContainsFunc(d.toks[t.hi:org.lo], func(k token) bool { return !listWords[k.norm] && k.norm != "with" })) {
		// "a summit with leaders of the Gulf Cooperation Council in the
		// Saudi capital"
		end = org.hi
	}
	// "the summit in Kazan", and "the next summit in Bahrain", where a
	// country named as the place hosts it.
	if r := d.placeAfter(refs, end); r != nil {
		return []cand{d.rel(s, t, HostedSummit, r.id, org.id, "043", 0.8)}
	}
	// "قمة نيودلهي", "the Johannesburg summit": a city named with the
	// summit itself.
	for _, r := range refs {
		if r.kind == City && (r.lo == t.hi || r.hi == t.lo || t.lo > 0 && r.hi == t.lo-1 && d.hasMark(t.lo-1, mDet)) {
			return []cand{d.rel(s, t, HostedSummit, r.id, org.id, "043", 0.75)}
		}
	}
	// "انطلقت في مدينة جدة، يوم الجمعة، أعمال القمة العربية": the place
	// before the summit, when no other event stands between them.
	for i := len(refs) - 1; i >= 0; i-- {
		r := refs[i]
		if r.hi > t.lo || t.lo-r.hi > 8 {
			continue
		}
		if r.kind == City && r.prep == "loc" {
			for _, o := range d.trigsBetween(r.hi, t.lo) {
				if o.lo >= r.hi && o.hi <= t.lo && eventClasses[o.class] {
					return nil
				}
			}
			return []cand{d.rel(s, t, HostedSummit, r.id, org.id, "043", 0.75)}
		}
	}
	// "JOHANNESBURG, Nov 22 - Leaders of the G20 adopted a declaration on
	// Saturday at the first G20 summit held on African soil": a summit the
	// lede tells with no place of its own is where the story is filed.
	// (Not when the sentence names the host: "a virtual summit hosted by
	// India", in a story from New Delhi.)
	if _, hosted := d.trigNear(s, t.lo, 40, "host"); !hosted && d.datelineIn(s, refs) && !d.otherEdition(t) &&
		!slices.ContainsFunc(refs[1:], func(r ref) bool { return isPlace(r) && (r.prep == "loc" || r.prep == "to") }) {
		if st, _ := d.when(t, s); st == Occurred {
			return []cand{d.rel(s, t, HostedSummit, refs[0].id, org.id, "043", 0.7)}
		}
	}
	return nil
}

// chair: a country that chairs or holds the presidency of an organisation
// is a member of it ("Brazil, which chairs the bloc", "the G20, which
// India chairs"); a person who chairs or heads a delegation to its summit
// attended it ("برئاسة أمير الكويت").
func (d *doc) chair(s sentence, t trig, refs []ref) []cand {
	var org *ref
	for i := range refs {
		if r := &refs[i]; r.kind == Organization && r.lo >= t.hi && r.lo-t.hi <= 4 {
			org = r
			break
		}
	}
	if org == nil {
		for i := len(refs) - 1; i >= 0; i-- {
			if r := &refs[i]; r.kind == Organization && r.hi <= t.lo {
				org = r
				break
			}
		}
	}
	_, summit := d.trigNear(s, t.lo, 40, "summit")
	if org == nil && summit {
		if o, ok := d.summitOrg(s, t, refs); ok {
			org = &o
		}
	}
	if org == nil {
		// "ترأس الرئيس الجزائري X ورئيسة الوزراء الإيطالية Y القمة
		// الحكومية", "X and Y co-chaired the consultations": leaders of
		// two countries chairing together meet.
		var ps []ref
		if d.a.Language == "ar" {
			ps = d.chain(refs, t.hi, true, Person)
		} else {
			ps = d.chain(refs, t.lo, false, Person)
		}
		var out []cand
		for i := range ps {
			for j := i + 1; j < len(ps); j++ {
				if a, b := d.personCountry(ps[i]), d.personCountry(ps[j]); a != "" && b != "" && a != b {
					out = append(out, d.rel(s, t, Met, ps[i].id, ps[j].id, "040", confFor(0.75, ps[i], ps[j])))
				}
			}
		}
		return out
	}
	actor := func(r *ref) bool {
		return r.id != org.id && !d.hasMark(r.lo-1, mDependent) &&
			(r.kind == Country && !r.adj && !r.inOffice || r.kind == Person && !r.dependent)
	}
	before := func() *ref {
		// "Mark Rutte, a former Dutch prime minister, chaired the meeting".
		if d.a.Language == "en" {
			if r, ok := d.subjectPastRelative(t, s, refs); ok && actor(&r) {
				for i := range refs {
					if refs[i].lo == r.lo && refs[i].id == r.id {
						return &refs[i]
					}
				}
			}
		}
		for i := len(refs) - 1; i >= 0; i-- {
			if r := &refs[i]; r.hi <= t.lo && t.lo-r.hi <= 4 && actor(r) {
				if d.a.Language == "ar" && d.clauseBreak(r.hi-1, t.lo) {
					return nil // "لم يشارك فلان في القمة، وترأس الوفد ..."
				}
				return r
			}
		}
		return nil
	}
	after := func() *ref {
		for i := range refs {
			if r := &refs[i]; r.lo >= t.hi && r.lo-t.hi <= 6 && actor(r) {
				return r
			}
		}
		return nil
	}
	// Arabic puts the subject after the verb ("ترأس الوفد وزير ...");
	// English before it ("Brazil, which chairs").
	var who *ref
	if d.a.Language == "ar" {
		if who = after(); who == nil {
			who = before()
		}
	} else if who = before(); who == nil {
		who = after()
	}
	// "وتتسلم جنوب أفريقيا رئاسة المجموعة من البرازيل": with the noun,
	// the country before takes the chair from the one after; both belong.
	if noun := d.toks[t.hi-1].norm; who != nil && who.kind == Country && (strings.HasSuffix(d.toks[t.lo].norm, "رئاسه") || noun == "presidency" || noun == "chairmanship") {
		var out []cand
		for _, c := range []*ref{before(), after()} {
			if c != nil && c.kind == Country && !slices.ContainsFunc(out, func(x cand) bool { return x.Source == c.id }) {
				out = append(out, cand{Relation: Relation{Type: MemberOf, Source: c.id, Target: org.id, Status: Occurred, Confidence: confFor(0.75, *c, *org), Evidence: d.evidence(s)}})
			}
		}
		return out
	}
	switch {
	case who == nil:
		return nil
	case who.kind == Country:
		// A membership, not an event: chairing next year or in a
		// hypothetical still says the country belongs.
		return []cand{{Relation: Relation{Type: MemberOf, Source: who.id, Target: org.id, Status: Occurred, Confidence: confFor(0.75, *who, *org), Evidence: d.evidence(s)}}}
	case summit:
		return []cand{d.rel(s, t, Attended, who.id, org.id, "", confFor(0.75, *who, *org))}
	}
	// "NATO Secretary General Mark Rutte ... chaired the meeting": an
	// officer of the organisation chairs its gathering, and was there.
	if o, ok := d.g.officeOn(who.id, d.a.Published); ok && o.of == org.id {
		if _, meeting := d.trigNear(s, t.lo, 6, "meet"); meeting || summit || d.earlierSummitDate(s) != nil {
			return []cand{d.rel(s, t, Attended, who.id, org.id, "", confFor(0.75, *who, *org))}
		}
		return nil
	}
	// "Anwar Ibrahim, who chairs ASEAN this year": his country belongs.
	if c := d.personCountry(*who); c != "" && org.kind == Organization {
		return []cand{{Relation: Relation{Type: MemberOf, Source: c, Target: org.id, Status: Occurred, Confidence: confFor(0.7, *who, *org), Evidence: d.evidence(s)}}}
	}
	return nil
}

// attend links the subject of an attend verb to the summit's organisation:
// the coordinated persons nearest before the verb ("Xi, Putin and Sharif
// took part"), else after it ("شارك الرئيس المصري"), else countries.
func (d *doc) attend(s sentence, t trig, refs []ref) []cand {
	orgs := d.summitOrgs(s, t, refs)
	if len(orgs) == 0 {
		// "... were among the leaders who attended": the summit just told.
		if _, ok := d.trigNear(s, t.lo, 40, "summit"); !ok && !slices.ContainsFunc(refs, func(r ref) bool { return r.kind == Organization }) {
			// "Widodo, whose country chairs ASEAN, opened the talks. Li
			// Qiang also attended.": the one organisation of the
			// sentence before, when it tells of a gathering.
			if o, ok := d.prevSentenceOrg(s); ok {
				orgs = []ref{o}
			} else {
				orgs = d.earlierSummitOrgs(s)
			}
		} else if !ok {
			// "Indonesia, which joined the bloc in January, attended as a
			// full member": the summit told before, when the sentence names
			// only its organisation.
			if es := d.earlierSummitOrgs(s); len(es) > 0 && !slices.ContainsFunc(refs, func(r ref) bool {
				return r.kind == Organization && !slices.ContainsFunc(es, func(o ref) bool { return o.id == r.id })
			}) {
				orgs = es
			}
		}
	}
	// "واكتفى بالمشاركة عبر الفيديو", "took part by video link": no one
	// is present.
	for k := t.hi; k+1 < s.hi && k < t.hi+8; k++ {
		if n, next := d.toks[k].norm, d.toks[k+1].norm; (n == "عبر" || n == "by" || n == "via") && remoteWords[next] ||
			n == "virtually" || n == "remotely" {
			return nil
		}
		if d.clauseBreak(k, k+1) {
			break
		}
	}
	// "led the delegation", "وأناب عنه نائب رئيس الوزراء": the one who
	// stands in is named in the clause, never carried from elsewhere.
	standIn := d.hasMark(t.lo, mLead)
	if len(orgs) == 0 && standIn {
		// "وشارك مدبولي في القمة، فيما ترأس عراقجي وفد بلاده": the
		// delegation is to the summit told.
		orgs = d.earlierSummitOrgs(s)
	}
	if len(orgs) == 0 {
		return nil
	}
	org := orgs[0]
	var subj []ref
	if standIn {
		// "Premier Li Qiang led China's delegation", "وترأس وزير
		// الخارجية ... وفد بلاده": the one leading, in the clause; not
		// "لم يشارك محمد بن زايد في القمة، وترأس وفد بلاده نائب رئيس
		// الدولة", whose leader the gazetteer does not know.
		for _, r := range refs {
			// (The one before "وفد" is marked dependent: "the minister's
			// delegation" is not the minister; here it is his to lead.)
			if r.kind != Person || r.dependent && !(r.hi < len(d.toks) && delegationWords[d.toks[r.hi].norm]) {
				continue
			}
			if d.toks[t.lo].script == scriptArabic && r.lo >= t.hi && r.lo-t.hi <= 8 && !d.clauseBreak(t.hi-1, r.lo) ||
				d.toks[t.lo].script == scriptLatin && r.hi <= t.lo && !d.clauseBreak(r.hi-1, t.lo) {
				subj = append(subj, r)
			}
		}
		if len(subj) == 0 {
			return nil
		}
		// The nearest: the first after an Arabic verb, the last before an
		// English one.
		if d.toks[t.lo].script == scriptArabic {
			subj = subj[:1]
		} else {
			subj = subj[len(subj)-1:]
		}
	}
	// "زيارة دولة تلت مشاركته في قمة مجموعة العشرين": "his taking part"
	// is the sentence's subject's.
	if len(subj) == 0 && d.toks[t.lo].script == scriptArabic {
		if n := strings.TrimPrefix(d.toks[t.hi-1].norm, "ل"); n == "مشاركته" || n == "مشاركتها" || n == "حضوره" || n == "حضورها" {
			for _, r := range refs {
				if r.kind == Person && !r.dependent && r.hi <= t.lo {
					subj = append(subj, r)
					break
				}
			}
		}
	}
	// "travel to Canada, where he will attend the summit": the pronoun is
	// the sentence's subject (or the one before).
	if d.a.Language == "en" && d.pronounBefore(t, s) {
		for _, r := range refs {
			if r.kind == Person && !r.dependent && r.hi <= t.lo {
				subj = append(subj, r)
				break
			}
		}
		if c := d.carriedFrom(s); len(subj) == 0 && c != nil {
			subj = append(subj, *c)
		}
	}
	if len(subj) == 0 && d.subordinateGerund(t) {
		// "Prabowo ... is expected to meet Biden before attending the
		// APEC summit": the one attending is the main clause's subject.
		for _, r := range refs {
			if r.kind == Person && !r.dependent && r.hi <= t.lo {
				subj = append(subj, r)
				break
			}
		}
	}
	// "بمشاركة الرئيس الصيني", "بحضور ...", "attended by ...": those
	// taking part follow the trigger.
	w := d.toks[t.lo].norm
	if len(subj) == 0 && (strings.HasPrefix(w, "بمشارك") || strings.HasPrefix(w, "بحضور") || strings.HasPrefix(w, "وبمشارك") || strings.HasPrefix(w, "وبحضور") ||
		t.hi < s.hi && d.toks[t.hi].norm == "by") {
		subj = d.chain(refs, t.hi, true, Person)
	}
	if len(subj) == 0 && d.a.Language == "ar" {
		// Arabic puts the subject after the verb ("وشارك الرئيس السابق
		// بشار الأسد في القمة"); a subject carried from the sentence
		// before does not outrank it.
		subj = d.chain(refs, t.hi, true, Person)
		// "وشارك في افتتاح القمة الأمين العام": after the summit named
		// right after the verb.
		if len(subj) == 0 {
			for _, st := range d.trigsBetween(t.hi, min(t.hi+4, s.hi)) {
				if st.class == "summit" && st.lo >= t.hi {
					subj = d.chain(refs, st.hi, true, Person)
					break
				}
			}
		}
	}
	if len(subj) == 0 {
		// "Modi, who arrived in Calgary on Monday, also attended";
		// "Indonesia, which joined the bloc in January, attended".
		if r, ok := d.subjectPastRelative(t, s, refs); ok {
			subj = append(subj, r)
		}
	}
	if len(subj) == 0 {
		subj = d.chain(refs, t.lo, false, Person)
	}
	if len(subj) == 0 {
		subj = d.chain(refs, t.hi, true, Person)
	}
	if len(subj) == 0 {
		subj = d.chain(refs, t.lo, false, Country)
	}
	if len(subj) == 0 {
		// "X, Y and Z were among the leaders who attended": the list
		// that opens the clause.
		for i := len(refs) - 1; i >= 0; i-- {
			if r := refs[i]; r.kind == Person && !r.dependent && r.hi <= t.lo && !d.clauseBreak(r.hi, t.lo) {
				subj = d.chain(refs, r.hi, false, Person)
				break
			}
		}
	}
	if len(subj) == 0 && d.wordBetween(s.lo, t.lo, amongWords) {
		// "Modi, on his first trip abroad since ..., was among the
		// leaders who attended": the sentence's subject, past its aside.
		for _, r := range refs {
			if r.kind == Person && !r.dependent && r.hi <= t.lo {
				subj = d.chain(refs, r.lo, true, Person)
				break
			}
		}
	}
	// "attended as a full member, represented by President Prabowo": so
	// did the one representing it.
	if len(subj) == 1 && subj[0].kind == Country {
		for k := t.hi; k+1 < s.hi && k < t.hi+12; k++ {
			if d.toks[k].norm == "represented" && d.toks[k+1].norm == "by" {
				for _, r := range refs {
					if r.kind == Person && !r.dependent && r.lo > k+1 && r.lo-k <= 4 {
						subj = append(subj, r)
						break
					}
				}
				break
			}
		}
	}
	// "..., alongside Brazil's Lula and Turkey's Erdogan": they attended too.
	if len(subj) > 0 {
		for k := t.hi; k < s.hi && k < t.hi+12; k++ {
			if d.hasMark(k, mAlongside) {
				for _, r := range refs {
					if r.kind == Person && !r.dependent && r.lo > k && r.lo-k <= 3 {
						subj = append(subj, d.chain(refs, r.lo, true, Person)...)
						break
					}
				}
				break
			}
		}
	}
	if len(subj) == 0 {
		// "وتشارك في القمة الاتحاد الأفريقي": an organisation attends
		// (not the one of an office: "الأمين العام للأمم المتحدة").
		for _, r := range refs {
			if r.kind == Organization && !r.inOffice && r.id != org.id && r.lo >= t.hi && r.lo-t.hi <= 6 {
				subj = append(subj, r)
				break
			}
		}
	}
	var out []cand
	for i, r := range subj {
		if r.kind == Country && r.adj || slices.ContainsFunc(subj[:i], func(o ref) bool { return o.id == r.id }) {
			continue
		}
		// At a joint summit each attends for the side it belongs to, when
		// the reference member lists say.
		target := org.id
		if len(orgs) > 1 {
			c := r.id
			if r.kind == Person {
				c = d.personCountry(r)
			}
			// The first side whose list holds the country, else one
			// whose members are not listed (Iran at an Arab-Islamic
			// summit attends for the OIC).
			found := false
			for _, o := range orgs {
				if slices.ContainsFunc(d.g.members[o.id], func(m Membership) bool { return m.Member == c }) {
					target, found = o.id, true
					break
				}
			}
			if !found {
				for _, o := range orgs {
					if len(d.g.members[o.id]) == 0 {
						target = o.id
						break
					}
				}
			}
		}
		out = append(out, d.rel(s, t, Attended, r.id, target, "", confFor(0.8, r)))
	}
	return out
}

// member links countries to the organisations a membership, cooperation or
// accession trigger names. The members are the subject: the coordinated
// list nearest before the trigger ("Russia and China cooperate within ...",
// "Iran joined the SCO"), else the one after it ("انضمت مصر إلى ...").
// Targets are the organisations after the trigger, or one right before it
// ("SCO members"); cooperating "with" an organisation is not membership.
func (d *doc) member(s sentence, t trig, refs []ref) []cand {
	typ := MemberOf
	if t.class == "join" || (t.class == "member" && d.lookBack(t, s, mBecame, 7)) {
		typ = Joined
	}
	if t.class == "cooperate" && d.hasMark(t.hi, mWith) {
		return nil
	}
	// "joined the SCO as a dialogue partner", "تنضم ... بصفة شريك حوار",
	// "as an observer": a status short of membership.
	if t.class == "join" || t.class == "member" {
		for k := t.hi; k+1 < s.hi && k < t.hi+10 && !d.clauseBreak(k-1, k); k++ {
			if n := d.toks[k].norm; n == "as" || n == "بصفه" || n == "كشريك" || n == "كمراقب" {
				if lesserStatus(d.toks[k+1].norm) || k+2 < s.hi && lesserStatus(d.toks[k+2].norm) || n == "كشريك" || n == "كمراقب" {
					return nil
				}
			}
		}
	}
	// "a candidate for membership of the European Union", "مرشحة
	// لعضوية الاتحاد": a candidacy, not membership.
	if t.class == "member" && d.wordBetween(max(s.lo, t.lo-3), t.lo, candidateWords) {
		return nil
	}
	if t.class == "join" {
		if c, ok := d.joinedWhich(s, t, refs); ok {
			return []cand{c}
		}
	}
	var orgs []ref
	after := d.afterBuf[:0]
	defer func() { d.afterBuf = after[:0] }()
	for _, r := range refs {
		if r.kind == Organization && r.prep != "with" && r.lo >= t.hi {
			after = append(after, r)
		}
	}
	if len(after) > 0 {
		reach := 12
		if t.class == "member" {
			reach = 6
		}
		near := after[0].lo-t.hi <= reach
		if t.class == "cooperate" {
			// Cooperation is membership only within the organisation
			// ("within BRICS", "في المنظمات الدولية كالأمم المتحدة"), not
			// linking it to something else.
			p := after[0].prep
			near = near && (p == "within" || p == "loc" || p == "like" || after[0].lo > 0 && d.toks[after[0].lo-1].norm == "as")
		}
		if near {
			orgs = d.chain(after, after[0].lo, true, Organization)
		}
		// "انضمام الاتحاد الأفريقي إلى مجموعة العشرين": an organisation
		// joining another, the one after "إلى" being joined.
		if t.class == "join" && len(after) >= 2 && after[1].prep == "to" && after[0].prep != "to" && after[0].lo-t.hi <= 1 {
			orgs = after[1:2]
		}
	}
	if len(orgs) == 0 && (t.class == "member" || t.class == "join") {
		for _, r := range refs {
			if r.kind == Organization && r.hi <= t.lo && t.lo-r.hi <= 1 && t.class == "member" {
				orgs = append(orgs, r)
			}
		}
		// "The group has grown: Egypt ... are members", "the New
		// Development Bank that Brazil, Russia ... founded": with no
		// organisation after the trigger, the one the sentence opened
		// with.
		if len(orgs) == 0 && len(after) == 0 {
			// "مجموعة بريكس التي ستنضم إليها إيران", "the bloc, which
			// Indonesia joined": the organisation the relative clause hangs
			// on; else the one the sentence opened with.
			for i := len(refs) - 1; i >= 0; i-- {
				r := refs[i]
				if r.kind == Organization && r.hi <= t.lo && r.hi < len(d.toks) && relativeWords[d.toks[r.hi].norm] {
					orgs = append(orgs, r)
					break
				}
			}
			// "it hosted the G20 summit, where the African Union was
			// admitted": the organisation whose summit "where" points to.
			if len(orgs) == 0 {
				for k := t.lo - 1; k > s.lo; k-- {
					if n := d.toks[k].norm; n != "where" && n != "حيث" {
						continue
					}
					for i := len(refs) - 1; i >= 0; i-- {
						if r := refs[i]; r.kind == Organization && r.hi <= k && k-r.hi <= 6 {
							orgs = append(orgs, r)
							break
						}
					}
					break
				}
			}
			for _, r := range refs {
				if len(orgs) > 0 {
					break
				}
				if r.kind == Organization && r.hi <= t.lo && r.prep != "with" {
					orgs = append(orgs, r)
				}
			}
		}
	}
	if len(orgs) == 0 && (t.class == "member" || t.class == "join") && d.borrowsOrganisation(t, s) && !slices.ContainsFunc(refs, func(r ref) bool { return r.kind == Organization }) {
		// "When South Africa hosted the BRICS summit ... Egypt and Ethiopia
		// did become full members": the one organisation of the sentence
		// before.
		// (Or of the one before that, when the sentence between names none.)
		for si := d.sentenceOf(s.lo) - 1; si >= 0 && si >= d.sentenceOf(s.lo)-2 && len(orgs) == 0; si-- {
			ambiguous := false
			for _, r := range d.refsIn(d.sents[si]) {
				if r.kind != Organization {
					continue
				}
				if len(orgs) > 0 && orgs[0].id != r.id {
					ambiguous = true
					break
				}
				if len(orgs) == 0 {
					orgs = append(orgs, r)
				}
			}
			if ambiguous {
				orgs = nil
				break
			}
		}
	}
	if len(orgs) == 0 {
		return nil
	}
	isOrg := func(id string) bool { return slices.ContainsFunc(orgs, func(o ref) bool { return o.id == id }) }
	cands := d.candsBuf[:0]
	defer func() { d.candsBuf = cands[:0] }()
	for _, r := range refs {
		if r.kind == Person && r.partial && !r.dependent && typ == MemberOf {
			// "Both leaders called for coordination within BRICS": their
			// countries are members.
			if c := d.personCountry(r); c != "" {
				r.id, r.kind = c, Country
			}
		}
		// "طهران وموسكو تعملان معا": a capital not used as a place is its state.
		if c, ok := d.capitalState(r); ok {
			r.id, r.kind = c, Country
		}
		// "China's Li join ASEAN in Kuala Lumpur": the possessor of a
		// person is not the one joining; a person joins an event.
		if r.kind == Country && d.toks[r.hi-1].possessive && slices.ContainsFunc(refs, func(p ref) bool { return p.kind == Person && p.lo == r.hi }) {
			continue
		}
		if !isOrg(r.id) && (r.kind == Country && !r.adj || r.kind == Organization && typ == Joined) {
			cands = append(cands, r)
		}
	}
	// "Erdogan, whose country is a member of NATO", "أردوغان، الذي تعد
	// بلاده عضوا": the person's country.
	{
		for k := max(s.lo, t.lo-4); k < t.lo; k++ {
			if n := d.toks[k].norm; n == "country" || n == "بلاده" || n == "بلادها" || n == "nation" {
				for i := len(refs) - 1; i >= 0; i-- {
					if r := refs[i]; r.kind == Person && r.hi <= k && !r.dependent {
						if c := d.personCountry(r); c != "" {
							cands = []ref{{lo: k, hi: k + 1, id: c, kind: Country}}
						}
						break
					}
				}
				break
			}
		}
	}
	// "Indonesia has become a full member of BRICS": the subject stands
	// before "became", not before "member".
	var members []ref
	// "وتضم المنظمة الصين وروسيا", "the G7, which groups the United
	// States, Canada and Japan": the list after the organisation (or after
	// the verb).
	if n := t.norm; strings.HasSuffix(n, "تضم") || strings.HasSuffix(n, "يضم") || strings.HasSuffix(n, "groups") || strings.HasSuffix(n, "comprises") || n == "comprising" {
		start := t.hi
		if o := orgs[0]; o.lo >= t.hi && o.lo-t.hi <= 1 {
			start = o.hi
		}
		for _, r := range cands {
			if r.lo >= start && r.lo-start <= 2 && r.kind == Country && !isOrg(r.id) {
				members = d.chain(cands, r.lo, true, Country)
				break
			}
		}
	}
	if len(members) == 0 && d.a.Language == "ar" && d.toks[t.lo].script == scriptArabic {
		// Arabic verb first: "التي ستنضم إليها إيران", "انضمت مصر إلى":
		// the member right after the verb comes first.
		for _, r := range cands {
			if r.lo >= t.hi && r.lo-t.hi <= 3 && r.kind == Country && !isOrg(r.id) &&
				(orgs[0].hi <= t.lo || r.hi <= orgs[0].lo) && !d.clauseBreak(t.hi-1, r.lo) {
				members = d.chain(cands, r.lo, true, Country)
				break
			}
		}
	}
	if len(members) == 0 {
		members = d.chain(cands, t.lo, false, Country, Organization)
	}
	if len(members) == 0 && t.class == "cooperate" {
		// "وبحث الرئيسان ... تنسيق المواقف داخل الاتحاد الأفريقي": the
		// pair the sentence is about, however far before.
		for _, r := range cands {
			if r.partial && r.hi <= t.lo && !d.sentenceBreak(r.hi-1, t.lo) {
				members = append(members, r)
			}
		}
	}
	if len(members) == 0 && typ == Joined && t.class == "member" {
		for k := t.lo - 1; k >= s.lo && k >= t.lo-7; k-- {
			if d.hasMark(k, mBecame) {
				members = d.chain(cands, k, false, Country, Organization)
				break
			}
		}
	}
	if len(members) == 0 {
		// Arabic verb first: "انضمت مصر إلى المجموعة", the member between
		// the verb and the organisation.
		var between []ref
		for _, r := range cands {
			if r.hi <= orgs[0].lo || orgs[0].hi <= t.lo {
				between = append(between, r)
			}
		}
		members = d.chain(between, t.hi, true, Country, Organization)
	}
	// "became a full member of BRICS from January 1, alongside Egypt,
	// Ethiopia and Iran": the list after "alongside" shares the relation.
	if len(members) > 0 {
		last := orgs[len(orgs)-1].hi
		for k := last; k < s.hi && k < last+12; k++ {
			if o := d.trigAt(k); o != nil && eventClasses[o.class] {
				break
			}
			// "members of the Quad, with the United States and
			// Australia": a with-phrase right after the organisation.
			if d.hasMark(k, mAlongside) || k == last && k > 0 && d.toks[k-1].punctAfter == ',' && d.toks[k].norm == "with" {
				members = append(members, d.chain(cands, k+1, true, Country)...)
				break
			}
		}
	}
	var out []cand
	for i, o := range orgs {
		if slices.ContainsFunc(orgs[:i], func(x ref) bool { return x.id == o.id }) {
			continue
		}
		for j, m := range members {
			if m.id == o.id || slices.ContainsFunc(members[:j], func(x ref) bool { return x.id == m.id }) {
				continue
			}
			out = append(out, d.rel(s, t, typ, m.id, o.id, "", confFor(0.8, m, o)))
		}
	}
	if typ == Joined && len(out) > 0 {
		out = append(out, d.gappedAccessions(s, t, refs, out[0])...)
	}
	return out
}

// gappedAccessions reads the verb left out: "Iran joined in 2023 and Belarus
// in 2024", "انضمت إيران عام 2023 وبيلاروسيا عام 2024": each "and COUNTRY
// DATE" after the accession joins the same organisation on its own date.
func (d *doc) gappedAccessions(s sentence, t trig, refs []ref, first cand) []cand {
	var out []cand
	for _, r := range refs {
		if r.kind != Country || r.adj || r.inOffice || r.lo <= t.hi || r.id == first.Source {
			continue
		}
		if !(r.lo > 0 && d.toks[r.lo-1].norm == "and" || strings.HasPrefix(r.clitic, "و")) {
			continue
		}
		if o := d.trigsBetween(t.hi, r.lo); slices.ContainsFunc(o, func(x trig) bool { return x.lo >= t.hi && x.hi <= r.lo && eventClasses[x.class] }) {
			break
		}
		for i := range d.dates {
			e := &d.dates[i]
			if e.lo >= r.hi && e.lo-r.hi <= 2 && e.hi <= s.hi {
				c := first
				c.Source = r.id
				c.Date = resolveDate(*e, d.a.Published, false)
				c.Status = Occurred
				if !c.Date.IsZero() && d.a.Published.Before(c.Date) {
					c.Status = Planned
				}
				out = append(out, c)
				break
			}
		}
	}
	return out
}

// joinedWhich reads "Turkey remains a member of NATO, which it joined in
// 1952", "الحلف الذي انضمت إليه تركيا": the organisation before the relative
// pronoun, joined by the sentence's subject (or the country named after an
// Arabic verb).
func (d *doc) joinedWhich(s sentence, t trig, refs []ref) (cand, bool) {
	k := t.lo - 1
	if k > s.lo && (d.toks[k].norm == "it" || d.toks[k].norm == "they") {
		k--
	}
	if k <= s.lo || !(d.toks[k].norm == "which" && d.toks[k-1].punctAfter == ',' || d.toks[k].norm == "الذي" || d.toks[k].norm == "التي") {
		return cand{}, false
	}
	var org, who *ref
	for i := range refs {
		r := &refs[i]
		if r.kind == Organization && r.hi <= k && k-r.hi <= 1 {
			org = r
		}
	}
	if org == nil {
		return cand{}, false
	}
	// Arabic puts the subject after the verb ("التي انضم إليها العراق").
	for i := range refs {
		r := &refs[i]
		if r.kind == Country && !r.adj && !r.inOffice && r.lo >= t.hi && r.lo-t.hi <= 2 && d.toks[k].script == scriptArabic {
			who = r
			break
		}
	}
	for i := range refs {
		r := &refs[i]
		if who == nil && r.kind == Country && !r.adj && !r.inOffice && r.hi <= org.lo {
			who = r
			break
		}
	}
	if who == nil {
		return cand{}, false
	}
	return d.rel(s, t, Joined, who.id, org.id, "", confFor(0.8, *who, *org)), true
}

// merge puts symmetric relations in canonical direction and folds repeats:
// the same type, ends and status with compatible dates become one relation
// with the most precise date and the highest confidence. A country visit
// derived from a city visit is dropped when the same person already visits
// that country within a week of it (one trip, several cities).
func merge(cs, kept []cand, order []int) ([]cand, []int, []Relation) {
	for i := range cs {
		if cs[i].Type.Symmetric() && cs[i].Source > cs[i].Target {
			cs[i].Source, cs[i].Target = cs[i].Target, cs[i].Source
		}
	}
	// Sort indices, not the large candidates themselves.
	order = resize(order, len(cs))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(i, j int) int {
		a, b := &cs[i], &cs[j]
		if pa, pb := a.Date.precision(), b.Date.precision(); pa != pb {
			return cmp.Compare(pb, pa)
		}
		if a.derived != b.derived {
			if !a.derived {
				return -1
			}
			return 1
		}
		return cmp.Compare(a.Evidence.Start, b.Evidence.Start)
	})
	for _, i := range order {
		c := &cs[i]
		folded := false
		for k := range kept {
			x := &kept[k]
			if x.Type != c.Type || x.Source != c.Source || x.Target != c.Target || x.Status != c.Status || x.Role != c.Role {
				continue
			}
			if x.Date.Compatible(c.Date) {
				x.Confidence = max(x.Confidence, c.Confidence)
				if x.CAMEO == "" {
					x.CAMEO = c.CAMEO
				}
				folded = true
				break
			}
		}
		if !folded {
			kept = append(kept, *c)
		}
	}
	joined := func(c *cand) bool {
		for k := range kept {
			x := &kept[k]
			if x.Type == Joined && x.Source == c.Source && x.Target == c.Target && x.Status == c.Status {
				return true
			}
		}
		return false
	}
	// Keep indices into kept and sort them: comparing through pointers
	// copies no relation.
	// A plan the same article reports as done is the same event: "the two
	// leaders are due to meet" before "they met on Thursday".
	done := func(c *cand) bool {
		for k := range kept {
			x := &kept[k]
			// One sentence telling both ("will meet ... after their
			// meeting last week") tells two events.
			if x.Status == Occurred && x.Type == c.Type && x.Source == c.Source && x.Target == c.Target && x.Role == c.Role &&
				x.Date.Compatible(c.Date) && (c.Date.IsZero() || !x.Date.IsZero()) && x.Evidence.Start != c.Evidence.Start {
				return true
			}
		}
		return false
	}
	idx := order[:0]
	for k := range kept {
		c := &kept[k]
		if c.Status == Planned && done(c) {
			continue
		}
		if c.Type == Visited && sameTrip(c, kept) {
			continue
		}
		if c.Type == MemberOf && joined(c) {
			continue // "joined X as its tenth member" says one thing
		}
		idx = append(idx, k)
	}
	slices.SortFunc(idx, func(i, j int) int { return relComparePtr(&kept[i].Relation, &kept[j].Relation) })
	out := make([]Relation, len(idx))
	for k, i := range idx {
		out[k] = kept[i].Relation
	}
	return kept, order, out
}

// sameTrip reports whether visit c is part of a trip another kept visit
// already records: the same person and place, day dates within a week, and
// the other one earlier (the arrival). A country visit derived from a city
// visit that is only planned also folds into an occurred visit of the same
// trip ("will go on to Harbin tomorrow").
func sameTrip(c *cand, all []cand) bool {
	if c.Date.precision() != 3 {
		return false
	}
	for i := range all {
		x := &all[i]
		if x.Type != Visited || x.Source != c.Source || x.Target != c.Target || x.Date.precision() != 3 || x.Date == c.Date {
			continue
		}
		if x.Status != c.Status && !(c.trip && c.Status == Planned) {
			continue
		}
		diff := c.Date.time().Sub(x.Date.time()).Hours() / 24
		if diff > 0 && diff <= 7 || x.Status != c.Status && diff >= -7 && diff <= 7 {
			return true
		}
	}
	return false
}

// relCompare is relComparePtr for values.
func relCompare(a, b Relation) int { return relComparePtr(&a, &b) }

// relComparePtr orders relations by type, ends, date (less precise first),
// status, role and evidence.
func relComparePtr(a, b *Relation) int {
	// One key at a time: cmp.Or would compare every string first.
	if c := strings.Compare(string(a.Type), string(b.Type)); c != 0 {
		return c
	}
	if c := strings.Compare(a.Source, b.Source); c != 0 {
		return c
	}
	if c := strings.Compare(a.Target, b.Target); c != 0 {
		return c
	}
	return cmp.Or(cmp.Compare(a.Date.Year, b.Date.Year), cmp.Compare(a.Date.Month, b.Date.Month), cmp.Compare(a.Date.Day, b.Date.Day),
		cmp.Compare(a.Status, b.Status), cmp.Compare(a.Role, b.Role), cmp.Compare(a.Evidence.Start, b.Evidence.Start))
}
