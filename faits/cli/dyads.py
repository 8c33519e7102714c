"""``faits dyads``: event counts and Goldstein sums per actor pair and day or week.

Also the merged view behind ``faits events --merged`` (``show_merged_events``): one row per
event reported by several articles, with how many stories and sources carried it.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import duckdb
import typer
from rich.console import Console
from rich.table import Table

from faits.cli.app import app
from faits.cli.console import err
from faits.provenance.merging import PERIODS, dyad_counts, merged_events
from faits.store.db import Store

FORMATS = ("table", "jsonl", "csv")


def _write(rows: list[dict[str, Any]], fmt: str, title: str) -> None:
    if fmt == "jsonl":
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
    elif fmt == "csv":
        if rows:
            writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
    else:
        table = Table(title=title)
        for name in rows[0] if rows else ():
            table.add_column(name, overflow="fold")
        for row in rows:
            table.add_row(*("" if v is None else str(v) for v in row.values()))
        Console().print(table)


def _run(
    db: Path | None,
    fmt: str,
    title: str,
    query: Callable[[duckdb.DuckDBPyConnection], list[dict[str, Any]]],
) -> None:
    if fmt not in FORMATS:
        err.print(f"--format takes one of {', '.join(FORMATS)}")
        raise typer.Exit(2)
    try:
        store = Store.open(db, read_only=True)
    except FileNotFoundError as exc:
        err.print(str(exc))
        raise typer.Exit(1) from None
    with store:
        rows = query(store.con)
    _write(rows, fmt, title)
    err.print(f"{len(rows)} rows")


def show_merged_events(
    db: Path | None,
    fmt: str = "table",
    actor: str | None = None,
    code: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int | None = None,
) -> None:
    """Print merged events (for ``faits events --merged``)."""

    def query(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
        return merged_events(con, actor=actor, code=code, since=since, until=until, limit=limit)

    _run(db, fmt, "Merged events", query)


@app.command()
def dyads(
    db: Annotated[
        Path | None,
        typer.Option("--db", help="Database file (default $FAITS_DB or faits.duckdb)."),
    ] = None,
    by: Annotated[str, typer.Option(help=f"Period: {', '.join(PERIODS)}.")] = "day",
    actor: Annotated[
        str | None, typer.Option(help="Actor code prefix on either side (RUS, USAGOV).")
    ] = None,
    since: Annotated[str | None, typer.Option(help="First date, YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Last date, YYYY-MM-DD.")] = None,
    limit: Annotated[int | None, typer.Option(min=1, help="At most this many rows.")] = None,
    format: Annotated[str, typer.Option(help=f"One of {', '.join(FORMATS)}.")] = "table",
) -> None:
    """Events per actor pair and day or week: counts (a story counted once), Goldstein sums,
    quad-class breakdown, stories and sources."""
    if by not in PERIODS:
        err.print(f"--by takes one of {', '.join(PERIODS)}")
        raise typer.Exit(2)

    def query(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
        return dyad_counts(con, period=by, actor=actor, since=since, until=until, limit=limit)

    _run(db, format, f"Dyads per {by}", query)
