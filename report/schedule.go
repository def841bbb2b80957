package report

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/go-co-op/gocron/v2"
	"golang.org/x/sys/unix"
)

// Job is one scheduled report.
type Job struct {
	Name string // the report's name
	Cron string // when: 5 fields, 6 with seconds first, or @daily, @weekly, ...
	Out  string // the report's folder
	// Run makes the report; now is the scheduled time. It should return
	// promptly when ctx ends.
	Run func(ctx context.Context, now time.Time) (files []string, err error)
}

// ErrBusy is returned when a report, or a scheduler's folder, is already
// taken by another run or process.
var ErrBusy = errors.New("already running")

// RunsLog is the file in each report folder that records every run, one
// JSON object per line.
const RunsLog = "diplograph-runs.jsonl"

// RunRecord is one line of RunsLog.
type RunRecord struct {
	Report  string    `json:"report"`
	Started time.Time `json:"started"`
	Seconds float64   `json:"seconds"`
	OK      bool      `json:"ok"`
	Error   string    `json:"error,omitempty"`
	Files   []string  `json:"files,omitempty"`
}

// CheckCron reports whether expr is a cron expression the scheduler
// accepts.
func CheckCron(expr string) error {
	_, err := NextRuns(expr, time.Now(), 1)
	return err
}

// NextRuns returns the next n times expr fires after from, in from's
// location (a CRON_TZ= or TZ= prefix sets another).
func NextRuns(expr string, from time.Time, n int) ([]time.Time, error) {
	c := gocron.NewDefaultCron(true)
	if err := c.IsValid(expr, from.Location(), from); err != nil {
		return nil, fmt.Errorf("cron %q: %w", expr, errors.Unwrap(err))
	}
	var out []time.Time
	t := from
	for range n {
		t = c.Next(t)
		if t.IsZero() {
			break
		}
		out = append(out, t)
	}
	return out, nil
}

// lockFile takes an exclusive, non-blocking lock on path, creating it; the
// lock ends with release or with the process. The file records the holder's
// process id for the error message of the next taker.
func lockFile(path string) (release func(), err error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, err
	}
	if err := unix.Flock(int(f.Fd()), unix.LOCK_EX|unix.LOCK_NB); err != nil {
		b, _ := os.ReadFile(path)
		f.Close()
		if errors.Is(err, unix.EWOULDBLOCK) {
			if pid := strings.TrimSpace(string(b)); pid != "" {
				return nil, fmt.Errorf("%w (process %s holds %s)", ErrBusy, pid, path)
			}
			return nil, fmt.Errorf("%w (%s is locked)", ErrBusy, path)
		}
		return nil, err
	}
	_ = f.Truncate(0)
	_, _ = f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0)
	return func() {
		_ = unix.Flock(int(f.Fd()), unix.LOCK_UN)
		f.Close()
	}, nil
}

// RunOnce makes one report now, unless the same report is being made by
// another run in this or another process (then it returns ErrBusy). It
// appends the outcome to the folder's RunsLog.
func RunOnce(ctx context.Context, j Job, now time.Time, log *slog.Logger) error {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if err := os.MkdirAll(j.Out, 0o755); err != nil {
		return fmt.Errorf("report %s: folder: %w", j.Name, err)
	}
	release, err := lockFile(filepath.Join(j.Out, "."+j.Name+".lock"))
	if err != nil {
		return fmt.Errorf("report %s: %w", j.Name, err)
	}
	defer release()
	start := time.Now()
	log.Info("report started", "report", j.Name, "scheduled", now.Format(time.RFC3339))
	files, err := safeRun(ctx, j, now)
	rec := RunRecord{Report: j.Name, Started: start.UTC().Truncate(time.Millisecond), Seconds: time.Since(start).Seconds(), OK: err == nil, Files: files}
	if err != nil {
		rec.Error = err.Error()
		log.Error("report failed", "report", j.Name, "err", err, "seconds", rec.Seconds)
	} else {
		log.Info("report done", "report", j.Name, "files", len(files), "seconds", rec.Seconds)
	}
	if lerr := appendRecord(j.Out, rec); lerr != nil {
		log.Warn("runs log not written", "report", j.Name, "err", lerr)
	}
	if err != nil {
		return fmt.Errorf("report %s: %w", j.Name, err)
	}
	return nil
}

// safeRun turns a panic in a run into an error, so that one bad run does
// not stop the scheduler.
func safeRun(ctx context.Context, j Job, now time.Time) (files []string, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("panic: %v", p)
		}
	}()
	return j.Run(ctx, now)
}

var logMu sync.Mutex

