package centrality

import (
	"context"
	"errors"
	"sort"
	"time"
)

// Measures are the names of the measures Compute returns, in output order.
var Measures = []string{"degree", "weighted_degree", "betweenness", "betweenness_norm", "harmonic", "harmonic_norm", "pagerank", "eigenvector"}

// Options tune Compute. The zero value is useful: unweighted paths,
// damping 0.85, tolerance 1e-10, 1000 iterations, GOMAXPROCS workers.
type Options struct {
	Weighted bool    // use edge weights: lengths 1/weight for paths, weight for the rest
	Damping  float64 // PageRank damping; 0 means 0.85
	Tol      float64 // convergence tolerance; 0 means 1e-10
	MaxIter  int     // iteration limit; 0 means 1000
	Workers  int     // betweenness workers; 0 means GOMAXPROCS
}

// Score is one node's measures.
type Score struct {
	ID     string             `json:"id"`
	Values map[string]float64 `json:"scores"`
}

// Result is every measure for every node of a graph.
type Result struct {
	Nodes     int     `json:"nodes"`
	Edges     int     `json:"edges"`
	Directed  bool    `json:"directed"`
	Weighted  bool    `json:"weighted"`
	SelfLoops int     `json:"self_loops_dropped"`
	Scores    []Score `json:"scores"` // sorted by id
	// Warnings lists measures that did not converge (their last iterate is
	// reported).
	Warnings []string `json:"warnings,omitempty"`
	// Seconds is the wall time of each part of the computation
	// (shortest_paths, pagerank, eigenvector); it is the one field that
	// differs between runs.
	Seconds map[string]float64 `json:"seconds"`
}

// Compute runs every measure. It fails only when ctx ends.
func Compute(ctx context.Context, g *Graph, o Options) (Result, error) {
	if o.Damping == 0 {
		o.Damping = 0.85
	}
	if o.Tol == 0 {
		o.Tol = 1e-10
	}
	if o.MaxIter == 0 {
		o.MaxIter = 1000
	}
	r := Result{Nodes: g.Len(), Edges: g.Edges(), Directed: g.Directed(), Weighted: o.Weighted, SelfLoops: g.SelfLoops(), Scores: []Score{}, Seconds: map[string]float64{}}
	t0 := time.Now()
	p, err := ShortestPaths(ctx, g, o.Weighted, o.Workers)
	if err != nil {
		return r, err
	}
	r.Seconds["shortest_paths"] = time.Since(t0).Seconds()
	t0 = time.Now()
	pr, err := PageRank(g, o.Weighted, o.Damping, o.Tol, o.MaxIter)
	r.Seconds["pagerank"] = time.Since(t0).Seconds()
	if errors.Is(err, ErrNoConvergence) {
		r.Warnings = append(r.Warnings, "pagerank did not converge")
	}
	t0 = time.Now()
	ev, err := Eigenvector(g, o.Weighted, o.Tol, o.MaxIter)
	r.Seconds["eigenvector"] = time.Since(t0).Seconds()
	if errors.Is(err, ErrNoConvergence) {
		r.Warnings = append(r.Warnings, "eigenvector did not converge (common on directed graphs without strongly connected core)")
	}
	cols := [][]float64{Degree(g), WeightedDegree(g), p.Raw(g), p.Normalized(g), p.Harmonic, p.HarmonicNormalized(g), pr, ev}
	for i, id := range g.IDs() {
		s := Score{ID: id, Values: make(map[string]float64, len(Measures))}
		for j, m := range Measures {
			s.Values[m] = cols[j][i]
		}
		r.Scores = append(r.Scores, s)
	}
	return r, nil
}

// Top returns the ids of the k nodes with the highest value of measure,
// ties broken by id.
func (r Result) Top(measure string, k int) []Score {
	s := append([]Score(nil), r.Scores...)
	sort.SliceStable(s, func(i, j int) bool {
		a, b := s[i].Values[measure], s[j].Values[measure]
		if a != b {
			return a > b
		}
		return s[i].ID < s[j].ID
	})
	if k > 0 && k < len(s) {
		s = s[:k]
	}
	return s
}
