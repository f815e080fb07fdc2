// Name: officials
// Question: Who holds a post in ENTITY or in any of its parts?
// Params: entity
// Columns: entity predicate of count articles
//
// People with a role fact (president-of, prime-minister-of,
// foreign-minister-of, defense-minister-of, head-of, spokesperson-of,
// envoy-of, member-of) whose object is ENTITY or a body that is part-of
// ENTITY, directly or through other bodies: the secretary of Iran's Supreme
// National Security Council is an official of Iran. "of" names the body.
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

var roles = ["<president-of>", "<prime-minister-of>", "<foreign-minister-of>", "<defense-minister-of>",
  "<head-of>", "<spokesperson-of>", "<envoy-of>", "<member-of>"];

// articles lists the articles stating "s predicate o": the labels of the
// direct fact edges (LabelContext(g.V(), ...) admits any label and tags it),
// read from s's subject-predicate index, the fast one.
function articles(s, predicate, o) {
  return g.V(s).LabelContext(g.V(), "article").Out(predicate).Is(o).TagArray()
    .map(function (d) { return decodeURIComponent(d.article.slice(9, -1)); }); // <article:NAME>
}

function name(x) { return g.V(x).Out("<name>").ToArray()[0]; }

// Walk down part-of from ENTITY. One scan of the quads into each body finds
// both its parts and its officials.
var rows = [];
var bodies = [p.entity];
var seen = {};
seen[p.entity] = true;
for (var i = 0; i < bodies.length; i++) {
  var body = bodies[i];
  into(body, roles.concat(["<part-of>"])).forEach(function (x) {
    if (!seen[x] && g.V(x).Out("<part-of>").Is(body).ToArray().length) {
      seen[x] = true;
      bodies.push(x);
    }
    if (g.V(x).Out("<type>").ToArray()[0] != "<Person>") return;
    roles.forEach(function (role) {
      var list = articles(x, role, body).sort();
      if (!list.length) return;
      var who = name(x), of = name(body);
      rows.push({
        entity: who, predicate: role.slice(1, -1), of: of, count: list.length, articles: list,
        source: x, target: body, source_label: who, target_label: of
      });
    });
  });
}

rows.sort(function (a, b) {
  return b.count - a.count || (a.entity < b.entity ? -1 : a.entity > b.entity ? 1 :
    a.of < b.of ? -1 : a.of > b.of ? 1 : a.predicate < b.predicate ? -1 : 1);
}).forEach(function (row) { g.Emit(row); });
