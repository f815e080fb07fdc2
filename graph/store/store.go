// Package store keeps Entente's knowledge graph in Cayley. It writes each
// article's quads (see graph.Quads) in one transaction, replaces an article
// whose text changed, and gives the queries and the web UI the Cayley quad
// store underneath. The store stays plain Cayley: the stock cayley binary
// opens it and runs Gizmo on it.
package store

import (
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/writer"
	"github.com/cayleygraph/quad"

	// The backends Entente serves.
	_ "github.com/cayleygraph/cayley/graph/kv/bolt"
	_ "github.com/cayleygraph/cayley/graph/kv/leveldb"
	_ "github.com/cayleygraph/cayley/graph/memstore"
	_ "github.com/cayleygraph/cayley/graph/sql/cockroach"
	_ "github.com/cayleygraph/cayley/graph/sql/postgres"
)

// DefaultDB is the store used when neither --db nor $ENTENTE_DB names one.
const DefaultDB = "entente.db"

// ErrNotFound is returned by Open when the store does not exist and may not
// be created.
var ErrNotFound = errors.New("store not found")

// Location names a Cayley backend and its address.
type Location struct {
	Backend string // a Cayley backend name: bolt, leveldb, memstore, postgres, cockroach
	Address string // a path for bolt and leveldb, a URL for the SQL backends; ignored by memstore
}

// String names the location for messages, without a password.
func (l Location) String() string {
	switch l.Backend {
	case "memstore":
		return "memstore:"
	case "postgres", "cockroach":
		if u, err := url.Parse(l.Address); err == nil {
			return l.Backend + ":" + u.Redacted()
		}
	}
	return l.Backend + ":" + l.Address
}

// sql reports whether the location is a SQL database.
func (l Location) sql() bool { return l.Backend == "postgres" || l.Backend == "cockroach" }

// ParseLocation reads a --db value. A plain path is a bolt store; a prefix
// chooses another backend: "bolt:PATH", "leveldb:PATH", "memstore:",
// "postgres://USER@HOST/DB?sslmode=disable" (PostgreSQL, also
// "postgresql://"), "cockroach://USER@HOST:26257/DB?sslmode=disable"
// (CockroachDB).
func ParseLocation(db string) (Location, error) {
	if db == "" {
		db = DefaultDB
	}
	switch {
	case strings.HasPrefix(db, "postgres://"), strings.HasPrefix(db, "postgresql://"):
		return Location{Backend: "postgres", Address: db}, nil
	case strings.HasPrefix(db, "cockroach://"):
		return Location{Backend: "cockroach", Address: "postgresql://" + strings.TrimPrefix(db, "cockroach://")}, nil
	}
	if i := strings.Index(db, ":"); i > 1 { // i > 1 leaves Windows drive letters alone
		backend, addr := db[:i], db[i+1:]
		switch backend {
		case "bolt", "leveldb":
			if addr == "" {
				return Location{}, fmt.Errorf("--db %q: %s needs a path, as in %s:./entente.db", db, backend, backend)
			}
			return Location{Backend: backend, Address: addr}, nil
		case "memstore", "memory":
			return Location{Backend: "memstore"}, nil
		default:
			return Location{}, fmt.Errorf("--db %q: unknown backend %q (use a path, bolt:PATH, leveldb:PATH, memstore:, postgres://… or cockroach://…)", db, backend)
		}
	}
	return Location{Backend: "bolt", Address: db}, nil
}

// Store is a knowledge graph kept in a Cayley quad store.
type Store struct {
	loc Location
	qs  cgraph.QuadStore
	qw  cgraph.QuadWriter
	// extractor names the build of the extractor whose documents are
	// written; see SetExtractor.
	extractor string
	// unlock lets go of the writer's lock of a SQL store; nil for others.
	unlock func()
	// written holds the unlabelled quads (entities' names, types, lookup
	// keys) this Store has written. Nothing removes them, so each article
	// naming an entity again need not send them to Cayley again, which
	// would look each one up.
	written map[quad.Quad]struct{}
}

