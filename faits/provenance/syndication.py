"""Near-duplicate clusters for a run: the bridge between the pipeline's results and
``clusters``' index, for ``faits ingest`` (incremental) and ``faits code`` (one batch)."""

from __future__ import annotations

from faits.pipeline import PipelineResult
from faits.provenance.clusters import ClusterIndex, cluster_batch, signature
from faits.records import Article


def coded_signatures(results: list[PipelineResult]) -> dict[str, bytes]:
    return {
        r.coded.article.article_id: signature(r.coded.article.text)
        for r in results
        if r.coded.article.status == "coded"
    }


def cluster_incoming(
    index: ClusterIndex, results: list[PipelineResult], signatures: dict[str, bytes]
) -> list[tuple[str, str | None, str | None]]:
    """Add a batch to the index; set each new article's cluster and return the
    (article_id, cluster_id, duplicate_of) updates of stored articles whose cluster gained
    an earlier member."""
    touched: set[str] = set()
    incoming = {r.coded.article.article_id: r.coded.article for r in results}
    for article_id, blob in signatures.items():
        article = incoming[article_id]
        cluster_id, duplicate_of = index.add_signature(article_id, blob, article.published)
        article.cluster_id, article.duplicate_of = cluster_id, duplicate_of
        touched.add(cluster_id)
    updates: list[tuple[str, str | None, str | None]] = []
    for cluster_id in touched:
        for member, duplicate_of in index.assignments(cluster_id).items():
            if member in incoming:
                incoming[member].duplicate_of = duplicate_of
            else:
                updates.append((member, cluster_id, duplicate_of))
    return updates


def cluster_all(articles: list[Article]) -> None:
    """Set ``cluster_id``/``duplicate_of`` on every coded article of a complete run."""
    coded = {a.article_id: a for a in articles if a.status == "coded"}
    rows = [(a.article_id, signature(a.text), a.published) for a in coded.values()]
    for article_id, (cluster_id, duplicate_of) in cluster_batch(rows).items():
        coded[article_id].cluster_id = cluster_id
        coded[article_id].duplicate_of = duplicate_of
