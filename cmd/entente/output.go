package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/entente/entente/queries"
)

// Output formats of the commands that print rows.
const (
	formatTable = "table"
	formatJSON  = "json"
	formatCSV   = "csv"
)

// checkFormat returns a usage error unless f is one of allowed.
func checkFormat(f string, allowed ...string) error {
	for _, a := range allowed {
		if f == a {
			return nil
		}
	}
	return usageError{fmt.Errorf("unknown --format %q (use %s)", f, strings.Join(allowed, ", "))}
}

// printer writes query results in one format.
type printer interface {
	Print(res *queries.Result) error
}

// newPrinter chooses the printer for format, once per command. Rows go to
// w; remarks for the person reading, such as "(no results)", go to errw.
func newPrinter(w, errw io.Writer, format string) printer {
	switch format {
	case formatJSON:
		return jsonPrinter{w}
	case formatCSV:
		return csvPrinter{w}
	default:
		return tablePrinter{w, errw}
	}
}

// tablePrinter aligns the result's columns for a person to read.
type tablePrinter struct{ w, errw io.Writer }

func (p tablePrinter) Print(res *queries.Result) error {
	if len(res.Rows) == 0 {
		// Not on w: a script reading the table sees no rows, not a row
		// that says so.
		_, err := fmt.Fprintln(p.errw, "(no results)")
		return err
	}
	tw := tabwriter.NewWriter(p.w, 0, 0, 2, ' ', 0)
	head := make([]string, len(res.Columns))
	for i, c := range res.Columns {
		head[i] = strings.ToUpper(c)
	}
	fmt.Fprintln(tw, strings.Join(head, "\t"))
	for _, r := range res.Rows {
		cells := make([]string, len(res.Columns))
		for i, c := range res.Columns {
			cells[i] = strings.ReplaceAll(queries.Cell(r, c, ", "), "\t", " ")
		}
		fmt.Fprintln(tw, strings.Join(cells, "\t"))
	}
	return tw.Flush()
}

// jsonPrinter writes the rows as one JSON array of objects.
type jsonPrinter struct{ w io.Writer }

func (p jsonPrinter) Print(res *queries.Result) error {
	rows := res.Rows
	if rows == nil {
		rows = []any{}
	}
	enc := json.NewEncoder(p.w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false) // IRIs read "<entity:russia>", not "\u003centity:russia\u003e"
	return enc.Encode(rows)
}

// csvPrinter writes a header line and a line per row; lists are joined by "; ".
type csvPrinter struct{ w io.Writer }

func (p csvPrinter) Print(res *queries.Result) error {
	cw := csv.NewWriter(p.w)
	cw.Write(res.Columns)
	for _, r := range res.Rows {
		rec := make([]string, len(res.Columns))
		for i, c := range res.Columns {
			rec[i] = queries.Cell(r, c, "; ")
		}
		cw.Write(rec)
	}
	cw.Flush()
	return cw.Error()
}

// helpWidth is the width the help is written for: an 80-column terminal,
// less a margin so that nothing touches the edge.
const helpWidth = 79

// wrap breaks text into lines of at most width runes, at spaces.
func wrap(text string, width int) []string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(text) {
		switch {
		case line == "":
			line = w
		case utf8.RuneCountInString(line)+1+utf8.RuneCountInString(w) > width:
			lines = append(lines, line)
			line = w
		default:
			line += " " + w
		}
	}
	return append(lines, line)
}

// isTerminal reports whether w is a terminal, to decide on progress lines.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// countOf writes n with the noun in the number it takes: "1 entity",
// "27 entities".
func countOf(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
