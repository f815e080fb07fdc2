package main

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/spf13/cobra"
)

// TestHelpFitsTheTerminal checks that no line of the long help of any of
// entente's commands wraps on an 80-column terminal. Examples are command
// lines, which may be longer; cobra's own commands are cobra's text.
func TestHelpFitsTheTerminal(t *testing.T) {
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		if c.Name() == "completion" || c.Name() == "help" {
			return
		}
		for i, line := range strings.Split(c.Long, "\n") {
			if n := utf8.RuneCountInString(line); n > helpWidth {
				t.Errorf("%s: line %d of the help is %d columns wide:\n%s", c.CommandPath(), i+1, n, line)
			}
		}
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(newRootCmd(&globals{}))
}
