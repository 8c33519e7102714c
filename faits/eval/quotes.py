"""Score quote extraction on gold JSON Lines: quote spans and their speakers.

A system quote matches a gold quote when the characters they share cover at least half of
the longer of the two (``overlap``), or when their texts are the same once spaces and
surrounding punctuation are set aside (``exact``); matching is one to one, best overlap
first. On the overlap matches, a speaker is right when the gold speaker and the system's
speaker name or text contain one another (case aside), its code when it
equals the gold code (and at country level when the first three letters agree).

Only the stages quotes depend on are run (parser, actors, quotes): the quotes are those
``code_parsed`` would give. ``python -m faits.eval.quotes data/gold/quotes_dev.jsonl``.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from faits.actors import ActorModel, resolve_actors
from faits.eval import make_report
from faits.eval.jsonl import gold_files, parse_record
from faits.lexicons import language_settings
from faits.nlp.document import ParsedArticle
from faits.nlp.parse import load_parser, parse_texts
from faits.quotes import QuoteModel, extract_quotes
from faits.records import Article, Quote

FORMAT = "quotes"
MIN_OVERLAP = 0.5
_EDGES = " \t\n\u00a0\u202f«»“”„\"'.,;:!?…"


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def to_dict(self) -> dict[str, Any]:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "f1": round(f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass
class Ratio:
    right: int = 0
    total: int = 0

    def value(self) -> float | None:
        return round(self.right / self.total, 4) if self.total else None


@dataclass
class QuoteScores:
    overlap: Counts = field(default_factory=Counts)
    exact: Counts = field(default_factory=Counts)
    speaker: Ratio = field(default_factory=Ratio)
    speaker_code: Ratio = field(default_factory=Ratio)
    speaker_country: Ratio = field(default_factory=Ratio)
    kind: Ratio = field(default_factory=Ratio)
    errors: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "overlap": self.overlap.to_dict(),
            "exact": self.exact.to_dict(),
            "speaker_accuracy": self.speaker.value(),
            "speaker_code_accuracy": self.speaker_code.value(),
            "speaker_country_accuracy": self.speaker_country.value(),
            "kind_accuracy": self.kind.value(),
            "speakers_scored": self.speaker.total,
        }


def _bare(text: str) -> str:
    return " ".join(text.strip(_EDGES).casefold().split())


def _speaker_form(text: str | None) -> str:
    return _bare(text or "").replace("’", "'")


def speaker_matches(gold: str | None, name: str | None, text: str | None) -> bool:
    wanted = _speaker_form(gold)
    if not wanted:
        return False
    for found in (_speaker_form(name), _speaker_form(text)):
        if found and (wanted in found or found in wanted):
            return True
    return False


def overlap(gold: tuple[int, int], system: tuple[int, int]) -> float:
    shared = min(gold[1], system[1]) - max(gold[0], system[0])
    longest = max(gold[1] - gold[0], system[1] - system[0])
    return shared / longest if shared > 0 and longest > 0 else 0.0


def _gold_offsets(text: str, quotes: list[dict[str, Any]]) -> list[tuple[int, int]]:
    offsets, search_from = [], 0
    for quote in quotes:
        start, end = quote.get("start"), quote.get("end")
        if not isinstance(start, int) or not isinstance(end, int):
            start = text.find(quote["text"], search_from)
            end = start + len(quote["text"]) if start >= 0 else -1
            search_from = max(search_from, end)
        offsets.append((start, end))
    return offsets


def _pairs(gold: list[tuple[int, int]], system: list[Quote]) -> list[tuple[int, int]]:
    scored = [
        (overlap(g, (s.start, s.end)), i, j)
        for i, g in enumerate(gold)
        for j, s in enumerate(system)
    ]
    used_gold: set[int] = set()
    used_system: set[int] = set()
    pairs = []
    for score, i, j in sorted(scored, reverse=True):
        if score < MIN_OVERLAP or i in used_gold or j in used_system:
            continue
        used_gold.add(i)
        used_system.add(j)
        pairs.append((i, j))
    return pairs


def score_record(
    scores: QuoteScores, record: str, text: str, gold: list[dict[str, Any]], system: list[Quote]
) -> None:
    offsets = _gold_offsets(text, gold)
    pairs = _pairs(offsets, system)
    scores.overlap.tp += len(pairs)
    scores.overlap.fp += len(system) - len(pairs)
    scores.overlap.fn += len(gold) - len(pairs)
    exact_left = [_bare(s.text) for s in system]
    exact = 0
    for quote in gold:
        wanted = _bare(quote["text"])
        if wanted in exact_left:
            exact_left.remove(wanted)
            exact += 1
    scores.exact.tp += exact
    scores.exact.fp += len(system) - exact
    scores.exact.fn += len(gold) - exact
    matched_gold = {i for i, _ in pairs}
    matched_system = {j for _, j in pairs}
    for i, quote in enumerate(gold):
        if i not in matched_gold:
            scores.errors.append(
                {
                    "kind": "miss",
                    "record": record,
                    "text": quote["text"],
                    "type": quote.get("kind"),
                    "speaker": quote.get("speaker"),
                }
            )
    for j, found in enumerate(system):
        if j not in matched_system:
            scores.errors.append(
                {"kind": "false quote", "record": record, "text": found.text, "type": found.kind}
            )
    for i, j in pairs:
        _score_pair(scores, record, gold[i], system[j])


def _score_pair(scores: QuoteScores, record: str, gold: dict[str, Any], found: Quote) -> None:
    speaker = found.speaker
    name = speaker.name if speaker else None
    said_by = speaker.text if speaker else None
    if gold.get("speaker"):
        scores.speaker.total += 1
        if speaker_matches(gold["speaker"], name, said_by):
            scores.speaker.right += 1
        else:
            scores.errors.append(
                {
                    "kind": "wrong speaker",
                    "record": record,
                    "text": gold["text"],
                    "speaker": gold["speaker"],
                    "system_speaker": name or said_by,
                }
            )
    code = gold.get("speaker_code")
    if code:
        found_code = speaker.code if speaker else None
        scores.speaker_code.total += 1
        scores.speaker_country.total += 1
        scores.speaker_code.right += int(found_code == code)
        scores.speaker_country.right += int(found_code is not None and found_code[:3] == code[:3])
    if gold.get("kind"):
        scores.kind.total += 1
        scores.kind.right += int(gold["kind"] == found.kind)


def _read(path: Path) -> list[dict[str, Any]]:
    records = []
    for file in gold_files(path):
        for number, line in enumerate(file.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            raw = json.loads(line)
            parse_record(raw, f"{file}:{number}")
            records.append(raw)
    return records


def system_quotes(records: list[dict[str, Any]]) -> dict[str, list[Quote]]:
    """Quotes faits finds in each gold text, by record id."""
    found: dict[str, list[Quote]] = {}
    by_language: dict[str, list[dict[str, Any]]] = {}
    for raw in records:
        by_language.setdefault(raw.get("language") or "fr", []).append(raw)
    for language, group in by_language.items():
        nlp = load_parser(language_settings(language)["spacy_model"])
        actor_model, quote_model = ActorModel.load(language), QuoteModel.load(language)
        docs = parse_texts(nlp, (raw["text"] for raw in group))
        for raw, doc in zip(group, docs, strict=True):
            article = Article(
                article_id=raw["id"],
                url=None,
                title=raw.get("title"),
                site=None,
                published=raw.get("published"),
                published_source="input",
                language=language,
                text=raw["text"],
                status="coded",
            )
            parsed = ParsedArticle.build(article, doc)
            actors = resolve_actors(parsed, actor_model)
            found[raw["id"]] = extract_quotes(parsed, actors, quote_model)
    return found


def evaluate(path: Path, *, errors: int = 0) -> dict[str, Any]:
    """Quote span P/R/F1 (overlap >= 0.5 and exact), speaker, code and kind accuracy."""
    path = Path(path)
    records = [r for r in _read(path) if r.get("quotes") is not None]
    found = system_quotes(records)
    scores = QuoteScores()
    for raw in records:
        score_record(scores, raw["id"], raw["text"], raw["quotes"], found.get(raw["id"], []))
    error_list: list[dict[str, Any]] = []
    if errors:
        for kind in ("miss", "false quote", "wrong speaker"):
            error_list += [e for e in scores.errors if e["kind"] == kind][:errors]
    return make_report(FORMAT, path, len(records), {"quotes": scores.to_dict()}, error_list)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--errors", type=int, default=0, help="Show up to N errors of each kind.")
    args = parser.parse_args(argv)
    report = evaluate(args.path, errors=args.errors)
    json.dump(report, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
