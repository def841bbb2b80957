package report

import (
	"bytes"
	"embed"
	"encoding/csv"
	"encoding/json"
	"fmt"
	htmltemplate "html/template"
	"maps"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	texttemplate "text/template"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/diplograph/diplograph/graph/centrality"
)

// Formats lists the formats Write renders.
var Formats = []string{"html", "md", "json", "csv"}

// WriteOptions say how Write renders a report.
type WriteOptions struct {
	Formats []string // a subset of Formats; default html
	PNG     bool     // also write each chart as PNG
	Keep    int      // keep this many reports of the same name in the folder; 0 keeps all
	Version string   // diplograph's version, shown in the footer
}

//go:embed templates
var templates embed.FS

var nameRE = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9.-]{0,63}$`)

// ValidName reports whether name can name a report: letters, digits, dots
// and hyphens, so that file names stay unambiguous.
func ValidName(name string) error {
	if !nameRE.MatchString(name) {
		return fmt.Errorf("report name %q: use letters, digits, '.' and '-' (at most 64), starting with a letter or digit", name)
	}
	return nil
}

// stampLayout is the time part of a report's file names.
const stampLayout = "20060102T150405Z"

// Base is the file name, without extension, of a report:
// <name>_<generated, UTC>.
func Base(r *Report) string {
	return r.Name + "_" + r.GeneratedAt.UTC().Format(stampLayout)
}

// Write renders r into dir in each format, charts first, each file written
// under a temporary name and renamed into place, then prunes older reports
// of the same name beyond o.Keep. It returns the paths written. On error
// the files already renamed stay (each is whole) and the report's
// remaining files are not written.
func Write(dir string, r *Report, o WriteOptions) ([]string, error) {
	if err := ValidName(r.Name); err != nil {
		return nil, err
	}
	formats := o.Formats
	if len(formats) == 0 {
		formats = []string{"html"}
	}
	for _, f := range formats {
		if !slices.Contains(Formats, f) {
			return nil, fmt.Errorf("format %q: want one of %s", f, strings.Join(Formats, ", "))
		}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("report folder: %w", err)
	}
	charts, err := Charts(r, o.PNG)
	if err != nil {
		return nil, err
	}
	base := Base(r)
	var written []string
	put := func(name string, data []byte) error {
		p, err := writeAtomic(dir, name, data)
		if err != nil {
			return err
		}
		written = append(written, p)
		return nil
	}
	for _, c := range charts {
		if slices.Contains(formats, "md") {
			if err := put(chartFile(base, c.Key), c.SVG); err != nil {
				return written, err
			}
		}
		if c.PNG != nil {
			if err := put(base+"_"+c.Key+".png", c.PNG); err != nil {
				return written, err
			}
		}
	}
	view := newView(r, charts, base, o.Version)
	for _, f := range formats {
		var files map[string][]byte
		switch f {
		case "html":
			files, err = one(base+".html", func(b *bytes.Buffer) error { return htmlTmpl.Execute(b, view) })
		case "md":
			files, err = one(base+".md", func(b *bytes.Buffer) error { return mdTmpl.Execute(b, view) })
		case "json":
			files, err = one(base+".json", func(b *bytes.Buffer) error {
				enc := json.NewEncoder(b)
				enc.SetIndent("", "  ")
				return enc.Encode(r)
			})
		case "csv":
			files, err = csvFiles(r, base)
		}
		if err != nil {
			return written, fmt.Errorf("render %s: %w", f, err)
		}
		for _, name := range slices.Sorted(maps.Keys(files)) {
			if err := put(name, files[name]); err != nil {
				return written, err
			}
		}
	}
	if o.Keep > 0 {
		if err := Prune(dir, r.Name, o.Keep); err != nil {
			return written, err
		}
	}
	return written, nil
}

func one(name string, render func(*bytes.Buffer) error) (map[string][]byte, error) {
	var b bytes.Buffer
	if err := render(&b); err != nil {
		return nil, err
	}
	return map[string][]byte{name: b.Bytes()}, nil
}

func chartFile(base, key string) string { return base + "_" + key + ".svg" }

// writeAtomic writes data to dir/name through a temporary file in the same
// folder, synced before the rename, so that readers see the old file or the
// whole new one.
func writeAtomic(dir, name string, data []byte) (string, error) {
	path := filepath.Join(dir, name)
	f, err := os.CreateTemp(dir, "."+name+".tmp*")
	if err != nil {
		return "", fmt.Errorf("write %s: %w", path, err)
	}
	tmp := f.Name()
	_, err = f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp, 0o644)
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
		return "", fmt.Errorf("write %s: %w", path, err)
	}
	return path, nil
}

// Prune removes the files of all but the newest keep reports named name in
// dir. Files of other names are never touched.
func Prune(dir, name string, keep int) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return fmt.Errorf("prune %s: %w", dir, err)
	}
	groups := map[string][]string{}
	prefix := name + "_"
	for _, e := range entries {
		n := e.Name()
		if e.IsDir() || !strings.HasPrefix(n, prefix) || len(n) < len(prefix)+len(stampLayout) {
			continue
		}
		stamp := n[len(prefix) : len(prefix)+len(stampLayout)]
		if rest := n[len(prefix)+len(stampLayout):]; rest != "" && rest[0] != '.' && rest[0] != '_' {
			continue
		}
		if _, err := parseStamp(stamp); err != nil {
			continue
		}
		groups[stamp] = append(groups[stamp], n)
	}
	stamps := slices.Sorted(maps.Keys(groups))
	for i := 0; i < len(stamps)-keep; i++ {
		for _, n := range groups[stamps[i]] {
			if err := os.Remove(filepath.Join(dir, n)); err != nil && !os.IsNotExist(err) {
				return fmt.Errorf("prune %s: %w", dir, err)
			}
		}
	}
	return nil
}

// view is what the templates see.
type view struct {
	R          *Report
	Charts     []Chart
	Base       string
	Version    string
	ConfigYAML string
	Command    string
}

func newView(r *Report, charts []Chart, base, version string) view {
	y, err := yaml.Marshal(r.Config)
	if err != nil {
		y = []byte(err.Error())
	}
	if version == "" {
		version = "dev"
	}
	return view{R: r, Charts: charts, Base: base, Version: version, ConfigYAML: string(y), Command: CentralityCommand(r)}
}

// CentralityCommand is the `diplograph centrality` command that prints the
// same scores as r.
func CentralityCommand(r *Report) string {
	parts := []string{"diplograph centrality --projection " + r.Projection}
	if r.Window.From != "" {
		parts = append(parts, "--from "+r.Window.From, "--to "+r.Window.To)
	}
	if m, _ := r.Config["memberships"].(bool); m {
		parts = append(parts, "--memberships")
	}
	if w, ok := r.Config["weighted"].(bool); ok && !w {
		parts = append(parts, "--unweighted")
	}
	return strings.Join(parts, " ")
}

var funcs = map[string]any{
	"score": func(v float64) string {
		switch {
		case v == 0:
			return "0"
		case v == math.Trunc(v) && math.Abs(v) < 1e6:
			return strconv.FormatFloat(v, 'f', 0, 64)
		}
		return strconv.FormatFloat(v, 'f', 4, 64)
	},
	"change": func(v float64) string {
		return strconv.FormatFloat(math.Abs(v), 'f', 4, 64)
	},
	"measureTitle": measureTitle,
	"compareText":  compareText,
	"rankChange": func(e Entry) string {
		if e.Previous == nil {
			return "new"
		}
		return rankMove(e.PrevRank, e.Rank)
	},
	"rankMove":  rankMove,
	"caption":   caption,
	"isLink":    func(u string) bool { return strings.HasPrefix(u, "https://") || strings.HasPrefix(u, "http://") },
	"chartFile": chartFile,
	"md": func(s string) string {
		return strings.NewReplacer("|", `\|`, "\n", " ", "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`, "<", "&lt;", ">", "&gt;").Replace(s)
	},
}

