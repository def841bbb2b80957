package main

import (
	"bytes"
	"context"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

// browser starts headless Chromium, or skips locally (fails under CI) when
// none is installed; .ci/run installs Debian's chromium.
func browser(t *testing.T) context.Context {
	t.Helper()
	var path string
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			path = p
			break
		}
	}
	if path == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("CI needs Chromium for the report test (.ci/run installs Debian's chromium)")
		}
		t.Skip("no Chromium: install Debian's chromium package to render the report")
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(path), chromedp.NoSandbox,
		chromedp.WindowSize(1200, 900), chromedp.Flag("disable-gpu", true),
		// No network: anything the report loads from outside fails.
		chromedp.Flag("host-resolver-rules", "MAP * ~NOTFOUND"))
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancel)
	ctx, cancel2 := chromedp.NewContext(actx)
	t.Cleanup(cancel2)
	ctx, cancel3 := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(cancel3)
	return ctx
}

// pageLog records what a page writes to the console and what it requests.
type pageLog struct {
	mu       sync.Mutex
	errors   []string
	requests []string
}

func watch(ctx context.Context) *pageLog {
	l := &pageLog{}
	messages := chromedp.Console(ctx)
	requests := chromedp.Events(ctx, network.RequestWillBeSent)
	go func() {
		for m, err := range messages {
			if err != nil {
				return
			}
			if m.Type == chromedp.ConsoleError || m.IsException() || m.Type == chromedp.ConsoleWarning {
				l.mu.Lock()
				l.errors = append(l.errors, m.String())
				l.mu.Unlock()
			}
		}
	}()
	go func() {
		for ev, err := range requests {
			if err != nil {
				return
			}
			l.mu.Lock()
			l.requests = append(l.requests, ev.Request.URL)
			l.mu.Unlock()
		}
	}()
	return l
}

func (l *pageLog) snapshot() (errs, reqs []string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]string(nil), l.errors...), append([]string(nil), l.requests...)
}

// artefacts is where tests keep what a person may want to look at.
func artefacts(t *testing.T) string {
	dir := os.Getenv("DIPLOGRAPH_ARTIFACTS")
	if dir == "" {
		dir = filepath.Join("..", "..", ".artifacts")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestReportInChromium renders the HTML report of the sample articles in
// headless Chromium without network access: it must load without console
// errors or requests for anything but itself, and its three charts must
// be drawn. The screenshot is kept in the artefacts folder.
func TestReportInChromium(t *testing.T) {
	needNeo4j(t)
	ctx := browser(t)

	// The watcher must see a page's errors, or its silence means nothing.
	l := watch(ctx)
	if err := chromedp.Do(ctx, chromedp.Navigate(`data:text/html,<p>x</p><script>console.error("probe")</script>`)); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 50; i++ {
		if errs, _ := l.snapshot(); len(errs) > 0 {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if errs, _ := l.snapshot(); len(errs) != 1 || !strings.Contains(errs[0], "probe") {
		t.Fatalf("the console watcher missed a console error: %v", errs)
	}

	wipeGraph(t)
	if r := cli(t, nil, "ingest", "testdata/articles"); r.code != 0 {
		t.Fatalf("ingest: %s", r.stderr)
	}
	dir := t.TempDir()
	if r := cli(t, nil, "report", "--window", "2024", "--out", dir, "--name", "sample"); r.code != 0 {
		t.Fatalf("report: %s", r.stderr)
	}
	page, err := filepath.Abs(mustGlob(t, dir, "sample_*.html"))
	if err != nil {
		t.Fatal(err)
	}

	l = watch(ctx)
	if err := chromedp.Do(ctx, chromedp.Navigate("file://"+page), chromedp.WaitReady("#chart-trend")); err != nil {
		t.Fatal(err)
	}
	drawn, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll("figure")).filter(f => {
		const s = f.querySelector("svg"); if (!s) return false;
		const r = s.getBoundingClientRect();
		return r.width > 200 && r.height > 100 && s.querySelectorAll("path").length > 5;
	}).map(f => f.id)`))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(drawn, " ") != "chart-pagerank chart-betweenness chart-trend" {
		t.Errorf("charts drawn: %v", drawn)
	}
	text, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.body.innerText`))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"Country centrality, 2024", "Russia", "روسيا", "Risers and fallers", "Relations first reported"} {
		if !strings.Contains(text, s) {
			t.Errorf("the rendered page lacks %q", s)
		}
	}
	shot, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(shot))
	if err != nil {
		t.Fatal(err)
	}
	if blue := countColour(img, 0x00, 0x72, 0xB2); blue < 2000 {
		t.Errorf("the screenshot shows %d pixels of the bar colour; the charts did not render", blue)
	}
	out := filepath.Join(artefacts(t), "report-screenshot.png")
	if err := os.WriteFile(out, shot, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", out)

	time.Sleep(300 * time.Millisecond) // let late console messages arrive
	errs, reqs := l.snapshot()
	if len(errs) > 0 {
		t.Errorf("console errors: %v", errs)
	}
	for _, u := range reqs {
		if u != "file://"+page {
			t.Errorf("the report requested %s", u)
		}
	}
}

func countColour(img image.Image, r, g, b uint8) int {
	n := 0
	bd := img.Bounds()
	for y := bd.Min.Y; y < bd.Max.Y; y++ {
		for x := bd.Min.X; x < bd.Max.X; x++ {
			cr, cg, cb, _ := img.At(x, y).RGBA()
			if uint8(cr>>8) == r && uint8(cg>>8) == g && uint8(cb>>8) == b {
				n++
			}
		}
	}
	return n
}