// Options controls Open.
type Options struct {
	// Create makes a new, empty store when none exists at the location.
	Create bool
	// ReadOnly opens the store for reading only, so that several processes
	// may read it at once. Put fails on a read-only store.
	ReadOnly bool
}

// Open opens the store at loc. Without opts.Create a missing store is an
// error wrapping ErrNotFound that says how to make one.
func Open(loc Location, opts Options) (*Store, error) {
	if loc.sql() {
		return openSQL(loc, opts)
	}
	exists, err := loc.exists()
	if err != nil {
		return nil, err
	}
	if !exists && cgraph.IsPersistent(loc.Backend) {
		if !opts.Create {
			return nil, fmt.Errorf("%w: no %s store at %s (load articles first: entente load --db %s FILE...)",
				ErrNotFound, loc.Backend, loc.Address, loc.Address)
		}
		if err := createStore(loc); err != nil {
			return nil, err
		}
	}
	// Cayley's key-value stores keep bloom filters of 100 million entries
	// while a new store fills; clearing them costs more than an article's
	// writes save, and hundreds of megabytes besides.
	backend, qopts := loc.Backend, cgraph.Options{kv.OptNoBloom: true}
	if backend == "bolt" {
		backend, qopts[optReadOnly] = boltBackend, opts.ReadOnly
	}
	qs, err := cgraph.NewQuadStore(backend, loc.Address, qopts)
	var locked *LockedError
	switch {
	case errors.As(err, &locked):
		return nil, locked // says all there is to say
	case loc.Backend == "leveldb" && errors.Is(err, syscall.EAGAIN):
		// LevelDB's lock is one process's, reader or writer, and taken
		// at once or not at all.
		return nil, &LockedError{Path: loc.Address, Write: !opts.ReadOnly,
			Holder: "another process (LevelDB lets one process at a time open a store: an 'entente load', 'serve', 'query' or 'export'?)"}
	case errors.Is(err, cgraph.ErrNotInitialized):
		return nil, fmt.Errorf("%s is a %s store whose creation was interrupted (by an older entente); it holds nothing: remove the directory and load again", loc.Address, loc.Backend)
	case err != nil:
		return nil, fmt.Errorf("open %s store at %s: %w", loc.Backend, loc.Address, err)
	}
	return newStore(loc, newPlanner(qs))
}

// createStore makes a new, empty bolt or LevelDB store at loc, atomically:
// it is made under another name and renamed into place, so that a process
// killed while making it leaves either no store or a whole one.
func createStore(loc Location) error {
	dir, base := filepath.Split(filepath.Clean(loc.Address))
	tmp := filepath.Join(dir, "."+base+".creating")
	if err := os.RemoveAll(tmp); err != nil { // left by a process killed while creating
		return fmt.Errorf("create a %s store at %s: %w", loc.Backend, loc.Address, err)
	}
	err := cgraph.InitQuadStore(loc.Backend, tmp, nil)
	if err == nil {
		// An empty directory there becomes the store; one with files is
		// not removed, and the rename fails.
		os.Remove(loc.Address)
		err = os.Rename(tmp, loc.Address)
		if err != nil {
			os.RemoveAll(tmp)
			if ok, _ := loc.exists(); ok {
				return nil // another process made it first
			}
			return fmt.Errorf("create a %s store at %s: %s is in the way: it is not empty, and not a whole store (a store whose creation an older entente left unfinished?); remove it or use another --db",
				loc.Backend, loc.Address, loc.Address)
		}
		return nil
	}
	os.RemoveAll(tmp)
	return fmt.Errorf("create a %s store at %s: %w", loc.Backend, loc.Address, err)
}

// initStore makes a new, empty store at loc: files for bolt and LevelDB,
// tables for the SQL backends. A store already there is left as it is.
func initStore(loc Location) error {
	err := cgraph.InitQuadStore(loc.Backend, loc.Address, nil)
	if err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
		return fmt.Errorf("create a %s store at %s: %w", loc.Backend, loc, err)
	}
	return nil
}

