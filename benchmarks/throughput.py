"""Throughput of the full pipeline against bare spaCy parsing of the same texts, in one run.

    .venv/bin/python benchmarks/throughput.py [--articles 200] [--workers 2] [--json]

The corpus is the bundled samples (and the shared seeds when present), repeated with a
numbered closing paragraph so that every article is distinct. "Bare" is ``nlp.pipe`` over the
cleaned texts with the same model and batch size (the pipeline faits parses with, which includes
the sentence rules and parse repair faits adds to the model; "stock" is the same call with those
components disabled, the model as shipped); "full" is everything ``faits ingest`` does:
read, repair, clean, date, identify the language, parse, code every stage, serialise the parse
and write to a fresh DuckDB file. Both are run twice, alternating, and the faster run of each
is kept, so that neither side pays for a cold cache. Peak memory is the process's maximum RSS.
CPU seconds (all threads of the process, DuckDB's included) are reported beside wall time.
``--workers N`` is timed twice: as a user runs it (the pool starts and each worker loads the
model inside the timing) and with a pool whose models are loaded beforehand, as the
one-process run is timed, which is the figure to compare with it.

Recode is timed twice on copies of the stored corpus: ``faits recode --all`` (every article,
every stage, from the stored parses) and ``faits recode`` after a real one-entry change of the
event lexicon (a copy of the lexicon folder with the code of ``ENTRY`` changed), which recodes
only the articles that entry can alter. The whole run reads a copy of the lexicons taken at its
start (``$FAITS_LEXICONS``), so edits made meanwhile to the checkout cannot leak in. The share
of articles a change of each event entry would recode (its requirements met, no coding) is
reported as a median and a 90th percentile over all entries.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "samples" / "seeds" / "seeds.jsonl"
# The entry changed for the selective recode, and its new code (an ordinary edit).
ENTRY = ("events/04.yaml", "telephone", '  code: "041"', '  code: "040"')


def build_corpus(folder: Path, count: int) -> Path:
    """Write ``count`` distinct French articles as one JSON Lines file; returns its path."""
    from faits.batch import RunSummary, prepared_inputs

    sources = [str(ROOT / "samples")] + ([str(SEEDS)] if SEEDS.exists() else [])
    base = [p for p in prepared_inputs(sources, RunSummary()) if p.article.status == "coded"]
    path = folder / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for i in range(count):
            article = base[i % len(base)].article
            text = article.text + f"\n\nLe rapport numéro {i} a été publié par la rédaction."
            handle.write(
                json.dumps(
                    {
                        "id": f"bench-{i}",
                        "text": text,
                        "language": "fr",
                        "published": article.published or "2020-01-01",
                    },
                    ensure_ascii=False,
                )
                + "\n"
            )
    return path


def own_components(nlp) -> list[str]:
    """The components faits adds to the spaCy pipeline (sentence rules, parse repairs)."""
    return [name for name in nlp.pipe_names if name.startswith("faits_")]


def time_bare(texts: list[str], batch_size: int, cache, stock: bool = False) -> float:
    """``nlp.pipe`` over the texts: the pipeline faits parses with, or (``stock``) the model as
    shipped, without the components faits adds to it."""
    nlp = cache.get("fr").nlp
    disable = own_components(nlp) if stock else []
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=batch_size, disable=disable):
        pass
    return time.perf_counter() - start


def time_full(
    corpus: Path, batch_size: int, workers: int, folder: Path, tag: str, cache=None, pool=None
) -> float:
    from faits.batch import RunSummary, batched, prepared_inputs, run
    from faits.store.db import Store
    from faits.store.ingest import ingest_sink

    start = time.perf_counter()
    summary = RunSummary()
    with Store.open(folder / f"{tag}.duckdb") as store:
        inputs = prepared_inputs([str(corpus)], summary)
        with ingest_sink(store) as sink:
            run(batched(inputs, batch_size), sink, summary, workers, cache, pool=pool)
    return time.perf_counter() - start


def time_recode(db: Path, cache, everything: bool) -> tuple[float, int]:
    """``faits recode`` (``--all`` when ``everything``) on a stored corpus; (seconds, recoded)."""
    from faits.store.db import Store
    from faits.store.recode import recode_store

    start = time.perf_counter()
    with Store.open(db) as store:
        summary = recode_store(store, cache, everything=everything)
    return time.perf_counter() - start, summary.recoded


def change_one_entry(base: Path, folder: Path) -> Path:
    """A copy of the lexicon folder ``base`` with ``ENTRY``'s code changed."""
    name, entry_id, old, new = ENTRY
    shutil.copytree(base, folder)
    path = folder / "fr" / name
    text = path.read_text(encoding="utf-8")
    marker = f"- id: {entry_id}\n{old}\n"
    if marker not in text:
        raise SystemExit(f"{path}: entry {entry_id} with {old.strip()} not found; update ENTRY")
    path.write_text(text.replace(marker, f"- id: {entry_id}\n{new}\n"), encoding="utf-8")
    return folder


