"""``faits dyads`` end to end: two copies of one article are one story in the counts."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from faits.cli.main import app

ARTICLE = """\
Moscou et Pékin signent un accord énergétique

La Russie et la Chine ont signé lundi 18 février 2019 à Pékin un accord de coopération énergétique, a annoncé le ministère chinois du Commerce.

Le texte prévoit la construction d'un nouveau gazoduc entre la Sibérie et le nord-est de la Chine, selon l'agence Xinhua.

« Cet accord ouvre une nouvelle étape dans nos relations », a déclaré le ministre russe de l'Énergie.

Les deux pays avaient déjà signé plusieurs accords énergétiques en 2014.
"""

REPOST = ARTICLE.replace(
    "Moscou et Pékin signent un accord énergétique",
    "Gaz : la Russie et la Chine resserrent leurs liens",
).replace(
    "Les deux pays avaient",
    "Ce rapprochement inquiète plusieurs capitales européennes, selon les observateurs.\n\n"
    "Les deux pays avaient",
)


def _rows(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.startswith("{")]


@pytest.mark.slow
def test_two_copies_are_counted_once(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "original.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "in" / "repost.txt").write_text(REPOST, encoding="utf-8")
    db = tmp_path / "faits.duckdb"
    runner = CliRunner()
    ingest = runner.invoke(
        app, ["ingest", str(tmp_path / "in"), "--db", str(db), "--published", "2019-02-19"]
    )
    assert ingest.exit_code == 0, ingest.output
    articles = _rows(runner.invoke(app, ["articles", "--db", str(db)]).output)
    assert len(articles) == 2
    assert len({a["cluster_id"] for a in articles}) == 1
    assert sorted(a["duplicate_of"] is None for a in articles) == [False, True]
    events = _rows(runner.invoke(app, ["events", "--db", str(db)]).output)
    assert events, "the article should yield at least one event"
    result = runner.invoke(app, ["dyads", "--db", str(db), "--format", "jsonl", "--by", "week"])
    assert result.exit_code == 0, result.output
    dyads = _rows(result.output)
    per_article = len([e for e in events if e["article_id"] == articles[0]["article_id"]])
    assert dyads and sum(d["events"] for d in dyads) <= per_article
    assert all(d["num_articles"] == 1 for d in dyads)
    table = runner.invoke(app, ["dyads", "--db", str(db), "--by", "week"])
    assert table.exit_code == 0 and "Dyads per week" in table.output


def test_missing_database_exits_with_one(tmp_path):
    result = CliRunner().invoke(app, ["dyads", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1


def test_bad_period_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(app, ["dyads", "--db", str(tmp_path / "x.duckdb"), "--by", "year"])
    assert result.exit_code == 2
