package graph

import (
	"context"
	"testing"
	"time"

	"github.com/diplograph/diplograph/extract"
	"github.com/diplograph/diplograph/graph/centrality"
)

// fixture ingests a small world: Putin and Xi (who hold office) meet and
// visit each other in 2023 and 2024; Russia and China are partners; Modi
// meets Putin in 2024; India and Russia trade.
func fixture(t *testing.T, s *Store) {
	t.Helper()
	ent := func(id string, k extract.Kind, name string) extract.Entity {
		return extract.Entity{ID: id, Kind: k, Name: name, Mentions: []extract.Span{}}
	}
	ev := extract.Span{Text: "fixture sentence", Start: 0, End: 16}
	rel := func(typ extract.RelationType, a, b, date, role string) extract.Relation {
		return extract.Relation{Type: typ, Source: a, Target: b, Date: date2(date), Status: extract.Occurred, Confidence: 0.9, Role: role, Evidence: ev}
	}
	ents := []extract.Entity{
		ent("RU", extract.Country, "Russia"), ent("CN", extract.Country, "China"), ent("IN", extract.Country, "India"),
		ent("vladimir-putin", extract.Person, "Vladimir Putin"), ent("xi-jinping", extract.Person, "Xi Jinping"),
		ent("narendra-modi", extract.Person, "Narendra Modi"), ent("SCO", extract.Organization, "SCO"),
	}
	arts := []extract.Result{
		{Article: extract.Article{ID: "f1", Published: date("2023-03-22")}, Entities: ents, Relations: []extract.Relation{
			rel(extract.HoldsOffice, "vladimir-putin", "RU", "", "president"),
			rel(extract.HoldsOffice, "xi-jinping", "CN", "", "president"),
			rel(extract.Visited, "xi-jinping", "RU", "2023-03-20", ""),
			rel(extract.Met, "vladimir-putin", "xi-jinping", "2023-03-21", ""),
			rel(extract.PartnerOf, "CN", "RU", "", ""), // undated: dated by the article, 2023
			rel(extract.MemberOf, "RU", "SCO", "", ""),
			rel(extract.MemberOf, "CN", "SCO", "", ""),
		}},
		{Article: extract.Article{ID: "f2", Published: date("2024-07-09")}, Entities: ents, Relations: []extract.Relation{
			rel(extract.HoldsOffice, "narendra-modi", "IN", "", "prime-minister"),
			rel(extract.Visited, "vladimir-putin", "CN", "2024-05-15", ""),
			rel(extract.Met, "vladimir-putin", "xi-jinping", "2024-05-16", ""),
			rel(extract.Met, "narendra-modi", "vladimir-putin", "2024-07-08", ""),
			rel(extract.TradePartnerOf, "IN", "RU", "2024", ""),
		}},
	}
	for _, a := range arts {
		mustIngest(t, s, a)
	}
}

func date2(s string) extract.Date {
	if s == "" {
		return extract.Date{}
	}
	return date(s)
}

func edgeWeights(g *centrality.Graph) map[[2]string]float64 {
	out := map[[2]string]float64{}
	ids := g.IDs()
	for i := range ids {
		for j := range ids {
			if w := g.Weight(i, j); w > 0 && i < j {
				out[[2]string{ids[i], ids[j]}] = w
			}
		}
	}
	return out
}

func TestProjections(t *testing.T) {
	s := openTestStore(t)
	fixture(t, s)
	ctx := context.Background()
	tests := []struct {
		name string
		o    ProjectionOptions
		want map[[2]string]float64
	}{
		{"countries all time", ProjectionOptions{Name: Countries},
			// CN-RU: partnership, Xi's visit, two meetings, Putin's visit.
			map[[2]string]float64{{"CN", "RU"}: 5, {"IN", "RU"}: 2}},
		{"countries 2023", ProjectionOptions{Name: Countries, Window: Window{From: date("2023"), To: date("2023")}},
			map[[2]string]float64{{"CN", "RU"}: 3}},
		{"countries weighted types", ProjectionOptions{Name: Countries, Weights: map[string]float64{"PARTNER_OF": 10, "MET": 0}},
			map[[2]string]float64{{"CN", "RU"}: 12, {"IN", "RU"}: 1}},
		{"countries with memberships", ProjectionOptions{Name: Countries, Memberships: true, Window: Window{From: date("2024-05"), To: date("2024-05")}},
			map[[2]string]float64{{"CN", "RU"}: 3}},
		{"leaders", ProjectionOptions{Name: Leaders},
			// Two meetings and two visits to a met office holder; one meeting.
			map[[2]string]float64{{"vladimir-putin", "xi-jinping"}: 4, {"narendra-modi", "vladimir-putin"}: 1}},
		{"leaders 2024", ProjectionOptions{Name: Leaders, Window: Window{From: date("2024-01-01"), To: date("2024-12-31")}},
			map[[2]string]float64{{"vladimir-putin", "xi-jinping"}: 2, {"narendra-modi", "vladimir-putin"}: 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, _, err := s.Project(ctx, tt.o)
			if err != nil {
				t.Fatal(err)
			}
			got := edgeWeights(g)
			if toJSON(sortedPairs(got)) != toJSON(sortedPairs(tt.want)) {
				t.Errorf("edges = %v, want %v", got, tt.want)
			}
		})
	}
	g, st, err := s.Project(ctx, ProjectionOptions{Name: Actors})
	if err != nil || g.Len() != 7 || st.Facts != 12 {
		t.Errorf("actors: %d nodes, %d facts, %v", g.Len(), st.Facts, err)
	}
	if _, _, err := s.Project(ctx, ProjectionOptions{Name: "planets"}); err == nil {
		t.Error("unknown projection accepted")
	}
}

