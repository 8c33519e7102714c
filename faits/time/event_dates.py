"""Date an event from the time expressions around its trigger.

Policy (docs/time.md): the expression attached to the trigger's own clause in the
dependency tree wins; else the nearest dated expression of the trigger's sentence; else
the publication date. Only expressions that name a calendar period (a day, a week, a month,
a year, or a clock time on a day) can date an event: durations, sets and vague references
("actuellement") cannot.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from faits.nlp.document import ParsedArticle
from faits.time.calendar import value_date
from faits.time.tagger import TimeExpression
from faits.time.tense import governing_verb

SOURCE_TEXT = "text"
SOURCE_PUBLISHED = "published"
_DATABLE_TYPES = ("DATE", "TIME")
_MAX_CLIMB = 8


@dataclass(frozen=True)
class EventDate:
    """The contract's event date fields: ``date`` is ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""

    date: str | None
    date_precision: str | None
    date_text: str | None
    date_source: str | None


NO_DATE = EventDate(None, None, None, None)


def _calendar_date(expression: TimeExpression) -> tuple[str, str] | None:
    """(date, precision) of a datable expression; a week is dated by its Monday."""
    if expression.type not in _DATABLE_TYPES:
        return None
    found = value_date(expression.value)
    if found is None:
        return None
    day, precision = found
    if precision == "month":
        return day.isoformat()[:7], precision
    if precision == "year":
        return day.isoformat()[:4], precision
    return day.isoformat(), precision


def _token_at(doc: Doc, starts: list[int], char: int) -> Token:
    return doc[max(0, bisect_right(starts, char) - 1)]


def _clause_of(token: Token) -> Token:
    """The verb heading ``token``'s clause (a nominal trigger climbs to its verb)."""
    return governing_verb(token) or token


def _attached_verb(doc: Doc, starts: list[int], expression: TimeExpression) -> Token | None:
    """The verb the expression modifies: climb from its syntactic head out of the span."""
    first = _token_at(doc, starts, expression.start)
    last = _token_at(doc, starts, max(expression.start, expression.end - 1))
    inside = range(first.i, last.i + 1)
    head = doc[first.i : last.i + 1].root
    for _ in range(_MAX_CLIMB):
        if head.i not in inside and head.pos_ in ("VERB", "AUX"):
            return head
        if head.head.i == head.i:
            return None
        head = head.head
    return None


def date_for_event(
    parsed: ParsedArticle, trigger_token_index: int, times: list[TimeExpression]
) -> EventDate:
    """The date of the event whose trigger is token ``trigger_token_index`` of ``parsed.doc``."""
    doc = parsed.doc
    trigger = doc[trigger_token_index]
    sentence = parsed.sentence_index_at(trigger.idx)
    datable = [
        (t, found)
        for t in times
        if t.sentence_index == sentence and (found := _calendar_date(t)) is not None
    ]
    if datable:
        starts = parsed.token_starts
        clause = _clause_of(trigger)
        governing = [
            (t, found)
            for t, found in datable
            if _attached_verb(doc, starts, t) in (clause, trigger)
        ]
        pool = governing or datable
        chosen, (value, precision) = min(pool, key=lambda item: abs(item[0].start - trigger.idx))
        return EventDate(value, precision, chosen.text, SOURCE_TEXT)
    if parsed.published is not None:
        return EventDate(parsed.published.isoformat(), "day", None, SOURCE_PUBLISHED)
    return NO_DATE
