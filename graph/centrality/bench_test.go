package centrality

import (
	"context"
	"fmt"
	"testing"

	"gonum.org/v1/gonum/graph/network"
	"gonum.org/v1/gonum/graph/simple"
)

// toGonum copies g into a gonum graph for the reference benchmarks.
func toGonum(g *Graph) *simple.UndirectedGraph {
	u := simple.NewUndirectedGraph()
	for i := range g.Len() {
		u.AddNode(simple.Node(i))
	}
	for v := range g.Len() {
		to, _ := g.out(int32(v))
		for _, x := range to {
			if int32(v) < x {
				u.SetEdge(u.NewEdge(simple.Node(v), simple.Node(x)))
			}
		}
	}
	return u
}

// BenchmarkBetweenness compares the exact betweenness of this package with
// gonum's on the same random graphs; run with -bench Betweenness and read the
// ratio of the ns/op figures.
func BenchmarkBetweenness(b *testing.B) {
	for _, size := range []struct{ n, m int }{{1000, 10000}, {5000, 50000}} {
		g := randomGraph(size.n, size.m, false, 42)
		b.Run(fmt.Sprintf("diplograph/%dk", size.n/1000), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := ShortestPaths(context.Background(), g, false, 0); err != nil {
					b.Fatal(err)
				}
			}
		})
		if size.n > 1000 {
			continue // gonum takes minutes here; the bench/ script measures it
		}
		gg := toGonum(g)
		b.Run(fmt.Sprintf("gonum/%dk", size.n/1000), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				network.Betweenness(gg)
			}
		})
	}
}

func BenchmarkPageRank(b *testing.B) {
	g := randomGraph(5000, 50000, false, 42)
	b.Run("diplograph/5k", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := PageRank(g, false, 0.85, 1e-10, 1000); err != nil {
				b.Fatal(err)
			}
		}
	})
	gg := simple.NewDirectedGraph()
	for i := range g.Len() {
		gg.AddNode(simple.Node(i))
	}
	for v := range g.Len() {
		to, _ := g.out(int32(v))
		for _, x := range to {
			gg.SetEdge(gg.NewEdge(simple.Node(v), simple.Node(x)))
		}
	}
	b.Run("gonum-sparse/5k", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			network.PageRankSparse(gg, 0.85, 1e-10)
		}
	})
}

func BenchmarkCompute(b *testing.B) {
	g := randomGraph(5000, 50000, false, 42)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Compute(context.Background(), g, Options{Weighted: true}); err != nil {
			b.Fatal(err)
		}
	}
}
