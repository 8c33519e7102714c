"""What a Spark executor yields for a partition: the records, and parses only when asked.

Runs the executor's function directly (no Spark needed): it is the very function the job
maps over every partition.
"""

from __future__ import annotations

import pytest

from faits.ingest.readers import InputItem, InputProblem
from faits.models import ModelCache
from faits.spark import executor

ITEMS = [
    InputItem(
        origin="a.jsonl:1",
        id="a1",
        text="La Russie a condamné les essais nucléaires de la Corée du Nord lundi.",
        published="2019-02-18",
        language="fr",
    ),
    InputItem(
        origin="a.jsonl:2",
        id="a2",
        text="Le Japon a rencontré la Corée du Sud à Tokyo pour parler de sécurité.",
        published="2019-03-01",
        language="fr",
    ),
    InputProblem("a.jsonl:3", "malformed JSON", "fix the line"),
]


@pytest.fixture
def shared_models(fr_models, monkeypatch):
    monkeypatch.setattr(executor, "_MODELS", ModelCache(fr_models))


def kinds(rows) -> dict[str, int]:
    counts: dict[str, int] = {}
    for kind, *_ in rows:
        counts[kind] = counts.get(kind, 0) + 1
    return counts


def test_partition_yields_records_without_parses_by_default(shared_models):
    rows = list(executor.process_partition(ITEMS))
    counts = kinds(rows)
    assert counts["articles"] == 2 and counts["problem"] == 1
    assert counts["events"] >= 2
    assert "parses" not in counts
    months = {row[2] for row in rows if row[0] == "articles"}
    assert months == {"2019-02", "2019-03"}


def test_partition_yields_one_parse_per_coded_article_when_asked(shared_models):
    rows = list(executor.process_partition(ITEMS, keep_parses=True))
    parses = [row for row in rows if row[0] == "parses"]
    assert [row[1] for row in parses] == ["a1", "a2"]
    assert all(isinstance(row[4], bytes) and row[4] for row in parses)
    assert all(row[3] for row in parses), "the parser's name travels with the parse"
