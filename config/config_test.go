package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spf13/pflag"
)

func TestPrecedence(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "c.yaml")
	if err := os.WriteFile(file, []byte("neo4j:\n  uri: bolt://file:7687\n  user: fileuser\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		useFile  bool
		env      []string
		flags    []string
		wantURI  string
		wantUser string
	}{
		{name: "defaults", wantURI: "bolt://127.0.0.1:7687", wantUser: "neo4j"},
		{name: "file over defaults", useFile: true, wantURI: "bolt://file:7687", wantUser: "fileuser"},
		{name: "env over file", useFile: true, env: []string{"DIPLOGRAPH_NEO4J_URI=bolt://env:7687"}, wantURI: "bolt://env:7687", wantUser: "fileuser"},
		{name: "env over defaults", env: []string{"DIPLOGRAPH_NEO4J_USER=envuser"}, wantURI: "bolt://127.0.0.1:7687", wantUser: "envuser"},
		{name: "flag over env and file", useFile: true, env: []string{"DIPLOGRAPH_NEO4J_URI=bolt://env:7687"}, flags: []string{"--neo4j-uri=bolt://flag:7687"}, wantURI: "bolt://flag:7687", wantUser: "fileuser"},
		{name: "flag over defaults", flags: []string{"--neo4j-user=flaguser"}, wantURI: "bolt://127.0.0.1:7687", wantUser: "flaguser"},
		{name: "empty env is unset", useFile: true, env: []string{"DIPLOGRAPH_NEO4J_URI="}, wantURI: "bolt://file:7687", wantUser: "fileuser"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Chdir(t.TempDir()) // no ./diplograph.yaml
			fs := pflag.NewFlagSet("t", pflag.ContinueOnError)
			AddFlags(fs)
			args := tt.flags
			if tt.useFile {
				args = append(args, "--config="+file)
			}
			if err := fs.Parse(args); err != nil {
				t.Fatal(err)
			}
			c, err := Load(fs, append(tt.env, "HOME="+dir))
			if err != nil {
				t.Fatal(err)
			}
			if c.Neo4j.URI != tt.wantURI || c.Neo4j.User != tt.wantUser {
				t.Errorf("uri, user = %q, %q; want %q, %q", c.Neo4j.URI, c.Neo4j.User, tt.wantURI, tt.wantUser)
			}
		})
	}
}

func TestFileErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	tests := []struct {
		name, file, want string
	}{
		{"malformed", write("bad.yaml", "neo4j:\n  uri: [unclosed\n"), "bad.yaml"},
		{"unknown key", write("typo.yaml", "neo4j:\n  url: bolt://x\n"), "unknown key neo4j.url"},
		{"missing explicit file", filepath.Join(dir, "nope.yaml"), "nope.yaml"},
		{"bad log level", write("lvl.yaml", "log:\n  level: loud\n"), "log.level"},
		{"bad weight", write("w.yaml", "centrality:\n  weights:\n    MET: lots\n"), "centrality.weights.MET"},
		{"negative weight", write("n.yaml", "centrality:\n  weights:\n    MET: -1\n"), "negative"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Chdir(t.TempDir())
			fs := pflag.NewFlagSet("t", pflag.ContinueOnError)
			AddFlags(fs)
			_ = fs.Parse([]string{"--config=" + tt.file})
			_, err := Load(fs, nil)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error = %v, want one naming %q", err, tt.want)
			}
		})
	}
}

func TestDefaultFileLookup(t *testing.T) {
	home := t.TempDir()
	cfgDir := filepath.Join(home, ".config", "diplograph")
	if err := os.MkdirAll(cfgDir, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(cfgDir, "diplograph.yaml"), []byte("neo4j:\n  database: userdb\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	work := t.TempDir()
	t.Chdir(work)
	c, err := Load(nil, []string{"HOME=" + home})
	if err != nil || c.Neo4j.Database != "userdb" {
		t.Fatalf("user config dir: %v, %+v", err, c)
	}
	// ./diplograph.yaml wins over the user config directory.
	if err := os.WriteFile(filepath.Join(work, "diplograph.yaml"), []byte("neo4j:\n  database: localdb\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	c, err = Load(nil, []string{"HOME=" + home})
	if err != nil || c.Neo4j.Database != "localdb" || c.File != "diplograph.yaml" {
		t.Fatalf("local file: %v, %+v", err, c)
	}
	// No file anywhere is fine.
	t.Chdir(t.TempDir())
	if _, err := Load(nil, []string{"HOME=" + t.TempDir()}); err != nil {
		t.Fatal(err)
	}
}

func TestMaskedHidesPassword(t *testing.T) {
	c := Defaults()
	if s := c.Masked().YAML(); strings.Contains(s, c.Neo4j.Password) || !strings.Contains(s, "********") {
		t.Errorf("masked YAML shows the password:\n%s", s)
	}
}

func TestWeights(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "c.yaml")
	if err := os.WriteFile(p, []byte("centrality:\n  weights:\n    PARTNER_OF: 3\n    MET: 0.5\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	fs := pflag.NewFlagSet("t", pflag.ContinueOnError)
	AddFlags(fs)
	_ = fs.Parse([]string{"--config=" + p})
	c, err := Load(fs, nil)
	if err != nil {
		t.Fatal(err)
	}
	if c.Centrality.Weights["PARTNER_OF"] != 3 || c.Centrality.Weights["MET"] != 0.5 {
		t.Errorf("weights = %v", c.Centrality.Weights)
	}
}
