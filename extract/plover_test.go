package extract

import "testing"

func TestPlover(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	pub, _ := ParseDate("2024-05-16")
	r := x.Extract(Article{ID: "p", Language: "en", Published: pub, URL: "https://example.org/p",
		Text: "Russian President Vladimir Putin arrived in Beijing on Wednesday. He will travel to Harbin on Friday. China and Russia signed a trade agreement."})
	recs := Plover(r)
	got := map[string]PloverRecord{}
	for _, p := range recs {
		got[p.Relation+" "+p.Recipient] = p
		if p.Relation == "HOLDS_OFFICE" || p.Relation == "MEMBER_OF" {
			t.Errorf("state exported as an event: %+v", p)
		}
		if p.CiteInfo.URL != "https://example.org/p" || p.TextInfo.Text != p.EventText {
			t.Errorf("provenance: %+v", p)
		}
	}
	if v := got["VISITED beijing"]; v.Event != "CONSULT" || v.Mode != "visit" || v.Date != "2024-05-15" || v.DateSource != "text" {
		t.Errorf("visit = %+v", v)
	}
	if v := got["VISITED harbin"]; v.Event != "AGREE" || v.Date != "2024-05-17" {
		t.Errorf("planned visit = %+v", v)
	}
	if v := got["SIGNED_AGREEMENT RU"]; v.Event != "SUPPORT" || v.Date != "2024-05-16" || v.DateSource != "publication" {
		t.Errorf("agreement = %+v", v)
	}
}
