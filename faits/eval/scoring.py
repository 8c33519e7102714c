"""Scorers shared by every gold format: events, times, places, actors and quotes.

Readers turn gold records and system output into the plain items below (``EventItem``,
``SpanItem``); a scorer takes them one record at a time (``add``) and reports counts,
precision, recall and F1 (``result``) plus the misses and false detections (``errors``).
Nothing here runs the pipeline or reads files, so the scorers can be tested on hand-made
system outputs.

Conventions:
- precision with no system item is 1.0 when there was nothing to find and 0.0 otherwise;
  recall with no gold item is 1.0 when nothing was found and 0.0 otherwise;
- an actor code of ``"*"`` in gold means "not checked"; ``None`` means "no actor";
- at country level two actor codes match when their country parts (the first three letters,
  or the first six for organisation codes such as ``IGOUNO``) agree, a shorter part matching
  a longer one that starts with it (gold ``IGO`` accepts ``IGOUNO``); ``---`` and quoted
  new-actor strings from PETRARCH stand for an unknown country and match any;
- a gold CAMEO code matches a system code at a level (2 or 3 digits) when the system code
  starts with the gold code cut to that level, so gold ``02`` accepts ``020`` at 3 digits.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

ANY_ACTOR = "*"
ORGANISATION_PREFIXES = frozenset({"IGO", "NGO", "NGM", "IMG", "MNC"})
NO_EVENT = "none"
NO_RULE = "(no rule)"
EVENT_LEVELS = ("root", "code3", "plover")
CODE_DIGITS = {"root": 2, "code3": 3}
KILOMETRES_161 = 161.0
MODALITY_FLAGS = ("negated", "hypothetical", "future")


# --------------------------------------------------------------------------- counts


@dataclass
class Counts:
    """True positives, false positives and false negatives, with the usual ratios."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        if self.tp + self.fp == 0:
            return 1.0 if self.fn == 0 else 0.0
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float:
        if self.tp + self.fn == 0:
            return 1.0 if self.fp == 0 else 0.0
        return self.tp / (self.tp + self.fn)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    def to_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


def ratio(hits: int, total: int) -> float | None:
    """``hits / total`` rounded, or ``None`` when there is nothing to measure."""
    return round(hits / total, 4) if total else None


def _normal(text: str) -> str:
    return " ".join(text.casefold().split())


def max_matching(
    n_gold: int, n_system: int, compatible: Callable[[int, int], bool]
) -> list[tuple[int, int]]:
    """A maximum one-to-one matching of gold to system items (augmenting paths).

    Records hold a handful of items, so the simple algorithm is fast enough; a maximum
    matching keeps the scores independent of the order items were listed in.
    """
    edges = [[j for j in range(n_system) if compatible(i, j)] for i in range(n_gold)]
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(n_gold):
        augment(i, set())
    return sorted((i, j) for j, i in owner.items())


# --------------------------------------------------------------------------- events


@dataclass(frozen=True)
class EventItem:
    """One event, gold or system, reduced to what is scored (plus what explains an error)."""

    cameo: str | None
    source: str | None = ANY_ACTOR
    target: str | None = ANY_ACTOR
    plover: str | None = None
    trigger: str | None = None
    rule: str | None = None
    modality: frozenset[str] | None = None

    def code(self, level: str) -> str | None:
        if level == "plover":
            return self.plover
        if self.cameo is None:
            return None
        return self.cameo[: CODE_DIGITS[level]]

    def to_dict(self) -> dict[str, Any]:
        return {
            "cameo": self.cameo,
            "plover": self.plover,
            "source": self.source,
            "target": self.target,
            "trigger": self.trigger,
            "rule": self.rule,
            "modality": sorted(self.modality) if self.modality is not None else None,
        }


def modality_flags(modality: Any) -> frozenset[str] | None:
    """The flags set in a contract-style modality object (``None`` when not given)."""
    if not isinstance(modality, dict):
        return None
    return frozenset(flag for flag in MODALITY_FLAGS if modality.get(flag))


