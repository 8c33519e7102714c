"""Find and resolve place names (interface; see issue 5)."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from faits.actors import ActorAnalysis
from faits.nlp.document import ParsedArticle
from faits.records import Mention, PlaceRef


@dataclass(frozen=True)
class PlaceMention:
    start: int
    end: int
    text: str
    sentence_index: int
    token_start: int
    token_end: int
    place: PlaceRef | None
    rule: str | None

    def to_mention(self, article_id: str) -> Mention:
        resolved = None
        if self.place is not None:
            resolved = {k: v for k, v in asdict(self.place).items() if k != "text"}
        return Mention(article_id, "place", self.text, self.start, self.end, resolved,
                       self.sentence_index, self.rule)


@dataclass(frozen=True)
class PlaceModel:
    language: str

    @classmethod
    def load(cls, language: str) -> PlaceModel:
        return cls(language)


def find_places(
    parsed: ParsedArticle, model: PlaceModel, actors: ActorAnalysis | None = None
) -> list[PlaceMention]:
    return []
