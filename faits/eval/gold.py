"""Gold records in memory, whatever file they came from, and scoring a set of them.

Every reader (``jsonl``, ``petrarch``, ``universalpetrarch``, ``plover``) turns its file into
``GoldRecord``s; ``score_records`` compares them with the system's items record by record;
``evaluate_records`` runs the pipeline on the gold texts first and builds the report.
Event scores are also given per record tag (``negation``, ``passive``, a PETRARCH
category), at the first level with actors, to show which constructions fail.
A layer is scored for a record only when the record annotates it (``None`` = not
annotated, ``[]`` = nothing to find).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from faits.eval import make_report
from faits.eval.scoring import (
    EVENT_LEVELS,
    ActorScorer,
    EventItem,
    EventScorer,
    PlaceScorer,
    QuoteScorer,
    SpanItem,
    TimeScorer,
    anchor_spans,
)
from faits.eval.system import (
    GoldText,
    SystemOutput,
    code_gold_texts,
    system_events,
    system_mentions,
    system_quotes,
)
from faits.models import ModelCache

SPAN_LAYERS = ("times", "places", "actors", "quotes")


@dataclass
class GoldRecord:
    """One annotated sentence or short article."""

    record: str
    text: str
    language: str | None
    published: str | None = None
    events: list[EventItem] | None = None
    times: list[dict[str, Any]] | None = None
    places: list[dict[str, Any]] | None = None
    actors: list[dict[str, Any]] | None = None
    quotes: list[dict[str, Any]] | None = None
    tags: list[str] = field(default_factory=list)

    def gold_text(self) -> GoldText:
        return GoldText(self.record, self.text, self.language, self.published)


@dataclass
class SystemItems:
    """What the system produced for one record, as scorable items."""

    events: list[EventItem] = field(default_factory=list)
    times: list[SpanItem] = field(default_factory=list)
    places: list[SpanItem] = field(default_factory=list)
    actors: list[SpanItem] = field(default_factory=list)
    quotes: list[SpanItem] = field(default_factory=list)
    note: str | None = None

    @classmethod
    def from_output(cls, output: SystemOutput) -> SystemItems:
        coded = output.coded
        return cls(
            events=system_events(coded),
            times=system_mentions(coded, "time"),
            places=system_mentions(coded, "place"),
            actors=system_mentions(coded, "actor"),
            quotes=system_quotes(coded),
            note=output.note,
        )


def _scorers(event_levels: Sequence[str]) -> dict[str, Any]:
    return {
        "events": EventScorer(levels=event_levels),
        "times": TimeScorer(),
        "places": PlaceScorer(),
        "actors": ActorScorer(),
        "quotes": QuoteScorer(),
    }


def score_records(
    records: Sequence[GoldRecord],
    systems: Mapping[str, SystemItems],
    *,
    errors: int = 0,
    event_levels: Sequence[str] = EVENT_LEVELS,
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Scores per annotated layer, and up to ``errors`` errors of each kind per layer."""
    scorers = _scorers(event_levels)
    by_tag: dict[str, EventScorer] = {}
    used: set[str] = set()
    notes: list[dict[str, Any]] = []
    for gold in records:
        system = systems.get(gold.record, SystemItems(note="no system output"))
        if system.note:
            notes.append({"kind": "not coded", "record": gold.record, "reason": system.note})
        if gold.events is not None:
            used.add("events")
            scorers["events"].add(gold.record, gold.text, gold.events, system.events, system.note)
            for tag in gold.tags:
                tagged = by_tag.setdefault(tag, EventScorer(levels=event_levels[:1]))
                tagged.add(gold.record, gold.text, gold.events, system.events)
        for layer in SPAN_LAYERS:
            annotations = getattr(gold, layer)
            if annotations is None:
                continue
            used.add(layer)
            scorers[layer].add(
                gold.record, anchor_spans(gold.text, annotations), getattr(system, layer)
            )
    scores = {layer: scorers[layer].result() for layer in scorers if layer in used}
    if by_tag:
        level = event_levels[0]
        scores["events"]["per_tag"] = {
            tag: by_tag[tag].counts[(level, True)].to_dict() for tag in sorted(by_tag)
        }
    error_list: list[dict[str, Any]] = []
    if errors:
        error_list.extend(notes[:errors])
        for layer in scorers:
            if layer in used:
                error_list.extend({"layer": layer, **e} for e in scorers[layer].errors(errors))
    return scores, error_list


def evaluate_records(
    format_name: str,
    path: Path,
    records: Sequence[GoldRecord],
    *,
    errors: int = 0,
    event_levels: Sequence[str] = EVENT_LEVELS,
    cache: ModelCache | None = None,
) -> dict[str, Any]:
    """Code the gold texts with the real pipeline, score them, and build the report."""
    outputs = code_gold_texts((r.gold_text() for r in records), cache)
    systems = {record: SystemItems.from_output(out) for record, out in outputs.items()}
    scores, error_list = score_records(records, systems, errors=errors, event_levels=event_levels)
    unsupported = sum(1 for out in outputs.values() if out.coded is None)
    return make_report(format_name, path, len(records), scores, error_list, unsupported)
