// Name: contacts
// Question: Whom did PERSON speak with or meet, when, and according to which articles?
// Params: person
// Columns: entity predicate count dates articles
//
// spoke-with and met-with facts, which are symmetric, with PERSON at either
// end: one row per partner and predicate, with the articles that state it
// and the dates of those articles where they give one (an article states
// facts about the entities it mentions).
var p = {"person": "<entity:vladimir-putin>"};

// into lists the entities with a fact of one of predicates pointing at x:
// one index scan a predicate, which beats one scan of all that points at x.
function into(x, predicates) {
  var seen = {};
  predicates.forEach(function (pr) {
    g.V(x).In(pr).Unique().ToArray().forEach(function (y) { seen[y] = true; });
  });
  return Object.keys(seen);
}

var predicates = ["<spoke-with>", "<met-with>"];

// articles lists the articles stating "s predicate o", as article nodes:
// the labels of the direct fact edges, read from s's subject-predicate
// index, the fast one.
function articles(s, predicate, o) {
  return g.V(s).LabelContext(g.V(), "article").Out(predicate).Is(o).TagArray()
    .map(function (d) { return d.article; });
}

// file is the article's file name: the node is <article:NAME>, NAME path-escaped.
// outOf groups the facts "s predicate X" by X, each with its article nodes:
// one read of s's subject-predicate index, every quad with its label.
function outOf(s, predicate) {
  var by = {};
  g.V(s).LabelContext(g.V(), "article").Out(predicate).TagArray().forEach(function (d) {
    (by[d.id] || (by[d.id] = [])).push(d.article);
  });
  return by;
}

function file(article) { return decodeURIComponent(article.slice(9, -1)); }

function name(x) { return g.V(x).Out("<name>").ToArray()[0]; }

var found = [];
function add(other, predicate, list) {
  if (list.length) found.push({ other: other, predicate: predicate, articles: list });
}

// One scan of the quads into PERSON finds the subjects of its contacts;
// each contact's articles then come from the subject's side.
into(p.person, predicates).forEach(function (x) {
  predicates.forEach(function (pr) { add(x, pr, articles(x, pr, p.person)); });
});
predicates.forEach(function (pr) {
  var by = outOf(p.person, pr);
  Object.keys(by).forEach(function (x) { add(x, pr, by[x]); });
});

// The dates of the articles that mention PERSON, which include every
// article stating one of its facts.
var date = {};
if (found.length) {
  g.V(p.person).In("<mentions>").Save("<date>", "date").TagArray().forEach(function (d) { date[d.id] = d.date; });
}

found.map(function (f) {
  var dates = {};
  f.articles.forEach(function (a) { if (date[a]) dates[date[a]] = true; });
  var n = name(f.other), label = name(p.person);
  return {
    entity: n, predicate: f.predicate.slice(1, -1), count: f.articles.length,
    dates: Object.keys(dates).sort(), articles: f.articles.map(file).sort(),
    source: p.person, target: f.other, source_label: label, target_label: n
  };
}).sort(function (a, b) {
  return b.count - a.count || (a.entity < b.entity ? -1 : a.entity > b.entity ? 1 : a.predicate < b.predicate ? -1 : 1);
}).forEach(function (row) { g.Emit(row); });
