package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/cayleygraph/quad/nquads"
	"github.com/spf13/cobra"
)

// exportFormats maps file extensions to export formats.
var exportFormats = map[string]string{
	".nq":     formatNQuads,
	".nquads": formatNQuads,
}

type exportOptions struct {
	*globals
	format string
	output string
}

func newExportCmd(g *globals) *cobra.Command {
	o := &exportOptions{globals: g}
	cmd := &cobra.Command{
		Use:   "export [--format FORMAT] [-o FILE|-]",
		Short: "Write the graph out for other tools",
		Long: `Export writes the whole store in a format other tools read.

  nquads   every quad, labels (articles) included; 'cayley load' re-reads it

The format comes from --format, else from the extension of -o (.nq,
.nquads). Without -o, or with "-o -", the export goes to standard output.`,
		Example: `  entente export --format nquads -o graph.nq
  entente export -o graph.nq && cayley load --db bolt --dbpath copy.db -i graph.nq`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error { return o.run() },
	}
	cmd.Flags().StringVarP(&o.format, flagFormat, "f", "", "nquads (default: from the -o extension)")
	cmd.Flags().StringVarP(&o.output, flagOutput, "o", "-", "write to this file; - is standard output")
	return cmd
}

func (o *exportOptions) run() error {
	format := o.format
	if format == "" {
		format = exportFormats[strings.ToLower(filepath.Ext(o.output))]
		if format == "" {
			if o.output != "-" {
				return usageError{fmt.Errorf("cannot tell the format from %q: give --format", o.output)}
			}
			format = formatNQuads
		}
	}
	if err := checkFormat(format, formatNQuads); err != nil {
		return err
	}
	s, err := o.openStore()
	if err != nil {
		return err
	}
	defer s.Close()

	var w io.Writer = o.stdout
	var f *os.File
	if o.output != "-" {
		if f, err = os.Create(o.output); err != nil {
			return err
		}
		defer f.Close()
		w = f
	}
	bw := bufio.NewWriter(w)
	n, err := s.Dump(nquads.NewWriter(bw))
	if err == nil {
		err = bw.Flush()
	}
	if err == nil && f != nil {
		err = f.Close()
	}
	if err != nil {
		return err
	}
	if o.output != "-" {
		fmt.Fprintf(o.stderr, "wrote %d quads to %s\n", n, o.output)
	}
	return nil
}
