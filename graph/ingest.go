package graph

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/diplograph/diplograph/extract"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// IngestStats counts what one article contributed.
type IngestStats struct {
	Entities  int
	Relations int
}

// testHookBeforeCommit, when set by a test, runs inside the transaction
// after every write and before the commit.
var testHookBeforeCommit func(article string) error

// FactKey is the identity of a relation in the graph: two relations with the
// same key are the same fact.
func FactKey(r extract.Relation) string {
	return strings.Join([]string{string(r.Type), r.Source, r.Target, r.Date.String(), string(r.Status), r.Role}, "|")
}

// Ingest writes one extraction result in one transaction: the article, its
// entities and mentions, and its relations with their provenance. Writing
// the same result again leaves the graph unchanged. It fails, writing
// nothing, when the article has no id.
func (s *Store) Ingest(ctx context.Context, r extract.Result) (IngestStats, error) {
	a := r.Article
	if a.ID == "" {
		return IngestStats{}, fmt.Errorf("ingest: article has no id")
	}
	kinds := map[string]extract.Kind{}
	for _, e := range r.Entities {
		kinds[e.ID] = e.Kind
	}
	keys := make([]string, 0, len(r.Relations))
	for _, rel := range r.Relations {
		if kinds[rel.Source] == "" || kinds[rel.Target] == "" {
			return IngestStats{}, fmt.Errorf("ingest %s: relation %s has an end that is not an entity", a.ID, FactKey(rel))
		}
		keys = append(keys, FactKey(rel))
	}
	sort.Strings(keys)
	err := s.write(ctx, func(tx neo4j.ManagedTransaction) error {
		old, err := previousFacts(ctx, tx, a.ID)
		if err != nil {
			return err
		}
		if err := upsertArticle(ctx, tx, a, keys); err != nil {
			return err
		}
		if err := upsertEntities(ctx, tx, a.ID, r.Entities); err != nil {
			return err
		}
		if err := upsertRelations(ctx, tx, a.ID, r.Relations, kinds); err != nil {
			return err
		}
		if testHookBeforeCommit != nil {
			if err := testHookBeforeCommit(a.ID); err != nil {
				return err
			}
		}
		return dropStale(ctx, tx, a.ID, old, keys)
	})
	if err != nil {
		return IngestStats{}, fmt.Errorf("ingest %s: %w", a.ID, err)
	}
	return IngestStats{Entities: len(r.Entities), Relations: len(r.Relations)}, nil
}

func previousFacts(ctx context.Context, tx neo4j.ManagedTransaction, id string) ([]string, error) {
	res, err := tx.Run(ctx, "MATCH (a:Article {id: $id}) RETURN a.facts AS facts", map[string]any{"id": id})
	if err != nil {
		return nil, err
	}
	recs, err := res.Collect(ctx)
	if err != nil || len(recs) == 0 {
		return nil, err
	}
	v, _ := recs[0].Get("facts")
	list, _ := v.([]any)
	out := make([]string, 0, len(list))
	for _, x := range list {
		if s, ok := x.(string); ok {
			out = append(out, s)
		}
	}
	return out, nil
}

func upsertArticle(ctx context.Context, tx neo4j.ManagedTransaction, a extract.Article, keys []string) error {
	return run(ctx, tx, `
MERGE (a:Article {id: $id})
SET a.url = $url, a.title = $title, a.published = $published, a.language = $language, a.facts = $facts`,
		map[string]any{"id": a.ID, "url": a.URL, "title": a.Title, "published": nullable(a.Published.String()), "language": a.Language, "facts": toAny(keys)})
}

func upsertEntities(ctx context.Context, tx neo4j.ManagedTransaction, article string, es []extract.Entity) error {
	byLabel := map[extract.Kind][]any{}
	var mentions, located []any
	ids := make([]any, 0, len(es))
	for _, e := range es {
		byLabel[e.Kind] = append(byLabel[e.Kind], map[string]any{"id": e.ID, "name": e.Name, "name_ar": nullable(e.NameAr)})
		ids = append(ids, e.ID)
		if e.Kind == extract.City && e.Country != "" {
			located = append(located, map[string]any{"city": e.ID, "country": e.Country})
		}
		if len(e.Mentions) > 0 {
			starts, ends := make([]any, len(e.Mentions)), make([]any, len(e.Mentions))
			for i, m := range e.Mentions {
				starts[i], ends[i] = int64(m.Start), int64(m.End)
			}
			mentions = append(mentions, map[string]any{"label": string(e.Kind), "id": e.ID, "count": int64(len(e.Mentions)), "starts": starts, "ends": ends})
		}
	}
	for _, k := range []extract.Kind{extract.Country, extract.Person, extract.Organization, extract.City} {
		rows := byLabel[k]
		if len(rows) == 0 {
			continue
		}
		q := fmt.Sprintf("UNWIND $rows AS row MERGE (n:%s {id: row.id}) SET n.name = row.name, n.name_ar = row.name_ar", k)
		if err := run(ctx, tx, q, map[string]any{"rows": rows}); err != nil {
			return fmt.Errorf("upsert %s nodes: %w", k, err)
		}
	}
	if len(located) > 0 {
		// A city's country may not be mentioned: create it with its id.
		if err := run(ctx, tx, `
UNWIND $rows AS row
MATCH (c:City {id: row.city})
MERGE (k:Country {id: row.country})
ON CREATE SET k.name = row.country
MERGE (c)-[l:LOCATED_IN {key: row.city}]->(k)`, map[string]any{"rows": located}); err != nil {
			return fmt.Errorf("link cities: %w", err)
		}
	}
	for _, k := range []extract.Kind{extract.Country, extract.Person, extract.Organization, extract.City} {
		var rows []any
		for _, m := range mentions {
			if m.(map[string]any)["label"] == string(k) {
				rows = append(rows, m)
			}
		}
		if len(rows) == 0 {
			continue
		}
		q := fmt.Sprintf(`
MATCH (a:Article {id: $article})
UNWIND $rows AS row
MATCH (e:%s {id: row.id})
MERGE (a)-[m:MENTIONS {key: $article + '|' + row.id}]->(e)
SET m.count = row.count, m.starts = row.starts, m.ends = row.ends`, k)
		if err := run(ctx, tx, q, map[string]any{"article": article, "rows": rows}); err != nil {
			return fmt.Errorf("link mentions: %w", err)
		}
	}
	return run(ctx, tx, `
MATCH (a:Article {id: $article})-[m:MENTIONS]->(e)
WHERE NOT e.id IN $ids
DELETE m`, map[string]any{"article": article, "ids": ids})
}

