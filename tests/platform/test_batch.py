"""The batch driver: parse-ahead overlap, input order, errors from the parsing thread."""

from __future__ import annotations

import threading

import pytest

from faits.batch import RunSummary, run
from faits.ingest.prepare import PreparedArticle, prepare
from faits.ingest.readers import InputItem
from faits.pipeline import process_batch

TEXTS = [
    "La Russie et la Chine ont appelé lundi au dialogue entre Washington et Pyongyang.",
    "Le président français a rencontré mardi à Paris son homologue allemand.",
    "Les États-Unis ont imposé de nouvelles sanctions à l'Iran, a annoncé le Trésor.",
    "Le Premier ministre japonais s'est rendu jeudi à Séoul.",
    "L'ONU a condamné les frappes contre des civils en Syrie.",
]


class RecordingCache:
    """A model cache that hands out the session's French models and counts the requests."""

    def __init__(self, models) -> None:
        self.models = models
        self.requests = 0
        self.second_request = threading.Event()

    def get(self, language: str):
        self.requests += 1
        if self.requests >= 2:
            self.second_request.set()
        return self.models


def _batches(size: int = 2) -> list[list[PreparedArticle]]:
    prepared = []
    for n, text in enumerate(TEXTS):
        item = prepare(InputItem(origin=f"t{n}", text=text, id=f"a{n}", language="fr"))
        assert isinstance(item, PreparedArticle)
        prepared.append(item)
    return [prepared[i : i + size] for i in range(0, len(prepared), size)]


def test_results_come_in_input_order_and_match_the_plain_loop(fr_models):
    delivered = []
    run(_batches(), delivered.append, RunSummary(), cache=RecordingCache(fr_models))
    threaded = [r for batch in delivered for r in batch]
    plain = [r for b in _batches() for r in process_batch(b, RecordingCache(fr_models))]
    assert [r.coded.article.article_id for r in threaded] == [f"a{n}" for n in range(5)]
    assert [[e.to_dict() for e in r.coded.events] for r in threaded] == [
        [e.to_dict() for e in r.coded.events] for r in plain
    ]
    assert [r.parse for r in threaded] == [r.parse for r in plain]


def test_the_next_batch_is_parsed_before_this_one_is_delivered(fr_models):
    cache = RecordingCache(fr_models)
    overlapped = []

    def sink(results):
        if not overlapped:
            # Batch 1's parse was submitted before batch 0 was coded: it asks for its model.
            overlapped.append(cache.second_request.wait(timeout=60))

    run(_batches(), sink, RunSummary(), cache=cache)
    assert overlapped == [True]


def test_an_error_in_the_parsing_thread_reaches_the_caller(fr_models):
    class BrokenParser:
        def pipe(self, texts, batch_size=32):
            raise RuntimeError("parser exploded")
            yield  # pragma: no cover

    class BrokenModels:
        nlp = BrokenParser()

    class BrokenCache:
        def get(self, language):
            return BrokenModels()

    with pytest.raises(RuntimeError, match="parser exploded"):
        run(_batches(), lambda results: None, RunSummary(), cache=BrokenCache())
