// Interface strings in French (default) and English; CAMEO labels come from /api/labels.
const STRINGS = {
  fr: {
    "nav.events": "Événements", "nav.timeline": "Chronologie", "nav.network": "Réseau",
    "nav.map": "Carte", "nav.articles": "Articles", "nav.api": "API",
    "filters.q": "Recherche dans la phrase", "filters.actor": "Acteur", "filters.dyad": "Dyade",
    "filters.root": "Famille CAMEO", "filters.cameo": "Code CAMEO", "filters.quad": "Classe",
    "filters.since": "Du", "filters.until": "Au", "filters.country": "Pays du lieu",
    "filters.place": "Lieu", "filters.modality": "Modalité", "filters.apply": "Filtrer",
    "filters.reset": "Effacer", "filters.any": "toutes",
    "col.date": "Date", "col.source": "Source", "col.event": "Événement", "col.target": "Cible",
    "col.place": "Lieu", "col.modality": "Modalité", "col.sentence": "Phrase",
    "col.title": "Titre", "col.site": "Site", "col.published": "Publié", "col.events": "Événements",
    "col.quotes": "Citations",
    "page.prev": "← Précédente", "page.next": "Suivante →", "page.of": "sur",
    "results": "résultats", "none": "Aucun événement ne correspond.", "loading": "Chargement…",
    "error": "Erreur",
    "event.sentence": "La phrase", "event.details": "Détails", "event.explain": "Explication",
    "event.date": "Date", "event.place": "Lieu", "event.quad": "Classe (quad)",
    "event.goldstein": "Goldstein", "event.plover": "PLOVER", "event.modality": "Modalité",
    "event.attribution": "Attribution", "event.quote": "Citation", "event.rule": "Règle",
    "event.article": "Article", "event.read": "Lire l'article",
    "event.timeline": "Voir la chronologie de la dyade", "event.cameo": "Code CAMEO",
    "event.datesource": "Origine de la date", "event.none": "—",
    "role.source": "source", "role.target": "cible", "role.trigger": "déclencheur",
    "role.time": "date", "role.place": "lieu", "role.attribution": "attribution",
    "kind.actor": "acteurs", "kind.trigger": "déclencheurs", "kind.time": "dates",
    "kind.place": "lieux", "kind.quote": "citations",
    "modality.asserted": "affirmé", "modality.negated": "nié", "modality.hypothetical": "hypothétique",
    "modality.future": "futur",
    "quad.1": "Coopération verbale", "quad.2": "Coopération matérielle",
    "quad.3": "Conflit verbal", "quad.4": "Conflit matériel",
    "timeline.dyad": "Dyade (ex. RUS-PRK)", "timeline.interval": "Pas",
    "interval.day": "jour", "interval.week": "semaine", "interval.month": "mois",
    "timeline.show": "Afficher", "timeline.title": "Événements par période et ligne de Goldstein",
    "timeline.goldstein": "Somme Goldstein", "timeline.count": "Événements",
    "timeline.stories": "récits fusionnés", "timeline.empty": "Aucun événement daté pour cette dyade.",
    "timeline.top": "Dyades les plus fréquentes",
    "network.title": "Réseau des acteurs", "network.empty": "Aucune relation entre acteurs.",
    "network.hint": "Épaisseur : nombre d'événements ; couleur : classe dominante.",
    "map.title": "Lieux des événements", "map.empty": "Aucun événement localisé.",
    "articles.title": "Articles", "article.translated": "Traduction", "article.original": "Original",
    "legend": "Légende", "stats": "articles · événements · citations",
    "plover.AGREE": "Accord", "plover.CONSULT": "Consultation", "plover.SUPPORT": "Soutien",
    "plover.CONCEDE": "Concession", "plover.COOPERATE": "Coopération", "plover.AID": "Aide",
    "plover.RETREAT": "Retrait", "plover.REQUEST": "Demande", "plover.ACCUSE": "Accusation",
    "plover.REJECT": "Rejet", "plover.THREATEN": "Menace", "plover.PROTEST": "Protestation",
    "plover.SANCTION": "Sanction", "plover.MOBILIZE": "Mobilisation", "plover.COERCE": "Coercition",
    "plover.ASSAULT": "Agression", "plover.STATEMENT": "Déclaration", "plover.APPEAL": "Appel",
  },
  en: {
    "nav.events": "Events", "nav.timeline": "Timeline", "nav.network": "Network",
    "nav.map": "Map", "nav.articles": "Articles", "nav.api": "API",
    "filters.q": "Search the sentence", "filters.actor": "Actor", "filters.dyad": "Dyad",
    "filters.root": "CAMEO root", "filters.cameo": "CAMEO code", "filters.quad": "Quad class",
    "filters.since": "From", "filters.until": "To", "filters.country": "Place country",
    "filters.place": "Place", "filters.modality": "Modality", "filters.apply": "Filter",
    "filters.reset": "Clear", "filters.any": "all",
    "col.date": "Date", "col.source": "Source", "col.event": "Event", "col.target": "Target",
    "col.place": "Place", "col.modality": "Modality", "col.sentence": "Sentence",
    "col.title": "Title", "col.site": "Site", "col.published": "Published", "col.events": "Events",
    "col.quotes": "Quotes",
    "page.prev": "← Previous", "page.next": "Next →", "page.of": "of",
    "results": "results", "none": "No event matches.", "loading": "Loading…", "error": "Error",
    "event.sentence": "The sentence", "event.details": "Details", "event.explain": "Explanation",
    "event.date": "Date", "event.place": "Place", "event.quad": "Quad class",
    "event.goldstein": "Goldstein", "event.plover": "PLOVER", "event.modality": "Modality",
    "event.attribution": "Attribution", "event.quote": "Quote", "event.rule": "Rule",
    "event.article": "Article", "event.read": "Read the article",
    "event.timeline": "See the dyad's timeline", "event.cameo": "CAMEO code",
    "event.datesource": "Date from", "event.none": "—",
    "role.source": "source", "role.target": "target", "role.trigger": "trigger",
    "role.time": "time", "role.place": "place", "role.attribution": "attribution",
    "kind.actor": "actors", "kind.trigger": "triggers", "kind.time": "times",
    "kind.place": "places", "kind.quote": "quotes",
    "modality.asserted": "asserted", "modality.negated": "negated",
    "modality.hypothetical": "hypothetical", "modality.future": "future",
    "quad.1": "Verbal cooperation", "quad.2": "Material cooperation",
    "quad.3": "Verbal conflict", "quad.4": "Material conflict",
    "timeline.dyad": "Dyad (e.g. RUS-PRK)", "timeline.interval": "Interval",
    "interval.day": "day", "interval.week": "week", "interval.month": "month",
    "timeline.show": "Show", "timeline.title": "Events per period and Goldstein line",
    "timeline.goldstein": "Goldstein sum", "timeline.count": "Events",
    "timeline.stories": "merged stories", "timeline.empty": "No dated event for this dyad.",
    "timeline.top": "Most frequent dyads",
    "network.title": "Actor network", "network.empty": "No relation between actors.",
    "network.hint": "Width: number of events; colour: dominant quad class.",
    "map.title": "Event locations", "map.empty": "No located event.",
    "articles.title": "Articles", "article.translated": "Translation", "article.original": "Original",
    "legend": "Legend", "stats": "articles · events · quotes",
    "plover.AGREE": "Agree", "plover.CONSULT": "Consult", "plover.SUPPORT": "Support",
    "plover.CONCEDE": "Concede", "plover.COOPERATE": "Cooperate", "plover.AID": "Aid",
    "plover.RETREAT": "Retreat", "plover.REQUEST": "Request", "plover.ACCUSE": "Accuse",
    "plover.REJECT": "Reject", "plover.THREATEN": "Threaten", "plover.PROTEST": "Protest",
    "plover.SANCTION": "Sanction", "plover.MOBILIZE": "Mobilize", "plover.COERCE": "Coerce",
    "plover.ASSAULT": "Assault", "plover.STATEMENT": "Statement", "plover.APPEAL": "Appeal",
  },
};

let current = localStorage.getItem("faits.lang") === "en" ? "en" : "fr";

export function lang() {
  return current;
}

export function setLang(value) {
  current = value === "en" ? "en" : "fr";
  localStorage.setItem("faits.lang", current);
  document.documentElement.lang = current;
}

export function t(key) {
  return STRINGS[current][key] ?? STRINGS.fr[key] ?? key;
}

export function translateStatic(root = document) {
  for (const node of root.querySelectorAll("[data-i18n]")) node.textContent = t(node.dataset.i18n);
}
