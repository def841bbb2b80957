package extract

import (
	"slices"
	"sort"
)

// GoldRelation is one relation a human marked in an article: what an
// extraction should find. Date and Status are optional in gold files; an
// empty Status means occurred.
type GoldRelation struct {
	Type   RelationType `json:"type"`
	Source string       `json:"source"`
	Target string       `json:"target"`
	Date   Date         `json:"date"`
	Status Status       `json:"status,omitempty"`
}

// Counts are the matches of one slice of an evaluation.
type Counts struct {
	Gold      int `json:"gold"`
	Predicted int `json:"predicted"`
	Matched   int `json:"matched"`
	// DateRight counts matched relations whose date equals the gold date
	// (both empty counts as right).
	DateRight int `json:"date_right"`
}

// Precision is Matched/Predicted, 0 when nothing was predicted.
func (c Counts) Precision() float64 { return ratio(c.Matched, c.Predicted) }

// Recall is Matched/Gold, 0 when there is no gold.
func (c Counts) Recall() float64 { return ratio(c.Matched, c.Gold) }

// F1 is the harmonic mean of precision and recall.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// DateAccuracy is DateRight/Matched.
func (c Counts) DateAccuracy() float64 { return ratio(c.DateRight, c.Matched) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func (c *Counts) add(o Counts) {
	c.Gold += o.Gold
	c.Predicted += o.Predicted
	c.Matched += o.Matched
	c.DateRight += o.DateRight
}

// Evaluation scores extractions against gold relations, overall, per
// relation type and per language.
type Evaluation struct {
	Overall    Counts                  `json:"overall"`
	ByType     map[RelationType]Counts `json:"by_type"`
	ByLanguage map[string]Counts       `json:"by_language"`
	// Errors lists, per article, the gold relations missed and the
	// predicted ones not in the gold, for reading.
	Errors []ArticleErrors `json:"errors"`
}

// ArticleErrors are one article's misses and false alarms.
type ArticleErrors struct {
	Article string         `json:"article"`
	Missed  []GoldRelation `json:"missed,omitempty"`
	Spare   []GoldRelation `json:"spare,omitempty"`
	WrongOn []GoldRelation `json:"wrong_date,omitempty"` // matched, gold date shown
}

// NewEvaluation starts an empty evaluation.
func NewEvaluation() *Evaluation {
	return &Evaluation{ByType: map[RelationType]Counts{}, ByLanguage: map[string]Counts{}}
}

// Add scores one article. A predicted relation matches a gold one with the
// same type, ends (either way round for symmetric types) and status; when
// several could match, one with the same date is preferred, then one with
// a compatible date, so that two dated visits of one pair are told apart.
// Each gold and each predicted relation matches at most once.
func (e *Evaluation) Add(r Result, gold []GoldRelation) {
	// The gold format has no office role: two offices of one person in one
	// country ("ولي العهد رئيس مجلس الوزراء") are one gold relation, so
	// predictions that read the same in that format count once.
	pred := make([]GoldRelation, 0, len(r.Relations))
	for _, rel := range r.Relations {
		g := GoldRelation{Type: rel.Type, Source: rel.Source, Target: rel.Target, Date: rel.Date, Status: rel.Status}
		if !slices.Contains(pred, g) {
			pred = append(pred, g)
		}
	}
	norm := func(g GoldRelation) GoldRelation {
		if g.Status == "" {
			g.Status = Occurred
		}
		if g.Type.Symmetric() && g.Source > g.Target {
			g.Source, g.Target = g.Target, g.Source
		}
		return g
	}
	for i := range gold {
		gold[i] = norm(gold[i])
	}
	for i := range pred {
		pred[i] = norm(pred[i])
	}
	same := func(a, b GoldRelation) bool {
		return a.Type == b.Type && a.Source == b.Source && a.Target == b.Target && a.Status == b.Status
	}
	usedG := make([]bool, len(gold))
	usedP := make([]bool, len(pred))
	byType := map[RelationType]*Counts{}
	cnt := func(t RelationType) *Counts {
		if byType[t] == nil {
			byType[t] = &Counts{}
		}
		return byType[t]
	}
	errs := ArticleErrors{Article: r.Article.ID}
	// Three passes: equal dates, compatible dates, any date.
	for pass := 0; pass < 3; pass++ {
		for gi, g := range gold {
			if usedG[gi] {
				continue
			}
			for pi, p := range pred {
				if usedP[pi] || !same(g, p) {
					continue
				}
				if pass == 0 && g.Date != p.Date || pass == 1 && !g.Date.Compatible(p.Date) {
					continue
				}
				usedG[gi], usedP[pi] = true, true
				c := cnt(g.Type)
				c.Matched++
				if g.Date == p.Date {
					c.DateRight++
				} else {
					errs.WrongOn = append(errs.WrongOn, g)
				}
				break
			}
		}
	}
	for gi, g := range gold {
		cnt(g.Type).Gold++
		if !usedG[gi] {
			errs.Missed = append(errs.Missed, g)
		}
	}
	for pi, p := range pred {
		cnt(p.Type).Predicted++
		if !usedP[pi] {
			errs.Spare = append(errs.Spare, p)
		}
	}
	lang := r.Article.Language
	for t, c := range byType {
		x := e.ByType[t]
		x.add(*c)
		e.ByType[t] = x
		l := e.ByLanguage[lang]
		l.add(*c)
		e.ByLanguage[lang] = l
		e.Overall.add(*c)
	}
	if len(errs.Missed)+len(errs.Spare)+len(errs.WrongOn) > 0 {
		e.Errors = append(e.Errors, errs)
		sort.Slice(e.Errors, func(i, j int) bool { return e.Errors[i].Article < e.Errors[j].Article })
	}
}
