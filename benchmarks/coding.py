"""CPU time of the coding stages alone, per stage, on the throughput corpus's parses.

    .venv/bin/python benchmarks/coding.py [--articles 200] [--repeat 3] [--profile FILE] [--json]

The throughput benchmark says how far the full pipeline is from bare parsing; this one says
where the coding part of the difference goes. The corpus is ``throughput.py``'s (the same
articles, built the same way); it is parsed once, then ``pipeline.code_parsed`` runs over
every parse ``--repeat`` times after one warm-up pass. Each stage ``code_parsed`` calls is
timed in place (the pipeline module's own references are wrapped, so nothing else changes);
"other" is what ``code_parsed`` does between them. CPU seconds, the best pass of each; the
machine's load moves them by 10 % or more, so compare two versions in one session, in
alternation. ``--profile FILE`` also writes a cProfile of one extra pass (slower, and it
inflates spaCy's many small calls: read it for call counts, not for shares).
"""

from __future__ import annotations

import argparse
import copy
import json
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


def parsed_corpus(count: int) -> tuple[Any, list[tuple[Any, Any]]]:
    """The models and (prepared article, doc) pairs of ``count`` throughput articles."""
    import throughput

    from faits.batch import RunSummary, prepared_inputs
    from faits.models import ModelCache
    from faits.nlp.parse import parse_texts

    models = ModelCache().get("fr")
    with tempfile.TemporaryDirectory() as tmp:
        corpus = throughput.build_corpus(Path(tmp), count)
        prepared = [
            p for p in prepared_inputs([str(corpus)], RunSummary()) if p.article.status == "coded"
        ]
    docs = parse_texts(models.nlp, [p.article.text for p in prepared])
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
    args = parser.parse_args()

    import faits.pipeline as pipeline
    from faits.nlp.document import ParsedArticle

    models, pairs = parsed_corpus(args.articles)
    spent = dict.fromkeys(STAGES.values(), 0.0)
    for name, label in STAGES.items():
        setattr(pipeline, name, timed(getattr(pipeline, name), spent, label))

    def one_pass() -> None:
        for prepared, doc in pairs:
            # code_parsed sets provenance fields on the article: each pass gets a fresh copy
            article = copy.copy(prepared.article)
            pipeline.code_parsed(ParsedArticle.build(article, doc, prepared.removed_lines), models)

    one_pass()
    passes = []
    for _ in range(args.repeat):
        for label in spent:
            spent[label] = 0.0
        start = time.process_time()
        one_pass()
        total = time.process_time() - start
        passes.append({"total": total, **spent, "other": total - sum(spent.values())})
    best = min(passes, key=lambda p: p["total"])
    if args.profile:
        import cProfile

        cProfile.runctx("one_pass()", globals(), {"one_pass": one_pass}, str(args.profile))
    result = {
        "articles": len(pairs),
        "sentences": sum(len(list(doc.sents)) for _, doc in pairs),
        "passes_cpu_seconds": [round(p["total"], 3) for p in passes],
        "best_cpu_seconds": {k: round(v, 3) for k, v in best.items()},
        "best_shares": {k: round(v / best["total"], 3) for k, v in best.items() if k != "total"},
    }
    if args.json:
        print(json.dumps(result))
    else:
        print(f"{result['articles']} articles, {result['sentences']} sentences")
        print("passes (CPU s):", " ".join(f"{t:.3f}" for t in result["passes_cpu_seconds"]))
        for key, value in best.items():
            share = "" if key == "total" else f"  {value / best['total']:6.1%}"
            print(f"{key:>12}: {value:7.3f}{share}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
