package extract

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
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
	seat      bool   // a seat of government standing for its country: the Kremlin
	inOffice  bool   // the country or organisation of an office phrase
	role      string // office role stated by the text
	of        string // entity of that office
	fromTitle bool   // resolved from an office description
	named     bool   // the text also names the person
	partial   bool   // a surname standing for a full name
	dependent bool   // not an actor: "aide to the Russian president"
	corporate bool   // a company's nationality: "شركة سيمنز الألمانية", "German firm"
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
	marks    markSet
	month    int
	weekday  int // -1 when none
	rel      string
	clitic   string
}

type doc struct {
	g       *Gazetteer
	a       Article
	runes   []rune
	toks    []token
	sents   []sentence
	matches []match
	tokScratch
	cands      []cand  // relation candidates, before merging
	kept       []cand  // merged candidates
	candSent   []int32 // shareVisitDates: each candidate's sentence
	units      []unit
	refOrder   []int32    // sortRefs' scratch
	refArena   []ref      // chain's results, for the whole article
	whenMemo   []whenMemo // by trigger start
	refSwap    []ref      // sortRefs' scratch
	entryBuf   []entry    // backs the units' partials and trigs
	refs       []ref
	trigs      []trig
	marks      []markSet // marker classes per token
	dates      []dateExpr
	text       string        // the article text, valid UTF-8
	byteAt     []int32       // byte offset in text of each code point, and of the end
	summitMemo map[int][]ref // organisations of a summit, by trigger start
	// Scratch slices of the relation rules, reused from call to call.
	meetBuf, afterBuf, candsBuf []ref
	full                        map[string]int // person -> first full mention token
	dateline                    string         // country of the first dateline city, or ""
	// trigOf[k] is 1 + the index in trigs of the trigger covering token
	// k, or 0.
	trigOf            []int32
	usedUnit, usedTok []bool // resolve's and findDates' scratch
	pairBuf           []ref  // resolvePairs' scratch
	mergeOrder        []int  // merge's scratch
	// The scratch of entities.
	entK                       map[string]int32
	entIDs                     []string
	entCounts                  []int
	entRefK, entOrder, entRank []int32
}

// docs keeps the working memory of finished extractions for the next ones,
// so that a stream of articles costs few allocations.
var docs = sync.Pool{New: func() any { return new(doc) }}

// maxPooled is the largest text, in bytes, whose buffers go back to the
// pool; an unusually long article's memory is left to the collector.
const maxPooled = 1 << 20

// Extract analyses one article. It never fails: text it cannot read simply
// yields fewer entities and relations. The result is sorted and deterministic.
// It runs in time linear in the length of the text.
func (x *Extractor) Extract(a Article) Result {
	d := docs.Get().(*doc)
	defer d.release()
	d.reset(x.g, a)
	d.toks = d.tokScratch.tokenize(d.toks, d.runes)
	if a.Language == "" {
		d.a.Language = detectLanguage(d.toks)
	}
	d.sents = splitSentences(d.sents[:0], d.runes, d.toks)
	d.matches = x.g.matchAll(d.matches[:0], d.toks)
	d.classify(d.matches)
	d.resolve()
	d.findDates()
	rels := d.relations()
	return Result{Article: d.a, Entities: d.entities(rels), Relations: rels}
}

// reset prepares d, fresh or from the pool, for article a. Invalid UTF-8
// decodes to U+FFFD, one per bad byte, as a []rune conversion does.
func (d *doc) reset(g *Gazetteer, a Article) {
	d.g, d.a, d.text = g, a, a.Text
	// A text has at most as many code points as bytes: one pass decodes
	// it without counting first.
	runes := slices.Grow(d.runes[:0], len(a.Text))[:len(a.Text)]
	byteAt := slices.Grow(d.byteAt[:0], len(a.Text)+1)[:len(a.Text)+1]
	valid := true
	n := 0
	for i, r := range a.Text {
		if r == utf8.RuneError {
			if _, w := utf8.DecodeRuneInString(a.Text[i:]); w == 1 {
				valid = false
			}
		}
		runes[n], byteAt[n] = r, int32(i)
		n++
	}
	byteAt[n] = int32(len(a.Text))
	d.runes, d.byteAt = runes[:n], byteAt[:n+1]
	if !valid {
		// Offsets must index the text the spans are cut from: re-encode
		// with U+FFFD (three bytes) in place of each invalid byte.
		d.text = string(d.runes)
		off := 0
		for i, r := range d.runes {
			d.byteAt[i] = int32(off)
			off += utf8.RuneLen(r)
		}
		d.byteAt[n] = int32(off)
	}
	d.units, d.refs, d.trigs, d.dates = d.units[:0], d.refs[:0], d.trigs[:0], d.dates[:0]
	d.entryBuf = d.entryBuf[:0]
	d.refArena = d.refArena[:0]
}

// sortRefs puts d.refs in text order, stably. It sorts positions and moves
// each reference once: references are large and hold strings, and moving
// them is most of a sort's cost.
func (d *doc) sortRefs() {
	sorted := true
	for i := 1; i < len(d.refs); i++ {
		if d.refs[i].lo < d.refs[i-1].lo {
			sorted = false
			break
		}
	}
	if sorted {
		return
	}
	order := d.refOrder[:0]
	for i := range d.refs {
		order = append(order, int32(i))
	}
	slices.SortStableFunc(order, func(i, j int32) int { return cmp.Compare(d.refs[i].lo, d.refs[j].lo) })
	from := append(d.refSwap[:0], d.refs...)
	for k, i := range order {
		d.refs[k] = from[i]
	}
	d.refOrder, d.refSwap = order, from[:0]
}

// release returns d to the pool, dropping its references to the article's
// strings.
func (d *doc) release() {
	if cap(d.runes) > maxPooled {
		return
	}
	// Only what points into the article's text is cleared, so that a
	// pooled doc does not keep a finished article alive: tokens, matches,
	// units and references hold the gazetteer's strings and the doc's own
	// memory, and clearing them would cost as much as the rest of this.
	clear(d.cands)
	clear(d.kept)
	clear(d.summitMemo)
	clear(d.entK)
	d.dateline = ""
	d.g, d.a, d.text = nil, Article{}, ""
	docs.Put(d)
}

