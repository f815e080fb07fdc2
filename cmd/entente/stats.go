package main

import (
	"encoding/json"
	"fmt"

	"github.com/spf13/cobra"
)

type statsOptions struct {
	*globals
	format string
}

func newStatsCmd(g *globals) *cobra.Command {
	o := &statsOptions{globals: g}
	cmd := &cobra.Command{
		Use:   "stats",
		Short: "Count the articles, entities, facts and quads in the store",
		Long: `Stats counts what the store holds:

  articles  articles loaded
  entities  entities at least one article mentions
  facts     facts, counting a fact once for each article that states it
  edges     distinct subject-predicate-object facts, however many articles
  quads     Cayley quads, provenance included

The counts are kept as the store is written (on the node <entente:store>),
so stats answers at once however large the store; a store written by an
entente older than the counts is counted by a pass over it.`,
		Example: `  entente stats
  entente stats --format json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkFormat(o.format, formatTable, formatJSON); err != nil {
				return err
			}
			s, err := o.openStore()
			if err != nil {
				return err
			}
			defer s.Close()
			st, err := s.Stats(cmd.Context())
			if err != nil {
				return err
			}
			if o.format == formatJSON {
				enc := json.NewEncoder(o.stdout)
				enc.SetIndent("", "  ")
				return enc.Encode(st)
			}
			_, err = fmt.Fprintf(o.stdout, "articles  %d\nentities  %d\nfacts     %d\nedges     %d\nquads     %d\n",
				st.Articles, st.Entities, st.Facts, st.Edges, st.Quads)
			return err
		},
	}
	cmd.Flags().StringVarP(&o.format, flagFormat, "f", formatTable, "output format: table or json")
	return cmd
}
