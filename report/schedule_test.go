package report

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func TestNextRuns(t *testing.T) {
	from := time.Date(2026, 11, 23, 10, 30, 0, 0, time.UTC) // a Monday
	tests := []struct {
		expr string
		want []string
	}{
		{"0 8 * * 1", []string{"2026-11-30T08:00:00Z", "2026-12-07T08:00:00Z"}},
		{"0 6 1 * *", []string{"2026-12-01T06:00:00Z", "2027-01-01T06:00:00Z"}},
		{"@daily", []string{"2026-11-24T00:00:00Z", "2026-11-25T00:00:00Z"}},
		{"30 * * * * *", []string{"2026-11-23T10:30:30Z", "2026-11-23T10:31:30Z"}},
		{"CRON_TZ=Asia/Riyadh 0 9 * * *", []string{"2026-11-24T06:00:00Z", "2026-11-25T06:00:00Z"}},
	}
	for _, tc := range tests {
		got, err := NextRuns(tc.expr, from, 2)
		if err != nil {
			t.Errorf("%s: %v", tc.expr, err)
			continue
		}
		var s []string
		for _, g := range got {
			s = append(s, g.UTC().Format(time.RFC3339))
		}
		if strings.Join(s, " ") != strings.Join(tc.want, " ") {
			t.Errorf("%s: got %v, want %v", tc.expr, s, tc.want)
		}
	}
	for _, bad := range []string{"", "every monday", "61 * * * *", "* * *"} {
		if err := CheckCron(bad); err == nil || !strings.Contains(err.Error(), bad) {
			t.Errorf("cron %q: %v", bad, err)
		}
	}
}

// TestScheduleRunsFailsAndStops runs three reports every second: one that
// works, one that fails every time and one that takes longer than its
// period. The schedule must keep going after failures, never overlap runs
// of one report, record each run, and stop cleanly when its context ends.
func TestScheduleRunsFailsAndStops(t *testing.T) {
	dir := t.TempDir()
	var ok, failed, slow, running, overlap atomic.Int32
	jobs := []Job{
		{Name: "ok", Cron: "* * * * * *", Out: dir, Run: func(ctx context.Context, now time.Time) ([]string, error) {
			ok.Add(1)
			return []string{"ok.html"}, nil
		}},
		{Name: "fails", Cron: "* * * * * *", Out: dir, Run: func(ctx context.Context, now time.Time) ([]string, error) {
			failed.Add(1)
			if failed.Load() == 2 {
				panic("boom")
			}
			return nil, errors.New("neo4j unreachable")
		}},
		{Name: "slow", Cron: "* * * * * *", Out: filepath.Join(dir, "slow"), Run: func(ctx context.Context, now time.Time) ([]string, error) {
			if running.Add(1) > 1 {
				overlap.Add(1)
			}
			defer running.Add(-1)
			slow.Add(1)
			select {
			case <-time.After(2500 * time.Millisecond):
			case <-ctx.Done():
				return nil, ctx.Err()
			}
			return nil, nil
		}},
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- Schedule(ctx, jobs, ScheduleOptions{StopTimeout: 10 * time.Second}) }()

	deadline := time.Now().Add(15 * time.Second)
	for (ok.Load() < 4 || failed.Load() < 3) && time.Now().Before(deadline) {
		time.Sleep(100 * time.Millisecond)
	}
	// A second scheduler on the same folder is refused while the first runs.
	err := Schedule(context.Background(), jobs[:1], ScheduleOptions{})
	if !errors.Is(err, ErrBusy) || !strings.Contains(err.Error(), dir) {
		t.Errorf("second scheduler: %v, want ErrBusy naming %s", err, dir)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Schedule returned %v after cancel", err)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("Schedule did not stop after cancel")
	}
	if ok.Load() < 4 || failed.Load() < 3 {
		t.Errorf("runs: ok %d, failed %d; the schedule stopped after failures", ok.Load(), failed.Load())
	}
	if overlap.Load() != 0 {
		t.Errorf("the slow report ran %d times on top of itself", overlap.Load())
	}
	// Runs of 2.5 s every second: at most one run per 2.5 s window started.
	if n := slow.Load(); n < 1 || n > 8 {
		t.Errorf("slow report ran %d times", n)
	}
	last, err := LastRuns(dir)
	if err != nil {
		t.Fatal(err)
	}
	if !last["ok"].OK || last["fails"].OK || !strings.Contains(last["fails"].Error, "neo4j unreachable") && !strings.Contains(last["fails"].Error, "panic") {
		t.Errorf("runs log: %+v", last)
	}
	b, _ := os.ReadFile(filepath.Join(dir, RunsLog))
	if !strings.Contains(string(b), "panic: boom") {
		t.Errorf("the panicking run was not recorded:\n%s", b)
	}
	// The lock is released: a new scheduler can start.
	ctx2, cancel2 := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel2()
	if err := Schedule(ctx2, jobs[:1], ScheduleOptions{}); err != nil {
		t.Errorf("scheduler after the first stopped: %v", err)
	}
}

func TestRunOnceRefusesAConcurrentRun(t *testing.T) {
	dir := t.TempDir()
	started := make(chan struct{})
	release := make(chan struct{})
	j := Job{Name: "r", Out: dir, Run: func(ctx context.Context, now time.Time) ([]string, error) {
		close(started)
		<-release
		return nil, nil
	}}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		if err := RunOnce(context.Background(), j, time.Now(), nil); err != nil {
			t.Error(err)
		}
	}()
	<-started
	err := RunOnce(context.Background(), j, time.Now(), nil)
	if !errors.Is(err, ErrBusy) {
		t.Errorf("second run: %v, want ErrBusy", err)
	}
	close(release)
	wg.Wait()
}

func TestScheduleRejectsBadCron(t *testing.T) {
	err := Schedule(context.Background(), []Job{{Name: "x", Cron: "every day", Out: t.TempDir()}}, ScheduleOptions{})
	if err == nil || !strings.Contains(err.Error(), "report x") || !strings.Contains(err.Error(), "every day") {
		t.Errorf("bad cron: %v", err)
	}
}
