package main

import (
	"errors"
	"fmt"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/diplograph/diplograph/report"
)

func newScheduleCommand(a *app) *cobra.Command {
	c := &cobra.Command{
		Use:   "schedule",
		Short: "Run the reports configured under reports: on their cron schedules",
		Long: `The reports: list of the configuration names each report, its cron expression
(5 fields, 6 with seconds first, or @daily, @weekly, @monthly; CRON_TZ=Zone
sets a time zone), projection, window, compare mode, formats, output folder
and how many past reports to keep. 'schedule run' stays in the foreground,
recomputes centrality (stored as a CentralityRun) and writes each report on
time; stop it with SIGTERM or Ctrl-C.`,
	}
	var n int
	list := &cobra.Command{
		Use:   "list",
		Short: "Show each configured report and its next run times",
		Args:  argsOrUsage(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			specs, err := configuredReports(a)
			if err != nil {
				return err
			}
			if len(specs) == 0 {
				fmt.Fprintf(a.stdout, "no reports configured in %s; see the README's \"Scheduled reports\"\n", configName(a))
				return nil
			}
			now := time.Now()
			tw := tabwriter.NewWriter(a.stdout, 0, 0, 2, ' ', 0)
			fmt.Fprintln(tw, "NAME\tCRON\tPROJECTION\tWINDOW\tFORMATS\tOUT\tLAST RUN\tNEXT RUNS")
			for _, r := range specs {
				next, _ := report.NextRuns(r.Cron, now, n)
				var ns []string
				for _, t := range next {
					ns = append(ns, t.Format("2006-01-02 15:04 MST"))
				}
				last := "never"
				if runs, err := report.LastRuns(r.Out); err == nil {
					if run, ok := runs[r.Name]; ok {
						last = run.Started.Local().Format("2006-01-02 15:04")
						if !run.OK {
							last += " FAILED"
						}
					}
				}
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", r.Name, r.Cron, r.Projection, r.Window,
					strings.Join(r.Formats, ","), r.Out, last, strings.Join(ns, ", "))
			}
			return tw.Flush()
		},
	}
	list.Flags().IntVarP(&n, "next", "n", 3, "how many next run times to show")

	runCmd := &cobra.Command{
		Use:   "run",
		Short: "Run the configured reports on schedule until SIGTERM or Ctrl-C",
		Args:  argsOrUsage(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			jobs, err := scheduledJobs(a)
			if err != nil {
				return err
			}
			if len(jobs) == 0 {
				return fmt.Errorf("no reports configured in %s; add a reports: list (see the README)", configName(a))
			}
			a.log.Info("scheduler starting", "reports", len(jobs), "config", configName(a))
			err = report.Schedule(cmd.Context(), jobs, report.ScheduleOptions{Logger: a.log})
			if errors.Is(err, report.ErrBusy) {
				return fmt.Errorf("%w; stop the other scheduler first", err)
			}
			return err
		},
	}
	c.AddCommand(list, runCmd)
	return c
}
