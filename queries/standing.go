package queries

import (
	"fmt"

	"github.com/entente/entente/graph"
)

// standingPrelude is the part of the prelude about the catalog's standing
// facts (graph/standing.go): their direct edges carry the catalog node as
// their label, where an article's carry the article, and their fact nodes
// have it as <article>. Rows built on one say so ("catalog": true, and
// "catalog" first among their articles, counted in none); the option
// "articles_only" leaves them out, as --articles-only does.
var standingPrelude = fmt.Sprintf(`
// The catalog's standing facts (graph/standing.go) carry CATALOG where an
// article's facts carry the article: the label of the direct edge, the
// <article> of the fact node. A row built on one says so (catalog: true,
// and CATALOG_NAME first among its articles, counted in none); p.articles_only
// leaves them out: kept tells which sources stay.
var CATALOG = %q;
var CATALOG_NAME = %q;
function isCatalog(x) { return x == CATALOG; }
function articlesOnly() { return typeof p == "object" && p.articles_only === true; }
function kept(source) { return !isCatalog(source) || !articlesOnly(); }

// fromCatalog marks row as built on a standing fact when list, the sources
// of its fact, holds the catalog, and returns the articles of list. Such a
// row's fact holds at any date: STANDING lists them for emit.
var STANDING = [];
function fromCatalog(row, list) {
  var rest = list.filter(function (a) { return !isCatalog(a); });
  if (rest.length < list.length && !articlesOnly()) {
    row.catalog = true;
    STANDING.push(row);
  }
  return rest;
}

// marked marks a row that rests on a standing fact beside its own (an
// official of a body the catalog puts inside the state).
function marked(row) {
  row.catalog = true;
  if (row.articles && row.articles[0] != CATALOG_NAME) row.articles.unshift(CATALOG_NAME);
  return row;
}
`, graph.CatalogNode.String(), graph.CatalogName)
