package extract

import (
	"math"
	"sort"
	"strings"
)

// Extractor finds entities and relations in articles. It holds only read-only
// data, so one Extractor is safe for concurrent use by many goroutines.
type Extractor struct {
	g *Gazetteer
}

// New returns an Extractor over the embedded gazetteer.
func New() (*Extractor, error) {
	g, err := LoadGazetteer()
	if err != nil {
		return nil, err
	}
	return &Extractor{g: g}, nil
}

// Gazetteer returns the data x matches against.
func (x *Extractor) Gazetteer() *Gazetteer { return x.g }

// ref is a resolved reference to an entity over tokens [lo, hi).
type ref struct {
	lo, hi    int
	id        string
	kind      Kind
	adj       bool   // country adjective
	inOffice  bool   // the country or organisation of an office phrase
	role      string // office role stated by the text
	of        string // entity of that office
	fromTitle bool   // resolved from an office description
	named     bool   // the text also names the person
	partial   bool   // a surname standing for a full name
	dependent bool   // not an actor: "aide to the Russian president"
	prep      string // marker class just before: loc, to, with, of, within
	clitic    string
}

type trig struct {
	lo, hi int
	class  string
	norm   string
	future bool
}

// unit is one match, classified.
type unit struct {
	lo, hi   int
	entity   *entry // eEntity
	partials []entry
	title    string
	trigs    []entry
	marks    map[string]bool
	month    int
	weekday  int // -1 when none
	rel      string
	clitic   string
}

type doc struct {
	g     *Gazetteer
	a     Article
	runes []rune
	toks  []token
	sents []sentence
	units []unit
	refs  []ref
	trigs []trig
	marks []map[string]bool // per token
	dates []dateExpr
}

// Extract analyses one article. It never fails: text it cannot read simply
// yields fewer entities and relations. The result is sorted and deterministic.
// It runs in time linear in the length of the text.
func (x *Extractor) Extract(a Article) Result {
	d := &doc{g: x.g, a: a, runes: []rune(a.Text)}
	d.toks = tokenize(a.Text)
	if a.Language == "" {
		d.a.Language = detectLanguage(d.toks)
	}
	d.sents = splitSentences(a.Text, d.toks)
	d.classify(x.g.matchAll(d.toks))
	d.resolve()
	d.findDates()
	rels := d.relations()
	return Result{Article: d.a, Entities: d.entities(rels), Relations: rels}
}

func (d *doc) classify(ms []match) {
	d.marks = make([]map[string]bool, len(d.toks))
	for _, m := range ms {
		u := unit{lo: m.lo, hi: m.hi, weekday: -1, clitic: m.clitic}
		for i := range m.entries {
			e := m.entries[i].entry
			switch e.kind {
			case eEntity:
				if u.entity == nil || kindRank(e.ekind) < kindRank(u.entity.ekind) {
					u.entity = &e
				}
			case ePartial:
				u.partials = append(u.partials, e)
			case eTitle:
				u.title = e.id
			case eTrigger:
				u.trigs = append(u.trigs, e)
			case eMarker:
				if u.marks == nil {
					u.marks = map[string]bool{}
				}
				u.marks[e.id] = true
			case eMonth:
				u.month = e.n
			case eWeekday:
				u.weekday = e.n
			case eRelDate:
				u.rel = e.id
			}
		}
		if u.marks != nil {
			for k := m.lo; k < m.hi; k++ {
				d.marks[k] = u.marks
			}
		}
		d.units = append(d.units, u)
	}
}

func kindRank(k Kind) int {
	switch k {
	case Person:
		return 0
	case Organization:
		return 1
	case Country:
		return 2
	}
	return 3
}

func (d *doc) hasMark(tok int, class string) bool {
	return tok >= 0 && tok < len(d.marks) && d.marks[tok][class]
}

// contiguous reports whether unit j starts where unit i ends.
func (d *doc) contiguous(i, j int) bool {
	return j < len(d.units) && i >= 0 && d.units[j].lo == d.units[i].hi
}

func (d *doc) isPlaceOrOrg(u unit) bool {
	return u.entity != nil && (u.entity.ekind == Country || u.entity.ekind == Organization)
}

