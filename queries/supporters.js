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

var rows = {};
var order = [];
var targetName = g.V(p.entity).Out("<name>").ToValue();

function collect(from, to, predicates) {
  var facts = g.V(p.entity).In(from).Tag("fact");
  facts.Has.apply(facts, ["<predicate>"].concat(predicates)).Save("<predicate>", "predicate")
    .Out(to).Tag("who").Save("<name>", "name")
    .Back("fact").Out("<article>").Save("<file>", "file")
    .ForEach(function (d) {
      var key = d.who + " " + d.predicate;
      var row = rows[key];
      if (!row) {
        row = rows[key] = {
          entity: d.name, predicate: d.predicate.slice(1, -1), articles: [],
          source: d.who, target: p.entity, source_label: d.name, target_label: targetName
        };
        order.push(key);
      }
      if (row.articles.indexOf(d.file) < 0) row.articles.push(d.file);
    });
}

collect("<object>", "<subject>", ["<supports>", "<allied-with>"]);
collect("<subject>", "<object>", ["<allied-with>"]);

order.map(function (k) { return rows[k]; })
  .sort(function (a, b) { return b.articles.length - a.articles.length || (a.entity < b.entity ? -1 : 1); })
  .forEach(function (row) { row.count = row.articles.length; row.articles.sort(); g.Emit(row); });
