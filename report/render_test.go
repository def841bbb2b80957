package report

import (
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/diplograph/diplograph/graph"
)

// sampleReport is a small report with Arabic names, a planned fact and a
// fact whose evidence needs escaping.
func sampleReport() *Report {
	scores := func(pr, bw float64) map[string]float64 {
		return map[string]float64{"pagerank": pr, "betweenness_norm": bw, "harmonic_norm": 0.5, "eigenvector": 0.3, "weighted_degree": 4, "degree": 2,
			"betweenness": bw * 3, "harmonic": 1.5}
	}
	ru := Entry{ID: "RU", Name: "Russia", NameAr: "روسيا", Rank: 1, Scores: scores(0.5, 0.9), Previous: scores(0.3, 0.2), PrevRank: 2}
	cn := Entry{ID: "CN", Name: "China", NameAr: "الصين", Rank: 2, Scores: scores(0.3, 0.1)}
	// A node without an English name: charts must show its id.
	xx := Entry{ID: "XX", Name: "دولة بلا اسم", Rank: 3, Scores: scores(0.2, 0)}
	r := &Report{
		Name: "weekly", Title: "Country centrality, 2024", GeneratedAt: time.Date(2026, 11, 23, 8, 0, 0, 0, time.UTC),
		Projection: graph.Countries, Window: WindowInfo{Spec: "2024", Label: "2024", From: "2024-01-01", To: "2024-12-31"},
		Compare:  CompareInfo{Mode: ComparePreviousWindow, Window: &WindowInfo{Label: "2023"}, Found: true},
		Counts:   Counts{Articles: 3, Entities: 3, Relations: 5, Edges: 3, NewRelations: 2},
		Measures: Tabulated, Nodes: []Entry{ru, cn, xx},
		Top:     map[string][]Entry{},
		Risers:  []Move{{ID: "RU", Name: "Russia", NameAr: "روسيا", Measure: "pagerank", Before: 0.3, After: 0.5, Change: 0.2, RankFrom: 2, RankTo: 1}},
		Fallers: []Move{{ID: "US", Name: "United States", Measure: "pagerank", Before: 0.4, Change: -0.4, RankFrom: 1}},
		NewFacts: []graph.NewFact{
			{Type: "VISITED", Source: "Vladimir Putin", SourceID: "putin", Target: "China", TargetID: "CN", Date: "2024-05-16", FirstReported: "2024-05-16",
				Evidence: "وصل الرئيس الروسي إلى بكين <script>alert(1)</script>", Article: "a1", ArticleTitle: "Putin in Beijing", ArticleURL: "https://example.org/a1", Articles: 2},
			{Type: "VISITED", Source: "Xi Jinping", SourceID: "xi", Target: "Russia", TargetID: "RU", Status: "planned", FirstReported: "2024-05-16",
				Evidence: "Xi | will visit *Moscow*", Article: "a2"},
		},
		Trend:  Trend{Windows: []WindowInfo{{Label: "2023"}, {Label: "2024"}}, Series: map[string][]float64{"RU": {0.3, 0.5}, "XX": {0, 0.2}}, Order: []string{"RU", "XX"}},
		Config: map[string]any{"projection": "countries", "window": "2024"},
	}
	for _, m := range Tabulated {
		r.Top[m] = r.Nodes
	}
	return r
}

func TestWriteAllFormats(t *testing.T) {
	dir := t.TempDir()
	files, err := Write(dir, sampleReport(), WriteOptions{Formats: Formats, PNG: true, Version: "test"})
	if err != nil {
		t.Fatal(err)
	}
	base := "weekly_20261123T080000Z"
	want := []string{base + ".html", base + ".md", base + ".json", base + ".csv", base + "_new-relations.csv",
		base + "_pagerank.svg", base + "_betweenness.svg", base + "_trend.svg", base + "_pagerank.png", base + "_trend.png"}
	got := map[string]bool{}
	for _, f := range files {
		got[filepath.Base(f)] = true
	}
	for _, w := range want {
		if !got[w] {
			t.Errorf("%s not written; wrote %v", w, files)
		}
	}
	ents, _ := os.ReadDir(dir)
	for _, e := range ents {
		if strings.Contains(e.Name(), ".tmp") {
			t.Errorf("temporary file left: %s", e.Name())
		}
	}
	read := func(name string) string {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}

	html := read(base + ".html")
	if n := strings.Count(html, "<svg "); n != 3 {
		t.Errorf("HTML has %d inline charts, want 3", n)
	}
	if strings.Contains(html, "<script>") || strings.Contains(html, "<?xml") {
		t.Error("HTML holds a script or an XML prolog")
	}
	// Self-contained: the only links out are article links.
	for _, m := range regexp.MustCompile(`(?:src|href)="([^"]*)"`).FindAllStringSubmatch(html, -1) {
		if m[1] != "https://example.org/a1" {
			t.Errorf("HTML loads or links %q", m[1])
		}
	}
	for _, s := range []string{"روسيا", "&lt;script&gt;", "Putin in Beijing", "▲", "planned", "compared with 2023"} {
		if !strings.Contains(html, s) {
			t.Errorf("HTML lacks %q", s)
		}
	}

	// Charts never carry Arabic letters: the node without an English name
	// is shown by its id.
	for _, k := range []string{"pagerank", "betweenness", "trend"} {
		svg := read(base + "_" + k + ".svg")
		if regexp.MustCompile(`\p{Arabic}`).MatchString(svg) {
			t.Errorf("%s chart holds Arabic letters", k)
		}
		if !strings.Contains(svg, "Russia") || !strings.Contains(svg, ">XX<") {
			t.Errorf("%s chart lacks its labels", k)
		}
	}

	md := read(base + ".md")
	for _, s := range []string{"![Top by PageRank](" + base + "_pagerank.svg)", `Xi \| will visit \*Moscow\*`, "| 1 | Russia | روسيا |"} {
		if !strings.Contains(md, s) {
			t.Errorf("Markdown lacks %q", s)
		}
	}

	var back Report
	if err := json.Unmarshal([]byte(read(base+".json")), &back); err != nil {
		t.Fatal(err)
	}
	if back.Nodes[0].Scores["pagerank"] != 0.5 || back.Counts.NewRelations != 2 {
		t.Errorf("JSON round trip: %+v", back.Nodes[0])
	}

	recs, err := csv.NewReader(strings.NewReader(read(base + ".csv"))).ReadAll()
	if err != nil || len(recs) != 4 || recs[1][1] != "RU" || recs[1][3] != "روسيا" {
		t.Errorf("CSV: %v %v", recs, err)
	}
	nrecs, err := csv.NewReader(strings.NewReader(read(base + "_new-relations.csv"))).ReadAll()
	if err != nil || len(nrecs) != 3 {
		t.Errorf("new relations CSV: %v %v", nrecs, err)
	}
}

