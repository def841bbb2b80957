package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/diplograph/diplograph/graph"
)

var binary string

// TestMain builds the real binary once; the end-to-end tests run it as a
// user would.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "diplograph-e2e")
	if err != nil {
		panic(err)
	}
	binary = filepath.Join(dir, "diplograph")
	if out, err := exec.Command("go", "build", "-o", binary, ".").CombinedOutput(); err != nil {
		os.Stderr.Write(out)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

type result struct {
	code           int
	stdout, stderr string
}

// cli runs the binary from the repository root with the given environment
// added to the test's own.
func cli(t *testing.T, env []string, args ...string) result {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Dir = filepath.Join("..", "..")
	cmd.Env = append(os.Environ(), env...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return result{code, out.String(), errb.String()}
}

// needNeo4j skips without a server locally and fails under CI.
func needNeo4j(t *testing.T) {
	t.Helper()
	ctx := context.Background()
	s, err := graph.Open(ctx, testStoreOptions())
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("CI needs a Neo4j server: %v", err)
		}
		t.Skipf("no Neo4j server (start one with 'make neo4j-up'): %v", err)
	}
	defer s.Close(ctx)
	if _, err := s.Read(ctx, "RETURN 1", nil); err != nil {
		t.Fatal(err)
	}
}

// testStoreOptions reaches the server the CLI under test reaches: the same
// variables, the same development defaults.
func testStoreOptions() graph.Options {
	return graph.Options{
		URI:      envOr("DIPLOGRAPH_NEO4J_URI", "bolt://127.0.0.1:7687"),
		User:     envOr("DIPLOGRAPH_NEO4J_USER", "neo4j"),
		Password: envOr("DIPLOGRAPH_NEO4J_PASSWORD", "diplograph-dev"),
		Database: envOr("DIPLOGRAPH_NEO4J_DATABASE", "neo4j"),
	}
}

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

func wipeGraph(t *testing.T) {
	t.Helper()
	// The CLI only reads through cypher; wiping needs the driver directly.
	ctx := context.Background()
	s, err := graph.Open(ctx, testStoreOptions())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close(ctx)
	if err := s.ResetTestDatabase(ctx); err != nil {
		t.Fatal(err)
	}
}

func TestExtractSamples(t *testing.T) {
	r := cli(t, nil, "extract", "--format", "jsonl", "testdata/articles")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	if len(lines) != 170 {
		t.Fatalf("%d articles, want 170 (168 files, 2 in the .jsonl)", len(lines))
	}
	for _, l := range lines {
		var res struct {
			Article   map[string]any   `json:"article"`
			Entities  []map[string]any `json:"entities"`
			Relations []map[string]any `json:"relations"`
		}
		if err := json.Unmarshal([]byte(l), &res); err != nil {
			t.Fatal(err)
		}
		for _, k := range []string{"id", "url", "title", "published", "language"} {
			if _, ok := res.Article[k]; !ok {
				t.Errorf("article lacks %q", k)
			}
		}
		if len(res.Relations) == 0 {
			t.Errorf("%v: no relations", res.Article["id"])
		}
		for _, rel := range res.Relations {
			for _, k := range []string{"type", "source", "target", "date", "status", "confidence", "evidence"} {
				if _, ok := rel[k]; !ok {
					t.Errorf("relation lacks %q", k)
				}
			}
		}
	}
	// Standard input, with metadata from flags.
	cmd := exec.Command(binary, "extract", "-", "--published", "2024-05-16", "--id", "piped", "-f", "table")
	cmd.Stdin = strings.NewReader("Russian President Vladimir Putin arrived in Beijing on Wednesday.")
	out, err := cmd.Output()
	if err != nil || !strings.Contains(string(out), "VISITED") || !strings.Contains(string(out), "2024-05-15") || !strings.Contains(string(out), "piped") {
		t.Errorf("stdin extract: %v\n%s", err, out)
	}
}

