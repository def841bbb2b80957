package report

import (
	"bytes"
	"fmt"
	"image/color"
	"strings"
	"unicode"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
	"gonum.org/v1/plot/vg/vgsvg"
)

// Chart is one drawn chart in the formats a report asks for.
type Chart struct {
	Key   string // file-name part: pagerank, betweenness, trend
	Title string
	SVG   []byte // the SVG document
	PNG   []byte // set when PNG was asked for
}

// The palette: colour-blind safe (Okabe–Ito).
var palette = []color.RGBA{
	{0x00, 0x72, 0xB2, 0xff}, {0xE6, 0x9F, 0x00, 0xff}, {0x00, 0x9E, 0x73, 0xff},
	{0xCC, 0x79, 0xA7, 0xff}, {0x56, 0xB4, 0xE9, 0xff}, {0xD5, 0x5E, 0x00, 0xff},
}

var chartFont = font.Font{Typeface: "Liberation", Variant: "Sans"}

// chartLabel is the label a chart shows for a node. The chart fonts have no
// Arabic glyphs and gonum/plot does not shape Arabic, so a name with
// letters outside the Latin, Greek and Cyrillic scripts is replaced by the
// node id: a chart never shows garbled letters.
func chartLabel(e Entry) string {
	name := e.Name
	for _, r := range name {
		if unicode.IsLetter(r) && !unicode.In(r, unicode.Latin, unicode.Greek, unicode.Cyrillic) {
			name = e.ID
			break
		}
	}
	if len([]rune(name)) > 28 {
		name = string([]rune(name)[:27]) + "…"
	}
	return name
}

// Charts draws a report's charts: the top nodes by PageRank and by
// normalised betweenness, and the PageRank trend of the top nodes. An empty
// report has none.
func Charts(r *Report, png bool) ([]Chart, error) {
	if r.Empty {
		return nil, nil
	}
	var out []Chart
	for _, c := range []struct{ key, measure, title string }{
		{"pagerank", "pagerank", "Top by PageRank"},
		{"betweenness", "betweenness_norm", "Top by betweenness (normalised)"},
	} {
		p, err := barChart(c.title, r.Top[c.measure], c.measure)
		if err != nil {
			return nil, fmt.Errorf("chart %s: %w", c.key, err)
		}
		ch, err := render(p, c.key, c.title, 6*vg.Inch, vg.Length(1.2+0.32*float64(max(len(r.Top[c.measure]), 3)))*vg.Inch, png)
		if err != nil {
			return nil, err
		}
		out = append(out, ch)
	}
	if len(r.Trend.Windows) > 1 && len(r.Trend.Order) > 0 {
		p, err := trendChart(r)
		if err != nil {
			return nil, fmt.Errorf("chart trend: %w", err)
		}
		ch, err := render(p, "trend", p.Title.Text, 7*vg.Inch, 3.6*vg.Inch, png)
		if err != nil {
			return nil, err
		}
		out = append(out, ch)
	}
	return out, nil
}

func newPlot(title string) *plot.Plot {
	p := plot.New()
	p.Title.Text = title
	set := func(f *font.Font, size vg.Length) {
		*f = chartFont
		f.Size = size
	}
	set(&p.Title.TextStyle.Font, 14)
	set(&p.X.Label.TextStyle.Font, 11)
	set(&p.Y.Label.TextStyle.Font, 11)
	set(&p.X.Tick.Label.Font, 10)
	set(&p.Y.Tick.Label.Font, 11)
	set(&p.Legend.TextStyle.Font, 10)
	p.BackgroundColor = color.White
	return p
}

// barChart draws entries as horizontal bars, the first at the top.
func barChart(title string, entries []Entry, measure string) (*plot.Plot, error) {
	p := newPlot(title)
	n := len(entries)
	vals := make(plotter.Values, n)
	labels := make([]string, n)
	for i, e := range entries {
		// Bars are drawn bottom up; put the top node at the top.
		vals[n-1-i] = e.Scores[measure]
		labels[n-1-i] = chartLabel(e)
	}
	if n == 0 {
		return p, nil
	}
	b, err := plotter.NewBarChart(vals, vg.Points(14))
	if err != nil {
		return nil, err
	}
	b.Horizontal = true
	b.Color = palette[0]
	b.LineStyle.Width = 0
	p.Add(b)
	p.NominalY(labels...)
	p.X.Label.Text = measure
	p.X.Min = 0
	p.Add(plotter.NewGrid())
	return p, nil
}

// trendChart draws the PageRank of the top nodes over the trend windows.
func trendChart(r *Report) (*plot.Plot, error) {
	p := newPlot("PageRank of the top nodes, last " + fmt.Sprint(len(r.Trend.Windows)) + " windows")
	p.Y.Label.Text = "pagerank"
	p.Y.Min = 0
	byID := map[string]Entry{}
	for _, e := range r.Nodes {
		byID[e.ID] = e
	}
	for i, id := range r.Trend.Order {
		pts := make(plotter.XYs, len(r.Trend.Windows))
		for j, v := range r.Trend.Series[id] {
			pts[j] = plotter.XY{X: float64(j), Y: v}
		}
		l, s, err := plotter.NewLinePoints(pts)
		if err != nil {
			return nil, err
		}
		c := palette[i%len(palette)]
		l.Color, s.Color = c, c
		l.Width = vg.Points(2)
		s.Shape = draw.CircleGlyph{}
		p.Add(l, s)
		p.Legend.Add(chartLabel(byID[id]), l, s)
	}
	labels := make([]string, len(r.Trend.Windows))
	for i, w := range r.Trend.Windows {
		labels[i] = shortLabel(w)
	}
	p.X.Tick.Marker = plot.TickerFunc(func(min, max float64) []plot.Tick {
		var ts []plot.Tick
		for i, l := range labels {
			ts = append(ts, plot.Tick{Value: float64(i), Label: l})
		}
		return ts
	})
	p.X.Min, p.X.Max = -0.3, float64(len(labels)-1)+0.3
	p.Legend.Top = true
	p.Legend.Left = true
	p.Add(plotter.NewGrid())
	return p, nil
}

// shortLabel names a trend window on an axis.
func shortLabel(w WindowInfo) string {
	if len(w.Label) <= 14 {
		return w.Label
	}
	return w.To
}

func render(p *plot.Plot, key, title string, w, h vg.Length, png bool) (Chart, error) {
	c := Chart{Key: key, Title: title}
	sc := vgsvg.New(w, h)
	p.Draw(draw.New(sc))
	var buf bytes.Buffer
	if _, err := sc.WriteTo(&buf); err != nil {
		return c, fmt.Errorf("chart %s: svg: %w", key, err)
	}
	c.SVG = buf.Bytes()
	if png {
		ic := vgimg.PngCanvas{Canvas: vgimg.NewWith(vgimg.UseWH(w, h), vgimg.UseDPI(144))}
		p.Draw(draw.New(ic))
		var pb bytes.Buffer
		if _, err := ic.WriteTo(&pb); err != nil {
			return c, fmt.Errorf("chart %s: png: %w", key, err)
		}
		c.PNG = pb.Bytes()
	}
	return c, nil
}

// inlineSVG strips the XML prolog so that an SVG document can sit inside
// HTML, and lets it scale to its container.
func inlineSVG(b []byte) string {
	s := string(b)
	if i := strings.Index(s, "<svg"); i >= 0 {
		s = s[i:]
	}
	return strings.Replace(s, "<svg ", `<svg role="img" preserveAspectRatio="xMinYMin meet" `, 1)
}
