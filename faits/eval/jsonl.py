"""Our own gold format: JSON Lines, one annotated sentence or short article per line.

The format is described in ``docs/eval.md`` and by the JSON Schema ``gold.schema.json``
next to this module; it is also how users score faits on their own annotations. Any of
``events``, ``quotes``, ``times``, ``places``, ``actors`` may be absent (that layer is not
scored for the line); an event without a ``source`` or ``target`` key does not check
that actor, while ``null`` means "no actor".
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from faits.eval import GoldFormatError
from faits.eval.gold import GoldRecord, evaluate_records
from faits.eval.labels import plover_label, plover_of_cameo
from faits.eval.scoring import ANY_ACTOR, EventItem, modality_flags

SCHEMA_PATH = Path(__file__).with_name("gold.schema.json")
FORMAT = "jsonl"
LAYERS = ("events", "quotes", "times", "places", "actors")


def gold_files(path: Path) -> list[Path]:
    """``path`` itself, or the ``*.jsonl`` files of a folder in name order."""
    if path.is_dir():
        return sorted(path.glob("*.jsonl"))
    if not path.exists():
        raise GoldFormatError(f"{path}: no such file or folder")
    return [path]


def _fail(where: str, message: str) -> GoldFormatError:
    return GoldFormatError(f"{where}: {message}")


def _event(raw: Any, where: str) -> EventItem:
    if not isinstance(raw, dict):
        raise _fail(where, "an event must be an object")
    cameo = raw.get("cameo")
    plover = raw.get("plover")
    if cameo is None and plover is None:
        raise _fail(where, "an event needs a 'cameo' code or a 'plover' type")
    if cameo is not None and not (
        isinstance(cameo, str) and cameo.isdigit() and 2 <= len(cameo) <= 4
    ):
        raise _fail(where, f"'cameo' must be a string of 2 to 4 digits, not {cameo!r}")
    return EventItem(
        cameo=cameo,
        source=raw.get("source", ANY_ACTOR),
        target=raw.get("target", ANY_ACTOR),
        plover=plover_label(plover) if plover else plover_of_cameo(cameo),
        trigger=raw.get("trigger"),
        modality=modality_flags(raw.get("modality")),
    )


def _spans(raw: Any, layer: str, where: str) -> list[dict[str, Any]]:
    if not isinstance(raw, list):
        raise _fail(where, f"'{layer}' must be a list")
    for item in raw:
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            raise _fail(where, f"every item of '{layer}' needs a 'text' string")
    return raw


def parse_record(raw: Any, where: str) -> GoldRecord:
    """One gold line, checked against the format (the schema's rules, in code)."""
    if not isinstance(raw, dict):
        raise _fail(where, "a gold line must be a JSON object")
    for key in ("id", "text"):
        if not isinstance(raw.get(key), str) or not raw[key]:
            raise _fail(where, f"'{key}' must be a non-empty string")
    events = raw.get("events")
    if events is not None and not isinstance(events, list):
        raise _fail(where, "'events' must be a list")
    record = GoldRecord(
        record=raw["id"],
        text=raw["text"],
        language=raw.get("language"),
        published=raw.get("published"),
        events=None if events is None else [_event(e, where) for e in events],
        tags=list(raw.get("tags") or []),
    )
    for layer in ("quotes", "times", "places", "actors"):
        if raw.get(layer) is not None:
            setattr(record, layer, _spans(raw[layer], layer, where))
    return record


def read_gold(path: Path) -> list[GoldRecord]:
    """Every record of a gold file or folder; ids must be unique."""
    records: list[GoldRecord] = []
    seen: set[str] = set()
    for file in gold_files(path):
        with file.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                where = f"{file}:{number}"
                try:
                    raw = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise _fail(where, f"invalid JSON ({exc.msg})") from exc
                record = parse_record(raw, where)
                if record.record in seen:
                    raise _fail(where, f"duplicate id {record.record!r}")
                seen.add(record.record)
                records.append(record)
    return records


def evaluate(path: Path, *, errors: int = 0, ids: tuple[str, str] | None = None) -> dict[str, Any]:
    records = read_gold(path)
    if ids is not None:
        first, last = ids
        records = [r for r in records if _id_key(first) <= _id_key(r.record) <= _id_key(last)]
        if not records:
            raise GoldFormatError(f"{path}: no record with an id from {first} to {last}")
    return evaluate_records(FORMAT, path, records, errors=errors)


def _id_key(record_id: str) -> tuple[str, int, str]:
    """Ids compare by prefix, then number: "dev-0460" < "dev-1000", "dev-99" < "dev-100"."""
    match = re.fullmatch(r"(.*?)(\d+)(\D*)", record_id)
    if match is None:
        return (record_id, -1, "")
    return (match.group(1), int(match.group(2)), match.group(3))
