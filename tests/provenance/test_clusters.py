"""Near-duplicate clusters: reposts with a new headline and an added paragraph are one story."""

from __future__ import annotations

import json

import pytest

from faits.provenance.clusters import NUM_PERM, ClusterIndex, signature
from tests.conftest import SEEDS


@pytest.fixture(scope="module")
def seed_texts() -> dict[str, str]:
    with (SEEDS / "seeds.jsonl").open(encoding="utf-8") as handle:
        return {row["id"]: row["text"] for row in map(json.loads, handle)}


def repost(text: str) -> str:
    """A copy with another headline and one paragraph added in the middle."""
    paragraphs = text.split("\n\n")
    middle = len(paragraphs) // 2
    added = "Notre rédaction rappelle que ces discussions interviennent après des mois de tension."
    return "\n\n".join(
        ["Un tout autre titre pour la reprise", *paragraphs[:middle], added, *paragraphs[middle:]]
    )


def test_repost_joins_the_original_cluster(seed_texts):
    original = seed_texts["seed-cellule44-2017-09-29"]
    index = ClusterIndex()
    assert index.add("original", original, "2017-09-29") == ("original", None)
    assert index.add("other", seed_texts["seed-xinhua-2019-02-19"], "2019-02-19") == ("other", None)
    assert index.add("copy", repost(original), "2017-09-30") == ("original", "original")


def test_earliest_copy_is_the_original_whatever_the_arrival_order(seed_texts):
    original = seed_texts["seed-cellule44-2017-09-29"]
    index = ClusterIndex()
    index.add("late", repost(original), "2017-10-02")
    cluster, duplicate_of = index.add("early", original, "2017-09-29")
    assert cluster == "late" and duplicate_of is None
    assert index.assignments(cluster) == {"early": None, "late": "early"}


def test_adding_again_changes_nothing(seed_texts):
    index = ClusterIndex()
    text = seed_texts["seed-xinhua-2019-02-19"]
    first = index.add("x", text, "2019-02-19")
    assert index.add("x", text, "2019-02-19") == first
    assert len(index) == 1


def test_rebuilt_from_stored_signatures(seed_texts):
    original = seed_texts["seed-cellule44-2017-09-29"]
    blob = signature(original)
    assert isinstance(blob, bytes) and len(blob) == NUM_PERM * 4
    rows = [("b", signature(repost(original)), "2017-09-30"), ("a", blob, "2017-09-29")]
    index = ClusterIndex.from_signatures(rows)
    assert index.cluster_of("a") == index.cluster_of("b") == "a"
    assert index.add("c", seed_texts["seed-xinhua-2019-02-19"], None) == ("c", None)
    kept = ClusterIndex.from_signatures([("a", blob, "2017-09-29", "story-1")])
    assert kept.cluster_of("a") == "story-1"


def test_different_articles_on_the_same_event_stay_apart():
    first = (
        "Les ministres des Affaires étrangères russe et chinois se sont rencontrés lundi à "
        "Pékin pour discuter de la crise coréenne et de la coopération économique."
    )
    second = (
        "À Pékin, lundi, la diplomatie chinoise a reçu son homologue russe ; les deux pays "
        "disent vouloir apaiser les tensions dans la péninsule et commercer davantage."
    )
    index = ClusterIndex()
    index.add("one", first, "2019-01-07")
    assert index.add("two", second, "2019-01-07") == ("two", None)
