// Package report builds and renders centrality reports: who is central in
// a projection of the graph over a window of time, who rose and fell
// against the window before it (or against the previous stored run), which
// facts were first reported in the window and on what evidence, and how
// many articles, entities and relations stand behind the numbers.
//
// A Report is plain data, built by Build from a graph.Store and rendered by
// Write as self-contained HTML (charts inline as SVG, no scripts, no
// network), Markdown (charts as SVG files beside it), JSON and CSV. Every
// file is written to a temporary name and renamed, so a reader never sees
// half a report. The scores in a report are those centrality.Compute gives
// for the same projection and window, which is what `diplograph centrality`
// prints and what a stored CentralityRun holds.
//
// Schedules (Scheduler) run reports on cron expressions, one at a time per
// report, with one scheduler per output folder.
package report

import (
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"sort"
	"time"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/centrality"
)

// Compare modes: what risers and fallers are measured against.
const (
	ComparePreviousWindow = "previous-window" // the window of the same length just before
	ComparePreviousRun    = "previous-run"    // the latest stored CentralityRun of the projection
	CompareNone           = "none"
)

// CompareModes lists the compare modes.
var CompareModes = []string{ComparePreviousWindow, ComparePreviousRun, CompareNone}

// Options say what Build reports on. The zero value of every field but
// Projection and Period is useful.
type Options struct {
	Name        string             // report name, used in file names; default "<projection>"
	Projection  string             // graph.Countries, graph.Leaders or graph.Actors
	Period      Period             // the window
	Compare     string             // a compare mode; default ComparePreviousWindow
	Memberships bool               // countries: link countries sharing an organisation
	Weights     map[string]float64 // per relation type, as for centrality
	Unweighted  bool               // ignore weights in the path measures
	Top         int                // nodes per table and chart; default 10
	Trend       int                // windows in the trend chart, this one included; default 6; 1 turns it off
	NewFacts    int                // at most this many new relations listed; default 50
	Write       bool               // store the run as a CentralityRun (with its scores on the nodes)
	Now         time.Time          // when the report is made; default time.Now()
	Workers     int                // betweenness workers; default all cores
	Settings    map[string]any     // extra configuration to show in the report
}

// Report is one rendered report's data.
type Report struct {
	Name        string             `json:"name"`
	Title       string             `json:"title"`
	GeneratedAt time.Time          `json:"generated_at"`
	Projection  string             `json:"projection"`
	Window      WindowInfo         `json:"window"`
	Compare     CompareInfo        `json:"compare"`
	RunID       string             `json:"run_id,omitempty"` // the CentralityRun stored, with Write
	Empty       bool               `json:"empty"`            // no facts in the window
	Counts      Counts             `json:"counts"`
	Measures    []string           `json:"measures"` // the measures tabulated, in order
	Top         map[string][]Entry `json:"top"`      // the top nodes by each measure
	Nodes       []Entry            `json:"nodes"`    // every node, by PageRank
	Risers      []Move             `json:"risers"`
	Fallers     []Move             `json:"fallers"`
	NewFacts    []graph.NewFact    `json:"new_relations"`
	Trend       Trend              `json:"trend"`
	Warnings    []string           `json:"warnings,omitempty"`
	Config      map[string]any     `json:"config"`
}

// WindowInfo describes a window.
type WindowInfo struct {
	Spec  string `json:"spec"`
	Label string `json:"label"`
	From  string `json:"from,omitempty"`
	To    string `json:"to,omitempty"`
}

// CompareInfo says what risers and fallers were measured against.
type CompareInfo struct {
	Mode   string      `json:"mode"`
	Window *WindowInfo `json:"window,omitempty"` // ComparePreviousWindow
	RunID  string      `json:"run_id,omitempty"` // ComparePreviousRun
	Found  bool        `json:"found"`            // false when there was nothing to compare with
}

// Counts are the numbers behind a report.
type Counts struct {
	Articles     int `json:"articles"`      // articles published in the window
	Entities     int `json:"entities"`      // nodes of the projection in the window
	Relations    int `json:"relations"`     // facts that became edges
	Edges        int `json:"edges"`         // distinct node pairs
	NewRelations int `json:"new_relations"` // facts first reported in the window
}

