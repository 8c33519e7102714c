"""Score the time tagger on TimeML documents (French TimeBank), TempEval-style.

Each ``.tml`` file gives a text with inline ``TIMEX3`` annotations and a document creation
time (DCT), which is the tagger's anchor. Detection is scored strict (same offsets) and
relaxed (overlapping spans, matched one to one); value and type accuracy are measured over
the relaxed matches, as in TempEval-3. The scorer takes any system's output, so the
HeidelTime benchmark uses the same one.
"""

from __future__ import annotations

import json
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

FORMAT = "ftib"
DEFAULT_LANGUAGE = "fr"


@dataclass(frozen=True)
class Timex:
    """One TIMEX3, gold or predicted: offsets into the document's plain text."""

    start: int
    end: int
    text: str
    type: str
    value: str | None


@dataclass
class TimeMLDocument:
    doc_id: str
    text: str
    dct: str | None
    timexes: list[Timex] = field(default_factory=list)


def read_tml(path: Path) -> TimeMLDocument:
    """Plain text, DCT and TIMEX3 spans of one TimeML file (inline tags removed)."""
    root = ET.parse(path).getroot()
    dct = None
    dct_node = root.find("DCT/TIMEX3")
    if dct_node is not None:
        dct = dct_node.get("value")
    text_node = root.find("TEXT")
    pieces: list[str] = []
    timexes: list[Timex] = []
    length = 0

    def walk(node: ET.Element) -> None:
        nonlocal length
        start = length
        if node.text:
            pieces.append(node.text)
            length += len(node.text)
        for child in node:
            walk(child)
            if child.tail:
                pieces.append(child.tail)
                length += len(child.tail)
        if node.tag == "TIMEX3":
            surface = "".join(pieces)[start:length]
            timexes.append(Timex(start, length, surface, node.get("type", ""), node.get("value")))

    if text_node is not None:
        walk(text_node)
    doc_id = root.findtext("DOCID") or path.stem
    return TimeMLDocument(doc_id.strip(), "".join(pieces), dct, timexes)


def tml_files(path: Path) -> list[Path]:
    return [path] if path.is_file() else sorted(path.glob("*.tml"))


def _prf(matched: int, predicted: int, gold: int) -> dict[str, Any]:
    """Counts and P/R/F1 (docs/eval.md conventions for empty sides)."""
    precision = matched / predicted if predicted else float(gold == 0)
    recall = matched / gold if gold else float(predicted == 0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "tp": matched,
        "fp": predicted - matched,
        "fn": gold - matched,
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
    }


def _overlap(a: Timex, b: Timex) -> bool:
    return a.start < b.end and b.start < a.end


def _match(gold: list[Timex], system: list[Timex]) -> list[tuple[Timex, Timex]]:
    """Pairs gold/system one to one: exact spans first, then the largest overlaps."""
    pairs: list[tuple[Timex, Timex]] = []
    free = list(system)
    pending = []
    for g in gold:
        exact = next((s for s in free if (s.start, s.end) == (g.start, g.end)), None)
        if exact is not None:
            pairs.append((g, exact))
            free.remove(exact)
        else:
            pending.append(g)
    for g in pending:
        overlapping = [s for s in free if _overlap(g, s)]
        if overlapping:
            best = max(overlapping, key=lambda s: min(g.end, s.end) - max(g.start, s.start))
            pairs.append((g, best))
            free.remove(best)
    return pairs