func newStore(loc Location, qs cgraph.QuadStore) (*Store, error) {
	qw, err := writer.NewSingleReplication(qs, cgraph.Options{"ignore_missing": true, "ignore_duplicate": true})
	if err != nil {
		qs.Close()
		return nil, err
	}
	return &Store{loc: loc, qs: qs, qw: qw, written: make(map[quad.Quad]struct{})}, nil
}

// openSQL opens a store in PostgreSQL or CockroachDB. The database must
// exist; Create makes Cayley's tables in it when they are missing.
//
// A writer of a PostgreSQL store holds an advisory lock while the store is
// open, so that two writers never interleave; it takes the lock before
// making the tables, so that two first loads do not race to make them.
func openSQL(loc Location, opts Options) (*Store, error) {
	unlock := func() {}
	if !opts.ReadOnly && loc.Backend == "postgres" {
		var err error
		if unlock, err = lockPostgres(loc); err != nil {
			return nil, err
		}
	}
	s, err := openSQLLocked(loc, opts)
	if err != nil {
		unlock()
		return nil, err
	}
	s.unlock = unlock
	return s, nil
}

func openSQLLocked(loc Location, opts Options) (*Store, error) {
	err := checkTables(loc)
	if errors.Is(err, ErrNotFound) && opts.Create {
		// Only when missing: Cayley logs an error for tables that exist.
		if err = initStore(loc); err == nil {
			err = checkTables(loc)
		}
	}
	if err != nil {
		return nil, err
	}
	qs, err := cgraph.NewQuadStore(loc.Backend, loc.Address, nil)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", loc, err)
	}
	return newStore(loc, qs)
}

// checkTables makes sure that Cayley's tables are in the database, so that a
// store that was never loaded is reported as such rather than by the first
// query that fails.
func checkTables(loc Location) error {
	db, err := sql.Open("postgres", loc.Address)
	if err != nil {
		return fmt.Errorf("open %s: %w", loc, err)
	}
	defer db.Close()
	var table sql.NullString
	if err := db.QueryRow("SELECT to_regclass('quads')::text").Scan(&table); err != nil {
		return fmt.Errorf("open %s: %w", loc, err)
	}
	if !table.Valid {
		return fmt.Errorf("%w: no Entente store in %s (load articles first: entente load --db URL FILE...)", ErrNotFound, loc)
	}
	return nil
}

// exists reports whether a store is already at the location.
func (l Location) exists() (bool, error) {
	if !cgraph.IsPersistent(l.Backend) {
		return false, nil
	}
	fi, err := os.Stat(l.Address)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return false, nil
	case err != nil:
		return false, err
	case !fi.IsDir():
		return false, fmt.Errorf("%s is a file, not a %s store (a store is a directory)", l.Address, l.Backend)
	}
	marker := "indexes.bolt"
	if l.Backend == "leveldb" {
		marker = "CURRENT"
	}
	_, err = os.Stat(filepath.Join(l.Address, marker))
	return err == nil, nil
}

// Location is where the store lives.
func (s *Store) Location() Location { return s.loc }

// QuadStore is the Cayley quad store, for Gizmo and the HTTP API.
func (s *Store) QuadStore() cgraph.QuadStore { return s.qs }

// QuadWriter is the Cayley writer of the store.
func (s *Store) QuadWriter() cgraph.QuadWriter { return s.qw }

// Close closes the store.
func (s *Store) Close() error {
	err := s.qw.Close()
	if cerr := s.qs.Close(); err == nil {
		err = cerr
	}
	if s.unlock != nil {
		s.unlock()
	}
	return err
}

// Dump writes every quad of the store to w and returns how many it wrote.
func (s *Store) Dump(w quad.Writer) (int, error) {
	r := cgraph.NewQuadStoreReader(s.qs)
	defer r.Close()
	n, err := quad.Copy(w, r)
	return int(n), err
}
