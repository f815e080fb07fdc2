// Name: evidence
// Question: Which facts link A and B, and which sentences of which articles state them?
// Params: a b
// Columns: subject predicate object article evidence
//
// Every fact between A and B, either way round, with each supporting
// sentence: one row per fact, article and sentence.
var p = {"a": "<entity:russia>", "b": "<entity:bashar-al-assad>"};

function collect(s, o) {
  g.V(s).In("<subject>").Tag("fact").Has("<object>", o)
    .Save("<predicate>", "predicate").Save("<evidence>", "evidence")
    .Out("<article>").Save("<file>", "article")
    .Back("fact").Out("<subject>").Save("<name>", "subject")
    .Back("fact").Out("<object>").Save("<name>", "object")
    .ForEach(function (d) {
      g.Emit({
        subject: d.subject, predicate: d.predicate.slice(1, -1), object: d.object,
        article: d.article, evidence: d.evidence, source: s, target: o
      });
    });
}

collect(p.a, p.b);
if (p.a != p.b) collect(p.b, p.a);
