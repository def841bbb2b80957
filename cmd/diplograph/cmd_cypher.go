package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/diplograph/diplograph/graph"
)

type cypherOptions struct {
	params []string
	format string
}

func newCypherCommand(a *app) *cobra.Command {
	o := &cypherOptions{}
	c := &cobra.Command{
		Use:   "cypher QUERY",
		Short: "Run a read-only Cypher query",
		Long: `Cypher runs an analyst's query in a read transaction and prints the result.
Queries that would write are refused. Parameters are passed with --param
name=value; a value that is valid JSON (2024, true, ["RU","CN"]) is sent as
that JSON value, anything else as a string.`,
		Example: `  diplograph cypher 'MATCH (p:Person)-[v:VISITED]->(c) WHERE v.year = $year RETURN p.name, c.name, v.date' --param year=2024`,
		Args:    argsOrUsage(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			params, err := parseParams(o.params)
			if err != nil {
				return usageError{err}
			}
			return a.read(cmd.Context(), args[0], params, o.format)
		},
	}
	c.Flags().StringArrayVarP(&o.params, "param", "p", nil, "query parameter name=value (repeatable)")
	c.Flags().StringVarP(&o.format, "format", "f", "table", "output format: table, json or csv")
	return c
}

// read runs a read-only query and prints its result.
func (a *app) read(ctx context.Context, query string, params map[string]any, format string) error {
	s, err := a.openStore(ctx)
	if err != nil {
		return err
	}
	defer s.Close(ctx)
	t, err := s.Read(ctx, query, params)
	if err != nil {
		return err
	}
	return writeTable(a.stdout, format, t)
}

// parseParams turns name=value pairs into Cypher parameters.
func parseParams(kvs []string) (map[string]any, error) {
	out := map[string]any{}
	for _, kv := range kvs {
		k, v, ok := strings.Cut(kv, "=")
		if !ok || k == "" {
			return nil, fmt.Errorf("--param %q: want name=value", kv)
		}
		out[k] = paramValue(v)
	}
	return out, nil
}

func paramValue(v string) any {
	dec := json.NewDecoder(strings.NewReader(v))
	dec.UseNumber()
	var x any
	if err := dec.Decode(&x); err != nil || dec.More() {
		return v
	}
	return fromJSON(x)
}

func fromJSON(x any) any {
	switch t := x.(type) {
	case json.Number:
		if i, err := t.Int64(); err == nil {
			return i
		}
		f, _ := t.Float64()
		return f
	case []any:
		for i := range t {
			t[i] = fromJSON(t[i])
		}
	case map[string]any:
		for k := range t {
			t[k] = fromJSON(t[k])
		}
	}
	return x
}

func writeTable(w io.Writer, format string, t *graph.Table) error {
	switch format {
	case "json":
		rows := make([]map[string]any, len(t.Rows))
		for i, r := range t.Rows {
			m := map[string]any{}
			for j, c := range t.Columns {
				m[c] = r[j]
			}
			rows[i] = m
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(rows)
	case "csv":
		cw := csv.NewWriter(w)
		if err := cw.Write(t.Columns); err != nil {
			return err
		}
		for _, r := range t.Rows {
			rec := make([]string, len(r))
			for j, v := range r {
				rec[j] = cell(v)
			}
			if err := cw.Write(rec); err != nil {
				return err
			}
		}
		cw.Flush()
		return cw.Error()
	case "table":
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, strings.Join(t.Columns, "\t"))
		for _, r := range t.Rows {
			cells := make([]string, len(r))
			for j, v := range r {
				cells[j] = clip(cell(v), 80)
			}
			fmt.Fprintln(tw, strings.Join(cells, "\t"))
		}
		if err := tw.Flush(); err != nil {
			return err
		}
		_, err := fmt.Fprintf(w, "(%d rows)\n", len(t.Rows))
		return err
	}
	return usageError{fmt.Errorf("--format %q: want table, json or csv", format)}
}

// cell renders one value: strings as they are, null as empty, the rest as
// compact JSON with map keys sorted.
func cell(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		var b bytes.Buffer
		b.WriteByte('{')
		for i, k := range keys {
			if i > 0 {
				b.WriteByte(',')
			}
			kb, _ := json.Marshal(k)
			b.Write(kb)
			b.WriteByte(':')
			b.WriteString(cell(x[k]))
		}
		b.WriteByte('}')
		return b.String()
	}
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	return string(b)
}
