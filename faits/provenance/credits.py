"""Read source and translation credits (interface; see issue 7)."""

from __future__ import annotations

from dataclasses import dataclass, field

from faits.nlp.document import ParsedArticle


@dataclass
class Provenance:
    original_url: str | None = None
    translated_by: str | None = None
    cited_sources: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ProvenanceModel:
    language: str

    @classmethod
    def load(cls, language: str) -> ProvenanceModel:
        return cls(language)


def find_provenance(parsed: ParsedArticle, model: ProvenanceModel) -> Provenance:
    return Provenance()
