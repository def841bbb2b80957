package main

import (
	"bytes"
	"encoding/json"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// reportJSON is the part of a JSON report the tests read.
type reportJSON struct {
	RunID  string `json:"run_id"`
	Empty  bool   `json:"empty"`
	Counts struct {
		Articles     int `json:"articles"`
		Entities     int `json:"entities"`
		Relations    int `json:"relations"`
		NewRelations int `json:"new_relations"`
	} `json:"counts"`
	Nodes []struct {
		ID     string             `json:"id"`
		Scores map[string]float64 `json:"scores"`
	} `json:"nodes"`
	NewFacts []struct {
		Type, Evidence, Article string
	} `json:"new_relations"`
}

func readReport(t *testing.T, dir string) reportJSON {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(dir, "*.json"))
	if len(files) != 1 {
		t.Fatalf("want one JSON report in %s, have %v", dir, files)
	}
	b, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	var r reportJSON
	if err := json.Unmarshal(b, &r); err != nil {
		t.Fatalf("%s: %v", files[0], err)
	}
	return r
}

// TestReportEqualsCentralityAndStoredRun: the numbers in a report are what
// `diplograph centrality` prints for the same window and what the stored
// CentralityRun holds.
func TestReportEqualsCentralityAndStoredRun(t *testing.T) {
	needNeo4j(t)
	wipeGraph(t)
	if r := cli(t, nil, "ingest", "testdata/articles"); r.code != 0 {
		t.Fatalf("ingest: %s", r.stderr)
	}
	c := cli(t, nil, "centrality", "--projection", "countries", "--year", "2024", "--format", "json")
	if c.code != 0 {
		t.Fatalf("centrality: %s", c.stderr)
	}
	var cent struct {
		Scores []struct {
			ID     string             `json:"id"`
			Scores map[string]float64 `json:"scores"`
		} `json:"scores"`
	}
	if err := json.Unmarshal([]byte(c.stdout), &cent); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	r := cli(t, nil, "report", "--window", "2024", "--format", "json,html", "--write", "--out", dir)
	if r.code != 0 {
		t.Fatalf("report: exit %d: %s", r.code, r.stderr)
	}
	rep := readReport(t, dir)
	if rep.Empty || rep.RunID == "" || len(rep.Nodes) != len(cent.Scores) || len(rep.Nodes) < 3 {
		t.Fatalf("report: %d nodes, run %q; centrality: %d nodes", len(rep.Nodes), rep.RunID, len(cent.Scores))
	}
	want := map[string]map[string]float64{}
	for _, s := range cent.Scores {
		want[s.ID] = s.Scores
	}
	for _, n := range rep.Nodes {
		for m, v := range want[n.ID] {
			if math.Abs(n.Scores[m]-v) > 1e-12 {
				t.Errorf("%s %s: report %v, centrality %v", n.ID, m, n.Scores[m], v)
			}
		}
	}
	// The stored run.
	q := cli(t, nil, "cypher", "--format", "json", `MATCH (:CentralityRun {id: '`+rep.RunID+`'})-[s:SCORED]->(n:Country) RETURN n.id AS id, s.pagerank AS pr, s.betweenness_norm AS bw`)
	var stored []struct {
		ID string  `json:"id"`
		PR float64 `json:"pr"`
		BW float64 `json:"bw"`
	}
	if err := json.Unmarshal([]byte(q.stdout), &stored); err != nil {
		t.Fatalf("stored run: %v: %s %s", err, q.stdout, q.stderr)
	}
	if len(stored) != len(rep.Nodes) {
		t.Errorf("stored run scores %d nodes, report %d", len(stored), len(rep.Nodes))
	}
	for _, s := range stored {
		if want[s.ID]["pagerank"] != s.PR || want[s.ID]["betweenness_norm"] != s.BW {
			t.Errorf("%s: stored %v/%v, centrality %v/%v", s.ID, s.PR, s.BW, want[s.ID]["pagerank"], want[s.ID]["betweenness_norm"])
		}
	}
	// Counts and evidence come from the graph.
	if rep.Counts.Articles == 0 || rep.Counts.Relations == 0 || rep.Counts.NewRelations == 0 || len(rep.NewFacts) == 0 || rep.NewFacts[0].Evidence == "" || rep.NewFacts[0].Article == "" {
		t.Errorf("counts %+v, new relations %+v", rep.Counts, rep.NewFacts)
	}

	// A second report compared with the previous run finds the first one.
	dir2 := t.TempDir()
	r = cli(t, nil, "report", "--window", "2024", "--format", "json", "--compare", "previous-run", "--out", dir2)
	if r.code != 0 {
		t.Fatalf("report --compare previous-run: %s", r.stderr)
	}
	b, _ := os.ReadFile(mustGlob(t, dir2, "*.json"))
	if !strings.Contains(string(b), `"run_id": "`+rep.RunID+`"`) {
		t.Errorf("previous-run comparison does not name run %s", rep.RunID)
	}
}

func mustGlob(t *testing.T, dir, pat string) string {
	t.Helper()
	m, _ := filepath.Glob(filepath.Join(dir, pat))
	if len(m) != 1 {
		t.Fatalf("%s in %s: %v", pat, dir, m)
	}
	return m[0]
}

