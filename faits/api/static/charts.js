// The dyad timeline, the actor network and the map, drawn as SVG with no library.
import { t } from "./i18n.js";
import {
  show, QUAD_COLOURS, el, getJSON, message, svg } from "./util.js";

function quadLegend() {
  return el("p", { class: "legend" }, [1, 2, 3, 4].map((q) => {
    const swatch = el("span", { class: "swatch" });
    swatch.style.background = QUAD_COLOURS[q];
    return el("span", { class: "legend-item" }, swatch, ` ${t(`quad.${q}`)}`);
  }));
}

function niceMax(value) {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 5, 10].map((m) => m * power).find((m) => m >= value);
}

function periodEnd(start, interval) {
  const day = new Date(`${start}T00:00:00Z`);
  if (interval === "week") day.setUTCDate(day.getUTCDate() + 6);
  if (interval === "month") day.setUTCMonth(day.getUTCMonth() + 1, 0);
  return day.toISOString().slice(0, 10);
}

export function timelineChart(buckets, dyad = "", interval = "month") {
  const width = 960, height = 380, left = 48, right = 56, top = 34, bottom = 48;
  const plotW = width - left - right, plotH = height - top - bottom;
  const maxCount = Math.ceil(Math.max(4, niceMax(Math.max(...buckets.map((b) => b.events)))) / 4) * 4;
  const gMax = Math.max(1, ...buckets.map((b) => Math.abs(b.goldstein)));
  const step = plotW / buckets.length;
  const barW = Math.max(1, step * 0.8);
  const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, class: "chart", id: "timeline-chart", role: "img" });
  for (let i = 0; i <= 4; i += 1) {
    const y = top + plotH - (plotH * i) / 4;
    chart.append(svg("line", { x1: left, x2: left + plotW, y1: y, y2: y, class: "grid" }),
      svg("text", { x: left - 6, y: y + 4, "text-anchor": "end", class: "axis" }, String(Math.round((maxCount * i) / 4))));
    const g = -gMax + (2 * gMax * i) / 4;
    chart.append(svg("text", { x: left + plotW + 6, y: y + 4, class: "axis goldstein-axis" }, g.toFixed(1)));
  }
  const labelEvery = Math.ceil(buckets.length / 12);
  buckets.forEach((b, i) => {
    const x = left + i * step + (step - barW) / 2;
    let y = top + plotH;
    const events = new URLSearchParams({ since: b.period, until: periodEnd(b.period, interval) });
    if (dyad) events.set("dyad", dyad);
    const group = svg("a", { href: `#/events?${events}`, class: "period" });
    chart.append(group);
    for (const q of [1, 2, 3, 4]) {
      const h = (plotH * b[`q${q}`]) / maxCount;
      if (h > 0) {
        y -= h;
        group.append(svg("rect", { x, y, width: barW, height: h, fill: QUAD_COLOURS[q], class: `bar q${q}`, "data-period": b.period },
          svg("title", {}, `${b.period} — ${t(`quad.${q}`)}: ${b[`q${q}`]}`)));
      }
    }
    if (i % labelEvery === 0) {
      chart.append(svg("text", { x: left + i * step + step / 2, y: top + plotH + 16, "text-anchor": "middle", class: "axis" }, interval === "month" ? b.period.slice(0, 7) : b.period));
    }
  });
  const gy = (g) => top + plotH / 2 - (plotH / 2) * (g / gMax);
  const points = buckets.map((b, i) => `${(left + i * step + step / 2).toFixed(1)},${gy(b.goldstein).toFixed(1)}`);
  chart.append(
    svg("line", { x1: left, x2: left + plotW, y1: gy(0), y2: gy(0), class: "zero" }),
    svg("polyline", { points: points.join(" "), class: "goldstein-line", id: "goldstein-line" }),
    ...buckets.map((b, i) => svg("circle", { cx: left + i * step + step / 2, cy: gy(b.goldstein), r: 4, class: "goldstein-dot" },
      svg("title", {}, `${b.period} — ${t("timeline.goldstein")}: ${b.goldstein} · ${b.events} ${t("timeline.count").toLowerCase()} · ${b.stories} ${t("timeline.stories")}`))),
    svg("text", { x: 4, y: 14, class: "axis" }, t("timeline.count")),
    svg("text", { x: width - 4, y: 14, "text-anchor": "end", class: "axis goldstein-axis" }, "Goldstein"));
  return chart;
}

