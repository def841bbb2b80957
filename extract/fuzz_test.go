package extract

import (
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"
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

// BenchmarkExtractVsGrep extracts a few MB of mixed Arabic and English
// news with the full gazetteer and, in the same run, times
// `grep -c -F -f NAMES` over the same text with the same names, the
// floor for plain multi-pattern string search. It reports extraction
// MB/s (one core) and the ratio of the two times, and the same for the
// name-matching stage alone (tokenising and the token automaton), the part
// of the work grep also does.
func BenchmarkExtractVsGrep(b *testing.B) {
	grep, err := exec.LookPath("grep")
	if err != nil {
		b.Skip("no grep")
	}
	x, err := New()
	if err != nil {
		b.Fatal(err)
	}
	arts := sampleArticles(b)
	var corpus strings.Builder
	var all []Article
	for corpus.Len() < 4<<20 {
		for _, a := range arts {
			corpus.WriteString(a.Text)
			corpus.WriteString("\n")
			all = append(all, a)
		}
	}
	dir := b.TempDir()
	text, names := filepath.Join(dir, "corpus.txt"), filepath.Join(dir, "names.txt")
	if err := os.WriteFile(text, []byte(corpus.String()), 0o644); err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(names, []byte(strings.Join(x.g.surfaces, "\n")+"\n"), 0o644); err != nil {
		b.Fatal(err)
	}
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	b.SetBytes(int64(corpus.Len()))
	var extract, matching, grepTime time.Duration
	for b.Loop() {
		t0 := time.Now()
		for _, a := range all {
			x.Extract(a)
		}
		extract += time.Since(t0)
		// The name-matching stage alone, what grep also does: decoding
		// (into reused memory, as Extract does), tokenising and the token
		// automaton.
		t0 = time.Now()
		var sc tokScratch
		var toks []token
		var ms []match
		var runes []rune
		for _, a := range all {
			runes = runes[:0]
			for _, r := range a.Text {
				runes = append(runes, r)
			}
			toks = sc.tokenize(toks, runes)
			ms = x.g.matchAll(ms[:0], toks)
		}
		matching += time.Since(t0)
		t0 = time.Now()
		if out, err := exec.Command(grep, "-c", "-F", "-f", names, text).Output(); err != nil {
			b.Fatalf("grep: %v %s", err, out)
		}
		grepTime += time.Since(t0)
	}
	// MB are 10^6 bytes, as in the MB/s column go test prints.
	mb := float64(corpus.Len()) / 1e6 * float64(b.N)
	b.ReportMetric(mb/extract.Seconds(), "extract-MB/s")
	b.ReportMetric(mb/grepTime.Seconds(), "grep-MB/s")
	b.ReportMetric(extract.Seconds()/grepTime.Seconds(), "x-grep-time")
	b.ReportMetric(mb/matching.Seconds(), "match-MB/s")
	b.ReportMetric(matching.Seconds()/grepTime.Seconds(), "match-x-grep")
	b.ReportMetric(float64(len(x.g.surfaces)), "names")
}

// TestExtractConcurrent runs the sample articles through one Extractor from
// several goroutines, each in its own order, and requires every result to
// equal the one a lone call gives: pooled working memory must not carry
// anything from one article to the next.
func TestExtractConcurrent(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	arts := sampleArticles(t)
	want := make([]Result, len(arts))
	for i, a := range arts {
		want[i] = x.Extract(a)
	}
	const workers = 4
	got := make([][]Result, workers)
	var wg sync.WaitGroup
	for w := range workers {
		got[w] = make([]Result, len(arts))
		wg.Go(func() {
			for k := range arts {
				i := (k + 5*w) % len(arts) // a different order per worker
				if w%2 == 1 {
					i = len(arts) - 1 - i
				}
				got[w][i] = x.Extract(arts[i])
			}
		})
	}
	wg.Wait()
	for w := range workers {
		for i := range arts {
			if !reflect.DeepEqual(got[w][i], want[i]) {
				t.Errorf("worker %d, %s: result differs from a lone extraction", w, arts[i].ID)
			}
		}
	}
}
