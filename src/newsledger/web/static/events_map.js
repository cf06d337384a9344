// newsledger web UI: the events map. A world base map drawn from the bundled
// Natural Earth countries (world-atlas 110m, as GeoJSON through
// topojson-client) in Leaflet with no tile layer, so nothing is fetched from
// another host; one SVG circle (class "event-marker") per event. The events
// come as JSON in #events-map's data-markers attribute (the CSP allows no
// inline script) and their words are written with textContent only.
"use strict";

(function () {
  const el = document.getElementById("events-map");
  if (!el || typeof L === "undefined") return;
  let markers = [];
  try {
    markers = JSON.parse(el.dataset.markers || "[]");
  } catch (e) {
    markers = [];
  }

  const map = L.map(el, {
    attributionControl: false, // its default text links to leafletjs.com; the page credits Natural Earth
    worldCopyJump: true,
    minZoom: 1,
    maxZoom: 9,
    zoomSnap: 0.5,
  });
  const svg = L.svg({ padding: 0.5 });
  // Countries under the markers whenever their file arrives.
  map.createPane("countries");
  map.getPane("countries").style.zIndex = 350;

  fetch(el.dataset.world, { credentials: "same-origin" })
    .then(function (r) { return r.json(); })
    .then(function (world) {
      const countries = topojson.feature(world, world.objects.countries);
      L.geoJSON(countries, {
        pane: "countries", renderer: L.svg({ pane: "countries", padding: 0.5 }), interactive: false,
        style: { className: "country", weight: 0.6 },
      }).addTo(map);
      el.dataset.baseMap = "drawn";
    })
    .catch(function () { el.dataset.baseMap = "failed"; });

  function casualties(m) {
    if (m.dead === null && m.injured === null) return null;
    return (m.dead || 0) + (m.injured || 0);
  }

  // Area grows with the count: the radius with its square root, within bounds a click can hit.
  function radius(m) {
    const c = casualties(m);
    const n = c === null ? m.reports : c;
    return Math.min(26, 4 + 2.5 * Math.sqrt(Math.max(1, n || 1)));
  }

  function line(parent, tag, text, cls) {
    const node = document.createElement(tag);
    node.textContent = text;
    if (cls) node.className = cls;
    parent.appendChild(node);
    return node;
  }

  function popup(m) {
    const box = document.createElement("div");
    box.className = "event-popup";
    line(box, "strong", m.type + (m.mode ? "/" + m.mode : "") + ": " + m.text);
    line(box, "div", [m.place, m.country].filter(Boolean).join(", ") + (m.when ? " · " + m.when : ""));
    const counts = [];
    if (m.dead !== null) counts.push(Number(m.dead).toLocaleString("en-US") + " killed");
    if (m.injured !== null) counts.push(Number(m.injured).toLocaleString("en-US") + " injured");
    counts.push(m.reports + (m.reports === 1 ? " report" : " reports"));
    line(box, "div", counts.join(" · "));
    const link = line(box, "a", "read the report");
    link.href = m.href;
    return box;
  }

  const group = L.featureGroup();
  // The biggest first, so that a small marker is never hidden under a big one at the same place.
  markers.sort(function (a, b) { return radius(b) - radius(a); });
  markers.forEach(function (m) {
    if (typeof m.lat !== "number" || typeof m.lon !== "number") return;
    const type = String(m.type || "").replace(/[^A-Za-z]/g, "");
    const c = L.circleMarker([m.lat, m.lon], {
      renderer: svg, radius: radius(m), weight: 1, className: "event-marker type-" + type,
    });
    c.bindPopup(function () { return popup(m); });
    c.bindTooltip(function () {
      const t = document.createElement("span");
      t.textContent = m.type + " · " + (m.place || "");
      return t;
    });
    c.on("add", function () {
      const path = c.getElement();
      if (path) {
        path.setAttribute("data-type", type);
        path.setAttribute("data-reports", String(m.reports));
      }
    });
    group.addLayer(c);
  });
  // The view is set once, without animation: the markers never show mid-zoom (as in a screenshot
  // taken while an animated fit still runs).
  if (group.getLayers().length) map.fitBounds(group.getBounds().pad(0.3), { maxZoom: 5, animate: false });
  else map.setView([20, 10], 1.5, { animate: false });
  group.addTo(map);
  el.dataset.markersDrawn = String(group.getLayers().length);
})();
