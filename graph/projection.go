package graph

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/diplograph/diplograph/extract"
	"github.com/diplograph/diplograph/graph/centrality"
)

// The projections a Project call can build.
const (
	// Countries links countries by their partnerships, agreements and trade
	// ties, by their leaders' visits to each other and meetings, and
	// optionally by shared memberships.
	Countries = "countries"
	// Leaders links persons who met, and a visitor to the office holder of
	// the visited country whom the visitor met.
	Leaders = "leaders"
	// Actors links every pair of entities that any extracted fact links;
	// node ids are "Label:id".
	Actors = "actors"
)

// Projections lists the projection names.
var Projections = []string{Countries, Leaders, Actors}

// Window selects facts by date, both ends inclusive at their precision
// (To "2024" ends on 31 December 2024); a zero end is open. A fact without a
// date is dated by its first article's publication. A fact counts when its
// whole date lies in the window: "2024-05-16" and "2024-05" are in May 2024,
// "2024" is in 2024 but not in May 2024, so a monthly series never counts a
// year-precision fact twelve times.
type Window struct {
	From, To extract.Date
}

// Contains reports whether all of d lies in w. An undated fact lies in the
// open window only.
func (w Window) Contains(d extract.Date) bool {
	if d.IsZero() {
		return w.From.IsZero() && w.To.IsZero()
	}
	first, last := dayRange(d)
	if !w.From.IsZero() {
		if f, _ := dayRange(w.From); first < f {
			return false
		}
	}
	if !w.To.IsZero() {
		if _, l := dayRange(w.To); last > l {
			return false
		}
	}
	return true
}

// dayRange is the first and last day of d as YYYYMMDD numbers.
func dayRange(d extract.Date) (int, int) {
	base := d.Year * 10000
	switch {
	case d.Month == 0:
		return base + 101, base + 1231
	case d.Day == 0:
		return base + d.Month*100 + 1, base + d.Month*100 + 31
	}
	v := base + d.Month*100 + d.Day
	return v, v
}

func (w Window) String() string {
	f, t := w.From.String(), w.To.String()
	if f == "" && t == "" {
		return "all time"
	}
	if f == "" {
		f = "…"
	}
	if t == "" {
		t = "…"
	}
	return f + " to " + t
}

// ProjectionOptions say which graph Project builds.
type ProjectionOptions struct {
	Name        string             // Countries, Leaders or Actors
	Window      Window             // which facts count
	Memberships bool               // Countries: link countries that share an organisation
	Weights     map[string]float64 // per relation type; a missing type weighs 1
}

// ProjectionStats describe a projection.
type ProjectionStats struct {
	Facts int // facts in the window that became edges
}

// fact is one relationship read for a projection.
type fact struct {
	a, b, typ string
	date      extract.Date
}

// Project reads the facts of a projection from Neo4j and builds the
// undirected weighted graph centrality scores: each fact in the window adds
// its type's weight to the edge between its two ends. It takes one read
// transaction per query and O(facts) memory.
func (s *Store) Project(ctx context.Context, o ProjectionOptions) (*centrality.Graph, ProjectionStats, error) {
	fs, err := s.LoadFacts(ctx, o.Name, o.Memberships)
	if err != nil {
		return nil, ProjectionStats{}, err
	}
	return fs.Graph(o.Window, o.Weights)
}

// Facts are the facts of one projection, read once so that graphs for many
// windows can be built without reading Neo4j again. Memberships are
// undated: they count in every window.
type Facts struct {
	Name        string
	facts       []fact
	memberships [][2]string
}

// LoadFacts reads the facts of the named projection (Countries, Leaders or
// Actors; memberships applies to Countries). It takes one read transaction
// per query and O(facts) memory.
func (s *Store) LoadFacts(ctx context.Context, name string, memberships bool) (*Facts, error) {
	var queries []string
	switch name {
	case Countries:
		queries = countryQueries
	case Leaders:
		queries = leaderQueries
	case Actors:
		queries = []string{actorQuery}
	default:
		return nil, fmt.Errorf("projection %q: want one of %s", name, strings.Join(Projections, ", "))
	}
	fs := &Facts{Name: name}
	for _, q := range queries {
		facts, err := s.readFacts(ctx, q)
		if err != nil {
			return nil, fmt.Errorf("projection %s: %w", name, err)
		}
		fs.facts = append(fs.facts, facts...)
	}
	if name == Countries && memberships {
		t, err := s.Read(ctx, membershipQuery, nil)
		if err != nil {
			return nil, fmt.Errorf("projection %s: %w", name, err)
		}
		for _, r := range t.Rows {
			fs.memberships = append(fs.memberships, [2]string{r[0].(string), r[1].(string)})
		}
	}
	return fs, nil
}

