// Entente's additions to Cayley's web UI, loaded by the Entente header of
// every page before Cayley's own scripts run: a first query worth running
// in the editor, and on Visualize, labelled edges and a view that fits.
(function () {
  "use strict";

  // Cayley's editor opens on the query saved in localStorage, or on its
  // "Hello World" when there is none. Save Entente's example instead, and
  // Cayley's defaults for its other languages first, which it would
  // otherwise write over the example.
  var example = document.getElementById("entente-example");
  if (example && typeof Storage !== "undefined") {
    var saved = localStorage.getItem("cayleySavedQueriesgizmo");
    if (saved === null || saved === "g.Emit('Hello World')") {
      if (localStorage.getItem("cayleySavedQueriesgraphql") === null) {
        localStorage.setItem("cayleySavedQueriesgraphql", "{\n  nodes(first: 10){\n    id\n  }\n}");
        localStorage.setItem("cayleySavedQueriesmql", "[{\n  \"id\": \"Hello World\"\n}]");
      }
      localStorage.setItem("cayleySavedQueriesgizmo", example.getAttribute("data-query"));
    }
  }

  if (location.pathname !== "/ui/visualize" || window.sigma === undefined || window.jQuery === undefined) {
    return;
  }

  // Cayley's Visualize gives its edges no label, and sigma.js 1.0 as
  // Cayley ships it has no edge-label renderer: draw the label at the
  // middle of the edge. Only the canvas renderer draws edge labels, so
  // use it rather than WebGL (which sigma prefers where it can).
  sigma.renderers.def = sigma.renderers.canvas;
  sigma.utils.pkg("sigma.canvas.labels.edges");
  sigma.canvas.labels.edges.def = function (edge, source, target, ctx, settings) {
    if (!edge.label) {
      return;
    }
    var p = settings("prefix") || "";
    ctx.save();
    ctx.font = "13px sans-serif";
    ctx.fillStyle = "#34495e";
    ctx.textAlign = "center";
    ctx.fillText(edge.label, (source[p + "x"] + target[p + "x"]) / 2, (source[p + "y"] + target[p + "y"]) / 2 - 4);
    ctx.restore();
  };

  // Cayley builds edge "e" + i from result i; label it with the result's
  // predicate (a query tags it: .Out(preds, "predicate")), then let the
  // layout settle, stop it, and show the whole graph.
  var settle = null;
  jQuery(document).ajaxSuccess(function (ev, xhr, opts) {
    if (opts.url.indexOf("/api/v1/query/") !== 0 || window.sigmaGraph === undefined) {
      return;
    }
    var results = [];
    try {
      results = JSON.parse(xhr.responseText).result || [];
    } catch (e) {
      return;
    }
    // Edges between the same two nodes are drawn on top of each other:
    // give each the labels of all of them.
    var g = window.sigmaGraph;
    var byPair = {};
    results.forEach(function (r, i) {
      var label = r && (r.predicate || r.edge_label || r.label);
      if (!label) {
        return;
      }
      var pair = [String(r.source), String(r.target)].sort().join("\u0000");
      (byPair[pair] = byPair[pair] || {edges: [], labels: []}).edges.push("e" + i);
      label = String(label).replace(/^<(.*)>$/, "$1");
      if (byPair[pair].labels.indexOf(label) < 0) {
        byPair[pair].labels.push(label);
      }
    });
    Object.keys(byPair).forEach(function (pair) {
      byPair[pair].edges.forEach(function (id) {
        var edge = g.graph.edges(id);
        if (edge) {
          edge.label = byPair[pair].labels.sort().join(", ");
        }
      });
    });
    g.settings({drawEdgeLabels: true, labelThreshold: 0});
    g.refresh();
    clearTimeout(settle);
    settle = setTimeout(function () {
      g.stopForceAtlas2();
      g.camera.goTo({x: 0, y: 0, ratio: 1.1, angle: 0});
      g.refresh();
      window.ententeSettled = true;
    }, 1500);
    window.ententeSettled = false;
  });
})();