export async function timelineView(root, params) {
  const dyad = params.get("dyad") || "";
  const interval = params.get("interval") || "month";
  const since = params.get("since") || "";
  const until = params.get("until") || "";
  const form = el("form", { class: "filters", id: "timeline-form" },
    el("label", {}, el("span", {}, t("timeline.dyad")),
      el("input", { name: "dyad", value: dyad, list: "dyad-list", size: 12, placeholder: "RUS-PRK" })),
    el("datalist", { id: "dyad-list" }),
    el("label", {}, el("span", {}, t("timeline.interval")),
      el("select", { name: "interval" }, ["day", "week", "month"].map((i) =>
        el("option", { value: i, selected: i === interval }, t(`interval.${i}`))))),
    el("label", {}, el("span", {}, t("filters.since")), el("input", { name: "since", type: "date", value: since })),
    el("label", {}, el("span", {}, t("filters.until")), el("input", { name: "until", type: "date", value: until })),
    el("button", { type: "submit" }, t("timeline.show")));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const next = new URLSearchParams({ interval: data.get("interval") });
    if (data.get("dyad")) next.set("dyad", data.get("dyad").trim().toUpperCase());
    for (const key of ["since", "until"]) if (data.get(key)) next.set(key, data.get(key));
    location.hash = `#/timeline?${next}`;
  });
  show(root, el("h1", {}, t("timeline.title")), form, message(t("loading")));
  try {
    const [top, data] = await Promise.all([
      getJSON("/api/dyads", { page_size: 15 }),
      getJSON("/api/dyads/timeline", { dyad, interval, since, until }),
    ]);
    form.querySelector("datalist").append(...top.items.map((d) => el("option", { value: d.dyad })));
    const topList = el("p", { class: "top-dyads" }, `${t("timeline.top")} : `,
      top.items.flatMap((d) => [el("a", { href: `#/timeline?dyad=${d.dyad}&interval=${interval}` }, `${d.dyad} (${d.events})`), " "]));
    const body = data.buckets.length
      ? [timelineChart(data.buckets, dyad, interval), quadLegend(), el("p", { class: "legend" },
        el("span", { class: "legend-line" }), ` ${t("timeline.goldstein")}`)]
      : [message(t("timeline.empty"))];
    show(root, el("h1", {}, `${t("timeline.title")}${dyad ? ` — ${dyad}` : ""}`), form, ...body, topList);
  } catch (error) {
    show(root, el("h1", {}, t("timeline.title")), form, message(`${t("error")}: ${error.message}`, "error"));
  }
}

const SCOPE = ["actor", "quad_class", "since", "until"];

// The filters the network and the map share; they live in the address like every view's.
function scopeForm(view, params) {
  const form = el("form", { class: "filters", id: `${view}-form` },
    el("label", {}, el("span", {}, t("filters.actor")),
      el("input", { name: "actor", value: params.get("actor") || "", size: 8, placeholder: "RUS" })),
    el("label", {}, el("span", {}, t("filters.quad")),
      el("select", { name: "quad_class" }, el("option", { value: "" }, t("filters.any")),
        [1, 2, 3, 4].map((q) => el("option", { value: String(q), selected: params.get("quad_class") === String(q) },
          `${q} ${t(`quad.${q}`)}`)))),
    el("label", {}, el("span", {}, t("filters.since")),
      el("input", { name: "since", type: "date", value: params.get("since") || "" })),
    el("label", {}, el("span", {}, t("filters.until")),
      el("input", { name: "until", type: "date", value: params.get("until") || "" })),
    el("button", { type: "submit" }, t("filters.apply")));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const [key, value] of new FormData(form)) if (value) next.set(key, value.trim());
    location.hash = `#/${view}?${next}`;
  });
  return form;
}

function scope(params) {
  return Object.fromEntries(SCOPE.map((key) => [key, params.get(key)]));
}

// A small deterministic Fruchterman–Reingold layout: nodes start on a circle, repel each
// other, edges pull in proportion to their weight.
function layout(nodes, edges, width, height) {
  const pos = new Map(nodes.map((n, i) => {
    const angle = (2 * Math.PI * i) / nodes.length;
    return [n.id, { x: width / 2 + (width / 3) * Math.cos(angle), y: height / 2 + (height / 3) * Math.sin(angle) }];
  }));
  const k = 0.45 * Math.sqrt((width * height) / Math.max(1, nodes.length));
  const maxW = Math.max(1, ...edges.map((e) => e.weight));
  const steps = 250;
  for (let step = 0; step < steps; step += 1) {
    const shift = new Map(nodes.map((n) => [n.id, { x: 0, y: 0 }]));
    for (const a of nodes) {
      for (const b of nodes) {
        if (a.id >= b.id) continue;
        const pa = pos.get(a.id), pb = pos.get(b.id);
        const dx = pa.x - pb.x, dy = pa.y - pb.y;
        const d = Math.max(Math.hypot(dx, dy), 1);
        const f = (k * k) / d;
        shift.get(a.id).x += (f * dx) / d; shift.get(a.id).y += (f * dy) / d;
        shift.get(b.id).x -= (f * dx) / d; shift.get(b.id).y -= (f * dy) / d;
      }
    }
    for (const e of edges) {
      const pa = pos.get(e.source), pb = pos.get(e.target);
      const dx = pb.x - pa.x, dy = pb.y - pa.y;
      const d = Math.max(Math.hypot(dx, dy), 1);
      const f = ((d * d) / k) * (0.3 + 0.7 * (e.weight / maxW));
      shift.get(e.source).x += (f * dx) / d; shift.get(e.source).y += (f * dy) / d;
      shift.get(e.target).x -= (f * dx) / d; shift.get(e.target).y -= (f * dy) / d;
    }
    const temperature = (width / 8) * (1 - step / steps) + 1;
    for (const n of nodes) {
      const p = pos.get(n.id), s = shift.get(n.id);
      s.x += 0.4 * (width / 2 - p.x);
      s.y += 0.4 * (height / 2 - p.y);
      const length = Math.max(Math.hypot(s.x, s.y), 1e-9);
      p.x += (s.x / length) * Math.min(length, temperature);
      p.y += (s.y / length) * Math.min(length, temperature);
      p.x = Math.max(40, Math.min(width - 40, p.x));
      p.y = Math.max(30, Math.min(height - 30, p.y));
    }
  }
  return pos;
}

