package graph

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Sentinel errors, matched with errors.Is.
var (
	// ErrUnreachable means no Neo4j server answered at the configured URI.
	ErrUnreachable = errors.New("neo4j is unreachable")
	// ErrUnauthorized means the server refused the user name or password.
	ErrUnauthorized = errors.New("neo4j refused the credentials")
	// ErrNotReadOnly means a query given to Read would write or change the schema.
	ErrNotReadOnly = errors.New("query is not read-only")
)

// Options says how to reach Neo4j. The zero value of Logger discards logs.
type Options struct {
	URI      string
	User     string
	Password string
	Database string
	Logger   *slog.Logger
	// ConnectTimeout bounds how long Open waits for the server; 0 means 10s.
	ConnectTimeout time.Duration
}

// Store is a connection pool to one Neo4j database. It is safe for
// concurrent use; Close it when done.
type Store struct {
	driver neo4j.DriverWithContext
	db     string
	uri    string
	log    *slog.Logger
}

// Open connects to Neo4j and checks that the server answers with these
// credentials. Errors wrap ErrUnreachable or ErrUnauthorized and name the URI.
func Open(ctx context.Context, o Options) (*Store, error) {
	if o.Logger == nil {
		o.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if o.ConnectTimeout == 0 {
		o.ConnectTimeout = 10 * time.Second
	}
	if o.Database == "" {
		o.Database = "neo4j"
	}
	drv, err := neo4j.NewDriverWithContext(o.URI, neo4j.BasicAuth(o.User, o.Password, ""), func(c *neo4j.Config) {
		c.SocketConnectTimeout = o.ConnectTimeout
		c.ConnectionAcquisitionTimeout = o.ConnectTimeout
	})
	if err != nil {
		return nil, fmt.Errorf("neo4j at %q: %w", o.URI, err)
	}
	vctx, cancel := context.WithTimeout(ctx, o.ConnectTimeout)
	defer cancel()
	if err := drv.VerifyConnectivity(vctx); err != nil {
		_ = drv.Close(ctx)
		return nil, classify(o.URI, o.User, err)
	}
	return &Store{driver: drv, db: o.Database, uri: o.URI, log: o.Logger}, nil
}

// classify turns driver errors into one clear error that says what to do.
func classify(uri, user string, err error) error {
	var ne *neo4j.Neo4jError
	var ae *neo4j.InvalidAuthenticationError
	switch {
	case errors.As(err, &ae), errors.As(err, &ne) && strings.HasPrefix(ne.Code, "Neo.ClientError.Security."):
		return fmt.Errorf("%w: user %q at %s; check neo4j.password in the config file or DIPLOGRAPH_NEO4J_PASSWORD", ErrUnauthorized, user, uri)
	case errors.As(err, &ne):
		return fmt.Errorf("neo4j at %s: %s", uri, ne.Msg)
	}
	var ce *neo4j.ConnectivityError
	if errors.As(err, &ce) || errors.Is(err, context.DeadlineExceeded) || strings.Contains(err.Error(), "connect") {
		return fmt.Errorf("%w at %s; start the local server with 'make neo4j-up' or set neo4j.uri (DIPLOGRAPH_NEO4J_URI)", ErrUnreachable, uri)
	}
	return fmt.Errorf("neo4j at %s: %w", uri, err)
}

// URI is the address the store talks to.
func (s *Store) URI() string { return s.uri }

// Close releases the connections.
func (s *Store) Close(ctx context.Context) error { return s.driver.Close(ctx) }

func (s *Store) session(ctx context.Context, mode neo4j.AccessMode) neo4j.SessionWithContext {
	return s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.db, AccessMode: mode})
}

// write runs work in one write transaction, retried by the driver on
// transient failures; work must be safe to run more than once.
func (s *Store) write(ctx context.Context, work func(tx neo4j.ManagedTransaction) error) error {
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(ctx)
	_, err := sess.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		return nil, work(tx)
	})
	if err != nil {
		return s.wrap(err)
	}
	return nil
}

func (s *Store) wrap(err error) error {
	var ce *neo4j.ConnectivityError
	if errors.As(err, &ce) {
		return fmt.Errorf("%w at %s: %v", ErrUnreachable, s.uri, err)
	}
	return err
}

func run(ctx context.Context, tx neo4j.ManagedTransaction, q string, params map[string]any) error {
	res, err := tx.Run(ctx, q, params)
	if err != nil {
		return err
	}
	_, err = res.Consume(ctx)
	return err
}

// ErrNotTestDatabase means ResetTestDatabase found data that tests did not
// create, and left it alone.
var ErrNotTestDatabase = errors.New("refusing to wipe a database that holds data tests did not create")

// testMarker labels the one node that marks a database as the tests' own.
const testMarker = "DiplographTestDatabase"

// ResetTestDatabase empties the database for a test or benchmark, but only
// when it is empty or marked as the tests' own by an earlier call;
// otherwise it returns ErrNotTestDatabase and changes nothing. It keeps the
// schema and leaves the marker node behind.
func (s *Store) ResetTestDatabase(ctx context.Context) error {
	t, err := s.Read(ctx, "MATCH (n) WHERE NOT n:"+testMarker+" WITH count(n) AS data OPTIONAL MATCH (m:"+testMarker+") RETURN data, count(m) AS marked", nil)
	if err != nil {
		return err
	}
	if data, marked := t.Rows[0][0].(int64), t.Rows[0][1].(int64); data > 0 && marked == 0 {
		return fmt.Errorf("%w (%d nodes at %s); point DIPLOGRAPH_NEO4J_URI at a scratch database, as 'make test' does", ErrNotTestDatabase, data, s.uri)
	}
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(ctx)
	for _, q := range []string{
		"MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS",
		"CREATE (:" + testMarker + ")",
	} {
		if err := consume(ctx, sess, q); err != nil {
			return fmt.Errorf("reset test database: %w", s.wrap(err))
		}
	}
	return nil
}