// sortedPairs lists m as "a|b" -> weight in key order, for comparing.
func sortedPairs(m map[[2]string]float64) []any {
	byKey := map[string]float64{}
	for k, w := range m {
		byKey[k[0]+"|"+k[1]] = w
	}
	var out []any
	for _, k := range sortedKeys(byKey) {
		out = append(out, k, byKey[k])
	}
	return out
}

func TestWriteRunKeepsHistory(t *testing.T) {
	s := openTestStore(t)
	fixture(t, s)
	ctx := context.Background()
	var stored []centrality.Result
	for i, w := range []Window{{From: date("2023"), To: date("2023")}, {From: date("2024"), To: date("2024")}} {
		g, st, err := s.Project(ctx, ProjectionOptions{Name: Countries, Window: w})
		if err != nil {
			t.Fatal(err)
		}
		r, err := centrality.Compute(ctx, g, centrality.Options{Weighted: true})
		if err != nil {
			t.Fatal(err)
		}
		run := NewRun(Countries, w, true, st.Facts, time.Date(2025, 1, 1, 0, 0, i, 0, time.UTC))
		if err := s.WriteRun(ctx, run, r); err != nil {
			t.Fatal(err)
		}
		stored = append(stored, r)
	}
	tb, err := s.Read(ctx, `
MATCH (run:CentralityRun {projection: 'countries'})-[sc:SCORED]->(c:Country)
RETURN run.window_from AS year, c.id AS id, sc.pagerank AS pr, sc.betweenness AS b ORDER BY year, id`, nil)
	if err != nil {
		t.Fatal(err)
	}
	var want [][]any
	for i, r := range stored {
		for _, sc := range r.Scores {
			want = append(want, []any{[]string{"2023", "2024"}[i], sc.ID, sc.Values["pagerank"], sc.Values["betweenness"]})
		}
	}
	if toJSON(tb.Rows) != toJSON(want) {
		t.Errorf("stored scores differ from computed:\n%v\n%v", tb.Rows, want)
	}
	// The latest run's scores are node properties.
	tb, _ = s.Read(ctx, "MATCH (c:Country {id: 'RU'}) RETURN c.countries_pagerank AS pr, c.countries_run AS run", nil)
	var ru float64
	for _, sc := range stored[1].Scores {
		if sc.ID == "RU" {
			ru = sc.Values["pagerank"]
		}
	}
	if tb.Rows[0][0] != ru || tb.Rows[0][1] != "countries/2024to2024/20250101T000001.000Z" {
		t.Errorf("latest = %v, want pagerank %v", tb.Rows[0], ru)
	}
}

func TestWindowContains(t *testing.T) {
	tests := []struct {
		w    Window
		d    string
		want bool
	}{
		{Window{}, "2024-05-16", true},
		{Window{}, "", true},
		{Window{From: date("2024")}, "", false},
		{Window{From: date("2024"), To: date("2024")}, "2024", true},
		{Window{From: date("2024"), To: date("2024")}, "2024-12-31", true},
		{Window{From: date("2024"), To: date("2024")}, "2025-01-01", false},
		{Window{From: date("2024-05"), To: date("2024-05")}, "2024", false},
		{Window{From: date("2024-05"), To: date("2024-05")}, "2024-05", true},
		{Window{From: date("2024-05-10"), To: date("2024-05-20")}, "2024-05", false},
		{Window{From: date("2024-05-10")}, "2030", true},
		{Window{To: date("2023-12-31")}, "2024-01-01", false},
	}
	for _, tt := range tests {
		if got := tt.w.Contains(date2(tt.d)); got != tt.want {
			t.Errorf("%v contains %q = %v, want %v", tt.w, tt.d, got, tt.want)
		}
	}
}
