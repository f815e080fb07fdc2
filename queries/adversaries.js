// Name: adversaries
// Question: Who does ENTITY fight or oppose, and who fights or opposes it?
// Params: entity
// Columns: entity fact count confidence first_seen last_seen articles
//
// The hostility family: fights ties (symmetric: direction "both"), and
// opposes either way: "in" when the other entity opposes ENTITY, "out" when
// ENTITY opposes it. One row per tie, with the fact as a person reads it,
// how many articles state it, the first and last dates, and the most recent
// few of those articles.
var p = {"entity":"<entity:israel>"};

// ---- prelude: generated from graph/vocab.go and graph/quads.go by 'go generate ./queries'; do not edit ----
// The fact vocabulary (graph.Vocabulary): the predicates of each family, all of
// them, and the symmetric ones, which are stored once and read both ways.
var ROLE = ["<president-of>", "<prime-minister-of>", "<foreign-minister-of>", "<defense-minister-of>", "<head-of>", "<spokesperson-of>", "<envoy-of>", "<envoy-to>", "<part-of>", "<member-of>"];
var ALLIANCE = ["<allied-with>", "<supports>", "<cooperates-with>"];
var HOSTILITY = ["<fights>", "<opposes>"];
var CONTACT = ["<spoke-with>", "<met-with>", "<congratulated>", "<thanked>", "<brokered>", "<signed>"];
var PREDICATES = ["<president-of>", "<prime-minister-of>", "<foreign-minister-of>", "<defense-minister-of>", "<head-of>", "<spokesperson-of>", "<envoy-of>", "<envoy-to>", "<part-of>", "<member-of>", "<allied-with>", "<supports>", "<cooperates-with>", "<fights>", "<opposes>", "<spoke-with>", "<met-with>", "<congratulated>", "<thanked>", "<brokered>", "<signed>"];
var SYMMETRIC = {"<allied-with>": true, "<cooperates-with>": true, "<fights>": true, "<spoke-with>": true, "<met-with>": true};
// The posts one holder holds at a time (graph.Posts).
var POSTS = {"<president-of>": true, "<prime-minister-of>": true, "<foreign-minister-of>": true, "<defense-minister-of>": true, "<head-of>": true};

// The IRI layout (graph/quads.go): entities are <entity:ID>, articles
// <article:NAME> with NAME path-escaped, predicates <NAME>.
var ENTITY_PREFIX = "<entity:";
var ARTICLE_PREFIX = "<article:";
// Rows list this many articles, the most recent, unless p.articles says otherwise.
var DEFAULT_ARTICLES = 5;
// A row of more articles than this walks the calendar for its dates instead of
// reading each article's.
var MANY_ARTICLES = 50;
// A fact's tally (graph.Tally) lists this many of its articles, the most recent.
var TALLY_RECENT = 5;

// The catalog's standing facts (graph/standing.go) carry CATALOG where an
// article's facts carry the article: the label of the direct edge, the
// <article> of the fact node. A row built on one says so (catalog: true,
// and CATALOG_NAME first among its articles, counted in none); p.articles_only
// leaves them out: kept tells which sources stay.
var CATALOG = "<entente:catalog>";
var CATALOG_NAME = "catalog";
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

// isArticle tells article nodes from others; articleName is the file name
// of an article node (graph.ArticleName), predicateName the name of a
// predicate ("<supports>" is "supports").
function isArticle(iri) { return iri.indexOf(ARTICLE_PREFIX) == 0; }
function articleName(iri) { return decodeURIComponent(iri.slice(ARTICLE_PREFIX.length, -1)); }
function predicateName(iri) { return iri.slice(1, -1); }

// first is the first value of x's predicate, or undefined.
function first(x, predicate) { return g.V(x).Out(predicate).ToArray()[0]; }

// name is the canonical name of the entity x.
var NAMES = {};
function name(x) { return x in NAMES ? NAMES[x] : (NAMES[x] = first(x, "<name>")); }

// fact reads "s predicate o" as a person would: "Russia supports Bashar al-Assad".
function fact(s, predicate, o) { return name(s) + " " + predicateName(predicate) + " " + name(o); }

