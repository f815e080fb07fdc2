// Name: supporters
// Question: Who supports or is allied with ENTITY?
// Params: entity
// Columns: entity predicate count articles
//
// Facts "X supports ENTITY" and "X allied-with ENTITY" (in either
// direction, as allied-with is symmetric), one row per supporter and
// predicate with the articles that state it. Tags source and target, so
// Cayley's Visualize page draws the answer.
var p = {"entity": "<entity:bashar-al-assad>"};

// into lists the entities with a fact of one of predicates pointing at x:
// one index scan a predicate, which beats one scan of all that points at x.
function into(x, predicates) {
  var seen = {};
  predicates.forEach(function (pr) {
    g.V(x).In(pr).Unique().ToArray().forEach(function (y) { seen[y] = true; });
  });
  return Object.keys(seen);
}

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
function add(who, predicate, list) {
  list.sort();
  if (list.length) {
    var n = name(who);
    rows.push({
      entity: n, predicate: predicate.slice(1, -1), count: list.length, articles: list,
      source: who, target: p.entity, source_label: n, target_label: label
    });
  }
}

// One scan of the quads into ENTITY finds the supporters; then each tie's
// articles come from the supporter's side.
into(p.entity, ["<supports>", "<allied-with>"]).forEach(function (x) {
  add(x, "<supports>", articles(x, "<supports>", p.entity));
  add(x, "<allied-with>", articles(x, "<allied-with>", p.entity));
});
var allies = outOf(p.entity, "<allied-with>");
Object.keys(allies).forEach(function (x) { add(x, "<allied-with>", allies[x]); });

rows.sort(function (a, b) {
  return b.count - a.count || (a.entity < b.entity ? -1 : a.entity > b.entity ? 1 : a.predicate < b.predicate ? -1 : 1);
}).forEach(function (row) { g.Emit(row); });
