package graph

import (
	"context"
	"fmt"
	"math/rand/v2"
	"runtime"
	"sync/atomic"
	"testing"
	"time"

	"github.com/diplograph/diplograph/graph/centrality"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// BenchmarkProjectAndCompute loads a synthetic countries graph of 10,000
// nodes and 100,000 dated relationships into the real Neo4j (wiping it
// first), then times reading the projection and computing every measure,
// and reports the peak Go heap during that work. Run it alone:
//
//	go test ./graph -run XXX -bench ProjectAndCompute -benchtime 3x
func BenchmarkProjectAndCompute(b *testing.B) {
	const nodes, rels = 10000, 100000
	s := openBenchStore(b)
	ctx := context.Background()
	if err := loadSynthetic(ctx, s, nodes, rels); err != nil {
		b.Fatal(err)
	}
	var peak atomic.Uint64
	stop := make(chan struct{})
	go sampleHeap(&peak, stop)
	defer close(stop)
	b.ResetTimer()
	var project, compute time.Duration
	for b.Loop() {
		t0 := time.Now()
		g, _, err := s.Project(ctx, ProjectionOptions{Name: Countries})
		if err != nil {
			b.Fatal(err)
		}
		project += time.Since(t0)
		if g.Len() != nodes || g.Edges() != rels {
			b.Fatalf("projection has %d nodes, %d edges", g.Len(), g.Edges())
		}
		t0 = time.Now()
		if _, err := centrality.Compute(ctx, g, centrality.Options{Weighted: true}); err != nil {
			b.Fatal(err)
		}
		compute += time.Since(t0)
	}
	b.ReportMetric(project.Seconds()/float64(b.N), "project-s/op")
	b.ReportMetric(compute.Seconds()/float64(b.N), "compute-s/op")
	b.ReportMetric(float64(peak.Load())/(1<<20), "peak-heap-MiB")
}

func openBenchStore(b *testing.B) *Store {
	b.Helper()
	s, err := Open(context.Background(), Options{
		URI: env("DIPLOGRAPH_NEO4J_URI", "bolt://127.0.0.1:7687"), User: env("DIPLOGRAPH_NEO4J_USER", "neo4j"),
		Password: env("DIPLOGRAPH_NEO4J_PASSWORD", "diplograph-dev"), Database: env("DIPLOGRAPH_NEO4J_DATABASE", "neo4j"),
	})
	if err != nil {
		b.Skipf("no Neo4j server: %v", err)
	}
	b.Cleanup(func() { s.Close(context.Background()) })
	if err := s.ApplySchema(context.Background()); err != nil {
		b.Fatal(err)
	}
	if err := s.ResetTestDatabase(context.Background()); err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { _ = s.ResetTestDatabase(context.Background()) })
	return s
}

// loadSynthetic writes n countries and m distinct PARTNER_OF facts between
// random pairs, dated in 2020-2024, in batches of 10,000.
func loadSynthetic(ctx context.Context, s *Store, n, m int) error {
	ids := make([]any, n)
	for i := range ids {
		ids[i] = fmt.Sprintf("X%05d", i)
	}
	if err := s.write(ctx, func(tx neo4j.ManagedTransaction) error {
		return run(ctx, tx, "UNWIND $ids AS id CREATE (:Country {id: id, name: id})", map[string]any{"ids": ids})
	}); err != nil {
		return err
	}
	rng := rand.New(rand.NewPCG(1, 1))
	seen := map[[2]int]bool{}
	var batch []any
	flush := func() error {
		rows := batch
		batch = nil
		return s.write(ctx, func(tx neo4j.ManagedTransaction) error {
			return run(ctx, tx, `
UNWIND $rows AS row
MATCH (a:Country {id: row.a}) MATCH (b:Country {id: row.b})
CREATE (a)-[:PARTNER_OF {key: row.key, date: row.date, year: row.year, status: 'occurred', articles: ['synthetic']}]->(b)`,
				map[string]any{"rows": rows})
		})
	}
	for len(seen) < m {
		u, v := rng.IntN(n), rng.IntN(n)
		if u == v {
			continue
		}
		u, v = min(u, v), max(u, v)
		if seen[[2]int{u, v}] {
			continue
		}
		seen[[2]int{u, v}] = true
		y := 2020 + rng.IntN(5)
		batch = append(batch, map[string]any{"a": ids[u], "b": ids[v], "key": fmt.Sprintf("PARTNER_OF|%s|%s", ids[u], ids[v]), "date": fmt.Sprintf("%d-%02d", y, 1+rng.IntN(12)), "year": int64(y)})
		if len(batch) == 10000 {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	if len(batch) > 0 {
		return flush()
	}
	return nil
}

func sampleHeap(peak *atomic.Uint64, stop chan struct{}) {
	var ms runtime.MemStats
	t := time.NewTicker(5 * time.Millisecond)
	defer t.Stop()
	for {
		select {
		case <-stop:
			return
		case <-t.C:
			runtime.ReadMemStats(&ms)
			if ms.HeapAlloc > peak.Load() {
				peak.Store(ms.HeapAlloc)
			}
		}
	}
}
