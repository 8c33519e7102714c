"""``faits spark`` (the pipeline as a Spark job) and ``faits import`` (its output into DuckDB)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from faits.cli.app import app
from faits.cli.console import err

DbOption = Annotated[
    Path | None, typer.Option("--db", help="Database file (default $FAITS_DB or faits.duckdb).")
]


@app.command()
def spark(
    inputs: Annotated[
        list[str], typer.Argument(help="JSON Lines, Parquet, text or HTML paths or URIs.")
    ],
    output: Annotated[str, typer.Option(help="Output folder or URI for the Parquet datasets.")],
    master: Annotated[str, typer.Option(help="Spark master URL.")] = "local[2]",
    published: Annotated[str | None, typer.Option(help="Date for undated inputs.")] = None,
    partitions: Annotated[int | None, typer.Option(min=1, help="Partitions to code in.")] = None,
    parses: Annotated[
        bool,
        typer.Option(
            "--parses",
            help="Also write the serialised parses, so that `faits recode` works after "
            "`faits import` (about 30 KB per 130-word article).",
        ),
    ] = False,
) -> None:
    """Code a corpus with Apache Spark (needs ``faits[spark]`` and Java 17)."""
    from faits.spark.session import SparkUnavailable, java_version, start

    try:
        err.print(f"Java: {java_version()}")
        session = start(master)
    except SparkUnavailable as exc:
        err.print(str(exc))
        raise typer.Exit(1) from None
    from faits.spark.job import run_job

    try:
        summary = run_job(session, inputs, output, published, partitions, keep_parses=parses)
    finally:
        session.stop()
    for problem in summary.problems:
        err.print(f"skipped {problem}", soft_wrap=True, markup=False)
    err.print(
        f"spark: {summary.articles} articles, {summary.events} events, "
        f"{summary.quotes} quotes → {output}"
    )
    raise typer.Exit(0 if summary.articles else 1)


@app.command("import")
def import_(
    folder: Annotated[Path, typer.Argument(help="Output folder of `faits spark`.")],
    db: DbOption = None,
) -> None:
    """Load a Spark run's Parquet output into a database (for queries and `faits serve`)."""
    from faits.store.db import Store
    from faits.store.importer import import_output

    if not (folder / "articles").exists():
        err.print(f"{folder}: no articles/ dataset here (is it the --output of `faits spark`?)")
        raise typer.Exit(1)
    with Store.open(db) as store:
        counts = import_output(folder, store)
    err.print("imported: " + ", ".join(f"{n} {kind}" for kind, n in counts.items()))
