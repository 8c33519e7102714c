"""Score the time tagger on Microsoft Recognizers-Text DateTime specs (JSON test files).

Only the cases with a reference date (``Context.ReferenceDateTime``, our anchor) and an
expected value are scored. An expected result counts as found when one of our expressions
overlaps its text and carries one of the values the spec accepts: the TIMEX (``Timex`` or
``timex``) or a resolved date (past or future reading, or a model's ``value``). Clock
values are compared without trailing zero minutes (``T20`` = ``T20:00``), and a spec value
without a date (``T20``, ``TMO``, ``SU``) accepts our dated one on its time or season part. The specs are
written for chatbots ("Je reviendrai mercredi"), so this measures coverage of phrasings
more than news usage; accuracy is reported per file.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

FORMAT = "recognizers"
DEFAULT_LANGUAGE = "fr"
_RESOLVED_KEYS = ("date", "value", "timex", "Timex")
_ZERO_MINUTES = re.compile(r"(T\d\d):00(?::00)?$")


@dataclass(frozen=True)
class Expected:
    start: int
    end: int
    text: str
    values: frozenset[str]


@dataclass(frozen=True)
class Case:
    file: str
    text: str
    reference: str
    expected: tuple[Expected, ...]


def normalise(value: str) -> str:
    return _ZERO_MINUTES.sub(r"\1", value.strip().replace(" ", "T"))


def _accepted_values(result: dict[str, Any]) -> set[str]:
    found: set[str] = set()
    value = result.get("Value") or result.get("Resolution") or {}
    if not isinstance(value, dict):
        return found
    for key in ("Timex", "timex"):
        if isinstance(value.get(key), str):
            found.add(value[key])
    for reading in ("FutureResolution", "PastResolution"):
        resolved = value.get(reading) or {}
        if isinstance(resolved, dict) and isinstance(resolved.get("date"), str):
            found.add(resolved["date"])
    for item in value.get("values", []) or []:
        found.update(item[key] for key in _RESOLVED_KEYS if isinstance(item.get(key), str))
    return {normalise(v) for v in found if v and v != "not resolved"}


def agrees(ours: str, accepted: frozenset[str]) -> bool:
    """Our value is accepted as is, or its unanchored part is (spec ``T20`` vs ``2016-11-07T20``)."""
    value = normalise(ours)
    if value in accepted:
        return True
    if "T" in value:
        time_part = value[value.index("T") :]
        if time_part in accepted:
            return True
    return value.startswith("XXXX-") and value[5:] in accepted


def read_cases(path: Path) -> list[Case]:
    """The scorable cases of one spec file."""
    data = json.loads(path.read_text(encoding="utf-8-sig"))
    cases: list[Case] = []
    for item in data:
        reference = (item.get("Context") or {}).get("ReferenceDateTime")
        text = item.get("Input", "")
        if not reference or not text:
            continue
        expected = []
        for result in item.get("Results", []):
            values = _accepted_values(result)
            surface = result.get("Text", "")
            start = result.get("Start", result.get("start"))
            if start is None or text[start : start + len(surface)].lower() != surface.lower():
                start = text.lower().find(surface.lower())
            if values and surface and start >= 0:
                expected.append(Expected(start, start + len(surface), surface, frozenset(values)))
        if expected:
            cases.append(Case(path.name, text, reference[:10], tuple(expected)))
    return cases


def spec_files(path: Path) -> list[Path]:
    return [path] if path.is_file() else sorted(path.glob("*.json"))


def tag_cases(
    cases: list[Case], language: str = DEFAULT_LANGUAGE
) -> list[list[tuple[int, int, str]]]:
    """Our expressions (start, end, value) for each case, anchored on its reference date."""
    from faits.lexicons import language_settings
    from faits.nlp.document import ParsedArticle
    from faits.nlp.parse import load_parser, parse_texts
    from faits.records import Article
    from faits.time import TimeModel, tag_times

    nlp = load_parser(language_settings(language)["spacy_model"])
    model = TimeModel.load(language)
    tagged = []
    for n, (case, doc) in enumerate(
        zip(cases, parse_texts(nlp, (c.text for c in cases)), strict=True)
    ):
        article = Article(
            article_id=f"case-{n}",
            url=None,
            title=None,
            site=None,
            published=case.reference,
            published_source="reference",
            language=language,
            text=case.text,
            status="coded",
        )
        found = tag_times(ParsedArticle.build(article, doc), model)
        tagged.append([(t.start, t.end, t.value or "") for t in found])
    return tagged


def evaluate(path: Path, *, errors: int = 0) -> dict[str, Any]:
    """Accuracy per spec file (and overall) on a file or a folder of Recognizers-Text specs."""
    path = Path(path)
    cases = [case for file in spec_files(path) for case in read_cases(file)]
    tagged = tag_cases(cases)
    per_file: dict[str, dict[str, Any]] = {}
    found_errors: list[dict[str, Any]] = []
    for case, ours in zip(cases, tagged, strict=True):
        counts = per_file.setdefault(case.file, {"expected": 0, "correct": 0})
        for expected in case.expected:
            counts["expected"] += 1
            overlapping = [v for s, e, v in ours if s < expected.end and expected.start < e]
            if any(agrees(v, expected.values) for v in overlapping):
                counts["correct"] += 1
            else:
                found_errors.append(
                    {
                        "file": case.file,
                        "input": case.text,
                        "reference": case.reference,
                        "text": expected.text,
                        "expected": sorted(expected.values),
                        "ours": overlapping,
                    }
                )
    for counts in per_file.values():
        counts["accuracy"] = (
            round(counts["correct"] / counts["expected"], 4) if counts["expected"] else 0.0
        )
    expected_total = sum(c["expected"] for c in per_file.values())
    correct_total = sum(c["correct"] for c in per_file.values())
    scores = {
        "cases": len(cases),
        "expected": expected_total,
        "correct": correct_total,
        "accuracy": round(correct_total / expected_total, 4) if expected_total else 0.0,
        "per_file": dict(sorted(per_file.items())),
    }
    return {
        "format": FORMAT,
        "path": str(path),
        "records": len(cases),
        "scores": {"times": scores},
        "errors": found_errors[:errors],
    }


if __name__ == "__main__":
    target = (
        Path(sys.argv[1])
        if len(sys.argv) > 1
        else Path("../shared/eval/recognizers-text-fr-datetime/French")
    )
    shown = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    print(json.dumps(evaluate(target, errors=shown), ensure_ascii=False, indent=2))