// into lists the entities with a fact of one of predicates pointing at x:
// one index scan a predicate, which beats one scan of all that points at x
// (reading the labels too when the catalog's facts are left out).
function into(x, predicates) {
  var seen = {};
  predicates.forEach(function (pr) {
    if (articlesOnly()) {
      g.V(x).LabelContext(g.V(), "source").In(pr).TagArray().forEach(function (d) { if (kept(d.source)) seen[d.id] = true; });
      return;
    }
    g.V(x).In(pr).Unique().ToArray().forEach(function (y) { seen[y] = true; });
  });
  return Object.keys(seen);
}

// articles lists the article nodes stating "s predicate o": the labels of
// the direct fact edges (LabelContext(g.V(), ...) admits any label and tags
// it), read from s's subject-predicate index, the fast one.
function articles(s, predicate, o) {
  return g.V(s).LabelContext(g.V(), "article").Out(predicate).Is(o).TagArray()
    .map(function (d) { return d.article; }).filter(kept);
}

// outOf groups the facts "s predicate X" by X, each with its article nodes:
// one read of s's subject-predicate index, every quad with its label.
function outOf(s, predicate) {
  var by = {};
  g.V(s).LabelContext(g.V(), "article").Out(predicate).TagArray().forEach(function (d) {
    if (kept(d.article)) (by[d.id] || (by[d.id] = [])).push(d.article);
  });
  return by;
}

// ties lists the facts of predicates with x at either end, one row each:
// the entity at the other end, the predicate, the direction ("out" when x
// is the subject, "in" when it is the object, "both" for a symmetric
// predicate), the fact as a person reads it, source and target (subject
// and object, for Visualize), and its articles (see cited).
function ties(x, predicates) {
  if (quick()) return tiesTallied(x, predicates);
  var rows = [];
  function add(s, pr, o, list) {
    if (!list.length) return;
    rows.push(cited({
      entity: name(s == x ? o : s), predicate: predicateName(pr),
      direction: SYMMETRIC[pr] ? "both" : s == x ? "out" : "in", fact: fact(s, pr, o),
      source: s, target: o, source_label: name(s), target_label: name(o)
    }, list, x));
  }
  into(x, predicates).forEach(function (y) {
    if (y != x) predicates.forEach(function (pr) { add(y, pr, x, articles(y, pr, x)); });
  });
  predicates.forEach(function (pr) {
    var by = outOf(x, pr);
    Object.keys(by).forEach(function (y) { add(x, pr, y, by[y]); });
  });
  return rows;
}

// dateOf is the date of the article node a (YYYY-MM-DD), or "" when it
// gives none. datesAround reads the dates of every article mentioning x,
// which covers the articles of x's facts, in two passes (the articles,
// then the dated ones: Save is cheaper than SaveOpt).
var DATES = {}, DATED = {};
function datesAround(x) {
  if (DATED[x]) return;
  DATED[x] = true;
  g.V(x).In("<mentions>").ToArray().forEach(function (a) { DATES[a] = ""; });
  g.V(x).In("<mentions>").Save("<date>", "date").TagArray().forEach(function (d) { DATES[d.id] = d.date; });
}
function dateOf(a) { return a in DATES ? DATES[a] : (DATES[a] = first(a, "<date>") || ""); }

// newer orders article nodes newest first, undated last, then by name.
var FILES = {};
function newer(a, b) {
  var da = dateOf(a), db = dateOf(b);
  if (da != db) return da > db ? -1 : 1;
  var fa = a in FILES ? FILES[a] : (FILES[a] = articleName(a));
  var fb = b in FILES ? FILES[b] : (FILES[b] = articleName(b));
  return compare(fa, fb);
}

// The calendar (graph.Calendar) lists every day an article is dated.
// days reads it once, oldest first. on reads the articles of a day through
// the object index, and learns their dates; it reads the next few days the
// caller is walking to (step -1 towards the older, 1 towards the newer) in
// the same call, since one call costs more than a few days' articles.
var DAYS, DAY_INDEX = {}, ON = {}, DAY_BATCH = 8;
function days() {
  if (!DAYS) {
    DAYS = g.V("<calendar>").Out("<day>").ToArray().sort();
    DAYS.forEach(function (d, i) { DAY_INDEX[d] = i; });
  }
  return DAYS;
}
function on(day, step) {
  if (!(day in ON)) {
    var D = days(), batch = [], i;
    for (i = DAY_INDEX[day]; i >= 0 && i < D.length && batch.length < DAY_BATCH && !(D[i] in ON); i += step || -1) batch.push(D[i]);
    if (!batch.length) batch = [day];
    batch.forEach(function (d) { ON[d] = []; });
    g.V.apply(g, batch).Tag("day").In("<date>").TagArray().forEach(function (r) {
      ON[r.day].push(r.id);
      DATES[r.id] = r.day;
    });
  }
  return ON[day];
}

