"""Extract quotes and their speakers (interface; see issue 7)."""

from __future__ import annotations

from dataclasses import dataclass

from faits.actors import ActorAnalysis
from faits.nlp.document import ParsedArticle
from faits.records import Event, Quote


@dataclass(frozen=True)
class QuoteModel:
    language: str

    @classmethod
    def load(cls, language: str) -> QuoteModel:
        return cls(language)


def extract_quotes(parsed: ParsedArticle, actors: ActorAnalysis, model: QuoteModel) -> list[Quote]:
    return []


def link_events_to_quotes(events: list[Event], quotes: list[Quote]) -> None:
    """Set ``quote_id`` on events whose trigger lies inside a quote."""
    for event in events:
        for quote in quotes:
            if quote.start <= event.trigger.start < quote.end:
                event.quote_id = quote.quote_id
                break
