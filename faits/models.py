"""Everything one process loads once per language: the parser and each stage's compiled lexicons.

Built on first use inside each worker process (or Spark executor) and never mutated, so
coding an article stays a pure function of (article, lexicons, models).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from spacy.language import Language

from faits.actors import ActorModel
from faits.events import EventModel
from faits.events.lexicon import ENTRY_FILES, entry_requirements
from faits.lexicons import language_settings, lexicon_root
from faits.lexicons.snapshot import LexiconSnapshot, take_snapshot
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
    snapshot: LexiconSnapshot

    @classmethod
    def load(cls, language: str, nlp: Language | None = None) -> LanguageModels:
        """Every stage's lexicons as they are now; ``nlp`` reuses an already loaded parser
        (the lexicons of another folder in the same process: tests, benchmarks)."""
        settings = language_settings(language)
        events = EventModel.load(language)
        places = PlaceModel.load(language)
        return cls(
            language=language,
            nlp=nlp or load_parser(settings["spacy_model"]),
            actors=ActorModel.load(language, gazetteer=places.gazetteer),
            times=TimeModel.load(language),
            places=places,
            events=events,
            quotes=QuoteModel.load(language),
            provenance=ProvenanceModel.load(language),
            snapshot=lexicon_snapshot(language, events),
        )


_SNAPSHOTS: dict[tuple[str, str], LexiconSnapshot] = {}


def lexicon_snapshot(language: str, events: EventModel | None = None) -> LexiconSnapshot:
    """What coding ``language`` now is made with (once per process and lexicon folder).

    ``events`` spares loading the event lexicon again when the caller has it.
    """
    key = (str(lexicon_root()), language)
    if key not in _SNAPSHOTS:
        events = events or EventModel.load(language)
        _SNAPSHOTS[key] = take_snapshot(language, ENTRY_FILES, entry_requirements(events.lexicon))
    return _SNAPSHOTS[key]


class ModelCache:
    """Per-process holder of ``LanguageModels``, loaded lazily by language."""

    def __init__(self, *loaded: LanguageModels) -> None:
        self._models: dict[str, LanguageModels] = {m.language: m for m in loaded}
        # ``faits serve`` codes posted articles in a thread pool: the lock makes a language
        # load once, whichever request asks first.
        self._loading = threading.Lock()

    def get(self, language: str) -> LanguageModels:
        models = self._models.get(language)
        if models is None:
            with self._loading:
                if language not in self._models:
                    self._models[language] = LanguageModels.load(language)
                models = self._models[language]
        return models
