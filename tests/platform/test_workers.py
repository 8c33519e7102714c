"""A pool of worker processes, started once, codes batch after batch as one process does."""

from __future__ import annotations

from faits.batch import RunSummary, WorkerPool, batched, run
from faits.ingest.prepare import PreparedArticle, text_hash
from faits.models import ModelCache
from faits.records import Article

TEXTS = [
    "Le président russe a rencontré son homologue chinois à Pékin lundi.",
    "La Russie a condamné les essais nucléaires de la Corée du Nord.",
    "Les États-Unis ont imposé de nouvelles sanctions à l'Iran mardi.",
    "Le gouvernement allemand a promis une aide financière à l'Ukraine.",
    "L'Inde a accusé le Pakistan d'avoir violé le cessez-le-feu au Cachemire.",
]


def _prepared() -> list[PreparedArticle]:
    return [
        PreparedArticle(
            Article(f"w{n}", None, None, None, "2024-05-02", "input", "fr", text, "coded"),
            (),
            f"w{n}",
            text_hash(text),
        )
        for n, text in enumerate(TEXTS)
    ]


def _events(results) -> list[tuple]:
    return [
        (r.coded.article.article_id, e.cameo, e.source.code if e.source else None)
        for r in results
        for e in r.coded.events
    ]


def test_a_ready_pool_codes_several_runs_like_one_process(fr_models):
    alone: list = []
    run(batched(_prepared(), 2), alone.extend, RunSummary(), cache=ModelCache(fr_models))
    assert _events(alone), "the texts must give events for the comparison to mean something"
    with WorkerPool(2) as pool:
        pool.ready()
        for _ in range(2):  # the same pool, its models loaded once, serves run after run
            pooled: list = []
            summary = run(batched(_prepared(), 2), pooled.extend, RunSummary(), pool=pool)
            assert _events(pooled) == _events(alone)
            assert summary.coded == len(TEXTS)
