"""Render an evaluation report (the dict every ``evaluate`` returns) as tables for people.

Rendering is generic over layers: any score dict holding ``precision``/``recall``/``f1``
becomes a row, any other number a "metric: value" row, so a new layer or format shows up
without changes here. Events get their level table, per-class breakdown and the most
frequent confusions.
"""

from __future__ import annotations

from typing import Any

from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

# The full matrix is in the JSON; people get its most frequent off-diagonal cells.
MAX_CONFUSIONS = 15


def _is_counts(value: Any) -> bool:
    return isinstance(value, dict) and {"precision", "recall", "f1"} <= value.keys()


def _number(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def _counts_table(title: str, rows: list[tuple[str, dict[str, Any]]]) -> Table:
    table = Table(title=title, title_justify="left")
    table.add_column("")
    for name in ("P", "R", "F1", "tp", "fp", "fn"):
        table.add_column(name, justify="right")
    for label, counts in rows:
        table.add_row(
            label,
            _number(counts["precision"]),
            _number(counts["recall"]),
            _number(counts["f1"]),
            str(counts["tp"]),
            str(counts["fp"]),
            str(counts["fn"]),
        )
    return table


def _flatten(prefix: str, value: Any, counts: list, metrics: list) -> None:
    if _is_counts(value):
        counts.append((prefix, value))
    elif isinstance(value, dict):
        for key, inner in value.items():
            _flatten(f"{prefix} {key}".strip(), inner, counts, metrics)
    elif isinstance(value, int | float) or value is None:
        metrics.append((prefix, value))


def layer_tables(layer: str, scores: dict[str, Any]) -> list[Table]:
    """Tables for one non-event layer: P/R/F1 rows, then the other metrics."""
    counts: list[tuple[str, dict[str, Any]]] = []
    metrics: list[tuple[str, Any]] = []
    _flatten("", scores, counts, metrics)
    tables = []
    if counts:
        tables.append(_counts_table(layer.capitalize(), counts))
    if metrics:
        table = Table(title=f"{layer.capitalize()}: other measures", title_justify="left")
        table.add_column("measure")
        table.add_column("value", justify="right")
        for name, value in metrics:
            table.add_row(name, _number(value))
        tables.append(table)
    return tables


def event_tables(scores: dict[str, Any]) -> list[Table]:
    rows = []
    for level, by_actors in scores["levels"].items():
        rows.append((f"{level}", by_actors["any_actors"]))
        rows.append((f"{level} + actors (country)", by_actors["country_actors"]))
    title = f"Events (gold {scores['gold']}, system {scores['system']})"
    tables = [_counts_table(title, rows)]
    level = scores.get("detail_level", "root")
    per_class = scores.get("per_class") or {}
    if per_class:
        tables.append(
            _counts_table(f"Events by class ({level}, actors matched)", list(per_class.items()))
        )
    modality = scores.get("modality") or {}
    if any(c["tp"] + c["fp"] + c["fn"] for c in modality.values()):
        tables.append(_counts_table("Modality (on matched events)", list(modality.items())))
    confusion = scores.get("confusion") or {}
    cells = [
        (gold, system, n)
        for gold, row in (confusion.get("matrix") or {}).items()
        for system, n in row.items()
        if gold != system
    ]
    if cells:
        cells.sort(key=lambda cell: (-cell[2], cell[0], cell[1]))
        table = Table(
            title=f"Confusions ({level}, gold → system)",
            title_justify="left",
        )
        for name in ("gold", "system", "n"):
            table.add_column(name, justify="right" if name == "n" else "left")
        for gold, system, n in cells[:MAX_CONFUSIONS]:
            table.add_row(gold, system, str(n))
        tables.append(table)
    return tables


def _error_line(error: dict[str, Any]) -> Text:
    kind = error.get("kind", "error")
    layer = error.get("layer")
    head = f"[{layer}] {kind}" if layer else kind
    line = Text(f"{head} ", style="bold")
    line.append(f"{error.get('record', '')}: ")
    if "gold" in error:
        line.append(f"expected {_event_text(error['gold'])}")
    if "system" in error:
        line.append(f"coded {_event_text(error['system'])}")
    if "reason" in error:
        line.append(error["reason"])
    extra = {
        k: v
        for k, v in error.items()
        if k not in {"kind", "layer", "record", "gold", "system", "reason", "text", "note"}
        and v is not None
    }
    if "text" in error and "gold" not in error and "system" not in error:
        line.append(repr(error["text"]))
    if extra:
        line.append(" " + ", ".join(f"{k}={v}" for k, v in extra.items()))
    if error.get("note"):
        line.append(f" ({error['note']})", style="dim")
    if ("gold" in error or "system" in error) and error.get("text"):
        line.append(f"\n    {error['text']}", style="dim")
    return line


def _event_text(event: dict[str, Any]) -> str:
    code = event.get("cameo") or event.get("plover")
    parts = [f"{code} {event.get('source')} → {event.get('target')}"]
    if event.get("trigger"):
        parts.append(f"trigger {event['trigger']!r}")
    if event.get("rule"):
        parts.append(f"rule {event['rule']}")
    return ", ".join(parts)


def render(report: dict[str, Any]) -> Group:
    """Everything in a report as rich renderables, top to bottom."""
    parts: list[Any] = [
        Text(
            f"{report['format']} · {report['path']} · {report['records']} records"
            + (
                f" ({report['unsupported']} not coded: language not supported)"
                if report.get("unsupported")
                else ""
            ),
            style="bold",
        )
    ]
    dictionaries = report.get("dictionaries") or {}
    if dictionaries:
        listed = ", ".join(
            f"{name} ({info['kind']}, "
            + (f"{info['entries']} entries" if "entries" in info else "present")
            + ")"
            if info["present"]
            else f"{name} ({info['kind']}, absent)"
            for name, info in dictionaries.items()
        )
        parts.append(Text(f"Dictionaries named by the gold: {listed}", style="dim"))
    for layer, scores in report.get("scores", {}).items():
        if layer == "events" and isinstance(scores, dict) and "levels" in scores:
            parts.extend(event_tables(scores))
        else:
            parts.extend(layer_tables(layer, scores))
    errors = report.get("errors") or []
    if errors:
        parts.append(Text(f"Errors ({len(errors)} shown)", style="bold underline"))
        parts.extend(_error_line(e) for e in errors)
    return Group(*parts)


def print_report(report: dict[str, Any], console: Console | None = None) -> None:
    (console or Console()).print(render(report))
