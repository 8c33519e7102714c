"""Redo every coding stage over the stored parses: what a lexicon change needs, without
parsing again (parsing is most of the cost of a run)."""

from __future__ import annotations

from collections.abc import Callable

from faits.batch import RunSummary
from faits.models import ModelCache
from faits.nlp.parse import doc_from_bytes
from faits.pipeline import PipelineResult, code_doc_safely
from faits.store.db import Store


def recode_store(
    store: Store,
    cache: ModelCache,
    on_batch: Callable[[list[PipelineResult]], None] | None = None,
) -> RunSummary:
    """Recode every coded (or previously failed) article; each batch is one transaction."""
    summary = RunSummary()
    for batch in store.stored_parses():
        results = []
        for prepared, data in batch:
            prepared.article.status, prepared.article.reason = "coded", None
            models = cache.get(prepared.article.language or "")
            doc = doc_from_bytes(models.nlp, data)
            results.append(PipelineResult(prepared, code_doc_safely(prepared, doc, models)))
        store.rewrite_coding(results)
        for result in results:
            summary.add(result)
        if on_batch:
            on_batch(results)
    summary.finish()
    return summary
