package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"runtime/debug"

	"github.com/spf13/cobra"

	"github.com/diplograph/diplograph/config"
	"github.com/diplograph/diplograph/graph"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = ""

// errPartial means some inputs failed; each was reported on its own line.
var errPartial = errors.New("some inputs failed")

// usageError marks errors in the command line itself.
type usageError struct{ error }

func isUsage(err error) bool {
	var u usageError
	return errors.As(err, &u)
}

// app holds what every command shares: the streams, the environment and,
// once loaded, the configuration and logger.
type app struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	environ        []string
	cfg            config.Config
	log            *slog.Logger
}

func newRootCommand(a *app) *cobra.Command {
	root := &cobra.Command{
		Use:   "diplograph",
		Short: "Turn news about international relations into a knowledge graph in Neo4j",
		Long: `diplograph reads news articles in Arabic and English, extracts countries,
leaders, organisations and cities and the dated relations between them
(visits, meetings, partnerships, memberships, agreements, trade ties, offices),
and upserts them into Neo4j with provenance back to each article.`,
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := config.Load(cmd.Flags(), a.environ)
			if err != nil {
				return err
			}
			level, _ := cfg.Level()
			a.cfg = cfg
			a.log = slog.New(slog.NewTextHandler(a.stderr, &slog.HandlerOptions{Level: level}))
			return nil
		},
	}
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	config.AddFlags(root.PersistentFlags())
	root.AddCommand(
		newExtractCommand(a),
		newIngestCommand(a),
		newCypherCommand(a),
		newQueryCommand(a),
		newCentralityCommand(a),
		newReportCommand(a),
		newScheduleCommand(a),
		newEvalCommand(a),
		newSchemaCommand(a),
		newConfigCommand(a),
		newVersionCommand(a),
	)
	return root
}

// argsOrUsage wraps cobra's argument checks so they count as usage errors.
func argsOrUsage(check cobra.PositionalArgs) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if err := check(cmd, args); err != nil {
			return usageError{err}
		}
		return nil
	}
}

// openStore connects with the loaded configuration.
func (a *app) openStore(ctx context.Context) (*graph.Store, error) {
	n := a.cfg.Neo4j
	a.log.Debug("connecting to neo4j", "uri", n.URI, "user", n.User, "database", n.Database)
	return graph.Open(ctx, graph.Options{URI: n.URI, User: n.User, Password: n.Password, Database: n.Database, Logger: a.log})
}

func newVersionCommand(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version",
		Args:  argsOrUsage(cobra.NoArgs),
		RunE: func(*cobra.Command, []string) error {
			fmt.Fprintln(a.stdout, "diplograph", versionString())
			return nil
		},
	}
}

func versionString() string {
	if version != "" {
		return version
	}
	if bi, ok := debug.ReadBuildInfo(); ok {
		rev, dirty := "", ""
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
			case "vcs.modified":
				if s.Value == "true" {
					dirty = "+dirty"
				}
			}
		}
		if rev != "" {
			if len(rev) > 12 {
				rev = rev[:12]
			}
			return "dev-" + rev + dirty
		}
		if bi.Main.Version != "" && bi.Main.Version != "(devel)" {
			return bi.Main.Version
		}
	}
	return "dev"
}

func newConfigCommand(a *app) *cobra.Command {
	c := &cobra.Command{Use: "config", Short: "Inspect the configuration"}
	c.AddCommand(&cobra.Command{
		Use:   "show",
		Short: "Print the effective configuration, password masked",
		Args:  argsOrUsage(cobra.NoArgs),
		RunE: func(*cobra.Command, []string) error {
			src := "none (defaults, environment and flags only)"
			if a.cfg.File != "" {
				src = a.cfg.File
			}
			fmt.Fprintf(a.stdout, "# config file: %s\n%s", src, a.cfg.Masked().YAML())
			return nil
		},
	})
	return c
}

func newSchemaCommand(a *app) *cobra.Command {
	c := &cobra.Command{Use: "schema", Short: "Manage the graph schema"}
	c.AddCommand(&cobra.Command{
		Use:   "apply",
		Short: "Create the constraints and indexes (idempotent)",
		Args:  argsOrUsage(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			s, err := a.openStore(ctx)
			if err != nil {
				return err
			}
			defer s.Close(ctx)
			if err := s.ApplySchema(ctx); err != nil {
				return err
			}
			fmt.Fprintf(a.stdout, "schema applied: %d constraints and indexes at %s\n", len(graph.Schema()), s.URI())
			return nil
		},
	})
	return c
}
