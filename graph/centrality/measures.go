package centrality

import (
	"errors"
	"math"
)

// Degree returns each node's number of distinct neighbours; on a directed
// graph, in-neighbours plus out-neighbours. O(n).
func Degree(g *Graph) []float64 {
	out := make([]float64, g.Len())
	for v := range out {
		out[v] = float64(g.outOff[v+1] - g.outOff[v])
		if g.directed {
			out[v] += float64(g.inOff[v+1] - g.inOff[v])
		}
	}
	return out
}

// WeightedDegree returns each node's total edge weight (in plus out on a
// directed graph). O(m).
func WeightedDegree(g *Graph) []float64 {
	out := make([]float64, g.Len())
	for v := range out {
		_, ws := g.out(int32(v))
		for _, w := range ws {
			out[v] += w
		}
		if g.directed {
			_, ws := g.in(int32(v))
			for _, w := range ws {
				out[v] += w
			}
		}
	}
	return out
}

// weightOf is w, or 1 when the measure is unweighted.
func weightOf(w float64, weighted bool) float64 {
	if weighted {
		return w
	}
	return 1
}

// ErrNoConvergence means an iterative measure did not settle within its
// iteration limit; the scores returned are the last iterate.
var ErrNoConvergence = errors.New("centrality: no convergence")

// PageRank returns edge-weighted PageRank with damping factor damp: a walker
// follows an out-edge with probability proportional to its weight, jumps to
// a uniformly chosen node with probability 1-damp, and leaves a node without
// out-edges to a uniformly chosen node. An undirected edge is followed both
// ways. Unweighted, every edge counts 1. Scores sum to 1. It starts from the uniform vector and stops when the
// L1 change of an iteration is below tol, after at most maxIter iterations
// (ErrNoConvergence otherwise). Each iteration takes O(n + m).
func PageRank(g *Graph, weighted bool, damp, tol float64, maxIter int) ([]float64, error) {
	n := g.Len()
	if n == 0 {
		return nil, nil
	}
	outW := make([]float64, n)
	for v := range n {
		_, ws := g.out(int32(v))
		for _, w := range ws {
			outW[v] += weightOf(w, weighted)
		}
	}
	x := make([]float64, n)
	next := make([]float64, n)
	share := make([]float64, n)
	for i := range x {
		x[i] = 1 / float64(n)
	}
	for it := 0; it < maxIter; it++ {
		dangling := 0.0
		for u := range n {
			if outW[u] == 0 {
				dangling += x[u]
				share[u] = 0
			} else {
				share[u] = x[u] / outW[u]
			}
		}
		base := (1-damp)/float64(n) + damp*dangling/float64(n)
		diff := 0.0
		for v := range n {
			from, ws := g.in(int32(v))
			s := 0.0
			for i, u := range from {
				s += share[u] * weightOf(ws[i], weighted)
			}
			next[v] = base + damp*s
			diff += math.Abs(next[v] - x[v])
		}
		x, next = next, x
		if diff < tol {
			return x, nil
		}
	}
	return x, ErrNoConvergence
}

// Eigenvector returns eigenvector centrality: the principal eigenvector of
// the weighted adjacency matrix (in-edges on a directed graph: a node is
// central when central nodes point to it), by power iteration on A + I as
// networkx does, normalised to unit Euclidean length. A graph without edges
// has no such vector; every node then scores 0. It stops when the L1 change
// is below n*tol, after at most maxIter iterations (ErrNoConvergence
// otherwise). Each iteration takes O(n + m).
func Eigenvector(g *Graph, weighted bool, tol float64, maxIter int) ([]float64, error) {
	n := g.Len()
	x := make([]float64, n)
	if n == 0 || g.edges == 0 {
		return x, nil
	}
	next := make([]float64, n)
	for i := range x {
		x[i] = 1 / float64(n)
	}
	for it := 0; it < maxIter; it++ {
		norm := 0.0
		for v := range n {
			from, ws := g.in(int32(v))
			s := x[v]
			for i, u := range from {
				s += x[u] * weightOf(ws[i], weighted)
			}
			next[v] = s
			norm += s * s
		}
		norm = math.Sqrt(norm)
		diff := 0.0
		for v := range n {
			next[v] /= norm
			diff += math.Abs(next[v] - x[v])
		}
		x, next = next, x
		if diff < float64(n)*tol {
			return x, nil
		}
	}
	return x, ErrNoConvergence
}
