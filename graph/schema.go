package graph

import (
	"context"
	"fmt"

	"github.com/diplograph/diplograph/extract"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// NodeLabels are the labels of the nodes the store writes.
var NodeLabels = []string{"Country", "Person", "Organization", "City", "Article"}

// linkTypes are the relationship types besides the extracted relations.
var linkTypes = []string{"MENTIONS", "LOCATED_IN"}

// Schema returns the statements ApplySchema runs, in order. Each is
// idempotent (IF NOT EXISTS).
func Schema() []string {
	var out []string
	for _, l := range NodeLabels {
		out = append(out, fmt.Sprintf("CREATE CONSTRAINT %s_id IF NOT EXISTS FOR (n:%s) REQUIRE n.id IS UNIQUE", lower(l), l))
	}
	types := append(relTypeNames(), linkTypes...)
	for _, t := range types {
		out = append(out, fmt.Sprintf("CREATE CONSTRAINT %s_key IF NOT EXISTS FOR ()-[r:%s]-() REQUIRE r.key IS UNIQUE", lower(t), t))
	}
	for _, t := range relTypeNames() {
		out = append(out, fmt.Sprintf("CREATE INDEX %s_year IF NOT EXISTS FOR ()-[r:%s]-() ON (r.year)", lower(t), t))
	}
	out = append(out, "CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.published)",
		"CREATE CONSTRAINT centralityrun_id IF NOT EXISTS FOR (r:CentralityRun) REQUIRE r.id IS UNIQUE",
		"CREATE INDEX centralityrun_projection IF NOT EXISTS FOR (r:CentralityRun) ON (r.projection, r.at)")
	return out
}

func relTypeNames() []string {
	var out []string
	for _, t := range extract.RelationTypes {
		out = append(out, string(t))
	}
	return out
}

func lower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// ApplySchema creates the constraints and indexes the store relies on. It is
// idempotent and safe to run before every ingest.
func (s *Store) ApplySchema(ctx context.Context) error {
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(ctx)
	for _, q := range Schema() {
		// Schema commands cannot share a transaction with each other.
		if err := consume(ctx, sess, q); err != nil {
			return fmt.Errorf("apply schema: %w", s.wrap(err))
		}
	}
	if err := consume(ctx, sess, "CALL db.awaitIndexes(60)"); err != nil {
		return fmt.Errorf("apply schema: wait for indexes: %w", s.wrap(err))
	}
	return nil
}

func consume(ctx context.Context, sess neo4j.SessionWithContext, q string) error {
	res, err := sess.Run(ctx, q, nil)
	if err != nil {
		return err
	}
	_, err = res.Consume(ctx)
	return err
}
