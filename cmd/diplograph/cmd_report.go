package main

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/diplograph/diplograph/config"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/report"
)

type reportOptions struct {
	name        string
	projection  string
	window      string
	compare     string
	formats     []string
	out         string
	png         bool
	keep        int
	top         int
	trend       int
	write       bool
	memberships bool
	unweighted  bool
	schedule    string
	now         string
}

func newReportCommand(a *app) *cobra.Command {
	o := &reportOptions{}
	c := &cobra.Command{
		Use:   "report",
		Short: "Write a centrality report: top nodes, risers and fallers, new relations, charts",
		Long: `report scores a projection over a window, compares it with the window before
(or with the previous stored run), and writes the result as self-contained
HTML, Markdown with SVG charts, JSON or CSV into --out. Files are named
<name>_<time>.<ext> and appear whole (written to a temporary file and renamed).

Windows: ` + report.PeriodSpecs + `.
--schedule NAME makes the report configured under that name in reports:, now;
this is the form for system cron and systemd timers.`,
		Example: `  diplograph report --window 2024 --format html,md --out reports
  diplograph report --projection leaders --window last-90-days --compare previous-run --write
  diplograph report --schedule weekly-countries`,
		Args: argsOrUsage(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runReport(cmd, a, o)
		},
	}
	f := c.Flags()
	f.StringVar(&o.name, "name", "", "report name, used in file names (default: the projection)")
	f.StringVar(&o.projection, "projection", graph.Countries, "projection: "+strings.Join(graph.Projections, ", "))
	f.StringVar(&o.window, "window", "all", "the window: "+report.PeriodSpecs)
	f.StringVar(&o.compare, "compare", report.ComparePreviousWindow, "risers and fallers against: "+strings.Join(report.CompareModes, ", "))
	f.StringSliceVarP(&o.formats, "format", "f", []string{"html"}, "formats, comma-separated: "+strings.Join(report.Formats, ", "))
	f.StringVarP(&o.out, "out", "o", "reports", "output folder")
	f.BoolVar(&o.png, "png", false, "also write each chart as PNG")
	f.IntVar(&o.keep, "keep", 0, "keep this many reports of the same name in the folder (0 keeps all)")
	f.IntVar(&o.top, "top", 10, "nodes per table and chart")
	f.IntVar(&o.trend, "trend", 6, "windows in the trend chart, this one included (1 turns it off)")
	f.BoolVar(&o.write, "write", false, "store the run as a CentralityRun, with the latest scores on the nodes")
	f.BoolVar(&o.memberships, "memberships", false, "countries projection: also link countries that share an organisation")
	f.BoolVar(&o.unweighted, "unweighted", false, "ignore relation weights")
	f.StringVar(&o.schedule, "schedule", "", "make the configured report of this name now (other flags must not be given)")
	f.StringVar(&o.now, "now", "", "resolve relative windows against this date, YYYY-MM-DD (default today)")
	return c
}

func runReport(cmd *cobra.Command, a *app, o *reportOptions) error {
	now := time.Now()
	if o.now != "" {
		t, err := time.ParseInLocation("2006-01-02", o.now, time.Local)
		if err != nil {
			return usageError{fmt.Errorf("--now %q: want YYYY-MM-DD", o.now)}
		}
		now = t.Add(12 * time.Hour)
	}
	if o.schedule != "" {
		extra := ""
		cmd.LocalNonPersistentFlags().Visit(func(f *pflag.Flag) {
			if extra == "" && f.Name != "schedule" && f.Name != "now" {
				extra = f.Name
			}
		})
		if extra != "" {
			return usageError{fmt.Errorf("--schedule takes the report's settings from the configuration; --%s cannot be given with it", extra)}
		}
		jobs, err := scheduledJobs(a)
		if err != nil {
			return err
		}
		for _, j := range jobs {
			if j.Name == o.schedule {
				return report.RunOnce(cmd.Context(), j, now, a.log)
			}
		}
		return usageError{fmt.Errorf("--schedule %q: no such report in %s (have: %s)", o.schedule, configName(a), strings.Join(jobNames(jobs), ", "))}
	}
	spec := reportSpec{
		Report: config.Report{Name: o.name, Projection: o.projection, Window: o.window, Compare: o.compare, Formats: o.formats,
			PNG: o.png, Out: o.out, Keep: o.keep, Top: o.top, Memberships: o.memberships},
		trend: o.trend, write: o.write, unweighted: o.unweighted,
	}
	if spec.Name == "" {
		spec.Name = o.projection
	}
	if err := spec.check(now); err != nil {
		return usageError{err}
	}
	files, err := spec.make(cmd.Context(), a, now)
	for _, f := range files {
		fmt.Fprintln(a.stdout, f)
	}
	return err
}

