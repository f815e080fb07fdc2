// Name: allies
// Question: What are all the alliance ties of ENTITY, in both directions?
// Params: entity
// Columns: entity predicate direction count articles
//
// allied-with and cooperates-with ties (symmetric: direction "both"), and
// supports either way: "in" when the other entity supports ENTITY, "out"
// when ENTITY supports it. One row per tie with the articles that state it.
var p = {"entity": "<entity:bashar-al-assad>"};

var rows = {};
var order = [];

function collect(from, to, predicates, direction) {
  var facts = g.V(p.entity).In(from).Tag("fact");
  facts.Has.apply(facts, ["<predicate>"].concat(predicates)).Save("<predicate>", "predicate")
    .Out(to).Tag("other").Save("<name>", "name")
    .Back("fact").Out("<article>").Save("<file>", "file")
    .ForEach(function (d) {
      var key = d.other + " " + d.predicate + " " + direction;
      var row = rows[key];
      if (!row) {
        row = rows[key] = {
          entity: d.name, predicate: d.predicate.slice(1, -1), direction: direction, articles: [],
          source: direction == "out" ? p.entity : d.other, target: direction == "out" ? d.other : p.entity
        };
        order.push(key);
      }
      if (row.articles.indexOf(d.file) < 0) row.articles.push(d.file);
    });
}

collect("<object>", "<subject>", ["<supports>"], "in");
collect("<subject>", "<object>", ["<supports>"], "out");
collect("<object>", "<subject>", ["<allied-with>", "<cooperates-with>"], "both");
collect("<subject>", "<object>", ["<allied-with>", "<cooperates-with>"], "both");

order.map(function (k) { return rows[k]; })
  .sort(function (a, b) { return b.articles.length - a.articles.length || (a.entity < b.entity ? -1 : 1); })
  .forEach(function (row) { row.count = row.articles.length; row.articles.sort(); g.Emit(row); });
