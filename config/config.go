// Package config loads diplograph's configuration. It is the only package
// that knows viper.
//
// Sources, highest precedence first: command-line flags, environment
// variables (DIPLOGRAPH_ prefix, dots become underscores, so neo4j.uri is
// DIPLOGRAPH_NEO4J_URI), a YAML file, and the defaults below. The file is the
// one named by --config, else ./diplograph.yaml, else diplograph.yaml in the
// user's config directory (for example ~/.config/diplograph/). A missing
// default file is fine; a file named by --config must exist, and a malformed
// file is an error naming it.
//
// The defaults reach the local development server that 'make neo4j-up'
// starts; they are development credentials, never production secrets.
package config

import (
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/pflag"
	"github.com/spf13/viper"
	"go.yaml.in/yaml/v3"
)

// Config is the effective configuration.
type Config struct {
	Neo4j      Neo4j      `mapstructure:"neo4j" yaml:"neo4j"`
	Log        Log        `mapstructure:"log" yaml:"log"`
	Centrality Centrality `mapstructure:"centrality" yaml:"centrality"`
	Reports    []Report   `mapstructure:"reports" yaml:"reports,omitempty"`
	File       string     `mapstructure:"-" yaml:"-"` // the file read, or "" when none
}

// Centrality tunes the projections that centrality scores.
type Centrality struct {
	// Weights is the weight one fact of each relation type adds to an edge
	// (keys are relation types such as PARTNER_OF, plus SHARED_MEMBERSHIP
	// for the countries projection); a type not listed weighs 1, and 0
	// leaves the type out. Keys are case-insensitive.
	Weights map[string]float64 `mapstructure:"weights" yaml:"weights"`
}

// Report is one scheduled report (see package report for windows and
// compare modes, which the report command checks).
type Report struct {
	Name        string   `mapstructure:"name" yaml:"name"`                         // used in file names
	Cron        string   `mapstructure:"cron" yaml:"cron"`                         // 5 fields, or 6 with seconds first, or @daily and the like
	Projection  string   `mapstructure:"projection" yaml:"projection"`             // countries, leaders or actors
	Window      string   `mapstructure:"window" yaml:"window"`                     // last-30-days, previous-month, year-to-date, ...
	Compare     string   `mapstructure:"compare" yaml:"compare,omitempty"`         // previous-window (default), previous-run or none
	Formats     []string `mapstructure:"formats" yaml:"formats"`                   // html, md, json, csv
	PNG         bool     `mapstructure:"png" yaml:"png,omitempty"`                 // also write charts as PNG
	Out         string   `mapstructure:"out" yaml:"out"`                           // output folder
	Keep        int      `mapstructure:"keep" yaml:"keep"`                         // reports of this name to keep; 0 keeps all
	Top         int      `mapstructure:"top" yaml:"top,omitempty"`                 // nodes per table; default 10
	Memberships bool     `mapstructure:"memberships" yaml:"memberships,omitempty"` // countries: link shared memberships
}

// Neo4j says where the graph lives.
type Neo4j struct {
	URI      string `mapstructure:"uri" yaml:"uri"`
	User     string `mapstructure:"user" yaml:"user"`
	Password string `mapstructure:"password" yaml:"password"`
	Database string `mapstructure:"database" yaml:"database"`
}

// Log sets the level of the logs written to standard error.
type Log struct {
	Level string `mapstructure:"level" yaml:"level"` // debug, info, warn or error
}

// Defaults is the configuration with nothing set.
func Defaults() Config {
	return Config{
		Neo4j: Neo4j{URI: "bolt://127.0.0.1:7687", User: "neo4j", Password: "diplograph-dev", Database: "neo4j"},
		Log:   Log{Level: "info"},
	}
}

// flagKeys maps command-line flags to configuration keys.
var flagKeys = map[string]string{
	"neo4j-uri":      "neo4j.uri",
	"neo4j-user":     "neo4j.user",
	"neo4j-password": "neo4j.password",
	"neo4j-database": "neo4j.database",
	"log-level":      "log.level",
}

