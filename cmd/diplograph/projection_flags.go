package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/diplograph/diplograph/extract"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/centrality"
)

// projectionFlags choose a projection of the graph and its time window.
type projectionFlags struct {
	name        string
	from, to    string
	year        int
	series      string
	memberships bool
	write       bool
}

func (p *projectionFlags) addFlags(f *pflag.FlagSet) {
	f.StringVar(&p.name, "projection", graph.Countries, "projection: "+strings.Join(graph.Projections, ", "))
	f.StringVar(&p.from, "from", "", "window start, YYYY[-MM[-DD]], inclusive")
	f.StringVar(&p.to, "to", "", "window end, YYYY[-MM[-DD]], inclusive")
	f.IntVar(&p.year, "year", 0, "window: one calendar year")
	f.StringVar(&p.series, "series", "", "one run per year, FROM:TO (for example 2020:2024)")
	f.BoolVar(&p.memberships, "memberships", false, "countries projection: also link countries that share an organisation")
	f.BoolVar(&p.write, "write", false, "store each run (CentralityRun) and the latest scores in the graph")
}

// set reports whether any projection flag was given.
func (p *projectionFlags) set(cmd *cobra.Command) bool {
	for _, n := range []string{"projection", "from", "to", "year", "series", "memberships", "write"} {
		if cmd.Flags().Changed(n) {
			return true
		}
	}
	return false
}

// windows returns the windows to compute, in order.
func (p *projectionFlags) windows() ([]graph.Window, error) {
	nset := 0
	for _, b := range []bool{p.from != "" || p.to != "", p.year != 0, p.series != ""} {
		if b {
			nset++
		}
	}
	if nset > 1 {
		return nil, errors.New("use one of --from/--to, --year or --series")
	}
	switch {
	case p.year != 0:
		return []graph.Window{{From: extract.Date{Year: p.year}, To: extract.Date{Year: p.year}}}, nil
	case p.series != "":
		a, b, ok := strings.Cut(p.series, ":")
		y1, err1 := strconv.Atoi(a)
		y2, err2 := strconv.Atoi(b)
		if !ok || err1 != nil || err2 != nil || y1 > y2 || y2-y1 > 200 {
			return nil, fmt.Errorf("--series %q: want FROM:TO years, for example 2020:2024", p.series)
		}
		var out []graph.Window
		for y := y1; y <= y2; y++ {
			out = append(out, graph.Window{From: extract.Date{Year: y}, To: extract.Date{Year: y}})
		}
		return out, nil
	}
	from, err := extract.ParseDate(p.from)
	if err != nil {
		return nil, fmt.Errorf("--from: %w", err)
	}
	to, err := extract.ParseDate(p.to)
	if err != nil {
		return nil, fmt.Errorf("--to: %w", err)
	}
	if !from.IsZero() && !to.IsZero() && to.Before(from) {
		return nil, fmt.Errorf("--to %s is before --from %s", to, from)
	}
	return []graph.Window{{From: from, To: to}}, nil
}

func runProjectionCentrality(cmd *cobra.Command, a *app, o *centralityOptions) error {
	if cmd.Flags().Changed("directed") {
		return usageError{errors.New("--directed applies to --edges; projections are undirected")}
	}
	wins, err := o.proj.windows()
	if err != nil {
		return usageError{err}
	}
	valid := false
	for _, p := range graph.Projections {
		valid = valid || p == o.proj.name
	}
	if !valid {
		return usageError{fmt.Errorf("--projection %q: want one of %s", o.proj.name, strings.Join(graph.Projections, ", "))}
	}
	if err := checkWeights(a.cfg.Centrality.Weights); err != nil {
		return err
	}
	ctx := cmd.Context()
	s, err := a.openStore(ctx)
	if err != nil {
		return err
	}
	defer s.Close(ctx)
	if o.proj.write {
		if err := s.ApplySchema(ctx); err != nil {
			return err
		}
	}
	for i, w := range wins {
		start := time.Now()
		g, st, err := s.Project(ctx, graph.ProjectionOptions{Name: o.proj.name, Window: w, Memberships: o.proj.memberships, Weights: a.cfg.Centrality.Weights})
		if err != nil {
			return err
		}
		r, err := centrality.Compute(ctx, g, centrality.Options{Weighted: !o.unweighted, Workers: o.workers})
		if err != nil {
			return err
		}
		a.log.Info("centrality computed", "projection", o.proj.name, "window", w.String(), "facts", st.Facts, "nodes", r.Nodes, "edges", r.Edges, "seconds", time.Since(start).Seconds())
		if o.format == "table" {
			if i > 0 {
				fmt.Fprintln(a.stdout)
			}
			fmt.Fprintf(a.stdout, "== %s, %s: %d facts\n", o.proj.name, w, st.Facts)
		}
		if err := writeCentrality(a.stdout, o, r, time.Since(start)); err != nil {
			return err
		}
		if o.proj.write {
			run := graph.NewRun(o.proj.name, w, !o.unweighted, st.Facts, time.Now())
			if err := s.WriteRun(ctx, run, r); err != nil {
				return err
			}
			a.log.Info("centrality run stored", "run", run.ID)
		}
	}
	return nil
}

// checkWeights refuses configured weights for unknown relation types.
func checkWeights(w map[string]float64) error {
	for k := range w {
		if !knownWeight(k) {
			return fmt.Errorf("config: centrality.weights.%s: not a relation type", k)
		}
	}
	return nil
}

func knownWeight(k string) bool {
	if k == "SHARED_MEMBERSHIP" {
		return true
	}
	for _, t := range extract.RelationTypes {
		if string(t) == k {
			return true
		}
	}
	return false
}
