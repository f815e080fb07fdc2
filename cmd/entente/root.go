package main

import (
	"context"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/entente/entente/graph/store"
)

// Flag names shared by several commands.
const (
	flagDB     = "db"
	flagFormat = "format"
	flagOutput = "output"
)

// envDB names the store when --db is not given.
const envDB = "ENTENTE_DB"

// globals are the settings every command shares.
type globals struct {
	db     string
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
}

// location is the store the user named with --db or $ENTENTE_DB.
func (g *globals) location() (store.Location, error) {
	db := g.db
	if db == "" {
		db = os.Getenv(envDB)
	}
	return store.ParseLocation(db)
}

// openStore opens the user's store for reading; several processes may.
func (g *globals) openStore() (*store.Store, error) {
	return g.open(store.Options{ReadOnly: true})
}

// openStoreForWriting opens the user's store for writing, creating it when
// missing; no other process may have it open.
func (g *globals) openStoreForWriting() (*store.Store, error) {
	return g.open(store.Options{Create: true})
}

func (g *globals) open(opts store.Options) (*store.Store, error) {
	loc, err := g.location()
	if err != nil {
		return nil, usageError{err}
	}
	return store.Open(loc, opts)
}

const rootLong = `Entente turns news articles about a conflict into a knowledge graph that an
analyst can question: who backs whom, who holds which post, who talked to
whom, how two actors are connected, and on what evidence.

Articles are plain text. 'entente load' reads them, extracts facts such as
"Russia supports Bashar al-Assad" with the sentence that states each one,
and keeps them in a Cayley graph store (bolt, in ./entente.db, by default).
Ask with canned queries ('entente query'), explore in Cayley's web UI
('entente serve'), or export for visualization tools ('entente export').

The store is named by --db, or by $ENTENTE_DB when --db is absent:
  PATH            a bolt store in directory PATH (the default is ./entente.db)
  bolt:PATH       the same, explicitly
  leveldb:PATH    a LevelDB store
  memstore:       an in-memory store that lasts as long as the command
  postgres://USER@HOST:5432/DB?sslmode=disable
                  a PostgreSQL database (it must exist; load makes the tables)
  cockroach://USER@HOST:26257/DB?sslmode=disable
                  a CockroachDB database

A bolt store admits many readers (query, stats, export, serve) or one
writer (load, serve --writable) at a time.

EXIT STATUS
  0  success
  1  failure: a file could not be loaded, the store could not be opened, a
     query failed, the address to serve on is taken
  2  usage error: bad flags or arguments, an unknown query, or a name that
     matches no entity`

func newRootCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:           "entente",
		Short:         "Turn news about a conflict into a knowledge graph you can question",
		Long:          rootLong,
		SilenceUsage:  true,
		SilenceErrors: true,
		Example: `  entente load data/articles
  entente query supporters Assad
  entente query roles Shamkhani --format json
  entente serve`,
		Version: readBuildVersion().String(),
		// Runnable, so that an unknown command reaches Args and fails as a
		// usage error rather than as cobra's untyped one.
		Args: noSubcommand,
		RunE: func(cmd *cobra.Command, args []string) error { return cmd.Help() },
	}
	// The version text ends its own lines; cobra's default template would
	// prefix "entente version".
	cmd.SetVersionTemplate("{{.Version}}")
	// The root runs only to print its help or reject an unknown command:
	// its usage shows "entente [command]", not "entente [flags]".
	cmd.SetUsageTemplate(strings.Replace(cmd.UsageTemplate(),
		"Usage:{{if .Runnable}}", "Usage:{{if and .Runnable (not .HasAvailableSubCommands)}}", 1))
	cmd.PersistentFlags().StringVar(&g.db, flagDB, "", "the store: PATH, bolt:PATH, leveldb:PATH, memstore:, postgres://… or cockroach://… (default $"+envDB+", else ./"+store.DefaultDB+")")
	cmd.SetFlagErrorFunc(func(c *cobra.Command, err error) error { return usageError{err} })
	cmd.AddCommand(
		newLoadCmd(g),
		newExtractCmd(g),
		newQueryCmd(g),
		newServeCmd(g),
		newExportCmd(g),
		newStatsCmd(g),
		newVersionCmd(g),
	)
	// stats.go is another's file; its --format values are completed here.
	// Should stats register them itself, this one is refused, harmlessly.
	if stats, _, err := cmd.Find([]string{"stats"}); err == nil && stats != cmd {
		stats.RegisterFlagCompletionFunc(flagFormat, completeWith(formatTable, formatJSON))
	}
	// Add cobra's own commands now, so that usageArgs sees them too; the
	// completion commands keep the writer they find, so set it first.
	cmd.SetIn(g.stdin)
	cmd.SetOut(g.stdout)
	cmd.SetErr(g.stderr)
	cmd.InitDefaultHelpCmd()
	cmd.InitDefaultCompletionCmd()
	usageArgs(cmd)
	return cmd
}

// run executes the command line args and returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	g := &globals{stdin: stdin, stdout: stdout, stderr: stderr}
	cmd := newRootCmd(g)
	cmd.SetArgs(args)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	failed, err := cmd.ExecuteContextC(ctx)
	return report(stderr, failed, err)
}
