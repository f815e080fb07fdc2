// Name: adversaries
// Question: Who does ENTITY fight or oppose, and who fights or opposes it?
// Params: entity
// Columns: entity predicate direction count articles
//
// fights ties (symmetric: direction "both"), and opposes either way: "in"
// when the other entity opposes ENTITY, "out" when ENTITY opposes it.
// One row per tie with the articles that state it.
var p = {"entity": "<entity:israel>"};

// into lists the entities with a fact of one of predicates pointing at x:
// one index scan a predicate, which beats one scan of all that points at x.
function into(x, predicates) {
  var seen = {};
  predicates.forEach(function (pr) {
    g.V(x).In(pr).Unique().ToArray().forEach(function (y) { seen[y] = true; });
  });
  return Object.keys(seen);
}

var directed = ["<opposes>"];
var symmetric = ["<fights>"];

// articles lists the articles stating "s predicate o": the labels of the
// direct fact edges (LabelContext(g.V(), ...) admits any label and tags it),
// read from s's subject-predicate index, the fast one.
function articles(s, predicate, o) {
  return g.V(s).LabelContext(g.V(), "article").Out(predicate).Is(o).TagArray()
    .map(function (d) { return decodeURIComponent(d.article.slice(9, -1)); }); // <article:NAME>
}

// outOf groups the facts "s predicate X" by X, each with its articles: one
// read of s's subject-predicate index, every quad with its label.
function outOf(s, predicate) {
  var by = {};
  g.V(s).LabelContext(g.V(), "article").Out(predicate).TagArray().forEach(function (d) {
    (by[d.id] || (by[d.id] = [])).push(decodeURIComponent(d.article.slice(9, -1))); // <article:NAME>
  });
  return by;
}

function name(x) { return g.V(x).Out("<name>").ToArray()[0]; }

var label = name(p.entity);
var rows = [];
function add(other, predicate, direction, list) {
  list.sort();
  if (list.length) {
    var n = name(other);
    var row = {
      entity: n, predicate: predicate.slice(1, -1), direction: direction, count: list.length, articles: list,
      source: direction == "out" ? p.entity : other, target: direction == "out" ? other : p.entity
    };
    row.source_label = direction == "out" ? label : n;
    row.target_label = direction == "out" ? n : label;
    rows.push(row);
  }
}

// One scan of the quads into ENTITY finds who points at it; each tie's
// articles then come from the subject's side.
into(p.entity, directed.concat(symmetric)).forEach(function (x) {
  directed.forEach(function (pr) { add(x, pr, "in", articles(x, pr, p.entity)); });
  symmetric.forEach(function (pr) { add(x, pr, "both", articles(x, pr, p.entity)); });
});
directed.concat(symmetric).forEach(function (pr) {
  var by = outOf(p.entity, pr);
  Object.keys(by).forEach(function (x) { add(x, pr, directed.indexOf(pr) >= 0 ? "out" : "both", by[x]); });
});

rows.sort(function (a, b) {
  return b.count - a.count || (a.entity < b.entity ? -1 : a.entity > b.entity ? 1 :
    a.predicate < b.predicate ? -1 : a.predicate > b.predicate ? 1 : a.direction < b.direction ? -1 : 1);
}).forEach(function (row) { g.Emit(row); });