def affected_shares(db: Path, models) -> list[float]:
    """Per event entry, the share of stored articles a change of it would recode."""
    from faits.events.keys import Requirements
    from faits.store.db import Store

    with Store.open(db, read_only=True) as store:
        ids = [article_id for article_id, _, _ in store.recodable()]
        keys = list(store.trigger_keys(ids).values())
    shares = []
    for key, entry in models.snapshot.entries.items():
        if "#" in key and entry.requirements:
            needs = Requirements(entry.requirements)
            shares.append(sum(needs.met_by(k) for k in keys) / len(ids))
    return sorted(shares)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--workers", type=int, default=2, help="also time this many workers")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    from faits.batch import RunSummary, prepared_inputs
    from faits.lexicons import LEXICON_ROOT, ROOT_VARIABLE
    from faits.models import LanguageModels, ModelCache

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        lexicons = folder / "lexicons"
        shutil.copytree(LEXICON_ROOT, lexicons, ignore=shutil.ignore_patterns("*.py", "__py*"))
        os.environ[ROOT_VARIABLE] = str(lexicons)
        corpus = build_corpus(folder, args.articles)
        texts = [p.article.text for p in prepared_inputs([str(corpus)], RunSummary())]
        words = sum(len(t.split()) for t in texts)
        # Models load once per process in every real run; both sides get them loaded.
        load_start = time.perf_counter()
        cache = ModelCache()
        cache.get("fr")
        load_seconds = time.perf_counter() - load_start
        bare: list[tuple[float, float]] = []  # (wall seconds, CPU seconds of all threads)
        full: list[tuple[float, float]] = []
        stock: list[tuple[float, float]] = []
        for round_ in range(2):
            cpu = time.process_time()
            wall = time_bare(texts, args.batch_size, cache)
            bare.append((wall, time.process_time() - cpu))
            cpu = time.process_time()
            wall = time_bare(texts, args.batch_size, cache, stock=True)
            stock.append((wall, time.process_time() - cpu))
            cpu = time.process_time()
            wall = time_full(corpus, args.batch_size, 1, folder, f"full{round_}", cache)
            full.append((wall, time.process_time() - cpu))
        (bare_wall, bare_cpu), (full_wall, full_cpu) = min(bare), min(full)
        stock_wall, stock_cpu = min(stock)
        added = own_components(cache.get("fr").nlp)
        for copy in ("recode_all", "recode_entry"):
            shutil.copy(folder / "full0.duckdb", folder / f"{copy}.duckdb")
        recode, _ = time_recode(folder / "recode_all.duckdb", cache, everything=True)
        os.environ[ROOT_VARIABLE] = str(change_one_entry(lexicons, folder / "changed"))
        changed = ModelCache(LanguageModels.load("fr", nlp=cache.get("fr").nlp))
        entry_recode, entry_count = time_recode(folder / "recode_entry.duckdb", changed, False)
        shares = affected_shares(folder / "full0.duckdb", cache.get("fr"))
        os.environ[ROOT_VARIABLE] = str(lexicons)
        parallel = warm_parallel = None
        if args.workers > 1:
            from faits.batch import WorkerPool

            # As a user runs it: the workers start and load the model inside the timing.
            parallel = time_full(corpus, args.batch_size, args.workers, folder, "parallel")
            # As the one-process figure is timed: the workers' models loaded beforehand.
            with WorkerPool(args.workers) as pool:
                pool.ready()
                warm_parallel = time_full(
                    corpus, args.batch_size, args.workers, folder, "warm", pool=pool
                )
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result = {
        "articles": len(texts),
        "words": words,
        "bare_seconds": round(bare_wall, 2),
        "full_seconds": round(full_wall, 2),
        "bare_articles_per_s": round(len(texts) / bare_wall, 2),
        "full_articles_per_s": round(len(texts) / full_wall, 2),
        "bare_words_per_s": round(words / bare_wall),
        "full_words_per_s": round(words / full_wall),
        "ratio_full_to_bare": round(bare_wall / full_wall, 3),
        # The same model as shipped, without the components faits adds to its pipeline.
        "stock_components_left_out": added,
        "stock_seconds": round(stock_wall, 2),
        "stock_cpu_seconds": round(stock_cpu, 2),
        "ratio_full_to_stock": round(stock_wall / full_wall, 3),
        # DuckDB writes with its own threads: the CPU ratio says what the whole run costs.
        "bare_cpu_seconds": round(bare_cpu, 2),
        "full_cpu_seconds": round(full_cpu, 2),
        "cpu_ratio_full_to_bare": round(bare_cpu / full_cpu, 3),
        "full_cores_busy": round(full_cpu / full_wall, 2),
        "model_load_seconds": round(load_seconds, 2),
        "peak_rss_mb_one_worker": round(peak_mb),
        "recode_seconds": round(recode, 2),
        "recode_speedup_vs_full": round(full_wall / recode, 1),
        "recode_one_entry": f"{ENTRY[0]}#{ENTRY[1]}",
        "recode_one_entry_articles": entry_count,
        "recode_one_entry_seconds": round(entry_recode, 2),
        "recode_one_entry_speedup_vs_full": round(full_wall / entry_recode, 1),
        "entry_change_share_median": round(shares[len(shares) // 2], 3),
        "entry_change_share_p90": round(shares[int(len(shares) * 0.9)], 3),
    }
    if parallel is not None:
        result[f"workers_{args.workers}_seconds"] = round(parallel, 2)
        result[f"speedup_{args.workers}_workers"] = round(full_wall / parallel, 2)
    if warm_parallel is not None:
        result[f"workers_{args.workers}_models_loaded_seconds"] = round(warm_parallel, 2)
        result[f"speedup_{args.workers}_workers_models_loaded"] = round(
            full_wall / warm_parallel, 2
        )
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:>28}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
