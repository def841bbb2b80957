package graph

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/diplograph/diplograph/graph/centrality"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Run describes one centrality computation written back to the graph.
type Run struct {
	ID         string
	At         time.Time
	Projection string
	Window     Window
	Weighted   bool
	Facts      int
}

// NewRun names a run by its projection, window and time, in UTC.
func NewRun(projection string, w Window, weighted bool, facts int, at time.Time) Run {
	at = at.UTC().Truncate(time.Millisecond)
	win := strings.NewReplacer(" ", "", "…", "open").Replace(w.String())
	return Run{ID: fmt.Sprintf("%s/%s/%s", projection, win, at.Format("20060102T150405.000Z")), At: at, Projection: projection, Window: w, Weighted: weighted, Facts: facts}
}

// WriteRun stores a run in one transaction: a CentralityRun node with the
// run's metadata, a SCORED relationship to every scored node carrying its
// scores, and the latest scores as node properties named
// <projection>_<measure> (countries_pagerank, ...) with <projection>_run
// naming the run. Earlier runs stay, so trends can be queried.
func (s *Store) WriteRun(ctx context.Context, rn Run, r centrality.Result) error {
	byLabel := map[string][]any{}
	for _, sc := range r.Scores {
		label, id := labelOf(rn.Projection, sc.ID)
		scores := map[string]any{}
		latest := map[string]any{rn.Projection + "_run": rn.ID}
		for _, m := range centrality.Measures {
			scores[m] = sc.Values[m]
			latest[rn.Projection+"_"+m] = sc.Values[m]
		}
		byLabel[label] = append(byLabel[label], map[string]any{"id": id, "scores": scores, "latest": latest})
	}
	measures := make([]any, len(centrality.Measures))
	for i, m := range centrality.Measures {
		measures[i] = m
	}
	err := s.write(ctx, func(tx neo4j.ManagedTransaction) error {
		if err := run(ctx, tx, `
CREATE (:CentralityRun {id: $id, at: datetime($at), projection: $projection, window_from: $from, window_to: $to,
                        weighted: $weighted, facts: $facts, nodes: $nodes, edges: $edges, measures: $measures})`,
			map[string]any{"id": rn.ID, "at": rn.At.Format(time.RFC3339Nano), "projection": rn.Projection,
				"from": nullable(rn.Window.From.String()), "to": nullable(rn.Window.To.String()), "weighted": rn.Weighted,
				"facts": int64(rn.Facts), "nodes": int64(r.Nodes), "edges": int64(r.Edges), "measures": measures}); err != nil {
			return err
		}
		for _, label := range sortedKeys(byLabel) {
			q := fmt.Sprintf(`
MATCH (run:CentralityRun {id: $id})
UNWIND $rows AS row
MATCH (n:%s {id: row.id})
CREATE (run)-[s:SCORED]->(n)
SET s = row.scores, n += row.latest`, label)
			if err := run(ctx, tx, q, map[string]any{"id": rn.ID, "rows": byLabel[label]}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("write centrality run %s: %w", rn.ID, err)
	}
	return nil
}

// labelOf returns the node label and id of a scored node.
func labelOf(projection, key string) (string, string) {
	switch projection {
	case Countries:
		return "Country", key
	case Leaders:
		return "Person", key
	}
	label, id, _ := strings.Cut(key, ":")
	return label, id
}
