"""Find actor mentions in a parsed article and code them (interface; see issue 4)."""

from __future__ import annotations

from dataclasses import dataclass, field

from faits.nlp.document import ParsedArticle
from faits.records import ActorRef, Mention


@dataclass(frozen=True)
class ActorMention:
    """One actor expression: character offsets into the article, doc token range, its coding."""

    start: int
    end: int
    text: str
    sentence_index: int
    token_start: int
    token_end: int
    code: str | None
    country: str | None
    agent: str | None
    name: str | None
    rule: str | None
    kind: str = "actor"

    def to_ref(self) -> ActorRef:
        return ActorRef(
            code=self.code or "",
            country=self.country,
            agent=self.agent,
            name=self.name,
            text=self.text,
            start=self.start,
            end=self.end,
        )

    def to_mention(self, article_id: str) -> Mention:
        resolved = {"code": self.code, "name": self.name} if self.code else None
        return Mention(
            article_id=article_id,
            kind="actor",
            text=self.text,
            start=self.start,
            end=self.end,
            resolved=resolved,
            sentence_index=self.sentence_index,
            rule=self.rule,
        )


@dataclass
class ActorAnalysis:
    """All actor mentions of an article, with lookup by token."""

    mentions: list[ActorMention] = field(default_factory=list)

    def at_token(self, i: int) -> ActorMention | None:
        for mention in self.mentions:
            if mention.token_start <= i < mention.token_end:
                return mention
        return None


@dataclass(frozen=True)
class ActorModel:
    language: str

    @classmethod
    def load(cls, language: str) -> ActorModel:
        return cls(language)


def resolve_actors(parsed: ParsedArticle, model: ActorModel) -> ActorAnalysis:
    return ActorAnalysis()
