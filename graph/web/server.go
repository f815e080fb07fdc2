package web

import (
	"net/http"
	"time"
)

// Defaults of the server's connection timeouts.
const (
	DefaultReadHeaderTimeout = 5 * time.Second
	// DefaultReadTimeout bounds reading a whole request: a 1 MiB program
	// arrives well within it on any link a colleague uses.
	DefaultReadTimeout = 20 * time.Second
	DefaultIdleTimeout = 60 * time.Second
)

// Server returns an HTTP server for h whose connections are bounded: a
// client that trickles its headers or body, or idles, is cut off, and no
// answer is written for longer than a query may run.
func (h *Handler) Server() *http.Server {
	c := h.cfg
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: orDefault(c.ReadHeaderTimeout, DefaultReadHeaderTimeout),
		ReadTimeout:       orDefault(c.ReadTimeout, DefaultReadTimeout),
		WriteTimeout:      orDefault(c.ReadTimeout, DefaultReadTimeout) + c.QueueWait + c.Timeout + 10*time.Second,
		IdleTimeout:       orDefault(c.IdleTimeout, DefaultIdleTimeout),
		MaxHeaderBytes:    64 << 10,
	}
}

func orDefault(d, def time.Duration) time.Duration {
	if d > 0 {
		return d
	}
	return def
}
