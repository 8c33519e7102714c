"""Turn an evaluation report (the dict every ``evaluate`` returns) into tables for people.

``report_tables`` lays a report out as plain ``TableData`` (title, columns, rows); ``render``
draws them with rich for the terminal and ``markdown`` writes them for the benchmarks page,
so both always show the same figures. Layout is generic over layers: a score dict with
``precision``/``recall``/``f1`` becomes a row of a P/R/F1 table, a dict of such dicts (per
class, per type) a table of its own, any other number a measure, so a new layer or format
shows up without changes here. Events get their level table, modality, per-class breakdown
and most frequent confusions; the terminal adds the rules with the most false events (the
benchmarks page leaves them to the JSON: they change with every lexicon commit).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

# The full matrix is in the JSON; people get its most frequent off-diagonal cells.
MAX_CONFUSIONS = 15
# Likewise the rules: the full breakdown is in the JSON, the terminal lists the costliest.
MAX_RULES = 15
PRF_COLUMNS = ("", "P", "R", "F1", "tp", "fp", "fn")


@dataclass
class TableData:
    title: str
    columns: tuple[str, ...]
    rows: list[tuple[str, ...]] = field(default_factory=list)


def is_counts(value: Any) -> bool:
    return isinstance(value, dict) and {"precision", "recall", "f1"} <= value.keys()


def number(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def prf_row(label: str, counts: dict[str, Any]) -> tuple[str, ...]:
    keys = ("precision", "recall", "f1", "tp", "fp", "fn")
    return (label, *(number(counts.get(k)) for k in keys))


def layers(report: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """The report's scores by layer; a format that scores one layer flat counts as one."""
    scores = report.get("scores") or {}
    if scores and all(isinstance(v, dict) for v in scores.values()):
        return list(scores.items())
    return [(report.get("format", "scores"), scores)] if scores else []


def layer_tables(layer: str, scores: dict[str, Any]) -> list[TableData]:
    """P/R/F1 rows, then one table per dict of dicts, then the remaining measures."""
    name = layer.capitalize()
    counts = TableData(name, PRF_COLUMNS)
    measures = TableData(f"{name}: measures", ("measure", "value"))
    tables: list[TableData] = []
    for key, value in scores.items():
        if is_counts(value):
            counts.rows.append(prf_row(key, value))
        elif isinstance(value, dict) and value and all(is_counts(v) for v in value.values()):
            tables.append(
                TableData(
                    f"{name} by {key}", PRF_COLUMNS, [prf_row(k, v) for k, v in value.items()]
                )
            )
        elif isinstance(value, dict) and value and all(isinstance(v, dict) for v in value.values()):
            columns = list(dict.fromkeys(k for inner in value.values() for k in inner))
            rows = [(k, *(number(inner.get(c)) for c in columns)) for k, inner in value.items()]
            tables.append(TableData(f"{name} {key.replace('_', ' ')}", (key, *columns), rows))
        elif isinstance(value, int | float) or value is None:
            measures.rows.append((key.replace("_", " "), number(value)))
    head = [counts] if counts.rows else []
    tail = [measures] if measures.rows else []
    return head + tables + tail


def event_tables(
    scores: dict[str, Any], per_class: bool = True, rules: bool = False
) -> list[TableData]:
    levels = TableData(
        f"Events (gold {scores['gold']}, system {scores['system']})",
        ("level", "P", "R", "F1", "P actors", "R actors", "F1 actors"),
    )
    for level, by_actors in scores["levels"].items():
        free, matched = by_actors["any_actors"], by_actors["country_actors"]
        cells = [free[k] for k in ("precision", "recall", "f1")]
        cells += [matched[k] for k in ("precision", "recall", "f1")]
        levels.rows.append((level, *(number(c) for c in cells)))
    tables = [levels]
    modality = scores.get("modality") or {}
    if any(c["tp"] + c["fp"] + c["fn"] for c in modality.values()):
        rows = [prf_row(flag, c) for flag, c in modality.items()]
        tables.append(TableData("Modality (on matched events)", PRF_COLUMNS, rows))
    level = scores.get("detail_level", "root")
    if per_class and scores.get("per_class"):
        rows = [prf_row(label, c) for label, c in scores["per_class"].items()]
        tables.append(TableData(f"Events by {level} (actors matched)", PRF_COLUMNS, rows))
    if per_class and scores.get("per_tag"):
        rows = [prf_row(tag, c) for tag, c in scores["per_tag"].items()]
        tables.append(
            TableData(f"Events by record tag ({level}, actors matched)", PRF_COLUMNS, rows)
        )
    cells = [
        (gold, system, n)
        for gold, row in ((scores.get("confusion") or {}).get("matrix") or {}).items()
        for system, n in row.items()
        if gold != system
    ]
    if per_class and cells:
        cells.sort(key=lambda cell: (-cell[2], cell[0], cell[1]))
        rows = [(g, s, str(n)) for g, s, n in cells[:MAX_CONFUSIONS]]
        tables.append(TableData(f"Confusions ({level})", ("gold", "system", "n"), rows))
    if rules and scores.get("per_rule"):
        tables.append(costly_rules(scores["per_rule"], level))
    return tables


