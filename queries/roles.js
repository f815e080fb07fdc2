// Name: roles
// Question: What posts does PERSON hold, and of whom?
// Params: person
// Columns: predicate entity count articles
//
// Every role fact with PERSON as subject: president-of, prime-minister-of,
// foreign-minister-of, defense-minister-of, head-of, spokesperson-of,
// envoy-of, envoy-to, member-of. One row per role with its articles.
var p = {"person": "<entity:ali-shamkhani>"};

var roles = ["<president-of>", "<prime-minister-of>", "<foreign-minister-of>", "<defense-minister-of>",
  "<head-of>", "<spokesperson-of>", "<envoy-of>", "<envoy-to>", "<member-of>"];

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

var label = name(p.person);
var rows = [];
roles.forEach(function (role) {
  var by = outOf(p.person, role);
  Object.keys(by).forEach(function (of) {
    var list = by[of].sort();
    var n = name(of);
    rows.push({
      predicate: role.slice(1, -1), entity: n, count: list.length, articles: list,
      source: p.person, target: of, source_label: label, target_label: n
    });
  });
});

rows.sort(function (a, b) {
  return b.count - a.count || (a.predicate < b.predicate ? -1 : a.predicate > b.predicate ? 1 : a.entity < b.entity ? -1 : 1);
}).forEach(function (row) { g.Emit(row); });