// appendRecord adds one line to dir's RunsLog with a single write.
func appendRecord(dir string, rec RunRecord) error {
	b, err := json.Marshal(rec)
	if err != nil {
		return err
	}
	logMu.Lock()
	defer logMu.Unlock()
	f, err := os.OpenFile(filepath.Join(dir, RunsLog), os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	_, err = f.Write(append(b, '\n'))
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// LastRuns reads the last record of each report in dir's RunsLog.
func LastRuns(dir string) (map[string]RunRecord, error) {
	b, err := os.ReadFile(filepath.Join(dir, RunsLog))
	if os.IsNotExist(err) {
		return map[string]RunRecord{}, nil
	}
	if err != nil {
		return nil, err
	}
	out := map[string]RunRecord{}
	for _, line := range strings.Split(string(b), "\n") {
		var r RunRecord
		if line == "" || json.Unmarshal([]byte(line), &r) != nil {
			continue
		}
		out[r.Report] = r
	}
	return out, nil
}

// ScheduleOptions tune Schedule. The zero value is useful.
type ScheduleOptions struct {
	Logger      *slog.Logger   // default: discard
	Location    *time.Location // cron time zone; default time.Local
	StopTimeout time.Duration  // how long shutdown waits for running reports; default 2 minutes
}

// SchedulerLock is the file that marks a report folder as served by a
// running scheduler.
const SchedulerLock = ".diplograph-scheduler.lock"

// Schedule runs each job on its cron schedule until ctx ends, then waits
// for running reports (they see ctx cancelled) and returns nil. A report
// never runs twice at once: a run due while the previous one is going is
// skipped. A failed run is logged and recorded, and the schedule goes on.
// Schedule refuses to start when another scheduler serves one of the jobs'
// folders (ErrBusy) or when a cron expression is invalid.
func Schedule(ctx context.Context, jobs []Job, o ScheduleOptions) error {
	log := o.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	loc := o.Location
	if loc == nil {
		loc = time.Local
	}
	if o.StopTimeout <= 0 {
		o.StopTimeout = 2 * time.Minute
	}
	if len(jobs) == 0 {
		return errors.New("no reports to schedule")
	}
	for _, j := range jobs {
		if err := CheckCron(j.Cron); err != nil {
			return fmt.Errorf("report %s: %w", j.Name, err)
		}
	}
	dirs := map[string]bool{}
	for _, j := range jobs {
		abs, err := filepath.Abs(j.Out)
		if err != nil {
			return err
		}
		dirs[abs] = true
	}
	var releases []func()
	defer func() {
		for _, r := range releases {
			r()
		}
	}()
	for _, d := range slices.Sorted(maps.Keys(dirs)) {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return fmt.Errorf("report folder: %w", err)
		}
		release, err := lockFile(filepath.Join(d, SchedulerLock))
		if err != nil {
			return fmt.Errorf("scheduler for %s: %w", d, err)
		}
		releases = append(releases, release)
	}

	s, err := gocron.NewScheduler(gocron.WithLocation(loc), gocron.WithStopTimeout(o.StopTimeout))
	if err != nil {
		return fmt.Errorf("scheduler: %w", err)
	}
	for _, j := range jobs {
		task := func(jctx context.Context) {
			if err := RunOnce(jctx, j, time.Now().In(loc), log); errors.Is(err, ErrBusy) {
				log.Warn("report skipped: the previous run is still going", "report", j.Name)
			}
		}
		_, err := s.NewJob(gocron.CronJob(j.Cron, true), gocron.NewTask(task),
			gocron.WithName(j.Name), gocron.WithContext(ctx),
			gocron.WithSingletonMode(gocron.LimitModeReschedule))
		if err != nil {
			_ = s.Shutdown()
			return fmt.Errorf("report %s: %w", j.Name, err)
		}
	}
	s.Start()
	now := time.Now().In(loc)
	sorted := append([]Job(nil), jobs...)
	sort.Slice(sorted, func(a, b int) bool { return sorted[a].Name < sorted[b].Name })
	for _, j := range sorted {
		next, _ := NextRuns(j.Cron, now, 1)
		args := []any{"report", j.Name, "cron", j.Cron, "out", j.Out}
		if len(next) > 0 {
			args = append(args, "next", next[0].Format(time.RFC3339))
		}
		log.Info("scheduled", args...)
	}
	<-ctx.Done()
	log.Info("scheduler stopping; waiting for running reports")
	if err := s.Shutdown(); err != nil {
		return fmt.Errorf("scheduler shutdown: %w", err)
	}
	log.Info("scheduler stopped")
	return nil
}
