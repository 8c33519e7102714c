"""The typer application every command module registers on."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="faits",
    help="Who did what to whom, when, where, and according to whom — from French news.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
