"""Start a Spark session for faits, and check that Java is there before Spark tries."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys

# ``local``, ``local[4]``, ``local[*]``, ``local[4,2]`` (cores, then task retries).
LOCAL = re.compile(r"^local(?:\[(\d+|\*)(?:,\d+)?\])?$")
# Shuffle partitions per local core. Spark's default (200 whatever the size) gives each
# shuffle of a small job hundreds of near-empty partitions; adaptive execution merges most
# of them, but not in a persisted frame's plan, and every map task still splits its output
# that many ways.
SHUFFLE_PARTITIONS_PER_CORE = 4
# The local JVM (driver and executor in one) for a job that lives minutes, not days. Its
# own work is small next to the Python workers' (moving rows, a few joins, Parquet), but
# HotSpot's optimising compiler (C2) and G1's concurrent threads spent most of it: on 600
# articles with one core the JVM used 66 CPU s by default, 33 with C1 only and the serial
# collector (benchmarks/spark_throughput.py, docs/benchmarks.md). On a local master those
# threads take the cores the Python workers need. ``FAITS_SPARK_JAVA_OPTIONS`` replaces them.
LOCAL_JAVA_OPTIONS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
# Whole-stage code generation compiles Java source (Janino) for every query: worth it on
# millions of rows, not on the thousands of records a local run moves, where the compiling
# is most of the JVM's work after the coding (600 articles, one core: JVM CPU after the
# coding 28-29 s in two runs -> 21 s without it).
LOCAL_SQL_SETTINGS = {"spark.sql.codegen.wholeStage": "false"}


class SparkUnavailable(RuntimeError):
    """pyspark or Java is missing; the message says what to install."""


def java_version() -> str:
    """The ``java -version`` line, or raise ``SparkUnavailable`` saying what is missing."""
    java = shutil.which("java")
    if java is None:
        raise SparkUnavailable("Java was not found: Spark needs a Java 17+ runtime on PATH")
    result = subprocess.run([java, "-version"], capture_output=True, text=True, check=False)
    first = (result.stderr or result.stdout).splitlines()[:1]
    return first[0] if first else "java (version unknown)"


def local_cores(master: str) -> int | None:
    """The cores a ``local`` master URL uses, or ``None`` for a cluster's URL."""
    match = LOCAL.match(master)
    if match is None:
        return None
    cores = match.group(1) or "1"
    return (os.cpu_count() or 1) if cores == "*" else int(cores)


def start(master: str = "local[2]", app_name: str = "faits"):
    try:
        from pyspark.sql import SparkSession
    except ImportError as exc:
        raise SparkUnavailable("pyspark is not installed: pip install 'faits[spark]'") from exc
    java_version()
    builder = SparkSession.builder.master(master)
    cores = local_cores(master)
    if cores is not None:
        # Local executors must run this interpreter, the one that has faits installed.
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        builder = builder.config(
            "spark.sql.shuffle.partitions", str(SHUFFLE_PARTITIONS_PER_CORE * cores)
        ).config(
            "spark.driver.extraJavaOptions",
            os.environ.get("FAITS_SPARK_JAVA_OPTIONS", LOCAL_JAVA_OPTIONS),
        )
        for key, value in LOCAL_SQL_SETTINGS.items():
            builder = builder.config(key, value)
    return (
        builder.appName(app_name)
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.python.worker.reuse", "true")
        .getOrCreate()
    )
