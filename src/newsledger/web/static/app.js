// newsledger web UI: the record panel of an article page. Served from this
// server (the Content-Security-Policy allows no inline script). Record data
// comes from each highlight's data-record attribute and is written with
// textContent only, never as HTML.
"use strict";

(function () {
  const panel = document.getElementById("record-panel");
  const body = document.getElementById("record-panel-body");
  if (!panel || !body) return;

  function num(v) {
    if (v === null || v === undefined) return "…";
    return Number(v).toLocaleString("en-US", { maximumFractionDigits: 4 });
  }

  function interval(q) {
    if (!q) return null;
    return q.bound + " [" + num(q.low) + ", " + num(q.high) + "]";
  }

  function when(t) {
    if (!t) return null;
    const span = t.start && t.end && t.start !== t.end ? t.start + " – " + t.end : (t.end || t.start || "?");
    return (t.kind === "as_of" ? "as of " + (t.end || t.start) : span) + (t.text ? " (“" + t.text + "”)" : "");
  }

  function source(s) {
    if (!s) return null;
    let out = s.entity || s.name;
    if (s.entity && s.name && s.name !== s.entity) out += " (“" + s.name + "”)";
    if (s.cue) out += ", " + s.cue;
    return out;
  }

  function party(p) {
    return p ? (p.entity || p.name) + (p.country ? " (" + p.country + ")" : "") : null;
  }

  // [label, value] rows for each kind of record.
  function rows(r) {
    switch (r.type) {
      case "claim":
        return [
          ["figure", r.text], ["value", num(r.quantity && r.quantity.value)], ["interval", interval(r.quantity)],
          ["unit", r.quantity && [r.quantity.unit, r.quantity.change].filter(Boolean).join(" ")],
          ["measure", r.measure], ["subject", r.subject], ["time", when(r.time)],
          ["basis", r.time && r.time.basis], ["as of", r.as_of ? r.as_of + " (" + r.as_of_basis + ")" : null],
          ["source", source(r.source)], ["via", r.source && r.source.via], ["stated", r.statement_date],
        ];
      case "time":
        return [["expression", r.text], ["type", r.timex_type], ["value", r.value], ["from", r.start], ["to", r.end]];
      case "entity":
        return [
          ["name", r.text], ["label", r.label], ["canonical", r.canonical], ["country", r.country],
          ["place", r.geo && [r.geo.name, r.geo.admin1, r.geo.country].filter(Boolean).join(", ")],
        ];
      case "statement":
        return [["statement", r.text], ["source", source(r.source)], ["via", r.source && r.source.via],
                ["cue", r.cue], ["quoted", r.direct ? "yes" : "no (reported)"]];
      case "event":
        return [
          ["event", r.text], ["type", r.event_type + (r.mode ? "/" + r.mode : "")],
          ["ACLED", r.acled && r.acled.event_type + ": " + r.acled.sub_event_type],
          ["actor", party(r.actor)], ["recipient", party(r.recipient)],
          ["place", r.place && [r.place.name || r.place.text, r.place.country].filter(Boolean).join(", ")],
          ["time", when(r.time)], ["basis", r.time && r.time.basis], ["modality", r.modality],
          ["source", source(r.source)], ["via", r.source && r.source.via],
        ];
      case "source":
        return [["name", r.name], ["entity", r.entity], ["cue", r.cue], ["via", r.via],
                ["source of", r.of + (r.of_text ? ": " + r.of_text : "")]];
      default:
        return [["record", JSON.stringify(r)]];
    }
  }

  let active = [];

  function show(mark) {
    let record;
    try {
      record = JSON.parse(mark.dataset.record);
    } catch (e) {
      return;
    }
    active.forEach(function (m) { m.classList.remove("active"); });
    // every piece of the same record (a record cut where another crosses it)
    active = Array.from(document.querySelectorAll('mark.hl[data-kind="' + mark.dataset.kind + '"][data-part="' +
      mark.dataset.part + '"][data-start="' + mark.dataset.start + '"][data-end="' + mark.dataset.end + '"]'));
    active.forEach(function (m) { m.classList.add("active"); });
    body.replaceChildren();
    const title = document.createElement("h3");
    title.className = "record-kind";
    title.textContent = record.type;
    body.appendChild(title);
    const list = document.createElement("dl");
    list.className = "record-fields";
    rows(record).forEach(function (pair) {
      if (pair[1] === null || pair[1] === undefined || pair[1] === "") return;
      const dt = document.createElement("dt");
      dt.textContent = pair[0];
      const dd = document.createElement("dd");
      dd.textContent = String(pair[1]);
      dd.dataset.field = pair[0];
      list.append(dt, dd);
    });
    body.appendChild(list);
    panel.dataset.kind = record.type;
    panel.hidden = false;
  }

  document.addEventListener("click", function (event) {
    const mark = event.target.closest && event.target.closest("mark.hl[data-record]");
    if (mark) show(mark);
  });
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Enter" && event.key !== " ") return;
    const mark = event.target.closest && event.target.closest("mark.hl[data-record]");
    if (mark) {
      event.preventDefault();
      show(mark);
    }
  });
  document.getElementById("record-panel-close").addEventListener("click", function () {
    panel.hidden = true;
    active.forEach(function (m) { m.classList.remove("active"); });
    active = [];
  });

  // Arriving at #span-N (from a series member or a claims row) opens that record.
  function fromHash() {
    if (!location.hash) return;
    const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target && target.matches("mark.hl[data-record]")) {
      const inner = target.querySelector('mark.hl-claim[data-start="' + target.dataset.start + '"]');
      show(inner || target);
    }
  }
  window.addEventListener("hashchange", fromHash);
  fromHash();
})();
