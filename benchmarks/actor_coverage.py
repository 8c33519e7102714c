"""Actor coverage: the share of person, organisation and place-as-actor mentions resolved.

    .venv/bin/python benchmarks/actor_coverage.py [--json] [--misses 30]

Corpus: the shared seeds (with their publication dates) and the bundled samples in
``samples/``, cleaned as ``faits ingest`` cleans them. There is no gold file: the
candidates are what a reader would code as an actor, found independently of the actor
stage where possible:

- person: spaCy PER entities, plus the person mentions the stage made by itself;
- organisation: spaCy ORG entities (without digits: "F-35" is a product), plus the stage's
  organisation and group mentions;
- place-as-actor: LOC entities and the stage's country/capital mentions that are the
  subject of a verb ("Moscou a réitéré", "la Corée du Nord a publié").

A candidate is resolved when a coded actor mention overlaps it. Misses are listed with
their sentence. Also reported: the stage's time against the parse time.
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
SUBJECTS = {"nsubj", "nsubj:pass"}
CATEGORIES = ("person", "organisation", "place-as-actor")


def candidates(doc, mentions) -> dict[str, list[tuple[int, int]]]:
    """Token spans per category, from spaCy's entities and the stage's own mentions."""
    found: dict[str, set[tuple[int, int]]] = {c: set() for c in CATEGORIES}
    for ent in doc.ents:
        if "\n" in ent.text:
            continue
        if ent.label_ == "PER":
            found["person"].add((ent.start, ent.end))
        elif ent.label_ == "ORG" and not any(c.isdigit() for c in ent.text):
            found["organisation"].add((ent.start, ent.end))
        elif ent.label_ == "LOC" and any(t.dep_ in SUBJECTS for t in ent):
            found["place-as-actor"].add((ent.start, ent.end))
    for m in mentions:
        span = (m.token_start, m.token_end)
        tokens = doc[m.token_start : m.token_end]
        if m.kind == "person":
            found["person"].add(span)
        elif m.kind in ("organisation", "group") and not m.metonymy:
            found["organisation"].add(span)
        elif (m.metonymy or m.kind == "country") and any(t.dep_ in SUBJECTS for t in tokens):
            found["place-as-actor"].add(span)
    return {c: sorted(_merge(spans)) for c, spans in found.items()}


def _merge(spans: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """Overlapping spans count once (the entity and the stage's mention of the same name)."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return set(merged)


def run(misses_shown: int) -> dict[str, Any]:
    from faits.actors import ActorModel, resolve_actors
    from faits.ingest.prepare import prepare
    from faits.ingest.readers import InputProblem, read_inputs
    from faits.lexicons import language_settings
    from faits.nlp.document import ParsedArticle
    from faits.nlp.parse import load_parser

    started = time.perf_counter()
    model = ActorModel.load("fr")
    load_seconds = time.perf_counter() - started
    nlp = load_parser(language_settings("fr")["spacy_model"])
    prepared = []
    corpus_of = []
    for corpus, path in (("seeds", SEEDS), ("samples", SAMPLES)):
        for item in read_inputs([path]):
            if isinstance(item, InputProblem):
                continue
            article = prepare(item)
            if not isinstance(article, InputProblem) and article.article.language == "fr":
                prepared.append(article)
                corpus_of.append(corpus)
    started = time.perf_counter()
    docs = list(nlp.pipe(p.article.text for p in prepared))
    parse_seconds = time.perf_counter() - started

    totals = {k: {c: [0, 0] for c in CATEGORIES} for k in ("seeds", "samples", "all")}
    misses: list[dict[str, Any]] = []
    stage_seconds = 0.0
    mention_count = 0
    for article, doc, corpus in zip(prepared, docs, corpus_of, strict=True):
        parsed = ParsedArticle.build(article.article, doc, article.removed_lines)
        started = time.perf_counter()
        analysis = resolve_actors(parsed, model)
        stage_seconds += time.perf_counter() - started
        mention_count += len(analysis.mentions)
        coded = [(m.token_start, m.token_end) for m in analysis.mentions if m.code]
        for category, spans in candidates(doc, analysis.mentions).items():
            for start, end in spans:
                hit = any(s < end and start < e for s, e in coded)
                for key in (corpus, "all"):
                    totals[key][category][0] += 1
                    totals[key][category][1] += hit
                if not hit:
                    misses.append(
                        {
                            "article": article.article.article_id,
                            "category": category,
                            "text": doc[start:end].text,
                            "sentence": doc[start].sent.text.strip()[:160],
                        }
                    )
    return {
        "articles": len(prepared),
        "mentions": mention_count,
        "coverage": {
            key: {
                c: {"candidates": n, "resolved": r, "share": round(r / n, 3) if n else None}
                for c, (n, r) in table.items()
            }
            for key, table in totals.items()
        },
        "misses": misses[:misses_shown] if misses_shown else misses,
        "miss_count": len(misses),
        "load_seconds": round(load_seconds, 3),
        "parse_seconds": round(parse_seconds, 3),
        "stage_seconds": round(stage_seconds, 4),
        "stage_share_of_parse": round(stage_seconds / parse_seconds, 4) if parse_seconds else None,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--misses", type=int, default=0, help="Misses to list (0: all).")
    args = parser.parse_args()
    report = run(args.misses)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return
    print(f"{report['articles']} articles, {report['mentions']} actor mentions\n")
    print("| corpus | category | candidates | resolved | share |")
    print("| --- | --- | ---: | ---: | ---: |")
    for corpus, table in report["coverage"].items():
        for category, row in table.items():
            share = "n/a" if row["share"] is None else f"{row['share']:.1%}"
            print(f"| {corpus} | {category} | {row['candidates']} | {row['resolved']} | {share} |")
    print(
        f"\nactor stage: {report['stage_seconds'] * 1000:.1f} ms for the corpus, "
        f"{report['stage_share_of_parse']:.1%} of parse time ({report['parse_seconds']:.2f} s); "
        f"lexicon load {report['load_seconds']:.2f} s"
    )
    print(f"\nmisses ({report['miss_count']}):")
    for miss in report["misses"]:
        print(f"- [{miss['category']}] {miss['text']!r} ({miss['article']}): {miss['sentence']}")


if __name__ == "__main__":
    main()
