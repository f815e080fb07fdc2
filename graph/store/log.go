package store

import (
	"fmt"
	"io"
	"os"
	"regexp"

	"github.com/cayleygraph/cayley/clog"
)

// Cayley logs through clog, and some of what it logs names the database
// it connects to: "Couldn't open database at postgres://kg:secret@…".
// Entente installs a logger that writes Cayley's messages to standard
// error with every URL's password taken out, so that no secret reaches a
// log.
func init() { clog.SetLogger(redactingLogger{}) }

// logOutput is where Cayley's messages go; tests replace it.
var logOutput io.Writer = os.Stderr

// userinfo matches the user and password of a URL: "//kg:secret@".
var userinfo = regexp.MustCompile(`(//[^/:@\s]*):[^@/\s]*@`)

// Redact takes the password out of every URL in s.
func Redact(s string) string { return userinfo.ReplaceAllString(s, "$1:xxxxx@") }

type redactingLogger struct{}

func (redactingLogger) write(level, format string, args []any) {
	fmt.Fprintf(logOutput, "cayley: %s: %s\n", level, Redact(fmt.Sprintf(format, args...)))
}

// Cayley's informational and verbose messages say nothing an Entente
// user needs.
func (redactingLogger) Infof(string, ...any) {}
func (redactingLogger) V(int) bool           { return false }
func (redactingLogger) SetV(int)             {}

func (l redactingLogger) Warningf(format string, args ...any) { l.write("warning", format, args) }
func (l redactingLogger) Errorf(format string, args ...any)   { l.write("error", format, args) }
func (l redactingLogger) Fatalf(format string, args ...any) {
	l.write("fatal", format, args)
	os.Exit(1)
}
