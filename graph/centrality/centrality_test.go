package centrality

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	gonumgraph "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/network"
	"gonum.org/v1/gonum/graph/path"
	"gonum.org/v1/gonum/graph/simple"
)

// randomCase is a random graph with isolated nodes, parallel edges and
// self-loops, weights from {1, 2, 4} so that path lengths 1/w add up
// exactly and ties are the same for both implementations.
type randomCase struct {
	name     string
	directed bool
	weighted bool
	n        int
	edges    [][3]int // from, to, weight
}

func randomCases(t *testing.T, count int) []randomCase {
	t.Helper()
	rng := rand.New(rand.NewPCG(1, 2))
	var out []randomCase
	for i := 0; i < count; i++ {
		c := randomCase{directed: i%2 == 0, weighted: i%4 >= 2, n: 1 + rng.IntN(40)}
		m := rng.IntN(3 * c.n)
		for j := 0; j < m; j++ {
			// Draw from the first two thirds only, leaving isolated nodes.
			k := max(1, 2*c.n/3)
			c.edges = append(c.edges, [3]int{rng.IntN(k), rng.IntN(k), 1 << rng.IntN(3)})
		}
		c.name = fmt.Sprintf("case%d_n%d_m%d_directed=%v_weighted=%v", i, c.n, m, c.directed, c.weighted)
		out = append(out, c)
	}
	return out
}

func id(i int) string { return fmt.Sprintf("n%03d", i) } // sorts like i

func (c randomCase) ours(t *testing.T) *Graph {
	b := NewBuilder(c.directed)
	for i := 0; i < c.n; i++ {
		b.AddNode(id(i))
	}
	for _, e := range c.edges {
		if err := b.AddEdge(id(e[0]), id(e[1]), float64(e[2])); err != nil {
			t.Fatal(err)
		}
	}
	return b.Build()
}

// gonumGraph builds the reference: merged parallel edges, no self-loops,
// lengths 1/w when weighted (gonum reads weights as lengths).
func (c randomCase) gonumGraph(lengths bool) gonumgraph.Graph {
	merged := map[[2]int]float64{}
	for _, e := range c.edges {
		u, v := e[0], e[1]
		if u == v {
			continue
		}
		if !c.directed && v < u {
			u, v = v, u
		}
		merged[[2]int{u, v}] += float64(e[2])
	}
	w := func(x float64) float64 {
		if !c.weighted {
			return 1
		}
		if lengths {
			return 1 / x
		}
		return x
	}
	if c.directed {
		g := simple.NewWeightedDirectedGraph(0, math.Inf(1))
		for i := 0; i < c.n; i++ {
			g.AddNode(simple.Node(i))
		}
		for k, x := range merged {
			g.SetWeightedEdge(g.NewWeightedEdge(simple.Node(k[0]), simple.Node(k[1]), w(x)))
		}
		return g
	}
	g := simple.NewWeightedUndirectedGraph(0, math.Inf(1))
	for i := 0; i < c.n; i++ {
		g.AddNode(simple.Node(i))
	}
	for k, x := range merged {
		g.SetWeightedEdge(g.NewWeightedEdge(simple.Node(k[0]), simple.Node(k[1]), w(x)))
	}
	return g
}

func close(a, b, tol float64) bool { return math.Abs(a-b) <= tol*math.Max(1, math.Abs(b)) }

func TestShortestPathsMatchGonum(t *testing.T) {
	for _, c := range randomCases(t, 80) {
		t.Run(c.name, func(t *testing.T) {
			g := c.ours(t)
			p, err := ShortestPaths(context.Background(), g, c.weighted, 3)
			if err != nil {
				t.Fatal(err)
			}
			ref := c.gonumGraph(true)
			all := path.DijkstraAllPaths(ref)
			var want map[int64]float64
			if c.weighted {
				want = network.BetweennessWeighted(ref.(gonumgraph.Weighted), all)
			} else {
				want = network.Betweenness(ref)
			}
			harm := network.Harmonic(ref, all)
			for i := 0; i < c.n; i++ {
				if !close(p.Betweenness[i], want[int64(i)], 1e-9) {
					t.Errorf("betweenness of %d = %v, gonum %v", i, p.Betweenness[i], want[int64(i)])
				}
				if !close(p.Harmonic[i], harm[int64(i)], 1e-9) {
					t.Errorf("harmonic of %d = %v, gonum %v", i, p.Harmonic[i], harm[int64(i)])
				}
			}
		})
	}
}

