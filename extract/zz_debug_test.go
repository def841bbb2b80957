package extract

import (
	"os"
	"testing"
)

func TestZZRefs(t *testing.T) {
	x, _ := New()
	pub, _ := ParseDate("2025-06-17")
	a := Article{ID: "x", Text: os.Getenv("ZZTEXT"), Published: pub}
	d := docs.Get().(*doc)
	d.reset(x.g, a)
	d.toks = d.tokScratch.tokenize(d.toks, d.runes)
	d.a.Language = detectLanguage(d.toks)
	d.sents = splitSentences(d.sents[:0], d.runes, d.toks)
	d.matches = x.g.matchAll(d.matches[:0], d.toks)
	for _, m := range d.matches {
		t.Logf("match %d-%d %v", m.lo, m.hi, m.entries)
	}
	d.classify(d.matches)
	d.resolve()
	for _, r := range d.refs {
		t.Logf("%d-%d %s %v inOffice=%v adj=%v dep=%v partial=%v prep=%s", r.lo, r.hi, r.id, r.kind, r.inOffice, r.adj, r.dependent, r.partial, r.prep)
	}
	d.findDates()
	for _, e := range d.dates {
		t.Logf("date %d-%d %+v", e.lo, e.hi, e)
	}
}
