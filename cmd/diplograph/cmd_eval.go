package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/diplograph/diplograph/extract"
)

type evalOptions struct {
	gold, articles, format string
	errors                 bool
}

// goldFile is NAME.gold.json: the relations a reader marked in NAME.txt.
type goldFile struct {
	Relations []extract.GoldRelation `json:"relations"`
}

func newEvalCommand(a *app) *cobra.Command {
	o := &evalOptions{}
	c := &cobra.Command{
		Use:   "eval --gold DIR",
		Short: "Score extraction against hand-marked gold relations",
		Long: `Eval extracts every article that has a gold file and scores the result:
precision, recall and F1 per relation type, per language and overall, and the
share of matched relations with the right date. Each NAME.gold.json in the gold
folder holds {"relations": [{"type", "source", "target", "date", "status"}]} for
the article NAME.txt (with NAME.meta.json) in --articles. A relation matches
with the same type, ends (either way round for symmetric types) and status.`,
		Args: argsOrUsage(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error { return runEval(cmd.Context(), a, o) },
	}
	c.Flags().StringVar(&o.gold, "gold", "", "folder of NAME.gold.json files (required)")
	c.Flags().StringVar(&o.articles, "articles", "", "folder of the articles (default: the gold folder)")
	c.Flags().StringVarP(&o.format, "format", "f", "table", "output format: table or json")
	c.Flags().BoolVar(&o.errors, "errors", false, "table format: also list each article's missed and spare relations")
	return c
}

func runEval(ctx context.Context, a *app, o *evalOptions) error {
	if o.gold == "" {
		return usageError{errors.New("--gold DIR is required")}
	}
	if o.format != "table" && o.format != "json" {
		return usageError{fmt.Errorf("--format %q: want table or json", o.format)}
	}
	if o.articles == "" {
		o.articles = o.gold
	}
	files, err := filepath.Glob(filepath.Join(o.gold, "*.gold.json"))
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return fmt.Errorf("%s: no *.gold.json files", o.gold)
	}
	sort.Strings(files)
	x, err := extract.New()
	if err != nil {
		return err
	}
	ev := extract.NewEvaluation()
	failed := 0
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".gold.json")
		var g goldFile
		b, err := os.ReadFile(f)
		if err == nil {
			dec := json.NewDecoder(strings.NewReader(string(b)))
			dec.DisallowUnknownFields()
			err = dec.Decode(&g)
		}
		if err != nil {
			failed++
			fmt.Fprintf(a.stderr, "diplograph: %s: %v\n", f, err)
			continue
		}
		var art *extract.Article
		loadArticles(ctx, []string{filepath.Join(o.articles, name+".txt")}, metaFlags{}, a.stdin, func(x extract.Article, err error) {
			if err != nil {
				failed++
				fmt.Fprintf(a.stderr, "diplograph: %v\n", err)
				return
			}
			art = &x
		})
		if art == nil {
			continue
		}
		ev.Add(x.Extract(*art), g.Relations)
	}
	if o.format == "json" {
		enc := json.NewEncoder(a.stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(ev); err != nil {
			return err
		}
	} else {
		writeEvalTable(a.stdout, ev, len(files)-failed, o.errors)
	}
	if failed > 0 {
		return errPartial
	}
	return nil
}

func writeEvalTable(w io.Writer, ev *extract.Evaluation, articles int, withErrors bool) {
	fmt.Fprintf(w, "%d articles\n", articles)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "SLICE\tGOLD\tPREDICTED\tMATCHED\tPRECISION\tRECALL\tF1\tDATE ACC.\t")
	row := func(name string, c extract.Counts) {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%.3f\t%.3f\t%.3f\t%.3f\t\n", name, c.Gold, c.Predicted, c.Matched, c.Precision(), c.Recall(), c.F1(), c.DateAccuracy())
	}
	for _, t := range extract.RelationTypes {
		if c, ok := ev.ByType[t]; ok {
			row(string(t), c)
		}
	}
	langs := make([]string, 0, len(ev.ByLanguage))
	for l := range ev.ByLanguage {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	for _, l := range langs {
		row("language "+l, ev.ByLanguage[l])
	}
	row("overall", ev.Overall)
	tw.Flush()
	if !withErrors {
		return
	}
	for _, e := range ev.Errors {
		fmt.Fprintf(w, "\n%s\n", e.Article)
		for _, g := range e.Missed {
			fmt.Fprintf(w, "  missed     %s %s %s %s %s\n", g.Type, g.Source, g.Target, orDash(g.Date.String()), g.Status)
		}
		for _, g := range e.Spare {
			fmt.Fprintf(w, "  spare      %s %s %s %s %s\n", g.Type, g.Source, g.Target, orDash(g.Date.String()), g.Status)
		}
		for _, g := range e.WrongOn {
			fmt.Fprintf(w, "  wrong date %s %s %s (gold %s)\n", g.Type, g.Source, g.Target, orDash(g.Date.String()))
		}
	}
}
