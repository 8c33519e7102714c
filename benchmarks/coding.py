"""CPU time of the coding stages alone, per stage, on the throughput corpus's parses.

    .venv/bin/python benchmarks/coding.py [--articles 200] [--repeat 3] [--profile FILE] [--json]
        [--parses FILE] [--dump FILE]

The throughput benchmark says how far the full pipeline is from bare parsing; this one says
where the coding part of the difference goes. The corpus is ``throughput.py``'s (the same
articles, built the same way); it is parsed once, then ``pipeline.code_parsed`` runs over
every parse ``--repeat`` times after one warm-up pass. Each stage ``code_parsed`` calls is
timed in place (the pipeline module's own references are wrapped, so nothing else changes);
"other" is what ``code_parsed`` does between them. CPU seconds, the best pass of each; the
machine's load moves them by 10 % or more, so compare two versions in one session, in
alternation. ``--profile FILE`` also writes a cProfile of one extra pass (slower, and it
inflates spaCy's many small calls: read it for call counts, not for shares).

``faits ingest`` also serialises each parse and hashes its trigger keys after coding
(``pipeline.code_batch``): both are timed apart, outside ``total``, as ``ingest extra``.
``--parses FILE`` keeps the parsed corpus there (stored parses, as ``faits recode`` reads
them) and reads it back when it exists, so that two versions of the coding are timed on the
same parses without parsing again (delete the file after a change to the parser or its
repairs). ``--dump FILE`` writes every article's records (JSON Lines, sorted keys) of the
warm-up pass: two versions whose dumps are equal coded the corpus identically.
"""

from __future__ import annotations

import argparse
import copy
import dataclasses
import json
import pickle
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

# The names code_parsed calls, as imported by faits.pipeline, and how the report shows them.
STAGES = {
    "resolve_actors": "actors",
    "tag_times": "times",
    "lead_dateline": "dateline",
    "find_places": "places",
    "code_events": "events",
    "extract_quotes": "quotes",
    "link_events_to_quotes": "quote links",
    "find_provenance": "provenance",
}


def parsed_corpus(count: int, parses: Path | None = None) -> tuple[Any, list[tuple[Any, Any]]]:
    """The models and (prepared article, doc) pairs of ``count`` throughput articles (read
    from, or kept in, ``parses`` when given)."""
    import throughput

    from faits.batch import RunSummary, prepared_inputs
    from faits.models import ModelCache
    from faits.nlp.parse import doc_from_bytes, doc_to_bytes, parse_texts

    models = ModelCache().get("fr")
    if parses is not None and parses.exists():
        with parses.open("rb") as handle:
            prepared, blobs = pickle.load(handle)  # noqa: S301 - a file this script wrote
        if len(prepared) != count:
            raise SystemExit(f"{parses} holds {len(prepared)} articles, not {count}")
        docs = [doc_from_bytes(models.nlp, blob) for blob in blobs]
        return models, list(zip(prepared, docs, strict=True))
    with tempfile.TemporaryDirectory() as tmp:
        corpus = throughput.build_corpus(Path(tmp), count)
        prepared = [
            p for p in prepared_inputs([str(corpus)], RunSummary()) if p.article.status == "coded"
        ]
    docs = list(parse_texts(models.nlp, [p.article.text for p in prepared]))
    if parses is not None:
        # stored as the store keeps them, so a fresh run codes what a rerun reads
        blobs = [doc_to_bytes(d, p.article.text) for p, d in zip(prepared, docs, strict=True)]
        with parses.open("wb") as handle:
            pickle.dump((prepared, blobs), handle)
        docs = [doc_from_bytes(models.nlp, blob) for blob in blobs]
    return models, list(zip(prepared, docs, strict=True))