// Graph builds the undirected weighted graph of the facts in w: each adds
// its type's weight (weights[type], 1 when missing, left out when 0) to the
// edge between its ends. It takes O(facts) time.
func (fs *Facts) Graph(w Window, weights map[string]float64) (*centrality.Graph, ProjectionStats, error) {
	b := centrality.NewBuilder(false)
	var st ProjectionStats
	add := func(a, c, typ string) error {
		wt, ok := weights[typ]
		if !ok {
			wt = 1
		}
		if wt <= 0 {
			return nil
		}
		st.Facts++
		return b.AddEdge(a, c, wt)
	}
	for _, f := range fs.facts {
		if !w.Contains(f.date) {
			continue
		}
		if err := add(f.a, f.b, f.typ); err != nil {
			return nil, st, err
		}
	}
	for _, m := range fs.memberships {
		if err := add(m[0], m[1], "SHARED_MEMBERSHIP"); err != nil {
			return nil, st, err
		}
	}
	return b.Build(), st, nil
}

func (s *Store) readFacts(ctx context.Context, q string) ([]fact, error) {
	t, err := s.Read(ctx, q, nil)
	if err != nil {
		return nil, err
	}
	out := make([]fact, 0, len(t.Rows))
	for _, r := range t.Rows {
		f := fact{a: r[0].(string), b: r[1].(string), typ: r[2].(string)}
		if ds, ok := r[3].(string); ok {
			d, err := extract.ParseDate(ds)
			if err != nil {
				return nil, fmt.Errorf("fact %s %s-%s: %w", f.typ, f.a, f.b, err)
			}
			f.date = d
		}
		out = append(out, f)
	}
	return out, nil
}

// factDate is the Cypher expression of a fact's date: its own, else its
// first article's publication date.
const factDate = `coalesce(r.date, COLLECT { MATCH (art:Article {id: r.articles[0]}) RETURN art.published }[0])`

var countryQueries = []string{
	`MATCH (a:Country)-[r:PARTNER_OF|TRADE_PARTNER_OF|SIGNED_AGREEMENT]->(b:Country)
	 RETURN a.id, b.id, type(r), ` + factDate,
	// A leader's visit links the leader's country to the visited one.
	`MATCH (p:Person)-[r:VISITED]->(b:Country)
	 MATCH (p)-[:HOLDS_OFFICE]->(a:Country) WHERE a <> b
	 RETURN DISTINCT a.id, b.id, type(r), ` + factDate + `, r.key`,
	`MATCH (p:Person)-[r:MET]->(q:Person)
	 MATCH (p)-[:HOLDS_OFFICE]->(a:Country), (q)-[:HOLDS_OFFICE]->(b:Country) WHERE a <> b
	 RETURN DISTINCT a.id, b.id, type(r), ` + factDate + `, r.key`,
}

var leaderQueries = []string{
	`MATCH (a:Person)-[r:MET]->(b:Person) RETURN a.id, b.id, type(r), ` + factDate,
	// A visit links the visitor to the host country's office holder whom
	// the visitor met.
	`MATCH (a:Person)-[r:VISITED]->(c:Country)<-[:HOLDS_OFFICE]-(b:Person)
	 WHERE a <> b AND EXISTS { (a)-[:MET]-(b) }
	 RETURN DISTINCT a.id, b.id, type(r), ` + factDate + `, r.key`,
}

const actorQuery = `MATCH (a)-[r]->(b)
WHERE NOT type(r) IN ['MENTIONS', 'LOCATED_IN', 'SCORED'] AND NOT a:Article AND NOT b:Article AND NOT a:CentralityRun
RETURN labels(a)[0] + ':' + a.id, labels(b)[0] + ':' + b.id, type(r), ` + factDate

const membershipQuery = `MATCH (a:Country)-[:MEMBER_OF|JOINED]->(o:Organization)<-[:MEMBER_OF|JOINED]-(b:Country)
WHERE a.id < b.id
RETURN DISTINCT a.id, b.id, o.id`

// sortedKeys returns m's keys in order.
func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
