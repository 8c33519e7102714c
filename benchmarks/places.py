"""Geoparser benchmark: place mentions resolved, detection and country accuracy, cost.

    .venv/bin/python benchmarks/places.py [--with-actors] [--json] [--errors 10]

Corpus: the shared seeds and the bundled French samples, cleaned as ``faits ingest`` cleans
them. Gold: ``benchmarks/places-gold.jsonl`` (toponyms used as places, not as actors; ``n``
picks the n-th occurrence of the string; coordinates for cities), annotated by the places
engineer, so these are development numbers, not a blind evaluation. Scored with the
``faits eval`` place scorer: detection (strict and relaxed), country accuracy and share
within 161 km on matched mentions. Also reported: the share of every place mention the
stage returns that it resolved, and the stage's time against the parse time.
``--with-actors`` runs the actors stage first and hands its analysis to the geoparser, as
the pipeline does (names the actors stage codes are then actors, not places).
Without gold, the share resolved is also measured on the French TimeBank dev texts (54
regional news articles from 1999, full of small towns).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SEEDS = ROOT.parent / "shared" / "samples" / "seeds" / "seeds.jsonl"
SAMPLES = ROOT / "samples"
GOLD = Path(__file__).with_name("places-gold.jsonl")
FTIB = ROOT.parent / "shared" / "eval" / "fr-timebank" / "dev"


def gold_spans(text: str, items: list[dict[str, Any]]) -> list:
    """Gold places as scorer spans; ``n`` is the occurrence of ``text`` meant (1-based)."""
    from faits.eval.scoring import SpanItem

    spans = []
    for item in items:
        start = -1
        for _ in range(item.get("n", 1)):
            start = text.find(item["text"], start + 1)
            if start < 0:
                raise ValueError(f"gold place {item!r} not found")
        attrs = {k: v for k, v in item.items() if k not in ("text", "n")}
        spans.append(SpanItem(item["text"], start, start + len(item["text"]), attrs))
    return spans


def run(errors: int, with_actors: bool) -> dict[str, Any]:
    from faits.eval.scoring import PlaceScorer, SpanItem
    from faits.ingest.prepare import prepare
    from faits.ingest.readers import InputProblem, read_inputs
    from faits.lexicons import language_settings
    from faits.nlp.document import ParsedArticle
    from faits.nlp.parse import load_parser
    from faits.places import PlaceModel, find_places

    actor_model = None
    if with_actors:
        from faits.actors import ActorModel

        actor_model = ActorModel.load("fr")

    gold = {}
    with GOLD.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            gold[record["id"]] = record["places"]

    started = time.perf_counter()
    model = PlaceModel.load("fr")
    load_seconds = time.perf_counter() - started
    nlp = load_parser(language_settings("fr")["spacy_model"])

    prepared = []
    for item in read_inputs([SEEDS, SAMPLES]):
        if isinstance(item, InputProblem):
            continue
        article = prepare(item)
        if not isinstance(article, InputProblem) and article.article.language == "fr":
            prepared.append(article)

    started = time.perf_counter()
    docs = list(nlp.pipe(p.article.text for p in prepared))
    parse_seconds = time.perf_counter() - started

    scorer = PlaceScorer()
    stage_seconds = 0.0
    mentions = resolved = locative = 0
    per_article = []
    for article, doc in zip(prepared, docs, strict=True):
        parsed = ParsedArticle.build(article.article, doc, article.removed_lines)
        actors = None
        if actor_model is not None:
            from faits.actors import resolve_actors

            actors = resolve_actors(parsed, actor_model)
        started = time.perf_counter()
        places = find_places(parsed, model, actors)
        stage_seconds += time.perf_counter() - started
        mentions += len(places)
        resolved += sum(p.place is not None for p in places)
        locative += sum(p.preposition is not None for p in places)
        article_id = article.article.article_id
        if article_id in gold:
            system = [
                SpanItem(
                    p.text,
                    p.start,
                    p.end,
                    {}
                    if p.place is None
                    else {"country": p.place.country, "lat": p.place.lat, "lon": p.place.lon},
                )
                for p in places
            ]
            scorer.add(article_id, gold_spans(article.article.text, gold[article_id]), system)
        per_article.append(
            {
                "id": article_id,
                "mentions": len(places),
                "resolved": sum(p.place is not None for p in places),
            }
        )

    ftib = _ftib_resolved(nlp, model, actor_model)
    return {
        "with_actors": with_actors,
        "ftib_mentions": ftib[0],
        "ftib_resolved_share": round(ftib[1] / ftib[0], 4) if ftib[0] else None,
        "articles": len(prepared),
        "gold_articles": sum(1 for p in prepared if p.article.article_id in gold),
        "mentions": mentions,
        "resolved_share": round(resolved / mentions, 4) if mentions else None,
        "locative_share": round(locative / mentions, 4) if mentions else None,
        "scores": scorer.result(),
        "load_seconds": round(load_seconds, 3),
        "parse_seconds": round(parse_seconds, 3),
        "places_seconds": round(stage_seconds, 4),
        "places_over_parse": round(stage_seconds / parse_seconds, 4),
        "per_article": per_article,
        "errors": scorer.errors(errors),
    }


def _ftib_resolved(nlp: Any, model: Any, actor_model: Any) -> tuple[int, int]:
    """Place mentions found and resolved in the French TimeBank dev texts (no place gold)."""
    from faits.actors import resolve_actors
    from faits.eval.ftib import read_tml, tml_files
    from faits.nlp.document import ParsedArticle
    from faits.places import find_places
    from faits.records import Article

    if not FTIB.exists():
        return 0, 0
    documents = [read_tml(path) for path in tml_files(FTIB)]
    found = resolved = 0
    for document, doc in zip(documents, nlp.pipe(d.text for d in documents), strict=True):
        article = Article(
            article_id=document.doc_id,
            url=None,
            title=None,
            site=None,
            published=document.dct,
            published_source=None,
            language="fr",
            text=document.text,
            status="coded",
        )
        parsed = ParsedArticle.build(article, doc)
        actors = resolve_actors(parsed, actor_model) if actor_model is not None else None
        places = find_places(parsed, model, actors)
        found += len(places)
        resolved += sum(p.place is not None for p in places)
    return found, resolved


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the full report as JSON")
    parser.add_argument("--errors", type=int, default=10, help="how many errors to list")
    parser.add_argument("--with-actors", action="store_true", help="run the actors stage first")
    args = parser.parse_args()
    report = run(args.errors, args.with_actors)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return
    scores = report["scores"]
    strict, relaxed = scores["strict"], scores["relaxed"]
    print(
        f"articles {report['articles']} (gold {report['gold_articles']}), "
        f"place mentions {report['mentions']}, resolved {report['resolved_share']}, "
        f"locative {report['locative_share']}"
    )
    print(
        f"detection strict P {strict['precision']} R {strict['recall']} F1 {strict['f1']}; "
        f"relaxed P {relaxed['precision']} R {relaxed['recall']} F1 {relaxed['f1']}"
    )
    print(f"country accuracy {scores['country_accuracy']}, within 161 km {scores['within_161km']}")
    print(
        f"gazetteer load {report['load_seconds']} s; places stage {report['places_seconds']} s "
        f"= {report['places_over_parse']:.2%} of parse time ({report['parse_seconds']} s)"
    )
    print(
        f"French TimeBank dev (no gold): place mentions {report['ftib_mentions']}, "
        f"resolved {report['ftib_resolved_share']}"
    )
    for error in report["errors"]:
        print("  ", error)


if __name__ == "__main__":
    main()
