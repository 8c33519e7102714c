"""``faits events``, ``faits quotes`` and ``faits articles``: query what is stored."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from faits.cli.app import app
from faits.cli.console import err
from faits.store.db import Store
from faits.store.export import FORMATS, write_records
from faits.store.queries import Filters, fetch_records

DbOption = Annotated[
    Path | None, typer.Option("--db", help="Database file (default $FAITS_DB or faits.duckdb).")
]
Format = Annotated[str, typer.Option(help=f"One of {', '.join(FORMATS)}.")]
Actor = Annotated[
    str | None, typer.Option(help="Actor code prefix on either side (RUS, USAGOV, IGOUNO).")
]
Code = Annotated[str | None, typer.Option(help="CAMEO code prefix (04, 042).")]
Since = Annotated[str | None, typer.Option(help="First date, YYYY-MM-DD (inclusive).")]
Until = Annotated[str | None, typer.Option(help="Last date, YYYY-MM-DD (inclusive).")]
Limit = Annotated[int | None, typer.Option(min=1, help="At most this many records.")]
Output = Annotated[
    Path | None, typer.Option("--output", "-o", help="Write to this file (required for parquet).")
]


def _date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        err.print(f"{option}: '{value}' is not a date like 2019-02-19")
        raise typer.Exit(2) from None


def _query(
    kind: str,
    db: Path | None,
    fmt: str,
    actor: str | None,
    code: str | None,
    since: str | None,
    until: str | None,
    limit: int | None,
    output: Path | None,
) -> None:
    allowed = FORMATS if kind == "events" else ("jsonl", "csv", "parquet")
    if fmt not in allowed:
        err.print(f"--format for {kind} takes one of {', '.join(allowed)}")
        raise typer.Exit(2)
    if fmt == "parquet" and output is None:
        err.print("parquet needs a file: add --output FILE.parquet")
        raise typer.Exit(2)
    filters = Filters(actor, code, _date(since, "--since"), _date(until, "--until"), limit)
    try:
        store = Store.open(db, read_only=True)
    except FileNotFoundError as exc:
        err.print(str(exc))
        raise typer.Exit(1) from None
    with store:
        records = fetch_records(store.con, kind, filters)
        metadata = {}
        if fmt in ("gdelt", "plover"):
            rows = store.con.execute(
                "SELECT article_id, url, site, ingested_at FROM articles"
            ).fetchall()
            metadata = {
                a: {"url": u, "site": s, "dateadded": t.strftime("%Y%m%d%H%M%S") if t else ""}
                for a, u, s, t in rows
            }
    if fmt == "parquet":
        write_records(records, fmt, str(output), metadata)
    elif output is not None:
        with output.open("w", encoding="utf-8", newline="") as handle:
            write_records(records, fmt, handle, metadata)
    else:
        write_records(records, fmt, sys.stdout, metadata)
    err.print(f"{len(records)} {kind}")


Merged = Annotated[
    bool,
    typer.Option(
        "--merged",
        help="One row per event reported by several articles, with its story and source counts "
        "(formats jsonl, csv, or a table).",
    ),
]


def _register(kind: str, summary: str) -> None:
    """One query command per record kind, all with the same options."""

    def command(
        db: DbOption = None,
        format: Format = "jsonl",
        actor: Actor = None,
        code: Code = None,
        since: Since = None,
        until: Until = None,
        limit: Limit = None,
        output: Output = None,
    ) -> None:
        _query(kind, db, format, actor, code, since, until, limit, output)

    command.__doc__ = summary
    app.command(kind)(command)


@app.command("events")
def events(
    db: DbOption = None,
    format: Format = "jsonl",
    actor: Actor = None,
    code: Code = None,
    since: Since = None,
    until: Until = None,
    limit: Limit = None,
    output: Output = None,
    merged: Merged = False,
) -> None:
    """Stored events, filtered; formats jsonl, csv, parquet, gdelt, plover."""
    if merged:
        from faits.cli.dyads import show_merged_events

        show_merged_events(db, format, actor, code, since, until, limit)
        return
    _query("events", db, format, actor, code, since, until, limit, output)


_register("quotes", "Stored quotes (``--actor`` filters on the speaker).")
_register("articles", "Stored articles with their status, provenance and cluster.")
