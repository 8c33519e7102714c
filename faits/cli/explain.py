"""``faits explain``: why an event was coded — or why a sentence gave none."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from faits.cli.app import app
from faits.events.explain import explain_sentence, explain_text, render
from faits.models import ModelCache
from faits.store.db import Store


def _published(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise typer.BadParameter(f"{value!r} is not a YYYY-MM-DD date") from exc


@app.command()
def explain(
    event_id: Annotated[str | None, typer.Argument(help="An event_id from the database.")] = None,
    sentence: Annotated[
        str | None, typer.Option("--sentence", "-s", help="Explain this text instead.")
    ] = None,
    published: Annotated[
        str | None, typer.Option(help="Publication date (YYYY-MM-DD) for --sentence.")
    ] = None,
    language: Annotated[str, typer.Option(help="Language of --sentence.")] = "fr",
    db: Annotated[
        Path | None, typer.Option("--db", help="Database file (default $FAITS_DB or faits.duckdb).")
    ] = None,
) -> None:
    """Show the sentence, its parse, the actors found and every candidate rule with its verdict."""
    cache = ModelCache()
    if sentence is not None and event_id is None:
        models = cache.get(language)
        for report in explain_text(sentence, _published(published), models):
            typer.echo(render(report))
            typer.echo("")
        return
    if event_id is None or sentence is not None:
        typer.echo("give either an EVENT_ID or --sentence TEXT", err=True)
        raise typer.Exit(2)
    try:
        store = Store.open(db, read_only=True)
    except FileNotFoundError as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(1) from exc
    with store:
        record = store.event(event_id)
        if record is None:
            typer.echo(f"{event_id}: no such event in {store.path}", err=True)
            raise typer.Exit(1)
        models = cache.get(record["language"])
        parsed = store.parsed_article(record["article_id"], models)
    typer.echo(json.dumps(record, ensure_ascii=False, indent=1))
    typer.echo("")
    if parsed is None:
        typer.echo("the article's parse is not stored: cannot replay the rules", err=True)
        raise typer.Exit(1)
    typer.echo(render(explain_sentence(parsed, record["sentence_index"], models)))
