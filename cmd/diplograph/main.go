// Command diplograph turns news about international relations, in Arabic and
// English, into a knowledge graph in Neo4j. See the README for a tour.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	// The first interrupt cancels the work, which stops between articles;
	// a second one ends the process at once.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	go func() {
		<-ctx.Done()
		stop()
	}()
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr, os.Environ())
	stop()
	os.Exit(code)
}

// Exit codes.
const (
	exitOK      = 0
	exitFailure = 1 // the command failed, or some inputs did
	exitUsage   = 2 // bad flags or arguments
)

// run executes one command line and returns the exit code; it is the one
// place where errors become exit codes and the one line users see.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer, environ []string) int {
	app := &app{stdin: stdin, stdout: stdout, stderr: stderr, environ: environ}
	root := newRootCommand(app)
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.ExecuteContext(ctx)
	switch {
	case err == nil:
		return exitOK
	case isUsage(err):
		fmt.Fprintf(stderr, "diplograph: %v\nRun 'diplograph --help' for usage.\n", err)
		return exitUsage
	case err == errPartial:
		return exitFailure // each failure was already reported
	}
	fmt.Fprintf(stderr, "diplograph: %v\n", err)
	return exitFailure
}
