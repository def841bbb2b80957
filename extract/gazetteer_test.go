package extract

import (
	"sort"
	"strings"
	"testing"
)

func TestCLDRCountries(t *testing.T) {
	g := testGazetteer(t)
	n := 0
	for _, info := range g.entities {
		if info.kind == Country {
			n++
		}
	}
	if n < 240 {
		t.Errorf("%d countries, want every ISO 3166-1 country", n)
	}
	ru := g.Names("RU")
	want := map[string]string{"ar": "روسيا", "en": "Russia", "fr": "Russie", "ru": "Россия", "zh": "俄罗斯", "es": "Rusia"}
	for l, w := range want {
		if ru[l] != w {
			t.Errorf("RU in %s = %q, want %q", l, ru[l], w)
		}
	}
	x, _ := New()
	r := x.Extract(Article{Text: "Peru and Viet Nam; بيرو وفيتنام. Mali's capital. هذا دعم مالي كبير."})
	got := map[string]int{}
	for _, e := range r.Entities {
		got[e.ID] = len(e.Mentions)
	}
	if got["PE"] != 2 || got["VN"] != 2 || got["ML"] != 1 {
		t.Errorf("mentions = %v; want PE and VN twice, ML once (مالي is 'financial')", got)
	}
}

// TestNoAmbiguousNames walks the trie: a name may stand for one entity
// only, or the extractor would pick between them by kind alone.
func TestNoAmbiguousNames(t *testing.T) {
	g := testGazetteer(t)
	var bad []string
	var walk func(n *trieNode, path []string)
	walk = func(n *trieNode, path []string) {
		ids := map[string]bool{}
		for _, e := range n.entries {
			if e.kind == eEntity {
				ids[e.id] = true
			}
		}
		if len(ids) > 1 {
			var list []string
			for id := range ids {
				list = append(list, id)
			}
			sort.Strings(list)
			bad = append(bad, strings.Join(path, " ")+" -> "+strings.Join(list, ","))
		}
		for k, c := range n.next {
			walk(c, append(path, k))
		}
	}
	walk(g.root, nil)
	sort.Strings(bad)
	if len(bad) > 0 {
		t.Errorf("names that stand for more than one entity:\n%s", strings.Join(bad, "\n"))
	}
}

func TestReferenceMemberships(t *testing.T) {
	g := testGazetteer(t)
	joined := func(org, member string) string {
		for _, m := range g.Members(org) {
			if m.Member == member {
				return m.Joined.String()
			}
		}
		return "not a member"
	}
	tests := []struct{ org, member, want string }{
		{"SCO", "IR", "2023-07-04"},
		{"SCO", "BY", "2024-07-04"},
		{"G20", "AFRICAN-UNION", "2023-09-09"},
		{"BRICS", "EG", "2024-01-01"},
		{"BRICS", "SA", "not a member"},
		{"EAEU", "AM", "2015-01-02"},
	}
	for _, tt := range tests {
		if got := joined(tt.org, tt.member); got != tt.want {
			t.Errorf("%s in %s: %s, want %s", tt.member, tt.org, got, tt.want)
		}
	}
	if n := len(g.Members("G20")); n != 21 {
		t.Errorf("G20 has %d members, want 19 countries, the EU and the African Union", n)
	}
}
