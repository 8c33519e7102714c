// The event table with its filters, and one event's page with the sentence highlighted.
import { t } from "./i18n.js";
import {
  show,
  QUAD_COLOURS, actorText, cameoLabel, el, getJSON, highlighted, link, loadLabels, message,
  modalityText, rootLabel,
} from "./util.js";

const FILTERS = ["q", "actor", "dyad", "cameo", "root", "quad_class", "since", "until", "country", "place", "modality"];

function filterForm(params) {
  const labels = window.faitsLabels;
  const input = (name, attrs = {}) =>
    el("label", {}, el("span", {}, t(`filters.${attrs.label || name}`)),
      el("input", { name, value: params.get(name) || "", ...attrs.input }));
  const select = (name, label, options) =>
    el("label", {}, el("span", {}, t(`filters.${label}`)),
      el("select", { name },
        el("option", { value: "" }, t("filters.any")),
        options.map(([value, text]) =>
          el("option", { value, selected: params.get(name) === value }, text))));
  const roots = Object.keys(labels?.roots || {}).map((r) => [r, `${r} ${rootLabel(r)}`]);
  const form = el("form", { class: "filters", id: "filters" },
    input("q", { input: { type: "search", size: 24 } }),
    input("actor", { input: { size: 8, placeholder: "RUS" } }),
    input("dyad", { input: { size: 9, placeholder: "RUS-PRK" } }),
    input("cameo", { input: { size: 5, placeholder: "042" } }),
    select("root", "root", roots),
    select("quad_class", "quad", [1, 2, 3, 4].map((q) => [String(q), `${q} ${t(`quad.${q}`)}`])),
    input("since", { input: { type: "date" } }),
    input("until", { input: { type: "date" } }),
    input("country", { input: { size: 4, placeholder: "RUS" } }),
    input("place", { input: { size: 10 } }),
    select("modality", "modality",
      ["asserted", "negated", "hypothetical", "future"].map((m) => [m, t(`modality.${m}`)])),
    el("button", { type: "submit" }, t("filters.apply")),
    el("button", { type: "reset", onclick: () => { location.hash = "#/events"; } }, t("filters.reset")));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const [key, value] of new FormData(form)) if (value) next.set(key, value.trim());
    location.hash = `#/events?${next}`;
  });
  return form;
}

function eventRow(e) {
  const place = e.location ? `${e.location.name}${e.location.country ? ` (${e.location.country})` : ""}` : "—";
  const swatch = el("span", { class: "swatch" });
  swatch.style.background = QUAD_COLOURS[e.quad_class] || "#999";
  return el("tr", { "data-event": e.event_id },
    el("td", { class: "nowrap" }, e.date || "—"),
    el("td", {}, actorText(e.source)),
    el("td", {}, swatch, link(`#/event/${encodeURIComponent(e.event_id)}`,
      `${e.cameo} ${cameoLabel(e.cameo, e.cameo_label || "")}`, { class: "event-link" })),
    el("td", {}, actorText(e.target)),
    el("td", {}, place),
    el("td", {}, modalityText(e.modality)),
    el("td", { class: "sentence" }, e.sentence || ""));
}

export async function eventsView(root, params) {
  await loadLabels();
  const page = Number(params.get("page") || 1);
  show(root, filterForm(params), message(t("loading")));
  const query = { page, page_size: 25, sort: params.get("sort") || "-date" };
  for (const name of FILTERS) query[name] = params.get(name);
  let data;
  try {
    data = await getJSON("/api/events", query);
  } catch (error) {
    show(root, filterForm(params), message(`${t("error")}: ${error.message}`, "error"));
    return;
  }
  const pages = Math.max(1, Math.ceil(data.total / data.page_size));
  const move = (to) => {
    const next = new URLSearchParams(params);
    next.set("page", to);
    return `#/events?${next}`;
  };
  const table = el("table", { class: "events", id: "events-table" },
    el("thead", {}, el("tr", {}, ["date", "source", "event", "target", "place", "modality", "sentence"]
      .map((c) => el("th", {}, t(`col.${c}`))))),
    el("tbody", {}, data.items.map(eventRow)));
  show(root, 
    filterForm(params),
    el("p", { class: "count", id: "result-count" }, `${data.total} ${t("results")}`),
    data.items.length ? table : message(t("none")),
    el("nav", { class: "pager" },
      page > 1 ? link(move(page - 1), t("page.prev")) : null,
      el("span", {}, ` ${page} ${t("page.of")} ${pages} `),
      page < pages ? link(move(page + 1), t("page.next")) : null));
}

