// Name: entity
// Question: What is NAME: its canonical name, type and aliases, and every fact about it?
// Params: name
// Columns: entity type aliases predicate direction count articles
//
// The first row describes NAME itself: canonical name, type, aliases,
// Wikidata ID, and the articles that mention it (predicate and direction
// empty). Then one row per fact in or out of NAME, with the entity at the
// other end: direction "out" when NAME is the subject, "in" when it is the
// object, "both" for symmetric predicates. Fact rows carry source and target.
var p = {"name": "<entity:iran>"};

// into lists the entities with a fact of one of predicates pointing at x:
// one index scan a predicate, which beats one scan of all that points at x.
function into(x, predicates) {
  var seen = {};
  predicates.forEach(function (pr) {
    g.V(x).In(pr).Unique().ToArray().forEach(function (y) { seen[y] = true; });
  });
  return Object.keys(seen);
}

var predicates = ["<president-of>", "<prime-minister-of>", "<foreign-minister-of>", "<defense-minister-of>",
  "<head-of>", "<spokesperson-of>", "<envoy-of>", "<envoy-to>", "<part-of>", "<member-of>",
  "<allied-with>", "<supports>", "<cooperates-with>", "<fights>", "<opposes>",
  "<spoke-with>", "<met-with>", "<congratulated>", "<thanked>", "<brokered>", "<signed>"];
var symmetric = { "<allied-with>": true, "<cooperates-with>": true, "<fights>": true, "<spoke-with>": true, "<met-with>": true };

// file is the article's file name: the node is <article:NAME>, NAME path-escaped.
function file(article) { return decodeURIComponent(article.slice(9, -1)); }

// articles lists the articles stating "s predicate o": the labels of the
// direct fact edges (LabelContext(g.V(), ...) admits any label and tags it),
// read from s's subject-predicate index, the fast one.
function articles(s, predicate, o) {
  return g.V(s).LabelContext(g.V(), "article").Out(predicate).Is(o).TagArray()
    .map(function (d) { return file(d.article); });
}

// outOf groups the facts "s predicate X" by X, each with its articles: one
// read of s's subject-predicate index, every quad with its label.
function outOf(s, predicate) {
  var by = {};
  g.V(s).LabelContext(g.V(), "article").Out(predicate).TagArray().forEach(function (d) {
    (by[d.id] || (by[d.id] = [])).push(file(d.article));
  });
  return by;
}

function first(x, predicate) { return g.V(x).Out(predicate).ToArray()[0]; }

var self = first(p.name, "<name>");
if (self !== undefined) {
  // One scan of the quads into NAME: the articles that mention it and the
  // subjects of its facts.
  var mentions = [];
  var subjects = [];
  into(p.name, ["<mentions>"].concat(predicates)).forEach(function (x) {
    if (x.indexOf("<article:") == 0) mentions.push(file(x)); else subjects.push(x);
  });
  mentions.sort();
  g.Emit({
    entity: self, type: (first(p.name, "<type>") || "").slice(1, -1),
    aliases: g.V(p.name).Out("<alias>").Unique().ToArray().sort(), wikidata: first(p.name, "<wikidata>") || "",
    predicate: "", direction: "", count: mentions.length, articles: mentions
  });

  var rows = [];
  var add = function (other, predicate, direction, s, o, list) {
    if (!list.length) return;
    list.sort();
    var n = first(other, "<name>");
    var row = {
      entity: n, type: (first(other, "<type>") || "").slice(1, -1), predicate: predicate.slice(1, -1),
      direction: symmetric[predicate] ? "both" : direction, count: list.length, articles: list, source: s, target: o
    };
    row.source_label = s == p.name ? self : n;
    row.target_label = s == p.name ? n : self;
    rows.push(row);
  };
  subjects.forEach(function (x) {
    predicates.forEach(function (pr) { add(x, pr, "in", x, p.name, articles(x, pr, p.name)); });
  });
  predicates.forEach(function (pr) {
    var by = outOf(p.name, pr);
    Object.keys(by).forEach(function (x) { add(x, pr, "out", p.name, x, by[x]); });
  });

  var rank = { out: 0, "in": 1, both: 2 };
  rows.sort(function (a, b) {
    return rank[a.direction] - rank[b.direction] ||
      (a.predicate < b.predicate ? -1 : a.predicate > b.predicate ? 1 : a.entity < b.entity ? -1 : a.entity > b.entity ? 1 : 0);
  }).forEach(function (row) { g.Emit(row); });
}