// badInputs makes a folder with one good article among bad ones.
func badInputs(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	write := func(name, body string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("good.txt", "Russian President Vladimir Putin arrived in Beijing on Wednesday.")
	write("good.meta.json", `{"id": "e2e-good", "published": "2024-05-16"}`)
	write("binary.bin", "\x00\x01\x02PNG")
	write("latin1.txt", "Pr\xe9sident Macron a visit\xe9 P\xe9kin.")
	write("empty.txt", "  \n\t\n")
	write("baddate.txt", "Modi met Putin in Moscow.")
	write("baddate.meta.json", `{"id": "e2e-baddate", "published": "2024-13-45"}`)
	write("wire.jsonl", `{"id": "e2e-line1", "published": "2024-07-09", "text": "Modi arrived in Moscow on Monday."}
{"id": "e2e-line2", "text": "unterminated
{"id": "e2e-line3", "published": "2024-07-09"}
`)
	return dir
}

func checkBadInputErrors(t *testing.T, r result, dir string) {
	t.Helper()
	if r.code != 1 {
		t.Errorf("exit %d, want 1", r.code)
	}
	lines := strings.Split(strings.TrimSpace(r.stderr), "\n")
	var problems []string
	for _, l := range lines {
		if strings.HasPrefix(l, "diplograph: ") {
			problems = append(problems, l)
		}
	}
	wants := []string{
		"missing.txt: no such file or directory",
		"binary.bin: binary file",
		"latin1.txt: not UTF-8 text",
		"empty.txt: empty file",
		"baddate.meta.json: published: date \"2024-13-45\"",
		"wire.jsonl:2: malformed JSON",
		"wire.jsonl:3: no \"text\"",
	}
	for _, w := range wants {
		found := false
		for _, p := range problems {
			found = found || strings.Contains(p, w)
		}
		if !found {
			t.Errorf("no error line containing %q in:\n%s", w, r.stderr)
		}
	}
	if len(problems) != len(wants) {
		t.Errorf("%d error lines, want one per problem (%d):\n%s", len(problems), len(wants), strings.Join(problems, "\n"))
	}
	if strings.Contains(r.stderr, "goroutine") || strings.Contains(r.stderr, "panic") {
		t.Errorf("stack trace shown:\n%s", r.stderr)
	}
}

func TestExtractBadInputs(t *testing.T) {
	dir := badInputs(t)
	r := cli(t, nil, "extract", "-f", "jsonl", filepath.Join(dir, "missing.txt"), dir)
	checkBadInputErrors(t, r, dir)
	if n := strings.Count(r.stdout, "\n"); n != 2 {
		t.Errorf("%d articles extracted, want the 2 good ones:\n%s", n, r.stdout)
	}
}

func TestIngestBadInputsKeepsTheGoodOnes(t *testing.T) {
	needNeo4j(t)
	wipeGraph(t)
	dir := badInputs(t)
	r := cli(t, nil, "ingest", filepath.Join(dir, "missing.txt"), dir)
	checkBadInputErrors(t, r, dir)
	if !strings.Contains(r.stdout, "ingested 2 articles") || !strings.Contains(r.stdout, "7 failures") {
		t.Errorf("summary = %q", r.stdout)
	}
	q := cli(t, nil, "cypher", "MATCH (a:Article) RETURN a.id AS id ORDER BY id", "-f", "csv")
	if q.stdout != "id\ne2e-good\ne2e-line1\n" {
		t.Errorf("stored articles:\n%s%s", q.stdout, q.stderr)
	}
}

func TestIngestTwiceChangesNothing(t *testing.T) {
	needNeo4j(t)
	wipeGraph(t)
	state := func() string {
		r := cli(t, nil, "cypher", `
MATCH (a)-[r]->(b)
RETURN type(r) AS t, a.id AS a, b.id AS b, properties(r) AS p
ORDER BY t, a, b, r.key`, "-f", "json")
		if r.code != 0 {
			t.Fatalf("cypher: %s", r.stderr)
		}
		return r.stdout
	}
	first := cli(t, nil, "ingest", "testdata/articles")
	if first.code != 0 {
		t.Fatalf("ingest: exit %d\n%s", first.code, first.stderr)
	}
	s1 := state()
	second := cli(t, nil, "ingest", "testdata/articles")
	if second.code != 0 {
		t.Fatalf("second ingest: exit %d\n%s", second.code, second.stderr)
	}
	if s2 := state(); s1 != s2 {
		t.Error("the second ingest changed the graph")
	}
	if !strings.Contains(first.stdout, "ingested 170 articles") {
		t.Errorf("summary = %q", first.stdout)
	}
	// The library's queries run on the result.
	r := cli(t, nil, "query", "run", "visits-in-year", "--param", "year=2024", "-f", "csv")
	if r.code != 0 || !strings.Contains(r.stdout, "Vladimir Putin,Beijing,City,2024-05-15,occurred") {
		t.Errorf("visits-in-year: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
}

func TestCypherRefusesWrites(t *testing.T) {
	needNeo4j(t)
	r := cli(t, nil, "cypher", "MATCH (n) DETACH DELETE n")
	if r.code != 1 || !strings.Contains(r.stderr, "not read-only") {
		t.Errorf("exit %d, stderr %q", r.code, r.stderr)
	}
}

func TestUnreachableAndWrongPassword(t *testing.T) {
	r := cli(t, []string{"DIPLOGRAPH_NEO4J_URI=bolt://127.0.0.1:1"}, "ingest", "testdata/articles")
	if r.code != 1 || strings.Count(strings.TrimSpace(r.stderr), "\n") != 0 ||
		!strings.Contains(r.stderr, "bolt://127.0.0.1:1") || !strings.Contains(r.stderr, "make neo4j-up") {
		t.Errorf("unreachable: exit %d, stderr %q", r.code, r.stderr)
	}
	needNeo4j(t)
	r = cli(t, []string{"DIPLOGRAPH_NEO4J_PASSWORD=not-the-password"}, "ingest", "testdata/articles")
	if r.code != 1 || !strings.Contains(r.stderr, "refused the credentials") || strings.Count(strings.TrimSpace(r.stderr), "\n") != 0 {
		t.Errorf("wrong password: exit %d, stderr %q", r.code, r.stderr)
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{{"extract"}, {"extract", "--format", "xml", "testdata/articles"}, {"ingest", "--no-such-flag", "x"}, {"cypher"}} {
		r := cli(t, nil, args...)
		if r.code != 2 {
			t.Errorf("%v: exit %d, want 2 (%s)", args, r.code, r.stderr)
		}
	}
}

func TestConfigShowMasksPassword(t *testing.T) {
	r := cli(t, []string{"DIPLOGRAPH_NEO4J_PASSWORD=s3cret-value", "DIPLOGRAPH_NEO4J_URI=bolt://example:7687"}, "config", "show")
	if r.code != 0 || strings.Contains(r.stdout, "s3cret-value") || !strings.Contains(r.stdout, "bolt://example:7687") {
		t.Errorf("config show:\n%s%s", r.stdout, r.stderr)
	}
}

func TestCentralityEdgeList(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "g.csv")
	os.WriteFile(good, []byte("source,target,weight\na,b,1\nb,c,2\nc,c,1\nd,e,1\n"), 0o644)
	r := cli(t, nil, "centrality", "--edges", good, "--format", "csv")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if !strings.Contains(r.stdout, "\nb,2,3,1,") {
		t.Errorf("b should have degree 2, weighted degree 3, betweenness 1:\n%s", r.stdout)
	}
	r = cli(t, nil, "centrality", "--edges", good, "--format", "json")
	var res struct {
		Nodes     int `json:"nodes"`
		SelfLoops int `json:"self_loops_dropped"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &res); err != nil || res.Nodes != 5 || res.SelfLoops != 1 {
		t.Errorf("json: %v %+v", err, res)
	}
	bad := filepath.Join(dir, "bad.csv")
	os.WriteFile(bad, []byte("source,target,weight\na,b,1\nb,c,heavy\n"), 0o644)
	for _, tc := range []struct{ file, want string }{
		{bad, "bad.csv:3: weight \"heavy\" is not a number"},
		{filepath.Join(dir, "none.csv"), "none.csv: no such file or directory"},
	} {
		r := cli(t, nil, "centrality", "--edges", tc.file)
		if r.code != 1 || !strings.Contains(r.stderr, tc.want) {
			t.Errorf("exit %d, stderr %q, want %q", r.code, r.stderr, tc.want)
		}
	}
	if r := cli(t, nil, "centrality", "--edges", good, "--year", "2024"); r.code != 2 {
		t.Errorf("--edges with --year: exit %d, want 2", r.code)
	}
}

func TestCentralityProjectionWrite(t *testing.T) {
	needNeo4j(t)
	wipeGraph(t)
	if r := cli(t, nil, "ingest", "testdata/articles"); r.code != 0 {
		t.Fatalf("ingest: %s", r.stderr)
	}
	r := cli(t, nil, "centrality", "--projection", "countries", "--year", "2024", "--write", "--format", "json")
	if r.code != 0 {
		t.Fatalf("centrality: exit %d: %s", r.code, r.stderr)
	}
	var res struct {
		Scores []struct {
			ID     string             `json:"id"`
			Scores map[string]float64 `json:"scores"`
		} `json:"scores"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &res); err != nil {
		t.Fatal(err)
	}
	// The node the run printed with the highest PageRank.
	best, bestScore := "", -1.0
	for _, s := range res.Scores {
		if p := s.Scores["pagerank"]; p > bestScore {
			best, bestScore = s.ID, p
		}
	}
	// What the run printed is what the graph stored.
	q := cli(t, nil, "query", "run", "top-central", "-p", "limit=1", "-f", "json")
	var top []map[string]any
	if err := json.Unmarshal([]byte(q.stdout), &top); err != nil || len(top) != 1 {
		t.Fatalf("top-central: %v %s %s", err, q.stdout, q.stderr)
	}
	if top[0]["id"] != best || top[0]["score"] != bestScore {
		t.Errorf("stored top %v, printed top %s with pagerank %v", top[0], best, bestScore)
	}
}

func TestEval(t *testing.T) {
	r := cli(t, nil, "eval", "--gold", "testdata/gold", "--articles", "testdata/articles", "--format", "json")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	var ev struct {
		Overall struct{ Gold, Predicted, Matched int } `json:"overall"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &ev); err != nil {
		t.Fatal(err)
	}
	if ev.Overall.Gold == 0 || ev.Overall.Matched == 0 || ev.Overall.Matched > ev.Overall.Predicted {
		t.Errorf("overall = %+v", ev.Overall)
	}
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "x.gold.json"), []byte(`{"relations": [{"kind": "VISITED"}]}`), 0o644)
	if r := cli(t, nil, "eval", "--gold", dir); r.code != 1 || !strings.Contains(r.stderr, "x.gold.json") {
		t.Errorf("bad gold file: exit %d, %q", r.code, r.stderr)
	}
}

func TestIngestInterrupted(t *testing.T) {
	needNeo4j(t)
	// A stdin that never ends keeps ingest waiting; SIGINT must end it with
	// one line and exit code 1.
	cmd := exec.Command(binary, "ingest", "-")
	cmd.Dir = filepath.Join("..", "..")
	pr, pw, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer pw.Close()
	cmd.Stdin = pr
	var errb bytes.Buffer
	cmd.Stderr = &errb
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(2 * time.Second)
	cmd.Process.Signal(os.Interrupt)
	err = cmd.Wait()
	ee, ok := err.(*exec.ExitError)
	if !ok || ee.ExitCode() != 1 || strings.Count(strings.TrimSpace(errb.String()), "\n") != 0 || !strings.Contains(errb.String(), "interrupted") {
		t.Errorf("exit %v, stderr %q", err, errb.String())
	}
}