func (d *doc) isPerson(i int) bool {
	return i < len(d.units) && (d.units[i].entity != nil && d.units[i].entity.ekind == Person || d.units[i].partials != nil)
}

// resolve turns units into references: office phrases to office holders,
// surnames to persons named in full, the rest to their entities.
func (d *doc) resolve() {
	full := map[string]int{} // person -> first full mention token
	for _, u := range d.units {
		if u.entity != nil && u.entity.ekind == Person {
			if _, ok := full[u.entity.id]; !ok {
				full[u.entity.id] = u.lo
			}
		}
	}
	pub := d.a.Published
	used := make([]bool, len(d.units))
	for i := 0; i < len(d.units); i++ {
		u := d.units[i]
		if u.title != "" && u.entity == nil {
			d.officePhrase(i, used, full)
		}
		if u.trigs != nil {
			for _, e := range u.trigs {
				d.trigs = append(d.trigs, trig{lo: u.lo, hi: u.hi, class: e.id, norm: d.normOf(u.lo, u.hi), future: e.future})
			}
		}
	}
	for i, u := range d.units {
		if used[i] {
			continue
		}
		switch {
		case u.entity != nil:
			r := ref{lo: u.lo, hi: u.hi, id: u.entity.id, kind: u.entity.ekind, adj: u.entity.adj, clitic: u.clitic}
			// English order: "Russian President", "UN Secretary-General".
			if d.isPlaceOrOrg(u) && d.contiguous(i, i+1) && d.units[i+1].title != "" && d.units[i+1].entity == nil {
				r.inOffice = true
			}
			d.addRef(r)
		case u.partials != nil:
			if id := pickPartial(u, full); id != "" {
				d.addRef(ref{lo: u.lo, hi: u.hi, id: id, kind: Person, partial: true, clitic: u.clitic})
			}
		case u.marks["org-anaphor"]:
			// "المجموعة", "the bloc": the organisation named last.
			if org := d.anaphorOrg(u); org != nil {
				d.addRef(ref{lo: u.lo, hi: u.hi, id: org.id, kind: Organization, partial: true, clitic: u.clitic})
			}
		}
	}
	sort.SliceStable(d.refs, func(i, j int) bool { return d.refs[i].lo < d.refs[j].lo })
	// A person followed by "aide", "spokesman" ... is not the actor.
	for k := range d.refs {
		r := &d.refs[k]
		if r.kind == Person && d.hasMark(r.hi, "dependent") {
			r.dependent = true
		}
		if r.prep == "" {
			r.prep = d.prepBefore(r.lo, r.clitic)
		}
	}
	_ = pub
}

// genericHeads are anaphor nouns that fit any organisation.
var genericHeads = map[string]bool{"bloc": true, "grouping": true, "تكتل": true}

// anaphorOrg resolves "the group", "المنظمة": the organisation named last
// whose own names use the same noun ("the group" is the G20, not the African
// Union); "the bloc" fits any.
func (d *doc) anaphorOrg(u unit) *ref {
	head := strings.TrimPrefix(d.toks[u.hi-1].norm, "ال")
	var best *ref
	for i := range d.refs {
		r := &d.refs[i]
		if r.kind != Organization || r.hi > u.lo || (best != nil && r.hi <= best.hi) {
			continue
		}
		if genericHeads[head] || d.g.orgWords[r.id][head] {
			best = r
		}
	}
	return best
}

// lastRef is the reference of kind k that ends last before token pos.
func (d *doc) lastRef(pos int, k Kind) *ref {
	var best *ref
	for i := range d.refs {
		r := &d.refs[i]
		if r.kind == k && r.hi <= pos && (best == nil || r.hi > best.hi) {
			best = r
		}
	}
	return best
}

func (d *doc) normOf(lo, hi int) string {
	var parts []string
	for k := lo; k < hi; k++ {
		parts = append(parts, d.toks[k].norm)
	}
	return strings.Join(parts, " ")
}

func (d *doc) addRef(r ref) { d.refs = append(d.refs, r) }

