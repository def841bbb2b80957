// Command gonumpeer times gonum's betweenness and PageRank on an edge list,
// as the peer the benchmark script compares diplograph with. It prints one
// JSON object with the scores and the seconds each measure took.
package main

import (
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"gonum.org/v1/gonum/graph/network"
	"gonum.org/v1/gonum/graph/simple"
)

func main() {
	in := flag.String("edges", "", "CSV edge list with a source,target header")
	flag.Parse()
	f, err := os.Open(*in)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gonumpeer:", err)
		os.Exit(1)
	}
	r := csv.NewReader(f)
	ug := simple.NewUndirectedGraph()
	dg := simple.NewDirectedGraph()
	ids := map[string]int64{}
	names := []string{}
	node := func(s string) simple.Node {
		id, ok := ids[s]
		if !ok {
			id = int64(len(names))
			ids[s] = id
			names = append(names, s)
			ug.AddNode(simple.Node(id))
			dg.AddNode(simple.Node(id))
		}
		return simple.Node(id)
	}
	for line := 0; ; line++ {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "gonumpeer:", err)
			os.Exit(1)
		}
		if line == 0 {
			continue
		}
		u, v := node(rec[0]), node(rec[1])
		if u == v {
			continue
		}
		ug.SetEdge(ug.NewEdge(u, v))
		dg.SetEdge(dg.NewEdge(u, v))
		dg.SetEdge(dg.NewEdge(v, u))
	}
	t0 := time.Now()
	b := network.Betweenness(ug)
	tb := time.Since(t0).Seconds()
	t0 = time.Now()
	p := network.PageRankSparse(dg, 0.85, 1e-10)
	tp := time.Since(t0).Seconds()
	out := map[string]any{"seconds": map[string]float64{"betweenness": tb, "pagerank": tp}}
	bs, ps := map[string]float64{}, map[string]float64{}
	for i, n := range names {
		bs[n] = b[int64(i)] / 2 // gonum counts each unordered pair twice
		ps[n] = p[int64(i)]
	}
	out["betweenness"], out["pagerank"] = bs, ps
	if err := json.NewEncoder(os.Stdout).Encode(out); err != nil {
		fmt.Fprintln(os.Stderr, "gonumpeer:", err)
		os.Exit(1)
	}
}
