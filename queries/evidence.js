// Name: evidence
// Question: Which facts link A and B, and which sentences of which articles state them?
// Params: a b
// Columns: subject predicate object article evidence
//
// Every fact between A and B, either way round, with each supporting
// sentence: one row per fact, article and sentence, by article.
var p = {"a": "<entity:russia>", "b": "<entity:bashar-al-assad>"};

// names maps entity IRIs to canonical names.
function names(iris) {
  var out = {};
  iris.forEach(function (x) { out[x] = g.V(x).Out("<name>").ToArray()[0]; });
  return out;
}

// file is the article's file name: the node is <article:NAME>, NAME path-escaped.
function file(article) { return decodeURIComponent(article.slice(9, -1)); }

var name = names([p.a, p.b]);
var rows = [];

// One result per fact, article and sentence; Saves only, no Back.
function collect(s, o) {
  g.V(s).In("<subject>").Has("<object>", o)
    .Save("<predicate>", "predicate").Save("<evidence>", "evidence").Save("<article>", "article").TagArray()
    .forEach(function (d) {
      rows.push({
        subject: name[s], predicate: d.predicate.slice(1, -1), object: name[o],
        article: file(d.article), evidence: d.evidence,
        source: s, target: o, source_label: name[s], target_label: name[o]
      });
    });
}

collect(p.a, p.b);
if (p.a != p.b) collect(p.b, p.a);

rows.sort(function (x, y) {
  return x.article < y.article ? -1 : x.article > y.article ? 1 : x.predicate < y.predicate ? -1 : x.predicate > y.predicate ? 1 : x.evidence < y.evidence ? -1 : 1;
}).forEach(function (row) { g.Emit(row); });