// Entry is one node's scores.
type Entry struct {
	ID     string             `json:"id"`
	Name   string             `json:"name"`
	NameAr string             `json:"name_ar,omitempty"`
	Rank   int                `json:"rank"` // by PageRank, from 1
	Scores map[string]float64 `json:"scores"`
	// Previous holds the compared scores; nil when the node was not in
	// the compared window or run.
	Previous map[string]float64 `json:"previous,omitempty"`
	PrevRank int                `json:"previous_rank,omitempty"`
}

// Move is a change in one measure between the compared window and this one.
type Move struct {
	ID       string  `json:"id"`
	Name     string  `json:"name"`
	NameAr   string  `json:"name_ar,omitempty"`
	Measure  string  `json:"measure"`
	Before   float64 `json:"before"`
	After    float64 `json:"after"`
	Change   float64 `json:"change"`
	RankFrom int     `json:"rank_before,omitempty"` // 0 when new
	RankTo   int     `json:"rank_after,omitempty"`  // 0 when gone
}

// Trend is the PageRank of the top nodes over consecutive windows.
type Trend struct {
	Windows []WindowInfo         `json:"windows"` // oldest first
	Series  map[string][]float64 `json:"series"`  // node id to one value per window
	Order   []string             `json:"order"`   // the node ids, top first
}

// Tabulated are the measures a report's tables show, in order; charts show
// PageRank and normalised betweenness.
var Tabulated = []string{"pagerank", "betweenness_norm", "harmonic_norm", "eigenvector", "weighted_degree", "degree"}

// MoverMeasures are the measures risers and fallers are reported on.
var MoverMeasures = []string{"pagerank", "betweenness_norm"}

const maxMoves = 5

