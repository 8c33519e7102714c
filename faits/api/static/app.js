// The router: one view per hash (#/events, #/event/ID, #/timeline, #/network, #/map, #/articles, #/article/ID).
import { articleView, articlesView } from "./articles.js";
import { mapView, networkView, timelineView } from "./charts.js";
import { eventView, eventsView } from "./events.js";
import { lang, setLang, t, translateStatic } from "./i18n.js";
import { getJSON, loadLabels } from "./util.js";

async function route() {
  const root = document.getElementById("view");
  const hash = location.hash.replace(/^#\/?/, "") || "events";
  const [path, query = ""] = hash.split("?");
  const params = new URLSearchParams(query);
  const [view, ...rest] = path.split("/");
  const id = decodeURIComponent(rest.join("/"));
  for (const a of document.querySelectorAll("nav a[data-view]")) {
    a.classList.toggle("active", a.dataset.view === view || `${a.dataset.view}` === `${view}s`);
  }
  document.body.dataset.view = view;
  if (view === "event") await eventView(root, id);
  else if (view === "timeline") await timelineView(root, params);
  else if (view === "network") await networkView(root, params);
  else if (view === "map") await mapView(root, params);
  else if (view === "articles") await articlesView(root, params);
  else if (view === "article") await articleView(root, id, params);
  else await eventsView(root, params);
  document.body.dataset.ready = view;
}

async function footer() {
  try {
    const stats = await getJSON("/api/stats");
    const c = stats.counts;
    document.getElementById("stats").textContent =
      `${c.articles} · ${c.events} · ${c.quotes} — ${t("stats")}` +
      (stats.events_first ? ` — ${stats.events_first} → ${stats.events_last}` : "");
  } catch {
    document.getElementById("stats").textContent = "";
  }
}

function applyLanguage() {
  document.documentElement.lang = lang();
  document.getElementById("lang").textContent = lang() === "fr" ? "EN" : "FR";
  translateStatic();
}

document.getElementById("lang").addEventListener("click", () => {
  setLang(lang() === "fr" ? "en" : "fr");
  applyLanguage();
  footer();
  route();
});

window.addEventListener("hashchange", route);
applyLanguage();
loadLabels().then((labels) => {
  window.faitsLabels = labels;
  footer();
  route();
});
