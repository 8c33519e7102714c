"""``faits stats``: a readable summary of a database, for people rather than scripts."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from faits.cli.app import app
from faits.cli.console import err
from faits.store.db import Store

DbOption = Annotated[
    Path | None, typer.Option("--db", help="Database file (default $FAITS_DB or faits.duckdb).")
]


def _table(title: str, columns: list[str], rows: list[tuple]) -> Table:
    table = Table(title=title, title_justify="left", show_edge=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*["" if v is None else str(v) for v in row])
    return table


@app.command()
def stats(
    db: DbOption = None,
    examples: Annotated[int, typer.Option(min=0, help="How many example events to show.")] = 12,
) -> None:
    """Print what a database holds: articles, events by category, top dyads, example events."""
    try:
        store = Store.open(db, read_only=True)
    except FileNotFoundError as exc:
        err.print(str(exc))
        raise typer.Exit(1) from None
    out = Console()
    with store:
        con = store.con
        counts = store.counts()
        out.print(f"[bold]{store.path}[/bold]: " + ", ".join(f"{n} {t}" for t, n in counts.items()))
        out.print(
            _table(
                "Articles",
                ["status", "language", "articles", "reason"],
                con.execute(
                    "SELECT status, language, count(*), any_value(reason) FROM articles "
                    "GROUP BY ALL ORDER BY 3 DESC"
                ).fetchall(),
            )
        )
        out.print(
            _table(
                "Events by CAMEO root",
                ["root", "category", "events", "quad class"],
                con.execute(
                    "SELECT cameo_root, any_value(json_extract_string(record, '$.cameo_label')), "
                    "count(*), any_value(quad_class) FROM events GROUP BY 1 ORDER BY 1"
                ).fetchall(),
            )
        )
        out.print(
            _table(
                "Top dyads",
                ["source", "target", "events", "Goldstein sum"],
                con.execute(
                    "SELECT source_code, target_code, count(*), round(sum(goldstein), 1) FROM events "
                    "WHERE source_code IS NOT NULL AND target_code IS NOT NULL "
                    "GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT 10"
                ).fetchall(),
            )
        )
        if examples:
            out.print(
                _table(
                    "Example events",
                    ["date", "source", "event", "target", "where", "modality"],
                    con.execute(
                        "SELECT date, source_code, cameo || ' ' || json_extract_string(record, '$.cameo_label'), "
                        "target_code, location_name, "
                        "concat_ws(' ', CASE WHEN negated THEN 'negated' END, "
                        "CASE WHEN hypothetical THEN 'hypothetical' END, CASE WHEN future THEN 'future' END) "
                        "FROM events ORDER BY date_start NULLS LAST, event_id LIMIT ?",
                        [examples],
                    ).fetchall(),
                )
            )
