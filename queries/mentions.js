// Name: mentions
// Question: Which articles mention ENTITY?
// Params: entity
// Columns: article title date
//
// Every article that names ENTITY, by any of its names, with its title and
// date where the article gives them; newest first, undated last. Each row
// also names ENTITY under "entity" and its article under "articles", as
// every canned query's rows do.
var p = {"entity": "<entity:ali-shamkhani>"};

// file is the article's file name: the node is <article:NAME>, NAME path-escaped.
function file(article) { return decodeURIComponent(article.slice(9, -1)); }

var label = g.V(p.entity).Out("<name>").ToArray()[0];

g.V(p.entity).In("<mentions>").SaveOpt("<title>", "title").SaveOpt("<date>", "date").TagArray()
  .map(function (d) {
    var f = file(d.id);
    return {
      article: f, title: d.title || "", date: d.date || "", entity: label, articles: [f],
      source: d.id, target: p.entity, source_label: d.title || f, target_label: label
    };
  })
  .sort(function (a, b) {
    return a.date != b.date ? (a.date > b.date ? -1 : 1) : (a.article < b.article ? -1 : a.article > b.article ? 1 : 0);
  })
  .forEach(function (row) { g.Emit(row); });
