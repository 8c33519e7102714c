"""Scoring faits against gold data: the readers and scorers behind ``faits eval``.

Each gold format is a module of this package exposing
``evaluate(path: Path, *, errors: int = 0) -> dict``; ``FORMATS`` names them (the names
of the contract's ``faits eval FORMAT``) and modules are imported on first use, so a
format's reader only loads when it is asked for.
"""

from __future__ import annotations

import importlib
import importlib.util
from pathlib import Path
from typing import Any

FORMATS: dict[str, str] = {
    "ftib": "faits.eval.ftib",
    "recognizers": "faits.eval.recognizers",
    "petrarch": "faits.eval.petrarch",
    "universalpetrarch": "faits.eval.universalpetrarch",
    "plover": "faits.eval.plover",
    "jsonl": "faits.eval.jsonl",
}


class GoldFormatError(ValueError):
    """A gold file cannot be read: the message names the file, the record and what is wrong."""


def evaluate(
    format_name: str, path: Path, *, errors: int = 0, ids: tuple[str, str] | None = None
) -> dict[str, Any]:
    """Score faits on the gold data at ``path`` read as ``format_name``.

    ``ids`` (first, last) keeps the records whose id lies in that range (jsonl gold only):
    a slice of a set written at one time, such as records added blind before any tuning.
    """
    if ids is not None and format_name != "jsonl":
        raise GoldFormatError("--ids selects records of jsonl gold only")
    if format_name not in FORMATS:
        known = ", ".join(FORMATS)
        raise GoldFormatError(f"unknown gold format {format_name!r} (known: {known})")
    try:
        module = importlib.import_module(FORMATS[format_name])
    except ModuleNotFoundError as exc:
        if exc.name != FORMATS[format_name]:
            raise
        available = ", ".join(f for f, m in FORMATS.items() if importlib.util.find_spec(m))
        raise GoldFormatError(
            f"the {format_name!r} reader is not part of this build (available: {available})"
        ) from exc
    if ids is not None:
        return module.evaluate(Path(path), errors=errors, ids=ids)
    return module.evaluate(Path(path), errors=errors)


def make_report(
    format_name: str,
    path: Path,
    records: int,
    scores: dict[str, Any],
    errors: list[dict[str, Any]],
    unsupported: int = 0,
) -> dict[str, Any]:
    """The JSON-able report every ``evaluate`` returns (the stable ``--json`` interface)."""
    return {
        "format": format_name,
        "path": str(path),
        "records": records,
        "unsupported": unsupported,
        "scores": scores,
        "errors": errors,
    }


__all__ = ["FORMATS", "GoldFormatError", "evaluate", "make_report"]