def score(
    documents: Iterable[TimeMLDocument],
    predictions: dict[str, list[Timex]],
    errors: int = 0,
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """TempEval-style scores of ``predictions`` (by document id) against the gold timexes."""
    totals = {"gold": 0, "system": 0, "strict": 0, "relaxed": 0, "value": 0, "type": 0}
    by_type: dict[str, dict[str, int]] = {}
    found_errors: list[dict[str, Any]] = []

    def kind(name: str) -> dict[str, int]:
        return by_type.setdefault(name, {"gold": 0, "system": 0, "relaxed": 0, "value": 0})

    for document in documents:
        gold = document.timexes
        system = predictions.get(document.doc_id, [])
        pairs = _match(gold, system)
        totals["gold"] += len(gold)
        totals["system"] += len(system)
        for g in gold:
            kind(g.type)["gold"] += 1
        for s in system:
            kind(s.type)["system"] += 1
        matched_system = set()
        for g, s in pairs:
            matched_system.add(id(s))
            totals["relaxed"] += 1
            totals["strict"] += (g.start, g.end) == (s.start, s.end)
            totals["type"] += g.type == s.type
            totals["value"] += g.value == s.value
            kind(g.type)["relaxed"] += 1
            kind(g.type)["value"] += g.value == s.value
            if g.value != s.value:
                found_errors.append(_error(document, "value", g, s))
        matched_gold = {id(g) for g, _ in pairs}
        found_errors.extend(
            _error(document, "missed", g, None) for g in gold if id(g) not in matched_gold
        )
        found_errors.extend(
            _error(document, "spurious", None, s) for s in system if id(s) not in matched_system
        )
    relaxed = totals["relaxed"]
    scores: dict[str, Any] = {
        "gold": totals["gold"],
        "system": totals["system"],
        "strict": _prf(totals["strict"], totals["system"], totals["gold"]),
        "relaxed": _prf(relaxed, totals["system"], totals["gold"]),
        "value": _prf(totals["value"], totals["system"], totals["gold"]),
        "value_accuracy": round(totals["value"] / relaxed, 4) if relaxed else None,
        "type_accuracy": round(totals["type"] / relaxed, 4) if relaxed else None,
        "per_type": {
            name: {
                "gold": counts["gold"],
                "system": counts["system"],
                "recall_relaxed": round(counts["relaxed"] / counts["gold"], 4)
                if counts["gold"]
                else None,
                "value_accuracy": round(counts["value"] / counts["relaxed"], 4)
                if counts["relaxed"]
                else None,
            }
            for name, counts in sorted(by_type.items())
        },
    }
    return scores, found_errors[:errors]


def _error(
    document: TimeMLDocument, kind: str, gold: Timex | None, system: Timex | None
) -> dict[str, Any]:
    def describe(t: Timex | None) -> dict[str, Any] | None:
        return (
            None
            if t is None
            else {"text": t.text, "start": t.start, "type": t.type, "value": t.value}
        )

    return {
        "document": document.doc_id,
        "kind": kind,
        "gold": describe(gold),
        "system": describe(system),
    }


def tag_documents(
    documents: list[TimeMLDocument], language: str = DEFAULT_LANGUAGE
) -> tuple[dict[str, list[Timex]], dict[str, float | None]]:
    """Run our parser and time tagger on each document, anchored on its DCT.

    Only the parser and the time model are loaded (the same parser ``LanguageModels`` uses),
    so scoring time does not depend on the other stages' lexicons. Also returns the seconds
    spent parsing and tagging, and tagging's share of parsing (the stage's speed budget).
    """
    from faits.lexicons import language_settings
    from faits.nlp.document import ParsedArticle
    from faits.nlp.parse import load_parser, parse_texts
    from faits.records import Article
    from faits.time import TimeModel, tag_times

    nlp = load_parser(language_settings(language)["spacy_model"])
    model = TimeModel.load(language)
    predictions: dict[str, list[Timex]] = {}
    started = time.perf_counter()
    docs = list(parse_texts(nlp, (d.text for d in documents)))
    parse_seconds = time.perf_counter() - started
    tag_seconds = 0.0
    for document, doc in zip(documents, docs, strict=True):
        article = Article(
            article_id=document.doc_id,
            url=None,
            title=None,
            site=None,
            published=document.dct,
            published_source="dct",
            language=language,
            text=document.text,
            status="coded",
        )
        parsed = ParsedArticle.build(article, doc)
        started = time.perf_counter()
        found = tag_times(parsed, model)
        tag_seconds += time.perf_counter() - started
        predictions[document.doc_id] = [
            Timex(t.start, t.end, t.text, t.type, t.value) for t in found
        ]
    timing: dict[str, float | None] = {
        "parse_seconds": round(parse_seconds, 3),
        "tag_seconds": round(tag_seconds, 3),
        "tag_share_of_parse": round(tag_seconds / parse_seconds, 4) if parse_seconds else None,
    }
    return predictions, timing


def evaluate(path: Path, *, errors: int = 0) -> dict[str, Any]:
    """Score the time tagger on a ``.tml`` file or a folder of them."""
    path = Path(path)
    documents = [read_tml(p) for p in tml_files(path)]
    predictions, timing = tag_documents(documents)
    scores, found = score(documents, predictions, errors)
    return {
        "format": FORMAT,
        "path": str(path),
        "records": len(documents),
        "scores": {"times": {**scores, **timing}},
        "errors": found,
    }


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("../shared/eval/fr-timebank/dev")
    shown = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    print(json.dumps(evaluate(target, errors=shown), ensure_ascii=False, indent=2))