// prepBefore names the preposition before token lo: a marker word, or an
// Arabic proclitic on the token itself.
func (d *doc) prepBefore(lo int, clitic string) string {
	k := lo - 1
	if d.hasMark(k, "det") {
		k--
	}
	for _, c := range []string{"loc", "to", "with", "of", "within"} {
		if d.hasMark(k, c) {
			return c
		}
	}
	switch strings.TrimLeft(clitic, "وف") {
	case "ب":
		return "loc"
	case "ل", "لل":
		return "to"
	case "ك":
		return "like"
	}
	return ""
}

func pickPartial(u unit, full map[string]int) string {
	best, bestAt := "", -1
	for _, e := range u.partials {
		at, ok := full[e.id]
		if !ok {
			continue
		}
		// Prefer the person named most recently before this mention.
		if at < u.lo && at > bestAt || bestAt < 0 {
			best, bestAt = e.id, at
		}
	}
	return best
}

// officePhrase resolves the title at unit i with what surrounds it:
// Arabic "الرئيس الروسي [فلاديمير بوتين]", "رئيس وزراء الهند"; English
// "Russian President [Vladimir Putin]", "President of Russia", "President
// Putin"; counterparts, leaders and capitals.
func (d *doc) officePhrase(i int, used []bool, full map[string]int) {
	u := d.units[i]
	role := u.title
	start, end := u.lo, u.hi
	var of *unit
	ofIdx := -1
	next := i + 1
	switch {
	case d.contiguous(i, i+1) && d.isPlaceOrOrg(d.units[i+1]):
		// Arabic order: title then country.
		ofIdx = i + 1
	case i > 0 && d.contiguous(i-1, i) && d.isPlaceOrOrg(d.units[i-1]):
		// English order: country then title.
		ofIdx = i - 1
		start = d.units[i-1].lo
	case d.contiguous(i, i+1) && d.units[i+1].marks["of"]:
		j := i + 2
		if j < len(d.units) && d.units[j].marks["det"] && d.contiguous(i+1, j) {
			j++
		}
		if d.contiguous(j-1, j) && d.isPlaceOrOrg(d.units[j]) {
			ofIdx = j
		}
	}
	if ofIdx >= 0 {
		of = &d.units[ofIdx]
		if ofIdx > i {
			end = of.hi
			next = ofIdx + 1
			// The country itself stays a mention, inside the office phrase.
			used[ofIdx] = true
			d.addRef(ref{lo: of.lo, hi: of.hi, id: of.entity.id, kind: of.entity.ekind, adj: of.entity.adj, inOffice: true, clitic: of.clitic})
		}
	}
	dependent := d.hasMark(start-1, "dependent") ||
		(d.hasMark(start-1, "det") && d.hasMark(start-2, "to") && d.hasMark(start-3, "dependent")) ||
		(d.hasMark(start-1, "to") && d.hasMark(start-2, "dependent"))
	pub := d.a.Published

	if role == "capital" {
		if of != nil && of.entity.ekind == Country {
			if c := d.g.capitals[of.entity.id]; c != "" {
				d.addRef(ref{lo: start, hi: end, id: c, kind: City, fromTitle: true})
			}
		}
		return
	}
	// The person the title names, if the text gives the name next.
	var named string
	namedIdx := -1
	if d.contiguous(next-1, next) && d.isPerson(next) && !dependent {
		pu := d.units[next]
		if pu.entity != nil && pu.entity.ekind == Person {
			named = pu.entity.id
		} else {
			named = pickPartial(pu, full)
		}
		namedIdx = next
	}
	ofID := ""
	if of != nil {
		ofID = of.entity.id
	}
	switch role {
	case "leader":
		if of != nil && of.entity.ekind == Country {
			role = d.g.entities[ofID].leader
		}
	case "counterpart":
		role = d.anchorRole(start)
		if role == "" && of != nil && of.entity.ekind == Country {
			role = d.g.entities[ofID].leader
		}
	}
	if role == "" || role == "counterpart" || role == "leader" {
		return
	}
	if named != "" {
		// Title + name: the name wins; the office is stated when the
		// gazetteer does not contradict it.
		if ofID == "" {
			if o, ok := d.g.officeWithRole(named, role, pub); ok {
				ofID = o.of
			}
		}
		if ofID != "" && d.g.mayHold(named, role, ofID) {
			used[namedIdx] = true
			pu := d.units[namedIdx]
			d.addRef(ref{lo: start, hi: pu.hi, id: named, kind: Person, role: role, of: ofID, fromTitle: true, named: true, clitic: u.clitic})
			return
		}
		if of == nil {
			return
		}
	}
	if of == nil {
		return
	}
	if h := d.g.holderOn(role, ofID, pub); h != "" {
		d.addRef(ref{lo: start, hi: end, id: h, kind: Person, role: role, of: ofID, fromTitle: true, dependent: dependent, clitic: u.clitic})
	}
}

