package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/diplograph/diplograph/extract"
)

type extractOptions struct {
	format string
	meta   metaFlags
}

func (o *extractOptions) AddFlags(fs interface {
	StringVar(*string, string, string, string)
}) {
	fs.StringVar(&o.meta.id, "id", "", "article id (default: the file name without extension)")
	fs.StringVar(&o.meta.url, "url", "", "article URL")
	fs.StringVar(&o.meta.title, "title", "", "article title")
	fs.StringVar(&o.meta.published, "published", "", "publication date YYYY-MM-DD; anchors relative dates and office look-ups")
	fs.StringVar(&o.meta.language, "language", "", "article language, ar or en (default: detected)")
}

func newExtractCommand(a *app) *cobra.Command {
	o := &extractOptions{}
	c := &cobra.Command{
		Use:   "extract PATH...",
		Short: "Print the entities and relations found in articles (no database needed)",
		Long: `Extract reads articles from files, folders (recursively), .jsonl files (one
article per line with id, url, title, published, language, text) or '-' for
standard input, and prints what it finds. Metadata of a plain file comes from
a sidecar NAME.meta.json with the same keys; flags override it.

Formats: json (one indented object per article), jsonl (one line per article),
table (for reading), plover (one PLOVER-style event per line, for event-data
tools).`,
		Args: argsOrUsage(cobra.MinimumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runExtract(cmd.Context(), a, o, args)
		},
	}
	c.Flags().StringVarP(&o.format, "format", "f", "json", "output format: json, jsonl, table or plover (PLOVER event JSON lines)")
	o.AddFlags(c.Flags())
	return c
}

func runExtract(ctx context.Context, a *app, o *extractOptions, paths []string) error {
	switch o.format {
	case "json", "jsonl", "table", "plover":
	default:
		return usageError{fmt.Errorf("--format %q: want json, jsonl, table or plover", o.format)}
	}
	x, err := extract.New()
	if err != nil {
		return err
	}
	failed := 0
	interrupted := false
	loadArticles(ctx, paths, o.meta, a.stdin, func(art extract.Article, err error) {
		if interrupted {
			return
		}
		if ctx.Err() != nil {
			interrupted = true
			return
		}
		if err != nil {
			failed++
			fmt.Fprintf(a.stderr, "diplograph: %v\n", err)
			return
		}
		r := x.Extract(art)
		if err := writeResult(a.stdout, o.format, r); err != nil {
			failed++
			fmt.Fprintf(a.stderr, "diplograph: %s: %v\n", art.ID, err)
		}
	})
	if interrupted {
		return errors.New("interrupted")
	}
	if failed > 0 {
		return errPartial
	}
	return nil
}

func writeResult(w io.Writer, format string, r extract.Result) error {
	switch format {
	case "jsonl":
		return json.NewEncoder(w).Encode(r)
	case "table":
		return writeResultTable(w, r)
	case "plover":
		enc := json.NewEncoder(w)
		for _, p := range extract.Plover(r) {
			if err := enc.Encode(p); err != nil {
				return err
			}
		}
		return nil
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}

func writeResultTable(w io.Writer, r extract.Result) error {
	a := r.Article
	fmt.Fprintf(w, "== %s (%s, published %s): %d entities, %d relations\n", a.ID, a.Language, orDash(a.Published.String()), len(r.Entities), len(r.Relations))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "TYPE\tSOURCE\tTARGET\tDATE\tSTATUS\tCONF\tCAMEO\tEVIDENCE")
	for _, rel := range r.Relations {
		target := rel.Target
		if rel.Role != "" {
			target += " (" + rel.Role + ")"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%.2f\t%s\t%s\n", rel.Type, rel.Source, target, orDash(rel.Date.String()), rel.Status, rel.Confidence, orDash(rel.CAMEO), clip(rel.Evidence.Text, 70))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintln(w)
	return err
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// clip shortens s to n code points on one line.
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
