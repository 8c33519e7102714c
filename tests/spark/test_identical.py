"""The Spark job and ``faits code`` give the same records on the same 50 articles.

One Spark run (module-scoped, a few minutes on a busy machine) and one ``faits code`` run
feed every comparison. Both must run the same engine: in a working tree that others are
editing, a rule changed between the two runs shows up here as a difference, so run the test
on a fixed checkout (as CI does). Records are compared as dicts keyed by their ids, field by field.
The only normalisations are differences of representation that the Parquet output
documents, each applied in one function below:

- Parquet rows carry the ``published_month`` partition column, which is not a record field;
- a mention's ``resolved`` (its shape depends on the mention's kind) is JSON text in Parquet;
- article rows carry the store's columns (``source_path``, where the input was read, and
  ``source_key``, ``content_hash``, ``removed_lines``, ``minhash``), which ``faits code``
  does not print.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import pyarrow.dataset as ds
import pytest

pytest.importorskip("pyspark", reason="pyspark is not installed (pip install 'faits[spark]')")

from faits.spark.schemas import ARTICLE_EXTRAS  # noqa: E402
from tests.spark.corpus import COPIES, ROOT
from tests.spark.helpers import run_faits

pytestmark = pytest.mark.slow
KINDS = ("events", "quotes", "articles", "mentions")


def _parquet(folder: Path, kind: str) -> list[dict[str, Any]]:
    table = ds.dataset(str(folder / kind), format="parquet", partitioning="hive").to_table()
    return table.to_pylist()


def _from_spark(row: dict[str, Any], kind: str) -> dict[str, Any]:
    """A Parquet row as the record ``faits code`` prints (the normalisations listed above)."""
    row.pop("published_month")
    if kind == "mentions" and row["resolved"] is not None:
        row["resolved"] = json.loads(row["resolved"])
    if kind == "articles":
        for extra in ("source_path", *ARTICLE_EXTRAS):
            row.pop(extra)
    return row


def _kind_of(record: dict[str, Any]) -> str:
    if "event_id" in record:
        return "events"
    if "quote_id" in record:
        return "quotes"
    if "status" in record:
        return "articles"
    return "mentions"


def _mention_key(record: dict[str, Any]) -> tuple:
    return (record["sentence_index"], record["start"], record["end"], record["kind"])


def _keyed(records: list[dict[str, Any]], kind: str) -> dict[Any, Any]:
    """Records keyed by id; mentions (which have no id) as each article's sorted list."""
    if kind == "mentions":
        grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for record in records:
            grouped[record["article_id"]].append(record)
        return {a: sorted(rs, key=_mention_key) for a, rs in grouped.items()}
    key = {"events": "event_id", "quotes": "quote_id", "articles": "article_id"}[kind]
    keyed = {record[key]: record for record in records}
    assert len(keyed) == len(records), f"duplicate {key} in {kind}"
    return keyed