var (
	htmlTmpl = htmltemplate.Must(htmltemplate.New("report.html.tmpl").Funcs(htmltemplate.FuncMap(funcs)).Funcs(htmltemplate.FuncMap{
		"svg": func(b []byte) htmltemplate.HTML { return htmltemplate.HTML(inlineSVG(b)) },
	}).ParseFS(templates, "templates/report.html.tmpl"))
	mdTmpl = texttemplate.Must(texttemplate.New("report.md.tmpl").Funcs(texttemplate.FuncMap(funcs)).ParseFS(templates, "templates/report.md.tmpl"))
)

func rankMove(from, to int) string {
	switch {
	case from == 0 && to == 0:
		return ""
	case from == 0:
		return "new, " + strconv.Itoa(to)
	case to == 0:
		return strconv.Itoa(from) + " → gone"
	case from == to:
		return "= " + strconv.Itoa(to)
	case to < from:
		return fmt.Sprintf("▲ %d → %d", from, to)
	}
	return fmt.Sprintf("▼ %d → %d", from, to)
}

// caption says what a chart shows, for readers new to the measures.
func caption(key string) string {
	switch key {
	case "pagerank":
		return "PageRank: a node ranks high when it is tied to nodes that themselves rank high."
	case "betweenness":
		return "Betweenness: the share of shortest paths between other nodes that pass through a node, the brokers."
	case "trend":
		return "PageRank of today's top nodes in each of the windows before this one."
	}
	return ""
}

