package main

import (
	"errors"
	"fmt"
	"io"
	"net"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/entente/entente/graph/store"
	"github.com/entente/entente/queries"
)

// Exit statuses; see "EXIT STATUS" in 'entente --help'.
const (
	exitOK      = 0
	exitFailure = 1
	exitUsage   = 2
)

// usageError marks an error the user can fix by changing the command line:
// a bad flag, a wrong number of arguments, an unknown query or format.
// Only these are followed by the hint to read the help.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

// errSilent is returned by a command that has already reported its
// failures (such as 'load' naming each file it could not read).
var errSilent = errors.New("failed")

// kind is what an error means to the person who ran the command.
type kind int

const (
	kindOK kind = iota
	// kindFailure: the command line was fine but the work failed (a file
	// unreadable, a store that will not open, a port already taken).
	kindFailure
	// kindUsage: the command line is wrong; the help explains it.
	kindUsage
	// kindNoMatch: a name matches no entity, or several; the message
	// already suggests names, so the help would not help.
	kindNoMatch
)

// classify is the one mapping of errors to their kind. It looks at types
// only, never at message text.
func classify(err error) kind {
	var (
		usage     usageError
		argErr    *queries.ArgError
		notFound  *store.NotFoundError
		ambiguous *store.AmbiguousError
		netErr    *net.OpError
	)
	switch {
	case err == nil:
		return kindOK
	// A port in use is the machine's state, not a mistake in the command
	// line, whatever wraps it.
	case errors.As(err, &netErr):
		return kindFailure
	case errors.As(err, &usage), errors.As(err, &argErr):
		return kindUsage
	case errors.As(err, &notFound), errors.As(err, &ambiguous):
		return kindNoMatch
	default:
		return kindFailure
	}
}

// exitCode maps an error to the exit status documented in the help.
func exitCode(err error) int {
	switch classify(err) {
	case kindOK:
		return exitOK
	case kindUsage, kindNoMatch:
		return exitUsage
	default:
		return exitFailure
	}
}

// report prints err, if any, and returns the exit status for it. cmd is the
// command that failed, so that the hint names its help.
func report(w io.Writer, cmd *cobra.Command, err error) int {
	if err != nil && !errors.Is(err, errSilent) {
		fmt.Fprintf(w, "entente: %v\n", err)
		var netErr *net.OpError
		if errors.Is(err, syscall.EADDRINUSE) && errors.As(err, &netErr) && netErr.Addr != nil {
			fmt.Fprintf(w, "Another program (another 'entente serve'?) listens on %s: stop it, or choose another address with --addr.\n", netErr.Addr)
		}
		if classify(err) == kindUsage {
			path := "entente"
			if cmd != nil {
				path = cmd.CommandPath()
			}
			fmt.Fprintf(w, "Run '%s --help' for usage.\n", path)
		}
	}
	return exitCode(err)
}

// usageArgs makes the argument errors of cmd and of every command under it
// usage errors, so that cobra's own validators (cobra.NoArgs,
// cobra.MinimumNArgs…) need no recognising by their text.
func usageArgs(cmd *cobra.Command) {
	if validate := cmd.Args; validate != nil {
		cmd.Args = func(c *cobra.Command, args []string) error {
			err := validate(c, args)
			if err == nil || errors.As(err, new(usageError)) {
				return err
			}
			return usageError{err}
		}
	}
	for _, sub := range cmd.Commands() {
		usageArgs(sub)
	}
}

// noSubcommand rejects arguments to a command that only groups others, as
// cobra would, but as a usage error.
func noSubcommand(cmd *cobra.Command, args []string) error {
	if len(args) == 0 {
		return nil
	}
	msg := fmt.Sprintf("unknown command %q for %q", args[0], cmd.CommandPath())
	if s := cmd.SuggestionsFor(args[0]); len(s) > 0 {
		msg += fmt.Sprintf("; did you mean %q?", s[0])
	}
	return usageError{errors.New(msg)}
}