// cited sets row's count, first_seen and last_seen (the earliest and
// latest dates, "" when no article has one) from the article nodes of list,
// and lists the names of the most recent p.articles of them under
// "articles" (DEFAULT_ARTICLES when unset, every one when negative),
// newest first, undated last. A short list reads its articles' dates; a
// long one walks the calendar from each end until it has what it needs,
// so its cost follows the days walked, not the articles.
function cited(row, list, around) {
  var t = quick() && row.source && row.target && row.predicate && tallyOf(row.source, "<" + row.predicate + ">", row.target);
  if (t) {
    fromTally(row, t);
    fromCatalog(row, list);
    return row.catalog ? marked(row) : row;
  }
  var keep = keepArticles();
  if (row.source && row.target && row.predicate) row.confidence = confidence(row.source, "<" + row.predicate + ">", row.target);
  list = fromCatalog(row, list);
  if (windowed()) list = within(list, around);
  row.count = list.length;
  var top = list.length > MANY_ARTICLES && keep >= 0 && days().length ? walk(list, keep, row) : scan(list, keep, row, around);
  row.articles = top.map(articleName);
  return row.catalog ? marked(row) : row;
}

// walk is cited for a long list: the newest keep of list, and from the
// oldest day on until one article of list is found.
function walk(list, keep, row) {
  var D = days(), want = {}, j;
  list.forEach(function (a) { want[a] = true; });
  var top = newest(list, keep, want);
  row.last_seen = top.length ? dateOf(top[0]) : "";
  row.first_seen = "";
  for (j = 0; j < D.length && !row.first_seen; j++) {
    if (on(D[j], 1).some(function (a) { return want[a]; })) row.first_seen = D[j];
  }
  return top;
}

// newest lists the n newest article nodes of list, newest first, undated
// last: from the newest day of the calendar back until it has n, then,
// when every day is walked, the undated ones. want is list as a set, when
// the caller has it.
function newest(list, n, want) {
  var D = days(), top = [], i;
  if (!want) {
    want = {};
    list.forEach(function (a) { want[a] = true; });
  }
  for (i = D.length - 1; i >= 0 && top.length < n; i--) {
    top = top.concat(on(D[i], -1).filter(function (a) { return want[a]; }).sort(newer).slice(0, n - top.length));
  }
  if (top.length < n) {
    top = top.concat(list.filter(function (a) { return !DATES[a]; }).sort(newer).slice(0, n - top.length));
  }
  return top;
}

// scan is cited for a short list, or every article: one pass over list,
// never a sort of it unless every article is asked for. around is the
// entity, or entities, the articles mention: for a long list their
// articles' dates are read together.
function scan(list, keep, row, around) {
  if (list.length > MANY_ARTICLES) [].concat(around || []).forEach(datesAround);
  var firstSeen = "", lastSeen = "", top = [];
  list.forEach(function (a) {
    var d = dateOf(a);
    if (d && (!firstSeen || d < firstSeen)) firstSeen = d;
    if (d > lastSeen) lastSeen = d;
    if (keep < 0) { top.push(a); return; }
    if (top.length == keep && (keep == 0 || newer(a, top[keep - 1]) >= 0)) return;
    var i = top.length;
    while (i > 0 && newer(a, top[i - 1]) < 0) i--;
    top.splice(i, 0, a);
    if (top.length > keep) top.pop();
  });
  if (keep < 0) top.sort(newer);
  row.first_seen = firstSeen;
  row.last_seen = lastSeen;
  return top;
}

