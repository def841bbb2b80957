package queries

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/diplograph/diplograph/extract"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/centrality"
)

// TestLibraryOnSampleGraph runs every query of the library, with its
// defaults, on the graph the sample articles make (extracted for real) plus
// two stored centrality runs, and checks what each must find.
func TestLibraryOnSampleGraph(t *testing.T) {
	ctx := context.Background()
	s, err := graph.Open(ctx, graph.Options{
		URI: env("DIPLOGRAPH_NEO4J_URI", "bolt://127.0.0.1:7687"), User: env("DIPLOGRAPH_NEO4J_USER", "neo4j"),
		Password: env("DIPLOGRAPH_NEO4J_PASSWORD", "diplograph-dev"), Database: env("DIPLOGRAPH_NEO4J_DATABASE", "neo4j"),
	})
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("CI needs a Neo4j server: %v", err)
		}
		t.Skipf("no Neo4j server (start one with 'make neo4j-up'): %v", err)
	}
	defer s.Close(ctx)
	if err := s.ApplySchema(ctx); err != nil {
		t.Fatal(err)
	}
	if err := s.ResetTestDatabase(ctx); err != nil {
		t.Fatal(err)
	}
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range samples(t) {
		if _, err := s.Ingest(ctx, x.Extract(a)); err != nil {
			t.Fatal(err)
		}
	}
	for i, w := range []graph.Window{{From: extract.Date{Year: 2023}, To: extract.Date{Year: 2023}}, {From: extract.Date{Year: 2024}, To: extract.Date{Year: 2024}}} {
		g, st, err := s.Project(ctx, graph.ProjectionOptions{Name: graph.Countries, Window: w})
		if err != nil {
			t.Fatal(err)
		}
		r, err := centrality.Compute(ctx, g, centrality.Options{Weighted: true})
		if err != nil {
			t.Fatal(err)
		}
		if err := s.WriteRun(ctx, graph.NewRun(graph.Countries, w, true, st.Facts, time.Date(2025, 1, 1, 0, 0, i, 0, time.UTC)), r); err != nil {
			t.Fatal(err)
		}
	}
	// What each query must return, as substrings of its rows in JSON.
	want := map[string][]string{
		"bilateral":        {`["PARTNER_OF","China","Russia"`, `["VISITED","Xi Jinping","Russia","2023-03"`, `["MET","Vladimir Putin","Xi Jinping","2024-05-16"`},
		"centrality-trend": {`["2023","2023"`, `["2024","2024"`},
		"evidence":         {`"MET","2024-05-16","occurred","en-putin-beijing-2024"`},
		"leader-meetings":  {`["2024-05-16","Xi Jinping","occurred","046"`, `["2024-07-08","Narendra Modi"`},
		"members-of":       {`["EG","Egypt",true,["`, `["CN","China",true,[],[]`, `["SA","Saudi Arabia",false,[],[`},
		"most-visited":     {`["RU","Russia",`, `["SA","Saudi Arabia",`},
		"new-relations":    {`["2024-05-16","MET","Vladimir Putin","Xi Jinping","2024-05-16"`, `"JOINED","Egypt","BRICS","2024-01-01"`},
		"partners-of":      {`["CN","China","PARTNER_OF"`, `["IN","India","TRADE_PARTNER_OF"`},
		"shortest-path":    {`[["Vladimir Putin","Narendra Modi","Joe Biden"],[`, `"2023-09-08"],2]`},
		"top-central":      {`["RU","Russia",`},
		"visits-in-year":   {`["Vladimir Putin","Harbin","City","2024-05-17","planned"`},
	}
	all, err := All()
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != len(want) {
		t.Errorf("library has %d queries, the test knows %d", len(all), len(want))
	}
	for _, q := range all {
		t.Run(q.Name, func(t *testing.T) {
			params, err := q.Bind(nil)
			if err != nil {
				t.Fatal(err)
			}
			tb, err := s.Read(ctx, q.Text, params)
			if err != nil {
				t.Fatal(err)
			}
			b, _ := json.Marshal(tb.Rows)
			if q.Name == "most-visited" {
				// The most visited come first.
				for i := 1; i < len(tb.Rows); i++ {
					if prev, cur := tb.Rows[i-1][2].(int64), tb.Rows[i][2].(int64); cur > prev {
						t.Errorf("row %d has %d visitors after %d: not sorted", i, cur, prev)
					}
				}
			}
			for _, w := range want[q.Name] {
				if !strings.Contains(string(b), w) {
					t.Errorf("rows lack %s:\n%s", w, b)
				}
			}
		})
	}
}

func env(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

// samples reads testdata/articles as the CLI would: NAME.txt with
// NAME.meta.json, and JSON lines.
func samples(t *testing.T) []extract.Article {
	t.Helper()
	dir := filepath.Join("..", "testdata", "articles")
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	type meta struct{ ID, URL, Title, Published, Language, Text string }
	conv := func(m meta) extract.Article {
		d, err := extract.ParseDate(m.Published)
		if err != nil {
			t.Fatal(err)
		}
		return extract.Article{ID: m.ID, URL: m.URL, Title: m.Title, Published: d, Language: m.Language, Text: m.Text}
	}
	var out []extract.Article
	for _, e := range ents {
		p := filepath.Join(dir, e.Name())
		switch {
		case strings.HasSuffix(p, ".jsonl"):
			f, err := os.Open(p)
			if err != nil {
				t.Fatal(err)
			}
			sc := bufio.NewScanner(f)
			for sc.Scan() {
				var m meta
				if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
					t.Fatal(err)
				}
				out = append(out, conv(m))
			}
			f.Close()
		case strings.HasSuffix(p, ".txt"):
			text, _ := os.ReadFile(p)
			mb, err := os.ReadFile(strings.TrimSuffix(p, ".txt") + ".meta.json")
			if err != nil {
				t.Fatal(err)
			}
			var m meta
			if err := json.Unmarshal(mb, &m); err != nil {
				t.Fatal(err)
			}
			m.Text = string(text)
			out = append(out, conv(m))
		}
	}
	return out
}