// AddFlags registers the flags that override the configuration.
func AddFlags(fs *pflag.FlagSet) {
	fs.String("config", "", "configuration file (default ./diplograph.yaml, then the user config directory)")
	fs.String("neo4j-uri", "", "Neo4j Bolt URI (neo4j.uri)")
	fs.String("neo4j-user", "", "Neo4j user (neo4j.user)")
	fs.String("neo4j-password", "", "Neo4j password (neo4j.password); prefer the environment or the file")
	fs.String("neo4j-database", "", "Neo4j database (neo4j.database)")
	fs.String("log-level", "", "log level: debug, info, warn, error (log.level)")
}

// Load builds the effective configuration from flags (may be nil), the
// environment (as returned by os.Environ), the file and the defaults.
func Load(fs *pflag.FlagSet, environ []string) (Config, error) {
	v := viper.New()
	def := Defaults()
	v.SetDefault("neo4j.uri", def.Neo4j.URI)
	v.SetDefault("neo4j.user", def.Neo4j.User)
	v.SetDefault("neo4j.password", def.Neo4j.Password)
	v.SetDefault("neo4j.database", def.Neo4j.Database)
	v.SetDefault("log.level", def.Log.Level)

	explicit := ""
	if fs != nil {
		if f := fs.Lookup("config"); f != nil {
			explicit = f.Value.String()
		}
	}
	file, err := findFile(explicit, environ)
	if err != nil {
		return Config{}, err
	}
	if file != "" {
		v.SetConfigFile(file)
		v.SetConfigType("yaml")
		if err := v.ReadInConfig(); err != nil {
			return Config{}, fmt.Errorf("config file %s: %w", file, cleanYAMLError(err))
		}
		if err := checkKeys(file); err != nil {
			return Config{}, err
		}
	}
	// Environment: read from the given list rather than the process, so
	// that tests are hermetic.
	for _, kv := range environ {
		k, val, ok := strings.Cut(kv, "=")
		if !ok || !strings.HasPrefix(k, "DIPLOGRAPH_") || val == "" {
			continue
		}
		key := strings.ToLower(strings.Replace(strings.TrimPrefix(k, "DIPLOGRAPH_"), "_", ".", 1))
		if v.IsSet(key) {
			v.Set(key, val)
		}
	}
	if fs != nil {
		for name, key := range flagKeys {
			if f := fs.Lookup(name); f != nil && f.Changed {
				v.Set(key, f.Value.String())
			}
		}
	}
	var c Config
	if err := v.Unmarshal(&c); err != nil {
		return Config{}, fmt.Errorf("config: %w", err)
	}
	c.File = file
	// viper folds keys to lower case; relation types are upper case.
	if len(c.Centrality.Weights) > 0 {
		w := make(map[string]float64, len(c.Centrality.Weights))
		for k, v := range c.Centrality.Weights {
			w[strings.ToUpper(k)] = v
		}
		c.Centrality.Weights = w
	}
	if _, err := c.Level(); err != nil {
		return Config{}, err
	}
	return c, nil
}

func findFile(explicit string, environ []string) (string, error) {
	if explicit != "" {
		if _, err := os.Stat(explicit); err != nil {
			return "", fmt.Errorf("config file %s: %w", explicit, errors.Unwrap(err))
		}
		return explicit, nil
	}
	if _, err := os.Stat("diplograph.yaml"); err == nil {
		return "diplograph.yaml", nil
	}
	dir := ""
	for _, kv := range environ {
		if k, v, _ := strings.Cut(kv, "="); k == "XDG_CONFIG_HOME" && v != "" {
			dir = v
		}
	}
	if dir == "" {
		home := ""
		for _, kv := range environ {
			if k, v, _ := strings.Cut(kv, "="); k == "HOME" {
				home = v
			}
		}
		if home == "" {
			return "", nil
		}
		dir = filepath.Join(home, ".config")
	}
	p := filepath.Join(dir, "diplograph", "diplograph.yaml")
	if _, err := os.Stat(p); err == nil {
		return p, nil
	}
	return "", nil
}

