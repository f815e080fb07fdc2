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
var rows = {};
var order = [];

var facts = g.V(p.person).In("<subject>").Tag("fact");
facts.Has.apply(facts, ["<predicate>"].concat(roles)).Save("<predicate>", "predicate")
  .Out("<object>").Tag("of").Save("<name>", "name")
  .Back("fact").Out("<article>").Save("<file>", "file")
  .ForEach(function (d) {
    var key = d.predicate + " " + d.of;
    var row = rows[key];
    if (!row) {
      row = rows[key] = { predicate: d.predicate.slice(1, -1), entity: d.name, articles: [], source: p.person, target: d.of };
      order.push(key);
    }
    if (row.articles.indexOf(d.file) < 0) row.articles.push(d.file);
  });

order.map(function (k) { return rows[k]; })
  .sort(function (a, b) { return b.articles.length - a.articles.length || (a.predicate < b.predicate ? -1 : 1); })
  .forEach(function (row) { row.count = row.articles.length; row.articles.sort(); g.Emit(row); });
