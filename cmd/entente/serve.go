package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/entente/entente/graph/web"
)

// DefaultAddr is where 'serve' listens unless told otherwise.
const defaultAddr = "127.0.0.1:64210"

// shutdownGrace is how long requests in flight may run on after SIGINT or
// SIGTERM; a Gizmo program that would run to --timeout is stopped.
const shutdownGrace = 3 * time.Second

type serveOptions struct {
	*globals
	addr       string
	assets     string
	timeout    time.Duration
	writable   bool
	maxQueries int
	maxMemory  int64 // MiB
	allowHosts []string
}

func newServeCmd(g *globals) *cobra.Command {
	o := &serveOptions{globals: g}
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve Cayley's web UI and HTTP API over the store",
		Long: `Serve runs Cayley's own web UI over the store: the query editor (Gizmo),
Visualize (draws results tagged "source" and "target", with edges labelled
by a "predicate" tag) and Query Shape, with Cayley's HTTP API (v1 and v2)
under /api/. Every page carries an Entente header with the store's counts
and a link to the canned questions; a first visit opens the editor on an
example query.

The store is served read-only: write and delete requests answer 403 and
Gizmo cannot change it. --writable serves the write and delete endpoints
(Cayley's Write page) and takes the store for this process alone. They
write and delete only your own quads, those with a label of your own: a
request that touches a quad 'entente load' writes (an article's, an
unlabelled one of the catalog's, a fact, a mention, the store's
bookkeeping) is refused whole with 403, so that stats stays right and a
later load loses and duplicates nothing.

The canned queries are served too: GET /api/canned lists them, and
GET /api/canned/NAME?entity=X (two-entity queries take a= and b=) answers
the rows of 'entente query NAME X --format json'. The page /canned has a
form for each, shows the answer as a table, and opens its Gizmo in the
query editor.

Every query, a Gizmo program (query v1 and v2, shape) or a canned query,
is bounded: it stops at --timeout (504), when its client goes away, or
when the server's heap passes --max-memory (503; every query running then
is stopped, and the server stays up); at most --max-queries Gizmo programs
and as many canned queries run at once, and past that a request waits up
to 3 seconds for its turn, then answers 503 with Retry-After. Results
are capped at 10,000 rows (?limit=) and 8 MiB (cut, and flagged
"truncated"); request bodies at 1 MiB (413); names given to canned
queries at 200 bytes (400). Slow or idle connections are closed.

Requests that name another host than the one served (DNS rebinding) or
come from a page of another site are refused with 403; --allow-host NAME
adds a name the server may be reached by. Listening on an address other
than loopback prints a warning naming who can reach the store.

One access-log line per request goes to standard error. SIGINT or SIGTERM
shut the server down gracefully: requests in flight get 3 seconds to
finish, then the queries still running are stopped.

The UI's templates and static files are read from Cayley's source in the Go
module cache; if they cannot be found, serve says so at start. Point
--assets at a copy of Cayley v0.7.7's source tree to use another.`,
		Example: `  entente serve
  entente serve --db /srv/kg.db --addr 127.0.0.1:8080
  entente serve --addr 0.0.0.0:64210 --allow-host kg.example.org --max-memory 1024
  curl -s -X POST -d 'g.V("<entity:russia>").Out("<supports>").All()' http://127.0.0.1:64210/api/v1/query/gizmo`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error { return o.run(cmd.Context()) },
	}
	cmd.Flags().StringVar(&o.addr, "addr", defaultAddr, "listen on this host:port")
	cmd.Flags().StringVar(&o.assets, "assets", "", "directory of Cayley's source with templates/ and static/ (default: found in the module cache)")
	cmd.Flags().DurationVar(&o.timeout, "timeout", web.DefaultTimeout, "time limit of one query")
	cmd.Flags().BoolVar(&o.writable, "writable", false, "serve the write and delete endpoints")
	cmd.Flags().IntVar(&o.maxQueries, "max-queries", web.DefaultMaxQueries, "Gizmo programs, and canned queries, that run at once")
	cmd.Flags().Int64Var(&o.maxMemory, "max-memory", web.DefaultMemoryBudget>>20, "heap in MiB past which running queries are stopped")
	cmd.Flags().StringSliceVar(&o.allowHosts, "allow-host", nil, "another `name` the server may be reached by (repeatable)")
	return cmd
}

func (o *serveOptions) run(ctx context.Context) error {
	if o.maxQueries <= 0 || o.maxMemory <= 0 {
		return usageError{errors.New("--max-queries and --max-memory must be positive")}
	}
	assets, err := web.FindAssets(o.assets)
	if err != nil {
		return err
	}
	open := o.openStore
	if o.writable {
		open = o.openStoreForWriting
	}
	s, err := open()
	if err != nil {
		return err
	}
	defer s.Close()
	ln, err := net.Listen("tcp", o.addr)
	if err != nil {
		return usageError{err}
	}
	h, err := web.NewHandler(web.Config{
		Store: s, Assets: assets, Timeout: o.timeout, Writable: o.writable, Log: o.stderr,
		MaxQueries: o.maxQueries, MemoryBudget: o.maxMemory << 20,
		Hosts: web.AllowedHosts(o.addr, ln.Addr(), o.allowHosts),
	})
	if err != nil {
		ln.Close()
		return err
	}
	srv := h.Server()
	// Requests in flight at shutdown get a grace period; the queries still
	// running after it are stopped through their requests' context.
	base, stopQueries := context.WithCancel(context.Background())
	defer stopQueries()
	srv.BaseContext = func(net.Listener) context.Context { return base }
	url := "http://" + ln.Addr().String() + "/"
	if tcp, ok := ln.Addr().(*net.TCPAddr); ok && tcp.IP.IsUnspecified() {
		// "http://[::]:64210/" is no address to open; this machine is.
		url = fmt.Sprintf("http://127.0.0.1:%d/", tcp.Port)
	}
	mode := "read-only"
	if o.writable {
		mode = "writable"
	}
	fmt.Fprintf(o.stderr, "serving %s (%s) at %s; Ctrl-C stops\n", s.Location(), mode, url)
	if w := exposure(ln.Addr(), o.writable); w != "" {
		fmt.Fprintln(o.stderr, w)
	}
	fmt.Fprintf(o.stdout, "Web UI:          %s\nCanned queries:  %scanned\n", url, url)

	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	fmt.Fprintln(o.stderr, "shutting down")
	shutdown, cancel := context.WithTimeout(context.Background(), shutdownGrace)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil {
		fmt.Fprintln(o.stderr, "stopping the queries still running")
		stopQueries()
		srv.Close()
	}
	if err := <-done; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// exposure warns, when addr is not a loopback address, who can reach the
// store; it is "" on loopback.
func exposure(addr net.Addr, writable bool) string {
	tcp, ok := addr.(*net.TCPAddr)
	if !ok || tcp.IP.IsLoopback() {
		return ""
	}
	where := tcp.IP.String()
	if tcp.IP.IsUnspecified() {
		where = "every interface of this machine (" + strings.Join(web.InterfaceAddrs(), ", ") + ")"
	}
	what := "read every fact, article and sentence in the store and run Gizmo programs on it"
	if writable {
		what = "read, change and delete everything in the store, and run Gizmo programs on it"
	}
	return fmt.Sprintf("warning: listening on %s, port %d, not on loopback: anyone who can reach it can %s "+
		"(query editor, /canned, /api/v1, /api/v2); there is no login. Use --addr 127.0.0.1:%d to keep it to this machine.",
		where, tcp.Port, what, tcp.Port)
}