def actor_country(code: str) -> str:
    """The country (or organisation) part of a CAMEO actor code; ``*`` when unknown."""
    code = code.strip().upper()
    if not code or code.startswith('"') or code.startswith("---"):
        return ANY_ACTOR
    if code[:3] in ORGANISATION_PREFIXES:
        return code[:6]
    return code[:3]


def actors_match(gold: str | None, system: str | None) -> bool:
    """Gold and system actors agree at country level (see the module docstring)."""
    if gold == ANY_ACTOR:
        return True
    if gold is None or system is None:
        return gold is None and system is None
    g, s = actor_country(gold), actor_country(system)
    if ANY_ACTOR in (g, s):
        return True
    return s.startswith(g) or g.startswith(s)


def codes_match(gold: EventItem, system: EventItem, level: str) -> bool:
    g, s = gold.code(level), system.code(level)
    if g is None or s is None:
        return False
    return s == g if level == "plover" else s.startswith(g)


def events_match(gold: EventItem, system: EventItem, level: str, with_actors: bool) -> bool:
    if not codes_match(gold, system, level):
        return False
    if not with_actors:
        return True
    return actors_match(gold.source, system.source) and actors_match(gold.target, system.target)


def same_trigger(gold: str | None, system: str | None) -> bool:
    """Triggers agree when one contains the other ("appelé" and "ont appelé")."""
    if not gold or not system:
        return False
    g, s = _normal(gold), _normal(system)
    return g in s or s in g


def match_events(
    gold: Sequence[EventItem], system: Sequence[EventItem], level: str, with_actors: bool
) -> list[tuple[int, int]]:
    return max_matching(
        len(gold), len(system), lambda i, j: events_match(gold[i], system[j], level, with_actors)
    )


