// Name: common-allies
// Question: Who is allied with or supports both A and B?
// Params: a b
// Columns: entity with_a with_b count articles
//
// Entities X with "X supports A" or "X allied-with A" (either direction)
// and the same with B. with_a and with_b list the predicates of each tie;
// articles lists every article stating either tie.
var p = {"a": "<entity:russia>", "b": "<entity:bashar-al-assad>"};

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

// ties maps each supporter or ally of entity to its predicates and articles.
function ties(entity) {
  var out = {};
  function add(x, predicate, list) {
    if (!list.length) return;
    var t = out[x] || (out[x] = { predicates: {}, articles: {} });
    t.predicates[predicate.slice(1, -1)] = true;
    list.forEach(function (a) { t.articles[a] = true; });
  }
  into(entity, ["<supports>", "<allied-with>"]).forEach(function (x) {
    add(x, "<supports>", articles(x, "<supports>", entity));
    add(x, "<allied-with>", articles(x, "<allied-with>", entity));
  });
  var allies = outOf(entity, "<allied-with>");
  Object.keys(allies).forEach(function (x) { add(x, "<allied-with>", allies[x]); });
  return out;
}

var label = g.V(p.a).Out("<name>").ToArray()[0];
var ta = ties(p.a);
var tb = p.a == p.b ? {} : ties(p.b);

Object.keys(ta).filter(function (x) { return tb[x] && x != p.a && x != p.b; }).map(function (x) {
  var all = {};
  Object.keys(ta[x].articles).concat(Object.keys(tb[x].articles)).forEach(function (a) { all[a] = true; });
  var list = Object.keys(all).sort();
  var n = g.V(x).Out("<name>").ToArray()[0];
  return {
    entity: n, with_a: Object.keys(ta[x].predicates).sort(), with_b: Object.keys(tb[x].predicates).sort(),
    count: list.length, articles: list, source: x, target: p.a, source_label: n, target_label: label
  };
}).sort(function (a, b) {
  return b.count - a.count || (a.entity < b.entity ? -1 : a.entity > b.entity ? 1 : 0);
}).forEach(function (row) { g.Emit(row); });
