package extract

import (
	"math"
	"testing"
)

func TestEvaluation(t *testing.T) {
	d := func(s string) Date {
		v, err := ParseDate(s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	res := Result{Article: Article{ID: "a", Language: "en"}, Relations: []Relation{
		{Type: Visited, Source: "xi-jinping", Target: "moscow", Date: d("2023-03"), Status: Occurred},
		{Type: Visited, Source: "xi-jinping", Target: "moscow", Date: d("2015-05-08"), Status: Occurred},
		{Type: Met, Source: "vladimir-putin", Target: "xi-jinping", Date: d("2023-03-21"), Status: Occurred},
		{Type: PartnerOf, Source: "CN", Target: "RU", Status: Occurred},               // spare
		{Type: Visited, Source: "vladimir-putin", Target: "beijing", Status: Planned}, // wrong status: spare
	}}
	gold := []GoldRelation{
		{Type: Visited, Source: "xi-jinping", Target: "moscow", Date: d("2015-05-08")},
		{Type: Visited, Source: "xi-jinping", Target: "moscow", Date: d("2023-03-20")},     // compatible, not equal
		{Type: Met, Source: "xi-jinping", Target: "vladimir-putin", Date: d("2023-03-21")}, // other way round
		{Type: Visited, Source: "vladimir-putin", Target: "beijing"},                       // missed
	}
	e := NewEvaluation()
	e.Add(res, gold)
	o := e.Overall
	if o.Gold != 4 || o.Predicted != 5 || o.Matched != 3 || o.DateRight != 2 {
		t.Fatalf("overall = %+v", o)
	}
	if p, r := o.Precision(), o.Recall(); p != 0.6 || r != 0.75 {
		t.Errorf("precision %v recall %v", p, r)
	}
	if f := o.F1(); math.Abs(f-2*0.6*0.75/1.35) > 1e-12 {
		t.Errorf("F1 %v", f)
	}
	if v := e.ByType[Visited]; v.Gold != 3 || v.Matched != 2 || v.Predicted != 3 {
		t.Errorf("VISITED = %+v", v)
	}
	if e.ByLanguage["en"] != o {
		t.Errorf("by language %+v", e.ByLanguage)
	}
	if len(e.Errors) != 1 || len(e.Errors[0].Missed) != 1 || len(e.Errors[0].Spare) != 2 || len(e.Errors[0].WrongOn) != 1 {
		t.Errorf("errors = %+v", e.Errors)
	}
	var zero Counts
	if zero.F1() != 0 || zero.Precision() != 0 {
		t.Error("empty counts are not 0")
	}
}

// TestEvaluationOneOfficeRowPerCountry: two offices of one person in one
// country read the same in the gold format and count once.
func TestEvaluationOneOfficeRowPerCountry(t *testing.T) {
	res := Result{Article: Article{ID: "a", Language: "ar"}, Relations: []Relation{
		{Type: HoldsOffice, Source: "mohammed-bin-salman", Target: "SA", Status: Occurred, Role: "crown-prince"},
		{Type: HoldsOffice, Source: "mohammed-bin-salman", Target: "SA", Status: Occurred, Role: "prime-minister"},
	}}
	e := NewEvaluation()
	e.Add(res, []GoldRelation{{Type: HoldsOffice, Source: "mohammed-bin-salman", Target: "SA"}})
	if o := e.Overall; o.Predicted != 1 || o.Matched != 1 {
		t.Errorf("overall = %+v, want one predicted and matched", o)
	}
}
