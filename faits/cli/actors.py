"""``faits actors --unresolved``: the actor mentions no lexicon resolved, most frequent first."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from faits.actors.unresolved import unresolved_actors
from faits.cli.app import app
from faits.cli.console import err
from faits.store.db import Store


@app.command()
def actors(
    unresolved: Annotated[
        bool, typer.Option("--unresolved", help="List unresolved actor mentions.")
    ] = False,
    db: Annotated[
        Path | None, typer.Option("--db", help="Database file (default $FAITS_DB or faits.duckdb).")
    ] = None,
    limit: Annotated[int, typer.Option(min=1, help="At most this many rows.")] = 50,
) -> None:
    """Actor mentions in a database; with --unresolved, the ones to add to the lexicons."""
    if not unresolved:
        err.print("nothing to do: add --unresolved")
        raise typer.Exit(2)
    try:
        store = Store.open(db, read_only=True)
    except FileNotFoundError as exc:
        err.print(str(exc))
        raise typer.Exit(1) from None
    with store:
        rows = unresolved_actors(store.con, limit)
    table = Table("mention", "count", "articles", "example article")
    for row in rows:
        table.add_row(row.text, str(row.mentions), str(row.articles), row.example_article)
    Console().print(table)
    err.print(f"{len(rows)} unresolved actor mentions")
