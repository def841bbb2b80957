package extract

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files under ../testdata/golden")

// sampleArticles reads the bundled articles: NAME.txt with NAME.meta.json,
// and .jsonl files of one article per line.
func sampleArticles(t testing.TB) []Article {
	t.Helper()
	dir := filepath.Join("..", "testdata", "articles")
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	type meta struct {
		ID, URL, Title, Published, Language, Text string
	}
	toArticle := func(m meta) Article {
		d, err := ParseDate(m.Published)
		if err != nil {
			t.Fatal(err)
		}
		return Article{ID: m.ID, URL: m.URL, Title: m.Title, Published: d, Language: m.Language, Text: m.Text}
	}
	var out []Article
	for _, e := range ents {
		p := filepath.Join(dir, e.Name())
		switch {
		case strings.HasSuffix(e.Name(), ".jsonl"):
			f, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			sc := bufio.NewScanner(bytes.NewReader(f))
			sc.Buffer(nil, 1<<24)
			for sc.Scan() {
				var m meta
				if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
					t.Fatal(err)
				}
				out = append(out, toArticle(m))
			}
		case strings.HasSuffix(e.Name(), ".txt"):
			text, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			mb, err := os.ReadFile(strings.TrimSuffix(p, ".txt") + ".meta.json")
			if err != nil {
				t.Fatal(err)
			}
			var m meta
			if err := json.Unmarshal(mb, &m); err != nil {
				t.Fatal(err)
			}
			m.Text = string(text)
			out = append(out, toArticle(m))
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// TestGolden compares the extraction of every sample article with its
// golden file. After a deliberate change, run go test ./extract -update and
// review the diff of testdata/golden.
func TestGolden(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range sampleArticles(t) {
		t.Run(a.ID, func(t *testing.T) {
			got, err := json.MarshalIndent(x.Extract(a), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			path := filepath.Join("..", "testdata", "golden", a.ID+".json")
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./extract -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("extraction differs from %s; run go test ./extract -update and review the diff", path)
			}
		})
	}
}

// TestInvariants checks every sample: offsets inside the text, spans equal
// to their text, relation ends among the entities, sorted and symmetric
// relations in canonical direction, deterministic output.
func TestInvariants(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range sampleArticles(t) {
		checkInvariants(t, x, a)
	}
}

func checkInvariants(t *testing.T, x *Extractor, a Article) {
	t.Helper()
	r := x.Extract(a)
	runes := []rune(a.Text)
	span := func(what string, s Span) {
		if s.Start < 0 || s.End > len(runes) || s.Start > s.End {
			t.Fatalf("%s: %s span %d:%d outside the text of %d code points", a.ID, what, s.Start, s.End, len(runes))
		}
		if got := string(runes[s.Start:s.End]); got != s.Text {
			t.Fatalf("%s: %s span %d:%d is %q, says %q", a.ID, what, s.Start, s.End, got, s.Text)
		}
	}
	ids := map[string]bool{}
	for i, e := range r.Entities {
		if i > 0 && r.Entities[i-1].ID >= e.ID {
			t.Errorf("%s: entities not sorted at %s", a.ID, e.ID)
		}
		ids[e.ID] = true
		for _, m := range e.Mentions {
			span("mention of "+e.ID, m)
		}
	}
	for i, rel := range r.Relations {
		span(string(rel.Type)+" evidence", rel.Evidence)
		if !ids[rel.Source] || !ids[rel.Target] {
			t.Errorf("%s: %s %s->%s has an end that is not an entity", a.ID, rel.Type, rel.Source, rel.Target)
		}
		if rel.Type.Symmetric() && rel.Source > rel.Target {
			t.Errorf("%s: symmetric %s not in canonical direction", a.ID, rel.Type)
		}
		if i > 0 && relCompare(rel, r.Relations[i-1]) < 0 {
			t.Errorf("%s: relations not sorted at %d", a.ID, i)
		}
		if rel.Confidence <= 0 || rel.Confidence > 1 {
			t.Errorf("%s: confidence %v", a.ID, rel.Confidence)
		}
	}
	b1, _ := json.Marshal(r)
	b2, _ := json.Marshal(x.Extract(a))
	if !bytes.Equal(b1, b2) {
		t.Errorf("%s: output differs between two runs", a.ID)
	}
}

// seedPath is the project's seed article, present beside the repository in
// development and CI; the test skips without it.
const seedPath = "../../shared/seeds/000_2d4469413d9eec7e.txt"

func TestSeedArticle(t *testing.T) {
	text, err := os.ReadFile(seedPath)
	if err != nil {
		t.Skipf("seed article not present: %v", err)
	}
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	seed := Article{ID: "seed", Text: string(text), Published: Date{2024, 5, 16}}
	got := facts(x.Extract(seed))
	want := []string{
		"VISITED vladimir-putin CN 2024-05-15 occurred",
		"VISITED vladimir-putin beijing 2024-05-15 occurred",
		"MET vladimir-putin xi-jinping 2024-05-16 occurred",
		"VISITED xi-jinping RU 2023-03 occurred",
		"VISITED xi-jinping moscow 2023-03 occurred",
		"PARTNER_OF CN RU null occurred",
		"MEMBER_OF RU UN null occurred", "MEMBER_OF CN UN null occurred",
		"MEMBER_OF RU BRICS null occurred", "MEMBER_OF CN BRICS null occurred",
		"MEMBER_OF RU SCO null occurred", "MEMBER_OF CN SCO null occurred",
		"MEMBER_OF RU G20 null occurred", "MEMBER_OF CN G20 null occurred",
		"TRADE_PARTNER_OF CN RU null occurred",
		"HOLDS_OFFICE vladimir-putin RU null occurred",
		"HOLDS_OFFICE xi-jinping CN null occurred",
		"VISITED vladimir-putin harbin 2024-05-17 planned",
	}
	for _, w := range want {
		if !contains(got, w) {
			t.Errorf("seed: missing %q; got:\n%s", w, strings.Join(got, "\n"))
		}
	}
	checkInvariants(t, x, seed)

	// The English sample reports the same facts and must give the same ones.
	var en Article
	for _, a := range sampleArticles(t) {
		if a.ID == "en-putin-beijing-2024" {
			en = a
		}
	}
	if g, e := strings.Join(got, "\n"), strings.Join(facts(x.Extract(en)), "\n"); g != e {
		t.Errorf("Arabic seed and English twin differ:\n--- ar\n%s\n--- en\n%s", g, e)
	}
}