function row(label, ...value) {
  return el("tr", {}, el("th", {}, label), el("td", {}, ...value));
}

export async function eventView(root, id) {
  await loadLabels();
  show(root, message(t("loading")));
  let data;
  try {
    data = await getJSON(`/api/events/${encodeURIComponent(id)}`);
  } catch (error) {
    show(root, message(`${t("error")}: ${error.message}`, "error"));
    return;
  }
  const e = data.event;
  const sentence = data.sentence || { text: e.sentence, start: 0 };
  const spans = data.highlights.map((s) => ({ ...s, title: `${t(`role.${s.role}`)}: ${s.text}` }));
  const marked = el("blockquote", { class: "sentence-view", id: "event-sentence" },
    highlighted(sentence.text, sentence.start, spans, (s) => `hl-${s.role}`));
  const legend = el("p", { class: "legend" },
    ["source", "target", "trigger", "time", "place", "attribution"].map((r) =>
      el("mark", { class: `hl hl-${r}` }, t(`role.${r}`))));
  const loc = e.location;
  const dyad = e.source && e.target ? `${(e.source.country || e.source.code)}-${(e.target.country || e.target.code)}` : null;
  const quote = data.quote;
  const plover = e.plover?.type ? `${e.plover.type} — ${t(`plover.${e.plover.type}`)}` : "—";
  const details = el("table", { class: "details" },
    row(t("event.cameo"), `${e.cameo} — ${cameoLabel(e.cameo, e.cameo_label)}`),
    row(t("event.quad"), `${e.quad_class} — ${t(`quad.${e.quad_class}`)}`),
    row(t("event.goldstein"), String(e.goldstein)),
    row(t("event.plover"), plover),
    row(t("event.date"), `${e.date || "—"}${e.date_text ? ` « ${e.date_text} »` : ""}` +
      `${e.date_precision ? ` (${e.date_precision})` : ""}`),
    row(t("event.datesource"), e.date_source || "—"),
    row(t("event.place"), loc ? `${loc.name} (${loc.country || "?"}) ${loc.lat ?? ""}, ${loc.lon ?? ""}` : "—"),
    row(t("event.modality"), modalityText(e.modality)),
    row(t("event.attribution"), e.attribution ? `${e.attribution.text}${e.attribution.code ? ` [${e.attribution.code}]` : ""}` : "—"),
    row(t("event.quote"), quote ? el("span", { id: "event-quote" },
      `« ${quote.text} » — ${quote.speaker?.name || quote.speaker?.text || "?"}` +
      `${quote.speaker?.code ? ` [${quote.speaker.code}]` : ""}${quote.verb ? `, ${quote.verb}` : ""}`) : "—"),
    row(t("event.rule"), el("code", { id: "event-rule" }, data.explanation.rule || "—")),
    row(t("event.article"), data.article
      ? link(`#/article/${encodeURIComponent(e.article_id)}?event=${encodeURIComponent(e.event_id)}`,
        `${data.article.title || e.article_id} — ${data.article.site || ""} ${data.article.published || ""}`)
      : e.article_id));
  show(root, 
    el("h1", {}, `${actorText(e.source)} → ${actorText(e.target)} : ${cameoLabel(e.cameo, e.cameo_label)}`),
    el("h2", {}, t("event.sentence")), marked, legend,
    el("h2", {}, t("event.details")), details,
    el("p", {},
      dyad ? link(`#/timeline?dyad=${encodeURIComponent(dyad)}`, t("event.timeline"), { id: "to-timeline" }) : null,
      " · ",
      link(`#/article/${encodeURIComponent(e.article_id)}`, t("event.read"))));
}
