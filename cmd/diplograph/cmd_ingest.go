package main

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/diplograph/diplograph/extract"
	"github.com/diplograph/diplograph/graph"
)

type ingestOptions struct {
	meta metaFlags
}

func newIngestCommand(a *app) *cobra.Command {
	o := &ingestOptions{}
	c := &cobra.Command{
		Use:   "ingest PATH...",
		Short: "Extract articles and upsert them into Neo4j",
		Long: `Ingest applies the schema, then extracts each article (same inputs as
'extract') and writes it in its own transaction: an article is stored whole or
not at all, and ingesting it again changes nothing. Bad inputs are reported one
line each and skipped; the exit code is 1 when any input failed.`,
		Args: argsOrUsage(cobra.MinimumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runIngest(cmd, a, o, args)
		},
	}
	eo := &extractOptions{}
	eo.AddFlags(c.Flags())
	c.PreRun = func(*cobra.Command, []string) { o.meta = eo.meta }
	return c
}

func runIngest(cmd *cobra.Command, a *app, o *ingestOptions, paths []string) error {
	ctx := cmd.Context()
	store, err := a.openStore(ctx)
	if err != nil {
		return err
	}
	defer store.Close(ctx)
	if err := store.ApplySchema(ctx); err != nil {
		return err
	}
	x, err := extract.New()
	if err != nil {
		return err
	}
	start := time.Now()
	var articles, entities, relations, failed int
	var fatal error
	loadArticles(ctx, paths, o.meta, a.stdin, func(art extract.Article, err error) {
		if fatal != nil {
			return
		}
		if ctx.Err() != nil {
			fatal = ctx.Err() // interrupted: stop between articles
			return
		}
		if err != nil {
			failed++
			fmt.Fprintf(a.stderr, "diplograph: %v\n", err)
			return
		}
		r := x.Extract(art)
		st, err := store.Ingest(ctx, r)
		if err != nil {
			if errors.Is(err, graph.ErrUnreachable) || errors.Is(err, graph.ErrUnauthorized) {
				fatal = err
				return
			}
			failed++
			fmt.Fprintf(a.stderr, "diplograph: %v\n", err)
			return
		}
		articles++
		entities += st.Entities
		relations += st.Relations
		a.log.Info("ingested", "article", art.ID, "language", r.Article.Language, "entities", st.Entities, "relations", st.Relations)
	})
	if fatal != nil {
		if errors.Is(fatal, context.Canceled) {
			fatal = errors.New("interrupted")
		}
		return fmt.Errorf("%w (stopped after %d articles; each stored article is complete)", fatal, articles)
	}
	fmt.Fprintf(a.stdout, "ingested %d articles: %d entities, %d relations, %d failures (%.1fs, %s)\n",
		articles, entities, relations, failed, time.Since(start).Seconds(), store.URI())
	if failed > 0 {
		return errPartial
	}
	return nil
}
