"""``faits eval FORMAT PATH``: score faits against gold data."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from faits.cli.app import app
from faits.cli.console import err
from faits.eval import FORMATS, GoldFormatError, evaluate
from faits.eval.report import print_report
from faits.eval.system import PARSE_CACHE_VARIABLE


@app.command("eval")
def eval_command(
    format_name: Annotated[
        str, typer.Argument(metavar="FORMAT", help=f"Gold format: {', '.join(FORMATS)}.")
    ],
    path: Annotated[Path, typer.Argument(help="Gold file or folder.")],
    as_json: Annotated[
        bool, typer.Option("--json", help="Print one JSON object with every score.")
    ] = False,
    errors: Annotated[
        int,
        typer.Option(min=0, help="List up to N misses and false detections per layer."),
    ] = 0,
    ids: Annotated[
        str | None,
        typer.Option(
            metavar="FIRST..LAST",
            help="Score only the records with ids in this range (jsonl gold): dev-0460..dev-0639.",
        ),
    ] = None,
    parse_cache: Annotated[
        Path | None,
        typer.Option(
            "--parse-cache",
            metavar="DIR",
            envvar=PARSE_CACHE_VARIABLE,
            help="Keep the gold texts' parses in DIR and reuse them on the next run "
            "(a lexicon or rule change is then scored without parsing again).",
        ),
    ] = None,
) -> None:
    """Score faits against gold data and print precision, recall and F1 per layer."""
    if format_name not in FORMATS:
        err.print(f"unknown gold format {format_name!r}; use one of: {', '.join(FORMATS)}")
        raise typer.Exit(2)
    if not path.exists():
        err.print(f"{path}: no such file or folder; give a gold file or folder")
        raise typer.Exit(2)
    selected: tuple[str, str] | None = None
    if ids is not None:
        first, dots, last = ids.partition("..")
        if not dots or not first or not last:
            err.print(f"--ids {ids!r}: give a range of record ids, FIRST..LAST")
            raise typer.Exit(2)
        selected = (first, last)
    if parse_cache is not None:
        os.environ[PARSE_CACHE_VARIABLE] = str(parse_cache)
    try:
        report = evaluate(format_name, path, errors=errors, ids=selected)
    except GoldFormatError as exc:
        err.print(str(exc), soft_wrap=True, markup=False)
        raise typer.Exit(1) from exc
    if as_json:
        typer.echo(json.dumps(report, ensure_ascii=False))
    else:
        print_report(report, Console())