// Build computes a report. It reads the projection's facts once, scores
// the window (storing the run when o.Write), the compared window and the
// trend windows, and reads names, counts and the facts first reported in
// the window. An empty window is not an error: the report says there is no
// data. Errors name the step that failed.
func Build(ctx context.Context, s *graph.Store, o Options) (*Report, error) {
	if o.Compare == "" {
		o.Compare = ComparePreviousWindow
	}
	if !slices.Contains(CompareModes, o.Compare) {
		return nil, fmt.Errorf("compare %q: want one of %v", o.Compare, CompareModes)
	}
	if !slices.Contains(graph.Projections, o.Projection) {
		return nil, fmt.Errorf("projection %q: want one of %v", o.Projection, graph.Projections)
	}
	if o.Name == "" {
		o.Name = o.Projection
	}
	if o.Top <= 0 {
		o.Top = 10
	}
	if o.Trend <= 0 {
		o.Trend = 6
	}
	if o.NewFacts <= 0 {
		o.NewFacts = 50
	}
	if o.Now.IsZero() {
		o.Now = time.Now()
	}
	if o.Period.IsAll() {
		o.Trend = 1
		if o.Compare == ComparePreviousWindow {
			o.Compare = CompareNone
		}
	}
	r := &Report{
		Name: o.Name, GeneratedAt: o.Now.UTC().Truncate(time.Second), Projection: o.Projection,
		Window: windowInfo(o.Period), Compare: CompareInfo{Mode: o.Compare},
		Measures: Tabulated, Top: map[string][]Entry{}, Nodes: []Entry{}, Risers: []Move{}, Fallers: []Move{},
		NewFacts: []graph.NewFact{},
	}
	r.Title = fmt.Sprintf("%s centrality, %s", projectionTitle(o.Projection), r.Window.Label)
	r.Config = map[string]any{
		"projection": o.Projection, "window": o.Period.Spec, "compare": o.Compare, "memberships": o.Memberships,
		"weighted": !o.Unweighted, "weights": o.Weights, "top": o.Top, "trend_windows": o.Trend, "write": o.Write,
	}
	for k, v := range o.Settings {
		r.Config[k] = v
	}

	facts, err := s.LoadFacts(ctx, o.Projection, o.Memberships)
	if err != nil {
		return nil, err
	}
	copts := centrality.Options{Weighted: !o.Unweighted, Workers: o.Workers}
	win := o.Period.Window()
	g, st, err := facts.Graph(win, o.Weights)
	if err != nil {
		return nil, fmt.Errorf("projection %s, %s: %w", o.Projection, win, err)
	}
	res, err := centrality.Compute(ctx, g, copts)
	if err != nil {
		return nil, fmt.Errorf("centrality, %s: %w", win, err)
	}
	r.Warnings = append(r.Warnings, res.Warnings...)
	r.Counts.Entities, r.Counts.Edges, r.Counts.Relations = res.Nodes, res.Edges, st.Facts
	r.Empty = st.Facts == 0
	if o.Write {
		run := graph.NewRun(o.Projection, win, !o.Unweighted, st.Facts, o.Now)
		if err := s.WriteRun(ctx, run, res); err != nil {
			return nil, err
		}
		r.RunID = run.ID
	}
	if r.Counts.Articles, err = s.ArticlesIn(ctx, win); err != nil {
		return nil, err
	}
	if r.NewFacts, r.Counts.NewRelations, err = s.FirstReportedIn(ctx, win, o.Projection, o.NewFacts); err != nil {
		return nil, err
	}
	if r.NewFacts == nil {
		r.NewFacts = []graph.NewFact{}
	}

	// The compared scores.
	var prev map[string]map[string]float64
	switch o.Compare {
	case ComparePreviousWindow:
		pp := o.Period.Previous()
		wi := windowInfo(pp)
		r.Compare.Window = &wi
		pg, pst, err := facts.Graph(pp.Window(), o.Weights)
		if err != nil {
			return nil, fmt.Errorf("projection %s, %s: %w", o.Projection, pp.Window(), err)
		}
		if pst.Facts > 0 {
			pres, err := centrality.Compute(ctx, pg, copts)
			if err != nil {
				return nil, fmt.Errorf("centrality, %s: %w", pp.Window(), err)
			}
			prev = byID(pres)
			r.Compare.Found = true
		}
	case ComparePreviousRun:
		sr, ok, err := s.LatestRun(ctx, o.Projection, o.Now.Add(time.Millisecond), r.RunID)
		if err != nil {
			return nil, err
		}
		if ok {
			prev, r.Compare.RunID, r.Compare.Found = sr.Scores, sr.ID, true
		}
	}

	// Trend: PageRank over the windows before this one.
	periods := []Period{o.Period}
	for len(periods) < o.Trend {
		periods = append([]Period{periods[0].Previous()}, periods...)
	}
	trendScores := make([]map[string]float64, len(periods))
	for i, p := range periods {
		r.Trend.Windows = append(r.Trend.Windows, windowInfo(p))
		if i == len(periods)-1 {
			trendScores[i] = measureByID(res, "pagerank")
			continue
		}
		tg, _, err := facts.Graph(p.Window(), o.Weights)
		if err != nil {
			return nil, err
		}
		pr, err := centrality.PageRank(tg, !o.Unweighted, 0.85, 1e-10, 1000)
		if err != nil && !errors.Is(err, centrality.ErrNoConvergence) {
			return nil, err
		}
		trendScores[i] = map[string]float64{}
		for j, id := range tg.IDs() {
			trendScores[i][id] = pr[j]
		}
	}

	// Names for every node shown.
	ids := make([]string, 0, len(res.Scores))
	for _, sc := range res.Scores {
		ids = append(ids, sc.ID)
	}
	for id := range prev {
		ids = append(ids, id)
	}
	names, err := s.Names(ctx, o.Projection, ids)
	if err != nil {
		return nil, err
	}
	name := func(id string) graph.Name {
		if n, ok := names[id]; ok && n.Name != "" {
			return n
		}
		return graph.Name{Name: id}
	}

	prevRank := ranks(prev, "pagerank")
	for i, sc := range res.Top("pagerank", 0) {
		n := name(sc.ID)
		e := Entry{ID: sc.ID, Name: n.Name, NameAr: n.NameAr, Rank: i + 1, Scores: sc.Values}
		if p, ok := prev[sc.ID]; ok {
			e.Previous, e.PrevRank = p, prevRank[sc.ID]
		}
		r.Nodes = append(r.Nodes, e)
	}
	byNode := map[string]Entry{}
	for _, e := range r.Nodes {
		byNode[e.ID] = e
	}
	for _, m := range Tabulated {
		for _, sc := range res.Top(m, o.Top) {
			r.Top[m] = append(r.Top[m], byNode[sc.ID])
		}
	}
	if prev != nil {
		r.Risers, r.Fallers = moves(res, prev, name)
	}
	for _, e := range r.Top["pagerank"] {
		if len(r.Trend.Order) == 5 {
			break
		}
		r.Trend.Order = append(r.Trend.Order, e.ID)
	}
	r.Trend.Series = map[string][]float64{}
	for _, id := range r.Trend.Order {
		vals := make([]float64, len(periods))
		for i := range periods {
			vals[i] = trendScores[i][id]
		}
		r.Trend.Series[id] = vals
	}
	return r, nil
}