// page keeps the items of the page p.offset, p.limit asks for (all when
// unset), makes each a row with make (when given), and has each row tell
// the total (items.length unless given): the work of making rows is for
// the page alone. pageStart and pageEnd are where the page starts and ends
// among n items.
function page(items, make, total) {
  var from = pageStart(), to = pageEnd(items.length);
  return items.slice(from, to).map(function (item) {
    var row = make ? make(item) : item;
    row.total = total === undefined ? items.length : total;
    return row;
  });
}
function pageStart() { return typeof p == "object" && p.offset > 0 ? p.offset : 0; }
function pageEnd(n) { return typeof p == "object" && p.limit > 0 ? Math.min(n, pageStart() + p.limit) : n; }

// compare orders strings; the queries chain it with ||.
function compare(a, b) { return a < b ? -1 : a > b ? 1 : 0; }

function emit(rows) {
  var least = typeof p == "object" && typeof p.min_confidence == "number" ? p.min_confidence : 0;
  rows.forEach(function (row) {
    if (windowed() && row.count === 0 && STANDING.indexOf(row) < 0) return; // a standing fact holds at any date
    if (least && typeof row.confidence == "number" && row.confidence < least) return;
    g.Emit(row);
  });
}

// confidence is how sure the extractor was of the fact "s predicate o":
// the highest confidence of its fact nodes, in any article (a symmetric
// fact is stored with its ends in either order); the catalog's only when
// no article states it. emit leaves out the rows under p.min_confidence.
function confidence(s, predicate, o) {
  if (tallied()) return talliedConfidence(s, predicate, o);
  var best = 0, catalog = 0;
  [[s, o], [o, s]].forEach(function (ends) {
    g.V(ends[0]).In("<subject>").Has("<predicate>", predicate).Has("<object>", ends[1])
      .Save("<article>", "source").Save("<confidence>", "c").TagArray().forEach(function (d) {
        if (!isCatalog(d.source)) { if (d.c > best) best = d.c; } else if (kept(d.source)) catalog = d.c;
      });
  });
  return best || catalog;
}

// The window of dates a row's articles must fall in (p.from and p.to, or
// p.as_of as its end: YYYY-MM-DD, either end open). windowed says whether
// one is set; within keeps the article nodes of list dated inside it,
// undated ones left out. emit leaves out the rows the window empties.
function windowFrom() { return typeof p == "object" && p.from ? p.from : ""; }
function windowTo() { return typeof p == "object" ? p.as_of || p.to || "" : ""; }
function windowed() { return windowFrom() != "" || windowTo() != ""; }
function within(list, around) {
  var from = windowFrom(), to = windowTo();
  if (list.length > MANY_ARTICLES) [].concat(around || []).forEach(datesAround);
  return list.filter(function (a) { var d = dateOf(a); return d != "" && d >= from && (!to || d <= to); });
}

// current leaves out, when p.as_of is set, each row of a post (POSTS: its
// predicate and target) that another holder was seen in more recently, up
// to that day: the holder as of then is the one most recently seen.
function current(rows) {
  if (typeof p != "object" || !p.as_of) return rows;
  var latest = {};
  function post(row) { return row.predicate + " " + row.target; }
  rows.forEach(function (row) {
    var k = post(row);
    if (POSTS["<" + row.predicate + ">"] && !(k in latest)) {
      latest[k] = "";
      g.V(row.target).LabelContext(g.V(), "article").In("<" + row.predicate + ">").TagArray().forEach(function (d) {
        var day = dateOf(d.article);
        if (day && day <= p.as_of && day > latest[k]) latest[k] = day;
      });
    }
  });
  return rows.filter(function (row) { return !POSTS["<" + row.predicate + ">"] || row.last_seen >= latest[post(row)]; });
}

// tallied says whether the store keeps a tally of every fact: its counts
// say so (a store written before tallies, or whose load was stopped
// half-way, is read the slow way). quick says whether a row can be read
// from its fact's tally alone: no window of dates, and no more articles
// asked for than a tally lists.
var TALLIED;
function tallied() {
  if (TALLIED === undefined) {
    var counts = first("<entente:store>", "<counts>");
    TALLIED = !!counts && JSON.parse(counts).tallied === true;
  }
  return TALLIED;
}
function keepArticles() { return typeof p == "object" && typeof p.articles == "number" ? p.articles : DEFAULT_ARTICLES; }
function quick() { var keep = keepArticles(); return !windowed() && keep >= 0 && keep <= TALLY_RECENT && tallied(); }

