package extract

import (
	"testing"
	"unicode/utf8"
)

// FuzzExtract feeds arbitrary text to the whole extractor and checks what
// must hold for any input: no panic, offsets inside the text, spans equal to
// their text, deterministic output. Its seed corpus, the sample articles and
// some awkward strings, runs with the ordinary tests.
func FuzzExtract(f *testing.F) {
	x, err := New()
	if err != nil {
		f.Fatal(err)
	}
	for _, a := range sampleArticles(f) {
		f.Add(a.Text, a.Published.String())
	}
	for _, s := range []string{"", " ", "ـــ", "U.S.", "'s", "و", "لل", "٢٠٢٤", "May 31, 2023", "31 فبراير 2024", "\u200f\u200eبكين\u0651", "الأول من", "OPEC++", "G20-"} {
		f.Add(s, "2024-05-16")
	}
	f.Fuzz(func(t *testing.T, text, published string) {
		if !utf8.ValidString(text) {
			return
		}
		pub, _ := ParseDate(published)
		checkInvariants(t, x, Article{ID: "fuzz", Text: text, Published: pub})
	})
}

func BenchmarkExtract(b *testing.B) {
	x, err := New()
	if err != nil {
		b.Fatal(err)
	}
	arts := sampleArticles(b)
	size := 0
	for _, a := range arts {
		size += len(a.Text)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			x.Extract(a)
		}
	}
}

func BenchmarkLoadGazetteer(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := LoadGazetteer(); err != nil {
			b.Fatal(err)
		}
	}
}
