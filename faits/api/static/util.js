// Small helpers: JSON fetches, DOM and SVG builders, highlighted text.
import { lang, t } from "./i18n.js";

export async function getJSON(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") query.set(key, value);
  }
  const url = query.toString() ? `${path}?${query}` : path;
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await response.json();
  if (!response.ok) {
    const detail = Array.isArray(body.detail)
      ? body.detail.map((d) => `${(d.loc || []).slice(-1)[0] || ""}: ${d.msg || d}`).join("; ")
      : body.detail;
    throw new Error(`${response.status} — ${detail}`);
  }
  return body;
}

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  setAttrs(node, attrs);
  node.append(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
  return node;
}

const SVG_NS = "http://www.w3.org/2000/svg";

export function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  setAttrs(node, attrs);
  node.append(...children.flat().filter((c) => c !== null && c !== undefined));
  return node;
}

function setAttrs(node, attrs) {
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (key === "text") node.textContent = value;
    else node.setAttribute(key, value === true ? "" : value);
  }
}

export function link(href, text, attrs = {}) {
  return el("a", { href, ...attrs }, text);
}

export function message(text, kind = "info") {
  return el("p", { class: `message ${kind}` }, text);
}

// The text between [base, base + text.length) with spans marked: each piece between two
// boundaries becomes a <mark> carrying the classes of every span covering it.
export function highlighted(text, base, spans, classOf) {
  const end = base + text.length;
  const inside = spans.filter((s) => s.end > base && s.start < end);
  const cuts = new Set([base, end]);
  for (const s of inside) {
    cuts.add(Math.max(base, s.start));
    cuts.add(Math.min(end, s.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i < points.length - 1; i += 1) {
    const [from, to] = [points[i], points[i + 1]];
    const piece = text.slice(from - base, to - base);
    const covering = inside.filter((s) => s.start <= from && s.end >= to);
    if (!covering.length) {
      out.push(document.createTextNode(piece));
      continue;
    }
    const classes = [...new Set(covering.map(classOf))];
    const title = covering.map((s) => s.title || s.role || s.kind).join(" · ");
    out.push(el("mark", { class: `hl ${classes.join(" ")}`, title, "data-roles": classes.join(" ") }, piece));
  }
  return out;
}

let labels = null;

export async function loadLabels() {
  if (!labels) labels = await getJSON("/api/labels");
  return labels;
}

export function cameoLabel(code, fallback = "") {
  const entry = labels?.cameo?.[code];
  return (entry && (entry[lang()] || entry.en)) || fallback;
}

export function rootLabel(root) {
  const entry = labels?.roots?.[root]?.labels;
  return (entry && (entry[lang()] || entry.en)) || root;
}

export function modalityText(modality) {
  if (!modality) return t("modality.asserted");
  const on = ["negated", "hypothetical", "future"].filter((k) => modality[k]);
  return on.length ? on.map((k) => t(`modality.${k}`)).join(", ") : t("modality.asserted");
}

export function actorText(actor) {
  if (!actor) return "—";
  return actor.name ? `${actor.code} (${actor.name})` : actor.code;
}

export const QUAD_COLOURS = { 1: "#4a90c2", 2: "#1f5f8b", 3: "#e8944a", 4: "#b8322a" };

// Replace a view's content, skipping the null placeholders of optional parts.
export function show(root, ...children) {
  root.replaceChildren(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
}