// checkKeys refuses unknown keys, which are almost always typos.
func checkKeys(file string) error {
	b, err := os.ReadFile(file)
	if err != nil {
		return fmt.Errorf("config file %s: %w", file, err)
	}
	var top map[string]any
	if err := yaml.Unmarshal(b, &top); err != nil {
		return fmt.Errorf("config file %s: want sections of key: value (neo4j:, log:): %w", file, err)
	}
	raw := map[string]map[string]any{}
	for sec, v := range top {
		if sec == "reports" {
			if err := checkReports(file, v); err != nil {
				return err
			}
			continue
		}
		m, ok := v.(map[string]any)
		if !ok && v != nil {
			return fmt.Errorf("config file %s: section %s: want key: value pairs", file, sec)
		}
		raw[sec] = m
	}
	known := map[string]bool{}
	for _, k := range flagKeys {
		known[k] = true
	}
	known["centrality.weights"] = true
	for sec, kv := range raw {
		if sec != "neo4j" && sec != "log" && sec != "centrality" {
			return fmt.Errorf("config file %s: unknown section %q (known: neo4j, log, centrality, reports)", file, sec)
		}
		for k, v := range kv {
			if sec+"."+k == "centrality.weights" {
				if err := checkWeights(file, v); err != nil {
					return err
				}
				continue
			}
			if !known[sec+"."+k] {
				return fmt.Errorf("config file %s: unknown key %s.%s", file, sec, k)
			}
		}
	}
	return nil
}

// reportKeys are the keys of one entry of reports.
var reportKeys = map[string]bool{"name": true, "cron": true, "projection": true, "window": true, "compare": true,
	"formats": true, "png": true, "out": true, "keep": true, "top": true, "memberships": true}

// checkReports checks the shape of the reports list: each entry a map of
// known keys with a name, a cron expression and an output folder, names
// unique. The report command checks the values.
func checkReports(file string, v any) error {
	list, ok := v.([]any)
	if !ok {
		return fmt.Errorf("config file %s: reports: want a list of reports", file)
	}
	seen := map[string]bool{}
	for i, item := range list {
		m, ok := item.(map[string]any)
		if !ok {
			return fmt.Errorf("config file %s: reports[%d]: want name:, cron:, projection:, window:, formats:, out:", file, i)
		}
		for k := range m {
			if !reportKeys[k] {
				return fmt.Errorf("config file %s: reports[%d]: unknown key %s", file, i, k)
			}
		}
		name, _ := m["name"].(string)
		if name == "" {
			return fmt.Errorf("config file %s: reports[%d]: name is missing", file, i)
		}
		if seen[name] {
			return fmt.Errorf("config file %s: reports: two reports are named %q", file, name)
		}
		seen[name] = true
		for _, k := range []string{"cron", "out"} {
			if s, _ := m[k].(string); s == "" {
				return fmt.Errorf("config file %s: report %s: %s is missing", file, name, k)
			}
		}
		if k, ok := m["keep"]; ok {
			if n, ok := k.(int); !ok || n < 0 {
				return fmt.Errorf("config file %s: report %s: keep: want a whole number, 0 or more", file, name)
			}
		}
	}
	return nil
}

func checkWeights(file string, v any) error {
	m, ok := v.(map[string]any)
	if !ok {
		return fmt.Errorf("config file %s: centrality.weights: want a map of relation type to number", file)
	}
	for k, x := range m {
		var f float64
		switch n := x.(type) {
		case int:
			f = float64(n)
		case float64:
			f = n
		default:
			return fmt.Errorf("config file %s: centrality.weights.%s: %v is not a number", file, k, x)
		}
		if f < 0 {
			return fmt.Errorf("config file %s: centrality.weights.%s: %v is negative", file, k, f)
		}
	}
	return nil
}

func cleanYAMLError(err error) error {
	var pe viper.ConfigParseError
	if errors.As(err, &pe) {
		return errors.New(strings.TrimPrefix(pe.Error(), "While parsing config: "))
	}
	return err
}

// Level is the slog level named by c.Log.Level.
func (c Config) Level() (slog.Level, error) {
	var l slog.Level
	if err := l.UnmarshalText([]byte(c.Log.Level)); err != nil {
		return 0, fmt.Errorf("config: log.level %q: want debug, info, warn or error", c.Log.Level)
	}
	return l, nil
}

// Masked returns c with the password hidden, for display.
func (c Config) Masked() Config {
	if c.Neo4j.Password != "" {
		c.Neo4j.Password = "********"
	}
	return c
}

// YAML renders c as the YAML a configuration file would hold.
func (c Config) YAML() string {
	b, err := yaml.Marshal(c)
	if err != nil {
		return err.Error()
	}
	return string(b)
}