func (d *doc) classify(ms []match) {
	d.marks = resize(d.marks, len(d.toks))
	// Each unit is filled in place: units hold pointers, and moving one
	// costs write barriers while a collection runs.
	d.units = slices.Grow(d.units, len(ms))
	for _, m := range ms {
		d.units = append(d.units, unit{lo: m.lo, hi: m.hi, weekday: -1, clitic: m.clitic})
		u := &d.units[len(d.units)-1]
		for i := range m.entries {
			e := &m.entries[i].entry
			switch e.kind {
			case eEntity:
				if u.entity == nil || kindRank(e.ekind) < kindRank(u.entity.ekind) {
					u.entity = e // shared, read-only
				}
			case eTitle:
				u.title = e.id
			case eMarker:
				u.marks |= e.mark
			case eMonth:
				u.month = e.n
			case eWeekday:
				u.weekday = e.n
			case eRelDate:
				u.rel = e.id
			}
		}
		u.partials = d.entriesOf(m.entries, ePartial)
		u.trigs = d.entriesOf(m.entries, eTrigger)
		for k := m.lo; k < m.hi; k++ {
			d.marks[k] = u.marks
		}
	}
	// "for the next ten years", "over the next decade": a span, not a
	// plan.
	for k := 0; k+1 < len(d.toks); k++ {
		if d.marks[k]&mPlanned != 0 && d.toks[k].norm == "next" && (spanWords[d.toks[k+1].norm] || d.toks[k+1].script == scriptDigit) {
			d.marks[k] &^= mPlanned
		}
	}
}

// spanWords follow "next" in a span of time.
var spanWords = map[string]bool{"decade": true, "decades": true, "two": true, "three": true, "four": true, "five": true, "ten": true, "twenty": true, "few": true, "several": true}

