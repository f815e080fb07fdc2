package web

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"runtime/debug"
	"runtime/metrics"
	"strconv"
	"sync"
	"time"
)

// Every query this package runs, a Gizmo program or a canned query, is
// bounded: it waits for one of a fixed number of slots, it is stopped at
// the time limit, when its client goes away, or when the server's heap
// passes its memory budget, and what it returns is capped in rows and bytes.

// Defaults of the bounds in Config.
const (
	DefaultMaxQueries     = 8
	DefaultQueueWait      = 3 * time.Second
	DefaultMemoryBudget   = 512 << 20 // heap bytes; a Gizmo program over the bundled graph needs a few MiB
	DefaultMaxRows        = 10000
	DefaultMaxResultBytes = 8 << 20
	DefaultMaxNameLength  = 200
)

// Causes of a query's end that are not the program's own error.
var (
	errTimeout = errors.New("query timed out")
	errMemory  = errors.New("memory budget exceeded")
)

// limiter caps the queries running at once. A query that finds no free
// slot waits a little, then is refused: a queue that grows without end
// would only turn overload into timeouts.
type limiter struct {
	slots chan struct{}
	wait  time.Duration
}

func newLimiter(n int, wait time.Duration) *limiter {
	return &limiter{slots: make(chan struct{}, n), wait: wait}
}

// acquire takes a slot, waiting up to l.wait; it reports whether it got one.
func (l *limiter) acquire(ctx context.Context) bool {
	select {
	case l.slots <- struct{}{}:
		return true
	default:
	}
	t := time.NewTimer(l.wait)
	defer t.Stop()
	select {
	case l.slots <- struct{}{}:
		return true
	case <-t.C:
	case <-ctx.Done():
	}
	return false
}

func (l *limiter) release() { <-l.slots }

// busy answers a request that found no free slot.
func (l *limiter) busy(w http.ResponseWriter, what string) {
	retry := int(l.wait.Round(time.Second) / time.Second)
	if retry < 1 {
		retry = 1
	}
	w.Header().Set("Retry-After", strconv.Itoa(retry))
	writeJSON(w, http.StatusServiceUnavailable, errorBody{fmt.Sprintf(
		"the server is busy: %d %s already running, the most it runs at once (--max-queries); retry in %ds",
		cap(l.slots), what, retry)})
}

// watchdog samples the heap while queries run and stops all of them when
// it passes the budget. Go cannot say which goroutine allocated what, so
// every running query is stopped; the server itself stays up.
type watchdog struct {
	budget uint64
	every  time.Duration

	mu      sync.Mutex
	runs    map[*context.CancelCauseFunc]struct{}
	running bool // the sampling goroutine
	tripped bool // memory to give back once the runs have ended
	peak    uint64
}

func newWatchdog(budget uint64) *watchdog {
	return &watchdog{budget: budget, every: 5 * time.Millisecond, runs: map[*context.CancelCauseFunc]struct{}{}}
}

const heapMetric = "/memory/classes/heap/objects:bytes"

func heapBytes() uint64 {
	s := []metrics.Sample{{Name: heapMetric}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// watch adds a running query, whose cancel is called with errMemory if the
// budget is passed; the returned func removes it.
func (d *watchdog) watch(cancel context.CancelCauseFunc) (done func()) {
	key := &cancel
	d.mu.Lock()
	d.runs[key] = struct{}{}
	if !d.running {
		d.running = true
		go d.loop()
	}
	d.mu.Unlock()
	return func() {
		d.mu.Lock()
		delete(d.runs, key)
		release := d.tripped && len(d.runs) == 0
		if release {
			d.tripped = false
		}
		d.mu.Unlock()
		if release {
			// Collect what the stopped programs left before their slots
			// are given to others, whom it would trip next; and give the
			// memory back, which the runtime would otherwise keep.
			debug.FreeOSMemory()
		}
	}
}

func (d *watchdog) loop() {
	t := time.NewTicker(d.every)
	defer t.Stop()
	for range t.C {
		heap := heapBytes()
		d.mu.Lock()
		d.peak = max(d.peak, heap)
		d.mu.Unlock()
		d.mu.Lock()
		if len(d.runs) == 0 {
			d.running = false
			d.mu.Unlock()
			return
		}
		if heap > d.budget {
			d.tripped = true
			for c := range d.runs {
				(*c)(errMemory)
			}
		}
		d.mu.Unlock()
	}
}

// PeakHeap is the largest heap the watchdog has seen while queries ran.
func (h *Handler) PeakHeap() uint64 {
	h.watchdog.mu.Lock()
	defer h.watchdog.mu.Unlock()
	return h.watchdog.peak
}

// bound derives the context a query runs under: ended by the request, the
// time limit, or the watchdog. The returned func must be called when the
// query ends.
func (h *Handler) bound(ctx context.Context) (context.Context, func()) {
	ctx, cancelCause := context.WithCancelCause(ctx)
	ctx, cancelTimeout := context.WithTimeoutCause(ctx, h.cfg.Timeout, errTimeout)
	unwatch := h.watchdog.watch(cancelCause)
	return ctx, func() {
		unwatch()
		cancelTimeout()
		cancelCause(context.Canceled)
	}
}

// statusOf maps the end of a bounded query to an HTTP status and message,
// or reports false when it ended for its own reasons.
func (h *Handler) statusOf(ctx context.Context, r *http.Request) (int, string, bool) {
	if ctx.Err() == nil {
		return 0, "", false
	}
	switch cause := context.Cause(ctx); {
	case errors.Is(cause, errTimeout):
		return http.StatusGatewayTimeout, fmt.Sprintf("query timed out after %v (the server's --timeout)", h.cfg.Timeout), true
	case errors.Is(cause, errMemory):
		return http.StatusServiceUnavailable, fmt.Sprintf(
			"query stopped: the server's heap passed its memory budget of %d MiB while it ran (--max-memory); a program that builds ever larger values cannot finish here",
			h.cfg.MemoryBudget>>20), true
	case r.Context().Err() != nil:
		// The client is gone; nobody reads this, but the log shows it.
		return 499, "client closed the request", true
	default:
		return http.StatusInternalServerError, cause.Error(), true
	}
}
