"""Code events over the parse (interface; see issue 6)."""

from __future__ import annotations

from dataclasses import dataclass

from faits.actors import ActorAnalysis
from faits.nlp.document import ParsedArticle
from faits.places import PlaceMention
from faits.records import Event
from faits.time import TimeExpression


@dataclass(frozen=True)
class EventModel:
    language: str

    @classmethod
    def load(cls, language: str) -> EventModel:
        return cls(language)


def code_events(
    parsed: ParsedArticle,
    actors: ActorAnalysis,
    times: list[TimeExpression],
    places: list[PlaceMention],
    model: EventModel,
) -> list[Event]:
    return []
