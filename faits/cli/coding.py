"""``faits code``, ``faits ingest`` and ``faits recode``."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Annotated

import typer

from faits.batch import DEFAULT_BATCH, RunSummary, batched, prepared_inputs, run
from faits.cli.app import app
from faits.cli.console import err, print_summary, progress_bar, report_failures, report_problem
from faits.ingest.readers import DEFAULT_MAX_BYTES, SUPPORTED
from faits.models import ModelCache
from faits.pipeline import PipelineResult
from faits.provenance.syndication import cluster_all
from faits.records import Article
from faits.store.db import Store
from faits.store.ingest import ingest_sink
from faits.store.recode import plan_recode, recode_store

RECORD_KINDS = ("events", "quotes", "articles", "mentions")

Paths = Annotated[list[Path], typer.Argument(help="Files (.txt, .html, .htm, .jsonl) or folders.")]
Published = Annotated[
    str | None,
    typer.Option(help="Publication date (YYYY-MM-DD) for inputs that do not give one."),
]
Workers = Annotated[int, typer.Option(min=1, help="Worker processes for parsing and coding.")]
BatchSize = Annotated[int, typer.Option(min=1, help="Articles parsed together by nlp.pipe.")]
MaxBytes = Annotated[int, typer.Option(help="Largest accepted article file, in bytes.")]
DbOption = Annotated[
    Path | None, typer.Option("--db", help="Database file (default $FAITS_DB or faits.duckdb).")
]


def _count_inputs(paths: list[Path]) -> int:
    """How many articles the inputs hold (for the progress bar); cheap: counts lines of JSONL."""
    total = 0
    for path in paths:
        files = (
            [p for p in path.rglob("*") if p.suffix.lower() in SUPPORTED]
            if path.is_dir()
            else [path]
        )
        for file in files:
            if file.suffix.lower() == ".jsonl" and file.is_file():
                with file.open("rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            else:
                total += 1
    return total


def _check_date(value: str | None) -> None:
    if value is None:
        return
    try:
        time.strptime(value, "%Y-%m-%d")
    except ValueError:
        err.print(f"--published: '{value}' is not a date like 2019-02-19")
        raise typer.Exit(2) from None


def _exit_code(summary: RunSummary) -> int:
    if summary.articles + summary.unchanged == 0:
        if not summary.problems:
            err.print("no input articles found (give .txt, .html, .htm or .jsonl files or folders)")
        return 1
    return 0


@app.command()
def code(
    paths: Paths,
    published: Published = None,
    what: Annotated[
        str, typer.Option(help="Records to print: events,quotes,articles,mentions.")
    ] = "events",
    format: Annotated[str, typer.Option(help="Output format (jsonl).")] = "jsonl",
    workers: Workers = 1,
    batch_size: BatchSize = DEFAULT_BATCH,
    max_bytes: MaxBytes = DEFAULT_MAX_BYTES,
) -> None:
    """Code files or folders without any database and print records to stdout."""
    _check_date(published)
    kinds = [k.strip() for k in what.split(",") if k.strip()]
    unknown = [k for k in kinds if k not in RECORD_KINDS]
    if unknown or format != "jsonl":
        err.print(f"--what takes {', '.join(RECORD_KINDS)}; --format takes jsonl")
        raise typer.Exit(2)
    summary = RunSummary()
    out = sys.stdout

    articles: list[Article] = []

    def write(record: dict) -> None:
        record.pop("source_path", None)
        out.write(json.dumps(record, ensure_ascii=False) + "\n")

    def emit(results: list[PipelineResult]) -> None:
        report_failures(results)
        for result in results:
            coded = result.coded
            articles.append(coded.article)
            for kind in kinds:
                if kind != "articles":
                    for record in getattr(coded, kind):
                        write(record.to_dict())
        out.flush()

    inputs = prepared_inputs([str(p) for p in paths], summary, published, max_bytes, report_problem)
    with progress_bar(_count_inputs(paths), "coding") as advance:
        run(
            batched(inputs, batch_size), emit, summary, workers, on_batch=advance, keep_parses=False
        )
    if "articles" in kinds:
        # Near-duplicate clusters need the whole run: article records come last.
        cluster_all(articles)
        for article in articles:
            write(article.to_dict())
    print_summary(summary)
    raise typer.Exit(_exit_code(summary))


@app.command()
def ingest(
    paths: Paths,
    db: DbOption = None,
    published: Published = None,
    workers: Workers = 1,
    batch_size: BatchSize = DEFAULT_BATCH,
    max_bytes: MaxBytes = DEFAULT_MAX_BYTES,
) -> None:
    """Code and store articles; re-ingesting an unchanged article changes nothing."""
    _check_date(published)
    summary = RunSummary()
    with Store.open(db) as store:
        queued: set[str] = set()

        def fresh(paths_: list[Path]):
            inputs = prepared_inputs(
                [str(p) for p in paths_], summary, published, max_bytes, report_problem
            )
            for batch in batched(inputs, batch_size):
                known = store.unchanged(batch)
                todo = []
                for prepared in batch:
                    article_id = prepared.article.article_id
                    # The same article given twice in one run (a copied file) is coded once.
                    if article_id in known or article_id in queued:
                        summary.unchanged += 1
                        continue
                    queued.add(article_id)
                    todo.append(prepared)
                if todo:
                    yield todo

        with (
            progress_bar(_count_inputs(paths), "ingesting") as advance,
            ingest_sink(store) as write_batch,
        ):

            def store_batch(results: list[PipelineResult]) -> None:
                report_failures(results)
                write_batch(results)

            run(fresh(paths), store_batch, summary, workers, on_batch=advance)
        counts = store.counts()
    print_summary(summary, "ingest")
    err.print(
        f"database {store.path}: {counts['articles']} articles, {counts['events']} events, "
        f"{counts['quotes']} quotes, {counts['mentions']} mentions"
    )
    raise typer.Exit(_exit_code(summary))


@app.command()
def recode(
    db: DbOption = None,
    everything: Annotated[
        bool, typer.Option("--all", help="Recode every article, changed lexicons or not.")
    ] = False,
) -> None:
    """Redo actor, event, time, place and quote coding from stored parses (no parsing), for
    the articles the lexicon changes since they were coded can alter."""
    with Store.open(db) as store:
        cache = ModelCache()
        plan = plan_recode(store, cache, everything)
        with progress_bar(len(plan.recode), "recoding") as advance:

            def progress(results: list[PipelineResult]) -> None:
                report_failures(results)
                advance(len(results))

            summary = recode_store(store, cache, progress, plan=plan)
    print_summary(summary.run, "recode")
    err.print(summary.describe(), soft_wrap=True)