def costly_rules(per_rule: dict[str, dict[str, Any]], level: str) -> TableData:
    """The rules with the most false events, then the lowest precision.

    An entry that fires often and wrongly is where a lexicon change pays across the whole
    set; the per-error listing shows the same thing one sentence at a time.
    """
    ranked = sorted(
        (item for item in per_rule.items() if item[1]["fp"]),
        key=lambda item: (-item[1]["fp"], item[1]["precision"], item[0]),
    )
    rows: list[tuple[str, ...]] = [
        (rule, number(c["precision"]), str(c["tp"]), str(c["fp"])) for rule, c in ranked[:MAX_RULES]
    ]
    title = f"Rules with the most false events ({level}, actors matched)"
    return TableData(title, ("rule", "P", "tp", "fp"), rows)


def report_tables(
    report: dict[str, Any], per_class: bool = True, rules: bool = False
) -> list[TableData]:
    tables: list[TableData] = []
    for layer, scores in layers(report):
        if layer == "events" and "levels" in scores:
            tables += event_tables(scores, per_class, rules)
        else:
            tables += layer_tables(layer, scores)
    return tables


def summary_line(report: dict[str, Any]) -> str:
    line = f"{report['records']} records"
    if report.get("unsupported"):
        line += f", {report['unsupported']} not coded (language not supported: scored as misses)"
    return line


# --------------------------------------------------------------------------- terminal


def rich_table(data: TableData) -> Table:
    table = Table(title=data.title, title_justify="left")
    for n, column in enumerate(data.columns):
        table.add_column(column, justify="left" if n == 0 else "right")
    for row in data.rows:
        table.add_row(*row)
    return table


def _event_text(event: dict[str, Any]) -> str:
    code = event.get("cameo") or event.get("plover")
    parts = [f"{code} {event.get('source')} → {event.get('target')}"]
    if event.get("trigger"):
        parts.append(f"trigger {event['trigger']!r}")
    if event.get("rule"):
        parts.append(f"rule {event['rule']}")
    return ", ".join(parts)


SHOWN_APART = {"kind", "layer", "record", "gold", "system", "reason", "text", "note"}


def error_line(error: dict[str, Any]) -> Text:
    kind = error.get("kind", "error")
    layer = error.get("layer")
    line = Text(f"[{layer}] {kind} " if layer else f"{kind} ", style="bold")
    line.append(f"{error.get('record', '')}: ")
    is_event = "gold" in error or "system" in error
    if "gold" in error:
        line.append(f"expected {_event_text(error['gold'])}")
    if "system" in error:
        line.append(f"coded {_event_text(error['system'])}")
    if "reason" in error:
        line.append(str(error["reason"]))
    if "text" in error and not is_event:
        line.append(repr(error["text"]))
    extra = {k: v for k, v in error.items() if k not in SHOWN_APART and v is not None}
    if extra:
        line.append(" " + ", ".join(f"{k}={v}" for k, v in extra.items()))
    if error.get("note"):
        line.append(f" ({error['note']})", style="dim")
    if is_event and error.get("text"):
        line.append(f"\n    {error['text']}", style="dim")
    return line


def render(report: dict[str, Any]) -> Group:
    """Everything in a report as rich renderables, top to bottom."""
    parts: list[Any] = [
        Text(f"{report['format']} · {report['path']} · {summary_line(report)}", style="bold")
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
    parts.extend(rich_table(t) for t in report_tables(report, rules=True))
    errors = report.get("errors") or []
    if errors:
        parts.append(Text(f"Errors ({len(errors)} shown)", style="bold underline"))
        parts.extend(error_line(e) for e in errors)
    return Group(*parts)


def print_report(report: dict[str, Any], console: Console | None = None) -> None:
    (console or Console()).print(render(report))


# --------------------------------------------------------------------------- markdown


def markdown_table(data: TableData) -> list[str]:
    def cells(row: tuple[str, ...]) -> str:
        return "| " + " | ".join(c.replace("|", "\\|") for c in row) + " |"

    rule = "|" + "|".join("---" if n == 0 else "---:" for n in range(len(data.columns))) + "|"
    return [f"{data.title}:", "", cells(data.columns), rule, *(cells(r) for r in data.rows), ""]


def markdown(report: dict[str, Any], per_class: bool = True) -> list[str]:
    """The report's tables as Markdown lines."""
    lines: list[str] = []
    for table in report_tables(report, per_class):
        lines += markdown_table(table)
    return lines