function dominantQuad(edge) {
  return [1, 2, 3, 4].reduce((best, q) => (edge[`q${q}`] > edge[`q${best}`] ? q : best), 1);
}

export async function networkView(root, params) {
  const form = scopeForm("network", params);
  show(root, el("h1", {}, t("network.title")), form, message(t("loading")));
  let data;
  try {
    data = await getJSON("/api/network", { nodes: 30, ...scope(params) });
  } catch (error) {
    show(root, el("h1", {}, t("network.title")), form, message(`${t("error")}: ${error.message}`, "error"));
    return;
  }
  if (!data.edges.length) {
    show(root, el("h1", {}, t("network.title")), form, message(t("network.empty")));
    return;
  }
  const width = 960, height = 600;
  const pos = layout(data.nodes, data.edges, width, height);
  const maxW = Math.max(...data.edges.map((e) => e.weight));
  const maxN = Math.max(...data.nodes.map((n) => n.events));
  const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, class: "chart", id: "network-chart", role: "img" });
  for (const e of data.edges) {
    const a = pos.get(e.source), b = pos.get(e.target);
    chart.append(svg("line", {
      x1: a.x, y1: a.y, x2: b.x, y2: b.y, class: "edge", stroke: QUAD_COLOURS[dominantQuad(e)],
      "stroke-width": 1 + (7 * e.weight) / maxW,
    }, svg("title", {}, `${e.source} → ${e.target}: ${e.weight} (${[1, 2, 3, 4].map((q) => `q${q} ${e[`q${q}`]}`).join(", ")})`)));
  }
  for (const n of data.nodes) {
    const p = pos.get(n.id);
    const node = svg("a", { href: `#/events?actor=${encodeURIComponent(n.id)}`, class: "node" },
      svg("circle", { cx: p.x, cy: p.y, r: 6 + 18 * Math.sqrt(n.events / maxN) }, svg("title", {}, `${n.id}: ${n.events}`)),
      svg("text", { x: p.x, y: p.y + 4, "text-anchor": "middle" }, n.id));
    chart.append(node);
  }
  show(root, el("h1", {}, t("network.title")), form, el("p", { class: "hint" }, t("network.hint")), chart, quadLegend());
}

let basemap = null;

export async function mapView(root, params) {
  const form = scopeForm("map", params);
  show(root, el("h1", {}, t("map.title")), form, message(t("loading")));
  let places;
  try {
    [basemap, places] = await Promise.all([
      basemap ? Promise.resolve(basemap) : fetch("/static/basemap.json").then((r) => r.json()),
      getJSON("/api/places", { limit: 1000, ...scope(params) }),
    ]);
  } catch (error) {
    show(root, el("h1", {}, t("map.title")), form, message(`${t("error")}: ${error.message}`, "error"));
    return;
  }
  const chart = svg("svg", { viewBox: "0 0 360 180", class: "chart map", id: "map-chart", role: "img" },
    svg("rect", { x: 0, y: 0, width: 360, height: 180, class: "sea" }),
    svg("g", { class: "countries" }, basemap.countries.map((c) =>
      svg("path", { d: c.d, class: "country" }, svg("title", {}, c.name || "")))));
  const maxE = Math.max(1, ...places.items.map((p) => p.events));
  const dots = svg("g", { class: "places" });
  for (const p of places.items) {
    const dominant = [1, 2, 3, 4].reduce((best, q) => (p[`q${q}`] > p[`q${best}`] ? q : best), 1);
    dots.append(svg("a", { href: `#/events?place=${encodeURIComponent(p.name)}`, class: "place", "data-place": p.name },
      svg("circle", { cx: p.lon + 180, cy: 90 - p.lat, r: 0.8 + 3.5 * Math.sqrt(p.events / maxE), fill: QUAD_COLOURS[dominant] },
        svg("title", {}, `${p.name} (${p.country || "?"}): ${p.events}`))));
  }
  chart.append(dots);
  const list = el("ul", { class: "place-list" }, places.items.slice(0, 20).map((p) =>
    el("li", {}, el("a", { href: `#/events?place=${encodeURIComponent(p.name)}` }, `${p.name} (${p.country || "?"})`), ` ${p.events}`)));
  show(root, el("h1", {}, t("map.title")), form,
    places.items.length ? chart : message(t("map.empty")), quadLegend(), list);
}