func TestWriteEmptyReport(t *testing.T) {
	r := &Report{Name: "empty", Title: "Country centrality, 1990", GeneratedAt: time.Now(), Projection: graph.Countries, Empty: true,
		Window: WindowInfo{Label: "1990"}, Compare: CompareInfo{Mode: CompareNone}, Top: map[string][]Entry{}, Measures: Tabulated}
	dir := t.TempDir()
	files, err := Write(dir, r, WriteOptions{Formats: []string{"html", "md"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 2 {
		t.Errorf("an empty report wrote %v, want the HTML and the Markdown only", files)
	}
	b, _ := os.ReadFile(files[0])
	if !strings.Contains(string(b), "No data") || strings.Contains(string(b), "<svg") {
		t.Errorf("empty report:\n%s", b)
	}
}

func TestWriteRejects(t *testing.T) {
	r := sampleReport()
	if _, err := Write(t.TempDir(), r, WriteOptions{Formats: []string{"pdf"}}); err == nil || !strings.Contains(err.Error(), `"pdf"`) {
		t.Errorf("format pdf: %v", err)
	}
	r.Name = "../escape"
	if _, err := Write(t.TempDir(), r, WriteOptions{}); err == nil || !strings.Contains(err.Error(), "../escape") {
		t.Errorf("name ../escape: %v", err)
	}
}

func TestPruneKeepsTheNewest(t *testing.T) {
	dir := t.TempDir()
	r := sampleReport()
	for i := range 4 {
		r.GeneratedAt = time.Date(2026, 11, 1+i, 8, 0, 0, 0, time.UTC)
		if _, err := Write(dir, r, WriteOptions{Formats: []string{"html", "json"}, Keep: 2}); err != nil {
			t.Fatal(err)
		}
	}
	// Files of another report, and other files, are never touched.
	other := []string{"weekly-countries_20261101T080000Z.html", "notes.txt", "weekly_latest.html"}
	for _, f := range other {
		os.WriteFile(filepath.Join(dir, f), []byte("x"), 0o644)
	}
	if err := Prune(dir, "weekly", 2); err != nil {
		t.Fatal(err)
	}
	ents, _ := os.ReadDir(dir)
	var names []string
	for _, e := range ents {
		names = append(names, e.Name())
	}
	want := append([]string{"notes.txt", "weekly-countries_20261101T080000Z.html",
		"weekly_20261103T080000Z.html", "weekly_20261103T080000Z.json",
		"weekly_20261104T080000Z.html", "weekly_20261104T080000Z.json"}, "weekly_latest.html")
	if strings.Join(names, " ") != strings.Join(want, " ") {
		t.Errorf("after prune:\n got %v\nwant %v", names, want)
	}
}

func TestChartLabel(t *testing.T) {
	for _, tc := range []struct{ name, id, want string }{
		{"Russia", "RU", "Russia"},
		{"Recep Tayyip Erdoğan", "erdogan", "Recep Tayyip Erdoğan"},
		{"Сергей Лавров", "lavrov", "Сергей Лавров"},
		{"روسيا", "RU", "RU"},
		{"习近平", "xi", "xi"},
		{"The Shanghai Cooperation Organisation Secretariat", "x", "The Shanghai Cooperation Or…"},
	} {
		if got := chartLabel(Entry{ID: tc.id, Name: tc.name}); got != tc.want {
			t.Errorf("chartLabel(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
}
