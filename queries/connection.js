// Name: connection
// Question: What are the shortest chains of facts linking A and B (up to 4 hops)?
// Params: a b
// Columns: chain step from predicate direction entity count articles
//
// Breadth-first search from both ends over the facts of the graph, either
// way round, up to 4 hops in all. Every shortest chain (at most 20, in
// order of names) is given step by step: one row per chain, step and fact
// linking the step's ends, "from" the step's start and "entity" its end.
// direction is "out" when "from" is the fact's subject, "in" when it is its
// object, "both" for symmetric predicates. Rows carry source and target (the
// fact's subject and object), so Visualize draws the chains.
var p = {"a": "<entity:israel>", "b": "<entity:recep-tayyip-erdogan>"};

// into lists the entities with a fact of one of predicates pointing at x:
// one index scan a predicate, which beats one scan of all that points at x.
function into(x, predicates) {
  var seen = {};
  predicates.forEach(function (pr) {
    g.V(x).In(pr).Unique().ToArray().forEach(function (y) { seen[y] = true; });
  });
  return Object.keys(seen);
}

var MAX_HOPS = 4;
var MAX_CHAINS = 20;
var predicates = ["<president-of>", "<prime-minister-of>", "<foreign-minister-of>", "<defense-minister-of>",
  "<head-of>", "<spokesperson-of>", "<envoy-of>", "<envoy-to>", "<part-of>", "<member-of>",
  "<allied-with>", "<supports>", "<cooperates-with>", "<fights>", "<opposes>",
  "<spoke-with>", "<met-with>", "<congratulated>", "<thanked>", "<brokered>", "<signed>"];
var symmetric = { "<allied-with>": true, "<cooperates-with>": true, "<fights>": true, "<spoke-with>": true, "<met-with>": true };

// articles lists the articles stating "s predicate o": the labels of the
// direct fact edges (LabelContext(g.V(), ...) admits any label and tags it),
// read from s's subject-predicate index, the fast one.
function articles(s, predicate, o) {
  return g.V(s).LabelContext(g.V(), "article").Out(predicate).Is(o).TagArray()
    .map(function (d) { return decodeURIComponent(d.article.slice(9, -1)); }); // <article:NAME>
}

var names = {};
function name(x) { return x in names ? names[x] : (names[x] = g.V(x).Out("<name>").ToArray()[0]); }

// neighbours lists the entities one fact away from x, either way round:
// out of x predicate by predicate, into x in one scan.
function neighbours(x) {
  var out = {};
  predicates.forEach(function (pr) { g.V(x).Out(pr).Unique().ToArray().forEach(function (y) { out[y] = true; }); });
  into(x, predicates).forEach(function (y) { out[y] = true; });
  delete out[x];
  return Object.keys(out);
}

// Search from A (side 0) and B (side 1) a level at a time, the smaller
// frontier first, until they meet.
var dist = [{}, {}], parents = [{}, {}], frontier = [[p.a], [p.b]], depth = [0, 0];
dist[0][p.a] = 0;
dist[1][p.b] = 0;
var best = -1;
var meet = [];
while (p.a != p.b && best < 0 && depth[0] + depth[1] < MAX_HOPS && frontier[0].length && frontier[1].length) {
  var s = frontier[0].length <= frontier[1].length ? 0 : 1;
  var next = [];
  frontier[s].forEach(function (x) {
    neighbours(x).forEach(function (y) {
      if (!(y in dist[s])) {
        dist[s][y] = depth[s] + 1;
        parents[s][y] = [x];
        next.push(y);
      } else if (dist[s][y] == depth[s] + 1) {
        parents[s][y].push(x);
      }
    });
  });
  depth[s]++;
  frontier[s] = next;
  next.forEach(function (y) {
    if (!(y in dist[1 - s])) return;
    var d = dist[0][y] + dist[1][y];
    if (best < 0 || d < best) { best = d; meet = []; }
    if (d == best) meet.push(y);
  });
}

// paths lists every shortest path from side's end to y, that end first.
function paths(side, y) {
  if (dist[side][y] == 0) return [[y]];
  var out = [];
  parents[side][y].forEach(function (x) {
    paths(side, x).forEach(function (path) { out.push(path.concat([y])); });
  });
  return out;
}

var chains = [];
meet.forEach(function (m) {
  paths(0, m).forEach(function (head) {
    paths(1, m).forEach(function (tail) { chains.push(head.concat(tail.reverse().slice(1))); });
  });
});
var key = function (chain) { return chain.map(name).join("\u0000"); };
chains = chains.sort(function (x, y) { return key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0; }).slice(0, MAX_CHAINS);

// facts lists the facts linking x and y, seen from x.
var steps = {};
function facts(x, y) {
  if (steps[x + " " + y]) return steps[x + " " + y];
  var out = [];
  predicates.forEach(function (pr) {
    [[x, y, "out"], [y, x, "in"]].forEach(function (e) {
      var list = articles(e[0], pr, e[1]).sort();
      if (list.length) {
        out.push({
          predicate: pr.slice(1, -1), direction: symmetric[pr] ? "both" : e[2], count: list.length, articles: list,
          source: e[0], target: e[1], source_label: name(e[0]), target_label: name(e[1])
        });
      }
    });
  });
  return steps[x + " " + y] = out.sort(function (f, h) {
    return f.predicate < h.predicate ? -1 : f.predicate > h.predicate ? 1 : f.direction < h.direction ? -1 : 1;
  });
}

chains.forEach(function (chain, c) {
  for (var i = 1; i < chain.length; i++) {
    var x = chain[i - 1], y = chain[i];
    facts(x, y).forEach(function (f) {
      g.Emit({
        chain: c + 1, step: i, from: name(x), predicate: f.predicate, direction: f.direction, entity: name(y),
        count: f.count, articles: f.articles,
        source: f.source, target: f.target, source_label: f.source_label, target_label: f.target_label
      });
    });
  }
});
