"""Fixtures for the Spark tests: the 50-article corpus and ONE shared Spark run of it.

The Spark tests are skipped, with the reason, when pyspark or a Java runtime is missing.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.spark.corpus import SEEDS, build_corpus
from tests.spark.helpers import run_faits, spark_missing


@dataclass
class SparkRun:
    output: Path
    returncode: int
    stderr: str


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """The corpus holds the shared seeds (and copies of one): without ../shared beside the
    checkout, the tests that run on it are skipped, as every test reading reference data is."""
    if not SEEDS.exists():
        pytest.skip(f"reference data not found at {SEEDS}")
    return build_corpus(tmp_path_factory.mktemp("spark") / "corpus")


@pytest.fixture(scope="module")
def spark_run(corpus: Path) -> SparkRun:
    """``faits spark --parses`` on the corpus with two local cores (the suite's only Spark
    run; with the parses, so that recoding an imported run is tested too)."""
    reason = spark_missing()
    if reason:
        pytest.skip(reason)
    output = corpus.parent / "out"
    missing = corpus.parent / "missing.jsonl"  # reported and skipped, like a bad line
    result = run_faits(
        "spark",
        str(corpus),
        str(missing),
        "--output",
        str(output),
        "--master",
        "local[2]",
        "--parses",
    )
    return SparkRun(output, result.returncode, result.stderr)