func TestPageRankMatchesGonum(t *testing.T) {
	for _, c := range randomCases(t, 40) {
		t.Run(c.name, func(t *testing.T) {
			g := c.ours(t)
			got, err := PageRank(g, c.weighted, 0.85, 1e-14, 10000)
			if err != nil {
				t.Fatal(err)
			}
			// gonum's PageRank is for directed graphs: give it both
			// directions of an undirected edge, weights as they are.
			ref := c.gonumGraph(false)
			var dg gonumgraph.Directed
			if c.directed {
				dg = ref.(gonumgraph.Directed)
			} else {
				d := simple.NewWeightedDirectedGraph(0, 0)
				nodes := ref.Nodes()
				for nodes.Next() {
					d.AddNode(nodes.Node())
				}
				es := ref.(*simple.WeightedUndirectedGraph).WeightedEdges()
				for es.Next() {
					e := es.WeightedEdge()
					d.SetWeightedEdge(d.NewWeightedEdge(e.From(), e.To(), e.Weight()))
					d.SetWeightedEdge(d.NewWeightedEdge(e.To(), e.From(), e.Weight()))
				}
				dg = d
			}
			want := network.PageRankSparse(dg, 0.85, 1e-14)
			for i := 0; i < c.n; i++ {
				if !close(got[i], want[int64(i)], 1e-6) {
					t.Errorf("pagerank of %d = %v, gonum %v", i, got[i], want[int64(i)])
				}
			}
		})
	}
}

func TestDegenerateGraphs(t *testing.T) {
	build := func(directed bool, nodes []string, edges [][2]string) *Graph {
		b := NewBuilder(directed)
		for _, n := range nodes {
			b.AddNode(n)
		}
		for _, e := range edges {
			if err := b.AddEdge(e[0], e[1], 1); err != nil {
				t.Fatal(err)
			}
		}
		return b.Build()
	}
	tests := []struct {
		name string
		g    *Graph
	}{
		{"empty", build(false, nil, nil)},
		{"single node", build(false, []string{"a"}, nil)},
		{"edgeless", build(true, []string{"a", "b", "c"}, nil)},
		{"self-loops only", build(false, nil, [][2]string{{"a", "a"}, {"b", "b"}})},
		{"one edge", build(true, nil, [][2]string{{"a", "b"}})},
		{"isolated beside a path", build(false, []string{"z"}, [][2]string{{"a", "b"}, {"b", "c"}})},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, weighted := range []bool{false, true} {
				r, err := Compute(context.Background(), tt.g, Options{Weighted: weighted})
				if err != nil {
					t.Fatal(err)
				}
				if _, err := json.Marshal(r); err != nil {
					t.Fatalf("not JSON-encodable: %v", err)
				}
				for _, s := range r.Scores {
					for m, v := range s.Values {
						if math.IsNaN(v) || math.IsInf(v, 0) {
							t.Errorf("%s %s = %v", s.ID, m, v)
						}
					}
				}
			}
		})
	}
	if g := tests[3].g; g.SelfLoops() != 2 || g.Edges() != 0 || g.Len() != 2 {
		t.Errorf("self-loops: len %d edges %d dropped %d", g.Len(), g.Edges(), g.SelfLoops())
	}
	// A path a-b-c: b lies on the one path between a and c.
	r, _ := Compute(context.Background(), tests[5].g, Options{})
	want := map[string]float64{"a": 0, "b": 1, "c": 0, "z": 0}
	for _, s := range r.Scores {
		if s.Values["betweenness"] != want[s.ID] {
			t.Errorf("betweenness of %s = %v, want %v", s.ID, s.Values["betweenness"], want[s.ID])
		}
	}
}

func TestDeterministic(t *testing.T) {
	c := randomCases(t, 12)[11]
	g := c.ours(t)
	a, _ := Compute(context.Background(), g, Options{Weighted: true, Workers: 1})
	b, _ := Compute(context.Background(), g, Options{Weighted: true, Workers: 2})
	for i := range a.Scores {
		for _, m := range Measures {
			if !close(a.Scores[i].Values[m], b.Scores[i].Values[m], 1e-12) {
				t.Errorf("%s %s: 1 worker %v, 2 workers %v", a.Scores[i].ID, m, a.Scores[i].Values[m], b.Scores[i].Values[m])
			}
		}
	}
	a.Seconds = nil
	x, _ := json.Marshal(a)
	y, _ := Compute(context.Background(), g, Options{Weighted: true, Workers: 1})
	y.Seconds = nil
	z, _ := json.Marshal(y)
	if string(x) != string(z) {
		t.Error("two runs differ")
	}
}

func TestBuilderRefusesBadWeights(t *testing.T) {
	b := NewBuilder(false)
	for _, w := range []float64{0, -1, math.Inf(1), math.NaN()} {
		if err := b.AddEdge("a", "b", w); err == nil {
			t.Errorf("weight %v accepted", w)
		}
	}
}

func TestCancel(t *testing.T) {
	g := randomGraph(2000, 20000, false, 7)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := ShortestPaths(ctx, g, false, 2); err == nil {
		t.Error("cancelled run returned no error")
	}
}

// randomGraph is a G(n, m) random graph for benchmarks.
func randomGraph(n, m int, directed bool, seed uint64) *Graph {
	rng := rand.New(rand.NewPCG(seed, seed+1))
	b := NewBuilder(directed)
	for i := 0; i < n; i++ {
		b.AddNode(fmt.Sprintf("n%d", i))
	}
	for b.edgeCount() < m {
		u, v := rng.IntN(n), rng.IntN(n)
		if u != v {
			_ = b.AddEdge(fmt.Sprintf("n%d", u), fmt.Sprintf("n%d", v), 1)
		}
	}
	return b.Build()
}

func (b *Builder) edgeCount() int { return len(b.edges) }