@dataclass
class EventScorer:
    """Event precision/recall at root, 3-digit and PLOVER level, with and without actors.

    A level only counts the gold and system events that have a code at that level (PLOVER
    gold has no CAMEO code; CAMEO roots 01 and 02 have no PLOVER type). The per-class
    breakdown and the confusion matrix are at the first level scored (root for CAMEO
    gold, PLOVER type for PLOVER gold) with actors matched. So is the breakdown by the rule
    that fired (``per_rule``: true and false events of each lexicon entry, no misses, since a
    missed event has no rule): it is what says which entries cost more than they bring,
    across every record at once, rather than one error at a time.
    """

    levels: Sequence[str] = EVENT_LEVELS
    counts: dict[tuple[str, bool], Counts] = field(default_factory=dict)
    per_class: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    per_rule: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    modality: dict[str, Counts] = field(
        default_factory=lambda: {flag: Counts() for flag in MODALITY_FLAGS}
    )
    misses: list[dict[str, Any]] = field(default_factory=list)
    false_events: list[dict[str, Any]] = field(default_factory=list)
    gold_total: int = 0
    system_total: int = 0

    def add(
        self,
        record: str,
        text: str,
        gold: Sequence[EventItem],
        system: Sequence[EventItem],
        note: str | None = None,
    ) -> None:
        self.gold_total += len(gold)
        self.system_total += len(system)
        for level in self.levels:
            scored_gold = [g for g in gold if g.code(level) is not None]
            scored_system = [s for s in system if s.code(level) is not None]
            for with_actors in (False, True):
                pairs = match_events(scored_gold, scored_system, level, with_actors)
                counts = self.counts.setdefault((level, with_actors), Counts())
                tp = len(pairs)
                counts.add(tp, len(scored_system) - tp, len(scored_gold) - tp)
        self._add_details(record, text, gold, system, note)

    @property
    def detail_level(self) -> str:
        """The level of the per-class breakdown and confusion matrix: the first scored."""
        return self.levels[0]

    def _add_details(
        self,
        record: str,
        text: str,
        gold: Sequence[EventItem],
        system: Sequence[EventItem],
        note: str | None,
    ) -> None:
        level = self.detail_level
        gold = [g for g in gold if g.code(level) is not None]
        system = [s for s in system if s.code(level) is not None]
        pairs = match_events(gold, system, level, True)
        matched_gold = {i for i, _ in pairs}
        matched_system = {j for _, j in pairs}
        for i, j in pairs:
            label = gold[i].code(level) or NO_EVENT
            self.per_class[label].add(1, 0, 0)
            self.per_rule[system[j].rule or NO_RULE].add(1, 0, 0)
            self.confusion[(label, system[j].code(level) or NO_EVENT)] += 1
            self._add_modality(gold[i].modality, system[j].modality)
        missed = [g for i, g in enumerate(gold) if i not in matched_gold]
        extra = [s for j, s in enumerate(system) if j not in matched_system]
        for g in missed:
            self.per_class[g.code(level) or NO_EVENT].add(0, 0, 1)
            self.misses.append({"record": record, "text": text, "gold": g.to_dict(), "note": note})
        for s in extra:
            self.per_class[s.code(level) or NO_EVENT].add(0, 1, 0)
            self.per_rule[s.rule or NO_RULE].add(0, 1, 0)
            self.false_events.append({"record": record, "text": text, "system": s.to_dict()})
        # What the system said instead of each miss: pair leftovers on the same trigger first.
        leftovers = list(extra)
        for g in missed:
            partner = next((s for s in leftovers if same_trigger(g.trigger, s.trigger)), None)
            if partner is None and leftovers:
                partner = leftovers[0]
            if partner is not None:
                leftovers.remove(partner)
            system_label = partner.code(level) if partner is not None else None
            self.confusion[(g.code(level) or NO_EVENT, system_label or NO_EVENT)] += 1
        for s in leftovers:
            self.confusion[(NO_EVENT, s.code(level) or NO_EVENT)] += 1

    def _add_modality(self, gold: frozenset[str] | None, system: frozenset[str] | None) -> None:
        """Each flag scored as a detection task over matched events the gold annotates."""
        if gold is None:
            return
        found = system or frozenset()
        for flag in MODALITY_FLAGS:
            self.modality[flag].add(
                int(flag in gold and flag in found),
                int(flag not in gold and flag in found),
                int(flag in gold and flag not in found),
            )

    def result(self) -> dict[str, Any]:
        levels = {
            level: {
                "any_actors": self.counts.get((level, False), Counts()).to_dict(),
                "country_actors": self.counts.get((level, True), Counts()).to_dict(),
            }
            for level in self.levels
        }
        labels = sorted({label for pair in self.confusion for label in pair})
        return {
            "gold": self.gold_total,
            "system": self.system_total,
            "levels": levels,
            "detail_level": self.detail_level,
            "modality": {flag: counts.to_dict() for flag, counts in self.modality.items()},
            "per_class": {k: self.per_class[k].to_dict() for k in sorted(self.per_class)},
            "per_rule": {k: self.per_rule[k].to_dict() for k in sorted(self.per_rule)},
            "confusion": {
                "labels": labels,
                "matrix": {
                    g: {s: self.confusion[(g, s)] for s in labels if self.confusion[(g, s)]}
                    for g in labels
                },
            },
        }

    def errors(self, limit: int) -> list[dict[str, Any]]:
        """Up to ``limit`` misses and up to ``limit`` false events, misses first."""
        misses = [{"kind": "miss", **m} for m in self.misses[:limit]]
        false = [{"kind": "false event", **f} for f in self.false_events[:limit]]
        return misses + false


# --------------------------------------------------------------------------- spans


@dataclass
class SpanItem:
    """A piece of text found or annotated (a time, place, actor or quote) with its attributes.

    ``start``/``end`` are offsets into the record's text, or ``-1`` when the gold text could
    not be found there (it then matches on the string alone).
    """

    text: str
    start: int = -1
    end: int = -1
    attrs: dict[str, Any] = field(default_factory=dict)

    @property
    def anchored(self) -> bool:
        return self.start >= 0


