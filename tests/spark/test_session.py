"""Without Java, ``faits spark`` stops before Spark starts, with a message saying what to install."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from faits.cli.main import app
from faits.spark import session


@pytest.fixture
def no_java(monkeypatch):
    monkeypatch.setattr(session.shutil, "which", lambda name: None)


def test_java_version_names_the_missing_runtime(no_java):
    with pytest.raises(session.SparkUnavailable, match="Java was not found"):
        session.java_version()


def test_start_refuses_without_java(no_java):
    pytest.importorskip("pyspark", reason="pyspark is not installed (pip install 'faits[spark]')")
    with pytest.raises(session.SparkUnavailable, match="Java 17"):
        session.start("local[1]")


def test_faits_spark_fails_cleanly_without_java(no_java, tmp_path):
    corpus = tmp_path / "articles.jsonl"
    corpus.write_text('{"id": "a", "text": "Le président a reçu son homologue."}\n')
    result = CliRunner().invoke(app, ["spark", str(corpus), "--output", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "Java was not found: Spark needs a Java 17+ runtime on PATH" in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "out").exists()


def test_job_reports_missing_local_inputs_without_spark(tmp_path):
    """Missing local paths are problems, found before Spark is asked to read anything."""
    pytest.importorskip("pyspark", reason="pyspark is not installed (pip install 'faits[spark]')")
    from faits.spark.job import run_job

    missing = str(tmp_path / "nowhere" / "*.jsonl")
    summary = run_job(None, [missing], str(tmp_path / "out"))  # type: ignore[arg-type]
    assert summary.articles == 0
    assert summary.problems == [f"{missing}: no such file or folder — check the path"]


def test_local_cores_reads_local_master_urls():
    """The cores of a local master size its shuffles; a cluster's URL is left alone."""
    assert session.local_cores("local") == 1
    assert session.local_cores("local[2]") == 2
    assert session.local_cores("local[3,4]") == 3
    assert session.local_cores("local[*]") == (session.os.cpu_count() or 1)
    assert session.local_cores("yarn") is None
    assert session.local_cores("spark://host:7077") is None


@pytest.mark.slow
def test_local_session_runs_with_the_short_job_settings(monkeypatch):
    """A local master's JVM starts with the compiler and collector settings meant for a job of
    minutes (``LOCAL_JAVA_OPTIONS``), unless ``FAITS_SPARK_JAVA_OPTIONS`` says otherwise: the
    options must reach the JVM that is launched, not only the Spark configuration."""
    from tests.spark.helpers import spark_missing

    reason = spark_missing()
    if reason:
        pytest.skip(reason)
    monkeypatch.delenv("FAITS_SPARK_JAVA_OPTIONS", raising=False)
    spark = session.start("local[1]", app_name="faits-jvm-options")
    try:
        runtime = spark.sparkContext._jvm.java.lang.management.ManagementFactory.getRuntimeMXBean()
        arguments = list(runtime.getInputArguments())
        settings = {key: spark.conf.get(key) for key in session.LOCAL_SQL_SETTINGS}
    finally:
        spark.stop()
    for option in session.LOCAL_JAVA_OPTIONS.split():
        assert option in arguments
    assert settings == session.LOCAL_SQL_SETTINGS
