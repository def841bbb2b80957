package main

import (
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/diplograph/diplograph/queries"
)

func newQueryCommand(a *app) *cobra.Command {
	c := &cobra.Command{Use: "query", Short: "The curated library of Cypher queries"}
	c.AddCommand(&cobra.Command{
		Use:   "list",
		Short: "List the queries with their parameters",
		Args:  argsOrUsage(cobra.NoArgs),
		RunE: func(*cobra.Command, []string) error {
			all, err := queries.All()
			if err != nil {
				return err
			}
			tw := tabwriter.NewWriter(a.stdout, 0, 0, 2, ' ', 0)
			fmt.Fprintln(tw, "NAME\tPARAMETERS\tDESCRIPTION")
			for _, q := range all {
				var ps []string
				for _, p := range q.Params {
					ps = append(ps, fmt.Sprintf("%s=%s", p.Name, p.Default))
				}
				fmt.Fprintf(tw, "%s\t%s\t%s\n", q.Name, strings.Join(ps, " "), q.Description)
			}
			return tw.Flush()
		},
	})
	c.AddCommand(&cobra.Command{
		Use:   "show NAME",
		Short: "Print a query's Cypher",
		Args:  argsOrUsage(cobra.ExactArgs(1)),
		RunE: func(_ *cobra.Command, args []string) error {
			q, err := queries.Get(args[0])
			if err != nil {
				return err
			}
			fmt.Fprint(a.stdout, q.Text)
			return nil
		},
	})
	var params []string
	var format string
	runCmd := &cobra.Command{
		Use:     "run NAME",
		Short:   "Run a query of the library (read-only)",
		Example: "  diplograph query run partners-of --param country=CN --format json",
		Args:    argsOrUsage(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			q, err := queries.Get(args[0])
			if err != nil {
				return err
			}
			over := map[string]string{}
			for _, kv := range params {
				k, v, ok := strings.Cut(kv, "=")
				if !ok {
					return usageError{fmt.Errorf("--param %q: want name=value", kv)}
				}
				over[k] = v
			}
			bound, err := q.Bind(over)
			if err != nil {
				return usageError{err}
			}
			if err := a.read(cmd.Context(), q.Text, bound, format); err != nil {
				return fmt.Errorf("query %s: %w", q.Name, err)
			}
			return nil
		},
	}
	runCmd.Flags().StringArrayVarP(&params, "param", "p", nil, "parameter name=value (repeatable); defaults come from the query header")
	runCmd.Flags().StringVarP(&format, "format", "f", "table", "output format: table, json or csv")
	c.AddCommand(runCmd)
	return c
}
