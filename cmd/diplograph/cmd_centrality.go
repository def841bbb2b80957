package main

import (
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/diplograph/diplograph/graph/centrality"
)

type centralityOptions struct {
	edges      string
	directed   bool
	unweighted bool
	format     string
	top        int
	sortBy     string
	workers    int
	proj       projectionFlags
}

func newCentralityCommand(a *app) *cobra.Command {
	o := &centralityOptions{}
	c := &cobra.Command{
		Use:   "centrality",
		Short: "Who is central: degree, betweenness, closeness, PageRank, eigenvector",
		Long: `Centrality scores the nodes of a projection of the graph in Neo4j
(--projection countries|leaders|actors, with a time window) or of any edge list
(--edges FILE.csv with columns source,target and an optional weight; no Neo4j
needed). Edge weights count supporting facts; path measures use length
1/weight. See the README for what each measure means.`,
		Example: `  diplograph centrality --edges graph.csv --format csv
  diplograph centrality --projection countries --year 2024 --write`,
		Args: argsOrUsage(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runCentrality(cmd, a, o)
		},
	}
	f := c.Flags()
	f.StringVar(&o.edges, "edges", "", "score this CSV edge list (source,target[,weight]) instead of the graph in Neo4j")
	f.BoolVar(&o.directed, "directed", false, "with --edges: edges have a direction")
	f.BoolVar(&o.unweighted, "unweighted", false, "ignore edge weights")
	f.StringVarP(&o.format, "format", "f", "table", "output format: table, json or csv")
	f.IntVar(&o.top, "top", 20, "table format: show the top N nodes (0 for all)")
	f.StringVar(&o.sortBy, "sort", "pagerank", "table format: measure to sort by")
	f.IntVar(&o.workers, "workers", 0, "betweenness workers (default: all cores)")
	o.proj.addFlags(f)
	return c
}

func runCentrality(cmd *cobra.Command, a *app, o *centralityOptions) error {
	switch o.format {
	case "table", "json", "csv":
	default:
		return usageError{fmt.Errorf("--format %q: want table, json or csv", o.format)}
	}
	if !slices.Contains(centrality.Measures, o.sortBy) {
		return usageError{fmt.Errorf("--sort %q: want one of %s", o.sortBy, strings.Join(centrality.Measures, ", "))}
	}
	if o.edges == "" {
		return runProjectionCentrality(cmd, a, o)
	}
	if o.proj.set(cmd) {
		return usageError{errors.New("--edges scores a file; --projection, --from, --to, --year, --series and --write need the graph in Neo4j")}
	}
	g, err := readEdgeList(o.edges, o.directed)
	if err != nil {
		return err
	}
	start := time.Now()
	r, err := centrality.Compute(cmd.Context(), g, centrality.Options{Weighted: !o.unweighted, Workers: o.workers})
	if err != nil {
		return err
	}
	a.log.Info("centrality computed", "nodes", r.Nodes, "edges", r.Edges, "seconds", time.Since(start).Seconds())
	return writeCentrality(a.stdout, o, r, time.Since(start))
}

// readEdgeList reads source,target[,weight] rows; a first row naming the
// columns is skipped. Errors name the file and line.
func readEdgeList(path string, directed bool) (*centrality.Graph, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, pathError(err))
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	r.TrimLeadingSpace = true
	b := centrality.NewBuilder(directed)
	line := 0
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		line++
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		if line == 1 && len(rec) >= 2 && strings.EqualFold(rec[0], "source") && strings.EqualFold(rec[1], "target") {
			continue
		}
		if len(rec) == 1 && rec[0] == "" {
			continue
		}
		if len(rec) < 2 || len(rec) > 3 || rec[0] == "" || rec[1] == "" {
			return nil, fmt.Errorf("%s:%d: want source,target[,weight], got %d fields", path, line, len(rec))
		}
		w := 1.0
		if len(rec) == 3 && rec[2] != "" {
			w, err = strconv.ParseFloat(rec[2], 64)
			if err != nil {
				return nil, fmt.Errorf("%s:%d: weight %q is not a number", path, line, rec[2])
			}
		}
		if err := b.AddEdge(rec[0], rec[1], w); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
	}
	return b.Build(), nil
}

func writeCentrality(w io.Writer, o *centralityOptions, r centrality.Result, took time.Duration) error {
	switch o.format {
	case "json":
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(struct {
			centrality.Result
			TotalSeconds float64 `json:"total_seconds"`
		}{r, took.Seconds()})
	case "csv":
		cw := csv.NewWriter(w)
		_ = cw.Write(append([]string{"id"}, centrality.Measures...))
		for _, s := range r.Scores {
			rec := []string{s.ID}
			for _, m := range centrality.Measures {
				rec = append(rec, strconv.FormatFloat(s.Values[m], 'g', 12, 64))
			}
			_ = cw.Write(rec)
		}
		cw.Flush()
		return cw.Error()
	}
	fmt.Fprintf(w, "%d nodes, %d edges (%s, %s), top %d by %s, %.2fs\n", r.Nodes, r.Edges,
		map[bool]string{true: "directed", false: "undirected"}[r.Directed],
		map[bool]string{true: "weighted", false: "unweighted"}[r.Weighted], o.top, o.sortBy, took.Seconds())
	if r.SelfLoops > 0 {
		fmt.Fprintf(w, "%d self-loops dropped\n", r.SelfLoops)
	}
	for _, warn := range r.Warnings {
		fmt.Fprintf(w, "warning: %s\n", warn)
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "RANK\tID\tDEGREE\tW.DEGREE\tBETWEENNESS\tBETW.NORM\tHARMONIC\tPAGERANK\tEIGENVECTOR\t")
	for i, s := range r.Top(o.sortBy, o.top) {
		v := s.Values
		fmt.Fprintf(tw, "%d\t%s\t%.0f\t%.4g\t%.4g\t%.4f\t%.4g\t%.4f\t%.4f\t\n", i+1, s.ID, v["degree"], v["weighted_degree"], v["betweenness"], v["betweenness_norm"], v["harmonic"], v["pagerank"], v["eigenvector"])
	}
	return tw.Flush()
}
