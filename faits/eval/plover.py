"""PLOVER gold records, as in openeventdata/PLOVER's ``PLOVER_GSR_CAMEO.txt``.

Each record has ``id``, ``text``, ``event`` (a PLOVER type), ``source`` and ``target``
(lists of ``{"actorText", "code"}``, or ``""`` when absent), and optionally ``date`` and
``language``. The published file is a sequence of JSON objects separated by commas with
trailing commas inside them, so it is read leniently; a JSON array or JSON Lines work too.

Every (source, target) pair of a record is one expected event; a missing target is not
checked. Event labels from older PLOVER drafts are mapped to current names
(``faits.eval.labels``); a label outside PLOVER stays as written and can only be a miss.
Only the PLOVER level is scored: the records carry no CAMEO code.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from faits.eval import GoldFormatError
from faits.eval.gold import GoldRecord, evaluate_records
from faits.eval.labels import plover_label
from faits.eval.scoring import ANY_ACTOR, EventItem

FORMAT = "plover"
DEFAULT_LANGUAGE = "en"
TRAILING_COMMA = re.compile(r",(\s*[}\]])")


def load_objects(text: str, where: str) -> list[Any]:
    """The JSON objects of a lenient JSON file: an array, JSON Lines or comma-separated."""
    cleaned = TRAILING_COMMA.sub(r"\1", text).strip()
    decoder = json.JSONDecoder()
    objects: list[Any] = []
    position = 0
    while position < len(cleaned):
        while position < len(cleaned) and cleaned[position] in " \t\r\n,":
            position += 1
        if position >= len(cleaned):
            break
        try:
            value, position = decoder.raw_decode(cleaned, position)
        except json.JSONDecodeError as exc:
            line = cleaned.count("\n", 0, exc.pos) + 1
            raise GoldFormatError(f"{where}: invalid JSON near line {line} ({exc.msg})") from exc
        objects.extend(value if isinstance(value, list) else [value])
    return objects


def _codes(actors: Any) -> list[str]:
    if not isinstance(actors, list):
        return []
    return [str(a["code"]) for a in actors if isinstance(a, dict) and a.get("code")]


def parse_record(raw: Any, where: str, number: int) -> GoldRecord:
    if not isinstance(raw, dict) or not isinstance(raw.get("text"), str):
        raise GoldFormatError(f"{where}: record {number} has no 'text'")
    label = str(raw.get("event") or "").strip()
    if not label:
        raise GoldFormatError(f"{where}: record {number} has no 'event' label")
    plover = plover_label(label) or label.upper()
    sources = _codes(raw.get("source")) or [ANY_ACTOR]
    targets = _codes(raw.get("target")) or [ANY_ACTOR]
    events = [
        EventItem(cameo=None, source=s, target=t, plover=plover, trigger=raw.get("eventText"))
        for s in sources
        for t in targets
    ]
    return GoldRecord(
        record=str(raw.get("id") or f"record-{number}"),
        text=raw["text"],
        language=raw.get("language") or DEFAULT_LANGUAGE,
        published=raw.get("date") or None,
        events=events,
    )


def read_records(path: Path) -> list[GoldRecord]:
    if not path.is_file():
        raise GoldFormatError(f"{path}: no such file")
    objects = load_objects(path.read_text(encoding="utf-8"), str(path))
    records = [parse_record(raw, str(path), n) for n, raw in enumerate(objects, start=1)]
    ids = [r.record for r in records]
    if len(set(ids)) != len(ids):
        raise GoldFormatError(f"{path}: record ids are not unique")
    return records


def evaluate(path: Path, *, errors: int = 0) -> dict[str, Any]:
    return evaluate_records(
        FORMAT, path, read_records(path), errors=errors, event_levels=("plover",)
    )