def anchor_spans(text: str, items: Sequence[dict[str, Any]]) -> list[SpanItem]:
    """Gold annotations as ``SpanItem``: offsets taken as given, else found in ``text``.

    Repeated strings are found in order (the second "lundi" annotated is the second one in
    the text).
    """
    spans: list[SpanItem] = []
    next_search: dict[str, int] = {}
    for item in items:
        surface = str(item.get("text") or "")
        attrs = {k: v for k, v in item.items() if k not in ("text", "start", "end")}
        start, end = item.get("start"), item.get("end")
        if isinstance(start, int) and isinstance(end, int):
            spans.append(SpanItem(surface or text[start:end], start, end, attrs))
            continue
        found = text.find(surface, next_search.get(surface, 0)) if surface else -1
        if found >= 0:
            next_search[surface] = found + len(surface)
            spans.append(SpanItem(surface, found, found + len(surface), attrs))
        else:
            spans.append(SpanItem(surface, -1, -1, attrs))
    return spans


def spans_match(gold: SpanItem, system: SpanItem, strict: bool) -> bool:
    """Strict: same offsets (or same string); relaxed: overlapping (or one string in the other)."""
    if gold.anchored and system.anchored:
        if strict:
            return gold.start == system.start and gold.end == system.end
        return gold.start < system.end and system.start < gold.end
    g, s = _normal(gold.text), _normal(system.text)
    if not g or not s:
        return False
    return g == s if strict else (g in s or s in g)


def match_spans(
    gold: Sequence[SpanItem], system: Sequence[SpanItem], strict: bool
) -> list[tuple[int, int]]:
    return max_matching(
        len(gold), len(system), lambda i, j: spans_match(gold[i], system[j], strict)
    )


def _span_error(kind: str, record: str, item: SpanItem, **extra: Any) -> dict[str, Any]:
    return {"kind": kind, "record": record, "text": item.text, **item.attrs, **extra}


@dataclass
class SpanScorer:
    """Detection (strict and relaxed) shared by the span layers; subclasses add attributes."""

    strict: Counts = field(default_factory=Counts)
    relaxed: Counts = field(default_factory=Counts)
    error_list: list[dict[str, Any]] = field(default_factory=list)

    def add(self, record: str, gold: Sequence[SpanItem], system: Sequence[SpanItem]) -> None:
        strict_pairs = match_spans(gold, system, strict=True)
        self.strict.add(
            len(strict_pairs), len(system) - len(strict_pairs), len(gold) - len(strict_pairs)
        )
        pairs = match_spans(gold, system, strict=False)
        self.relaxed.add(len(pairs), len(system) - len(pairs), len(gold) - len(pairs))
        matched_gold = {i for i, _ in pairs}
        matched_system = {j for _, j in pairs}
        for i, g in enumerate(gold):
            if i not in matched_gold:
                self.error_list.append(_span_error("miss", record, g))
        for j, s in enumerate(system):
            if j not in matched_system:
                self.error_list.append(_span_error("false detection", record, s))
        for i, j in pairs:
            self.compare(record, gold[i], system[j])

    def compare(self, record: str, gold: SpanItem, system: SpanItem) -> None:
        """Score the attributes of a matched pair (layer-specific)."""

    def detection(self) -> dict[str, Any]:
        return {"strict": self.strict.to_dict(), "relaxed": self.relaxed.to_dict()}

    def errors(self, limit: int) -> list[dict[str, Any]]:
        """Up to ``limit`` errors of each kind (miss, false detection, wrong value, ...)."""
        taken: Counter[str] = Counter()
        chosen = []
        for error in self.error_list:
            if taken[error["kind"]] < limit:
                taken[error["kind"]] += 1
                chosen.append(error)
        return chosen


@dataclass
class TimeScorer(SpanScorer):
    """TIMEX3 detection, type and value (value F1 counts a match with the right value)."""

    typed: int = 0
    valued: int = 0

    def compare(self, record: str, gold: SpanItem, system: SpanItem) -> None:
        if gold.attrs.get("type") == system.attrs.get("type"):
            self.typed += 1
        if str(gold.attrs.get("value")) == str(system.attrs.get("value")):
            self.valued += 1
        else:
            self.error_list.append(
                _span_error("wrong value", record, gold, system_value=system.attrs.get("value"))
            )

    def result(self) -> dict[str, Any]:
        matched = self.relaxed.tp
        value = Counts(
            self.valued,
            self.relaxed.tp + self.relaxed.fp - self.valued,
            self.relaxed.tp + self.relaxed.fn - self.valued,
        )
        return {
            **self.detection(),
            "type_accuracy": ratio(self.typed, matched),
            "value_accuracy": ratio(self.valued, matched),
            "value": value.to_dict(),
        }


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(min(1.0, a)))


