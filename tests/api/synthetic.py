"""Realistic event databases for the API tests, the browser tests and the latency benchmark.

``build_sample`` stores, through the real ``Store.write``, a handful of French news-style
articles written for these tests, coded by hand into contract-shaped records: among them a
Russian–North Korean meeting in Moscow shaped like the seeds' one (Oleg Burmistrov meets
Choe Son-hui). ``add_bulk_events`` fills the events table with many generated rows in one
SQL statement, for the benchmark.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from faits.ingest.prepare import PreparedArticle, text_hash
from faits.ontology.tables import load_ontology
from faits.pipeline import PipelineResult
from faits.records import (
    ActorRef,
    Article,
    Attribution,
    CodedArticle,
    Event,
    Mention,
    Modality,
    PlaceRef,
    Quote,
    Span,
    Speaker,
)
from faits.store.db import Store

ACTORS = {
    "RUSGOV": ("RUS", "GOV", "Russie"),
    "PRKGOV": ("PRK", "GOV", "Corée du Nord"),
    "USAGOV": ("USA", "GOV", "États-Unis"),
    "USAMED": ("USA", "MED", "CNN"),
    "CHNGOV": ("CHN", "GOV", "Chine"),
    "JPNGOV": ("JPN", "GOV", "Japon"),
    "KORGOV": ("KOR", "GOV", "Corée du Sud"),
    "PRKMIL": ("PRK", "MIL", "Armée populaire de Corée"),
}
PLACES = {
    "Moscou": ("RUS", 55.75222, 37.61556, 524901),
    "Pyongyang": ("PRK", 39.03385, 125.75432, 1871859),
    "Hanoï": ("VNM", 21.0245, 105.84117, 1581130),
    "Pékin": ("CHN", 39.9075, 116.39723, 1816670),
    "Séoul": ("KOR", 37.566, 126.9784, 1835848),
    "Tokyo": ("JPN", 35.6895, 139.69171, 1850147),
}


@dataclass
class EventSpec:
    """An event written by hand: surface strings that must occur in its sentence."""

    sentence: int
    trigger: str
    cameo: str
    source: tuple[str, str] | None
    target: tuple[str, str] | None
    date: str
    date_text: str | None = None
    place: str | None = None
    rule: str = "fr/events/04.yaml#rencontrer"
    modality: Modality = field(default_factory=Modality)
    attribution: tuple[str, str, str] | None = None
    quote: int | None = None


@dataclass
class QuoteSpec:
    sentence: int
    text: str
    speaker: str
    speaker_code: str
    verb: str
    kind: str = "direct"


@dataclass
class ArticleSpec:
    article_id: str
    title: str
    site: str
    published: str
    sentences: list[str]
    events: list[EventSpec]
    quotes: list[QuoteSpec] = field(default_factory=list)


ARTICLES = [
    ArticleSpec(
        "moscou-2017-09-29",
        "Un haut diplomate nord-coréen reçu à Moscou",
        "Le Courrier de l'Est",
        "2017-09-29",
        [
            "Des diplomates russes et nord-coréens se sont rencontrés à Moscou pour parler de la crise.",
            "Oleg Burmistrov, ambassadeur itinérant de Russie, a rencontré vendredi à Moscou "
            "Choe Son-hui, directrice générale au ministère nord-coréen des Affaires étrangères.",
            "« Nous voulons une solution pacifique », a déclaré le ministère russe des Affaires étrangères.",
            "Les États-Unis ont rejeté jeudi la proposition russe, selon l'agence RIA Novosti.",
        ],
        [
            EventSpec(
                1,
                "a rencontré",
                "040",
                ("Oleg Burmistrov", "RUSGOV"),
                ("Choe Son-hui", "PRKGOV"),
                "2017-09-29",
                "vendredi",
                "Moscou",
            ),
            EventSpec(
                0,
                "se sont rencontrés",
                "040",
                ("diplomates russes", "RUSGOV"),
                ("nord-coréens", "PRKGOV"),
                "2017-09-29",
                None,
                "Moscou",
            ),
            EventSpec(
                3,
                "ont rejeté",
                "120",
                ("Les États-Unis", "USAGOV"),
                None,
                "2017-09-28",
                "jeudi",
                None,
                "fr/events/12.yaml#rejeter",
                attribution=("selon l'agence RIA Novosti", "RIA Novosti", "RUSMED"),
            ),
            EventSpec(
                2,
                "a déclaré",
                "010",
                ("le ministère russe des Affaires étrangères", "RUSGOV"),
                None,
                "2017-09-29",
                None,
                None,
                "fr/events/01.yaml#declarer",
            ),
        ],
        [
            QuoteSpec(
                2,
                "Nous voulons une solution pacifique",
                "le ministère russe des Affaires étrangères",
                "RUSGOV",
                "a déclaré",
            )
        ],
    ),
    ArticleSpec(
        "pyongyang-2017-11-20",
        "Pékin envoie un émissaire à Pyongyang",
        "Dépêches d'Asie",
        "2017-11-20",
        [
            "La Chine a envoyé lundi un émissaire spécial à Pyongyang pour apaiser les tensions.",
            "Pékin a promis une aide alimentaire à la Corée du Nord, a indiqué le ministère chinois.",
        ],
        [
            EventSpec(
                0,
                "a envoyé",
                "042",
                ("La Chine", "CHNGOV"),
                ("Pyongyang", "PRKGOV"),
                "2017-11-20",
                "lundi",
                "Pyongyang",
                "fr/events/04.yaml#envoyer-emissaire",
            ),
            EventSpec(
                1,
                "a promis",
                "033",
                ("Pékin", "CHNGOV"),
                ("la Corée du Nord", "PRKGOV"),
                "2017-11-20",
                None,
                None,
                "fr/events/03.yaml#promettre-aide",
                attribution=("a indiqué le ministère chinois", "ministère chinois", "CHNGOV"),
            ),
        ],
    ),
    ArticleSpec(
        "tokyo-2018-01-15",
        "Tokyo condamne un nouveau tir de missile",
        "Le Journal du Pacifique",
        "2018-01-15",
        [
            "L'armée nord-coréenne a tiré dimanche un missile balistique au-dessus du Japon.",
            "Le Japon a condamné avec fermeté ce tir nord-coréen à Tokyo.",
            "La Corée du Nord ne renoncera pas à ses essais, a menacé Pyongyang.",
        ],
        [
            EventSpec(
                0,
                "a tiré",
                "195",
                ("L'armée nord-coréenne", "PRKMIL"),
                ("Japon", "JPNGOV"),
                "2018-01-14",
                "dimanche",
                None,
                "fr/events/19.yaml#tirer-missile",
            ),
            EventSpec(
                1,
                "a condamné",
                "122",
                ("Le Japon", "JPNGOV"),
                ("nord-coréen", "PRKGOV"),
                "2018-01-15",
                None,
                "Tokyo",
                "fr/events/12.yaml#condamner",
            ),
            EventSpec(
                2,
                "renoncera",
                "130",
                ("La Corée du Nord", "PRKGOV"),
                None,
                "2018-01-15",
                None,
                None,
                "fr/events/13.yaml#menacer",
                modality=Modality(negated=True, future=True),
            ),
        ],
    ),
    ArticleSpec(
        "moscou-2018-04-10",
        "Lavrov reçoit son homologue nord-coréen",
        "Le Courrier de l'Est",
        "2018-04-10",
        [
            "Le ministre russe des Affaires étrangères a reçu mardi à Moscou son homologue nord-coréen.",
            "La Russie a appelé les États-Unis au dialogue.",
        ],
        [
            EventSpec(
                0,
                "a reçu",
                "042",
                ("Le ministre russe des Affaires étrangères", "RUSGOV"),
                ("homologue nord-coréen", "PRKGOV"),
                "2018-04-10",
                "mardi",
                "Moscou",
                "fr/events/04.yaml#recevoir",
            ),
            EventSpec(
                1,
                "a appelé",
                "020",
                ("La Russie", "RUSGOV"),
                ("les États-Unis", "USAGOV"),
                "2018-04-10",
                None,
                None,
                "fr/events/02.yaml#appeler",
            ),
        ],
    ),
    ArticleSpec(
        "hanoi-2019-02-19",
        "Washington et Pyongyang envisagent d'échanger des officiers de liaison",
        "Agence francophone",
        "2019-02-19",
        [
            "Washington et Pyongyang envisageraient d'échanger des officiers de liaison, selon CNN.",
            "Le sommet entre Donald Trump et Kim Jong Un aura lieu fin février à Hanoï.",
            "Séoul a salué lundi ce rapprochement.",
        ],
        [
            EventSpec(
                0,
                "échanger",
                "032",
                ("Washington", "USAGOV"),
                ("Pyongyang", "PRKGOV"),
                "2019-02-18",
                None,
                None,
                "fr/events/03.yaml#envisager-echanger",
                modality=Modality(hypothetical=True),
                attribution=("selon CNN", "CNN", "USAMED"),
            ),
            EventSpec(
                1,
                "aura lieu",
                "043",
                ("Donald Trump", "USAGOV"),
                ("Kim Jong Un", "PRKGOV"),
                "2019-02",
                "fin février",
                "Hanoï",
                "fr/events/04.yaml#sommet",
                modality=Modality(future=True),
            ),
            EventSpec(
                2,
                "a salué",
                "051",
                ("Séoul", "KORGOV"),
                None,
                "2019-02-18",
                "lundi",
                "Séoul",
                "fr/events/05.yaml#saluer",
            ),
        ],
    ),
]


def _locate(text: str, needle: str, start: int, end: int) -> int:
    at = text.find(needle, start, end)
    if at < 0:
        raise ValueError(f"{needle!r} not in {text[start:end]!r}")
    return at


def _actor(text: str, span: tuple[int, int], spec: tuple[str, str] | None) -> ActorRef | None:
    if spec is None:
        return None
    surface, code = spec
    at = _locate(text, surface, *span)
    country, agent, name = ACTORS[code]
    return ActorRef(code, country, agent, name, surface, at, at + len(surface))


def coded_article(spec: ArticleSpec) -> CodedArticle:
    """The contract records of one hand-coded article, offsets computed from its text."""
    text = "\n".join(spec.sentences)
    sentences, cursor = [], 0
    for sentence in spec.sentences:
        sentences.append(Span(sentence, cursor, cursor + len(sentence)))
        cursor += len(sentence) + 1
    ontology = load_ontology()
    article = Article(
        spec.article_id,
        f"https://example.org/{spec.article_id}",
        spec.title,
        spec.site,
        spec.published,
        "input",
        "fr",
        text,
        "coded",
    )
    quotes, mentions, events = [], [], []
    for number, q in enumerate(spec.quotes):
        bounds = (sentences[q.sentence].start, sentences[q.sentence].end)
        at = _locate(text, q.text, *bounds)
        who = _locate(text, q.speaker, *bounds)
        speaker = Speaker(q.speaker_code, q.speaker, q.speaker, who, who + len(q.speaker))
        quotes.append(
            Quote(
                f"{spec.article_id}-q{number}",
                spec.article_id,
                q.sentence,
                q.kind,
                q.text,
                at,
                at + len(q.text),
                speaker,
                q.verb,
                "fr",
            )
        )
    for number, e in enumerate(spec.events):
        sentence = sentences[e.sentence]
        bounds = (sentence.start, sentence.end)
        trigger_at = _locate(text, e.trigger, *bounds)
        source, target = _actor(text, bounds, e.source), _actor(text, bounds, e.target)
        for actor in (source, target):
            if actor is not None:
                mentions.append(
                    Mention(
                        spec.article_id,
                        "actor",
                        actor.text,
                        actor.start,
                        actor.end,
                        {"code": actor.code, "name": actor.name},
                        e.sentence,
                        "fr/actors#test",
                    )
                )
        location = None
        if e.place:
            country, lat, lon, geonameid = PLACES[e.place]
            at = _locate(text, e.place, *bounds)
            location = PlaceRef(e.place, e.place, country, None, lat, lon, geonameid, "city")
            mentions.append(
                Mention(
                    spec.article_id,
                    "place",
                    e.place,
                    at,
                    at + len(e.place),
                    {
                        "name": e.place,
                        "country": country,
                        "admin1": None,
                        "lat": lat,
                        "lon": lon,
                        "geonameid": geonameid,
                        "precision": "city",
                    },
                    e.sentence,
                    "fr/places#gazetteer",
                )
            )
        if e.date_text:
            at = _locate(text, e.date_text, *bounds)
            mentions.append(
                Mention(
                    spec.article_id,
                    "time",
                    e.date_text,
                    at,
                    at + len(e.date_text),
                    {"type": "DATE", "value": e.date},
                    e.sentence,
                    "fr/time#weekday",
                )
            )
        code = ontology.get(e.cameo)
        events.append(
            Event(
                event_id=f"{spec.article_id}-e{number}",
                article_id=spec.article_id,
                sentence_index=e.sentence,
                sentence=sentence.text,
                trigger=Span(e.trigger, trigger_at, trigger_at + len(e.trigger)),
                source=source,
                target=target,
                cameo=e.cameo,
                cameo_root=e.cameo[:2],
                cameo_label=code.label,
                quad_class=code.quad_class,
                goldstein=code.goldstein,
                plover=code.plover,
                modality=e.modality,
                attribution=Attribution(*e.attribution) if e.attribution else None,
                date=e.date,
                date_precision="day" if len(e.date) == 10 else "month",
                date_text=e.date_text,
                date_source="text" if e.date_text else "published",
                location=location,
                rule=e.rule,
                language="fr",
                quote_id=next((q.quote_id for q in quotes if q.sentence_index == e.sentence), None),
            )
        )
    return CodedArticle(article, sentences, mentions, events, quotes)


def build_sample(path: Path) -> Path:
    """Write the hand-coded articles into a new database at ``path``."""
    results = []
    for spec in ARTICLES:
        coded = coded_article(spec)
        prepared = PreparedArticle(
            coded.article, (), spec.article_id, text_hash(coded.article.text)
        )
        results.append(PipelineResult(prepared, coded, None, None))
    with Store.open(path) as store:
        store.write(results)
    return path


BULK_CODES = (
    "RUSGOV",
    "PRKGOV",
    "USAGOV",
    "CHNGOV",
    "JPNGOV",
    "KORGOV",
    "FRAGOV",
    "UKRGOV",
    "IGOUNO",
    "DEUGOV",
    "GBRGOV",
    "IRNGOV",
    "ISRGOV",
    "SYRGOV",
    "TURGOV",
    "INDGOV",
)
BULK_CAMEO = (
    "010",
    "020",
    "036",
    "040",
    "042",
    "043",
    "051",
    "057",
    "061",
    "071",
    "111",
    "120",
    "130",
    "138",
    "172",
    "173",
    "190",
    "193",
    "195",
)


BULK_SENTENCE = "Selon une dépêche générée pour le banc d''essai, les deux délégations se sont rencontrées pour la réunion numéro "


def add_bulk_events(path: Path, count: int, seed: float = 0.42) -> None:
    """Append ``count`` generated events (random dyads, codes, dates over 2015–2024, places)."""
    ontology = load_ontology()
    codes = [(c, ontology.get(c).quad_class, ontology.get(c).goldstein) for c in BULK_CAMEO]
    actors = ", ".join(f"'{c}'" for c in BULK_CODES)
    cameo = ", ".join(f"('{c}', {q}, {g})" for c, q, g in codes)
    places = ", ".join(f"('{n}', '{c}', {lat}, {lon})" for n, (c, lat, lon, _) in PLACES.items())
    con = duckdb.connect(str(path))
    try:
        con.execute(
            f"INSERT INTO sentences SELECT 'bulk-article-' || (i // 5), (i % 5)::INT, 0, 0, "
            f"'{BULK_SENTENCE}' || i || '.' FROM range({count}) r(i)"
        )
        con.execute(f"SELECT setseed({seed})")
        con.execute(
            f"""
            INSERT INTO events
            WITH actors AS (SELECT unnest([{actors}]) AS code),
                 a AS (SELECT list(code) AS codes FROM actors),
                 cameo AS (SELECT * FROM (VALUES {cameo}) t(code, quad, goldstein)),
                 c AS (SELECT list(code) AS codes, list(quad) AS quads, list(goldstein) AS gs FROM cameo),
                 p AS (SELECT * FROM (VALUES {places}) t(name, country, lat, lon)),
                 pl AS (SELECT list(name) AS names, list(country) AS countries, list(lat) AS lats, list(lon) AS lons FROM p),
                 draws AS (
                   SELECT i, 1 + (hash(i, 1) % {len(BULK_CODES)})::INT AS s,
                          1 + (hash(i, 2) % {len(BULK_CODES)})::INT AS t,
                          1 + (hash(i, 3) % {len(codes)})::INT AS k,
                          1 + (hash(i, 4) % {len(PLACES)})::INT AS l,
                          DATE '2015-01-01' + (hash(i, 5) % 3650)::INT AS d,
                          hash(i, 6) % 10 AS m
                   FROM range({count}) r(i))
            SELECT 'bulk-' || i, 'bulk-article-' || (i // 5), (i % 5)::INT,
                   c.codes[k], left(c.codes[k], 2), c.quads[k], c.gs[k],
                   a.codes[s], left(a.codes[s], 3), a.codes[t], left(a.codes[t], 3),
                   strftime(d, '%Y-%m-%d'), d,
                   CASE WHEN m < 7 THEN pl.names[l] END, CASE WHEN m < 7 THEN pl.countries[l] END,
                   CASE WHEN m < 7 THEN pl.lats[l] END, CASE WHEN m < 7 THEN pl.lons[l] END,
                   m = 9, m = 8, false, 'bulk#generated', NULL,
                   json_object('event_id', 'bulk-' || i, 'sentence',
                               '{BULK_SENTENCE}' || i || '.',
                               'cameo', c.codes[k], 'source', json_object('code', a.codes[s]),
                               'target', json_object('code', a.codes[t]))
            FROM draws, a, c, pl
            """
        )
    finally:
        con.close()


def sentence_of(text: str, needle: str) -> str:
    """The sentence of ``text`` holding ``needle`` (for assertions)."""
    for line in re.split(r"\n", text):
        if needle in line:
            return line
    raise ValueError(needle)
