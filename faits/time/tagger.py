"""Tag temporal expressions (interface; see issue 5)."""

from __future__ import annotations

from dataclasses import dataclass

from faits.nlp.document import ParsedArticle
from faits.records import Mention


@dataclass(frozen=True)
class TimeExpression:
    start: int
    end: int
    text: str
    sentence_index: int
    type: str
    value: str | None
    precision: str | None
    rule: str | None

    def to_mention(self, article_id: str) -> Mention:
        resolved = {"type": self.type, "value": self.value} if self.value else None
        return Mention(article_id, "time", self.text, self.start, self.end, resolved,
                       self.sentence_index, self.rule)


@dataclass(frozen=True)
class TimeModel:
    language: str

    @classmethod
    def load(cls, language: str) -> TimeModel:
        return cls(language)


def tag_times(parsed: ParsedArticle, model: TimeModel) -> list[TimeExpression]:
    return []