@pytest.fixture(scope="module")
def local_records(corpus: Path) -> dict[str, dict[Any, Any]]:
    result = subprocess.run(
        [sys.executable, "-m", "faits.cli", "code", str(corpus), "--what", ",".join(KINDS)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    by_kind: dict[str, list[dict[str, Any]]] = {kind: [] for kind in KINDS}
    for line in result.stdout.splitlines():
        record = json.loads(line)
        by_kind[_kind_of(record)].append(record)
    return {kind: _keyed(records, kind) for kind, records in by_kind.items()}


@pytest.fixture(scope="module")
def spark_records(spark_run) -> dict[str, dict[Any, Any]]:
    return {
        kind: _keyed([_from_spark(r, kind) for r in _parquet(spark_run.output, kind)], kind)
        for kind in KINDS
    }


def _assert_same(spark: dict[Any, Any], local: dict[Any, Any], kind: str) -> None:
    assert sorted(spark) == sorted(local), f"{kind}: different ids"
    for key, expected in local.items():
        assert spark[key] == expected, f"{kind} {key} differs"


def test_spark_job_succeeds_and_reports_rejected_inputs(spark_run):
    assert spark_run.returncode == 0, spark_run.stderr
    assert "spark: 50 articles" in spark_run.stderr
    skipped = [line for line in spark_run.stderr.splitlines() if line.startswith("skipped ")]
    assert len(skipped) == 2, spark_run.stderr
    assert any("copies.jsonl:9: malformed JSON" in line for line in skipped)
    assert any("missing.jsonl: no such file or folder — check the path" in line for line in skipped)
    problems = (spark_run.output / "problems.jsonl").read_text(encoding="utf-8").splitlines()
    assert sorted(json.loads(p)["problem"] for p in problems) == sorted(
        line.removeprefix("skipped ") for line in skipped
    )


def test_output_is_partitioned_by_publication_month(spark_run):
    months = {p.name for p in (spark_run.output / "events").iterdir() if p.is_dir()}
    assert "published_month=2019-02" in months
    for row in _parquet(spark_run.output, "articles"):
        expected = row["published"][:7] if row["published"] else "unknown"
        assert row["published_month"] == expected


@pytest.mark.parametrize("kind", KINDS)
def test_spark_records_equal_local_records(spark_records, local_records, kind):
    assert local_records[kind], f"the corpus yields no {kind}: the comparison would be empty"
    _assert_same(spark_records[kind], local_records[kind], kind)


def test_clusters_join_copies_to_their_originals(spark_records, local_records):
    """The corpus exercises clustering: each copy (and the copy of a copy, two links away)
    is in its original's cluster, with the original as ``duplicate_of``."""
    articles = spark_records["articles"]
    roots = {}
    for original, copy_id, *_ in COPIES:
        roots[copy_id] = roots.get(original, original)
    for copy_id, root in roots.items():
        assert articles[copy_id]["cluster_id"] == root
        assert articles[copy_id]["duplicate_of"] == root
        assert articles[root]["duplicate_of"] is None
    skipped = [a for a in articles.values() if a["status"] == "skipped"]
    assert skipped and all(a["cluster_id"] is None for a in skipped)


def test_import_then_query_gives_the_local_events(spark_run, local_records, tmp_path):
    db = tmp_path / "spark.duckdb"
    imported = run_faits("import", str(spark_run.output), "--db", str(db))
    assert imported.returncode == 0, imported.stderr
    queried = run_faits("events", "--db", str(db))
    assert queried.returncode == 0, queried.stderr
    events = _keyed([json.loads(line) for line in queried.stdout.splitlines()], "events")
    _assert_same(events, local_records["events"], "events")
    articles = run_faits("articles", "--db", str(db))
    stored = _keyed([json.loads(line) for line in articles.stdout.splitlines()], "articles")
    for article_id, local in local_records["articles"].items():
        assert stored[article_id]["cluster_id"] == local["cluster_id"]
        assert stored[article_id]["duplicate_of"] == local["duplicate_of"]


def test_imported_run_with_parses_recodes_without_parsing(spark_run, local_records, tmp_path):
    """``faits spark --parses`` then ``faits import``: ``faits recode --all`` redoes every
    coded article from the imported parses and gives the same events again."""
    db = tmp_path / "recode.duckdb"
    imported = run_faits("import", str(spark_run.output), "--db", str(db))
    assert imported.returncode == 0, imported.stderr
    coded = sum(1 for a in local_records["articles"].values() if a["status"] == "coded")
    recoded = run_faits("recode", "--all", "--db", str(db))
    assert recoded.returncode == 0, recoded.stderr
    assert f"recoded {coded} of {coded} articles" in recoded.stderr
    assert "no stored parse" not in recoded.stderr
    queried = run_faits("events", "--db", str(db))
    events = _keyed([json.loads(line) for line in queried.stdout.splitlines()], "events")
    _assert_same(events, local_records["events"], "events")


def _documented_query(output: Path) -> str:
    """The first SQL example of docs/spark.md's DuckDB section, pointed at ``output``."""
    doc = (ROOT / "docs" / "spark.md").read_text(encoding="utf-8")
    section = doc.split("## Query the Parquet output directly with DuckDB", 1)[1]
    sql = section.split("```sql\n", 1)[1].split("```", 1)[0]
    return sql.replace("'out/", f"'{output}/")


def test_duckdb_queries_the_parquet_output_as_documented(spark_run, local_records):
    duckdb = pytest.importorskip("duckdb")
    rows = duckdb.sql(_documented_query(spark_run.output)).fetchall()
    articles = local_records["articles"]
    expected: dict[str, list[float]] = defaultdict(list)
    for event in local_records["events"].values():
        published = articles[event["article_id"]]["published"]
        expected[published[:7] if published else "unknown"].append(event["goldstein"])
    assert [(month, count) for month, count, _ in rows] == [
        (month, len(scores)) for month, scores in sorted(expected.items())
    ]
    for (month, _, goldstein), scores in zip(rows, [expected[m] for m, *_ in rows], strict=True):
        # DuckDB rounds half away from zero, Python to even: compare within the rounding.
        assert goldstein == pytest.approx(sum(scores) / len(scores), abs=0.006), month


def test_dyads_equal_faits_dyads_on_the_same_events(spark_run, tmp_path):
    """Each story's event counts once, the same one as ``faits dyads`` keeps (smallest id),
    so the Goldstein sums agree exactly and do not vary from run to run."""
    import duckdb

    from faits.provenance.merging import dyad_counts

    db = tmp_path / "dyads.duckdb"
    imported = run_faits("import", str(spark_run.output), "--db", str(db))
    assert imported.returncode == 0, imported.stderr
    with duckdb.connect(str(db), read_only=True) as con:
        local = {
            (r["source_code"], r["target_code"], r["period"]): (
                r["events"],
                r["goldstein_sum"],
                r["num_articles"],
            )
            for r in dyad_counts(con)
        }
    spark = {
        (r["source_code"], r["target_code"], r["day"].isoformat()): (
            r["events"],
            r["goldstein_sum"],
            r["num_articles"],
        )
        for r in _parquet(spark_run.output, "dyads")
    }
    assert local and spark == local