// replaceAt is a Cypher expression: list L with element i replaced by x, or
// x appended when i is its size.
func replaceAt(list, x string) string {
	return fmt.Sprintf("CASE WHEN i = n THEN coalesce(%[1]s, []) + [%[2]s] ELSE [j IN range(0, n - 1) | CASE WHEN j = i THEN %[2]s ELSE %[1]s[j] END] END", list, x)
}

// removeAt is a Cypher expression: list L without element i.
func removeAt(list string) string {
	return fmt.Sprintf("[j IN range(0, n - 1) WHERE j <> i | %s[j]]", list)
}

func upsertRelations(ctx context.Context, tx neo4j.ManagedTransaction, article string, rels []extract.Relation, kinds map[string]extract.Kind) error {
	type group struct{ typ, src, dst string }
	groups := map[group][]any{}
	var order []group
	for _, r := range rels {
		g := group{string(r.Type), string(kinds[r.Source]), string(kinds[r.Target])}
		if _, ok := groups[g]; !ok {
			order = append(order, g)
		}
		year := any(nil)
		if !r.Date.IsZero() {
			year = int64(r.Date.Year)
		}
		groups[g] = append(groups[g], map[string]any{
			"key": FactKey(r), "source": r.Source, "target": r.Target,
			"date": nullable(r.Date.String()), "year": year, "status": string(r.Status),
			"cameo": nullable(r.CAMEO), "role": nullable(r.Role), "confidence": r.Confidence,
			"evidence": r.Evidence.Text, "start": int64(r.Evidence.Start), "end": int64(r.Evidence.End),
		})
	}
	for _, g := range order {
		q := fmt.Sprintf(`
UNWIND $rows AS row
MATCH (s:%s {id: row.source})
MATCH (t:%s {id: row.target})
MERGE (s)-[r:%s {key: row.key}]->(t)
ON CREATE SET r.date = row.date, r.year = row.year, r.status = row.status, r.cameo = row.cameo, r.role = row.role,
              r.articles = [], r.evidence = [], r.evidence_start = [], r.evidence_end = [], r.confidences = []
WITH r, row, size(r.articles) AS n, [k IN range(0, size(r.articles) - 1) WHERE r.articles[k] = $article] AS at
WITH r, row, n, CASE WHEN size(at) = 0 THEN n ELSE at[0] END AS i
WITH r, %s AS arts, %s AS ev, %s AS es, %s AS ee, %s AS cs
SET r.articles = arts, r.evidence = ev, r.evidence_start = es, r.evidence_end = ee, r.confidences = cs,
    r.confidence = reduce(m = 0.0, c IN cs | CASE WHEN c > m THEN c ELSE m END)`,
			g.src, g.dst, g.typ,
			replaceAt("r.articles", "$article"), replaceAt("r.evidence", "row.evidence"),
			replaceAt("r.evidence_start", "row.start"), replaceAt("r.evidence_end", "row.end"),
			replaceAt("r.confidences", "row.confidence"))
		if err := run(ctx, tx, q, map[string]any{"article": article, "rows": groups[g]}); err != nil {
			return fmt.Errorf("upsert %s relations: %w", g.typ, err)
		}
	}
	return nil
}

// dropStale removes this article's provenance from facts it no longer
// supports, and deletes facts left without any source.
func dropStale(ctx context.Context, tx neo4j.ManagedTransaction, article string, old, now []string) error {
	keep := map[string]bool{}
	for _, k := range now {
		keep[k] = true
	}
	byType := map[string][]any{}
	for _, k := range old {
		if !keep[k] {
			t, _, _ := strings.Cut(k, "|")
			byType[t] = append(byType[t], k)
		}
	}
	for _, t := range relTypeNames() {
		ks := byType[t]
		if len(ks) == 0 {
			continue
		}
		q := fmt.Sprintf(`
UNWIND $keys AS key
MATCH ()-[r:%s {key: key}]->()
WITH r, size(r.articles) AS n, [k IN range(0, size(r.articles) - 1) WHERE r.articles[k] = $article] AS at
WHERE size(at) > 0
WITH r, n, at[0] AS i
WITH r, %s AS arts, %s AS ev, %s AS es, %s AS ee, %s AS cs
SET r.articles = arts, r.evidence = ev, r.evidence_start = es, r.evidence_end = ee, r.confidences = cs,
    r.confidence = reduce(m = 0.0, c IN cs | CASE WHEN c > m THEN c ELSE m END)
WITH r WHERE size(r.articles) = 0
DELETE r`, t, removeAt("r.articles"), removeAt("r.evidence"), removeAt("r.evidence_start"), removeAt("r.evidence_end"), removeAt("r.confidences"))
		if err := run(ctx, tx, q, map[string]any{"article": article, "keys": ks}); err != nil {
			return fmt.Errorf("drop stale %s relations: %w", t, err)
		}
	}
	return nil
}

func nullable(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func toAny(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}