// entriesOf returns the entries of kind k, nil when there are none, in
// memory the doc reuses from one article to the next.
func (d *doc) entriesOf(es []patEntry, k entryKind) []entry {
	from := len(d.entryBuf)
	for i := range es {
		if es[i].kind == k {
			d.entryBuf = append(d.entryBuf, es[i].entry)
		}
	}
	if len(d.entryBuf) == from {
		return nil
	}
	return d.entryBuf[from:len(d.entryBuf):len(d.entryBuf)]
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

func (d *doc) hasMark(tok int, class markSet) bool {
	return tok >= 0 && tok < len(d.marks) && d.marks[tok]&class != 0
}

// constructDependent reports an Arabic person named as the second term of
// a construct with a dependent noun: "سلف السوداني", "مستشار بوتين" (his
// predecessor, his adviser) speak of someone else. With the article the
// noun is in apposition instead ("المستشار فلان" is the adviser himself).
func (d *doc) constructDependent(r ref) bool {
	k := r.lo - 1
	if r.clitic != "" || k < 0 || d.toks[k].script != scriptArabic || !d.hasMark(k, mDependent) {
		return false
	}
	n := d.toks[k].norm
	return !strings.HasPrefix(n, "ال") || n == "باسم"
}

// apposition reports units i and j separated only by a comma.
func (d *doc) apposition(i, j int) bool {
	return i >= 0 && j < len(d.units) && d.units[j].lo == d.units[i].hi && d.toks[d.units[i].hi-1].punctAfter == ','
}

// unitHas reports whether unit u carries a marker of class.
func (d *doc) unitHas(u unit, class markSet) bool { return u.marks&class != 0 }

// contiguous reports whether unit j starts where unit i ends.
// Punctuation between them breaks the chain: "BRICS, President Milei" is
// not "the BRICS president".
func (d *doc) contiguous(i, j int) bool {
	if j >= len(d.units) || i < 0 || d.units[j].lo != d.units[i].hi {
		return false
	}
	p := d.toks[d.units[i].hi-1].punctAfter
	return p == 0 || !strings.ContainsRune(",،;؛:.!?()\"“”«»", p)
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
	if d.full == nil {
		d.full = map[string]int{}
	}
	full := d.full // person -> first full mention token
	clear(full)
	for i := range d.units {
		u := &d.units[i]
		if u.entity != nil && u.entity.ekind == Person {
			if _, ok := full[u.entity.id]; !ok {
				full[u.entity.id] = u.lo
			}
		}
	}
	used := resize(d.usedUnit, len(d.units))
	d.usedUnit = used
	for i := 0; i < len(d.units); i++ {
		u := d.units[i]
		if u.title != "" && u.entity == nil {
			d.officePhrase(i, used, full)
		}
		if u.trigs != nil {
			for _, e := range u.trigs {
				d.trigs = append(d.trigs, trig{lo: u.lo, hi: u.hi, class: e.id, norm: d.normOf(u.lo, u.hi), future: e.future})
			}
		} else if u.marks&mWork != 0 {
			// "تعمل إيران وروسيا معا داخل ...": "together" after the
			// subjects.
			for k := u.hi; k < len(d.toks) && k < u.hi+5; k++ {
				if d.toks[k].norm == "معا" {
					d.trigs = append(d.trigs, trig{lo: u.lo, hi: u.hi, class: "cooperate", norm: d.normOf(u.lo, u.hi)})
					break
				}
				if d.toks[k].punctAfter != 0 {
					break
				}
			}
		}
		if u.marks&mLead != 0 {
			// "Premier Li Qiang led China's delegation", "ترأس وزير
			// الخارجية الإيراني عباس عراقجي وفد بلاده": leading a
			// delegation to the gathering told is attending it.
			for k := u.hi; k < len(d.toks) && k < u.hi+8; k++ {
				if delegationWords[d.toks[k].norm] {
					d.trigs = append(d.trigs, trig{lo: u.lo, hi: u.hi, class: "attend", norm: d.normOf(u.lo, u.hi)})
					break
				}
				if p := d.toks[k].punctAfter; p == ',' || p == '،' || p == '.' {
					break
				}
			}
		}
	}
	for i, u := range d.units {
		if used[i] {
			continue
		}
		// "وقال السوداني": a surname that is also a country adjective is the
		// person the article has named in full, unless a title precedes it
		// ("الرئيس السوداني").
		if u.entity != nil && u.entity.adj && u.partials != nil && !(i > 0 && d.contiguous(i-1, i) && d.units[i-1].title != "") {
			if id := pickPartial(u, full); id != "" {
				d.addRef(ref{lo: u.lo, hi: u.hi, id: id, kind: Person, partial: true, clitic: u.clitic})
				continue
			}
		}
		switch {
		case u.entity != nil:
			r := ref{lo: u.lo, hi: u.hi, id: u.entity.id, kind: u.entity.ekind, adj: u.entity.adj, seat: u.entity.metonym, clitic: u.clitic}
			// English order: "Russian President", "UN Secretary-General".
			if d.isPlaceOrOrg(u) && d.contiguous(i, i+1) && d.units[i+1].title != "" && d.units[i+1].entity == nil {
				r.inOffice = true
			}
			// "King Abdullah II", "السلطان هيثم بن طارق": a name listed
			// with its title states the office as a title before a name
			// does.
			if u.entity.ekind == Person {
				if role := d.leadingTitle(u); role != "" {
					if o, ok := d.g.officeWithRole(u.entity.id, role, d.a.Published); ok {
						r.role, r.of, r.fromTitle, r.named = o.role, o.of, true, true
					}
				}
			}
			d.addRef(r)
		case u.partials != nil:
			if id := pickPartial(u, full); id != "" {
				d.addRef(ref{lo: u.lo, hi: u.hi, id: id, kind: Person, partial: true, clitic: u.clitic})
			}
		case d.unitHas(u, mPairCountries) || d.unitHas(u, mPairLeaders):
			// "the two countries", "الزعيمان": resolved below, once the
			// references before them are known.
		case d.unitHas(u, mOrgAnaphor):
			// "المجموعة", "the bloc": the organisation named last.
			if org := d.anaphorOrg(u); org != nil {
				d.addRef(ref{lo: u.lo, hi: u.hi, id: org.id, kind: Organization, partial: true, clitic: u.clitic})
			}
		}
	}
	d.sortRefs()
	// A person followed by "aide", "spokesman" ... is not the actor, nor
	// one whose letter or regime is spoken of ("a letter from King
	// Charles", "سقوط نظام بشار الأسد").
	mark := func(refs []ref) {
		for k := range refs {
			r := &refs[k]
			if r.kind == Person && (d.hasMark(r.hi, mDependent) || d.behalfOf(r.lo) || d.constructDependent(*r)) {
				r.dependent = true
			}
			if r.kind == Country && r.adj && d.companyOf(*r) {
				r.corporate = true
			}
			if r.prep == "" {
				r.prep = d.prepBefore(r.lo, r.clitic)
			}
		}
	}
	mark(d.refs)
	d.placePreps()
	if n := len(d.refs); d.resolvePairs(used) {
		mark(d.refs[n:])
		d.sortRefs()
	}
	if d.pronounRefs() {
		d.sortRefs()
	}
	d.whenMemo = resize(d.whenMemo, len(d.toks))
	d.trigOf = resize(d.trigOf, len(d.toks))
	for i, t := range d.trigs {
		for k := t.lo; k < t.hi; k++ {
			if d.trigOf[k] == 0 {
				d.trigOf[k] = int32(i + 1)
			}
		}
	}
}

// pronounRefs turns English pronouns into references where a rule needs
// them as a party: "it" becoming a member, for the country named before it
// in its sentence; and, for the subject of the sentence before, a subject
// "he" joined to a person ("On June 19, he and Kim Jong Un signed"), and
// an object "him" right after a meeting verb ("President To Lam received
// him"). It reports whether it added any.
func (d *doc) pronounRefs() bool {
	if d.a.Language != "en" {
		return false
	}
	n := len(d.refs)
	for k, t := range d.toks {
		// "Indonesia skipped the waiting room: it became a full member":
		// "it" before "became" or an accession is the country named last
		// in its sentence.
		if t.norm == "it" && k+1 < len(d.toks) && (d.hasMark(k+1, mBecame) || slices.ContainsFunc(d.trigs, func(o trig) bool { return o.lo == k+1 && o.class == "join" })) {
			if si := d.sentenceOf(k); si >= 0 {
				for i := n - 1; i >= 0; i-- {
					if r := d.refs[i]; r.hi <= k && r.lo >= d.sents[si].lo && r.kind == Country && !r.adj && !r.inOffice {
						d.refs = append(d.refs, ref{lo: k, hi: k + 1, id: r.id, kind: Country, partial: true})
						break
					}
				}
			}
			continue
		}
		if t.norm != "he" && t.norm != "she" && t.norm != "him" {
			continue
		}
		joined := t.norm != "him" && k+2 < len(d.toks) && d.toks[k+1].norm == "and" &&
			slices.ContainsFunc(d.refs[:n], func(r ref) bool { return r.kind == Person && r.lo > k+1 && r.lo <= k+5 })
		object := t.norm == "him" && slices.ContainsFunc(d.trigs, func(o trig) bool { return o.hi == k && o.class == "meet" })
		if !joined && !object {
			continue
		}
		si := d.sentenceOf(k)
		if si < 0 {
			continue
		}
		if c := d.carriedFrom(d.sents[si]); c != nil {
			r := *c
			r.lo, r.hi, r.partial, r.fromTitle, r.named, r.prep, r.clitic = k, k+1, true, false, false, "", ""
			d.refs = append(d.refs, r)
		}
	}
	return len(d.refs) > n
}

// placePreps completes the prepositions of places: a dateline city, a city
// after its capital phrase, a place coordinated with the one before.
func (d *doc) placePreps() {
	// "بكين - (ديبلوغراف) -", "BEIJING, April 14 (Wire) -": the dateline
	// city says where the story was filed, not who acts.
	for k := range d.refs {
		r := &d.refs[k]
		if r.kind != City && r.kind != Country || r.adj || r.hi > len(d.toks) {
			continue
		}
		if si := d.sentenceOf(r.lo); si >= 0 && d.sents[si].lo == r.lo {
			p := d.toks[r.hi-1].punctAfter
			// A city-state files under its own name ("الكويت - ",
			// "SINGAPORE, May 3"), but "Russia, China and India agreed"
			// opens a sentence with a list.
			if r.kind == Country && !(p == '-' || p == '–' || (p == ',' || p == '،') && slices.ContainsFunc(d.units, func(u unit) bool { return u.lo == r.hi && u.month > 0 })) {
				continue
			}
			switch p {
			case '-', '–', ',', '،', '/':
				r.prep = "dateline"
				if d.dateline == "" {
					d.dateline = r.id
					if r.kind == City {
						d.dateline = d.g.entities[r.id].country
					}
				}
			}
		}
	}
	// "to Washington, Lima and Rio", "إلى كندا وفرنسا وألمانيا": a place
	// coordinated with the one before shares its preposition.
	for k := 1; k < len(d.refs); k++ {
		r, p := &d.refs[k], d.refs[k-1]
		if r.prep == "" && r.kind == City {
			// "في العاصمة الكازاخستانية أستانا": the name after its
			// capital phrase takes that phrase's preposition.
			if j := slices.IndexFunc(d.refs[:k], func(q ref) bool { return q.fromTitle && q.id == r.id && q.hi == r.lo }); j >= 0 {
				r.prep = d.refs[j].prep
				continue
			}
		}
		if r.prep != "" || !(r.kind == City || r.kind == Country) || !(p.kind == City || p.kind == Country) || p.prep == "" {
			continue
		}
		gap := r.lo - p.hi
		if gap == 0 && (strings.HasPrefix(r.clitic, "و") || d.toks[p.hi-1].punctAfter == ',' || d.toks[p.hi-1].punctAfter == '،') ||
			gap == 1 && (d.toks[p.hi].norm == "and" || d.toks[p.hi].norm == "و") {
			r.prep = p.prep
		}
	}
}

// resolvePairs turns pair and group anaphors into references: "the two
// countries", "the two sides", "البلدان" into two countries named before (a
// person standing for his country), "both leaders", "الزعيمان", "the four
// leaders" into the last sitting leaders. It reports whether it added any.
func (d *doc) resolvePairs(used []bool) bool {
	found := d.pairBuf[:0]
	defer func() { d.pairBuf = found[:0] }()
	for i := range d.units {
		// "المملكة", "بلاده": one country, resolved by its own rule.
		if u := d.units[i]; !used[i] && u.entity == nil && u.marks&(mKingdom|mHisCountry|mRegionState) != 0 {
			resolveOne := d.kingdomRef
			switch {
			case u.marks&mHisCountry != 0:
				resolveOne = d.hisCountryRef
			case u.marks&mRegionState != 0:
				resolveOne = d.regionStateRef
			}
			if r, ok := resolveOne(u); ok {
				found = append(found, r)
			}
			continue
		}
		if used[i] || d.units[i].entity != nil || d.units[i].marks&(mPairLeaders|mGroupLeaders|mPairCountries|mGroupCountries) == 0 {
			continue
		}
		u := d.units[i]
		leaders := d.unitHas(u, mPairLeaders) || d.unitHas(u, mGroupLeaders)
		// "تجمع الرئيسين عبد الفتاح السيسي ورجب طيب أردوغان": the names
		// follow, so the word is their title, not an anaphor.
		if leaders && d.titleForNames(u) {
			continue
		}
		want := 2
		if d.unitHas(u, mGroupLeaders) {
			// "القادة الأربعة", "the four leaders": the last four.
			want = groupSize(d.toks[u.hi-1].norm)
		}
		if d.unitHas(u, mGroupCountries) {
			// "the three countries", "الدول الثلاث": the last three; the
			// number follows the noun in Arabic, precedes it in English.
			want = max(groupSize(d.toks[u.hi-1].norm), groupSize(d.toks[u.hi-2].norm))
		}
		// "البلدين الخليجيين": a qualifier the rules cannot check
		// picks its own pair; leave it unresolved.
		if u.hi < len(d.toks) && d.toks[u.hi].script == scriptArabic && (strings.HasSuffix(d.toks[u.hi].norm, "يين") || strings.HasSuffix(d.toks[u.hi].norm, "يتين")) {
			continue
		}
		// "talks with the four leaders": the one talking is not one of them.
		with := d.hasMark(u.lo-1, mWith)
		sentStart := 0
		if si := d.sentenceOf(u.lo); si >= 0 {
			sentStart = d.sents[si].lo
		}
		ministers := strings.Contains(d.toks[u.hi-1].norm, "وزير") || d.toks[u.hi-1].norm == "ministers"
		var ids []string
		var kinds []Kind
		// "the two countries" of a story about two leaders are theirs: the
		// last two countries of office holders, when there are two.
		if !leaders {
			// Two countries named earlier in the same sentence come first
			// ("Japan is the largest investor in the United States, and
			// the two countries traded ...").
			for k := range d.refs {
				r := d.refs[k]
				if r.kind == Country && r.lo >= sentStart && r.hi <= u.lo && !slices.Contains(ids, r.id) {
					ids, kinds = append(ids, r.id), append(kinds, Country)
				}
			}
			if len(ids) != 2 {
				ids, kinds = ids[:0], kinds[:0]
			}
		}
		// "Xi said the two countries ...": the speaker's country and the
		// other country the article has spoken of most (Brazil in a story
		// of Lula's visit, not Russia named once on the way).
		if !leaders && len(ids) == 0 {
			if c1, c2 := d.speakerPair(u, sentStart); c2 != "" {
				ids, kinds = append(ids, c1, c2), append(kinds, Country, Country)
			}
		}
		if !leaders && len(ids) == 0 {
			for k := len(d.refs) - 1; k >= 0 && len(ids) < 2; k-- {
				r := d.refs[k]
				if r.hi > u.lo || r.kind != Person || r.dependent {
					continue
				}
				if c := d.personCountry(r); c != "" && !slices.Contains(ids, c) {
					ids, kinds = append(ids, c), append(kinds, Country)
				}
			}
			if len(ids) < 2 {
				ids, kinds = ids[:0], kinds[:0]
			}
		}
		for k := len(d.refs) - 1; k >= 0 && len(ids) < want; k-- {
			r := d.refs[k]
			if r.hi > u.lo || r.dependent || with && r.lo >= sentStart {
				continue
			}
			id, kind := r.id, r.kind
			switch {
			case leaders && ministers && (r.kind != Person || d.personCountry(r) == ""):
				continue
			case leaders && !ministers && (r.kind != Person || !d.isLeader(r)):
				continue
			case !leaders && r.kind == Person:
				id, kind = d.personCountry(r), Country
			case !leaders && r.kind == City:
				// "Beijing and Paris marked ...": a capital not used as a
				// place stands for its state.
				c, ok := d.capitalState(r)
				if !ok {
					continue
				}
				id, kind = c, Country
			case !leaders && r.kind != Country:
				continue
			}
			if id != "" && !slices.Contains(ids, id) {
				ids, kinds = append(ids, id), append(kinds, kind)
			}
		}
		if len(ids) < want {
			continue
		}
		for k := want - 1; k >= 0; k-- {
			found = append(found, ref{lo: u.lo, hi: u.hi, id: ids[k], kind: kinds[k], partial: true, clitic: u.clitic})
		}
	}
	d.refs = append(d.refs, found...)
	return len(found) > 0
}

// behalfOf reports a person named at lo as the sender of a letter or the
// head of a regime: "a letter from King Charles III", "رسالة خطية من
// الملك", "نظام بشار الأسد", "the Assad regime" is not Assad.
func (d *doc) behalfOf(lo int) bool {
	if lo >= 1 && (d.toks[lo-1].norm == "نظام" || d.toks[lo-1].norm == "regime") {
		return true
	}
	for k := lo - 1; k >= 1 && k >= lo-3; k-- {
		if n := d.toks[k].norm; n == "from" || n == "من" {
			p := d.toks[k-1].norm
			return letterWords[p] || k >= 2 && letterWords[d.toks[k-2].norm]
		}
	}
	return false
}

// letterWords are what a leader sends.
var letterWords = map[string]bool{"letter": true, "message": true, "رساله": true, "خطيه": true, "برساله": true}

// kingdoms and sultanates are the countries "المملكة" and "السلطنة" stand
// for once named.
var kingdoms = map[string]string{
	"SA": "kingdom", "JO": "kingdom", "MA": "kingdom", "BH": "kingdom", "GB": "kingdom", "ES": "kingdom",
	"NL": "kingdom", "BE": "kingdom", "SE": "kingdom", "NO": "kingdom", "DK": "kingdom", "TH": "kingdom",
	"KH": "kingdom", "BT": "kingdom", "LS": "kingdom", "SZ": "kingdom", "TO": "kingdom",
	"OM": "sultanate", "BN": "sultanate",
}

// kingdomRef resolves "المملكة", "the kingdom": the last kingdom named before
// it (an adjective or an office holder's country counts), else the
// dateline's country when that is a kingdom.
func (d *doc) kingdomRef(u unit) (ref, bool) {
	kind := "kingdom"
	if n := d.toks[u.hi-1].norm; n == "السلطنه" || n == "sultanate" {
		kind = "sultanate"
	}
	return d.lastCountryRef(u, func(c string) bool { return kingdoms[c] == kind })
}

// lastCountryRef resolves the one-country anaphor u to the country named
// last before it (a person standing for his office's country) that ok
// accepts, else to the dateline's country when ok accepts it.
func (d *doc) lastCountryRef(u unit, ok func(string) bool) (ref, bool) {
	id := ""
	for k := len(d.refs) - 1; k >= 0 && id == ""; k-- {
		r := d.refs[k]
		if r.hi > u.lo {
			continue
		}
		c := r.id
		if r.kind == Person {
			c = d.personCountry(r)
		} else if r.kind != Country {
			continue
		}
		if ok(c) {
			id = c
		}
	}
	if id == "" && ok(d.dateline) {
		id = d.dateline
	}
	if id == "" {
		return ref{}, false
	}
	return ref{lo: u.lo, hi: u.hi, id: id, kind: Country, partial: true, clitic: u.clitic}, true
}

// speakerPair finds, for a pair anaphor u, the country of the one person
// named before it in its sentence and the other country mentioned most
// before u in the article (countries, their adjectives and office holders
// all count; ties go to the latest).
func (d *doc) speakerPair(u unit, sentStart int) (string, string) {
	// The speaker: the one person of the sentence before u.
	c1, persons := "", 0
	for k := len(d.refs) - 1; k >= 0; k-- {
		if r := d.refs[k]; r.hi <= u.lo && r.lo >= sentStart && r.kind == Person && !r.dependent {
			c1 = d.personCountry(r)
			persons++
		}
	}
	if c1 == "" || persons != 1 {
		return "", ""
	}
	count := map[string]int{}
	best := ""
	for _, r := range d.refs {
		if r.hi > u.lo {
			break
		}
		c := ""
		switch r.kind {
		case Country:
			c = r.id
		case Person:
			c = d.personCountry(r)
		}
		if c == "" {
			continue
		}
		count[c]++
		if c != c1 && (best == "" || count[c] >= count[best]) {
			best = c
		}
	}
	// Only a clear favourite, at least twice named, and a speaker who is
	// one of the story's two main countries, not a third party ("Orban
	// said Budapest was ready if both sides ...").
	if count[best] < 2 {
		return "", ""
	}
	for c, n := range count {
		if c != c1 && c != best && n > count[c1] {
			return "", ""
		}
	}
	return c1, best
}

// regionOrgs names the organisation whose members a regional adjective
// fits, by a fragment of the adjective's normalised form.
var regionOrgs = []struct{ part, org string }{
	{"خليج", "GCC"}, {"gulf", "GCC"},
	{"عرب", "ARAB-LEAGUE"}, {"arab", "ARAB-LEAGUE"},
	{"فريق", "AFRICAN-UNION"}, {"african", "AFRICAN-UNION"},
	{"اوروب", "EU"}, {"european", "EU"},
	{"southeast", "ASEAN"},
}

// regionStateRef resolves "الدولة الخليجية", "the African nation": the
// country named last (or the country of the person named last) that
// belongs to the region's organisation, else the dateline's.
func (d *doc) regionStateRef(u unit) (ref, bool) {
	org := ""
	for k := u.lo; k < u.hi && org == ""; k++ {
		for _, ro := range regionOrgs {
			if strings.Contains(d.toks[k].norm, ro.part) {
				org = ro.org
				break
			}
		}
	}
	if org == "" {
		return ref{}, false
	}
	return d.lastCountryRef(u, func(c string) bool {
		return slices.ContainsFunc(d.g.members[org], func(m Membership) bool { return m.Member == c })
	})
}

// hisCountryRef resolves "بلاده", "his country": the country of the person
// named last before it in its sentence.
func (d *doc) hisCountryRef(u unit) (ref, bool) {
	lo := 0
	if si := d.sentenceOf(u.lo); si >= 0 {
		lo = d.sents[si].lo
	}
	for k := len(d.refs) - 1; k >= 0; k-- {
		r := d.refs[k]
		if r.hi > u.lo || r.lo < lo || r.kind != Person || r.dependent {
			continue
		}
		if c := d.personCountry(r); c != "" {
			return ref{lo: u.lo, hi: u.hi, id: c, kind: Country, partial: true, clitic: u.clitic}, true
		}
		break
	}
	return ref{}, false
}

// titleForNames gives the persons named right after a dual or plural title
// ("الرئيسين X وY", "the two presidents, X and Y") the office it states, and
// reports whether any was named.
func (d *doc) titleForNames(u unit) bool {
	role := ""
	switch strings.TrimPrefix(d.toks[u.hi-1].norm, "ال") {
	case "رئيسين", "رئيسان", "presidents":
		role = "president"
	}
	found := false
	last := u.hi
	for k := range d.refs {
		r := &d.refs[k]
		if r.kind != Person || r.lo < u.hi || r.lo-last > 1 {
			continue
		}
		found, last = true, r.hi
		rl := role
		if rl == "" {
			if o, ok := d.g.officeOn(r.id, d.a.Published); ok {
				rl = o.role
			}
		}
		if o, ok := d.g.officeWithRole(r.id, rl, d.a.Published); ok && r.role == "" {
			r.role, r.of, r.fromTitle, r.named = o.role, o.of, true, true
		}
	}
	return found
}

// groupSize reads the number of "the four leaders", "القادة الأربعة".
func groupSize(w string) int {
	switch w {
	case "three", "الثلاثه":
		return 3
	case "four", "الاربعه":
		return 4
	case "five", "الخمسه", "الخمس":
		return 5
	case "six", "السته", "الست":
		return 6
	case "الثلاث":
		return 3
	case "الاربع":
		return 4
	}
	return 2
}

// leaderRoles are the offices whose holders "the two leaders" can mean.
var leaderRoles = map[string]bool{"president": true, "prime-minister": true, "chancellor": true, "king": true, "emir": true, "sultan": true, "supreme-leader": true, "crown-prince": true}

// isLeader reports a person who heads a state or government on the
// article's date, by the office the text states or the gazetteer's.
func (d *doc) isLeader(r ref) bool {
	if r.role != "" {
		return leaderRoles[r.role] && d.g.entities[r.of].kind == Country
	}
	o, ok := d.g.officeOn(r.id, d.a.Published)
	return ok && leaderRoles[o.role] && d.g.entities[o.of].kind == Country
}

// genericHeads are anaphor nouns that fit any organisation.
var genericHeads = map[string]bool{"bloc": true, "grouping": true, "تكتل": true}

// anaphorOrg resolves "the group", "المنظمة": the organisation named last
// whose own names use the same noun ("the group" is the G20, not the African
// Union); "the bloc" fits any.
func (d *doc) anaphorOrg(u unit) *ref {
	// "للاتحاد", "والمنظمة": the noun without its proclitics.
	n := d.toks[u.hi-1].norm
	if u.hi-1 == u.lo && u.clitic != "" {
		n = strings.TrimPrefix(n, u.clitic)
	}
	head := strings.TrimPrefix(n, "ال")
	// The organisation the article speaks of most so far, the latest
	// on a tie: "المنظمة" after a passing mention of another one is
	// still the article's organisation.
	count := map[string]int{}
	var best *ref
	for i := range d.refs {
		r := &d.refs[i]
		if r.kind != Organization || r.hi > u.lo || !(genericHeads[head] || d.g.orgWords[r.id][head]) {
			continue
		}
		count[r.id]++
		if best == nil || count[r.id] >= count[best.id] {
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
	if d.hasMark(k, mDet) {
		k--
	}
	// "in the city of Kazan", "في مدينة جدة": the place noun stands
	// between the preposition and the name.
	if k >= 1 {
		switch d.toks[k].norm {
		case "of":
			if k >= 2 && d.toks[k-1].norm == "city" {
				k -= 2
				// "in the southern city of", "in the Amazon city of"
				for n := 0; n < 2 && k >= 0 && !d.hasMark(k, mDet) && !d.hasMark(k, mLoc|mTo); n++ {
					k--
				}
				if d.hasMark(k, mDet) {
					k--
				}
			}
		case "مدينه", "المدينه", "بمدينه", "ومدينه", "العاصمه", "بالعاصمه":
			if strings.HasPrefix(d.toks[k].norm, "ب") {
				return "loc"
			}
			k--
		case "capital":
			// "in the capital Bandar Seri Begawan"
			k--
			if d.hasMark(k, mDet) {
				k--
			}
		}
	}
	if k >= 0 && d.marks[k] != 0 {
		for _, c := range [...]struct {
			m    markSet
			name string
		}{{mLoc, "loc"}, {mTo, "to"}, {mWith, "with"}, {mOf, "of"}, {mWithin, "within"}} {
			if d.hasMark(k, c.m) {
				return c.name
			}
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

// possessiveTitle reports an Arabic title word that carries a pronoun
// for the state named before it: "خارجيتها", "خارجيته".
func possessiveTitle(n string) bool {
	return strings.HasSuffix(n, "تها") || strings.HasSuffix(n, "ته")
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
	case i+1 < len(d.units) && d.units[i+1].lo == u.hi+1 && stateNouns[d.toks[u.hi].norm] && d.isPlaceOrOrg(d.units[i+1]) && d.toks[u.hi-1].punctAfter == 0:
		// "أمير دولة قطر", "رئيس جمهورية مصر": a state noun between.
		ofIdx = i + 1
	case i > 0 && d.contiguous(i-1, i) && d.isPlaceOrOrg(d.units[i-1]) && (d.toks[u.lo].script == scriptLatin || possessiveTitle(d.toks[u.hi-1].norm)):
		// English order: country then title (in Arabic the adjective
		// follows: "والتقى السوداني وزير الخارجية" is Sudani meeting a
		// minister; but "ومثل الهند وزير خارجيتها" names its own).
		ofIdx = i - 1
		start = d.units[i-1].lo
	case d.contiguous(i, i+1) && d.unitHas(d.units[i+1], mOf):
		j := i + 2
		if j < len(d.units) && d.unitHas(d.units[j], mDet) && d.contiguous(i+1, j) {
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
	dependent := d.hasMark(start-1, mDependent) ||
		(d.hasMark(start-1, mDet) && d.hasMark(start-2, mTo) && d.hasMark(start-3, mDependent)) ||
		(d.hasMark(start-1, mTo) && d.hasMark(start-2, mDependent))
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
	// "its foreign minister, Subrahmanyam Jaishankar": an apposition
	// may take a comma.
	if (d.contiguous(next-1, next) || d.apposition(next-1, next)) && d.isPerson(next) && !dependent {
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
	counterpart := role == "counterpart"
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
			} else {
				// "ولي العهد رئيس مجلس الوزراء الأمير محمد بن سلمان": the
				// word before the name is an honorific; the office is one
				// of the titles stacked before it.
				for k := i - 1; k >= 0 && d.contiguous(k, k+1) && d.units[k].title != "" && d.units[k].entity == nil; k-- {
					if o, ok := d.g.officeWithRole(named, d.units[k].title, pub); ok {
						role, ofID, start = o.role, o.of, d.units[k].lo
						break
					}
				}
			}
		}
		// "نظيرته الألمانية أنالينا بيربوك" after a president: the named
		// counterpart holds her own office of that country.
		if counterpart && ofID != "" && !d.g.mayHold(named, role, ofID) {
			if p := d.g.persons[named]; p != nil {
				for _, o := range p.offices {
					if o.of == ofID {
						role = o.role
						break
					}
				}
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
		// "استقبال الأمير", "the president said": a definite bare title
		// is the holder of that office named last.
		// "الرئيس السابق" is not the president named last.
		if named == "" && !dependent && d.definiteTitle(u) && !(u.hi < len(d.toks) && d.hasMark(u.hi, mFormer)) {
			if id, o, ok := d.titleAnaphor(i, role); ok {
				d.addRef(ref{lo: start, hi: end, id: id, kind: Person, role: o.role, of: o.of, partial: true, clitic: u.clitic})
			}
		}
		return
	}
	// "a former Dutch prime minister", "رئيس الوزراء الكيني الأسبق": not
	// whoever holds the office now.
	if d.hasMark(start-1, mFormer) || d.hasMark(u.lo-1, mFormer) || end < len(d.toks) && d.hasMark(end, mFormer) {
		return
	}
	if h := d.g.holderOn(role, ofID, pub); h != "" {
		d.addRef(ref{lo: start, hi: end, id: h, kind: Person, role: role, of: ofID, fromTitle: true, dependent: dependent, clitic: u.clitic})
	}
}

// companyOf reports a country adjective that gives a company's nationality:
// "شركة سيمنز الألمانية", "الشركة الصينية", "German company Siemens",
// "a Chinese energy firm". Such a country is no party to what the company
// signs or trades.
func (d *doc) companyOf(r ref) bool {
	if d.toks[r.lo].script == scriptArabic {
		for k := r.lo - 1; k >= 0 && k >= r.lo-3; k-- {
			if companyWords[d.toks[k].norm] {
				return true
			}
			if d.toks[k].punctAfter != 0 {
				return false
			}
		}
		return false
	}
	for k := r.hi; k < len(d.toks) && k < r.hi+2; k++ {
		if companyWords[d.toks[k].norm] {
			return true
		}
		if d.toks[k].punctAfter != 0 {
			return false
		}
	}
	return false
}

// delegationWords name a delegation.
var delegationWords = map[string]bool{"delegation": true, "وفد": true, "الوفد": true, "وفدا": true, "ممثلا": true, "ممثله": true}

// leadingTitle is the office a name's first word names on its own, as
// "King" in "King Abdullah II", or "".
func (d *doc) leadingTitle(u unit) string {
	if u.hi-u.lo < 2 {
		return ""
	}
	var buf [4]candidate
	for _, e := range d.g.longestUpTo(d.toks, u.lo, u.lo+1, buf[:0]).entries {
		if e.kind == eTitle {
			return e.id
		}
	}
	return ""
}

// stateNouns may stand between an Arabic title and its country.
var stateNouns = map[string]bool{"دوله": true, "جمهوريه": true, "مملكه": true, "سلطنه": true, "اماره": true, "الاداره": true}

// capitalState is the country a capital stands for when the text uses it
// as its government ("Moscow and Beijing agreed"), not as a place or a
// dateline.
func (d *doc) capitalState(r ref) (string, bool) {
	if r.kind != City || r.prep == "loc" || r.prep == "to" || r.prep == "dateline" {
		return "", false
	}
	info := d.g.entities[r.id]
	return info.country, info.capital
}

// definiteTitle reports a title with its article: "الأمير", "the emir".
func (d *doc) definiteTitle(u unit) bool {
	if d.toks[u.lo].script == scriptArabic {
		return strings.HasPrefix(strings.TrimPrefix(d.toks[u.lo].norm, u.clitic), "ال")
	}
	return u.lo > 0 && d.toks[u.lo-1].norm == "the"
}

// unitPerson is the person a unit names: in full, or by a surname of a
// person the article names in full; "" otherwise.
func (d *doc) unitPerson(u unit) string {
	switch {
	case u.entity != nil && u.entity.ekind == Person:
		return u.entity.id
	case u.partials != nil:
		return pickPartial(u, d.full)
	}
	return ""
}

// titleAnaphor finds, before unit i, the nearest person who holds role on
// the publication date.
func (d *doc) titleAnaphor(i int, role string) (string, office, bool) {
	for k := i - 1; k >= 0; k-- {
		u := d.units[k]
		id := d.unitPerson(u)
		if id == "" {
			continue
		}
		if o, ok := d.g.officeOn(id, d.a.Published); ok && o.role == role {
			return id, o, true
		}
	}
	return "", office{}, false
}

// anchorRole is the office role of the nearest person before token pos,
// which "his counterpart" mirrors.
func (d *doc) anchorRole(pos int) string {
	// The nearest person before pos: an office phrase already resolved,
	// or a name (full or surname) not yet turned into a reference.
	bestAt, role := -1, ""
	for k := len(d.refs) - 1; k >= 0; k-- {
		r := d.refs[k]
		if r.kind != Person || r.lo >= pos || d.inRelative(r.lo, pos) {
			continue
		}
		if r.role != "" {
			bestAt, role = r.lo, r.role
		} else if o, ok := d.g.officeOn(r.id, d.a.Published); ok {
			bestAt, role = r.lo, o.role
		}
		break
	}
	for i := len(d.units) - 1; i >= 0; i-- {
		u := d.units[i]
		if u.lo >= pos {
			continue
		}
		if u.lo <= bestAt {
			break
		}
		id := d.unitPerson(u)
		if id == "" || d.inRelative(u.lo, pos) {
			continue
		}
		if o, ok := d.g.officeOn(id, d.a.Published); ok {
			return o.role
		}
		break
	}
	return role
}

// inRelative reports a token at p inside a relative clause closed before
// pos: "Anand, who accompanied Carney, met her counterpart" mirrors Anand.
func (d *doc) inRelative(p, pos int) bool {
	closed := false
	for k := p; k < pos && k < len(d.toks); k++ {
		if d.toks[k].punctAfter == ',' {
			closed = true
			break
		}
	}
	if !closed {
		return false
	}
	for k := p - 1; k >= 1 && k >= p-8; k-- {
		if d.toks[k].punctAfter != 0 && d.toks[k].punctAfter != ',' {
			return false
		}
		if d.toks[k-1].punctAfter == ',' && (d.toks[k].norm == "who" || d.toks[k].norm == "which") {
			return true
		}
		if d.toks[k].punctAfter == ',' {
			return false
		}
	}
	return false
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

// holdsOn reports whether the gazetteer records person in role of of on d.
func (g *Gazetteer) holdsOn(person, role, of string, d Date) bool {
	p := g.persons[person]
	if p == nil {
		return false
	}
	for _, o := range p.offices {
		if o.role == role && o.of == of && !d.Before(o.from) && (o.to.IsZero() || d.Before(o.to)) {
			return true
		}
	}
	return false
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
	return Span{Text: d.slice(s, e), Start: s, End: e}
}

func (d *doc) entities(rels []Relation) []Entity {
	// Entities live in one slice in id order; all their mentions share one
	// backing array, cut per entity once counted. Ids are numbered as
	// first seen, through a map the doc keeps, and then ranked, so that
	// the large Entity values are written once and never moved by a sort.
	if d.entK == nil {
		d.entK = map[string]int32{}
	}
	clear(d.entK)
	ids, counts := d.entIDs[:0], d.entCounts[:0]
	add := func(id string) int32 {
		k, ok := d.entK[id]
		if !ok {
			k = int32(len(ids))
			d.entK[id] = k
			ids, counts = append(ids, id), append(counts, 0)
		}
		return k
	}
	refK := resize(d.entRefK, len(d.refs))
	for i, r := range d.refs {
		refK[i] = add(r.id)
		counts[refK[i]]++
	}
	for _, rel := range rels {
		add(rel.Source)
		add(rel.Target)
	}
	order := resize(d.entOrder, len(ids))
	for k := range order {
		order[k] = int32(k)
	}
	slices.SortFunc(order, func(a, b int32) int { return strings.Compare(ids[a], ids[b]) })
	rank := resize(d.entRank, len(ids))
	out := make([]Entity, len(ids))
	spans := make([]Span, len(d.refs))
	off := 0
	for k, old := range order {
		rank[old] = int32(k)
		id := ids[old]
		info := d.g.entities[id]
		out[k] = Entity{ID: id, Kind: info.kind, Name: info.name, NameAr: info.nameAr, Country: info.country,
			Mentions: spans[off : off : off+counts[old]]}
		off += counts[old]
	}
	for i, r := range d.refs {
		sp := d.span(r.lo, r.hi, r.clitic)
		if r.fromTitle {
			s, e := d.toks[r.lo].start, d.toks[r.hi-1].end
			sp = Span{Text: d.slice(s, e), Start: s, End: e}
		}
		e := &out[rank[refK[i]]]
		e.Mentions = append(e.Mentions, sp)
	}
	byPos := func(a, b Span) int { return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End)) }
	for k := range out {
		e := &out[k]
		if !slices.IsSortedFunc(e.Mentions, byPos) {
			slices.SortFunc(e.Mentions, byPos)
		}
		e.Mentions = dedupeSpans(e.Mentions)
	}
	clear(ids)
	d.entIDs, d.entCounts, d.entRefK, d.entOrder, d.entRank = ids[:0], counts[:0], refK, order, rank
	return out
}

// resize returns s with length n and every element zero, reusing its memory
// when it is large enough.
func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// slice is the text of code points [s, e), shared with the article text.
func (d *doc) slice(s, e int) string { return d.text[d.byteAt[s]:d.byteAt[e]] }

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
