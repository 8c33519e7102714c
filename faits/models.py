"""Everything one process loads once per language: the parser and each stage's compiled lexicons.

Built on first use inside each worker process (or Spark executor) and never mutated, so
coding an article stays a pure function of (article, lexicons, models).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language

from faits.actors import ActorModel
from faits.events import EventModel
from faits.lexicons import language_settings
from faits.nlp.parse import load_parser
from faits.places import PlaceModel
from faits.provenance import ProvenanceModel
from faits.quotes import QuoteModel
from faits.time import TimeModel


@dataclass(frozen=True)
class LanguageModels:
    language: str
    nlp: Language
    actors: ActorModel
    times: TimeModel
    places: PlaceModel
    events: EventModel
    quotes: QuoteModel
    provenance: ProvenanceModel

    @classmethod
    def load(cls, language: str) -> LanguageModels:
        settings = language_settings(language)
        return cls(
            language=language,
            nlp=load_parser(settings["spacy_model"]),
            actors=ActorModel.load(language),
            times=TimeModel.load(language),
            places=PlaceModel.load(language),
            events=EventModel.load(language),
            quotes=QuoteModel.load(language),
            provenance=ProvenanceModel.load(language),
        )


class ModelCache:
    """Per-process holder of ``LanguageModels``, loaded lazily by language."""

    def __init__(self) -> None:
        self._models: dict[str, LanguageModels] = {}

    def get(self, language: str) -> LanguageModels:
        if language not in self._models:
            self._models[language] = LanguageModels.load(language)
        return self._models[language]
