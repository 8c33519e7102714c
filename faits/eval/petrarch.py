"""PETRARCH validation records: English sentences with their expected CAMEO codings.

The same record layout serves PETRARCH2's unit tests and UniversalPetrarch's gold
(``universalpetrarch``), but the latter is not well-formed XML (self-closed ``<Sentence/>``
tags followed by their content, ``#`` banners outside comments), so records are read with
a tolerant tag scanner rather than an XML parser:

- ``<Sentence id date category ...>`` opens a record; its ``<EventCoding sourcecode
  targetcode eventcode>`` elements are the expected events; ``noevents`` or ``error``
  codings mean that nothing should be coded;
- the ``<Environment>`` block's ``<Include>`` lists the categories to evaluate and names the
  dictionaries the records were written for (``Verbfile``, ``Actorfile``, ...), which the
  report lists with whether they are present next to the gold file; actor and agent
  dictionaries are read with the CAMEO dictionary loader of ``faits.actors``, the one a
  coder for the records' language will load them with.

The records are English: until faits codes English each is reported "language not
supported" and scored as a miss.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

from faits.actors.cameo_dictionaries import read_dictionary
from faits.eval import GoldFormatError
from faits.eval.gold import GoldRecord, evaluate_records
from faits.eval.labels import plover_of_cameo
from faits.eval.scoring import EventItem

FORMAT = "petrarch"
LANGUAGE = "en"
DICTIONARY_TAGS = ("Verbfile", "Actorfile", "Agentfile", "Discardfile", "PICOfile")
LOADABLE_DICTIONARIES = ("Actorfile", "Agentfile")

COMMENT = re.compile(r"<!--.*?-->", re.S)
ATTRIBUTE = re.compile(r"""(\w+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
SENTENCE_TAG = re.compile(r"<Sentence\b([^>]*?)/?>")
CODING_TAG = re.compile(r"<EventCoding\b([^>]*?)/?>")
TEXT = re.compile(r"<Text>(.*?)</Text>", re.S)
ENVIRONMENT = re.compile(r"<Environment>(.*?)</Environment>", re.S)


def attributes(tag_body: str) -> dict[str, str]:
    return {
        m.group(1): m.group(2) if m.group(2) is not None else m.group(3)
        for m in ATTRIBUTE.finditer(tag_body)
    }


def _element(block: str, tag: str) -> str | None:
    found = re.search(rf"<{tag}>(.*?)</{tag}>", block, re.S)
    return found.group(1).strip() if found else None


def environment(source: str) -> dict[str, Any]:
    """The ``<Environment>`` block: included categories and dictionary file names."""
    block = ENVIRONMENT.search(source)
    if not block:
        return {"include": None, "dictionaries": {}}
    body = block.group(1)
    include = _element(body, "Include")
    categories = set(include.split()) - {"valid"} if include else None
    dictionaries = {tag: _element(body, tag) for tag in DICTIONARY_TAGS if _element(body, tag)}
    return {"include": categories, "dictionaries": dictionaries}


def _iso_date(value: str | None) -> str | None:
    if value and re.fullmatch(r"\d{8}", value):
        return f"{value[:4]}-{value[4:6]}-{value[6:]}"
    return None


def _coding(attrs: dict[str, str]) -> EventItem | None:
    code = attrs.get("eventcode")
    if not code or "noevents" in attrs or "error" in attrs:
        return None
    code = code.strip()
    return EventItem(
        cameo=code,
        source=attrs.get("sourcecode", "").strip() or None,
        target=attrs.get("targetcode", "").strip() or None,
        plover=plover_of_cameo(code),
    )


def read_records(path: Path) -> tuple[list[GoldRecord], dict[str, Any]]:
    """The gold records of a PETRARCH-style file, and its environment."""
    if not path.is_file():
        raise GoldFormatError(f"{path}: no such file")
    source = COMMENT.sub("", path.read_text(encoding="utf-8", errors="replace"))
    env = environment(source)
    include = env["include"]
    starts = list(SENTENCE_TAG.finditer(source))
    if not starts:
        raise GoldFormatError(f"{path}: no <Sentence> record found")
    records: list[GoldRecord] = []
    ids: Counter[str] = Counter()
    for n, start in enumerate(starts):
        end = starts[n + 1].start() if n + 1 < len(starts) else len(source)
        block = source[start.end() : end]
        attrs = attributes(start.group(1))
        if include is not None and attrs.get("category") not in include:
            continue
        text_match = TEXT.search(block)
        if text_match is None:
            continue
        base_id = attrs.get("id") or f"record-{n + 1}"
        ids[base_id] += 1
        record_id = base_id if ids[base_id] == 1 else f"{base_id}#{ids[base_id]}"
        codings = [_coding(attributes(m.group(1))) for m in CODING_TAG.finditer(block)]
        records.append(
            GoldRecord(
                record=record_id,
                text=" ".join(text_match.group(1).split()),
                language=LANGUAGE,
                published=_iso_date(attrs.get("date")),
                events=[c for c in codings if c is not None],
                tags=[attrs["category"]] if attrs.get("category") else [],
            )
        )
    return records, env


def dictionaries_report(path: Path, env: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Each dictionary the gold file names: whether it sits next to the file and, for actor
    and agent dictionaries, how many entries our CAMEO dictionary loader reads from it."""
    report: dict[str, dict[str, Any]] = {}
    for tag, names in env["dictionaries"].items():
        for name in (n.strip() for n in names.split(",")):
            file = path.parent / name
            info: dict[str, Any] = {"kind": tag, "present": file.is_file()}
            if info["present"] and tag in LOADABLE_DICTIONARIES:
                info["entries"] = len(read_dictionary(file))
            report[name] = info
    return report


def evaluate_file(path: Path, format_name: str, *, errors: int = 0) -> dict[str, Any]:
    records, env = read_records(path)
    report = evaluate_records(format_name, path, records, errors=errors)
    report["dictionaries"] = dictionaries_report(path, env)
    return report


def evaluate(path: Path, *, errors: int = 0) -> dict[str, Any]:
    return evaluate_file(path, FORMAT, errors=errors)
