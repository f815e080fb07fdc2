package main

import (
	"context"
	"sort"
	"strings"
	"time"

	"github.com/cayleygraph/quad"
	"github.com/spf13/cobra"

	"github.com/entente/entente/graph"
	"github.com/entente/entente/queries"
)

// Shell completion ('entente completion bash|zsh|fish|powershell') offers
// query names, --format values, predicates and the entity names the store
// holds. A completion that fails offers nothing rather than an error: the
// shell has no place to show one.

// completeWith offers a fixed list of values with their descriptions, each
// "value" or "value\tdescription".
func completeWith(values ...string) cobra.CompletionFunc {
	return func(cmd *cobra.Command, args []string, toComplete string) ([]string, cobra.ShellCompDirective) {
		return values, cobra.ShellCompDirectiveNoFileComp
	}
}

// completionWait bounds how long completion waits for the store, so that a
// store held by a writer does not freeze the shell.
const completionWait = 3 * time.Second

// entityNames lists the names of the entities in the user's store, canonical
// names and the aliases seen in articles, that start with prefix, ignoring
// case: shells keep only the completions that start with what was typed, so
// "Assad" must be offered as itself. It opens the store read-only and
// returns nothing when it cannot.
func (g *globals) entityNames(ctx context.Context, prefix string) []string {
	s, err := g.openStore()
	if err != nil {
		return nil
	}
	defer s.Close()
	ctx, cancel := context.WithTimeout(ctx, completionWait)
	defer cancel()
	qs := s.QuadStore()
	fold := strings.ToLower(prefix)
	seen := make(map[string]bool)
	var names []string
	// Read the <name> and <alias> quads through the predicate index rather
	// than walking every node.
	for _, pred := range []quad.IRI{graph.PredName, graph.PredAlias} {
		it := qs.QuadIterator(quad.Predicate, qs.ValueOf(pred))
		for it.Next(ctx) {
			name := quad.ToString(qs.Quad(it.Result()).Object)
			if name != "" && !seen[name] && strings.HasPrefix(strings.ToLower(name), fold) {
				seen[name] = true
				names = append(names, name)
			}
		}
		err := it.Err()
		it.Close()
		if err != nil {
			return nil
		}
	}
	sort.Strings(names)
	return names
}

// completeEntities offers entity names from the store.
func (g *globals) completeEntities(cmd *cobra.Command, args []string, toComplete string) ([]string, cobra.ShellCompDirective) {
	return g.entityNames(cmd.Context(), toComplete), cobra.ShellCompDirectiveNoFileComp
}

// completeQuery offers the query names first, then the entities that the
// query's parameters name.
func (o *queryOptions) completeQuery(cmd *cobra.Command, args []string, toComplete string) ([]string, cobra.ShellCompDirective) {
	if o.gizmo != "" {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	if len(args) == 0 {
		out := []string{"list\tlist the canned queries"}
		for _, q := range queries.All() {
			out = append(out, q.Name+"\t"+q.Question)
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	}
	q, ok := queries.Lookup(args[0])
	// A query of one parameter takes a name of several words, so every
	// later word is still a name; one of two takes exactly two.
	if !ok || len(q.Params) == 0 || (len(q.Params) > 1 && len(args) > len(q.Params)) {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	return o.completeEntities(cmd, args, toComplete)
}

// completePredicates offers the predicates for a comma-separated list,
// after those already typed.
func completePredicates(cmd *cobra.Command, args []string, toComplete string) ([]string, cobra.ShellCompDirective) {
	done := ""
	if i := strings.LastIndex(toComplete, ","); i >= 0 {
		done = toComplete[:i+1]
	}
	var out []string
	for _, p := range graph.Vocabulary {
		out = append(out, done+string(p.Predicate)+"\t"+string(p.Predicate.Family()))
	}
	return out, cobra.ShellCompDirectiveNoFileComp | cobra.ShellCompDirectiveNoSpace
}
