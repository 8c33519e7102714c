"""What ``faits ingest`` does with each coded batch: cluster it against what is stored, then
write records, signatures and cluster updates in one transaction."""

from __future__ import annotations

from collections.abc import Callable

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

    def store_batch(results: list[PipelineResult]) -> None:
        signatures = coded_signatures(results)
        updates = cluster_incoming(index, results, signatures)
        store.write(results, signatures, updates)

    return store_batch
