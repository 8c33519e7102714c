"""When and where an event happened, from the time and place stages.

The time stage knows which temporal expression governs a trigger (``date_for_event``) and the
place stage which place does (``location_for_event``); until an article gives anything
better, an event is dated by the article's publication date and located at the resolved
place nearest its trigger in the same sentence.
"""

from __future__ import annotations

from dataclasses import dataclass

from faits.nlp.document import ParsedArticle
from faits.places import PlaceMention
from faits.records import PlaceRef
from faits.time import TimeExpression


@dataclass(frozen=True)
class EventDate:
    value: str | None
    precision: str | None
    text: str | None
    source: str | None


def publication_date(parsed: ParsedArticle) -> EventDate:
    if parsed.published is None:
        return EventDate(None, None, None, None)
    return EventDate(parsed.published.isoformat(), "day", None, "published")


def event_date(parsed: ParsedArticle, trigger_i: int, times: list[TimeExpression]) -> EventDate:
    return publication_date(parsed)


def event_location(
    parsed: ParsedArticle, trigger_i: int, places: list[PlaceMention]
) -> PlaceRef | None:
    sentence_index = parsed.sentence_index_at(parsed.doc[trigger_i].idx)
    nearby = [p for p in places if p.sentence_index == sentence_index and p.place is not None]
    if not nearby:
        return None
    nearest = min(nearby, key=lambda p: abs(p.token_start - trigger_i))
    return nearest.place
