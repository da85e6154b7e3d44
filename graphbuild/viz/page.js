/* graphbuild network page. Reads the JSON in #gb-data, draws it with vis-network (physics off,
 * positions computed in Python), and filters it in the page. State and data are exposed on
 * window.graphbuild for tests and for the curious:
 *   window.graphbuild = {ready, nodes, edges, network, data, state,
 *                        visibleCounts(), applyFilters(changes), showNode(id), showEdge(id), focus(id, depth)} */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("gb-data").textContent);
  var NS = "http://www.w3.org/2000/svg";
  var actors = data.actors, events = data.events, groups = data.groups;
  var nodeBase = {}, actorById = {};
  data.nodes.forEach(function (n) { nodeBase[n.id] = n; });
  actors.forEach(function (a) { actorById[a.id] = a; });
  var init = data.initial;
  var state = {
    types: new Set(data.eventTypes),
    actorTypes: new Set(data.actorTypes),
    from: "", to: "", undated: true,
    allEvents: !!init.allEvents,
    minWeight: init.minWeight || 1,
    focus: init.focus, depth: init.depth
  };
  var nodes = new vis.DataSet([]), edges = new vis.DataSet([]);
  var visible = {};  // group id -> [visible event indices]
  var $ = function (id) { return document.getElementById(id); };

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    if (attrs) Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  function eventShown(ev) {
    if (!state.types.has(ev.type)) return false;
    if (!state.allEvents && ev.fact !== "Asserted") return false;
    if (!ev.date) return state.undated;
    var start = ev.date.slice(0, 10), end = (ev.dateEnd || ev.date).slice(0, 10);
    if (state.from && end < state.from) return false;
    if (state.to && start > state.to) return false;
    return true;
  }

  function compute() {
    var keepEdges = [], adj = {};
    visible = {};
    groups.forEach(function (g) {
      if (!state.types.has(g.type)) return;
      if (!state.actorTypes.has(actorById[g.from].type) || !state.actorTypes.has(actorById[g.to].type)) return;
      var shown = g.events.filter(function (i) { return eventShown(events[i]); });
      if (shown.length < state.minWeight || shown.length === 0) return;
      visible[g.id] = shown;
      keepEdges.push(g);
      (adj[g.from] = adj[g.from] || []).push(g.to);
      (adj[g.to] = adj[g.to] || []).push(g.from);
    });
    var keepNodes = {};
    if (state.focus !== null && state.focus !== undefined && actorById[state.focus]) {
      keepNodes[state.focus] = 0;
      var frontier = [state.focus];
      for (var d = 1; d <= state.depth && frontier.length; d++) {
        var next = [];
        frontier.forEach(function (u) {
          (adj[u] || []).forEach(function (v) {
            if (!(v in keepNodes)) { keepNodes[v] = d; next.push(v); }
          });
        });
        frontier = next;
      }
      keepEdges = keepEdges.filter(function (g) {
        var ok = (g.from in keepNodes) && (g.to in keepNodes);
        if (!ok) delete visible[g.id];
        return ok;
      });
    } else {
      keepEdges.forEach(function (g) { keepNodes[g.from] = 1; keepNodes[g.to] = 1; });
    }
    return {nodes: keepNodes, edges: keepEdges};
  }

  function edgeItem(g) {
    var shown = visible[g.id], n = shown.length;
    var asserted = shown.some(function (i) { return events[i].fact === "Asserted"; });
    var a = actorById[g.from].label, b = actorById[g.to].label;
    return {
      id: g.id, from: g.from, to: g.to, color: g.color, arrows: g.arrows, smooth: g.smooth,
      label: data.big ? undefined : (n > 1 ? g.type + " \u00d7" + n : g.type),
      width: Math.min(1 + 1.6 * Math.log2(n) * 1.5 + (n > 1 ? 1 : 0), 12),
      dashes: !asserted,
      title: a + (g.arrows ? " \u2192 " : " \u2014 ") + b + ": " + g.type + (n > 1 ? " \u00d7" + n : "") +
        (asserted ? "" : " (not asserted)")
    };
  }

  function nodeItem(id) {
    var b = nodeBase[id];
    return {id: b.id, label: b.label, shape: b.shape, size: b.size, x: b.x, y: b.y, color: b.color,
            title: b.title, borderWidth: state.focus === b.id ? 4 : 1.5};
  }

  function apply() {
    var r = compute();
    var wantNodes = Object.keys(r.nodes).map(Number);
    var wantSet = new Set(wantNodes);
    nodes.remove(nodes.getIds().filter(function (id) { return !wantSet.has(id); }));
    nodes.update(wantNodes.sort(function (x, y) { return x - y; }).map(nodeItem));
    var wantEdges = new Set(r.edges.map(function (g) { return g.id; }));
    edges.remove(edges.getIds().filter(function (id) { return !wantEdges.has(id); }));
    edges.update(r.edges.map(edgeItem));
    updateCounts();
    syncControls();
  }

  function visibleCounts() {
    var ev = 0;
    edges.getIds().forEach(function (id) { ev += visible[id].length; });
    return {nodes: nodes.length, edges: edges.length, events: ev,
            totalNodes: actors.length, totalEdges: groups.length, totalEvents: events.length};
  }

  function updateCounts() {
    var c = visibleCounts();
    $("gb-counts").textContent = c.nodes.toLocaleString("en") + " of " + c.totalNodes.toLocaleString("en") +
      " actors \u00b7 " + c.edges.toLocaleString("en") + " links \u00b7 " + c.events.toLocaleString("en") +
      " events shown";
    $("gb-counts").dataset.nodes = c.nodes;
    $("gb-counts").dataset.edges = c.edges;
    $("gb-counts").dataset.events = c.events;
    $("gb-focus-msg").textContent = (state.focus !== null && state.focus !== undefined && actorById[state.focus])
      ? "Focused on " + actorById[state.focus].label + " (" + state.depth + " hops)" : "";
  }

  // ---------- legend + filters ----------
  function shapeIcon(shape, colour) {
    var svg = document.createElementNS(NS, "svg");
    svg.setAttribute("width", "14"); svg.setAttribute("height", "14"); svg.setAttribute("viewBox", "0 0 14 14");
    var pts = {square: "2,2 12,2 12,12 2,12", diamond: "7,1 13,7 7,13 1,7", triangle: "7,1 13,12 1,12",
               triangleDown: "1,2 13,2 7,13", hexagon: "4,1.5 10,1.5 13,7 10,12.5 4,12.5 1,7",
               star: "7,0.5 8.8,5 13.5,5.2 9.8,8.2 11,13 7,10.3 3,13 4.2,8.2 0.5,5.2 5.2,5"}[shape];
    var s;
    if (pts) { s = document.createElementNS(NS, "polygon"); s.setAttribute("points", pts); }
    else { s = document.createElementNS(NS, "circle"); s.setAttribute("cx", "7"); s.setAttribute("cy", "7"); s.setAttribute("r", "6"); }
    s.setAttribute("fill", colour);
    svg.appendChild(s);
    return svg;
  }
  function lineIcon(colour) {
    var svg = document.createElementNS(NS, "svg");
    svg.setAttribute("width", "18"); svg.setAttribute("height", "10");
    var l = document.createElementNS(NS, "line");
    l.setAttribute("x1", "1"); l.setAttribute("y1", "5"); l.setAttribute("x2", "17"); l.setAttribute("y2", "5");
    l.setAttribute("stroke", colour); l.setAttribute("stroke-width", "3");
    svg.appendChild(l);
    return svg;
  }

  function buildLegend() {
    var counts = {};
    events.forEach(function (e) { counts[e.type] = (counts[e.type] || 0) + 1; });
    data.eventTypes.forEach(function (t) {
      var box = el("input", {type: "checkbox", "data-etype": t}); box.checked = state.types.has(t);
      var lab = el("label", {title: data.styles.group[t] || ""});
      lab.appendChild(box); lab.appendChild(lineIcon(data.styles.edge[t] || "#999"));
      lab.appendChild(el("span", null, t)); lab.appendChild(el("span", {"class": "gb-count"}, counts[t]));
      $("gb-etypes").appendChild(lab);
    });
    var acounts = {};
    actors.forEach(function (a) { acounts[a.type] = (acounts[a.type] || 0) + 1; });
    data.actorTypes.forEach(function (t) {
      var st = data.styles.node[t] || ["#999", "dot"];
      var box = el("input", {type: "checkbox", "data-atype": t}); box.checked = state.actorTypes.has(t);
      var lab = el("label");
      lab.appendChild(box); lab.appendChild(shapeIcon(st[1], st[0]));
      lab.appendChild(el("span", null, t)); lab.appendChild(el("span", {"class": "gb-count"}, acounts[t]));
      $("gb-atypes").appendChild(lab);
    });
    var names = $("gb-actor-names");
    actors.map(function (a) { return a.label; }).sort().forEach(function (l) { names.appendChild(el("option", {value: l})); });
    if (data.dateRange) {
      ["gb-from", "gb-to"].forEach(function (id) { $(id).min = data.dateRange[0]; $(id).max = data.dateRange[1]; });
    }
    $("gb-note").textContent = data.note || "";
  }

  function syncControls() {
    document.querySelectorAll("[data-etype]").forEach(function (b) { b.checked = state.types.has(b.dataset.etype); });
    document.querySelectorAll("[data-atype]").forEach(function (b) { b.checked = state.actorTypes.has(b.dataset.atype); });
    $("gb-asserted").checked = !state.allEvents;
    $("gb-minweight").value = state.minWeight;
    $("gb-depth").value = state.depth;
    $("gb-from").value = state.from; $("gb-to").value = state.to;
    $("gb-undated").checked = state.undated;
  }

  function wire() {
    $("gb-etypes").addEventListener("change", function (e) {
      var t = e.target.dataset.etype; if (!t) return;
      if (e.target.checked) state.types.add(t); else state.types.delete(t);
      apply();
    });
    $("gb-atypes").addEventListener("change", function (e) {
      var t = e.target.dataset.atype; if (!t) return;
      if (e.target.checked) state.actorTypes.add(t); else state.actorTypes.delete(t);
      apply();
    });
    document.querySelectorAll("[data-all],[data-none]").forEach(function (b) {
      b.addEventListener("click", function () {
        var etypes = (b.dataset.all || b.dataset.none) === "gb-etypes";
        var set = etypes ? state.types : state.actorTypes;
        var all = etypes ? data.eventTypes : data.actorTypes;
        set.clear();
        if (b.dataset.all) all.forEach(function (t) { set.add(t); });
        apply();
      });
    });
    $("gb-asserted").addEventListener("change", function (e) { state.allEvents = !e.target.checked; apply(); });
    $("gb-from").addEventListener("change", function (e) { state.from = e.target.value; apply(); });
    $("gb-to").addEventListener("change", function (e) { state.to = e.target.value; apply(); });
    $("gb-undated").addEventListener("change", function (e) { state.undated = e.target.checked; apply(); });
    $("gb-minweight").addEventListener("change", function (e) { state.minWeight = Math.max(1, parseInt(e.target.value, 10) || 1); apply(); });
    $("gb-depth").addEventListener("change", function (e) {
      state.depth = Math.max(0, parseInt(e.target.value, 10) || 0);
      if (state.focus !== null) apply();
    });
    $("gb-focus").addEventListener("click", function () {
      var sel = network.getSelectedNodes();
      if (sel.length) focusOn(sel[0], state.depth);
      else $("gb-focus-msg").textContent = "Select an actor first.";
    });
    $("gb-unfocus").addEventListener("click", function () { state.focus = null; apply(); network.fit(); });
    $("gb-search").addEventListener("change", function (e) { search(e.target.value); });
    $("gb-search").addEventListener("keydown", function (e) { if (e.key === "Enter") search(e.target.value); });
  }

  // ---------- search, focus, details ----------
  function findActor(q) {
    q = (q || "").trim().toLowerCase();
    if (!q) return null;
    var tests = [
      function (a) { return a.label.toLowerCase() === q; },
      function (a) { return (a.aliases || "").toLowerCase().split("; ").indexOf(q) >= 0; },
      function (a) { return a.label.toLowerCase().indexOf(q) >= 0 || (a.aliases || "").toLowerCase().indexOf(q) >= 0; }
    ];
    for (var i = 0; i < tests.length; i++) {
      var hit = actors.filter(tests[i]);
      if (hit.length) return hit[0];
    }
    return null;
  }
  function search(q) {
    var a = findActor(q);
    var msg = $("gb-search-msg");
    if (!a) { msg.textContent = q ? "No actor matches \u201c" + q + "\u201d." : ""; return; }
    msg.textContent = nodes.get(a.id) ? "" : a.label + " is hidden by the current filters.";
    showNode(a.id);
  }
  function focusOn(id, depth) {
    state.focus = id; if (depth !== undefined) state.depth = depth;
    apply();
    if (nodes.length) network.fit({nodes: nodes.getIds(), animation: false});
    showNode(id);
  }

  function dl(pairs) {
    var d = el("dl");
    pairs.forEach(function (p) {
      if (p[1] === undefined || p[1] === null || p[1] === "") return;
      d.appendChild(el("dt", null, p[0]));
      var dd = el("dd");
      if (p[1] instanceof Node) dd.appendChild(p[1]); else dd.textContent = String(p[1]);
      d.appendChild(dd);
    });
    return d;
  }

  function showNode(id) {
    var a = actorById[id]; if (!a) return;
    if (nodes.get(id)) { network.selectNodes([id]); network.focus(id, {scale: Math.max(network.getScale(), 0.8), animation: false}); }
    var panel = $("gb-details"); panel.textContent = "";
    panel.appendChild(el("h3", null, a.label));
    var wd = null;
    if (a.qid) {
      wd = el("a", {href: "https://www.wikidata.org/wiki/" + encodeURIComponent(a.qid), target: "_blank", rel: "noopener noreferrer"}, a.qid);
    }
    var links = {};
    groups.forEach(function (g) {
      if (g.from !== id && g.to !== id) return;
      links[g.type] = (links[g.type] || 0) + (visible[g.id] ? visible[g.id].length : 0);
    });
    var summary = Object.keys(links).sort().filter(function (t) { return links[t]; })
      .map(function (t) { return t + " " + links[t]; }).join(", ");
    panel.appendChild(dl([["type", a.type], ["aliases", a.aliases], ["country", a.country], ["Wikidata", wd],
                          ["key", a.key], ["IRI", a.iri], ["events shown", summary || "none"]]));
    var b = el("button", {type: "button", id: "gb-focus-this"}, "Focus on this neighbourhood");
    b.addEventListener("click", function () { focusOn(id, state.depth); });
    panel.appendChild(b);
  }

  function showEdge(gid) {
    var g = groups[gid]; if (!g) return;
    var panel = $("gb-details"); panel.textContent = "";
    var a = actorById[g.from].label, b = actorById[g.to].label;
    panel.appendChild(el("h3", null, a + (g.arrows ? " \u2192 " : " \u2014 ") + b));
    var shown = new Set(visible[gid] || []);
    panel.appendChild(el("p", null, g.type + ": " + shown.size + " of " + g.events.length + " events shown"));
    g.events.slice().sort(function (x, y) {
      return (events[x].date || "9999").localeCompare(events[y].date || "9999") || x - y;
    }).forEach(function (i) {
      var ev = events[i];
      var box = el("div", {"class": "gb-event" + (shown.has(i) ? "" : " gb-hidden")});
      var head = el("div");
      head.appendChild(el("span", {"class": "gb-badge gb-fact-" + ev.fact}, ev.fact));
      head.appendChild(el("strong", null, ev.type));
      if (!shown.has(i)) head.appendChild(el("span", {"class": "gb-hint"}, " (hidden by filters)"));
      box.appendChild(head);
      box.appendChild(dl([["date", ev.date ? ev.date + (ev.dateEnd ? " \u2013 " + ev.dateEnd : "") : ""],
                          ["where", ev.location], ["mode", ev.mode], ["casualties", ev.casualties],
                          ["weapons", ev.weapons], ["claimed by", ev.claimedBy], ["denied by", ev.deniedBy]]));
      (ev.evidence || "").split(/; (?=[A-Z0-9\u201c"'])/).filter(Boolean).forEach(function (s) {
        box.appendChild(el("blockquote", {"class": "gb-evidence"}, s));
      });
      if (ev.doc) box.appendChild(el("div", {"class": "gb-hint"}, "document: " + ev.doc));
      panel.appendChild(box);
    });
  }

  // ---------- start ----------
  buildLegend();
  var network = new vis.Network($("gb-network"), {nodes: nodes, edges: edges}, data.options);
  network.on("click", function (p) {
    if (p.nodes.length) showNode(p.nodes[0]);
    else if (p.edges.length) showEdge(p.edges[0]);
  });
  var api = {
    ready: false, data: data, state: state, nodes: nodes, edges: edges, network: network,
    visibleCounts: visibleCounts,
    applyFilters: function (changes) {
      changes = changes || {};
      if (changes.types) state.types = new Set(changes.types);
      if (changes.actorTypes) state.actorTypes = new Set(changes.actorTypes);
      ["from", "to", "undated", "allEvents", "minWeight", "depth", "focus"].forEach(function (k) {
        if (k in changes) state[k] = changes[k];
      });
      apply();
      return visibleCounts();
    },
    showNode: showNode, showEdge: showEdge, focus: focusOn, findActor: findActor
  };
  window.graphbuild = api;
  wire();
  apply();
  network.once("afterDrawing", function () { api.ready = true; document.body.dataset.ready = "true"; });
  network.fit({animation: false});
  network.redraw();
})();
