package extract

import (
	"embed"
	"fmt"
	"hash/maphash"
	"maps"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

//go:embed data/*.yaml
var dataFS embed.FS

// The gazetteer files under data/, in YAML. Their format is documented in
// data/README.md; they are reviewed data, edited by hand.
type (
	namesAE struct {
		Ar []string `yaml:"ar"`
		En []string `yaml:"en"`
	}
	gazCountry struct {
		ID         string   `yaml:"id"`
		Name       string   `yaml:"name"`
		Ar         []string `yaml:"ar"`
		En         []string `yaml:"en"`
		AdjAr      []string `yaml:"adj_ar"`       // single-word masculine stems, inflected automatically
		AdjArForms []string `yaml:"adj_ar_forms"` // literal forms (plurals, multi-word adjectives)
		AdjEn      []string `yaml:"adj_en"`
		Metonyms   namesAE  `yaml:"metonyms"` // seats of government standing for the state
		Leader     string   `yaml:"leader"`   // role of the country's leader; default president
	}
	gazCity struct {
		ID      string   `yaml:"id"`
		Name    string   `yaml:"name"`
		Country string   `yaml:"country"`
		Capital bool     `yaml:"capital"`
		Ar      []string `yaml:"ar"`
		En      []string `yaml:"en"`
	}
	gazOrg struct {
		ID      string   `yaml:"id"`
		Name    string   `yaml:"name"`
		Ar      []string `yaml:"ar"`
		En      []string `yaml:"en"`
		Members []struct {
			ID     string `yaml:"id"`
			Joined string `yaml:"joined"`
		} `yaml:"members"`
	}
	gazOffice struct {
		Role string `yaml:"role"`
		Of   string `yaml:"of"`
		From string `yaml:"from"`
		To   string `yaml:"to"`
	}
	gazPerson struct {
		ID    string   `yaml:"id"`
		Name  string   `yaml:"name"`
		Ar    []string `yaml:"ar"`
		En    []string `yaml:"en"`
		Short namesAE  `yaml:"short"` // surnames safe to match alone
		// FamilyFirst marks names written family name first (Xi Jinping,
		// Yoon Suk Yeol): the first word, not the last, is the surname.
		FamilyFirst bool        `yaml:"family_first"`
		Offices     []gazOffice `yaml:"offices"`
	}
	gazLexicon struct {
		Titles   map[string]namesAE `yaml:"titles"`
		Triggers map[string]namesAE `yaml:"triggers"`
		Markers  map[string]namesAE `yaml:"markers"`
		Months   []numbered         `yaml:"months"`
		Weekdays []numbered         `yaml:"weekdays"`
		Relative map[string]namesAE `yaml:"relative"`
	}
	numbered struct {
		N  int      `yaml:"n"`
		Ar []string `yaml:"ar"`
		En []string `yaml:"en"`
	}
)

// entryKind says what a gazetteer or lexicon pattern stands for.
type entryKind uint8

const (
	eEntity  entryKind = iota + 1
	ePartial           // a surname that needs the full name elsewhere in the article
	eTitle             // an office word; id is the role
	eTrigger           // a relation trigger; id is its class
	eMarker            // a status, negation or syntax marker; id is its class
	eMonth
	eWeekday
	eRelDate // id names the relative date ("yesterday", "last-year")
)

// markSet is a set of marker classes, one bit each: the classes of
// lexicon.yaml's markers, which the rules refer to by these names.
type markSet uint64

const (
	mAlongside markSet = 1 << iota
	mFormer
	mGroupLeaders
	mGroupCountries
	mGuests
	mWork
	mHisCountry
	mKingdom
	mRegionState
	mBecame
	mDependent
	mDet
	mEffective
	mHypothetical
	mLoc
	mMonthLead
	mNegation
	mOf
	mOrdinal
	mOrgAnaphor
	mPairCountries
	mPairLeaders
	mPlanned
	mPrepFor
	mTo
	mTradeBlock
	mUntil
	mWith
	mWithin
	mLead
	mExcept
)

// markClasses maps the lexicon's marker class names to their bits; a class
// missing here is an error when the gazetteer loads.
var markClasses = map[string]markSet{
	"alongside":       mAlongside,
	"lead":            mLead,
	"except":          mExcept,
	"former":          mFormer,
	"group-leaders":   mGroupLeaders,
	"group-countries": mGroupCountries,
	"guests":          mGuests,
	"work":            mWork,
	"his-country":     mHisCountry,
	"kingdom":         mKingdom,
	"region-state":    mRegionState,
	"became":          mBecame,
	"dependent":       mDependent,
	"det":             mDet,
	"effective":       mEffective,
	"hypothetical":    mHypothetical,
	"loc":             mLoc,
	"month-lead":      mMonthLead,
	"negation":        mNegation,
	"of":              mOf,
	"ordinal":         mOrdinal,
	"org-anaphor":     mOrgAnaphor,
	"pair-countries":  mPairCountries,
	"pair-leaders":    mPairLeaders,
	"planned":         mPlanned,
	"prep-for":        mPrepFor,
	"to":              mTo,
	"trade-block":     mTradeBlock,
	"until":           mUntil,
	"with":            mWith,
	"within":          mWithin,
}

type entry struct {
	kind    entryKind
	id      string
	ekind   Kind
	adj     bool    // a country adjective ("Russian", "الروسية")
	metonym bool    // a seat of government ("the Kremlin")
	future  bool    // a future verb form (Arabic سـ prefix)
	n       int     // month 1-12 or weekday 0-6
	mark    markSet // a marker's class
}

// caseRule constrains the capitalisation of an English pattern token.
type caseRule uint8

const (
	caseAny     caseRule = iota
	caseTitle            // the text token must start upper case
	caseAcronym          // the text token must be all upper case
)

type patEntry struct {
	entry
	cases []caseRule
}

// trieNode is a node of the trie LoadGazetteer builds; freeze packs the
// finished trie into a trie, the form matching reads.
type trieNode struct {
	next    map[string]*trieNode
	entries []patEntry
}

// trie is the token trie of all patterns in a few flat arrays. It holds a
// handful of heap objects instead of tens of thousands, so a garbage
// collection cycle, which must mark everything the gazetteer holds, costs
// little during extraction.
type trie struct {
	// root finds what a text token can start: the patterns it begins as
	// it is or, in Arabic, with proclitics stripped (see readings). It is
	// an open-addressing table of indices into rootKeys (-1: empty),
	// probed from the token's hash. The table, rootKeys and readings hold
	// no pointers, so a garbage collection never scans them.
	root     []int32
	rootKeys []rootKey
	rootSeed maphash.Seed
	keys     string // backing of rootKeys' tokens
	// rootSeen has the bit rootBit(s) set for every key s of root: a
	// clear bit rules a token out without hashing it.
	rootSeen [1 << 12]uint64
	readings []candidate // backing of the root entries' readings
	nodes    []flatNode
	edges    []trieEdge // each node's children, sorted by token
	ents     []patEntry // each node's entries
	cases    []caseRule // backing of the entries' cases
	toks     string     // backing of the edges' tokens
}

// rootEntry is what a token can start: the node of the pattern token it
// equals, or -1, and the readings (trie node and proclitics) of the token
// with Arabic proclitics removed, t.readings[lo:hi], in the order
// Gazetteer.candidates lists them.
type rootEntry struct {
	node   int32
	lo, hi int32
}

// rootKey is one token of the root table with its hash.
type rootKey struct {
	hash     uint64
	off, end int32 // the token: trie.keys[off:end]
	rootEntry
}

type flatNode struct {
	edgeLo, edgeHi, entLo, entHi int32
	caseFree                     bool // no entry has a capitalisation rule
}

type trieEdge struct {
	tok string
	to  int32
}

// child is the node after n on token tok, or -1.
func (t *trie) child(n int32, tok string) int32 {
	es := t.edges[t.nodes[n].edgeLo:t.nodes[n].edgeHi]
	if len(es) > 8 {
		i, ok := slices.BinarySearchFunc(es, tok, func(e trieEdge, s string) int { return strings.Compare(e.tok, s) })
		if !ok {
			return -1
		}
		return es[i].to
	}
	for _, e := range es {
		if e.tok == tok {
			return e.to
		}
	}
	return -1
}

// rootBit hashes a token's length and its first and last two bytes
// to one of 1<<18 bits.
func rootBit(s string) uint32 {
	n := len(s)
	if n == 0 {
		return 0
	}
	h := uint32(n)*0x9E3779B1 ^ uint32(s[0])<<8 ^ uint32(s[n-1])*0x85EBCA77
	if n > 1 {
		h ^= (uint32(s[1])<<16 | uint32(s[n-2])<<24) * 0xC2B2AE3D
	}
	h ^= h >> 15
	h *= 0x2C1B3C6D
	h ^= h >> 13
	return h & (1<<18 - 1)
}

// rootEntry is what token s can start, if anything.
func (t *trie) rootEntry(s string) (rootEntry, bool) {
	b := rootBit(s)
	if t.rootSeen[b/64]&(1<<(b%64)) == 0 {
		return rootEntry{}, false
	}
	h := maphash.String(t.rootSeed, s)
	mask := uint64(len(t.root) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		k := t.root[i]
		if k < 0 {
			return rootEntry{}, false
		}
		if e := &t.rootKeys[k]; e.hash == h && t.keys[e.off:e.end] == s {
			return e.rootEntry, true
		}
	}
}

// proclitics are the Arabic proclitic sequences a pattern's first token
// can follow; a candidate names one by its index.
var proclitics = [...]string{"", "ب", "ك", "ل", "لل", "و", "وب", "وك", "ول", "ولل", "ف", "فب", "فك", "فل", "فلل"}

// cliticReading is one reading of a text token with Arabic proclitics:
// the token (key) and the pattern node its remainder starts.
type cliticReading struct {
	key string
	candidate
}

// cliticReadings lists, for each token in which some pattern's first token
// follows Arabic proclitics, the readings of that token: conjunction (و ف)
// and preposition (ب ك ل) stripped, and the article's fusion with ل (لل ->
// ال), fewest letters stripped first. Every remainder keeps at least two
// letters (four bytes), so that a name that merely begins with one of these
// letters (بكين، لبنان) is not cut. The result is sorted by key, each key's
// readings in that order; the keys share one backing string. Built once,
// it turns the up to ten lookups per Arabic token into one.
func cliticReadings(firsts map[string]int32) []cliticReading {
	// Tokens never mix scripts, so only Arabic pattern tokens can follow
	// a proclitic. Sorted, so that the result is the same on every load.
	var arabic []string
	for first := range firsts {
		if r, _ := utf8.DecodeRuneInString(first); classOf(r) == scriptArabic {
			arabic = append(arabic, first)
		}
	}
	slices.Sort(arabic)
	var buf []byte
	type pending struct {
		off, end int
		candidate
	}
	var ps []pending
	add := func(clitic, rest string, n int32) {
		off := len(buf)
		buf = append(append(buf, clitic...), rest...)
		code := slices.Index(proclitics[:], clitic)
		ps = append(ps, pending{off, len(buf), candidate{node: n, clitic: uint8(code)}})
	}
	const letter = 2 // every proclitic is one Arabic letter, two bytes
	for _, conj := range [...]string{"", "و", "ف"} {
		for _, prep := range [...]string{"", "ب", "ك", "ل"} {
			if conj == "" && prep == "" {
				continue
			}
			clitic := conj + prep
			for _, first := range arabic {
				if len(first) >= 2*letter {
					add(clitic, first, firsts[first])
				}
			}
			if prep != "ل" {
				continue
			}
			// ل + ال fuse to لل: للصين is ل + الصين. The remainder
			// after ل (the pattern token less its alif) must be longer
			// than two letters.
			clitic = conj + "لل"
			for _, first := range arabic {
				if rem, ok := strings.CutPrefix(first, "ا"); ok && strings.HasPrefix(rem, "ل") && len(rem) > 2*letter {
					add(clitic, rem[len("ل"):], firsts[first])
				}
			}
		}
	}
	keys := string(buf)
	out := make([]cliticReading, len(ps))
	for i, p := range ps {
		out[i] = cliticReading{keys[p.off:p.end], p.candidate}
	}
	slices.SortStableFunc(out, func(a, b cliticReading) int { return strings.Compare(a.key, b.key) })
	return out
}

func (t *trie) entries(n int32) []patEntry {
	return t.ents[t.nodes[n].entLo:t.nodes[n].entHi:t.nodes[n].entHi]
}

func (t *trie) hasChildren(n int32) bool { return t.nodes[n].edgeHi > t.nodes[n].edgeLo }

// freeze packs the trie under root, whose children become t.root.
func freeze(root *trieNode) trie {
	var t trie
	var toks strings.Builder
	var ncases int
	var count func(n *trieNode)
	count = func(n *trieNode) {
		for _, e := range n.entries {
			ncases += len(e.cases)
		}
		for _, c := range n.next {
			count(c)
		}
	}
	count(root)
	t.cases = make([]caseRule, 0, ncases) // never regrown: entries slice it
	// Tokens go into one backing string; offsets first, the string last.
	type pending struct {
		edge     int
		off, end int
	}
	var tokRefs []pending
	var add func(n *trieNode) int32
	add = func(n *trieNode) int32 {
		id := int32(len(t.nodes))
		t.nodes = append(t.nodes, flatNode{})
		lo := int32(len(t.ents))
		t.nodes[id].caseFree = true
		for _, e := range n.entries {
			if slices.ContainsFunc(e.cases, func(c caseRule) bool { return c != caseAny }) {
				t.nodes[id].caseFree = false
			}
			from := len(t.cases)
			t.cases = append(t.cases, e.cases...)
			e.cases = t.cases[from:len(t.cases):len(t.cases)]
			t.ents = append(t.ents, e)
		}
		t.nodes[id].entLo, t.nodes[id].entHi = lo, int32(len(t.ents))
		keys := slices.Sorted(maps.Keys(n.next))
		elo := len(t.edges)
		for range keys {
			t.edges = append(t.edges, trieEdge{})
		}
		t.nodes[id].edgeLo, t.nodes[id].edgeHi = int32(elo), int32(len(t.edges))
		for k, key := range keys {
			off := toks.Len()
			toks.WriteString(key)
			tokRefs = append(tokRefs, pending{elo + k, off, toks.Len()})
			t.edges[elo+k].to = add(n.next[key])
		}
		return id
	}
	top := add(root)
	t.toks = toks.String()
	for _, p := range tokRefs {
		t.edges[p.edge].tok = t.toks[p.off:p.end]
	}
	firsts := make(map[string]int32, len(root.next))
	for _, e := range t.edges[t.nodes[top].edgeLo:t.nodes[top].edgeHi] {
		firsts[e.tok] = e.to
	}
	clitics := cliticReadings(firsts)
	entries := make(map[string]rootEntry, len(firsts)+len(clitics))
	for tok, n := range firsts {
		entries[tok] = rootEntry{node: n}
	}
	t.readings = make([]candidate, len(clitics))
	for i, c := range clitics {
		t.readings[i] = c.candidate
		e, ok := entries[c.key]
		switch {
		case !ok:
			e = rootEntry{node: -1, lo: int32(i)}
		case e.hi == 0:
			e.lo = int32(i)
		}
		e.hi = int32(i + 1)
		entries[c.key] = e
	}
	t.packRoot(entries)
	return t
}

// packRoot fills the root table with entries, each token hashed once.
func (t *trie) packRoot(entries map[string]rootEntry) {
	var keys strings.Builder
	toks := slices.Sorted(maps.Keys(entries))
	t.rootKeys = make([]rootKey, len(toks))
	for i, tok := range toks {
		off := keys.Len()
		keys.WriteString(tok)
		t.rootKeys[i] = rootKey{off: int32(off), end: int32(keys.Len()), rootEntry: entries[tok]}
	}
	t.keys = keys.String()
	t.rootSeed = maphash.MakeSeed()
	size := 1
	for size < 2*len(toks) {
		size <<= 1
	}
	t.root = make([]int32, size)
	for i := range t.root {
		t.root[i] = -1
	}
	mask := uint64(size - 1)
	for i, tok := range toks {
		k := &t.rootKeys[i]
		k.hash = maphash.String(t.rootSeed, tok)
		j := k.hash & mask
		for t.root[j] >= 0 {
			j = (j + 1) & mask
		}
		t.root[j] = int32(i)
		b := rootBit(tok)
		t.rootSeen[b/64] |= 1 << (b % 64)
	}
}

type personInfo struct {
	id, name, nameAr string
	offices          []office
}

type office struct {
	role, of string
	from, to Date // to is zero while in office
}

type entityInfo struct {
	kind         Kind
	name, nameAr string
	names        map[string]string // country: CLDR names by language (ar, en, fr, ru, zh, es)
	country      string            // city: its country
	capital      bool
	leader       string // country: its leader's role
}

// Gazetteer is the compiled, read-only name and trigger data an Extractor
// matches against. It is safe for concurrent use.
type Gazetteer struct {
	build    *trieNode // the trie while loading; nil after
	trie     trie
	entities map[string]entityInfo
	persons  map[string]*personInfo
	holders  map[string][]holder        // role|of -> terms, sorted by start
	capitals map[string]string          // country -> capital city id
	orgWords map[string]map[string]bool // organisation -> normalised words of its names
	members  map[string][]Membership    // organisation -> reference members
	patterns int
	surfaces []string // every name as written, for comparisons with other matchers
}

type holder struct {
	person   string
	from, to Date
}

// LoadGazetteer compiles the gazetteer embedded in the binary. It fails only
// when the embedded data is malformed, which the package tests rule out.
func LoadGazetteer() (*Gazetteer, error) {
	g := &Gazetteer{
		build:    &trieNode{},
		entities: map[string]entityInfo{},
		persons:  map[string]*personInfo{},
		holders:  map[string][]holder{},
		capitals: map[string]string{},
		orgWords: map[string]map[string]bool{},
		members:  map[string][]Membership{},
	}
	var (
		countries []gazCountry
		cities    []gazCity
		orgs      []gazOrg
		persons   []gazPerson
		lex       gazLexicon
	)
	for _, f := range []struct {
		name string
		v    any
	}{{"countries.yaml", &countries}, {"cities.yaml", &cities}, {"organizations.yaml", &orgs}, {"persons.yaml", &persons}, {"lexicon.yaml", &lex}} {
		b, err := dataFS.ReadFile("data/" + f.name)
		if err != nil {
			return nil, fmt.Errorf("gazetteer: %w", err)
		}
		if err := yaml.Unmarshal(b, f.v); err != nil {
			return nil, fmt.Errorf("gazetteer %s: %w", f.name, err)
		}
	}
	for _, c := range countries {
		if err := g.addEntity(c.ID, Country, c.Name, c.Ar, c.En); err != nil {
			return nil, err
		}
		info := g.entities[c.ID]
		info.leader = c.Leader
		if info.leader == "" {
			info.leader = "president"
		}
		g.entities[c.ID] = info
		adj := entry{kind: eEntity, id: c.ID, ekind: Country, adj: true}
		for _, s := range c.AdjAr {
			for _, f := range inflectNisba(NormalizeArabic(s)) {
				g.add(f, adj)
			}
		}
		for _, s := range c.AdjArForms {
			g.add(s, adj)
		}
		for _, s := range c.AdjEn {
			g.add(s, adj)
		}
		met := entry{kind: eEntity, id: c.ID, ekind: Country, metonym: true}
		for _, s := range append(append([]string{}, c.Metonyms.Ar...), c.Metonyms.En...) {
			g.add(s, met)
		}
	}
	if err := g.addCLDR(); err != nil {
		return nil, err
	}
	for _, c := range cities {
		if _, ok := g.entities[c.Country]; !ok {
			return nil, fmt.Errorf("gazetteer: city %s: unknown country %q", c.ID, c.Country)
		}
		if err := g.addEntity(c.ID, City, c.Name, c.Ar, c.En); err != nil {
			return nil, err
		}
		info := g.entities[c.ID]
		info.country, info.capital = c.Country, c.Capital
		g.entities[c.ID] = info
		if c.Capital {
			g.capitals[c.Country] = c.ID
		}
	}
	for _, o := range orgs {
		if err := g.addEntity(o.ID, Organization, o.Name, o.Ar, o.En); err != nil {
			return nil, err
		}
		words := map[string]bool{}
		for _, s := range append(append([]string{o.Name}, o.Ar...), o.En...) {
			for _, t := range tokenize(s) {
				words[strings.TrimPrefix(t.norm, "ال")] = true
			}
		}
		g.orgWords[o.ID] = words
	}
	for _, o := range orgs {
		for _, m := range o.Members {
			d, err := ParseDate(m.Joined)
			if err != nil {
				return nil, fmt.Errorf("gazetteer: %s member %s: %w", o.ID, m.ID, err)
			}
			if _, ok := g.entities[m.ID]; !ok {
				return nil, fmt.Errorf("gazetteer: %s member %q is not a known country or organisation", o.ID, m.ID)
			}
			g.members[o.ID] = append(g.members[o.ID], Membership{Member: m.ID, Organization: o.ID, Joined: d})
		}
	}
	for _, p := range persons {
		if err := g.addPerson(p); err != nil {
			return nil, err
		}
	}
	for role, names := range lex.Titles {
		g.addLex(names, entry{kind: eTitle, id: role})
	}
	for class, names := range lex.Triggers {
		g.addLex(names, entry{kind: eTrigger, id: class})
	}
	for _, class := range slices.Sorted(maps.Keys(lex.Markers)) {
		bit, ok := markClasses[class]
		if !ok {
			return nil, fmt.Errorf("lexicon: marker class %q is unknown to the rules (extract/gazetteer.go markClasses)", class)
		}
		names := lex.Markers[class]
		for _, s := range names.Ar {
			g.add(s, entry{kind: eMarker, id: class, mark: bit})
		}
		for _, s := range names.En {
			g.add(s, entry{kind: eMarker, id: class, mark: bit})
		}
	}
	for _, m := range lex.Months {
		g.addNumbered(m, eMonth)
	}
	for _, w := range lex.Weekdays {
		g.addNumbered(w, eWeekday)
	}
	for id, names := range lex.Relative {
		for _, s := range append(append([]string{}, names.Ar...), names.En...) {
			g.add(s, entry{kind: eRelDate, id: id})
		}
	}
	for k := range g.holders {
		sort.Slice(g.holders[k], func(i, j int) bool { return g.holders[k][i].from.Before(g.holders[k][j].from) })
	}
	g.trie, g.build = freeze(g.build), nil
	return g, nil
}

func (g *Gazetteer) addNumbered(m numbered, k entryKind) {
	for _, s := range append(append([]string{}, m.Ar...), m.En...) {
		g.add(s, entry{kind: k, n: m.N})
	}
}

// addLex adds trigger or title words; Arabic words get their generated
// variants (pronoun suffixes on nouns, the future prefix on verbs).
func (g *Gazetteer) addLex(names namesAE, e entry) {
	for _, s := range names.Ar {
		g.add(s, e)
		toks := tokenize(s)
		if len(toks) != 1 {
			continue
		}
		w := toks[0].norm
		for _, v := range arabicVariants(w) {
			g.add(v, e)
		}
		if fut, ok := futureForm(w); ok {
			f := e
			f.future = true
			g.add(fut, f)
		}
	}
	for _, s := range names.En {
		g.add(s, e)
	}
}

// cldrLanguages are the languages whose CLDR country names the gazetteer
// keeps; Arabic and English are also matched.
var cldrLanguages = []string{"ar", "en", "fr", "ru", "zh", "es"}

// notCountries are CLDR regions that are no ISO 3166-1 country: groupings
// (EU, EZ, UN), exceptionally reserved codes (AC, CP, DG, EA, IC, TA) and
// unknown or private-use ones.
var notCountries = map[string]bool{"EU": true, "EZ": true, "UN": true, "QO": true, "AC": true, "CP": true, "CQ": true, "DG": true, "EA": true, "IC": true, "TA": true, "XA": true, "XB": true, "ZZ": true}

// addCLDR adds every current ISO 3166-1 country with its CLDR names: new
// countries get an entry, known ones gain the CLDR names as aliases. Names
// listed in data/cldr.yaml are not matched. The result does not depend on
// the map order: codes are visited in order.
func (g *Gazetteer) addCLDR() error {
	b, err := dataFS.ReadFile("data/cldr.yaml")
	if err != nil {
		return fmt.Errorf("gazetteer: %w", err)
	}
	var conf struct {
		Skip map[string]map[string]string `yaml:"skip"`
	}
	if err := yaml.Unmarshal(b, &conf); err != nil {
		return fmt.Errorf("gazetteer cldr.yaml: %w", err)
	}
	namers := make([]display.Namer, len(cldrLanguages))
	for i, l := range cldrLanguages {
		namers[i] = display.Regions(language.MustParse(l))
	}
	for a := 'A'; a <= 'Z'; a++ {
		for c := 'A'; c <= 'Z'; c++ {
			code := string([]rune{a, c})
			r, err := language.ParseRegion(code)
			if err != nil || !r.IsCountry() || r.Canonicalize() != r || r.String() != code || r.ISO3() == "" || notCountries[code] {
				continue // not a current ISO 3166-1 country
			}
			names := map[string]string{}
			for i, l := range cldrLanguages {
				if n := namers[i].Name(r); n != "" {
					names[l] = n
				}
			}
			info, known := g.entities[code]
			if !known && names["en"] == "" {
				continue // a dissolved country CLDR no longer names (AN)
			}
			if !known {
				if err := g.addEntity(code, Country, names["en"], nil, nil); err != nil {
					return err
				}
				info = g.entities[code]
				info.nameAr, info.leader = names["ar"], "president"
			}
			info.names = names
			g.entities[code] = info
			e := entry{kind: eEntity, id: code, ekind: Country}
			for _, l := range []string{"ar", "en"} {
				if _, skip := conf.Skip[code][l]; !skip && names[l] != "" {
					g.add(names[l], e)
				}
			}
		}
	}
	return nil
}

// Membership is a reference fact of the gazetteer: a member of an
// organisation and when it joined.
type Membership struct {
	Member       string
	Organization string
	Joined       Date
}

// Members returns the reference members of an organisation, in the order
// the gazetteer lists them, or nil when it lists none.
func (g *Gazetteer) Members(org string) []Membership { return g.members[org] }

// Names returns the CLDR names of a country by language code (ar, en, fr,
// ru, zh, es), or nil for an id that is not a country.
func (g *Gazetteer) Names(id string) map[string]string { return g.entities[id].names }

// arabicVariants gives a word's forms with attached pronouns: زيارة ->
// زيارته، زيارتها، زيارتهما، زيارتهم; تستضيف -> تستضيفها. Normalised input
// and output.
func arabicVariants(w string) []string {
	stem := w
	if strings.HasPrefix(w, "ال") {
		return nil // a definite noun takes no pronoun
	}
	if strings.HasSuffix(w, "ه") {
		stem = strings.TrimSuffix(w, "ه") + "ت"
	}
	var out []string
	for _, suf := range []string{"ه", "ها", "هما", "هم"} {
		out = append(out, stem+suf)
	}
	return out
}

// futureForm gives سيزور for يزور: the future prefix on an imperfect verb.
func futureForm(w string) (string, bool) {
	r := []rune(w)
	if len(r) >= 3 && (r[0] == 'ي' || r[0] == 'ت' || r[0] == 'ن') {
		return "س" + w, true
	}
	return "", false
}

// inflectNisba gives the forms of a country adjective from its masculine
// stem: روسي -> روسي، روسيه، روسيين، روسيون، روسيان، روسيتين and each with ال.
func inflectNisba(stem string) []string {
	var out []string
	for _, suf := range []string{"", "ه", "ين", "ون", "ان", "تين", "تان"} {
		out = append(out, stem+suf, "ال"+stem+suf)
	}
	return out
}

func (g *Gazetteer) addEntity(id string, k Kind, name string, ar, en []string) error {
	if id == "" || name == "" {
		return fmt.Errorf("gazetteer: %s entry needs id and name (id %q, name %q)", k, id, name)
	}
	if _, dup := g.entities[id]; dup {
		return fmt.Errorf("gazetteer: duplicate id %q", id)
	}
	info := entityInfo{kind: k, name: name}
	if len(ar) > 0 {
		info.nameAr = ar[0]
	}
	g.entities[id] = info
	e := entry{kind: eEntity, id: id, ekind: k}
	g.add(name, e)
	for _, s := range append(append([]string{}, ar...), en...) {
		g.add(s, e)
	}
	return nil
}

func (g *Gazetteer) addPerson(p gazPerson) error {
	if err := g.addEntity(p.ID, Person, p.Name, p.Ar, p.En); err != nil {
		return err
	}
	pi := &personInfo{id: p.ID, name: p.Name, nameAr: g.entities[p.ID].nameAr}
	for _, o := range p.Offices {
		from, err := ParseDate(o.From)
		if err != nil {
			return fmt.Errorf("gazetteer: person %s: %w", p.ID, err)
		}
		to, err := ParseDate(o.To)
		if err != nil {
			return fmt.Errorf("gazetteer: person %s: %w", p.ID, err)
		}
		if _, ok := g.entities[o.Of]; !ok && o.Of != "" {
			return fmt.Errorf("gazetteer: person %s: office of unknown entity %q", p.ID, o.Of)
		}
		pi.offices = append(pi.offices, office{role: o.Role, of: o.Of, from: from, to: to})
		key := o.Role + "|" + o.Of
		g.holders[key] = append(g.holders[key], holder{person: p.ID, from: from, to: to})
	}
	g.persons[p.ID] = pi
	short := entry{kind: eEntity, id: p.ID, ekind: Person}
	for _, s := range append(append([]string{}, p.Short.Ar...), p.Short.En...) {
		g.add(s, short)
	}
	// Every surname is a partial mention, kept only when the article also
	// names the person in full.
	partial := entry{kind: ePartial, id: p.ID, ekind: Person}
	for _, s := range append(append([]string{p.Name}, p.Ar...), p.En...) {
		toks := tokenize(s)
		switch {
		case len(toks) < 2:
		case p.FamilyFirst:
			g.add(s[:byteOffset(s, toks[0].end)], partial)
		case regnalOrdinals[toks[len(toks)-1].norm]:
			// "الملك عبد الله الثاني", "King Abdullah II": the regnal name
			// without title and ordinal ("الملك عبد الله" later on).
			lo := 0
			if royalTitles[toks[0].norm] {
				lo = 1
			}
			if lo < len(toks)-1 {
				g.add(s[byteOffset(s, toks[lo].start):byteOffset(s, toks[len(toks)-2].end)], partial)
			}
		case len(toks) >= 3 && (toks[len(toks)-2].norm == "ال" || toks[len(toks)-2].norm == "al"):
			// "تميم بن حمد آل ثاني": the family is "آل ثاني", never "ثاني"
			// (second) alone.
			g.add(s[byteOffset(s, toks[len(toks)-2].start):], partial)
		default:
			g.add(s[byteOffset(s, toks[len(toks)-1].start):], partial)
		}
		// "تميم بن حمد": "الشيخ تميم", "Sheikh Tamim" once the article
		// has named him in full.
		if len(toks) >= 3 && (toks[1].norm == "بن" || toks[1].norm == "bin") {
			first := s[:byteOffset(s, toks[0].end)]
			if toks[0].script == scriptArabic {
				for _, h := range []string{"الشيخ", "الأمير", "الملك", "السلطان"} {
					g.add(h+" "+first, partial)
				}
			} else {
				for _, h := range []string{"Sheikh", "Prince", "King", "Sultan", "Emir"} {
					g.add(h+" "+first, partial)
				}
			}
		}
	}
	return nil
}

// regnalOrdinals end a monarch's name; royalTitles may start it.
var (
	regnalOrdinals = map[string]bool{"الثاني": true, "الثالث": true, "الرابع": true, "الخامس": true, "السادس": true, "السابع": true, "ii": true, "iii": true, "iv": true, "v": true, "vi": true, "vii": true}
	royalTitles    = map[string]bool{"الملك": true, "السلطان": true, "الامير": true, "king": true, "sultan": true, "emir": true, "prince": true}
)

func byteOffset(s string, cp int) int {
	i := 0
	for b := range s {
		if i == cp {
			return b
		}
		i++
	}
	return len(s)
}

// add inserts the pattern s (raw text, tokenised like articles) for e.
func (g *Gazetteer) add(s string, e entry) {
	toks := tokenize(s)
	if len(toks) == 0 {
		return
	}
	n := g.build
	cases := make([]caseRule, len(toks))
	for i, t := range toks {
		if n.next == nil {
			n.next = map[string]*trieNode{}
		}
		c := n.next[t.norm]
		if c == nil {
			c = &trieNode{}
			n.next[t.norm] = c
		}
		n = c
		if t.script == scriptLatin {
			switch {
			case t.allUpper && t.end-t.start <= 3 && t.end-t.start >= 2:
				cases[i] = caseAcronym
			case t.upper:
				cases[i] = caseTitle
			}
		}
	}
	for _, pe := range n.entries {
		if pe.entry == e {
			return
		}
	}
	n.entries = append(n.entries, patEntry{entry: e, cases: cases})
	g.patterns++
	g.surfaces = append(g.surfaces, s)
}

// Patterns reports how many patterns the gazetteer holds.
func (g *Gazetteer) Patterns() int { return g.patterns }

// holderOn returns who held role of entity "of" on date d, or "" when the
// gazetteer does not know. With no date, the latest holder is taken.
func (g *Gazetteer) holderOn(role, of string, d Date) string {
	hs := g.holders[role+"|"+of]
	if d.IsZero() {
		if len(hs) == 0 {
			return ""
		}
		return hs[len(hs)-1].person
	}
	for i := len(hs) - 1; i >= 0; i-- {
		h := hs[i]
		if !d.Before(h.from) && (h.to.IsZero() || d.Before(h.to) || d == h.to) {
			return h.person
		}
	}
	return ""
}

// officeOn returns the first office person held on d (any office when d is
// zero, preferring one still held).
func (g *Gazetteer) officeOn(person string, d Date) (office, bool) {
	p := g.persons[person]
	if p == nil {
		return office{}, false
	}
	var best office
	found := false
	for _, o := range p.offices {
		if d.IsZero() {
			if o.to.IsZero() || !found {
				best, found = o, true
			}
			continue
		}
		if !d.Before(o.from) && (o.to.IsZero() || d.Before(o.to)) {
			if !found || rolePriority(o.role) < rolePriority(best.role) {
				best, found = o, true
			}
		}
	}
	return best, found
}

// rolePriority orders roles from head of state down, so that a person who
// holds two offices is named by the higher one.
func rolePriority(role string) int {
	switch role {
	case "president", "king", "emir", "sultan", "supreme-leader":
		return 0
	case "prime-minister", "chancellor", "crown-prince":
		return 1
	case "foreign-minister":
		return 2
	}
	return 3
}
