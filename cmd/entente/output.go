package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"

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

// newPrinter chooses the printer for format, once per command.
func newPrinter(w io.Writer, format string) printer {
	switch format {
	case formatJSON:
		return jsonPrinter{w}
	case formatCSV:
		return csvPrinter{w}
	default:
		return tablePrinter{w}
	}
}

// tablePrinter aligns the result's columns for a person to read.
type tablePrinter struct{ w io.Writer }

func (p tablePrinter) Print(res *queries.Result) error {
	if len(res.Rows) == 0 {
		_, err := fmt.Fprintln(p.w, "(no results)")
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

// isTerminal reports whether w is a terminal, to decide on progress lines.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
