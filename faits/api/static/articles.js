// The article list and the reader: clean text with actors, triggers, times, places, quotes.
import { t } from "./i18n.js";
import {
  show, el, getJSON, highlighted, link, message } from "./util.js";

export async function articlesView(root, params) {
  const page = Number(params.get("page") || 1);
  show(root, message(t("loading")));
  let data;
  try {
    data = await getJSON("/api/articles", { page, page_size: 50, q: params.get("q") });
  } catch (error) {
    show(root, message(`${t("error")}: ${error.message}`, "error"));
    return;
  }
  const pages = Math.max(1, Math.ceil(data.total / data.page_size));
  show(root, 
    el("h1", {}, t("articles.title")),
    el("table", { class: "articles" },
      el("thead", {}, el("tr", {}, ["published", "title", "site", "events", "quotes"]
        .map((c) => el("th", {}, t(`col.${c}`))))),
      el("tbody", {}, data.items.map((a) => el("tr", {},
        el("td", { class: "nowrap" }, a.published || "—"),
        el("td", {}, link(`#/article/${encodeURIComponent(a.article_id)}`, a.title || a.article_id)),
        el("td", {}, a.site || "—"),
        el("td", {}, String(a.events)),
        el("td", {}, String(a.quotes)))))),
    el("nav", { class: "pager" },
      page > 1 ? link(`#/articles?page=${page - 1}`, t("page.prev")) : null,
      el("span", {}, ` ${page} ${t("page.of")} ${pages} `),
      page < pages ? link(`#/articles?page=${page + 1}`, t("page.next")) : null));
}

function spanTitle(s) {
  if (s.kind === "trigger") return `${t("kind.trigger")}: ${s.code}`;
  if (s.kind === "quote") return `${t("kind.quote")}: ${s.speaker || "?"}`;
  if (s.kind === "actor") return `${t("kind.actor")}: ${s.code || "?"}`;
  if (s.kind === "place") return `${t("kind.place")}: ${s.resolved?.name || "?"} ${s.resolved?.country || ""}`;
  if (s.kind === "time") return `${t("kind.time")}: ${s.resolved?.value || "?"}`;
  return s.kind;
}

export async function articleView(root, id, params) {
  show(root, message(t("loading")));
  let data;
  try {
    data = await getJSON(`/api/articles/${encodeURIComponent(id)}`);
  } catch (error) {
    show(root, message(`${t("error")}: ${error.message}`, "error"));
    return;
  }
  const a = data.article;
  const shown = new Set(["actor", "trigger", "time", "place", "quote"]);
  const body = el("div", { class: "article-text", id: "article-text" });
  const focus = params.get("event");
  const render = () => {
    const spans = data.spans.filter((s) => shown.has(s.kind)).map((s) => ({ ...s, title: spanTitle(s) }));
    const paragraphs = [];
    let offset = 0;
    for (const line of a.text.split("\n")) {
      if (line.trim()) {
        const p = el("p", {}, highlighted(line, offset, spans, (s) =>
          s.kind === "trigger" && s.event_id === focus ? "hl-trigger hl-focus" : `hl-${s.kind}`));
        paragraphs.push(p);
      }
      offset += line.length + 1;
    }
    body.replaceChildren(...paragraphs);
  };
  const toggles = el("p", { class: "legend" }, ["actor", "trigger", "time", "place", "quote"].map((kind) =>
    el("label", { class: `hl hl-${kind}` },
      el("input", { type: "checkbox", checked: true, onchange: (event) => {
        if (event.target.checked) shown.add(kind); else shown.delete(kind);
        render();
      } }), ` ${t(`kind.${kind}`)}`)));
  render();
  const triggers = data.spans.filter((s) => s.kind === "trigger");
  show(root, 
    el("h1", {}, a.title || a.article_id),
    el("p", { class: "meta" },
      [a.site, a.published, a.url ? link(a.url, a.url, { rel: "noreferrer noopener" }) : null]
        .filter(Boolean).flatMap((x) => [x, " · "]).slice(0, -1)),
    a.translated_by ? el("p", { class: "meta" }, `${t("article.translated")} : ${a.translated_by}`) : null,
    a.original_url ? el("p", { class: "meta" }, `${t("article.original")} : ${a.original_url}`) : null,
    toggles, body,
    triggers.length ? el("ul", { class: "event-list" }, triggers.map((s) =>
      el("li", {}, link(`#/event/${encodeURIComponent(s.event_id)}`, `${s.code} « ${s.text} »`)))) : null);
}
