"""Near-duplicate clusters in Spark, all in Spark (candidate pairs by LSH band buckets,
scores, best parents, roots by pointer jumping), equal the local definition's clusters
(``faits.provenance.clusters.cluster_batch``) on chains of copies."""

from __future__ import annotations

import pytest

from faits.provenance import clusters
from tests.spark.helpers import spark_missing

BASE = (
    "Le ministre des Affaires étrangères a reçu mardi son homologue pour des entretiens sur "
    "la sécurité régionale, le commerce des céréales et la reprise des vols entre les deux "
    "capitales, suspendus depuis le début de la crise diplomatique de l'an dernier. "
)
UNRELATED = (
    "Les pluies torrentielles ont provoqué des inondations dans le nord du pays, où des "
    "milliers d'habitants ont dû quitter leurs maisons pendant la nuit de dimanche à lundi. "
)


def _chains() -> list[tuple[str, str, str]]:
    """(id, published, text): two stories copied in a chain (each copy adds a sentence to
    the one before, so a copy is closest to its own original), and one article alone."""
    rows = []
    for story, text in (("a", BASE * 3), ("b", UNRELATED * 3)):
        for depth in range(4):
            text += f" Ajout numéro {depth} de la rédaction {story} sur cette affaire précise."
            rows.append((f"{story}{depth}", f"2024-03-0{depth + 1}", text))
    rows.append(("alone", "2024-03-02", "Un texte sans rapport avec les autres, sur le sport."))
    return rows


@pytest.fixture(scope="module")
def spark():
    reason = spark_missing()
    if reason:
        pytest.skip(reason)
    from faits.spark.session import start

    session = start("local[2]", "faits-test-clusters")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def expected() -> dict[str, tuple[str, str | None]]:
    rows = [(i, clusters.signature(text), published) for i, published, text in _chains()]
    return clusters.cluster_batch(rows)


def test_spark_clusters_equal_the_local_definition(spark, expected):
    from faits.spark.job import assign_clusters

    frame = spark.createDataFrame(
        [(i, published, clusters.signature(text).hex()) for i, published, text in _chains()],
        "article_id string, published string, minhash string",
    )
    got = {r.article_id: (r.cluster_id, r.duplicate_of) for r in assign_clusters(frame).collect()}
    assert got == expected
    # The chains are real: every copy joined its story, three links deep for the last.
    assert got["a3"] == ("a0", "a0") and got["b3"] == ("b0", "b0")
    assert got["alone"] == ("alone", None)
