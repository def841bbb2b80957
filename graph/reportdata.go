package graph

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/diplograph/diplograph/extract"
)

// Name is how a scored node is shown: its canonical English name and its
// Arabic name where the gazetteer has one.
type Name struct {
	Name   string `json:"name"`
	NameAr string `json:"name_ar,omitempty"`
}

// Names returns the names of scored nodes of a projection, by node id as
// the projection writes it ("RU" for countries, "Label:id" for actors). An
// id not found in the graph is missing from the map.
func (s *Store) Names(ctx context.Context, projection string, ids []string) (map[string]Name, error) {
	byLabel := map[string][]any{}
	keyOf := map[string]string{}
	for _, key := range ids {
		label, id := labelOf(projection, key)
		byLabel[label] = append(byLabel[label], id)
		keyOf[label+"\x00"+id] = key
	}
	out := make(map[string]Name, len(ids))
	for _, label := range sortedKeys(byLabel) {
		if !validLabel(label) {
			continue
		}
		t, err := s.Read(ctx, fmt.Sprintf("MATCH (n:%s) WHERE n.id IN $ids RETURN n.id, n.name, n.name_ar", label), map[string]any{"ids": byLabel[label]})
		if err != nil {
			return nil, fmt.Errorf("names of %s nodes: %w", label, err)
		}
		for _, r := range t.Rows {
			n := Name{}
			n.Name, _ = r[1].(string)
			n.NameAr, _ = r[2].(string)
			out[keyOf[label+"\x00"+r[0].(string)]] = n
		}
	}
	return out, nil
}

// validLabel guards the labels spliced into queries: node labels are
// capitalised ASCII words.
func validLabel(l string) bool {
	if l == "" || l[0] < 'A' || l[0] > 'Z' {
		return false
	}
	for _, c := range l {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return false
		}
	}
	return true
}

// ArticlesIn counts the articles published in w; articles without a
// publication date count only in the open window. It reads every article's
// date: O(articles).
func (s *Store) ArticlesIn(ctx context.Context, w Window) (int, error) {
	t, err := s.Read(ctx, "MATCH (a:Article) RETURN a.published", nil)
	if err != nil {
		return 0, fmt.Errorf("count articles: %w", err)
	}
	n := 0
	for _, r := range t.Rows {
		var d extract.Date
		if p, ok := r[0].(string); ok {
			d, _ = extract.ParseDate(p)
		}
		if w.Contains(d) {
			n++
		}
	}
	return n, nil
}

// NewFact is a fact first reported inside a window, with its first
// evidence.
type NewFact struct {
	Type          string `json:"type"`
	Source        string `json:"source"`
	SourceID      string `json:"source_id"`
	Target        string `json:"target"`
	TargetID      string `json:"target_id"`
	Date          string `json:"date,omitempty"`
	Status        string `json:"status,omitempty"`
	FirstReported string `json:"first_reported"`
	Evidence      string `json:"evidence"`
	Article       string `json:"article"`
	ArticleTitle  string `json:"article_title,omitempty"`
	ArticleURL    string `json:"article_url,omitempty"`
	Articles      int    `json:"articles"`
}