// moves lists the largest rises and falls in each mover measure.
func moves(res centrality.Result, prev map[string]map[string]float64, name func(string) graph.Name) (risers, fallers []Move) {
	risers, fallers = []Move{}, []Move{}
	cur := byID(res)
	for _, m := range MoverMeasures {
		rankNow, rankBefore := ranks(cur, m), ranks(prev, m)
		var all []Move
		seen := map[string]bool{}
		add := func(id string) {
			if seen[id] {
				return
			}
			seen[id] = true
			n := name(id)
			mv := Move{ID: id, Name: n.Name, NameAr: n.NameAr, Measure: m, Before: prev[id][m], After: cur[id][m], RankFrom: rankBefore[id], RankTo: rankNow[id]}
			mv.Change = mv.After - mv.Before
			if math.Abs(mv.Change) > 1e-12 {
				all = append(all, mv)
			}
		}
		for _, sc := range res.Scores {
			add(sc.ID)
		}
		for _, id := range sortedIDs(prev) {
			add(id)
		}
		sort.SliceStable(all, func(i, j int) bool {
			if all[i].Change != all[j].Change {
				return all[i].Change > all[j].Change
			}
			return all[i].ID < all[j].ID
		})
		for i := 0; i < len(all) && i < maxMoves && all[i].Change > 0; i++ {
			risers = append(risers, all[i])
		}
		for i := len(all) - 1; i >= 0 && len(all)-1-i < maxMoves && all[i].Change < 0; i-- {
			fallers = append(fallers, all[i])
		}
	}
	return risers, fallers
}

// ranks numbers the nodes by one measure, from 1, ties broken by id.
func ranks(scores map[string]map[string]float64, m string) map[string]int {
	ids := sortedIDs(scores)
	sort.SliceStable(ids, func(i, j int) bool { return scores[ids[i]][m] > scores[ids[j]][m] })
	out := make(map[string]int, len(ids))
	for i, id := range ids {
		out[id] = i + 1
	}
	return out
}

func sortedIDs(m map[string]map[string]float64) []string {
	out := make([]string, 0, len(m))
	for id := range m {
		out = append(out, id)
	}
	sort.Strings(out)
	return out
}

func byID(r centrality.Result) map[string]map[string]float64 {
	out := make(map[string]map[string]float64, len(r.Scores))
	for _, s := range r.Scores {
		out[s.ID] = s.Values
	}
	return out
}

func measureByID(r centrality.Result, m string) map[string]float64 {
	out := make(map[string]float64, len(r.Scores))
	for _, s := range r.Scores {
		out[s.ID] = s.Values[m]
	}
	return out
}

func windowInfo(p Period) WindowInfo {
	w := WindowInfo{Spec: p.Spec, Label: p.Label()}
	if !p.IsAll() {
		w.From, w.To = p.From.Format("2006-01-02"), p.To.Format("2006-01-02")
	}
	return w
}

func projectionTitle(p string) string {
	switch p {
	case graph.Countries:
		return "Country"
	case graph.Leaders:
		return "Leader"
	}
	return "Actor"
}
