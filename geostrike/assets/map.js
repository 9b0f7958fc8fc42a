
(function () {
"use strict";
var GS = window.geostrike = window.geostrike || {};

function el(tag, cls, text) {
  var e = document.createElement(tag);
  if (cls) { e.className = cls; }
  if (text !== undefined && text !== null) { e.textContent = String(text); }
  return e;
}

function readData(id) { return JSON.parse(document.getElementById(id).textContent); }

function ensurePane(map, name, z, passive) {
  var pane = map.getPane(name);
  if (!pane) {
    pane = map.createPane(name);
    pane.style.zIndex = String(z);
    if (passive) { pane.style.pointerEvents = "none"; }
  }
  return pane;
}

function swatch(fill, stroke, shape, dash) {
  var ns = "http://www.w3.org/2000/svg";
  var svg = document.createElementNS(ns, "svg");
  svg.setAttribute("width", "26"); svg.setAttribute("height", "16");
  var s;
  if (shape === "line") {
    s = document.createElementNS(ns, "path"); s.setAttribute("d", "M2 12 Q13 0 24 12");
    s.setAttribute("fill", "none");
  } else if (shape === "area") {
    s = document.createElementNS(ns, "rect"); s.setAttribute("x", "3"); s.setAttribute("y", "2");
    s.setAttribute("width", "20"); s.setAttribute("height", "12");
    s.setAttribute("fill", fill); s.setAttribute("fill-opacity", "0.25");
  } else if (shape === "ring") {
    var g = document.createElementNS(ns, "g");
    var ring = document.createElementNS(ns, "circle");
    ring.setAttribute("cx", "13"); ring.setAttribute("cy", "8"); ring.setAttribute("r", "7");
    ring.setAttribute("fill", fill); ring.setAttribute("fill-opacity", "0.12");
    ring.setAttribute("stroke", stroke); ring.setAttribute("stroke-dasharray", "2 2");
    var dot = document.createElementNS(ns, "circle");
    dot.setAttribute("cx", "13"); dot.setAttribute("cy", "8"); dot.setAttribute("r", "3");
    dot.setAttribute("fill", fill); dot.setAttribute("stroke", "#fff");
    g.appendChild(ring); g.appendChild(dot); svg.appendChild(g); return svg;
  } else {
    s = document.createElementNS(ns, "circle"); s.setAttribute("cx", "13"); s.setAttribute("cy", "8");
    s.setAttribute("r", shape === "cell" ? "7" : "5"); s.setAttribute("fill", fill);
    s.setAttribute("fill-opacity", shape === "cell" ? "0.65" : "0.9");
  }
  s.setAttribute("stroke", stroke); s.setAttribute("stroke-width", "2");
  if (dash) { s.setAttribute("stroke-dasharray", dash); }
  svg.appendChild(s);
  return svg;
}

function fieldsPopup(props, fields, title) {
  var box = el("div", "gs-popup");
  if (title) { box.appendChild(el("h4", null, title)); }
  var table = el("table");
  fields.forEach(function (f) {
    var v = props[f[1]];
    if (v === undefined || v === null || v === "") { return; }
    var tr = el("tr"); tr.appendChild(el("th", null, f[0])); tr.appendChild(el("td", null, v));
    table.appendChild(tr);
  });
  var wrap = el("div", "gs-claim"); wrap.appendChild(table); box.appendChild(wrap);
  return box;
}

GS.outlines = function (map, dataId, o) {
  var data = readData(dataId);
  var renderer;
  var paneName = o.pane || "overlayPane";
  if (o.pane) {
    ensurePane(map, o.pane, o.z, !o.interactive);
    renderer = L.canvas({pane: o.pane, padding: 0.5});
  }
  if (o.background) { map.getContainer().style.background = o.background; }
  var layer = L.geoJSON(data, {
    pane: paneName, renderer: renderer, interactive: !!o.interactive,
    style: function (f) {
      var s = Object.assign({}, o.style);
      if (o.colourKey && f.properties[o.colourKey]) {
        s.color = f.properties[o.colourKey]; s.fillColor = f.properties[o.colourKey];
      }
      if (o.highlight && f.properties.iso === o.highlight.iso) { Object.assign(s, o.highlight.style); }
      return s;
    },
    onEachFeature: function (f, l) {
      if (o.label && f.properties[o.label] && (o.skipLabel || []).indexOf(f.properties.iso) < 0) {
        l.bindTooltip(el("span", null, f.properties[o.label]),
          {permanent: true, direction: "center", className: o.labelClass || "gs-label", interactive: false,
           opacity: 1});
      }
      if (o.popup) {
        l.bindPopup(function () { return fieldsPopup(f.properties, o.popup, o.popupTitle); },
                    {maxWidth: 360});
      }
    }
  });
  if (o.back) {
    // stays under the claims when switched back on (a canvas draws in the order layers came)
    map.on("overlayadd", function (e) { if (e.layer === layer) { layer.bringToBack(); } });
    layer.on("add", function () { layer.bringToBack(); });
  }
  return layer;
};

GS.claims = function (map, dataId, o) {
  var data = readData(dataId);
  var C = data.claims, n = C.outlet.length, groups = data.groups;
  var hasVerdict = !!groups.verdict;
  var state = {};
  Object.keys(groups).forEach(function (g) {
    state[g] = groups[g].map(function (name) {
      return !(g === "role" && o.rolesOff.indexOf(name) >= 0);
    });
  });
  var visible = new Uint8Array(n);
  var layer = L.featureGroup().addTo(map);
  var counts = {};
  var listeners = [];
  var roleKey = groups.role;

  function roleColour(i) { return o.roleColours[roleKey[i]] || "#7f7f7f"; }
  function outletName(i) { return groups.outlet[C.outlet[i]]; }

  function recompute() {
    for (var i = 0; i < n; i++) {
      visible[i] = (state.outlet[C.outlet[i]] && state.date[C.date[i]] && state.role[C.role[i]] &&
                    (!hasVerdict || state.verdict[C.verdict[i]])) ? 1 : 0;
    }
  }

  function visibleOf(list) {
    var out = [];
    for (var k = 0; k < list.length; k++) { if (visible[list[k]]) { out.push(list[k]); } }
    return out;
  }

  function outlineColour(f) {
    if (!hasVerdict) { return null; }
    var first = C.verdict[f.vis[0]];
    for (var k = 1; k < f.vis.length; k++) { if (C.verdict[f.vis[k]] !== first) { return o.mixedVerdict; } }
    return o.verdictColours[groups.verdict[first]] || null;
  }

  function claimBlock(i) {
    var box = el("div", "gs-claim");
    var head = el("div");
    head.appendChild(el("b", null, outletName(i)));
    head.appendChild(document.createTextNode(" \u00b7 published " + (C.pub[i] || "date unknown")));
    box.appendChild(head);
    var table = el("table");
    function row(label, value) {
      if (value === null || value === undefined || value === "") { return; }
      var tr = el("tr"); tr.appendChild(el("th", null, label)); tr.appendChild(el("td", null, value));
      table.appendChild(tr);
    }
    row("Event date", C.ev[i] || "not stated");
    row("Claimant", C.claimant[i]);
    row("Target group", C.tg[i]);
    row("Numbers", C.nums[i]);
    row("Weapons", C.weapons[i]);
    var prec = C.prec[i] !== null ? (o.precision[String(C.prec[i])] || "") : "";
    var where = (C.surface[i] || C.place[i]) + (prec ? " \u2014 " + prec : "") +
                (C.unc[i] ? " (\u00b1" + C.unc[i] + " km)" : "");
    row("Place named", where);
    if (hasVerdict) { row("Verdict", groups.verdict[C.verdict[i]]); }
    box.appendChild(table);
    if (C.q[i] !== null) {
      var text = data.quotes[C.q[i]], m = C.mark[i];
      var quote = el("blockquote", "gs-quote");
      if (m) {
        quote.appendChild(document.createTextNode(text.slice(0, m[0])));
        quote.appendChild(el("mark", null, text.slice(m[0], m[1])));
        quote.appendChild(document.createTextNode(text.slice(m[1])));
      } else {
        quote.textContent = text;
      }
      box.appendChild(quote);
    }
    var url = C.url[i];
    if (url && /^https?:\/\//i.test(url)) {
      var a = el("a", null, "source article");
      a.href = url; a.target = "_blank"; a.rel = "noopener noreferrer";
      box.appendChild(a);
    }
    return box;
  }

  function claimList(box, list) {
    list.slice(0, o.popupMax).forEach(function (i) { box.appendChild(claimBlock(i)); });
    if (list.length > o.popupMax) {
      box.appendChild(el("p", "gs-muted", "\u2026 and " + (list.length - o.popupMax) +
        " more claims here (switch groups off to narrow)"));
    }
  }

  function featurePopup(f) {
    var box = el("div", "gs-popup");
    var label = o.roleLabels[roleKey[f.role]] || roleKey[f.role];
    box.appendChild(el("h4", null, f.name));
    box.appendChild(el("div", "gs-muted", f.vis.length + " claim" + (f.vis.length === 1 ? "" : "s") +
      " \u00b7 " + label + (f.kind === "area" ? " \u00b7 whole area outlined" : "")));
    claimList(box, f.vis);
    return box;
  }

  function arcPopup(a) {
    var box = el("div", "gs-popup");
    var pair = a.vis[0];
    box.appendChild(el("h4", null, C.place[pair[0]] + " \u2192 " + C.place[pair[1]]));
    box.appendChild(el("div", "gs-muted", a.same ? "launch point and target named in the same sentence"
      : "same article and claimant, not the same sentence"));
    var seen = {}, launches = [];
    a.vis.forEach(function (p) { if (!seen[p[0]]) { seen[p[0]] = 1; launches.push(p[0]); } });
    claimList(box, launches);
    return box;
  }

  function areaLayer(f) {
    if (!f.layer) {
      f.layer = L.geoJSON(data.shapes[f.shape], {style: {weight: 2, fillOpacity: 0.16}});
      f.layer.bindPopup(function () { return featurePopup(f); }, {maxWidth: 380});
    }
    var c = roleColour(f.role), v = outlineColour(f);
    f.layer.setStyle({color: v || c, fillColor: c, weight: v ? 3 : 2,
                      dashArray: f.prec === 4 ? null : "6 4"});
    return f.layer;
  }

  function pointLayers(f) {
    if (!f.marker) {
      f.marker = L.circleMarker(f.ll, {weight: 1.5, fillOpacity: 0.9});
      f.marker.bindPopup(function () { return featurePopup(f); }, {maxWidth: 380});
      if (f.r > 0) {
        f.ring = L.circle(f.ll, {radius: f.r * 1000, weight: 1, dashArray: "3 4",
                                 fillOpacity: 0.07, interactive: false});
      }
    }
    var c = roleColour(f.role), v = outlineColour(f);
    f.marker.setStyle({color: v || "#ffffff", fillColor: c, weight: v ? 3 : 1.5});
    f.marker.setRadius(Math.min(13, 4.5 + 1.6 * Math.sqrt(f.vis.length - 1)));
    if (f.ring) { f.ring.setStyle({color: c, fillColor: c}); }
    return f;
  }

  function cellLayer(cell) {
    var nClaims = 0, bounds = L.latLngBounds([]);
    cell.items.forEach(function (f) { nClaims += f.vis.length; bounds.extend(f.ll); });
    var ll = map.unproject(L.point(cell.x / cell.items.length, cell.y / cell.items.length), cell.z);
    var marker = L.circleMarker(ll, {radius: Math.min(19, 8 + 1.8 * Math.log2(nClaims)),
      color: "#ffffff", weight: 1.5, fillColor: "#3b3b3b", fillOpacity: 0.72});
    marker.bindTooltip(el("span", null, String(nClaims)),
      {permanent: true, direction: "center", className: "gs-count", interactive: false, opacity: 1});
    marker.on("click", function () { map.fitBounds(bounds.pad(0.2), {maxZoom: cell.z + 3}); });
    return marker;
  }

  function refresh() {
    recompute();
    counts = {claims: 0, markers: 0, rings: 0, areas: 0, arcs: 0, cells: 0, listed: 0, unresolved: 0};
    var next = [], areas = [], points = [];
    data.features.forEach(function (f) {
      f.vis = visibleOf(f.claims);
      if (!f.vis.length) { return; }
      counts.claims += f.vis.length;
      if (f.kind === "area") { areas.push(areaLayer(f)); counts.areas += 1; }
      else { points.push(f); }
    });
    var z = map.getZoom();
    if (points.length > o.aggregateMin && z < o.aggregateMaxZoom) {
      var cells = {}, order = [];
      points.forEach(function (f) {
        var p = map.project(f.ll, z);
        var key = Math.floor(p.x / o.cellPx) + ":" + Math.floor(p.y / o.cellPx);
        var cell = cells[key];
        if (!cell) { cell = cells[key] = {items: [], x: 0, y: 0, z: z}; order.push(key); }
        cell.items.push(f); cell.x += p.x; cell.y += p.y;
      });
      points = [];
      order.forEach(function (key) {
        var cell = cells[key];
        if (cell.items.length === 1) { points.push(cell.items[0]); return; }
        next.push(cellLayer(cell)); counts.cells += 1;
      });
    }
    points.forEach(function (f) {
      pointLayers(f);
      if (f.ring) { next.push(f.ring); counts.rings += 1; }
    });
    points.forEach(function (f) { next.push(f.marker); counts.markers += 1; });
    var arcs = data.arcs.filter(function (a) {
      a.vis = a.pairs.filter(function (p) { return visible[p[0]] && visible[p[1]]; });
      return a.vis.length > 0;
    });
    // many lines fan out from the same few launch areas: thinner and fainter as they multiply
    var opacity = Math.max(0.12, Math.min(0.85, 30 / Math.max(1, arcs.length)));
    arcs.forEach(function (a) {
      if (!a.layer) {
        a.layer = L.polyline(a.coords, {color: o.roleColours.launch_point,
          dashArray: a.same ? null : "7 6"});
        a.layer.bindPopup(function () { return arcPopup(a); }, {maxWidth: 380});
      }
      a.layer.setStyle({opacity: opacity, weight: arcs.length > 60 ? 1.2 : 2});
      next.push(a.layer); counts.arcs += 1;
    });
    // change only what changed, so an open popup stays open (removing its layer would close it)
    var keep = new Set(areas.concat(next));
    layer.eachLayer(function (l) { if (!keep.has(l)) { layer.removeLayer(l); } });
    next.forEach(function (l) { if (!layer.hasLayer(l)) { layer.addLayer(l); } });
    areas.forEach(function (l) {
      // areas lie under dots and lines: a canvas hands a click to the last shape drawn there
      if (!layer.hasLayer(l)) { layer.addLayer(l); l.bringToBack(); }
    });
    counts.listed = visibleOf(data.listed).length;
    counts.unresolved = visibleOf(data.unresolved).length;
    listeners.forEach(function (fn) { fn(); });
  }

  // --- the filter control: one checkbox per outlet, date group, role and verdict ----------------
  var titles = {role: "Roles", outlet: "Outlets", date: "Event dates", verdict: "Verdicts"};
  var totals = {};
  Object.keys(groups).forEach(function (g) {
    totals[g] = groups[g].map(function () { return 0; });
    var key = C[g];
    for (var i = 0; i < n; i++) { totals[g][key[i]] += 1; }
  });
  var boxes = {};
  var Filter = L.Control.extend({
    options: {position: "topright"},
    onAdd: function () {
      var div = el("div", "gs-panel gs-filter leaflet-control");
      div.appendChild(el("h3", null, "Show claims"));
      ["role", "outlet", "date", "verdict"].forEach(function (g) {
        if (!groups[g] || !groups[g].length) { return; }
        var details = el("details"); details.open = groups[g].length <= 12;
        var summary = el("summary", null, titles[g]);
        details.appendChild(summary);
        if (groups[g].length > 4) {
          ["all", "none"].forEach(function (what) {
            var b = el("button", null, what); b.type = "button";
            b.addEventListener("click", function () {
              state[g] = state[g].map(function () { return what === "all"; });
              boxes[g].forEach(function (cb, k) { cb.checked = state[g][k]; });
              refresh();
            });
            details.appendChild(b);
          });
        }
        boxes[g] = groups[g].map(function (name, k) {
          var label = el("label");
          var cb = el("input"); cb.type = "checkbox"; cb.checked = state[g][k];
          cb.setAttribute("aria-label", name);
          cb.dataset.group = g; cb.dataset.index = String(k);
          cb.addEventListener("change", function () { state[g][k] = cb.checked; refresh(); });
          label.appendChild(cb);
          if (g === "role") {
            var dot = el("span"); dot.textContent = "\u25cf ";
            dot.style.color = o.roleColours[name] || "#7f7f7f"; label.appendChild(dot);
          }
          label.appendChild(document.createTextNode(" " + (g === "role" ? (o.roleLabels[name] || name) : name) + " "));
          label.appendChild(el("span", "gs-n", "(" + totals[g][k] + ")"));
          label.title = name;
          details.appendChild(label);
          return cb;
        });
        div.appendChild(details);
      });
      L.DomEvent.disableClickPropagation(div);
      L.DomEvent.disableScrollPropagation(div);
      return div;
    }
  });
  var filter = new Filter().addTo(map);

  map.on("zoomend", refresh);
  refresh();
  // the initial view: Syria and the launch areas, clear of the panels on the right
  var panel = filter.getContainer().offsetWidth || 0;
  map.fitBounds(data.bounds, {paddingTopLeft: [40, 30], paddingBottomRight: [panel + 24, 24],
                              animate: false});

  // --- the documented hook for tests and scripts ----------------------------------------------
  GS.visibleCount = function () { return Object.assign({}, counts); };
  GS.groups = function () {
    var out = {};
    Object.keys(groups).forEach(function (g) {
      out[g] = groups[g].map(function (name, k) { return {name: name, on: state[g][k]}; });
    });
    return out;
  };
  GS.setVisible = function (g, name, on) {
    var k = groups[g] ? groups[g].indexOf(name) : -1;
    if (k < 0) { throw new Error("no filter group " + g + "/" + name); }
    state[g][k] = !!on; boxes[g][k].checked = !!on; refresh();
  };
  GS.openPopup = function (placeName) {
    for (var k = 0; k < data.features.length; k++) {
      var f = data.features[k];
      if (f.name === placeName && f.vis && f.vis.length) {
        var target = f.kind === "area" ? f.layer : f.marker;
        if (target && layer.hasLayer(target)) {
          target.openPopup();
          return true;
        }
      }
    }
    return false;
  };
  GS.map = map;
  GS.onRefresh = function (fn) { listeners.push(fn); fn(); };
  GS.listedClaims = function () {
    return visibleOf(data.listed).map(function (i) {
      return {place: C.place[i], role: roleKey[C.role[i]], outlet: outletName(i),
              date: C.ev[i] || C.pub[i]};
    });
  };
  return layer;
};

GS.legend = function (map, c) {
  var Legend = L.Control.extend({
    options: {position: "bottomright"},
    onAdd: function () {
      var div = el("div", "gs-panel gs-legend leaflet-control");
      div.appendChild(el("h3", null, c.title));
      var counter = el("div", "gs-muted"); div.appendChild(counter);
      function row(svg, text) {
        var r = el("div", "gs-row"); r.appendChild(svg); r.appendChild(el("span", null, text));
        div.appendChild(r);
      }
      div.appendChild(el("h4", null, "Colour: role"));
      c.roles.forEach(function (r) { row(swatch(r[1], "#fff", "dot"), r[0]); });
      div.appendChild(el("h4", null, "Shape: how precisely the place is known"));
      row(swatch("#777", "#777", "ring"), "a place (dot; dashed ring = uncertainty radius)");
      row(swatch("#777", "#777", "area"), "a governorate: its outline");
      row(swatch("#777", "#777", "area", "4 3"), "a region: its outline");
      row(swatch("#3b3b3b", "#fff", "cell"), "nearby places grouped at this zoom (claims; click)");
      row(swatch("none", c.launchColour, "line"), "launch point \u2192 target, same sentence");
      row(swatch("none", c.launchColour, "line", "5 4"), "same article and claimant only");
      if (c.verdicts.length) {
        div.appendChild(el("h4", null, "Outline: verdict"));
        c.verdicts.forEach(function (v) { row(swatch("#fff", v[1], "dot"), v[0]); });
        row(swatch("#fff", c.mixedVerdict, "dot"), "mixed verdicts");
      }
      if (c.controllers.length) {
        div.appendChild(el("h4", null, "Control areas (layer menu)"));
        c.controllers.forEach(function (v) { row(swatch(v[1], v[1], "area"), v[0]); });
      }
      var details = el("details", "gs-listed");
      var summary = el("summary"); details.appendChild(summary);
      var list = el("ul"); details.appendChild(list);
      div.appendChild(details);
      GS.onRefresh(function () {
        var counts = GS.visibleCount();
        counter.textContent = counts.claims + " claims drawn" +
          (counts.unresolved ? " \u00b7 " + counts.unresolved + " unresolved, not drawn" : "");
        var listed = GS.listedClaims();
        summary.textContent = "Country-level claims: " + listed.length + ", listed (not drawn)";
        while (list.firstChild) { list.removeChild(list.firstChild); }
        listed.slice(0, c.maxListed).forEach(function (x) {
          list.appendChild(el("li", null, x.place + " \u00b7 " + x.role.replace("_", " ") + " \u00b7 " +
            x.outlet + (x.date ? " \u00b7 " + x.date : "")));
        });
        if (listed.length > c.maxListed) {
          list.appendChild(el("li", "gs-muted", "\u2026 and " + (listed.length - c.maxListed) + " more"));
        }
      });
      L.DomEvent.disableClickPropagation(div);
      L.DomEvent.disableScrollPropagation(div);
      return div;
    }
  });
  new Legend().addTo(map);
};
})();