// FirstReportedIn returns the facts whose earliest article was published
// in w, oldest first, at most limit of them (0 for all), and how many there
// are in all. With a projection other than Actors only facts between the
// projection's nodes count: countries for Countries (and the persons who
// hold their offices), persons for Leaders.
func (s *Store) FirstReportedIn(ctx context.Context, w Window, projection string, limit int) ([]NewFact, int, error) {
	where := ""
	switch projection {
	case Countries:
		where = "AND (a:Country OR a:Person AND EXISTS { (a)-[:HOLDS_OFFICE]->(:Country) }) AND (b:Country OR b:Person AND EXISTS { (b)-[:HOLDS_OFFICE]->(:Country) }) AND type(r) <> 'HOLDS_OFFICE'"
	case Leaders:
		where = "AND a:Person AND b:Person"
	}
	params := map[string]any{"lo": "", "hi": "9999"}
	if !w.From.IsZero() {
		params["lo"] = fmt.Sprintf("%04d", w.From.Year)
	}
	if !w.To.IsZero() {
		params["hi"] = fmt.Sprintf("%04d-99", w.To.Year)
	}
	q := `MATCH (a)-[r]->(b)
WHERE r.articles IS NOT NULL AND size(r.articles) > 0 ` + where + `
WITH a, r, b, COLLECT { MATCH (art:Article) WHERE art.id IN r.articles AND art.published IS NOT NULL
                        RETURN art ORDER BY art.published, art.id }[0] AS first
WHERE first IS NOT NULL AND first.published >= $lo AND first.published <= $hi
WITH a, r, b, first, [k IN range(0, size(r.articles) - 1) WHERE r.articles[k] = first.id][0] AS at
RETURN type(r), a.name, a.id, b.name, b.id, r.date, r.status, first.published, r.evidence[at], first.id, first.title, first.url, size(r.articles)`
	t, err := s.Read(ctx, q, params)
	if err != nil {
		return nil, 0, fmt.Errorf("facts first reported in %s: %w", w, err)
	}
	var out []NewFact
	for _, r := range t.Rows {
		str := func(i int) string { v, _ := r[i].(string); return v }
		d, err := extract.ParseDate(str(7))
		if err != nil || !w.Contains(d) {
			continue
		}
		n, _ := r[12].(int64)
		out = append(out, NewFact{Type: str(0), Source: str(1), SourceID: str(2), Target: str(3), TargetID: str(4),
			Date: str(5), Status: str(6), FirstReported: str(7), Evidence: str(8), Article: str(9), ArticleTitle: str(10), ArticleURL: str(11), Articles: int(n)})
	}
	sort.SliceStable(out, func(i, j int) bool {
		x, y := out[i], out[j]
		if x.FirstReported != y.FirstReported {
			return x.FirstReported < y.FirstReported
		}
		return strings.Join([]string{x.Type, x.SourceID, x.TargetID, x.Date}, "\x00") < strings.Join([]string{y.Type, y.SourceID, y.TargetID, y.Date}, "\x00")
	})
	total := len(out)
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out, total, nil
}

// StoredRun is a CentralityRun read back with its scores by node id.
type StoredRun struct {
	Run
	Scores map[string]map[string]float64
}

// LatestRun returns the most recent stored run of a projection made before
// the given time, skipping the run named exclude; ok is false when there is
// none.
func (s *Store) LatestRun(ctx context.Context, projection string, before time.Time, exclude string) (StoredRun, bool, error) {
	t, err := s.Read(ctx, `MATCH (run:CentralityRun {projection: $projection})
WHERE run.at < datetime($before) AND run.id <> $exclude
WITH run ORDER BY run.at DESC LIMIT 1
RETURN run.id, toString(run.at), run.window_from, run.window_to, run.weighted, run.facts`,
		map[string]any{"projection": projection, "before": before.UTC().Format(time.RFC3339Nano), "exclude": exclude})
	if err != nil {
		return StoredRun{}, false, fmt.Errorf("latest %s run: %w", projection, err)
	}
	if len(t.Rows) == 0 {
		return StoredRun{}, false, nil
	}
	r := t.Rows[0]
	sr := StoredRun{Run: Run{ID: r[0].(string), Projection: projection}}
	sr.At, _ = time.Parse(time.RFC3339Nano, r[1].(string))
	if f, ok := r[2].(string); ok {
		sr.Window.From, _ = extract.ParseDate(f)
	}
	if to, ok := r[3].(string); ok {
		sr.Window.To, _ = extract.ParseDate(to)
	}
	sr.Weighted, _ = r[4].(bool)
	if n, ok := r[5].(int64); ok {
		sr.Facts = int(n)
	}
	sr.Scores, err = s.RunScores(ctx, sr.ID)
	return sr, err == nil, err
}

// RunScores returns the scores a stored run gave, by node id as the
// projection names them.
func (s *Store) RunScores(ctx context.Context, runID string) (map[string]map[string]float64, error) {
	t, err := s.Read(ctx, `MATCH (run:CentralityRun {id: $id})-[s:SCORED]->(n)
RETURN run.projection, labels(n)[0], n.id, properties(s)`, map[string]any{"id": runID})
	if err != nil {
		return nil, fmt.Errorf("scores of run %s: %w", runID, err)
	}
	out := make(map[string]map[string]float64, len(t.Rows))
	for _, r := range t.Rows {
		key := r[2].(string)
		if r[0].(string) == Actors {
			key = r[1].(string) + ":" + key
		}
		vals := map[string]float64{}
		for k, v := range r[3].(map[string]any) {
			if f, ok := v.(float64); ok {
				vals[k] = f
			}
		}
		out[key] = vals
	}
	return out, nil
}