// reportSpec is a report to make, from flags or from the configuration.
type reportSpec struct {
	config.Report
	trend      int
	write      bool
	unweighted bool
}

// check validates everything that can be checked without the database.
func (r reportSpec) check(now time.Time) error {
	if err := report.ValidName(r.Name); err != nil {
		return err
	}
	if _, err := report.ParsePeriod(r.Window, now); err != nil {
		return err
	}
	if !slices.Contains(graph.Projections, r.Projection) {
		return fmt.Errorf("projection %q: want one of %s", r.Projection, strings.Join(graph.Projections, ", "))
	}
	if r.Compare != "" && !slices.Contains(report.CompareModes, r.Compare) {
		return fmt.Errorf("compare %q: want one of %s", r.Compare, strings.Join(report.CompareModes, ", "))
	}
	for _, f := range r.Formats {
		if !slices.Contains(report.Formats, f) {
			return fmt.Errorf("format %q: want one of %s", f, strings.Join(report.Formats, ", "))
		}
	}
	if r.Keep < 0 {
		return fmt.Errorf("keep %d: want 0 (keep all) or more", r.Keep)
	}
	if r.Out == "" {
		return errors.New("no output folder")
	}
	return nil
}

// make builds and writes the report, returning the files written.
func (r reportSpec) make(ctx context.Context, a *app, now time.Time) ([]string, error) {
	if err := checkWeights(a.cfg.Centrality.Weights); err != nil {
		return nil, err
	}
	p, err := report.ParsePeriod(r.Window, now)
	if err != nil {
		return nil, err
	}
	s, err := a.openStore(ctx)
	if err != nil {
		return nil, err
	}
	defer s.Close(ctx)
	if r.write {
		if err := s.ApplySchema(ctx); err != nil {
			return nil, err
		}
	}
	start := time.Now()
	rep, err := report.Build(ctx, s, report.Options{
		Name: r.Name, Projection: r.Projection, Period: p, Compare: r.Compare, Memberships: r.Memberships,
		Weights: a.cfg.Centrality.Weights, Unweighted: r.unweighted, Top: r.Top, Trend: r.trend, Write: r.write, Now: now,
		Settings: map[string]any{"formats": r.Formats, "neo4j": a.cfg.Neo4j.URI},
	})
	if err != nil {
		return nil, err
	}
	files, err := report.Write(r.Out, rep, report.WriteOptions{Formats: r.Formats, PNG: r.PNG, Keep: r.Keep, Version: versionString()})
	if err != nil {
		return files, err
	}
	a.log.Info("report written", "report", r.Name, "window", rep.Window.Label, "facts", rep.Counts.Relations, "nodes", rep.Counts.Entities,
		"run", rep.RunID, "files", len(files), "seconds", time.Since(start).Seconds())
	return files, nil
}

// configuredReports reads the reports: list with the command's defaults
// filled in and every value checked. Scheduled reports always store their
// run, so that previous-run comparisons and the centrality-trend query have
// history.
func configuredReports(a *app) ([]reportSpec, error) {
	var specs []reportSpec
	for _, rc := range a.cfg.Reports {
		spec := reportSpec{Report: rc, trend: 6, write: true}
		if spec.Projection == "" {
			spec.Projection = graph.Countries
		}
		if spec.Window == "" {
			spec.Window = "all"
		}
		if len(spec.Formats) == 0 {
			spec.Formats = []string{"html"}
		}
		err := spec.check(time.Now())
		if err == nil {
			err = report.CheckCron(rc.Cron)
		}
		if err != nil {
			return nil, fmt.Errorf("%s: report %s: %w", configName(a), rc.Name, err)
		}
		specs = append(specs, spec)
	}
	return specs, nil
}

// scheduledJobs turns the configured reports into jobs.
func scheduledJobs(a *app) ([]report.Job, error) {
	specs, err := configuredReports(a)
	if err != nil {
		return nil, err
	}
	jobs := make([]report.Job, 0, len(specs))
	for _, spec := range specs {
		jobs = append(jobs, report.Job{Name: spec.Name, Cron: spec.Cron, Out: spec.Out,
			Run: func(ctx context.Context, now time.Time) ([]string, error) { return spec.make(ctx, a, now) }})
	}
	return jobs, nil
}

func configName(a *app) string {
	if a.cfg.File == "" {
		return "the configuration (no file)"
	}
	return a.cfg.File
}

func jobNames(jobs []report.Job) []string {
	var out []string
	for _, j := range jobs {
		out = append(out, j.Name)
	}
	if out == nil {
		return []string{"none"}
	}
	return out
}
