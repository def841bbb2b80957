// Package centrality computes centrality measures over compact graphs:
// nodes are indexed 0..n-1 (in the order of their sorted string ids) and
// adjacency is held in compressed sparse rows, so that the algorithms touch
// flat slices instead of maps. It is pure: no I/O, no randomness, and the
// same graph always gives the same scores on the same machine.
//
// # Weights
//
// An edge weight counts the facts that support a tie (a visit, a meeting, an
// agreement): larger is stronger. Measures of volume (weighted degree,
// PageRank, eigenvector) use the weight as it is. Measures over shortest paths
// (betweenness, harmonic closeness) turn it into a length of 1/weight, so that
// a tie supported by more facts is a shorter path; unweighted, every edge has
// length 1.
//
// # Conventions
//
// Parallel edges are merged by adding their weights. Self-loops are dropped:
// they lie on no shortest path between two others and carry no information
// about ties between actors. An undirected graph stores each edge in both
// directions. Every measure is defined on every graph, empty or edgeless
// included, and never returns NaN or an infinity.
package centrality

import (
	"fmt"
	"math"
	"sort"
)

// Graph is an immutable compact graph. It is safe for concurrent use.
type Graph struct {
	ids      []string
	directed bool
	// out[v] is outTo[outOff[v]:outOff[v+1]], with weights in outW.
	outOff []int32
	outTo  []int32
	outW   []float64
	// in mirrors out for directed graphs; for undirected ones it is out.
	inOff     []int32
	inTo      []int32
	inW       []float64
	outLen    []float64 // 1/outW: path lengths, computed once
	inLen     []float64 // 1/inW
	selfLoops int
	edges     int
}

// Len is the number of nodes.
func (g *Graph) Len() int { return len(g.ids) }

// Edges is the number of distinct edges (undirected edges count once).
func (g *Graph) Edges() int { return g.edges }

// Directed reports whether edges have a direction.
func (g *Graph) Directed() bool { return g.directed }

// IDs returns the node ids in index order (sorted).
func (g *Graph) IDs() []string { return g.ids }

// SelfLoops is the number of self-loops the builder dropped.
func (g *Graph) SelfLoops() int { return g.selfLoops }

func (g *Graph) out(v int32) ([]int32, []float64) {
	return g.outTo[g.outOff[v]:g.outOff[v+1]], g.outW[g.outOff[v]:g.outOff[v+1]]
}

func (g *Graph) in(v int32) ([]int32, []float64) {
	return g.inTo[g.inOff[v]:g.inOff[v+1]], g.inW[g.inOff[v]:g.inOff[v+1]]
}

// Builder collects nodes and edges for a Graph. The zero value is not
// usable; call NewBuilder.
type Builder struct {
	directed bool
	index    map[string]int32
	ids      []string
	edges    map[[2]int32]float64
	self     int
}

// NewBuilder starts a graph.
func NewBuilder(directed bool) *Builder {
	return &Builder{directed: directed, index: map[string]int32{}, edges: map[[2]int32]float64{}}
}

// AddNode adds a node (a no-op if it exists), so that isolated nodes are
// scored too.
func (b *Builder) AddNode(id string) int32 {
	if i, ok := b.index[id]; ok {
		return i
	}
	i := int32(len(b.ids))
	b.index[id] = i
	b.ids = append(b.ids, id)
	return i
}

// AddEdge adds weight w to the edge from -> to. The weight must be positive
// and finite. A self-loop adds its node but no edge.
func (b *Builder) AddEdge(from, to string, w float64) error {
	if !(w > 0) || math.IsInf(w, 0) {
		return fmt.Errorf("edge %s -> %s: weight %v must be positive and finite", from, to, w)
	}
	u, v := b.AddNode(from), b.AddNode(to)
	if u == v {
		b.self++
		return nil
	}
	if !b.directed && v < u {
		u, v = v, u
	}
	b.edges[[2]int32{u, v}] += w
	return nil
}

// Build freezes the graph. Nodes are renumbered in sorted id order so that
// results do not depend on insertion order. It takes O(n log n + m log m).
func (b *Builder) Build() *Graph {
	n := len(b.ids)
	order := make([]int32, n)
	for i := range order {
		order[i] = int32(i)
	}
	sort.Slice(order, func(i, j int) bool { return b.ids[order[i]] < b.ids[order[j]] })
	newIdx := make([]int32, n)
	g := &Graph{directed: b.directed, ids: make([]string, n), selfLoops: b.self, edges: len(b.edges)}
	for to, from := range order {
		newIdx[from] = int32(to)
		g.ids[to] = b.ids[from]
	}
	type edge struct {
		u, v int32
		w    float64
	}
	es := make([]edge, 0, len(b.edges)*2)
	for k, w := range b.edges {
		u, v := newIdx[k[0]], newIdx[k[1]]
		es = append(es, edge{u, v, w})
		if !b.directed {
			es = append(es, edge{v, u, w})
		}
	}
	sort.Slice(es, func(i, j int) bool {
		if es[i].u != es[j].u {
			return es[i].u < es[j].u
		}
		return es[i].v < es[j].v
	})
	g.outOff, g.outTo, g.outW = csr(n, len(es), func(yield func(u, v int32, w float64)) {
		for _, e := range es {
			yield(e.u, e.v, e.w)
		}
	})
	g.outLen = reciprocal(g.outW)
	if !b.directed {
		g.inOff, g.inTo, g.inW, g.inLen = g.outOff, g.outTo, g.outW, g.outLen
		return g
	}
	sort.Slice(es, func(i, j int) bool {
		if es[i].v != es[j].v {
			return es[i].v < es[j].v
		}
		return es[i].u < es[j].u
	})
	g.inOff, g.inTo, g.inW = csr(n, len(es), func(yield func(u, v int32, w float64)) {
		for _, e := range es {
			yield(e.v, e.u, e.w)
		}
	})
	g.inLen = reciprocal(g.inW)
	return g
}

func reciprocal(ws []float64) []float64 {
	out := make([]float64, len(ws))
	for i, w := range ws {
		out[i] = 1 / w
	}
	return out
}

// csr lays out sorted (row, col, weight) triples as compressed rows.
func csr(n, m int, each func(func(row, col int32, w float64))) ([]int32, []int32, []float64) {
	off := make([]int32, n+1)
	to := make([]int32, 0, m)
	ws := make([]float64, 0, m)
	each(func(row, col int32, w float64) {
		off[row+1]++
		to = append(to, col)
		ws = append(ws, w)
	})
	for i := 1; i <= n; i++ {
		off[i] += off[i-1]
	}
	return off, to, ws
}

// Weight returns the weight of the edge from node i to node j (indices in
// IDs order), or 0 when there is none. O(log degree).
func (g *Graph) Weight(i, j int) float64 {
	to, ws := g.out(int32(i))
	k := sort.Search(len(to), func(k int) bool { return to[k] >= int32(j) })
	if k < len(to) && to[k] == int32(j) {
		return ws[k]
	}
	return 0
}