func TestReportEmptyWindowSaysNoData(t *testing.T) {
	needNeo4j(t)
	dir := t.TempDir()
	r := cli(t, nil, "report", "--window", "1990", "--format", "html,json", "--out", dir)
	if r.code != 0 {
		t.Fatalf("empty window: exit %d: %s", r.code, r.stderr)
	}
	if rep := readReport(t, dir); !rep.Empty || len(rep.Nodes) != 0 {
		t.Errorf("empty window report: %+v", rep)
	}
	b, _ := os.ReadFile(mustGlob(t, dir, "*.html"))
	if !strings.Contains(string(b), "No data") {
		t.Error("the HTML of an empty window does not say there is no data")
	}
}

func TestReportUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"report", "--window", "fortnight"},
		{"report", "--format", "pdf"},
		{"report", "--compare", "yesterday"},
		{"report", "--name", "a/b"},
		{"report", "--schedule", "weekly", "--window", "2024"},
	} {
		r := cli(t, nil, args...)
		if r.code != 2 || strings.Count(strings.TrimSpace(r.stderr), "\n") != 1 {
			t.Errorf("%v: exit %d, stderr %q; want 2 and one error line plus the help hint", args, r.code, r.stderr)
		}
	}
}

// scheduleConfig writes a configuration with one report due every second.
func scheduleConfig(t *testing.T, out string) string {
	t.Helper()
	cfg := filepath.Join(t.TempDir(), "diplograph.yaml")
	y := `reports:
  - name: every-second
    cron: "* * * * * *"
    projection: countries
    window: "2024"
    formats: [html, json]
    out: ` + out + `
    keep: 2
`
	if err := os.WriteFile(cfg, []byte(y), 0o644); err != nil {
		t.Fatal(err)
	}
	return cfg
}

func TestScheduleListAndBadConfig(t *testing.T) {
	cfg := scheduleConfig(t, t.TempDir())
	r := cli(t, nil, "--config", cfg, "schedule", "list", "-n", "2")
	if r.code != 0 || !strings.Contains(r.stdout, "every-second") || !strings.Contains(r.stdout, "never") {
		t.Errorf("schedule list: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	bad := filepath.Join(t.TempDir(), "bad.yaml")
	os.WriteFile(bad, []byte("reports:\n  - name: x\n    cron: \"every day\"\n    out: /tmp/x\n"), 0o644)
	r = cli(t, nil, "--config", bad, "schedule", "list")
	if r.code != 1 || !strings.Contains(r.stderr, "report x") || !strings.Contains(r.stderr, "every day") {
		t.Errorf("bad cron: exit %d, %q", r.code, r.stderr)
	}
	os.WriteFile(bad, []byte("reports:\n  - name: x\n    cron: \"@daily\"\n    out: /tmp/x\n    windows: last-7-days\n"), 0o644)
	r = cli(t, nil, "--config", bad, "schedule", "list")
	if r.code != 1 || !strings.Contains(r.stderr, "unknown key windows") {
		t.Errorf("unknown key: exit %d, %q", r.code, r.stderr)
	}
}

// TestScheduleRunsAndStopsOnSIGTERM runs the real scheduler against the
// real graph: reports appear, a second scheduler on the folder is refused,
// old reports are pruned, and SIGTERM ends it cleanly.
func TestScheduleRunsAndStopsOnSIGTERM(t *testing.T) {
	needNeo4j(t)
	out := t.TempDir()
	cfg := scheduleConfig(t, out)
	cmd := exec.Command(binary, "--config", cfg, "schedule", "run")
	var errb bytes.Buffer
	cmd.Stderr = &errb
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		if m, _ := filepath.Glob(filepath.Join(out, "every-second_*.json")); len(m) >= 2 {
			break
		}
		time.Sleep(200 * time.Millisecond)
	}
	second := cli(t, nil, "--config", cfg, "schedule", "run")
	if second.code != 1 || !strings.Contains(second.stderr, "already running") {
		t.Errorf("second scheduler: exit %d, %q", second.code, second.stderr)
	}
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("scheduler exit after SIGTERM: %v\n%s", err, errb.String())
		}
	case <-time.After(60 * time.Second):
		t.Fatalf("scheduler did not stop after SIGTERM\n%s", errb.String())
	}
	logs := errb.String()
	for _, s := range []string{"msg=scheduled", "msg=\"report done\"", "msg=\"scheduler stopped\""} {
		if !strings.Contains(logs, s) {
			t.Errorf("scheduler log lacks %s:\n%s", s, logs)
		}
	}
	jsons, _ := filepath.Glob(filepath.Join(out, "every-second_*.json"))
	if len(jsons) < 1 || len(jsons) > 2 {
		t.Errorf("keep: 2 left %d reports", len(jsons))
	}
	tmps, _ := filepath.Glob(filepath.Join(out, ".*.tmp*"))
	if len(tmps) != 0 {
		t.Errorf("temporary files left: %v", tmps)
	}
	if b, err := os.ReadFile(filepath.Join(out, "diplograph-runs.jsonl")); err != nil || !strings.Contains(string(b), `"ok":true`) {
		t.Errorf("runs log: %v %s", err, b)
	}
	// The one-shot form for system cron makes the same report.
	r := cli(t, nil, "--config", cfg, "report", "--schedule", "every-second")
	if r.code != 0 {
		t.Errorf("report --schedule: exit %d: %s", r.code, r.stderr)
	}
}
