"""What ``faits ingest`` does with each coded batch: cluster it against what is stored, then
write records, signatures and cluster updates in one transaction."""

from __future__ import annotations

from faits.models import lexicon_snapshot
from faits.pipeline import PipelineResult
from faits.provenance.clusters import ClusterIndex
from faits.provenance.syndication import cluster_incoming, coded_signatures
from faits.store.db import Store

# Results are written this many articles at a time: each write is one transaction of about
# twelve statements whose fixed cost, at the parser's batches of 32, was a third of storing.
WRITE_ARTICLES = 128


class IngestSink:
    """A batch sink for ``faits.batch.run`` that stores results incrementally.

    The near-duplicate index is rebuilt once from the stored signatures, then grows with each
    write, so a new article joins an existing cluster without recomputing the others.
    Results are held until ``WRITE_ARTICLES`` have come, then written in one transaction;
    use it as a context manager (or call ``flush``) so the last ones are written too. A run
    killed before a write loses only unwritten work: the next run codes it again.
    """

    def __init__(self, store: Store, write_articles: int = WRITE_ARTICLES) -> None:
        self.store = store
        self.write_articles = write_articles
        self.index = ClusterIndex.from_signatures(store.signature_rows())
        self.seen: set[str] = set()
        self.pending: list[PipelineResult] = []

    def __call__(self, results: list[PipelineResult]) -> None:
        self.pending.extend(results)
        if len(self.pending) >= self.write_articles:
            self.flush()

    def flush(self) -> None:
        if not self.pending:
            return
        results, self.pending = self.pending, []
        save_snapshots(self.store, results, self.seen)
        signatures = coded_signatures(results)
        updates = cluster_incoming(self.index, results, signatures)
        self.store.write(results, signatures, updates)

    def __enter__(self) -> IngestSink:
        return self

    def __exit__(self, kind: object, *rest: object) -> None:
        # After an error the held results are dropped: they were never stored, and storing
        # part of a failed run's last batch would be as good as storing none of it.
        if kind is None:
            self.flush()


def ingest_sink(store: Store, write_articles: int = WRITE_ARTICLES) -> IngestSink:
    """The sink ``faits ingest`` stores results with (see ``IngestSink``)."""
    return IngestSink(store, write_articles)


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