// talliesOf lists the tallies of the facts with x at either end, each
// once; tallyOf is the tally of "s predicate o" as stored (a symmetric
// fact's ends in one order), or undefined.
function talliesOf(x) {
  // One predicate an In, and Save rather than Out: Cayley plans a list of
  // predicates, or Out from many nodes, as a pass over the whole store.
  var seen = {};
  return g.V(x).In("<tally-subject>").Save("<tally>", "j").TagArray().concat(g.V(x).In("<tally-object>").Save("<tally>", "j").TagArray())
    .filter(function (d) { return seen[d.id] ? false : (seen[d.id] = true); })
    .map(function (d) { return JSON.parse(d.j); });
}
function tallyOf(s, predicate, o) {
  return g.V(s).In("<tally-subject>").Has("<tally-object>", o).Save("<tally>", "j").TagArray()
    .map(function (d) { return JSON.parse(d.j); })
    .filter(function (t) { return t.predicate == predicate; })[0];
}

// fromTally sets row's count, confidence, first_seen, last_seen and
// articles from the tally t, as cited does from a list of articles.
function fromTally(row, t) {
  row.confidence = t.confidence;
  row.count = t.count;
  row.first_seen = t.first_seen;
  row.last_seen = t.last_seen;
  row.articles = t.recent.slice(0, keepArticles()).map(function (c) { return articleName(c.article); });
  return row;
}

// tiesTallied is ties read from the tallies of x's facts, and the
// catalog's standing facts at x (see fromCatalog), which no tally counts.
function tiesTallied(x, predicates) {
  var want = {}, by = {}, rows = [];
  predicates.forEach(function (pr) { want[pr] = true; });
  function tie(s, pr, o) {
    return by[s + " " + pr + " " + o] = {
      entity: name(s == x ? o : s), predicate: predicateName(pr),
      direction: SYMMETRIC[pr] ? "both" : s == x ? "out" : "in", fact: fact(s, pr, o),
      source: s, target: o, source_label: name(s), target_label: name(o)
    };
  }
  talliesOf(x).forEach(function (t) {
    if (want[t.predicate] && t.count > 0) rows.push(fromTally(tie(t.subject, t.predicate, t.object), t));
  });
  if (articlesOnly()) return rows;
  standingFacts().forEach(function (d) {
    if (!want[d.p] || (d.s != x && d.o != x) || (d.s == x) == (d.o == x)) return;
    var row = by[d.s + " " + d.p + " " + d.o];
    if (!row) {
      rows.push(row = tie(d.s, d.p, d.o));
      fromTally(row, { count: 0, confidence: d.c, first_seen: "", last_seen: "", recent: [] });
    }
    row.catalog = true;
    STANDING.push(row);
    marked(row);
  });
  return rows;
}

// standingFacts lists the catalog's standing facts, a few dozen: the
// subject (s), predicate (p), object (o) and confidence (c) of each.
var STANDING_FACTS;
function standingFacts() {
  if (!STANDING_FACTS) {
    STANDING_FACTS = g.V(CATALOG).In("<article>").Save("<subject>", "s").Save("<predicate>", "p")
      .Save("<object>", "o").Save("<confidence>", "c").TagArray();
  }
  return STANDING_FACTS;
}

// talliedConfidence is confidence read from the tallies of the fact, its
// ends either way round; the catalog's when no article states it.
function talliedConfidence(s, predicate, o) {
  var best = 0, catalog = 0;
  [tallyOf(s, predicate, o), tallyOf(o, predicate, s)].forEach(function (t) {
    if (t && t.confidence > best) best = t.confidence;
  });
  if (!best && kept(CATALOG)) {
    standingFacts().forEach(function (d) {
      if (d.p == predicate && ((d.s == s && d.o == o) || (d.s == o && d.o == s))) catalog = d.c;
    });
  }
  return best || catalog;
}
// ---- end of prelude ----

emit(ties(p.entity, HOSTILITY).sort(function (a, b) {
  return b.count - a.count || compare(a.entity, b.entity) || compare(a.predicate, b.predicate) ||
    compare(a.direction, b.direction);
}));
