package graph

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/diplograph/diplograph/extract"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// openTestStore connects to the Neo4j the tests run against, from the same
// DIPLOGRAPH_NEO4J_* variables the CLI reads, with the local development
// defaults. Without a server the test is skipped locally and fails under CI.
func openTestStore(t *testing.T) *Store {
	t.Helper()
	ctx := context.Background()
	s, err := Open(ctx, Options{
		URI:      env("DIPLOGRAPH_NEO4J_URI", "bolt://127.0.0.1:7687"),
		User:     env("DIPLOGRAPH_NEO4J_USER", "neo4j"),
		Password: env("DIPLOGRAPH_NEO4J_PASSWORD", "diplograph-dev"),
		Database: env("DIPLOGRAPH_NEO4J_DATABASE", "neo4j"),
	})
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("CI needs a Neo4j server: %v", err)
		}
		t.Skipf("no Neo4j server (start one with 'make neo4j-up'): %v", err)
	}
	t.Cleanup(func() { s.Close(ctx) })
	if err := s.ApplySchema(ctx); err != nil {
		t.Fatal(err)
	}
	wipe(t, s)
	return s
}

func env(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

func wipe(t *testing.T, s *Store) {
	t.Helper()
	ctx := context.Background()
	if err := s.ResetTestDatabase(ctx); err != nil {
		t.Fatal(err)
	}
}

func date(s string) extract.Date {
	d, err := extract.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// result builds an extraction result by hand: Putin visits Beijing on the
// given date, meets Xi, and Russia and China are partners.
func result(id, visit string) extract.Result {
	ev := func(s string) extract.Span { return extract.Span{Text: s, Start: 0, End: len([]rune(s))} }
	return extract.Result{
		Article: extract.Article{ID: id, URL: "https://example.org/" + id, Title: "t " + id, Published: date("2024-05-16"), Language: "en"},
		Entities: []extract.Entity{
			{ID: "CN", Kind: extract.Country, Name: "China", Mentions: []extract.Span{{Text: "China", Start: 0, End: 5}}},
			{ID: "RU", Kind: extract.Country, Name: "Russia", Mentions: []extract.Span{{Text: "Russia", Start: 10, End: 16}}},
			{ID: "beijing", Kind: extract.City, Name: "Beijing", Country: "CN", Mentions: []extract.Span{{Text: "Beijing", Start: 20, End: 27}}},
			{ID: "vladimir-putin", Kind: extract.Person, Name: "Vladimir Putin", Mentions: []extract.Span{{Text: "Putin", Start: 30, End: 35}}},
			{ID: "xi-jinping", Kind: extract.Person, Name: "Xi Jinping", Mentions: []extract.Span{{Text: "Xi", Start: 40, End: 42}}},
		},
		Relations: []extract.Relation{
			{Type: extract.Visited, Source: "vladimir-putin", Target: "beijing", Date: date(visit), Status: extract.Occurred, Confidence: 0.9, CAMEO: "042", Evidence: ev("Putin arrived in Beijing " + id)},
			{Type: extract.Met, Source: "vladimir-putin", Target: "xi-jinping", Date: date("2024-05-16"), Status: extract.Occurred, Confidence: 0.85, CAMEO: "040", Evidence: ev("Putin met Xi " + id)},
			{Type: extract.PartnerOf, Source: "CN", Target: "RU", Status: extract.Occurred, Confidence: 0.8, CAMEO: "050", Evidence: ev("strategic partnership " + id)},
		},
	}
}

// snapshot reads every relationship with all its properties, in a fixed order.
func snapshot(t *testing.T, s *Store) *Table {
	t.Helper()
	tb, err := s.Read(context.Background(), `
MATCH (a)-[r]->(b)
RETURN type(r) AS type, a.id AS source, b.id AS target, properties(r) AS props
ORDER BY type, source, target, r.key`, nil)
	if err != nil {
		t.Fatal(err)
	}
	return tb
}

func mustIngest(t *testing.T, s *Store, r extract.Result) {
	t.Helper()
	if _, err := s.Ingest(context.Background(), r); err != nil {
		t.Fatal(err)
	}
}

func TestIngestIsIdempotent(t *testing.T) {
	s := openTestStore(t)
	mustIngest(t, s, result("a1", "2024-05-15"))
	c1, _ := s.Count(context.Background())
	snap1 := snapshot(t, s)
	mustIngest(t, s, result("a1", "2024-05-15"))
	c2, _ := s.Count(context.Background())
	snap2 := snapshot(t, s)
	if !equalJSON(c1, c2) {
		t.Errorf("counts changed on re-ingest:\n%v\n%v", c1, c2)
	}
	if !equalJSON(snap1, snap2) {
		t.Errorf("properties changed on re-ingest:\n%v\n%v", snap1, snap2)
	}
	if c1.Relationships["VISITED"] != 1 || c1.Nodes["Article"] != 1 || c1.Relationships["LOCATED_IN"] != 1 {
		t.Errorf("unexpected counts %v", c1)
	}
}

func TestSameFactTwoSources(t *testing.T) {
	s := openTestStore(t)
	mustIngest(t, s, result("a1", "2024-05-15"))
	mustIngest(t, s, result("a2", "2024-05-15"))
	tb, err := s.Read(context.Background(), `
MATCH (:Person {id: 'vladimir-putin'})-[r:VISITED]->(:City {id: 'beijing'})
RETURN r.articles AS articles, r.evidence AS evidence, r.date AS date`, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(tb.Rows) != 1 {
		t.Fatalf("got %d VISITED facts, want 1", len(tb.Rows))
	}
	arts := tb.Rows[0][0].([]any)
	if len(arts) != 2 || arts[0] != "a1" || arts[1] != "a2" {
		t.Errorf("articles = %v, want [a1 a2]", arts)
	}
	if ev := tb.Rows[0][1].([]any); len(ev) != 2 || ev[1] != "Putin arrived in Beijing a2" {
		t.Errorf("evidence = %v", ev)
	}
}

func TestVisitsOnDifferentDatesStayTwo(t *testing.T) {
	s := openTestStore(t)
	mustIngest(t, s, result("a1", "2024-05-15"))
	mustIngest(t, s, result("a2", "2023-03-20"))
	tb, err := s.Read(context.Background(), `
MATCH (:Person {id: 'vladimir-putin'})-[r:VISITED]->(:City {id: 'beijing'})
RETURN r.date AS date ORDER BY date`, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(tb.Rows) != 2 || tb.Rows[0][0] != "2023-03-20" || tb.Rows[1][0] != "2024-05-15" {
		t.Errorf("visits = %v, want 2023-03-20 and 2024-05-15", tb.Rows)
	}
}

func TestArticleIsAllOrNothing(t *testing.T) {
	s := openTestStore(t)
	mustIngest(t, s, result("a1", "2024-05-15"))
	before := snapshot(t, s)
	boom := errors.New("injected failure")
	testHookBeforeCommit = func(article string) error {
		if article == "a2" {
			return boom
		}
		return nil
	}
	defer func() { testHookBeforeCommit = nil }()
	r := result("a2", "2022-02-04")
	if _, err := s.Ingest(context.Background(), r); !errors.Is(err, boom) {
		t.Fatalf("Ingest error = %v, want the injected failure", err)
	}
	if after := snapshot(t, s); !equalJSON(before, after) {
		t.Errorf("a failed article left writes behind:\n%v\n%v", before, after)
	}
	tb, _ := s.Read(context.Background(), "MATCH (a:Article {id: 'a2'}) RETURN a", nil)
	if len(tb.Rows) != 0 {
		t.Error("the failed article's node was committed")
	}
}

func TestStaleFactsLeaveWithTheirArticle(t *testing.T) {
	s := openTestStore(t)
	mustIngest(t, s, result("a1", "2024-05-15"))
	mustIngest(t, s, result("a2", "2024-05-15"))
	// a1 is edited: the visit date changes, so its old visit loses a1 as a
	// source but keeps a2; the new date is a new fact.
	mustIngest(t, s, result("a1", "2024-05-14"))
	tb, err := s.Read(context.Background(), `
MATCH (:Person)-[r:VISITED]->(:City) RETURN r.date AS date, r.articles AS arts ORDER BY date`, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := `[["2024-05-14",["a1"]],["2024-05-15",["a2"]]]`
	if got := toJSON(tb.Rows); got != want {
		t.Errorf("visits = %s, want %s", got, want)
	}
}

func toJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return string(b)
}

func equalJSON(a, b any) bool { return toJSON(a) == toJSON(b) }

func TestConcurrentOverlappingIngests(t *testing.T) {
	s := openTestStore(t)
	ctx := context.Background()
	// Two writers, each ingesting ten articles that all share the same
	// entities and facts; half of the article ids overlap too.
	var wg sync.WaitGroup
	errs := make(chan error, 40)
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 10; i++ {
				id := fmt.Sprintf("c%d", i+w*5)
				if _, err := s.Ingest(ctx, result(id, "2024-05-15")); err != nil {
					errs <- err
				}
			}
		}(w)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	tb, err := s.Read(ctx, `
MATCH (n) WITH labels(n)[0] AS l, n.id AS id, count(*) AS c WHERE c > 1 RETURN l, id, c
UNION ALL
MATCH ()-[r]->() WITH type(r) AS l, r.key AS id, count(*) AS c WHERE c > 1 RETURN l, id, c`, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(tb.Rows) > 0 {
		t.Errorf("duplicates: %v", tb.Rows)
	}
	c, _ := s.Count(ctx)
	if c.Nodes["Article"] != 15 || c.Relationships["VISITED"] != 1 || c.Relationships["MET"] != 1 {
		t.Errorf("counts = %v", c)
	}
	tb, _ = s.Read(ctx, "MATCH ()-[r:VISITED]->() RETURN size(r.articles) AS n", nil)
	if tb.Rows[0][0] != int64(15) {
		t.Errorf("VISITED has %v sources, want 15", tb.Rows[0][0])
	}
}

func TestReadRefusesWrites(t *testing.T) {
	s := openTestStore(t)
	for _, q := range []string{
		"CREATE (n:Country {id: 'XX'})",
		"MATCH (n) DETACH DELETE n",
		"MERGE (n:Person {id: 'p'}) RETURN n",
		"CREATE INDEX x IF NOT EXISTS FOR (n:Foo) ON (n.bar)",
	} {
		if _, err := s.Read(context.Background(), q, nil); !errors.Is(err, ErrNotReadOnly) {
			t.Errorf("Read(%q) error = %v, want ErrNotReadOnly", q, err)
		}
	}
	tb, err := s.Read(context.Background(), "RETURN $x + 1 AS y", map[string]any{"x": int64(41)})
	if err != nil || tb.Rows[0][0] != int64(42) {
		t.Errorf("read with parameter = %v, %v", tb, err)
	}
}

func TestSchemaHasRelationshipKeyConstraints(t *testing.T) {
	s := openTestStore(t)
	tb, err := s.Read(context.Background(), "SHOW CONSTRAINTS YIELD name, entityType, type WHERE entityType = 'RELATIONSHIP' RETURN count(*) AS n", nil)
	if err != nil {
		t.Fatal(err)
	}
	if want := int64(len(extract.RelationTypes) + len(linkTypes)); tb.Rows[0][0] != want {
		t.Errorf("relationship uniqueness constraints = %v, want %d", tb.Rows[0][0], want)
	}
}

func TestOpenErrorsSayWhatToDo(t *testing.T) {
	openTestStore(t) // only to skip without a server
	ctx := context.Background()
	_, err := Open(ctx, Options{URI: env("DIPLOGRAPH_NEO4J_URI", "bolt://127.0.0.1:7687"), User: "neo4j", Password: "wrong-password"})
	if !errors.Is(err, ErrUnauthorized) {
		t.Errorf("wrong password: %v, want ErrUnauthorized", err)
	}
	_, err = Open(ctx, Options{URI: "bolt://127.0.0.1:1", User: "neo4j", Password: "x"})
	if !errors.Is(err, ErrUnreachable) || !strings.Contains(err.Error(), "bolt://127.0.0.1:1") {
		t.Errorf("no server: %v, want ErrUnreachable naming the URI", err)
	}
}

func TestResetRefusesForeignData(t *testing.T) {
	s := openTestStore(t)
	ctx := context.Background()
	mustIngest(t, s, result("a1", "2024-05-15"))
	// Without the marker, the data is somebody's: hands off.
	if err := s.write(ctx, func(tx neo4j.ManagedTransaction) error {
		return run(ctx, tx, "MATCH (m:"+testMarker+") DELETE m", nil)
	}); err != nil {
		t.Fatal(err)
	}
	if err := s.ResetTestDatabase(ctx); !errors.Is(err, ErrNotTestDatabase) {
		t.Fatalf("reset of unmarked data: %v, want ErrNotTestDatabase", err)
	}
	if c, _ := s.Count(ctx); c.Nodes["Article"] != 1 {
		t.Errorf("refused reset still changed data: %v", c)
	}
	// Put the marker back so that later tests may reset.
	if err := s.write(ctx, func(tx neo4j.ManagedTransaction) error {
		return run(ctx, tx, "CREATE (:"+testMarker+")", nil)
	}); err != nil {
		t.Fatal(err)
	}
}