func measureTitle(m string) string {
	switch m {
	case "pagerank":
		return "PageRank"
	case "betweenness_norm":
		return "Betweenness"
	case "harmonic_norm":
		return "Closeness"
	case "eigenvector":
		return "Eigenvector"
	case "weighted_degree":
		return "W. degree"
	case "degree":
		return "Degree"
	}
	return m
}

func compareText(r *Report) string {
	switch r.Compare.Mode {
	case ComparePreviousWindow:
		if r.Compare.Window != nil {
			return "compared with " + r.Compare.Window.Label
		}
	case ComparePreviousRun:
		if r.Compare.RunID != "" {
			return "compared with run " + r.Compare.RunID
		}
		return "compared with the previous run"
	}
	return "no comparison"
}

// csvFiles renders every node's scores, and the new relations.
func csvFiles(r *Report, base string) (map[string][]byte, error) {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	head := []string{"rank", "id", "name", "name_ar"}
	head = append(head, centrality.Measures...)
	head = append(head, "previous_rank", "previous_pagerank", "previous_betweenness_norm")
	_ = w.Write(head)
	for _, e := range r.Nodes {
		rec := []string{strconv.Itoa(e.Rank), e.ID, e.Name, e.NameAr}
		for _, m := range centrality.Measures {
			rec = append(rec, strconv.FormatFloat(e.Scores[m], 'g', 12, 64))
		}
		if e.Previous != nil {
			rec = append(rec, strconv.Itoa(e.PrevRank), strconv.FormatFloat(e.Previous["pagerank"], 'g', 12, 64), strconv.FormatFloat(e.Previous["betweenness_norm"], 'g', 12, 64))
		} else {
			rec = append(rec, "", "", "")
		}
		_ = w.Write(rec)
	}
	w.Flush()
	var n bytes.Buffer
	nw := csv.NewWriter(&n)
	_ = nw.Write([]string{"first_reported", "type", "source_id", "source", "target_id", "target", "date", "status", "article", "article_url", "evidence"})
	for _, f := range r.NewFacts {
		_ = nw.Write([]string{f.FirstReported, f.Type, f.SourceID, f.Source, f.TargetID, f.Target, f.Date, f.Status, f.Article, f.ArticleURL, f.Evidence})
	}
	nw.Flush()
	if err := w.Error(); err != nil {
		return nil, err
	}
	return map[string][]byte{base + ".csv": b.Bytes(), base + "_new-relations.csv": n.Bytes()}, nw.Error()
}

func parseStamp(s string) (time.Time, error) { return time.Parse(stampLayout, s) }