@dataclass
class PlaceScorer(SpanScorer):
    """Toponym detection, then country accuracy and the share resolved within 161 km."""

    with_country: int = 0
    country_right: int = 0
    with_coordinates: int = 0
    within_161: int = 0

    def compare(self, record: str, gold: SpanItem, system: SpanItem) -> None:
        if gold.attrs.get("country"):
            self.with_country += 1
            if gold.attrs["country"] == system.attrs.get("country"):
                self.country_right += 1
            else:
                self.error_list.append(
                    _span_error(
                        "wrong country", record, gold, system_country=system.attrs.get("country")
                    )
                )
        if gold.attrs.get("lat") is not None and gold.attrs.get("lon") is not None:
            self.with_coordinates += 1
            lat, lon = system.attrs.get("lat"), system.attrs.get("lon")
            if lat is not None and lon is not None:
                distance = haversine_km(gold.attrs["lat"], gold.attrs["lon"], lat, lon)
                if distance <= KILOMETRES_161:
                    self.within_161 += 1

    def result(self) -> dict[str, Any]:
        return {
            **self.detection(),
            "country_accuracy": ratio(self.country_right, self.with_country),
            "within_161km": ratio(self.within_161, self.with_coordinates),
        }


@dataclass
class ActorScorer(SpanScorer):
    """Actor mention detection, then the code: exact and at country level."""

    coded: int = 0
    exact: int = 0
    country: int = 0

    def compare(self, record: str, gold: SpanItem, system: SpanItem) -> None:
        code = gold.attrs.get("code")
        if not code:
            return
        self.coded += 1
        found = system.attrs.get("code")
        if found == code:
            self.exact += 1
        if found and actors_match(code, found):
            self.country += 1
        else:
            self.error_list.append(_span_error("wrong code", record, gold, system_code=found))

    def result(self) -> dict[str, Any]:
        return {
            **self.detection(),
            "code_accuracy": ratio(self.exact, self.coded),
            "country_accuracy": ratio(self.country, self.coded),
        }


@dataclass
class QuoteScorer(SpanScorer):
    """Quote detection (overlap), then speaker name, speaker code (country level and exact)
    and kind."""

    named: int = 0
    speaker_right: int = 0
    speaker_coded: int = 0
    speaker_code_right: int = 0
    speaker_code_exact: int = 0
    kinded: int = 0
    kind_right: int = 0

    def compare(self, record: str, gold: SpanItem, system: SpanItem) -> None:
        speaker = gold.attrs.get("speaker")
        if speaker:
            self.named += 1
            found = _normal(str(system.attrs.get("speaker") or ""))
            wanted = _normal(str(speaker))
            if found and (wanted in found or found in wanted):
                self.speaker_right += 1
            else:
                self.error_list.append(
                    _span_error("wrong speaker", record, gold, system_speaker=found or None)
                )
        code = gold.attrs.get("speaker_code")
        if code:
            self.speaker_coded += 1
            found_code = system.attrs.get("speaker_code")
            self.speaker_code_exact += int(found_code == code)
            if found_code and actors_match(code, found_code):
                self.speaker_code_right += 1
            else:
                self.error_list.append(
                    _span_error("wrong speaker code", record, gold, system_code=found_code)
                )
        kind = gold.attrs.get("kind")
        if kind:
            self.kinded += 1
            if kind == system.attrs.get("kind"):
                self.kind_right += 1

    def result(self) -> dict[str, Any]:
        return {
            **self.detection(),
            "speaker_accuracy": ratio(self.speaker_right, self.named),
            "speaker_code_accuracy": ratio(self.speaker_code_right, self.speaker_coded),
            "speaker_code_exact": ratio(self.speaker_code_exact, self.speaker_coded),
            "kind_accuracy": ratio(self.kind_right, self.kinded),
        }