// anchorRole is the office role of the nearest person before token pos,
// which "his counterpart" mirrors.
func (d *doc) anchorRole(pos int) string {
	for k := len(d.refs) - 1; k >= 0; k-- {
		r := d.refs[k]
		if r.kind != Person || r.lo >= pos {
			continue
		}
		if r.role != "" {
			return r.role
		}
		if o, ok := d.g.officeOn(r.id, d.a.Published); ok {
			return o.role
		}
	}
	return ""
}

// officeWithRole finds an office of the given role the person held on d, or
// at any time when none matches the date.
func (g *Gazetteer) officeWithRole(person, role string, d Date) (office, bool) {
	p := g.persons[person]
	if p == nil {
		return office{}, false
	}
	var any office
	found := false
	for _, o := range p.offices {
		if o.role != role {
			continue
		}
		if !d.IsZero() && !d.Before(o.from) && (o.to.IsZero() || d.Before(o.to)) {
			return o, true
		}
		any, found = o, true
	}
	return any, found
}

// mayHold reports whether the gazetteer allows person to hold role of of:
// true when it records that office, or knows nothing of the person's offices.
func (g *Gazetteer) mayHold(person, role, of string) bool {
	p := g.persons[person]
	if p == nil || len(p.offices) == 0 {
		return true
	}
	for _, o := range p.offices {
		if o.role == role && o.of == of {
			return true
		}
	}
	return false
}

// span returns the code point span of tokens [lo, hi), without a leading
// Arabic proclitic.
func (d *doc) span(lo, hi int, clitic string) Span {
	s, e := d.toks[lo].start, d.toks[hi-1].end
	skip := len([]rune(clitic))
	if strings.HasSuffix(clitic, "لل") {
		skip-- // the second ل is the article's
	}
	for skip > 0 && s < e {
		if !isArabicMark(d.runes[s]) {
			skip--
		}
		s++
	}
	for s < e && isArabicMark(d.runes[s]) {
		s++
	}
	return Span{Text: string(d.runes[s:e]), Start: s, End: e}
}

func (d *doc) entities(rels []Relation) []Entity {
	byID := map[string]*Entity{}
	get := func(id string) *Entity {
		if e := byID[id]; e != nil {
			return e
		}
		info := d.g.entities[id]
		e := &Entity{ID: id, Kind: info.kind, Name: info.name, NameAr: info.nameAr, Country: info.country, Mentions: []Span{}}
		byID[id] = e
		return e
	}
	for _, r := range d.refs {
		e := get(r.id)
		sp := d.span(r.lo, r.hi, r.clitic)
		if r.fromTitle {
			sp = Span{Text: string(d.runes[d.toks[r.lo].start:d.toks[r.hi-1].end]), Start: d.toks[r.lo].start, End: d.toks[r.hi-1].end}
		}
		e.Mentions = append(e.Mentions, sp)
	}
	for _, rel := range rels {
		get(rel.Source)
		get(rel.Target)
	}
	out := make([]Entity, 0, len(byID))
	for _, e := range byID {
		sort.Slice(e.Mentions, func(i, j int) bool {
			if e.Mentions[i].Start != e.Mentions[j].Start {
				return e.Mentions[i].Start < e.Mentions[j].Start
			}
			return e.Mentions[i].End < e.Mentions[j].End
		})
		e.Mentions = dedupeSpans(e.Mentions)
		out = append(out, *e)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

func dedupeSpans(s []Span) []Span {
	out := s[:0]
	for i, x := range s {
		if i > 0 && x.Start == s[i-1].Start && x.End == s[i-1].End {
			continue
		}
		out = append(out, x)
	}
	return out
}

func round2(f float64) float64 { return math.Round(f*100) / 100 }
