"""What ``faits ingest`` does with each coded batch: cluster it against what is stored, then
write records, signatures and cluster updates in one transaction."""

from __future__ import annotations

from collections.abc import Callable

from faits.models import lexicon_snapshot
from faits.pipeline import PipelineResult
from faits.provenance.clusters import ClusterIndex
from faits.provenance.syndication import cluster_incoming, coded_signatures
from faits.store.db import Store


def ingest_sink(store: Store) -> Callable[[list[PipelineResult]], None]:
    """A batch sink for ``faits.batch.run`` that stores results incrementally.

    The near-duplicate index is rebuilt once from the stored signatures, then grows with each
    batch, so a new article joins an existing cluster without recomputing the others.
    """
    index = ClusterIndex.from_signatures(store.signature_rows())
    seen: set[str] = set()

    def store_batch(results: list[PipelineResult]) -> None:
        save_snapshots(store, results, seen)
        signatures = coded_signatures(results)
        updates = cluster_incoming(index, results, signatures)
        store.write(results, signatures, updates)

    return store_batch


def save_snapshots(store: Store, results: list[PipelineResult], seen: set[str]) -> None:
    """Store the lexicon snapshot each result was coded with, once per run.

    Workers send only the snapshot's id; its items are taken again here from the same files.
    Should the files have changed during the run, the ids differ and nothing is stored:
    ``faits recode`` then treats those articles as coded with unknown lexicons (redoes them).
    """
    for result in results:
        snapshot = result.snapshot
        if snapshot is None or snapshot in seen:
            continue
        seen.add(snapshot)
        current = lexicon_snapshot(result.coded.article.language or "")
        if current.id == snapshot:
            store.save_snapshot(current)
