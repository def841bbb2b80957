package graph

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

// Table is the result of a query: column names and rows of plain values
// (nil, bool, int64, float64, string, []any, map[string]any).
type Table struct {
	Columns []string `json:"columns"`
	Rows    [][]any  `json:"rows"`
}

// Read runs an analyst's query in a read transaction. The query is first
// planned with EXPLAIN and refused with ErrNotReadOnly unless Neo4j says it
// only reads; the read transaction is a second guard. Parameters are passed
// as Cypher parameters, never spliced into the text.
func (s *Store) Read(ctx context.Context, query string, params map[string]any) (*Table, error) {
	sess := s.session(ctx, neo4j.AccessModeRead)
	defer sess.Close(ctx)
	res, err := sess.Run(ctx, "EXPLAIN "+query, params)
	if err != nil {
		return nil, s.queryError(err)
	}
	sum, err := res.Consume(ctx)
	if err != nil {
		return nil, s.queryError(err)
	}
	if t := sum.StatementType(); t != neo4j.StatementTypeReadOnly {
		return nil, fmt.Errorf("%w: Neo4j plans it as %s; diplograph only runs queries that read", ErrNotReadOnly, statementName(t))
	}
	out, err := sess.ExecuteRead(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		res, err := tx.Run(ctx, query, params)
		if err != nil {
			return nil, err
		}
		keys, err := res.Keys()
		if err != nil {
			return nil, err
		}
		t := &Table{Columns: keys, Rows: [][]any{}}
		for res.Next(ctx) {
			rec := res.Record()
			row := make([]any, len(rec.Values))
			for i, v := range rec.Values {
				row[i] = Plain(v)
			}
			t.Rows = append(t.Rows, row)
		}
		return t, res.Err()
	})
	if err != nil {
		return nil, s.queryError(err)
	}
	return out.(*Table), nil
}

func (s *Store) queryError(err error) error {
	var ne *neo4j.Neo4jError
	if errors.As(err, &ne) {
		if ne.Code == "Neo.ClientError.Statement.AccessMode" {
			return fmt.Errorf("%w: %s", ErrNotReadOnly, ne.Msg)
		}
		return fmt.Errorf("query: %s", ne.Msg)
	}
	return fmt.Errorf("query: %w", s.wrap(err))
}

func statementName(t neo4j.StatementType) string {
	switch t {
	case neo4j.StatementTypeReadWrite:
		return "read-write"
	case neo4j.StatementTypeWriteOnly:
		return "write-only"
	case neo4j.StatementTypeSchemaWrite:
		return "a schema change"
	}
	return "of unknown type"
}

// Plain converts a driver value to a plain one fit for JSON, CSV and tables:
// nodes and relationships become maps of their properties with their labels
// or type, paths become lists, temporal values strings.
func Plain(v any) any {
	switch x := v.(type) {
	case nil, bool, int64, float64, string:
		return x
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = Plain(e)
		}
		return out
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = Plain(e)
		}
		return out
	case dbtype.Node:
		m := Plain(x.Props).(map[string]any)
		labels := make([]any, len(x.Labels))
		for i, l := range x.Labels {
			labels[i] = l
		}
		m["_labels"] = labels
		return m
	case dbtype.Relationship:
		m := Plain(x.Props).(map[string]any)
		m["_type"] = x.Type
		return m
	case dbtype.Path:
		out := make([]any, 0, len(x.Nodes)+len(x.Relationships))
		for i, n := range x.Nodes {
			out = append(out, Plain(n))
			if i < len(x.Relationships) {
				out = append(out, Plain(x.Relationships[i]))
			}
		}
		return out
	case time.Time:
		return x.Format(time.RFC3339Nano)
	case fmt.Stringer:
		return x.String()
	}
	return fmt.Sprint(v)
}

// Counts is the number of nodes per label and relationships per type.
type Counts struct {
	Nodes         map[string]int64 `json:"nodes"`
	Relationships map[string]int64 `json:"relationships"`
}

// Count counts nodes per label and relationships per type.
func (s *Store) Count(ctx context.Context) (Counts, error) {
	c := Counts{Nodes: map[string]int64{}, Relationships: map[string]int64{}}
	t, err := s.Read(ctx, "MATCH (n) UNWIND labels(n) AS l RETURN l, count(*) AS c", nil)
	if err != nil {
		return c, err
	}
	for _, r := range t.Rows {
		c.Nodes[r[0].(string)] = r[1].(int64)
	}
	t, err = s.Read(ctx, "MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c", nil)
	if err != nil {
		return c, err
	}
	for _, r := range t.Rows {
		c.Relationships[r[0].(string)] = r[1].(int64)
	}
	return c, nil
}

// Labels returns the labels of c in a fixed order.
func (c Counts) Labels() []string {
	var out []string
	for k := range c.Nodes {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
