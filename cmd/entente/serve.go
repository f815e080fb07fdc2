package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"

	"github.com/spf13/cobra"

	"github.com/entente/entente/graph/web"
)

// DefaultAddr is where 'serve' listens unless told otherwise.
const defaultAddr = "127.0.0.1:64210"

type serveOptions struct {
	*globals
	addr     string
	assets   string
	timeout  time.Duration
	writable bool
}

func newServeCmd(g *globals) *cobra.Command {
	o := &serveOptions{globals: g}
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve Cayley's web UI and HTTP API over the store",
		Long: `Serve runs Cayley's own web UI over the store: the query editor (Gizmo),
Visualize (draws results tagged "source" and "target") and Query Shape,
with Cayley's HTTP API (v1 and v2) under /api/.

The store is served read-only: write and delete requests answer 403 and
Gizmo cannot change it. --writable serves the write and delete endpoints
(Cayley's Write page) and takes the store for this process alone.

The canned queries are served too: GET /api/canned lists them, and
GET /api/canned/NAME?entity=X (two-entity queries take a= and b=) answers
the rows of 'entente query NAME X --format json'. The page /canned has a
form for each, shows the answer as a table, and opens its Gizmo in the
query editor.

Each query is bounded by --timeout, and request bodies by 1 MiB. One
access-log line per request goes to standard error. SIGINT or SIGTERM shut
the server down gracefully, letting requests in flight finish.

The UI's templates and static files are read from Cayley's source in the Go
module cache; if they cannot be found, serve says so at start. Point
--assets at a copy of Cayley v0.7.7's source tree to use another.`,
		Example: `  entente serve
  entente serve --db /srv/kg.db --addr 127.0.0.1:8080
  curl -s -X POST -d 'g.V("<entity:russia>").Out("<supports>").All()' http://127.0.0.1:64210/api/v1/query/gizmo`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error { return o.run(cmd.Context()) },
	}
	cmd.Flags().StringVar(&o.addr, "addr", defaultAddr, "listen on this host:port")
	cmd.Flags().StringVar(&o.assets, "assets", "", "directory of Cayley's source with templates/ and static/ (default: found in the module cache)")
	cmd.Flags().DurationVar(&o.timeout, "timeout", web.DefaultTimeout, "time limit of one query")
	cmd.Flags().BoolVar(&o.writable, "writable", false, "serve the write and delete endpoints")
	return cmd
}

func (o *serveOptions) run(ctx context.Context) error {
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
	h, err := web.NewHandler(web.Config{Store: s, Assets: assets, Timeout: o.timeout, Writable: o.writable, Log: o.stderr})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", o.addr)
	if err != nil {
		return usageError{err}
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	url := "http://" + ln.Addr().String() + "/"
	mode := "read-only"
	if o.writable {
		mode = "writable"
	}
	fmt.Fprintf(o.stderr, "serving %s (%s) at %s; Ctrl-C stops\n", s.Location(), mode, url)
	fmt.Fprintf(o.stdout, "Web UI:          %s\nCanned queries:  %scanned\n", url, url)

	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	fmt.Fprintln(o.stderr, "shutting down")
	shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil {
		return err
	}
	if err := <-done; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
