package store

import (
	"os"
	"strconv"
	"sync/atomic"
	"syscall"
)

// crashAfterRemovals is a hook for the crash tests alone (TestLoadKilled in
// cmd/entente): with ENTENTE_CRASH_AFTER_REMOVALS=N in its environment,
// the process SIGKILLs itself right after the Nth transaction that removes
// changed articles' old quads, before the one that adds their new ones, so
// that a test hits that window every time rather than by luck. Unset, as
// in every normal run, it is zero and the hook does nothing.
var crashAfterRemovals, removals int64

func init() {
	if v := os.Getenv("ENTENTE_CRASH_AFTER_REMOVALS"); v != "" {
		crashAfterRemovals, _ = strconv.ParseInt(v, 10, 64)
	}
}

// removedOld is called after each transaction that removes old quads of
// replaced articles.
func removedOld() {
	if crashAfterRemovals > 0 && atomic.AddInt64(&removals, 1) == crashAfterRemovals {
		syscall.Kill(os.Getpid(), syscall.SIGKILL)
		select {} // the signal is on its way
	}
}
