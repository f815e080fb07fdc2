// Name: envoys
// Question: Who are the envoys, whom do they represent and where are they posted (all, or those of ENTITY)?
// Params: [entity]
// Columns: entity predicate object count articles
//
// envoy-of (the state or body an envoy represents) and envoy-to (where the
// envoy is posted or what file the envoy covers) facts: all of them, or,
// given ENTITY, those with ENTITY at either end, whether it is the envoy,
// the state represented or the posting. "entity" is the envoy. One row per
// fact with its articles. Leave "entity" empty ("") for every envoy.
var p = {"entity": "<entity:iran>"};

// into lists the entities with a fact of one of predicates pointing at x:
// one index scan a predicate, which beats one scan of all that points at x.
function into(x, predicates) {
  var seen = {};
  predicates.forEach(function (pr) {
    g.V(x).In(pr).Unique().ToArray().forEach(function (y) { seen[y] = true; });
  });
  return Object.keys(seen);
}

var predicates = ["<envoy-of>", "<envoy-to>"];

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

// The envoys: ENTITY and whoever has an envoy fact pointing at ENTITY, or
// the subject of every envoy fact node.
var envoys = {};
if (p.entity) {
  envoys[p.entity] = true;
  into(p.entity, predicates).forEach(function (x) { envoys[x] = true; });
} else {
  predicates.forEach(function (pr) {
    g.V(pr).In("<predicate>").Save("<subject>", "envoy").TagArray().forEach(function (d) { envoys[d.envoy] = true; });
  });
}

var rows = [];
Object.keys(envoys).forEach(function (x) {
  predicates.forEach(function (pr) {
    var by = outOf(x, pr);
    Object.keys(by).forEach(function (y) {
      if (p.entity && x != p.entity && y != p.entity) return;
      var list = by[y].sort();
      var who = name(x), what = name(y);
      rows.push({
        entity: who, predicate: pr.slice(1, -1), object: what, count: list.length, articles: list,
        source: x, target: y, source_label: who, target_label: what
      });
    });
  });
});

rows.sort(function (a, b) {
  return a.entity < b.entity ? -1 : a.entity > b.entity ? 1 :
    a.predicate < b.predicate ? -1 : a.predicate > b.predicate ? 1 : a.object < b.object ? -1 : 1;
}).forEach(function (row) { g.Emit(row); });