def timed(function: Callable[..., Any], spent: dict[str, float], name: str) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent[name] += time.process_time() - start

    return wrapper


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile", type=Path, help="also write a cProfile of one pass here")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--parses", type=Path, help="keep the parsed corpus here, reuse it")
    parser.add_argument("--dump", type=Path, help="write the records of every article here")
    args = parser.parse_args()

    import faits.pipeline as pipeline
    from faits.events.keys import article_keys
    from faits.nlp.document import ParsedArticle
    from faits.nlp.parse import doc_to_bytes

    models, pairs = parsed_corpus(args.articles, args.parses)
    spent = dict.fromkeys(STAGES.values(), 0.0)
    for name, label in STAGES.items():
        setattr(pipeline, name, timed(getattr(pipeline, name), spent, label))
    extra = {"serialise": 0.0, "trigger keys": 0.0}
    serialise = timed(doc_to_bytes, extra, "serialise")
    keys = timed(article_keys, extra, "trigger keys")

    def one_pass(dump: Any = None) -> None:
        for prepared, doc in pairs:
            # code_parsed sets provenance fields on the article: each pass gets a fresh copy
            article = copy.copy(prepared.article)
            parsed = ParsedArticle.build(article, doc, prepared.removed_lines)
            coded = pipeline.code_parsed(parsed, models)
            # what code_batch does after coding, when the store keeps the parse
            serialise(doc, article.text)
            keys(doc)
            if dump is not None:
                dump.write(json.dumps(records(coded), ensure_ascii=False, sort_keys=True) + "\n")

    if args.dump:
        with args.dump.open("w", encoding="utf-8") as handle:
            one_pass(handle)
    else:
        one_pass()
    passes = []
    extras = []  # each pass's ingest extra, beside it
    for _ in range(args.repeat):
        for label in spent:
            spent[label] = 0.0
        for label in extra:
            extra[label] = 0.0
        start = time.process_time()
        one_pass()
        total = time.process_time() - start - sum(extra.values())
        passes.append({"total": total, **spent, "other": total - sum(spent.values())})
        extras.append(dict(extra))
    fastest = min(range(len(passes)), key=lambda i: passes[i]["total"])
    best, best_extra = passes[fastest], extras[fastest]
    if args.profile:
        import cProfile

        cProfile.runctx("one_pass()", globals(), {"one_pass": one_pass}, str(args.profile))
    result: dict[str, Any] = {
        "articles": len(pairs),
        "sentences": sum(len(list(doc.sents)) for _, doc in pairs),
        "passes_cpu_seconds": [round(p["total"], 3) for p in passes],
        "best_cpu_seconds": {k: round(v, 3) for k, v in best.items()},
        "best_shares": {k: round(v / best["total"], 3) for k, v in best.items() if k != "total"},
        # after coding, in faits ingest (not in total): CPU seconds of the same best pass
        "ingest_extra_cpu_seconds": {k: round(v, 3) for k, v in best_extra.items()},
    }
    if args.json:
        print(json.dumps(result))
    else:
        print(f"{result['articles']} articles, {result['sentences']} sentences")
        print("passes (CPU s):", " ".join(f"{t:.3f}" for t in result["passes_cpu_seconds"]))
        for key, value in best.items():
            share = "" if key == "total" else f"  {value / best['total']:6.1%}"
            print(f"{key:>12}: {value:7.3f}{share}")
        for key, value in best_extra.items():
            print(f"{key:>12}: {value:7.3f}  (faits ingest, outside total)")
    return 0


def records(coded: Any) -> dict[str, Any]:
    """One coded article's records as plain JSON values (the corpus's temporary folder left
    out of the article's source path, so that two runs compare equal)."""
    article = coded.article.to_dict()
    if article.get("source_path"):
        article["source_path"] = Path(article["source_path"]).name
    return {
        "article": article,
        "sentences": [dataclasses.asdict(s) for s in coded.sentences],
        "mentions": [m.to_dict() for m in coded.mentions],
        "events": [e.to_dict() for e in coded.events],
        "quotes": [q.to_dict() for q in coded.quotes],
    }


if __name__ == "__main__":
    sys.exit(main())
