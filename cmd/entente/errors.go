package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/entente/entente/graph/store"
	"github.com/entente/entente/queries"
)

// Exit statuses; see "EXIT STATUS" in 'entente --help'.
const (
	exitOK      = 0
	exitFailure = 1
	exitUsage   = 2
)

// usageError marks an error the user can fix by changing the command line.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

// errSilent is returned by a command that has already reported its
// failures (such as 'load' naming each file it could not read).
var errSilent = errors.New("failed")

// exitCode maps an error to the exit status documented in the help. It is
// the one place that does.
func exitCode(err error) int {
	var (
		usage     usageError
		notFound  *store.NotFoundError
		ambiguous *store.AmbiguousError
		argErr    *queries.ArgError
	)
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &usage), errors.As(err, &notFound), errors.As(err, &ambiguous), errors.As(err, &argErr),
		isCobraUsage(err):
		return exitUsage
	default:
		return exitFailure
	}
}

// isCobraUsage recognises the argument errors cobra makes itself.
func isCobraUsage(err error) bool {
	msg := err.Error()
	return strings.HasPrefix(msg, "unknown command") || strings.HasPrefix(msg, "accepts ") ||
		strings.HasPrefix(msg, "requires at least") || strings.HasPrefix(msg, "unknown flag") ||
		strings.HasPrefix(msg, "unknown shorthand flag")
}

// report prints err, if any, and returns the exit status for it.
func report(w io.Writer, err error) int {
	code := exitCode(err)
	if err != nil && !errors.Is(err, errSilent) {
		fmt.Fprintf(w, "entente: %v\n", err)
		if code == exitUsage && !strings.Contains(err.Error(), "--help") {
			fmt.Fprintln(w, "Run 'entente --help' for usage.")
		}
	}
	return code
}
